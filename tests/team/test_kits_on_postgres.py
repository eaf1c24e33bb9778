"""Field kits against a team server: every test of the kit module, unchanged, with the office's database
on PostgreSQL (``db_path`` is a fresh server database here) — export from the server, the working copy
on the laptop, the three-way merge back into the server and its undo; and the delegation board's and
bulk status's command lines."""

from __future__ import annotations

from tests.integration.test_cli_board import *  # noqa: F403
from tests.integration.test_kits import *  # noqa: F403
