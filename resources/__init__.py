"""Plain resource files (translations, icons), installed as ``festival_planner.resources`` and read
through ``importlib.resources``."""
