"""Package discovery (everything else is in pyproject.toml).

Every package under ``festival_planner/`` is found, so a new workspace or CLI module needs no edit
here; the top-level ``resources/`` folder is added as the package ``festival_planner.resources``
(``[tool.setuptools.package-dir]`` in pyproject.toml maps it), which discovery alone cannot express.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["festival_planner", "festival_planner.*"]), "festival_planner.resources"])
