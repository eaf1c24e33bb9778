"""Site selection speed on all 3,321 communes (default weights, at most 2 per province): our model
(bound-proven candidate reduction + greedy warm start) next to the plain pairwise HiGHS model and the
greedy alone, measured in the same run, for N = 25…30 at 40 and 60 km.

(Named select_sites.py, not select.py: a script's folder comes first on the import path, and a
``select.py`` there hides the standard library's ``select`` from every benchmark in the folder.)

    python benchmarks/select_sites.py [--counts 25,28,30] [--km 40,60] [--time-limit 120]
"""

from __future__ import annotations

import argparse
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="25,26,27,28,29,30")
    parser.add_argument("--km", default="40,60")
    parser.add_argument("--time-limit", type=float, default=120.0)
    args = parser.parse_args()
    from festival_planner.geo import basemap
    from festival_planner.geo.optimiser import Constraints, _prepare, greedy, solve
    from festival_planner.geo.scoring import Candidate, Weights, measure, score
    from festival_planner.store.gazetteer import read_source

    provinces, communes = read_source()
    names = {p["code"]: p["short_name"] for p in provinces}
    cands = [Candidate(c["code"], c["name"], c["province_code"], names[c["province_code"]], c["kind"].value,
                       tuple(c["regions"]), c["latitude"], c["longitude"], c["area_km2"]) for c in communes]
    start = time.perf_counter()
    seats = {code: (s.latitude, s.longitude) for code, s in basemap.seats().items()}
    scored = score(cands, measure(cands, seats, basemap.border_lines()), Weights())
    print(f"scoring {len(cands)} communes (geodesic to seat, Hà Nội, border): {time.perf_counter() - start:.2f} s")
    print(f"{'km':>3} {'N':>3} | {'ours s':>7} {'kept':>5} {'rows':>7} {'objective':>10} {'gap':>6} | "
          f"{'plain s':>7} {'rows':>7} {'objective':>10} {'gap':>6} | {'greedy s':>8} {'objective':>10} {'loss %':>6}")
    for km in (float(x) for x in args.km.split(",")):
        for n in (int(x) for x in args.counts.split(",")):
            c = Constraints(count=n, max_per_province=2, min_spacing_km=km, time_limit_s=args.time_limit)
            ours = solve(scored, c)
            plain = solve(scored, c, reduce=False, warm_start=False)
            t = time.perf_counter()
            picked = greedy(_prepare(scored, c)) or []
            greedy_s = time.perf_counter() - t
            g_obj = sum(scored.scores[i] for i in picked)
            best = max(ours.objective, plain.objective)
            print(f"{km:3.0f} {n:3d} | {ours.solve_seconds:7.2f} {ours.stats.get('after_bound', '-'):>5} "
                  f"{ours.stats['spacing_rows']:7d} {ours.objective:10.4f} {ours.gap:6.4f} | "
                  f"{plain.solve_seconds:7.2f} {plain.stats['spacing_rows']:7d} {plain.objective:10.4f} "
                  f"{plain.gap:6.4f} | {greedy_s:8.2f} {g_obj:10.4f} {100 * (best - g_obj) / best:6.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
