"""Build the four printed documents from the services (Qt-free).

Each ``*_document`` function takes a ``Session`` and returns a ``Document``; the wording comes from
``templates.wording``. What a report shows is what exists when it runs: a site without a programme
or a delegation says so instead of an empty table.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text, text_limit
from festival_planner.domain.enums import InvitationRole
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.print_format import document_number, province_with_kind
from festival_planner.domain.print_format import number as vn_number
from festival_planner.domain.values import format_date, format_time
from festival_planner.reports.content.model import (
    FORM,
    Block,
    CheckItem,
    CheckTable,
    Document,
    Header,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    Signature,
    SignOff,
    Table,
    TickList,
    place_and_date,
)
from festival_planner.reports.content.templates import wording

if TYPE_CHECKING:
    from festival_planner.services.itinerary import ItineraryStop, Journey

WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")


@dataclass(frozen=True)
class Options:
    """What the user sets for a printout: the document number, the confidentiality mark, the issue
    date (default today) and, for the overview, a map image file."""

    number: str = ""
    confidential: bool = False
    issued_on: dt.date | None = None
    map_image: str = ""

    @property
    def day(self) -> dt.date:
        return self.issued_on or dt.date.today()


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")


def check_map_image(path: str) -> None:
    """Refuse a map image that is missing or is not a PNG, JPEG, GIF, BMP or WebP file (checked
    before anything is printed, so an overview never comes out silently without its map page)."""
    from pathlib import Path

    try:
        with Path(path).expanduser().open("rb") as file:
            head = file.read(16)
    except FileNotFoundError:
        raise ValidationError("map_image_missing", field="map_image", path=path) from None
    except OSError:
        raise ValidationError("map_image_unreadable", field="map_image", path=path) from None
    webp = head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if not (webp or head.startswith(_IMAGE_MAGIC)):
        raise ValidationError("map_image_unreadable", field="map_image", path=path)


def _wording(session: Session, report: str, year: int) -> dict[str, Any]:
    """The report's texts with the campaign's issuer and signer (``services.documents``) over them."""
    from festival_planner.services.documents import settings_for_year

    return {**wording(report), **settings_for_year(session, year).wording(report)}


def _header(w: dict[str, Any], options: Options) -> Header:
    """The first page's header; the place is always the issuing body's seat (Decree 30/2020,
    art. 9), never the site's commune."""
    typed = clean_text(options.number, "number", text_limit("print.number"), field_key="print_field.number")
    number = w["number"].format(number=document_number(typed) or w["number_blank"], symbol=w["symbol"])
    return Header(w["superior"], w["issuer"], number, place_and_date(w["place"], options.day))


def _signature(w: dict[str, Any]) -> Signature:
    return Signature(w["signature_capacity"], w["signature_title"], w["signature_name"])


def _finish(w: dict[str, Any], options: Options, header: Header, title: str, subtitle: str, blocks: list[Block],
            fields: dict[str, Any], *, name: str, marking: bool = False, landscape: bool = False,
            missing: tuple[str, ...] = ()) -> Document:
    recipients = tuple(line.format(**fields) for line in w["recipients"])
    return Document(header, title, subtitle, tuple(blocks), w["recipients_label"], recipients, _signature(w),
                    w["marking"] if (marking or options.confidential) else "", landscape, name, missing=missing)


def in_sentence(name: str) -> str:
    """"Xã Sín Thầu" as written inside a sentence: "xã Sín Thầu" (same for phường, đặc khu)."""
    for kind in ("Xã ", "Phường ", "Đặc khu "):
        if name.startswith(kind):
            return kind.lower() + name[len(kind):]
    return name


def _slug(text: str) -> str:
    from festival_planner.domain.text import fold

    return "-".join(fold(text).split()) or "bao-cao"


