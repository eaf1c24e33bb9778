"""The site selector's use cases: settings saved per campaign, run a selection over the gazetteer,
explain it, and accept chosen communes as proposed sites of the campaign.

numpy and highspy are imported by the ``geo`` functions on first use, never at start-up.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from festival_planner.domain import selector as rules
from festival_planner.domain.enums import CommuneKind
from festival_planner.domain.errors import ValidationError
from festival_planner.domain.models import Campaign, Commune, Province, SelectionSettings, Site
from festival_planner.domain.regions import ALL_REGIONS, PRIORITY_REGION_CODES, find_region, region_name
from festival_planner.domain.values import normal_commune_code
from festival_planner.geo.optimiser import Constraints, Selection
from festival_planner.geo.reasons import Reason, explain_chosen, explain_rejected
from festival_planner.geo.scoring import (
    CRITERIA,
    DEFAULT_REGION_WEIGHTS,
    DEFAULT_WEIGHTS,
    Candidate,
    Measures,
    Scored,
    Weights,
)
from festival_planner.services import changelog, rows, sites

DATE_POLICIES = ("spread", "festival_day")
PRIORITY_REGIONS = PRIORITY_REGION_CODES  # the domain's (regions flagged ``priority``)


@dataclass(frozen=True)
class Settings:
    """Everything the selector uses: constraints and weights (saved per campaign as JSON)."""

    count: int = rules.DEFAULT_COUNT
    max_per_province: int = rules.DEFAULT_MAX_PER_PROVINCE
    min_spacing_km: float = rules.DEFAULT_SPACING_KM
    region_minimums: Mapping[str, int] = field(default_factory=dict)
    locked: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()
    keep_existing: bool = False
    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    region_weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_REGION_WEIGHTS))
    past_campaigns: int = rules.DEFAULT_PAST_CAMPAIGNS
    time_limit_s: float = rules.DEFAULT_TIME_LIMIT_S

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["region_minimums"] = dict(sorted(self.region_minimums.items()))
        data["locked"] = sorted(self.locked)
        data["excluded"] = sorted(self.excluded)
        data["weights"] = {c: float(self.weights.get(c, DEFAULT_WEIGHTS[c])) for c in CRITERIA}
        data["region_weights"] = dict(sorted(self.region_weights.items()))
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Settings:
        """Settings from saved JSON; unknown keys are ignored, missing ones take their defaults."""
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for key in ("locked", "excluded"):
            if key in known:
                known[key] = tuple(known[key])
        return validate(cls(**known))


def validate(settings: Settings) -> Settings:
    """Check the values a person typed; region names become codes ("Tây Nguyên" → "tay_nguyen")."""
    for criterion, value in settings.weights.items():
        if criterion not in CRITERIA:
            raise ValidationError("selection_bad_weight", criterion=criterion, value=value)
        if not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise ValidationError("selection_bad_weight", criterion=criterion, value=value)
    region_weights: dict[str, float] = {}
    for name, value in settings.region_weights.items():
        region = find_region(name)
        if region is None:
            raise ValidationError("selection_unknown_region", region=name)
        if not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise ValidationError("selection_bad_weight", criterion=region.name, value=value)
        region_weights[region.code] = float(value)
    minimums: dict[str, int] = {}
    for name, value in settings.region_minimums.items():
        region = find_region(name)
        if region is None:
            raise ValidationError("selection_unknown_region", region=name)
        if not isinstance(value, int) or value < 0:
            raise ValidationError("selection_bad_region_min", region=region.name, value=value)
        minimums[region.code] = value
    return replace(settings, region_weights=region_weights, region_minimums=minimums,
                   locked=tuple(sorted({normal_commune_code(c) for c in settings.locked})),
                   excluded=tuple(sorted({normal_commune_code(c) for c in settings.excluded})))


def check_limits(settings: Settings) -> Settings:
    """The selector's rules that need no scoring (``domain.selector``), checked before any work:
    the count, the maximum per province, the spacing, each region minimum (at most the count), the
    locks (no more than the count, none also excluded). Returns the settings normalised by ``validate``."""
    settings = validate(settings)
    low, high = rules.COUNT_RANGE
    if isinstance(settings.count, bool) or not isinstance(settings.count, int) or not low <= settings.count <= high:
        raise ValidationError("selection_count_out_of_range", field="count", count=settings.count, low=low, high=high)
    low, high = rules.MAX_PER_PROVINCE_RANGE
    if not isinstance(settings.max_per_province, int) or not low <= settings.max_per_province <= high:
        raise ValidationError("selection_per_province_out_of_range", field="max_per_province",
                              value=settings.max_per_province, low=low, high=high)
    low_km, high_km = rules.SPACING_RANGE_KM
    km = settings.min_spacing_km
    if not isinstance(km, (int, float)) or not math.isfinite(km) or not low_km <= km <= high_km:
        raise ValidationError("selection_spacing_out_of_range", field="min_spacing_km", km=f"{km:g}",
                              low=f"{low_km:g}", high=f"{high_km:g}")
    for code, minimum in settings.region_minimums.items():
        if minimum > settings.count:
            raise ValidationError("selection_region_min_above_count", field="region_minimums",
                                  region=region_name(code), minimum=minimum, count=settings.count)
    if len(settings.locked) > settings.count:
        raise ValidationError("selection_too_many_locks", field="locked", locks=len(settings.locked),
                              count=settings.count)
    both = sorted(set(settings.locked) & set(settings.excluded))
    if both:
        raise ValidationError("selection_locked_and_excluded", field="locked", codes=both)
    return settings


def _settings_row(session: Session, campaign_id: uuid.UUID) -> SelectionSettings | None:
    return session.scalar(select(SelectionSettings).where(SelectionSettings.campaign_id == campaign_id))


def get_settings(session: Session, campaign_id: uuid.UUID) -> tuple[Settings, int | None]:
    """The campaign's saved settings and their version (defaults and None when never saved)."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    row = _settings_row(session, campaign_id)
    return (Settings.from_json(row.settings), row.version) if row else (Settings(), None)


