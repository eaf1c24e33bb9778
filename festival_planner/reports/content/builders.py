"""Build the four printed documents from the services (Qt-free).

Each ``*_document`` function takes a ``Session`` and returns a ``Document``; the wording comes from
``templates.wording``. What a report shows is what exists when it runs: a site without a programme
or a delegation says so instead of an empty table.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text, text_limit
from festival_planner.domain.enums import InvitationRole
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.print_format import document_number, province_with_kind
from festival_planner.domain.print_format import number as vn_number
from festival_planner.domain.values import format_date, format_time
from festival_planner.reports.content.model import (
    Block,
    Document,
    Header,
    Heading,
    KeyValues,
    Paragraph,
    Picture,
    Signature,
    Table,
    TickItem,
    TickList,
    place_and_date,
)
from festival_planner.reports.content.templates import wording

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


def _travel_text(w: dict[str, Any], stop: Any) -> str:
    travel = stop.travel_from_previous
    if travel is None:
        return w["travel_first"]
    mode = w.get(f"mode_{travel.mode}", travel.mode)
    text = w["travel"].format(mode=mode, km=vn_number(travel.km), hours=vn_number(travel.hours, 1))
    return text + (w["travel_conflict"] if stop.conflict else "")


def _place(venue: str, commune: str, province: str) -> str:
    """"Venue, commune, province" without saying the commune twice when the venue already names it."""
    parts = [venue] if venue else []
    if not venue or in_sentence(commune).casefold() not in venue.casefold():
        parts.append(commune)
    return ", ".join([*parts, province])


def itinerary_document(session: Session, leader_id: uuid.UUID, year: int, options: Options = Options()) -> Document:
    """A leader's engagements in the campaign, in order, with the journeys between them; always
    marked as restricted."""
    from festival_planner.services import campaigns
    from festival_planner.services.itinerary import leader_itinerary

    campaign = campaigns.get_campaign(session, year)
    w = _wording(session, "itinerary", year)
    shown = leader_itinerary(session, leader_id, campaign.id)
    leader = shown.leader
    fields = {"year": year, "leader": leader.full_name, "leader_title": leader.title or leader.organisation}
    blocks: list[Block] = [Paragraph(w["restricted_note"], italic=True, align="center")]
    if shown.stops:
        blocks.append(Table(tuple(w["columns"]), tuple(w["widths"]), tuple(
            (str(n), format_date(s.engagement.date),
             f"{format_time(s.engagement.start.time())}-{format_time(s.engagement.end.time())}",
             _place(s.engagement.venue, s.engagement.commune_name, s.engagement.province),
             _travel_text(w, s)) for n, s in enumerate(shown.stops, 1))))
    else:
        blocks.append(Paragraph(w["empty"].format(year=year), italic=True))
    return _finish(w, options, _header(w, options), w["title"], w["subtitle"].format(**fields), blocks,
                   fields, name=f"lich-trinh-{year}-{_slug(leader.full_name)}", marking=True)


def field_checklist_document(session: Session, site_id: uuid.UUID, options: Options = Options()) -> Document:
    """A site's checklist grouped by category with empty tick boxes, owner and due date, and lines
    for notes: made to be filled in by hand in the field."""
    from festival_planner.services import checklists, sites

    site = sites.get_site(session, site_id)
    w = _wording(session, "field_checklist", site.campaign_year)
    fields = {"year": site.campaign_year, "commune": in_sentence(site.commune.name),
              "province": province_with_kind(site.commune.province),
              "date": format_date(site.date)}
    blocks: list[Block] = [Paragraph(w["intro"], italic=True)]
    groups: dict[str, list[TickItem]] = {}
    for item in checklists.list_items(session, site_id):
        detail = "; ".join(part for part in (
            w["owner"].format(owner=item.owner) if item.owner else "",
            w["due"].format(date=format_date(item.due_date)) if item.due_date else "") if part)
        groups.setdefault(item.category or w["uncategorised"], []).append(TickItem(item.title, detail))
    if not groups:
        blocks.append(Paragraph(w["empty"], italic=True))
    for number, (category, ticks) in enumerate(groups.items(), 1):
        blocks.append(TickList(f"{number}. {category}", tuple(ticks), columns=tuple(w["columns"])))
    blocks.append(TickList(w["notes_heading"], (), note_lines=int(w["note_lines"])))
    blocks.append(Paragraph(w["checked_by"], italic=True, align="center"))
    header = _header(w, options)
    return _finish(w, options, header, w["title"], w["subtitle"].format(**fields), blocks, fields,
                   name=f"danh-muc-{site.date.isoformat()}-{_slug(site.commune.short_name)}")


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
