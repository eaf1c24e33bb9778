"""`python -m festival_planner` runs the same entry point as `festival-planner`."""

from festival_planner.cli import main

raise SystemExit(main())
