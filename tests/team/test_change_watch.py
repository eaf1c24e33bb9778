"""The watch behind "the window sees others' changes": the change log's new entries written by another
connection, as a change set; the window's own writes and entries already seen are not told again."""

from __future__ import annotations

import datetime as dt

from festival_planner.domain.changes import Change
from festival_planner.services import campaigns, sites
from festival_planner.services.team_watch import ChangeWatch
from festival_planner.store.database import open_database

QUANG_SON = "24616"


def test_others_changes_once_and_never_ones_own(pg_database, pg_url: str) -> None:
    with pg_database.write() as session:
        campaign = campaigns.ensure_campaign(session, 2026)
        site = sites.add_site(session, campaign.id, QUANG_SON, dt.date(2026, 8, 5))
    watch = ChangeWatch(pg_database.read, pg_database.writer_factory)
    other = open_database(pg_url)
    try:
        assert not watch.poll()  # what was there before the watch began is not news
        with other.write() as session:
            sites.update_site(session, site.id, site.version, venue="Hội trường xã")
        with pg_database.write() as session:  # this window's own write
            sites.update_site(session, site.id, site.version + 1, notes="ghi chú của tôi")
        changes = watch.poll()
        assert changes.touches(Change.SITES) and changes.ids("site") == {str(site.id)}
        assert changes.fields("site") == {"venue"}  # the other's edit only, not my notes
        assert not watch.poll()  # told once
    finally:
        watch.close()
        other.close()
