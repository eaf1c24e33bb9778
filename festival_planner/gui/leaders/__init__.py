"""The Leaders workspace ("Lãnh đạo"): directory, delegations, conflicts, itineraries, imports."""
