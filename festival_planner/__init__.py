"""Festival Planner: plan the flagship sites of the All-People's National Security Protection Festival."""

__version__ = "0.1.0"
APP_NAME = "festival-planner"
APP_DISPLAY_NAME = "Festival Planner"
