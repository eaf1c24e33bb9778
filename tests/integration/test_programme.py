"""The programme of the day: the default fits the site's hours, overlaps and items outside the hours are
refused, a new duration moves the following items, commendations and gifts feed their items."""

from __future__ import annotations

import datetime as dt

import pytest

from festival_planner.domain.enums import CommendationKind, GiftRecipientKind, ProgrammePart
from festival_planner.domain.errors import ValidationError
from festival_planner.services import budget, programme, sites
from tests.integration.checklist_fixtures import make_sites


@pytest.fixture
def site(database):
    return make_sites(database, dt.date(2026, 8, 5))[1][0]


def _programme(database, site):
    with database.transaction() as session:
        return programme.apply_default_programme(session, site.id)


def _spans(prog) -> list[tuple[dt.time, dt.time | None]]:
    return [(i.start_time, i.end_time) for i in prog.items]


@pytest.mark.parametrize("start", [dt.time(7, 30), dt.time(8, 0)])
def test_the_default_programme_is_the_ceremony_then_the_festivities_within_the_hours(database, site, start) -> None:
    with database.transaction() as session:
        sites.update_site(session, site.id, site.version, start_time=start)
    prog = _programme(database, site)
    parts = [i.part for i in prog.items]
    assert parts == sorted(parts, key=[ProgrammePart.CEREMONY, ProgrammePart.FESTIVITIES].index)
    assert prog.items[0].start_time == start and prog.items[-1].end_time == dt.time(11, 30)
    assert all(a.end_time == b.start_time for a, b in zip(prog.items, prog.items[1:]))
    titles = [i.title for i in prog.items]
    assert titles.index("Chào cờ, hát Quốc ca") < titles.index("Công bố quyết định và trao khen thưởng") \
        < titles.index("Phát biểu của đồng chí Trưởng đoàn")
    assert {i.kind for i in prog.items} >= {"commendations", "gifts", "speech"}


def test_overlaps_and_items_outside_the_hours_are_refused(database, site) -> None:
    before = _programme(database, site)
    cases = [
        (lambda s: programme.add_programme_item(s, site.id, dt.time(8, 0), 10, "Trao cờ thi đua"),
         "programme_overlap"),
        (lambda s: programme.add_programme_item(s, site.id, dt.time(7, 0), 20, "Đón khách sớm"),
         "programme_outside_hours"),
        (lambda s: programme.update_programme_item(s, before.items[-1].id, before.items[-1].version,
                                                   duration_min=before.items[-1].duration_min + 5),
         "programme_outside_hours"),
        (lambda s: programme.update_programme_item(s, before.items[2].id, before.items[2].version,
                                                   start_time=dt.time(7, 31)), "programme_overlap"),
        (lambda s: programme.apply_default_programme(s, site.id), "programme_exists"),
        (lambda s: programme.update_programme_item(s, before.items[0].id, before.items[0].version,
                                                   duration_min=0), "checklist_number_out_of_range"),
    ]
    for call, code in cases:
        with pytest.raises(ValidationError) as info, database.transaction() as session:
            call(session)
        assert info.value.code == code
    with database.session() as session:
        assert programme.get_programme(session, site.id) == before
    assert "nằm ngoài giờ tổ chức" in ValidationError(
        "programme_outside_hours", title="x", start=dt.time(7), end=dt.time(7, 20), site_start=dt.time(7, 30),
        site_end=dt.time(11, 30)).message


def test_a_new_duration_moves_the_following_items(database, site) -> None:
    before = _programme(database, site)
    last = before.items[-1]
    with database.transaction() as session:
        programme.update_programme_item(session, last.id, last.version, duration_min=last.duration_min - 10)
        speech = next(i for i in before.items if i.kind == "speech")
        changed = programme.update_programme_item(session, speech.id, speech.version,
                                                  duration_min=speech.duration_min + 10)
        after = programme.get_programme(session, site.id)
    index = [i.id for i in before.items].index(speech.id)
    assert changed[0].id == speech.id and len(changed) == 1 + len(before.items) - index - 1
    assert _spans(after)[:index] == _spans(before)[:index]
    def minutes(t: dt.time) -> int:
        return t.hour * 60 + t.minute

    for old, new in zip(before.items[index + 1:], after.items[index + 1:], strict=True):
        assert minutes(new.start_time) - minutes(old.start_time) == 10
    assert after.items[-1].end_time == dt.time(11, 30)
    with database.transaction() as session:  # shortening pulls them back
        current = next(i for i in after.items if i.id == speech.id)
        programme.update_programme_item(session, speech.id, current.version, duration_min=speech.duration_min)
        again = programme.get_programme(session, site.id)
    assert _spans(again)[:-1] == _spans(before)[:-1]


def test_commendations_and_gifts_feed_the_programme(database, site) -> None:
    _programme(database, site)
    with database.transaction() as session:
        budget.add_commendation(session, site.id, CommendationKind.COLLECTIVE, "Công an xã Quảng Sơn",
                                "Bằng khen của Bộ trưởng Bộ Công an", decision_number="5123/QĐ-BCA",
                                decision_date=dt.date(2026, 7, 15))
        budget.add_gift(session, site.id, GiftRecipientKind.HOUSEHOLD, "Hộ bà H'Hen Niê", "Quà và tiền mặt",
                        2_000_000)
        data = programme.get_programme(session, site.id).to_json()
    awards = next(i for i in data["items"] if i["kind"] == "commendations")
    gifts = next(i for i in data["items"] if i["kind"] == "gifts")
    assert awards["commendations"][0]["decision_number"] == "5123/QĐ-BCA"
    assert gifts["gifts"][0] == {**gifts["gifts"][0], "recipient": "Hộ bà H'Hen Niê", "value": 2_000_000}
    assert data["items"][0]["start_time"] == "07:30"


def test_delete_and_restore_a_programme_item(database, site) -> None:
    before = _programme(database, site)
    with database.transaction() as session:
        gone = programme.delete_programme_item(session, before.items[3].id, before.items[3].version)
        programme.restore_programme_item(session, gone)
        after = programme.get_programme(session, site.id)
    assert [i.values() for i in after.items] == [i.values() for i in before.items]


def test_undo_and_redo_of_the_default_programme(database, site) -> None:
    before = _programme(database, site)
    with database.transaction() as session:
        removed = programme.clear_programme(session, site.id)
        assert programme.get_programme(session, site.id).items == ()
        restored = programme.restore_programme(session, removed)
    assert restored is not None and [i.values() for i in restored.items] == [i.values() for i in before.items]
