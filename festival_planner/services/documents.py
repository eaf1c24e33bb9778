"""Issuer and signer of the printed documents, saved with the campaign (``campaign_planning.documents``).

The issuing body and its superior, the seat printed in the place-and-date line, the signing authority,
the signer's full name, each report's document symbol and recipients are settings of the plan, not of
the installed package: every builder reads them from here. A campaign that never saved them uses the
texts of ``resources/report_templates`` (the defaults).
"""

from __future__ import annotations

import dataclasses
import json
import string
import uuid
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain.entry import clean_text
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Campaign
from festival_planner.resource_files import resource
from festival_planner.services import rows
from festival_planner.services.planning import planning_row, save_planning_value

REPORTS = ("site_schedule", "itinerary", "field_checklist", "overview")
# The placeholders each report's recipients may use (what its builder fills in).
RECIPIENT_FIELDS = {
    "site_schedule": frozenset({"year", "commune", "province"}),
    "itinerary": frozenset({"year", "leader", "leader_title"}),
    "field_checklist": frozenset({"year", "commune", "province", "date"}),
    "overview": frozenset({"year", "as_of", "sites"}),
}
# Signing authority presets (Decree 30/2020, art. 13): on behalf of the body, or deputy for the head.
AUTHORITIES = {"tm": ("TM. BAN CHỈ ĐẠO", "TRƯỞNG BAN"), "kt": ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")}
CAPACITY_PREFIXES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")
LIMITS = {"superior": 120, "issuer": 200, "place": 60, "signature_capacity": 80, "signature_title": 80,
          "signer_name": 80, "symbol": 30, "recipient": 200}
MAX_RECIPIENTS = 20
_SYMBOL_CHARS = frozenset(string.ascii_letters + string.digits + "-ĐđƯưƠơÂâĂăÊêÔô")


@dataclass(frozen=True)
class DocumentSettings:
    """What every printed document of the campaign says about who issues and who signs it."""

    superior: str
    issuer: str
    place: str
    signature_capacity: str
    signature_title: str
    signer_name: str
    symbols: dict[str, str] = field(default_factory=dict)
    recipients: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        data = dataclasses.asdict(self)
        data["recipients"] = {k: list(v) for k, v in self.recipients.items()}
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentSettings:
        """Saved settings over the defaults (a key missing from an older save keeps its default)."""
        base = default_settings()
        return cls(
            superior=str(data.get("superior", base.superior)),
            issuer=str(data.get("issuer", base.issuer)),
            place=str(data.get("place", base.place)),
            signature_capacity=str(data.get("signature_capacity", base.signature_capacity)),
            signature_title=str(data.get("signature_title", base.signature_title)),
            signer_name=str(data.get("signer_name", base.signer_name)),
            symbols={**base.symbols, **{k: str(v) for k, v in dict(data.get("symbols") or {}).items()}},
            recipients={**base.recipients,
                        **{k: tuple(str(x) for x in v) for k, v in dict(data.get("recipients") or {}).items()}},
        )

    def wording(self, report: str) -> dict[str, Any]:
        """These settings as the template keys of ``report`` (they override the package's texts)."""
        return {"superior": self.superior, "issuer": self.issuer, "place": self.place,
                "signature_capacity": self.signature_capacity, "signature_title": self.signature_title,
                "signature_name": self.signer_name, "symbol": self.symbols[report],
                "recipients": list(self.recipients[report])}


def _template(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource("report_templates", f"{name}.json").read_text(encoding="utf-8"))
    return data


@cache
def default_settings() -> DocumentSettings:
    """Today's values of the package's ``report_templates`` (common.json and each report's file)."""
    common = _template("common")
    reports = {name: {**common, **_template(name)} for name in REPORTS}
    return DocumentSettings(
        superior=common["superior"], issuer=common["issuer"], place=common["place"],
        signature_capacity=common["signature_capacity"], signature_title=common["signature_title"],
        signer_name=common["signature_name"],
        symbols={name: reports[name]["symbol"] for name in REPORTS},
        recipients={name: tuple(reports[name]["recipients"]) for name in REPORTS},
    )


def document_settings(session: Session, campaign_id: uuid.UUID) -> DocumentSettings:
    """The settings every document of the campaign prints (the defaults when none are saved)."""
    row = planning_row(session, campaign_id)
    if row is None or row.documents is None:
        return default_settings()
    return DocumentSettings.from_json(row.documents)


def settings_for_year(session: Session, year: int) -> DocumentSettings:
    """The settings of the campaign of ``year`` (the defaults when there is no such campaign)."""
    campaign = session.scalar(select(Campaign).where(Campaign.year == year))
    return document_settings(session, campaign.id) if campaign is not None else default_settings()


def saved_document_settings(session: Session, campaign_id: uuid.UUID) -> tuple[DocumentSettings, int | None]:
    """The campaign's settings and the row's version (None when the campaign has no planning row)."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    row = planning_row(session, campaign_id)
    return document_settings(session, campaign_id), (row.version if row is not None else None)


def _text(value: Any, name: str, *, required: bool = True) -> str:
    return clean_text(value, name, LIMITS[name], collapse=True, required=required,
                      field_key=f"document_field.{name}", too_long="document_text_too_long",
                      required_code="document_text_required")


def validate_documents(settings: DocumentSettings) -> DocumentSettings:
    """The settings cleaned (trimmed, one space between words), or a ``ValidationError`` naming the field."""
    capacity = _text(settings.signature_capacity, "signature_capacity", required=False)
    if capacity and not capacity.upper().startswith(CAPACITY_PREFIXES):
        raise ValidationError("document_bad_capacity", field="signature_capacity", value=capacity,
                              prefixes=", ".join(CAPACITY_PREFIXES))
    name = _text(settings.signer_name, "signer_name", required=False)
    if any(c.isdigit() for c in name) or any(c in name for c in "/\\@#;:"):
        raise ValidationError("document_bad_signer_name", field="signer_name", value=name)
    symbols: dict[str, str] = {}
    recipients: dict[str, tuple[str, ...]] = {}
    for report in REPORTS:
        symbol = _text(settings.symbols.get(report, default_settings().symbols[report]), "symbol")
        if not set(symbol) <= _SYMBOL_CHARS or symbol.startswith("-") or symbol.endswith("-"):
            raise ValidationError("document_bad_symbol", field="symbol", report=report, value=symbol)
        symbols[report] = symbol
        lines = settings.recipients.get(report, default_settings().recipients[report])
        if not lines or len(lines) > MAX_RECIPIENTS:
            raise ValidationError("document_bad_recipient_count", field="recipients", report=report,
                                  high=MAX_RECIPIENTS)
        cleaned = []
        for line in lines:
            text = _text(line, "recipient")
            try:
                names = {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}
            except ValueError:
                raise ValidationError("document_bad_recipient", field="recipients", report=report,
                                      value=text) from None
            unknown = sorted(n for n in names if n not in RECIPIENT_FIELDS[report])
            if unknown:
                raise ValidationError("document_bad_placeholder", field="recipients", report=report, value=text,
                                      placeholder=unknown[0],
                                      allowed=", ".join("{" + f + "}" for f in sorted(RECIPIENT_FIELDS[report])))
            cleaned.append(text)
        recipients[report] = tuple(cleaned)
    return DocumentSettings(
        superior=_text(settings.superior, "superior", required=False), issuer=_text(settings.issuer, "issuer"),
        place=_text(settings.place, "place"), signature_capacity=capacity,
        signature_title=_text(settings.signature_title, "signature_title"), signer_name=name,
        symbols=symbols, recipients=recipients)


def save_document_settings(session: Session, campaign_id: uuid.UUID, settings: DocumentSettings | None,
                           expected_version: int | None = None) -> int:
    """Save the campaign's document settings (None: back to the defaults), refused when someone saved
    since ``expected_version``; a versioned update with the change log. Returns the row's new version."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    value = validate_documents(settings).to_json() if settings is not None else None
    return save_planning_value(session, campaign_id, "documents", value, expected_version, "stale_document_settings")
