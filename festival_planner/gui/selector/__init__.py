"""The Site selector workspace: weights, constraints, run, explain, compare, accept."""
