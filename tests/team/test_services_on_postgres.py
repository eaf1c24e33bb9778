"""The existing service and command-line tests, run again against a PostgreSQL database (the team server).

Each test below is the very function of ``tests/integration`` (imported, not copied): here the
``database``/``db_path`` fixtures (``tests/team/conftest.py``) give a fresh PostgreSQL database of the
test cluster instead of a SQLite file, so sites, invitations, checklists, the selector's run and accept, printing a site
schedule, the leaders and plan imports, the demo and the change sets are all exercised on the server.
"""

from __future__ import annotations

from festival_planner.services import demo
from tests.integration.test_change_sets import (  # noqa: F401
    test_a_rolled_back_savepoint_leaves_nothing_in_the_change_set,
    test_a_write_reports_what_its_change_log_recorded,
    test_revert_refuses_when_the_row_changed_since,
    test_revert_undoes_a_change_set_exactly_and_its_revert_redoes_it,
)
from tests.integration.test_checklists import (  # noqa: F401
    site,
    test_apply_counts_due_dates_back_from_the_site_date,
    test_bulk_status_is_one_transaction_all_or_nothing,
    test_delete_and_restore_an_item,
    test_filters_overdue_owner_blocked,
    test_moving_the_site_date_moves_the_due_dates_of_items_not_done,
    test_undo_and_redo_of_applying_a_template,
)
from tests.integration.test_cli_leaders import (  # noqa: F401
    test_demo_conflicts_are_exactly_the_two_seeded_and_withdrawing_removes_one,
    test_invite_accept_with_conflict_needs_a_reason,
    test_itinerary_json_and_ics_parse_back,
)
from tests.integration.test_cli_printing import (  # noqa: F401
    test_schedules_give_a_page_per_site_in_date_order,
    test_site_schedule_pdf_holds_the_motto_place_programme_and_head,
)
from tests.integration.test_plan_import import (  # noqa: F401
    test_csv_plan_with_semicolons_and_bom,
    test_dry_run_shows_what_would_be_created_and_writes_nothing,
    test_leaders_import_all_or_nothing_then_update_by_name,
    test_old_addresses_import_to_the_right_2025_communes,
    test_one_bad_row_imports_nothing_and_is_reported_with_its_row_number,
    test_split_ward_is_stopped_with_candidates_then_settled_by_choice,
)
from tests.integration.test_selection import (  # noqa: F401
    test_keep_existing_locks_the_campaign_sites_and_json_lists_them,
    test_select_30_at_40_km_is_optimal_and_respects_every_constraint,
    test_settings_saved_per_campaign_lock_exclude_and_accept,
)
from tests.integration.test_sites_service import (  # noqa: F401
    campaign,
    test_a_failure_midway_leaves_nothing_half_written,
    test_a_stale_version_is_a_conflict_not_a_silent_overwrite,
    test_add_edit_delete_restore_round_trip,
    test_bad_edits_are_refused_in_vietnamese_and_write_nothing,
    test_campaign_plan_edits_are_validated_against_the_sites,
    test_demo_has_28_sites_in_the_window_weighted_to_priority_regions,
    test_the_same_commune_twice_in_a_campaign_is_refused,
)


def test_the_server_database_is_postgresql(database) -> None:
    """The fixtures above really hand the imported tests a PostgreSQL database."""
    assert database.engine.dialect.name == "postgresql" and database.path is None
    with database.write() as session:
        demo.create_demo(session, 2026)
