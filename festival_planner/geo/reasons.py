"""Why a commune is in the chosen set, or why it is out — as codes and parameters, never sentences.

Each reason is a ``Reason(code, params)``; the texts live in ``domain/messages/selection.py``.
Distances shown are geodesic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from festival_planner.domain.regions import region_name
from festival_planner.geo.distance import geodesic_many_km
from festival_planner.geo.optimiser import Constraints
from festival_planner.geo.scoring import Scored


@dataclass(frozen=True)
class Reason:
    """One reason: a message code and its parameters."""

    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """``{"code": <reason code>, **params}``; a parameter never replaces the reason code (a commune's
        code travels as ``site_code``)."""
        params = {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.params.items()}
        if "code" in params:
            params["site_code"] = params.pop("code")
        return {"code": self.code, **params}

    def text(self, language: str | None = None) -> str:
        """The reason as a sentence in ``language`` (default: the current one): kilometres with one
        decimal and scores with two, as the language writes numbers ("20,4 km" in Vietnamese); a
        count of one takes the singular text (``<code>_one``) where the catalogue has it."""
        from festival_planner.domain import messages
        from festival_planner.domain.values import format_number

        if language is None:
            language = messages.current_language()
        shown: dict[str, Any] = {}
        for key, value in self.params.items():
            if key == "min_km" and isinstance(value, (int, float)):
                shown[key] = format_number(value, 0 if float(value).is_integer() else 1, language=language)
            elif key in _PLACES and isinstance(value, (int, float)) and not isinstance(value, bool):
                shown[key] = format_number(value, _PLACES[key], language=language)
            else:
                shown[key] = value
        code = self.code
        if self.params.get("count") == 1 and messages.render(code + "_one", language=language) != code + "_one":
            code += "_one"
        return messages.render(code, shown, language)


_PLACES = {"km": 1, "score": 2, "site_score": 2, "total": 0, "count": 0}


def _near(scored: Scored, i: int, others: Sequence[int], km: float) -> list[int]:
    """``others`` that may lie within ``km`` of ``i`` (a vectorised screen before exact geodesics)."""
    import numpy as np

    from festival_planner.geo.distance import lambert_km

    if not others:
        return []
    a = scored.candidates[i]
    lat = np.array([scored.candidates[j].latitude for j in others])
    lon = np.array([scored.candidates[j].longitude for j in others])
    d = lambert_km(a.latitude, a.longitude, lat, lon)
    return [j for j, km_j in zip(others, d.tolist()) if km_j < km + 1.0]


def _distances(scored: Scored, i: int, others: Sequence[int]) -> list[float]:
    a = scored.candidates[i]
    return geodesic_many_km([a.latitude] * len(others), [a.longitude] * len(others),
                            [scored.candidates[j].latitude for j in others],
                            [scored.candidates[j].longitude for j in others])


def explain_chosen(scored: Scored, chosen: Sequence[int], i: int, constraints: Constraints) -> list[Reason]:
    """Why a chosen site is in: always its score and its rank among all candidates (so that no chosen
    site is left without a reason), then the constraints that bind it: locked, its province's quota,
    a region minimum at its limit, and the better-scoring candidates it keeps out by spacing."""
    cand = scored.candidates[i]
    rank = 1 + sum(1 for j, s in enumerate(scored.scores) if s > scored.scores[i] and j != i)
    reasons: list[Reason] = [Reason("reason_score", {"score": scored.scores[i], "rank": rank,
                                                     "total": len(scored.candidates)})]
    if cand.code in constraints.locked:
        reasons.append(Reason("reason_locked"))
    same = [j for j in chosen if scored.candidates[j].province_code == cand.province_code]
    if len(same) >= constraints.max_per_province:
        reasons.append(Reason("reason_province_quota_reached", {
            "province": cand.province, "max_per_province": constraints.max_per_province}))
    for region, minimum in sorted(constraints.region_minimums.items()):
        if minimum > 0 and region in cand.regions:
            count = sum(1 for j in chosen if region in scored.candidates[j].regions)
            if count == minimum:
                reasons.append(Reason("reason_region_minimum_tight",
                                      {"region": region_name(region), "minimum": minimum}))
    chosen_set = set(chosen)
    better = [j for j in range(len(scored.candidates)) if j not in chosen_set
              and scored.scores[j] > scored.scores[i] and scored.candidates[j].code not in constraints.excluded]
    better = _near(scored, i, better, constraints.min_spacing_km)
    if better and constraints.min_spacing_km > 0:
        d = _distances(scored, i, better)
        blocked = sorted((km, j) for km, j in zip(d, better) if km < constraints.min_spacing_km)
        if blocked:
            km, j = blocked[0]
            reasons.append(Reason("reason_blocks_nearby", {
                "count": len(blocked), "example": scored.candidates[j].name, "km": km,
                "min_km": constraints.min_spacing_km}))
    return reasons


def explain_rejected(scored: Scored, chosen: Sequence[int], i: int, constraints: Constraints) -> list[Reason]:
    """Why candidate ``i`` is not chosen: excluded, spacing conflicts (site and km), its province's
    quota full, or a lower score than the chosen site it would replace."""
    cand = scored.candidates[i]
    if cand.code in constraints.excluded:
        return [Reason("reason_excluded")]
    reasons: list[Reason] = []
    others = [j for j in chosen if j != i]
    near = _near(scored, i, others, constraints.min_spacing_km)
    d = _distances(scored, i, near)
    for km, j in sorted(zip(d, near)):
        if km < constraints.min_spacing_km:
            reasons.append(Reason("reason_spacing_conflict", {
                "site": scored.candidates[j].name, "site_code": scored.candidates[j].code, "km": km,
                "min_km": constraints.min_spacing_km}))
    same = [j for j in others if scored.candidates[j].province_code == cand.province_code]
    if len(same) >= constraints.max_per_province:
        reasons.append(Reason("reason_province_quota_full", {
            "province": cand.province, "max_per_province": constraints.max_per_province,
            "sites": [scored.candidates[j].name for j in same]}))
    replaceable = [j for j in others if scored.candidates[j].code not in constraints.locked]
    if replaceable:
        weakest = min(replaceable, key=lambda j: scored.scores[j])
        if scored.scores[i] <= scored.scores[weakest]:
            reasons.append(Reason("reason_lower_score", {
                "score": scored.scores[i], "site": scored.candidates[weakest].name,
                "site_score": scored.scores[weakest]}))
        elif not reasons:
            # Better than a chosen site and free of conflicts: only the set as a whole keeps it out
            # (region minimums, or a swap that would break spacing elsewhere).
            reasons.append(Reason("reason_set_better", {"score": scored.scores[i],
                                                        "site": scored.candidates[weakest].name,
                                                        "site_score": scored.scores[weakest]}))
    return reasons