def site_schedule_document(session: Session, site_id: uuid.UUID, options: Options = Options()) -> Document:
    """The programme of one site's day: place, date and time, programme, delegation, contacts."""
    from festival_planner.services import invitations, programme, sites

    site = sites.get_site(session, site_id)
    w = _wording(session, "site_schedule", site.campaign_year)
    commune, province = site.commune.name, site.commune.province
    fields = {"year": site.campaign_year, "commune": in_sentence(commune), "province": province_with_kind(province)}
    start = format_time(site.start_time) or w["missing_time"]
    end = format_time(site.end_time) or w["missing_time"]
    missing: list[str] = []

    def fact(label_key: str, value: str) -> str:
        """The value, or a dotted line to fill in by hand (and the fact noted as missing)."""
        if value.strip():
            return value
        missing.append(w[label_key].rstrip(":").strip().lower())
        return str(w["fill_in"])

    blocks: list[Block] = [
        Paragraph(w["intro"]),
        Heading(w["heading_place"]),
        KeyValues(((w["label_date"], w["date_text"].format(start=start, end=end, weekday=WEEKDAYS[site.date.weekday()],
                                                           date=format_date(site.date))),
                   (w["label_venue"], fact("label_venue", site.venue)),
                   (w["label_commune"], commune),
                   (w["label_province"], province),
                   (w["label_host"], fact("label_host", site.host_unit)))),
        Heading(w["heading_programme"])]
    items = programme.get_programme(session, site_id).items
    if items:
        blocks.append(Table(tuple(w["programme_columns"]), tuple(w["programme_widths"]), tuple(
            (str(n), f"{format_time(i.start_time)} - {format_time(i.end_time)}", i.title, i.responsible)
            for n, i in enumerate(items, 1))))
    else:
        blocks.append(Paragraph(w["no_programme"], italic=True))
    blocks.append(Heading(w["heading_delegation"]))
    members = [r for r in invitations.delegation(session, site_id) if r.is_engagement]
    if members:
        blocks.append(Table(tuple(w["delegation_columns"]), tuple(w["delegation_widths"]), tuple(
            (str(n), r.leader_name, r.leader_title,
             w["role_head"] if r.role == InvitationRole.HEAD else w["role_member"])
            for n, r in enumerate(members, 1))))
    else:
        blocks.append(Paragraph(w["no_delegation"], italic=True))
    blocks.append(Heading(w["heading_contacts"]))
    blocks.append(KeyValues(((w["label_contact"], fact("label_contact", site.contact_name)),
                             (w["label_phone"], fact("label_phone", site.contact_phone)))))
    header = _header(w, options)
    return _finish(w, options, header, w["title"], w["subtitle"].format(**fields), blocks, fields,
                   name=f"chuong-trinh-{site.date.isoformat()}-{_slug(site.commune.short_name)}",
                   missing=tuple(missing))


def _place(venue: str, commune: str, province: str) -> str:
    """"Venue, commune, province" without saying the commune twice when the venue already names it."""
    parts = [venue] if venue else []
    if not venue or in_sentence(commune).casefold() not in venue.casefold():
        parts.append(commune)
    return ", ".join([*parts, province])


