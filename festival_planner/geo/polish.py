"""Swap moves on a feasible selection: take one, two or three sites out and put as many others in, the
best such move each round, while it raises the total (a deterministic local search: no clock, no
random). Three sites go out together only when they are neighbours (they block common candidates).

Why: at the widest spacings the search's deterministic work limit can end a few tenths below the
optimum with a set that differs from it in two or three sites (measured at 150 km, N = 25: 142.473
against the optimum 143.540, two sites apart). These exchanges are looked at exactly, so such an
answer is lifted in well under a second; CP-SAT's neighbourhood search samples neighbourhoods and
can miss the one that matters within its work (README "Site selector").

A move keeps every constraint: the count, locks (never taken out), the province quota, the region
minimums and the spacing (the search's own conflict graph). Only candidates ``p.allowed`` come in.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from festival_planner.geo.stop import check_stop

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

EPS = 1e-7
MAX_ROUNDS = 200  # each round raises the total; this only bounds a pathological case


def improve(p: Any, chosen: Sequence[int], near: Neighbours | None = None) -> list[int]:
    """``chosen`` (feasible, indices into the candidates) after the best improving swaps; the same
    list when none improves. ``p``: the optimiser's problem (``check_stop`` is asked between moves);
    ``near``: its conflict graph, when already made (``Neighbours(p)``)."""
    import numpy as np

    current = list(chosen)
    allowed = np.asarray(p.allowed, dtype=np.intp)
    near = Neighbours(p) if near is None else near
    for _ in range(MAX_ROUNDS):
        check_stop(p)
        move = _best_move(p, current, allowed, near)
        if move is None:
            break
        out, come_in = move
        current = [i for i in current if i not in out] + come_in
    return current


class Neighbours:
    """The spacing's conflict graph over the allowed candidates, exactly the search's rows' (the
    conflicting pairs are computed once per selection and remembered: ``distance.pairs_within_km``)."""

    def __init__(self, p: Any) -> None:
        import numpy as np

        from festival_planner.geo.distance import conflict_matrix

        allowed = np.asarray(p.allowed, dtype=np.intp)
        self.matrix = conflict_matrix(p.lat[allowed], p.lon[allowed], p.constraints.min_spacing_km)
        self.position = np.full(len(p.scores), -1, dtype=np.intp)
        self.position[allowed] = np.arange(len(allowed))

    def near(self, j: int, others: NDArray[np.intp]) -> NDArray[np.bool_]:
        """For each of ``others`` (allowed candidates): closer than the spacing to ``j``."""
        return self.matrix[self.position[j], self.position[others]]


def _best_move(p: Any, current: list[int], allowed: NDArray[np.intp],
               near: Neighbours) -> tuple[list[int], list[int]] | None:
    """The swap (sites out, sites in) that raises the total most, or None."""
    import numpy as np

    c = p.constraints
    scores = p.scores
    inside = np.zeros(len(scores), dtype=np.bool_)
    inside[current] = True
    outside = allowed[~inside[allowed]]
    hit = np.stack([near.near(i, outside) for i in current])  # (site, candidate)
    n_hit = hit.sum(axis=0)
    locked = set(p.locked)
    removable = [k for k, i in enumerate(current) if i not in locked]
    used: dict[int, int] = defaultdict(int)
    for i in current:
        used[int(p.province[i])] += 1
    used_arr = np.zeros(int(p.province.max()) + 1, dtype=np.intp)
    for province, n in used.items():
        used_arr[province] = n
    regions = [(members, minimum) for r, minimum in sorted(c.region_minimums.items()) if minimum > 0
               for members in [p.region_members[r]]]
    have = [int(members[current].sum()) for members, _ in regions]
    free = outside[n_hit == 0]
    free = free[np.lexsort((free, -scores[free]))]  # best first, the index breaking ties
    free_scores = scores[free]
    top = float(free_scores[0]) if len(free) else -np.inf
    # The candidates that up to three sites' leaving would free, by those sites' positions in ``current``.
    freed: dict[tuple[int, ...], list[int]] = defaultdict(list)
    few = np.flatnonzero((n_hit >= 1) & (n_hit <= 3))
    cols, sites = np.nonzero(hit[:, few].T)  # by column, each column's sites in order
    blockers: dict[int, list[int]] = defaultdict(list)
    for col, k in zip(cols.tolist(), sites.tolist()):
        blockers[col].append(k)
    for col, ks in blockers.items():
        freed[tuple(ks)].append(int(outside[few[col]]))

    def fits(out: Sequence[int], come_in: Sequence[int]) -> bool:
        counts = dict(used)
        for i in out:
            counts[int(p.province[i])] -= 1
        for i in come_in:
            counts[int(p.province[i])] = counts.get(int(p.province[i]), 0) + 1
            if counts[int(p.province[i])] > c.max_per_province:
                return False
        for (members, minimum), n in zip(regions, have):
            if n - sum(int(members[i]) for i in out) + sum(int(members[i]) for i in come_in) < minimum:
                return False
        return True

    def exchange(ks: tuple[int, ...], gain: float) -> tuple[list[int], float, NDArray[np.intp],
                                                             NDArray[np.intp]] | None:
        """For taking out the sites at positions ``ks``: the sites, the total the incoming ones must
        beat to gain more than ``gain``, the candidates that could come in (best first: free once
        ``ks`` are out, a place left in their province, each scoring enough to be part of a winning
        set) and the places left in each one's province; None when no set of them can beat it."""
        out = [current[k] for k in ks]
        more = [i for size in range(1, len(ks) + 1) for key in itertools.combinations(ks, size)
                for i in freed.get(key, [])]
        need = gain + sum(scores[i] for i in out)
        highest = max([top, *(scores[i] for i in more)])
        above = need - (len(ks) - 1) * highest
        opts = free[:int(np.searchsorted(-free_scores, -above, side="left"))]
        if more:
            extra = np.asarray(more, dtype=np.intp)
            opts = np.concatenate([opts, extra[scores[extra] > above]])
            opts = opts[np.lexsort((opts, -scores[opts]))]
        if len(opts) < len(ks) or scores[opts[:len(ks)]].sum() <= need:
            return None
        room = c.max_per_province - used_arr[p.province[opts]]
        for i in out:
            room += (p.province[opts] == p.province[i]).astype(np.intp)
        keep = room >= 1
        return out, need, opts[keep], room[keep]

    best_gain = EPS
    best: tuple[list[int], list[int]] | None = None
    for k in removable:
        found = exchange((k,), best_gain)
        if found is not None:
            out, _, opts, _ = found
            for j in opts.tolist():
                if fits(out, [j]):
                    best_gain, best = scores[j] - scores[out[0]], (out, [j])
                    break
    for a_pos, ka in enumerate(removable):
        check_stop(p)
        for kb in removable[a_pos + 1:]:
            found = exchange((ka, kb), best_gain)
            if found is not None:
                out, need, opts, room = found
                pair = _best_pair(scores, opts, room, p.province, need, near.near, out, fits)
                if pair is not None:
                    best_gain = scores[pair[0]] + scores[pair[1]] - scores[out[0]] - scores[out[1]]
                    best = (out, list(pair))
    # Three sites out, three in: only neighbours (each two block a common candidate, or one links the
    # other two). An exchange of three unlinked sites splits into smaller ones, already looked at.
    linked = (hit.astype(np.int32) @ hit.T.astype(np.int32)) > 0
    for ka, kb, kc in itertools.combinations(removable, 3):
        if int(linked[ka, kb]) + int(linked[ka, kc]) + int(linked[kb, kc]) < 2:
            continue
        check_stop(p)
        found = exchange((ka, kb, kc), best_gain)
        if found is not None:
            out, need, opts, _ = found
            triple = _best_triple(scores, opts, need, near.near, out, fits)
            if triple is not None:
                best_gain = sum(scores[i] for i in triple) - sum(scores[i] for i in out)
                best = (out, list(triple))
    return best


