"""Site selection on all 3,321 communes (the demo's scores: default weights, at most 2 per province):
ours (CP-SAT on the bound-reduced candidates with clique spacing rows, greedy hint, deterministic
work limit) next to two anchors measured in the same run with the same limit: the plain pairwise
HiGHS model and plain OR-Tools CP-SAT (2 workers, pairwise rows, wall-clock limit).

A row is flagged ``!`` when ours is not proven optimal though an anchor is, or its total is below
an anchor's. ``work`` is CP-SAT's deterministic time (the limit that decides, the same on every PC).

(Named select_sites.py, not select.py: a script's folder comes first on the import path, and a
``select.py`` there hides the standard library's ``select`` from every benchmark in the folder.)

    python benchmarks/select_sites.py [--counts 25,28,30] [--km 40,60,80,120,150] [--time-limit 30]
"""

from __future__ import annotations

import argparse
import math
import time
from typing import Any


def _cell(seconds: float, status: str, gap: float, objective: float) -> str:
    g = f"{100 * gap:6.2f}" if math.isfinite(gap) else "     -"
    o = f"{objective:9.3f}" if math.isfinite(objective) else "        -"
    return f"{seconds:7.1f} {status[:8]:>8} {g} {o}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="25,28,30")
    parser.add_argument("--km", default="40,60,80,120,150")
    parser.add_argument("--time-limit", type=float, default=30.0)
    args = parser.parse_args()
    from festival_planner.domain.errors import ValidationError
    from festival_planner.geo import basemap
    from festival_planner.geo.cpsat_engine import solve_cpsat
    from festival_planner.geo.highs_model import solve_highs
    from festival_planner.geo.optimiser import Constraints, _prepare, solve
    from festival_planner.geo.scoring import Candidate, Weights, measure, score
    from festival_planner.store.gazetteer import read_source

    provinces, communes = read_source()
    names = {p["code"]: p["short_name"] for p in provinces}
    cands = [Candidate(c["code"], c["name"], c["province_code"], names[c["province_code"]], c["kind"].value,
                       tuple(c["regions"]), c["latitude"], c["longitude"], c["area_km2"]) for c in communes]
    seats = {code: (s.latitude, s.longitude) for code, s in basemap.seats().items()}
    scored = score(cands, measure(cands, seats, basemap.border_lines()), Weights())
    print(f"limit {args.time_limit:g} (ours: deterministic work units; anchors: wall-clock seconds); "
          "columns: seconds (wall, whole solve), status, gap %, objective")
    print(f"{'km':>3} {'N':>3} | {'ours':^33} {'work':>5} | {'plain HiGHS':^33} | {'CP-SAT 2 workers':^33} | flag",
          flush=True)
    for km in (float(x) for x in args.km.split(",")):
        for n in (int(x) for x in args.counts.split(",")):
            c = Constraints(count=n, max_per_province=2, min_spacing_km=km, time_limit_s=args.time_limit)
            rows: list[tuple[float, str, float, float]] = []
            work: Any = "-"
            for kind in ("ours", "highs", "cpsat"):
                t = time.perf_counter()
                try:
                    if kind == "cpsat":
                        p = _prepare(scored, c)
                        r = solve_cpsat(p, p.allowed, None, work_limit=args.time_limit, use_cliques=False,
                                        workers=2, deterministic=False, wall_limit=args.time_limit)
                        gap = 0.0 if r.status == "optimal" else (
                            (r.bound - r.objective) / r.objective if r.chosen and math.isfinite(r.bound) else math.nan)
                        rows.append((time.perf_counter() - t, r.status, gap, r.objective))
                        continue
                    sel = solve(scored, c) if kind == "ours" else solve_highs(scored, c, reduce=False,
                                                                             warm_start=False)
                    if kind == "ours":
                        work = f"{sel.stats.get('work', 0.0):5.1f}"
                    rows.append((sel.solve_seconds, sel.status, sel.gap, sel.objective))
                except ValidationError as exc:
                    rows.append((time.perf_counter() - t, exc.code.replace("selection_", ""), math.nan, -math.inf))
            ours, anchors = rows[0], rows[1:]
            flag = any((a[1] == "optimal" and ours[1] != "optimal") or a[3] > ours[3] + 1e-6 for a in anchors)
            print(f"{km:3.0f} {n:3d} | {_cell(*ours)} {work:>5} | {_cell(*anchors[0])} | {_cell(*anchors[1])} | "
                  f"{'!' if flag else ''}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
