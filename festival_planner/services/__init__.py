"""Use cases over a Session: each validates its input, runs in the caller's transaction and raises
``FestivalPlannerError`` with a message for the user. The GUI and the CLI both call these."""