def save_settings(session: Session, campaign_id: uuid.UUID, settings: Settings,
                  expected_version: int | None = None) -> int:
    """Save the campaign's settings (refused if someone saved since ``expected_version``); the new version."""
    rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    clean = validate(settings).to_json()  # a draft may break a rule: running it says which (check_limits)
    row = _settings_row(session, campaign_id)
    if row is None:
        row = SelectionSettings(campaign_id=campaign_id, settings=clean)
        session.add(row)
        session.flush()
        changelog.record(session, "selection_settings", row.id, "create", None, {"settings": clean})
        return row.version
    rows.apply_update(session, "selection_settings", row, expected_version if expected_version is not None
                      else row.version, {"settings": clean}, "stale_selection_settings")
    return row.version


def candidates(session: Session) -> list[Candidate]:
    """Every commune of the gazetteer with coordinates, as selector candidates."""
    names = {code: name for code, name in session.execute(select(Province.code, Province.short_name))}
    out = []
    for c in session.scalars(select(Commune).order_by(Commune.code)).unique():
        if c.latitude is None or c.longitude is None:
            continue
        out.append(Candidate(c.code, c.name, c.province_code, names[c.province_code], c.kind.value,
                             tuple(c.regions), float(c.latitude), float(c.longitude), c.area_km2))
    return out


@cache
def _measures(key: tuple[tuple[str, float, float, str], ...]) -> Measures:
    """Distances depend on the (static) gazetteer only: measured once per process."""
    from festival_planner.geo import basemap
    from festival_planner.geo.scoring import measure

    cands = [Candidate(code, "", province, "", CommuneKind.XA.value, (), lat, lon)
             for code, lat, lon, province in key]
    seats = {code: (s.latitude, s.longitude) for code, s in basemap.seats().items()}
    return measure(cands, seats, basemap.border_lines())


def measures_for(cands: Sequence[Candidate]) -> Measures:
    """Geodesic distances of the candidates to their seat, to Hà Nội and to the land border."""
    return _measures(tuple((c.code, c.latitude, c.longitude, c.province_code) for c in cands))


def past_hosts(session: Session, campaign: Campaign, past_campaigns: int) -> dict[str, int]:
    """How many of the ``past_campaigns`` campaigns before ``campaign`` each commune hosted a site in."""
    if past_campaigns <= 0:
        return {}
    stmt = (select(Site.commune_code).join(Campaign, Site.campaign_id == Campaign.id)
            .where(Campaign.year < campaign.year, Campaign.year >= campaign.year - past_campaigns))
    counts: dict[str, int] = {}
    for code in session.scalars(stmt):
        counts[code] = counts.get(code, 0) + 1
    return counts


