"""More of the integration suite on PostgreSQL: every test of these modules, unchanged (their
``database``/``db_path``/``demo_db`` fixtures come from ``tests/team/conftest.py``: a fresh server
database). Budget, programme, bulk actions, progress, leaders, campaign planning, checklist queries,
document settings and the command line's edits."""

from __future__ import annotations

from tests.integration.test_budget import *  # noqa: F403
from tests.integration.test_bulk_actions import *  # noqa: F403
from tests.integration.test_campaign_planning import *  # noqa: F403
from tests.integration.test_checklist_queries import *  # noqa: F403
from tests.integration.test_cli_checklists import *  # noqa: F403
from tests.integration.test_cli_edits import *  # noqa: F403
from tests.integration.test_leaders_service import *  # noqa: F403
from tests.integration.test_programme import *  # noqa: F403
from tests.integration.test_progress import *  # noqa: F403
