"""The frozen app's entry script: both executables (the windowed ``festival-planner`` and the console
``festival-planner-cli``) run ``festival_planner.cli:main``, as the installed scripts do."""

import sys

from festival_planner.cli import main

if __name__ == "__main__":
    sys.exit(main())