@dataclass(frozen=True)
class SelectionResult:
    """A selection run: the settings used, every candidate's score and the chosen set."""

    campaign_year: int
    settings: Settings
    constraints: Constraints
    scored: Scored
    selection: Selection

    @property
    def chosen_codes(self) -> list[str]:
        return [self.scored.candidates[i].code for i in self.selection.chosen]

    def priority_count(self) -> int:
        """How many chosen sites lie in a priority region (Tây Bắc, Tây Nguyên, Tây Nam Bộ)."""
        return sum(1 for i in self.selection.chosen
                   if set(self.scored.candidates[i].regions) & set(PRIORITY_REGIONS))

    def explain(self, code: str) -> list[Reason]:
        """Why ``code`` is chosen (what binds it) or not (what keeps it out)."""
        index = self.scored.index()
        if code not in index:
            raise ValidationError("selection_unknown_commune", code=code)
        i = index[code]
        chosen = list(self.selection.chosen)
        if i in chosen:
            return explain_chosen(self.scored, chosen, i, self.constraints)
        return explain_rejected(self.scored, chosen, i, self.constraints)

    def to_json(self, *, with_reasons: bool = False) -> dict[str, Any]:
        """Everything needed to re-check the optimum independently (CLI ``--json``)."""
        sel = self.selection
        settings = self.settings.to_json()
        settings["locked"] = sorted(self.constraints.locked)
        settings["excluded"] = sorted(self.constraints.excluded)
        out: dict[str, Any] = {
            "campaign_year": self.campaign_year, "chosen": self.chosen_codes,
            "objective": round(sel.objective, 6), "status": sel.status,
            "gap": round(sel.gap, 6) if math.isfinite(sel.gap) else None,  # None: no bound proven
            "bound": round(sel.bound, 6) if math.isfinite(sel.bound) else None,
            "solve_seconds": round(sel.solve_seconds, 3), "settings": settings,
            "stats": {k: (round(v, 4) if isinstance(v, float) else v) for k, v in sel.stats.items()},
            "candidates": [],
        }
        for c, s, lines in zip(self.scored.candidates, self.scored.scores, self.scored.breakdowns):
            out["candidates"].append({
                "code": c.code, "name": c.name, "province": c.province, "province_code": c.province_code,
                "kind": c.kind, "regions": list(c.regions), "latitude": c.latitude, "longitude": c.longitude,
                "score": round(s, 6), "breakdown": [line.to_json() for line in lines]})
        if with_reasons:
            # "reasons": the chosen sites (in chosen order); "rejected_reasons": every other candidate.
            out["reasons"] = {code: [r.to_json() for r in self.explain(code)] for code in self.chosen_codes}
            chosen = set(self.selection.chosen)
            out["rejected_reasons"] = {
                c.code: [r.to_json() for r in explain_rejected(self.scored, list(self.selection.chosen), i,
                                                               self.constraints)]
                for i, c in enumerate(self.scored.candidates) if i not in chosen}
        return out


def constraints_for(session: Session, campaign: Campaign, settings: Settings) -> Constraints:
    """The optimiser's constraints; with ``keep_existing`` the campaign's sites are locked in."""
    locked = set(settings.locked)
    if settings.keep_existing:
        locked |= set(session.scalars(select(Site.commune_code).where(Site.campaign_id == campaign.id)))
    return Constraints(count=settings.count, max_per_province=settings.max_per_province,
                       min_spacing_km=settings.min_spacing_km, region_minimums=dict(settings.region_minimums),
                       locked=frozenset(locked), excluded=frozenset(settings.excluded),
                       time_limit_s=settings.time_limit_s)


def score_candidates(session: Session, campaign: Campaign, settings: Settings) -> Scored:
    """Every candidate's score and breakdown under ``settings``."""
    from festival_planner.geo.scoring import score

    cands = candidates(session)
    weights = Weights(dict(settings.weights), dict(settings.region_weights), settings.past_campaigns)
    return score(cands, measures_for(cands), weights, past_hosts(session, campaign, settings.past_campaigns))


def campaign_scores(session: Session, campaign_id: uuid.UUID, settings: Settings | None = None) -> Scored:
    """Every commune's score under the campaign's saved settings (or ``settings``), for the map."""
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    settings = validate(settings) if settings is not None else get_settings(session, campaign_id)[0]
    return score_candidates(session, campaign, settings)