def duration_text(minutes: int) -> str:
    """"40 phút", "2 giờ", "2 giờ 30 phút"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} phút"
    return f"{hours} giờ" + (f" {rest} phút" if rest else "")


def _airport_label(w: dict[str, Any], name: str) -> str:
    """"HAN Cảng hàng không quốc tế Nội Bài" (a travel leg's end) as "sân bay Nội Bài (HAN)"."""
    from festival_planner.geo.travel import airports

    code, _, full = name.partition(" ")
    if code not in {a.iata for a in airports()}:
        return name
    for prefix in ("Cảng hàng không quốc tế ", "Cảng hàng không "):
        full = full.removeprefix(prefix)
    return str(w["airport"].format(name=full, iata=code))


def _span(depart: dt.datetime, arrive: dt.datetime) -> str:
    """"14:00 - 14:40", or "20:30 - 07:10 (15/07)" when it arrives another day."""
    text = f"{format_time(depart.time())} - {format_time(arrive.time())}"
    return text + (f" ({arrive:%d/%m})" if arrive.date() != depart.date() else "")


def _journey_rows(w: dict[str, Any], journey: Journey, origin: str, destination: str) -> list[tuple[str, ...]]:
    """One row per leg: date, departure and arrival, from where to where, km and duration."""
    rows: list[tuple[str, ...]] = []
    last = len(journey.legs) - 1
    for n, timed in enumerate(journey.legs):
        leg = timed.leg
        start = origin if n == 0 else _airport_label(w, leg.origin)
        end = destination if n == last else _airport_label(w, leg.destination)
        text = w[f"leg_{leg.mode}"].format(origin=start, destination=end)
        rows.append((f"{timed.depart:%d/%m}", _span(timed.depart, timed.arrive), text,
                     f"{vn_number(leg.km)} km\n{duration_text(timed.minutes)}", ""))
    return rows


def _engagement_row(w: dict[str, Any], stop: ItineraryStop, late: bool) -> tuple[str, ...]:
    """The engagement: date and hours, the place, the leader's role and the invitation's status."""
    e = stop.engagement
    hours = f"{format_time(e.start.time())} - {format_time(e.end.time())}"
    if e.times_assumed:
        hours += "\n" + w["times_assumed"]
    role = w["role_head"] if e.role == InvitationRole.HEAD else w["role_member"]
    notes = [role, w[f"status_{e.status.value}"]] + ([w["late"]] if late else [])
    return (f"{e.date:%d/%m}", hours, w["engagement"].format(place=_place(e.venue, in_sentence(e.commune_name),
                                                                            e.province)),
            "", "\n".join(notes))


def itinerary_document(session: Session, leader_id: uuid.UUID, year: int, options: Options = Options()) -> Document:
    """A leader's programme of work for the campaign ("Chương trình công tác", Decree 30 type CTr):
    trips from Hà Nội and back, each leg (road to the airport, flight, road from the airport) with
    its date, departure and arrival, km and duration, each engagement with the leader's role and the
    invitation's status; always marked as restricted ("MẬT" on every page)."""
    from festival_planner.services import campaigns, planning
    from festival_planner.services.itinerary import ARRIVAL_MARGIN, leader_itinerary, plan_trips

    campaign = campaigns.get_campaign(session, year)
    w = _wording(session, "itinerary", year)
    shown = leader_itinerary(session, leader_id, campaign.id)
    params = planning.travel_parameters(session, campaign.id)
    trips = plan_trips(shown, params)
    leader = shown.leader
    fields = {"year": year, "leader": leader.full_name, "leader_title": leader.title or leader.organisation}
    blocks: list[Block] = [Paragraph(w["restricted_note"], italic=True, align="center")]
    if trips:
        km = sum(j.km for t in trips for j in t.journeys)
        blocks.append(Paragraph(w["summary"].format(stops=len(shown.stops), trips=len(trips),
                                                    km=f"{vn_number(km)} km")))
        blocks.append(Paragraph(w["model_note"].format(
            overhead=duration_text(round(params.airport_overhead_h * 60)),
            day_start=format_time(params.travel_day_start), day_end=format_time(params.travel_day_end),
            margin=int(ARRIVAL_MARGIN.total_seconds() // 60)), italic=True))
    else:
        blocks.append(Paragraph(w["empty"].format(year=year), italic=True))
    home = w["home"]
    for number, trip in enumerate(trips, 1):
        legs = [t for j in trip.journeys for t in j.legs]
        first = legs[0].depart.date() if legs else trip.stops[0].engagement.date
        last = legs[-1].arrive.date() if legs else trip.stops[-1].engagement.date
        heading = w["trip_heading"] if first != last else w["trip_heading_one_day"]
        blocks.append(Heading(heading.format(number=number, first=format_date(first), last=format_date(last))))
        rows: list[tuple[str, ...]] = []
        origin = home
        for stop, journey in zip(trip.stops, trip.journeys):
            here = in_sentence(stop.engagement.place.name)
            rows += _journey_rows(w, journey, origin, here)
            rows.append(_engagement_row(w, stop, journey.late))
            origin = here
        rows += _journey_rows(w, trip.journeys[-1], origin, home)
        blocks.append(Table(tuple(w["columns"]), tuple(w["widths"]), tuple(rows)))
    return _finish(w, options, _header(w, options), w["title"], w["subtitle"].format(**fields), blocks,
                   fields, name=f"lich-trinh-{year}-{_slug(leader.full_name)}", marking=True)


def roman(number: int) -> str:
    """1 → "I", 4 → "IV", 14 → "XIV" (the numbers of a document's parts)."""
    out = ""
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, number = divmod(number, value)
        out += letters * count
    return out


def field_checklist_document(session: Session, site_id: uuid.UUID, options: Options = Options()) -> Document:
    """A site's checklist as a working form for the field (not an issued document: no number, national
    motto, recipients or signature block): the items numbered through, grouped by category, each with a
    tick box (☑ and the date for what was done by the print date), owner and due date in their own
    columns and an empty notes cell; lines for notes, and a line for who checked and when."""
    from festival_planner.services import checklists, sites

    site = sites.get_site(session, site_id)
    w = _wording(session, "field_checklist", site.campaign_year)
    fields = {"year": site.campaign_year, "commune": in_sentence(site.commune.name),
              "province": province_with_kind(site.commune.province),
              "date": format_date(site.date)}

    def day(value: dt.date | None) -> str:
        """dd/mm in the campaign's year (the subtitle says which), dd/mm/yyyy otherwise."""
        if value is None:
            return ""
        return f"{value:%d/%m}" if value.year == site.campaign_year else format_date(value)

    blocks: list[Block] = [Paragraph(w["intro"], italic=True)]
    groups: dict[str, list[CheckItem]] = {}
    for item in checklists.list_items(session, site_id):
        done = item.done_as_of(options.day)
        groups.setdefault(item.category or w["uncategorised"], []).append(CheckItem(
            0, item.title, item.owner, day(item.due_date),
            (day(item.completed_on) or w["done_undated"]) if done else ""))
    if not groups:
        blocks.append(Paragraph(w["empty"], italic=True))
    number = 0
    for part, (category, unnumbered) in enumerate(groups.items(), 1):
        numbered = []
        for entry in unnumbered:
            number += 1
            numbered.append(CheckItem(number, entry.text, entry.owner, entry.due, entry.done_on))
        blocks.append(CheckTable(w["group"].format(number=roman(part), category=category), tuple(w["columns"]),
                                 tuple(w["widths"]), tuple(numbered), note_lines=int(w["row_note_lines"])))
    blocks.append(TickList(w["notes_heading"], (), note_lines=int(w["note_lines"])))
    header = Header(w["superior"], w["issuer"], "", w["printed_on"].format(date=format_date(options.day)),
                    national="", motto="")
    return Document(header, w["title"], w["subtitle"].format(**fields), tuple(blocks), "", (), None,
                    w["marking"] if options.confidential else "", False,
                    f"danh-muc-{site.date.isoformat()}-{_slug(site.commune.short_name)}", kind=FORM,
                    sign_off=SignOff(w["check_date"], w["checker"], w["checker_hint"]))


def overview_document(session: Session, year: int, options: Options = Options(),
                      as_of: dt.date | None = None) -> Document:
    """All sites by date with province, region, head of delegation and readiness; the campaign tasks
    with deadlines and status; a map page when ``options.map_image`` names an image. Landscape."""
    from festival_planner.domain.regions import region_name
    from festival_planner.services import campaigns
    from festival_planner.services.progress import campaign_progress

    if options.map_image:
        check_map_image(options.map_image)
    campaign = campaigns.get_campaign(session, year)
    w = _wording(session, "overview", year)
    shown = campaign_progress(session, campaign.id, as_of or options.day)
    fields = {"year": year, "as_of": format_date(shown.as_of), "sites": vn_number(len(shown.sites))}
    readiness = f"{shown.readiness:.0%}"
    blocks: list[Block] = [Paragraph(w["summary"].format(sites=vn_number(len(shown.sites)), done=vn_number(shown.done),
                                                         total=vn_number(shown.total), readiness=readiness,
                                                         overdue=vn_number(shown.overdue))),
                           Heading(w["heading_sites"])]
    ordered = sorted(shown.sites, key=lambda s: (s.date, s.province, s.commune_name))
    if ordered:
        blocks.append(Table(tuple(w["site_columns"]), tuple(w["site_widths"]), tuple(
            (str(n), format_date(s.date), s.commune_name, s.province, region_name(s.region) if s.region else "",
             s.head_of_delegation or w["none"], f"{s.readiness:.0%}") for n, s in enumerate(ordered, 1))))
    else:
        blocks.append(Paragraph(w["no_sites"], italic=True))
    blocks.append(Heading(w["heading_tasks"]))
    if shown.tasks.tasks:
        blocks.append(Table(tuple(w["task_columns"]), tuple(w["task_widths"]), tuple(
            (str(n), t.title, t.owner, format_date(t.due_date),
             t.status.label + (w["overdue_suffix"] if t.overdue_as_of(shown.as_of) else ""))
            for n, t in enumerate(shown.tasks.tasks, 1))))
    else:
        blocks.append(Paragraph(w["no_tasks"], italic=True))
    if options.map_image:
        from festival_planner.reports.content.model import PageBreak

        blocks += [PageBreak(), Heading(w["heading_map"]),
                   Picture(options.map_image, w["map_caption"].format(**fields))]
    return _finish(w, options, _header(w, options), w["title"], w["subtitle"].format(**fields), blocks,
                   fields, name=f"bao-cao-tien-do-{year}", landscape=True)


def campaign_site_ids(session: Session, year: int) -> list[uuid.UUID]:
    """The campaign's sites in date order (then province and commune), for batch printing."""
    from festival_planner.domain.text import sort_key
    from festival_planner.services import campaigns, sites

    campaign = campaigns.get_campaign(session, year)
    found = sites.list_sites(session, campaign.id)
    found.sort(key=lambda s: (s.date, s.start_time or dt.time(0), sort_key(s.commune.province),
                              sort_key(s.commune.name)))
    return [s.id for s in found]
