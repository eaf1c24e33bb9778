"""``select`` and ``map``: choose the year's sites with the optimiser (starting from the campaign's
settings saved from the Selector, changed only by the flags given), and draw the country map."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys

from festival_planner.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    Commands,
    add_campaign,
    add_common,
    integer,
    number,
    open_db,
)
from festival_planner.cli.texts import t
from festival_planner.domain import selector as rules
from festival_planner.domain.values import format_gap, format_number


def _region_min(text: str) -> tuple[str, int]:
    name, sep, count = text.rpartition("=")
    if not sep or not name.strip():
        raise argparse.ArgumentTypeError(t("help_region_min"))
    try:
        return name.strip(), int(count)
    except ValueError:
        raise argparse.ArgumentTypeError(t("help_region_min")) from None


def register(commands: Commands) -> None:
    select = commands.add_parser("select", help=t("cmd_select"))
    add_campaign(select)
    # Every constraint defaults to None: the campaign's settings saved from the Selector are the start,
    # and only the flags given change them.
    select.add_argument("--count", type=integer, default=None, metavar="N",
                        help=t("help_count", low=rules.COUNT_RANGE[0], high=rules.COUNT_RANGE[1],
                               default=rules.DEFAULT_COUNT))
    select.add_argument("--max-per-province", type=integer, default=None, metavar="K",
                        help=t("help_max_per_province", low=rules.MAX_PER_PROVINCE_RANGE[0],
                               high=rules.MAX_PER_PROVINCE_RANGE[1], default=rules.DEFAULT_MAX_PER_PROVINCE))
    select.add_argument("--min-spacing-km", type=number, default=None, metavar="D",
                        help=t("help_min_spacing", low=f"{rules.SPACING_RANGE_KM[0]:g}",
                               high=f"{rules.SPACING_RANGE_KM[1]:g}", default=f"{rules.DEFAULT_SPACING_KM:g}"))
    select.add_argument("--region-min", type=_region_min, action="append", default=None, metavar="REGION=N",
                        help=t("help_region_min"))
    select.add_argument("--lock", action="append", default=None, metavar="CODE", help=t("help_lock"))
    select.add_argument("--exclude", action="append", default=None, metavar="CODE", help=t("help_exclude"))
    select.add_argument("--keep-existing", action=argparse.BooleanOptionalAction, default=None,
                        help=t("help_keep_existing"))
    select.add_argument("--json", metavar="FILE", help=t("help_select_json"))
    select.add_argument("--why", action="append", default=None, metavar="CODE", help=t("help_why"))
    add_common(select, json_output=False)
    select.set_defaults(run=run_select)

    draw = commands.add_parser("map", help=t("cmd_map"))
    add_campaign(draw)
    draw.add_argument("--png", required=True, metavar="FILE", help=t("help_png"))
    draw.add_argument("--width", type=integer, default=1600, metavar="PX", help=t("help_width"))
    add_common(draw, json_output=False)
    draw.set_defaults(run=run_map)


def settings_from_flags(saved, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The campaign's saved selector settings with only the flags given applied: ``--count``,
    ``--max-per-province``, ``--min-spacing-km`` and ``--keep-existing`` replace the saved value;
    ``--region-min`` sets that region's minimum; ``--lock`` and ``--exclude`` add to the saved lists
    (a commune locked here leaves the excluded list and the other way round, as in the Selector)."""
    from dataclasses import replace

    from festival_planner.domain.regions import find_region
    from festival_planner.domain.values import normal_commune_code

    changes: dict[str, object] = {}
    for name in ("count", "max_per_province", "min_spacing_km", "keep_existing"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = value
    if args.region_min:
        minimums = dict(saved.region_minimums)
        for name, value in args.region_min:
            region = find_region(name)
            minimums[region.code if region is not None else name] = value
        changes["region_minimums"] = minimums
    locked, excluded = set(saved.locked), set(saved.excluded)
    for code in map(normal_commune_code, args.lock or ()):
        locked.add(code)
        excluded.discard(code)
    for code in map(normal_commune_code, args.exclude or ()):
        excluded.add(code)
        locked.discard(code)
    changes["locked"], changes["excluded"] = tuple(sorted(locked)), tuple(sorted(excluded))
    return replace(saved, **changes)


def run_select(args: argparse.Namespace) -> int:
    from festival_planner.domain.regions import find_region
    from festival_planner.services import campaigns, selection

    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        saved, _version = selection.get_settings(session, campaign.id)
        # The rules that need no scores are checked here, before the 3,321 communes are scored.
        settings = selection.check_limits(settings_from_flags(saved, args))
        result = selection.run_selection(session, campaign.id, settings)
    why = _why_lines(result, args.why or ())  # an unknown code is refused before anything is written
    if args.json:
        from festival_planner.store.output_file import write_text

        write_text(args.json, json.dumps(result.to_json(with_reasons=True), ensure_ascii=False, indent=1),
                   restricted=False)
    sel = result.selection
    scored = result.scored
    for i in sorted(sel.chosen, key=lambda i: -scored.candidates[i].latitude):
        c = scored.candidates[i]
        regions = ", ".join(r.name for r in (find_region(code) for code in c.regions) if r is not None)
        print(f"{c.code}  {c.name:<28} {c.province:<18} {scored.scores[i]:6.2f}  {regions}")
    # proven optimal: the bound is the total itself, so neither it nor a 0 % gap is said
    template = ("out_selection_optimal" if sel.status == "optimal"
                else "out_selection" if math.isfinite(sel.bound) else "out_selection_no_bound")
    print(t(template, count=len(sel.chosen), objective=format_number(sel.objective, 3),
            status=t("status_" + sel.status),
            gap=format_gap(sel.gap), seconds=format_number(sel.solve_seconds, 2),
            bound=format_number(sel.bound, 3) if math.isfinite(sel.bound) else "",
            priority=result.priority_count()),
          file=sys.stderr)
    if sel.stats.get("stopped_by") == "clock":
        print(t("out_selection_clock"), file=sys.stderr)
    for line in why:
        print(line)
    return EXIT_OK


def _why_lines(result, codes) -> list[str]:  # type: ignore[no-untyped-def]
    """For each code of ``--why``: the commune, chosen or not, and its reasons, one per line."""
    from festival_planner.domain.values import normal_commune_code

    lines: list[str] = []
    index = result.scored.index()
    chosen = set(result.selection.chosen)
    for raw in codes:
        code = normal_commune_code(raw)
        reasons = result.explain(code)  # ValidationError "selection_unknown_commune" when unknown
        c = result.scored.candidates[index[code]]
        key = "out_why_chosen" if index[code] in chosen else "out_why_rejected"
        lines.append(t(key, code=c.code, name=c.name, province=c.province))
        lines.extend(f"  - {reason.text()}" for reason in reasons)
    return lines


def run_map(args: argparse.Namespace) -> int:
    if args.width < 200 or args.width > 12000:
        print(f"festival-planner: {t('bad_width', width=args.width)}", file=sys.stderr)
        return EXIT_USAGE
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from festival_planner.services import campaigns, selection, sites

    database = open_db(args)
    with database.read() as session:
        campaign = campaigns.get_campaign(session, args.campaign)
        rows = sites.list_sites(session, campaign.id)
        scored = selection.campaign_scores(session, campaign.id)
    from PySide6.QtWidgets import QApplication

    from festival_planner.gui.mapview.data import map_points, map_sites
    from festival_planner.gui.mapview.scene import MapScene, render_png

    app = QApplication.instance() or QApplication(["festival-planner"])
    scene = MapScene()
    scene.set_points(map_points(scored))
    scene.set_sites(map_sites(rows))
    out = render_png(scene, args.png, args.width)
    del scene
    print(t("out_map", path=out, sites=len(rows)), file=sys.stderr)
    del app
    return EXIT_OK