def run_selection(session: Session, campaign_id: uuid.UUID, settings: Settings | None = None,
                  stage: Callable[[str], None] | None = None,
                  should_stop: Callable[[], bool] | None = None, *, hint: Sequence[str] | None = None,
                  time_limit_s: float | None = None,
                  progress: Callable[[float | None, float | None], None] | None = None) -> SelectionResult:
    """Score every commune and choose the best set (``settings`` default to the campaign's saved ones).

    The rules that need no scores (``check_limits``) are checked first: an impossible count, quota,
    spacing or region minimum is refused before the 3,321 communes are scored.

    ``stage("score")`` and ``stage("solve")`` announce each step (a background job reports progress
    and may stop the work there by raising); ``should_stop`` interrupts the solver (``geo.stop.Stopped``);
    ``progress(incumbent, bound)`` follows the search. To keep searching from an earlier answer, pass
    its codes as ``hint`` and a larger work limit as ``time_limit_s``."""
    from festival_planner.geo.optimiser import solve

    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    settings = check_limits(settings if settings is not None else get_settings(session, campaign_id)[0])
    if stage is not None:
        stage("score")
    scored = score_candidates(session, campaign, settings)
    constraints = constraints_for(session, campaign, settings)
    if stage is not None:
        stage("solve")
    limited = constraints if time_limit_s is None else replace(constraints, time_limit_s=time_limit_s)
    return SelectionResult(campaign.year, settings, constraints, scored,
                           solve(scored, limited, hint=hint, should_stop=should_stop, progress=progress))


def spread_dates(campaign: Campaign, count: int, policy: str = "spread") -> list[dt.date]:
    """Dates for ``count`` new sites: "spread" puts about 30 % in July (from a week into the window)
    and the rest from 1 August to the festival day; "festival_day" puts all on the day itself."""
    if policy not in DATE_POLICIES:
        raise ValidationError("selection_bad_date_policy", policy=policy)
    if policy == "festival_day" or count == 0:
        return [campaign.festival_day] * count
    first = min(campaign.window_start + dt.timedelta(days=7), campaign.festival_day)
    august = max(first, min(dt.date(campaign.year, 8, 1), campaign.festival_day))
    last = min(campaign.festival_day, campaign.window_end)
    dates = []
    for k in range(count):
        f = (k + 0.5) / count
        lo, hi, g = (first, august, f / 0.3) if f < 0.3 else (august, last, (f - 0.3) / 0.7)
        day = lo + dt.timedelta(days=round(g * (hi - lo).days))
        dates.append(min(max(day, campaign.window_start), campaign.window_end))
    return dates


def accept(session: Session, campaign_id: uuid.UUID, codes: Sequence[str],
           date_policy: str = "spread") -> list[sites.SiteRow]:
    """Add the chosen communes to the campaign as proposed sites, in the caller's one transaction.

    Communes already in the campaign are left as they are. Returns the new sites (for undo).
    """
    campaign = rows.load(session, Campaign, campaign_id, "unknown_campaign_id")
    existing = set(session.scalars(select(Site.commune_code).where(Site.campaign_id == campaign.id)))
    new = [code for code in dict.fromkeys(normal_commune_code(c) for c in codes) if code not in existing]
    if not codes:
        raise ValidationError("selection_nothing_to_accept")
    # North to south, so that the calendar runs down the country.
    lat = {c.code: c.latitude or 0.0 for c in session.scalars(select(Commune).where(Commune.code.in_(new))).unique()}
    new.sort(key=lambda code: -lat.get(code, 0.0))
    dates = spread_dates(campaign, len(new), date_policy)
    return [sites.add_site(session, campaign.id, code, date, notes="Đề xuất từ bộ chọn điểm")
            for code, date in zip(new, dates)]


def region_codes() -> list[str]:
    """Region codes a person can give minimums or weights for."""
    return [r.code for r in ALL_REGIONS]


@dataclass(frozen=True)
class Comparison:
    """Two selections side by side: communes in both, only in A, only in B; totals; counts per region."""

    both: tuple[str, ...]
    only_a: tuple[str, ...]
    only_b: tuple[str, ...]
    total_a: float
    total_b: float
    regions: Mapping[str, tuple[int, int]]  # region code -> (count in A, count in B)


def compare(a: SelectionResult, b: SelectionResult) -> Comparison:
    """Compare scenario ``a`` with scenario ``b`` (codes in chosen order; regions with any site)."""
    codes_a, codes_b = a.chosen_codes, b.chosen_codes
    set_a, set_b = set(codes_a), set(codes_b)
    regions: dict[str, list[int]] = {}
    for k, result in enumerate((a, b)):
        for i in result.selection.chosen:
            for region in result.scored.candidates[i].regions:
                regions.setdefault(region, [0, 0])[k] += 1
    order = {r.code: n for n, r in enumerate(ALL_REGIONS)}
    return Comparison(tuple(c for c in codes_a if c in set_b), tuple(c for c in codes_a if c not in set_b),
                      tuple(c for c in codes_b if c not in set_a), a.selection.objective, b.selection.objective,
                      {r: (v[0], v[1]) for r, v in sorted(regions.items(), key=lambda kv: order.get(kv[0], 99))})
