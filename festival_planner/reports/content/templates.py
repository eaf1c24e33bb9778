"""The wording of the printed reports, read from ``resources/report_templates/*.json``.

``common.json`` holds what every report shares (issuing body, place, signature, recipients);
``<report>.json`` adds and overrides. Offices change these files, not the code.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from festival_planner.resource_files import resource

REPORTS = ("site_schedule", "itinerary", "field_checklist", "overview")


@cache
def _load(name: str) -> dict[str, Any]:
    data = json.loads(resource("report_templates", f"{name}.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def wording(report: str) -> dict[str, Any]:
    """The texts of ``report`` (one of ``REPORTS``): common keys overridden by the report's own."""
    if report not in REPORTS:
        raise ValueError(f"unknown report {report!r}")
    return {**_load("common"), **_load(report)}


def reload() -> None:
    """Forget the cached files (after an office edited them)."""
    _load.cache_clear()