def _best_pair(scores: NDArray[np.float64], options: NDArray[np.intp], room: NDArray[np.intp],
               province: NDArray[np.intp], need: float, near: Callable[[int, NDArray[np.intp]], NDArray[np.bool_]],
               out: list[int], fits: Callable[[Sequence[int], Sequence[int]], bool]) -> tuple[int, int] | None:
    """The two spaced ``options`` (best first) whose scores add up most, above ``need``, that ``fits`` in
    place of ``out`` (``room``: places left in each option's province once ``out`` is out)."""
    import numpy as np

    best: tuple[int, int] | None = None
    for x, j in enumerate(options.tolist()):
        if x + 1 >= len(options) or scores[j] + scores[options[x + 1]] <= need:
            break
        rest = options[x + 1:]
        # Only partners that would beat ``need`` are looked at (the options are best first).
        cut = int(np.searchsorted(-scores[rest], -(need - scores[j]), side="left"))
        if cut == 0:
            continue
        ok = ~near(j, rest[:cut]) & ((province[rest[:cut]] != province[j]) | (room[x + 1:x + 1 + cut] >= 2))
        for y in np.flatnonzero(ok).tolist():
            k = int(rest[y])
            if fits(out, [j, k]):
                need = scores[j] + scores[k]
                best = (j, k)
                break
    return best


def _best_triple(scores: NDArray[np.float64], options: NDArray[np.intp], need: float,
                 near: Callable[[int, NDArray[np.intp]], NDArray[np.bool_]], out: list[int],
                 fits: Callable[[Sequence[int], Sequence[int]], bool]) -> tuple[int, int, int] | None:
    """The three pairwise spaced ``options`` (best first) whose scores add up most, above ``need``,
    that ``fits`` in place of ``out``."""

    best: tuple[int, int, int] | None = None
    for x, j in enumerate(options.tolist()):
        if x + 2 >= len(options) or scores[j] + scores[options[x + 1]] + scores[options[x + 2]] <= need:
            break
        second = options[x + 1:]
        second = second[~near(j, second)]
        for y, k in enumerate(second.tolist()):
            if y + 1 >= len(second) or scores[j] + scores[k] + scores[second[y + 1]] <= need:
                break
            third = second[y + 1:]
            third = third[scores[third] > need - scores[j] - scores[k]]
            for m in third[~near(k, third)].tolist():
                if fits(out, [j, k, m]):
                    need = scores[j] + scores[k] + scores[m]
                    best = (j, k, int(m))
                    break
    return best
