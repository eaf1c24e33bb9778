"""Clique rows for the spacing constraint: at wide spacings the conflict graph is dense and its
pairwise rows ("not both") are many and weak. Every commune ``i`` gives one *neighbourhood clique*:
the communes within just under half the spacing of ``i`` are pairwise closer than the spacing (the
geodesic distance is a metric), so at most one of them can be chosen; the clique is then grown to a
maximal one with communes in conflict with all its members, nearest first. Every member pair is
checked against the exact conflict graph, so a row never forbids an allowed pair. Pairs that no
clique covers keep their pairwise row. Measured at 80–150 km on the 3,321 communes: 0.39–0.96 M
pairwise rows become ~2,600–2,800 clique rows and ~6,300–7,000 pairs (see the README's figures).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

RADIUS_FACTOR = 0.495  # of the spacing: half of it, less a margin for the approximate distance used here
GROW_LIMIT = 64  # members added to a neighbourhood clique at most


@dataclass(frozen=True)
class ConflictRows:
    """The spacing rows over local indices ``0..n-1``: cliques (at most one member chosen) and the
    pairs no clique covers. ``pairs`` counts every conflicting pair."""

    cliques: list[NDArray[np.intp]]
    rest: list[tuple[int, int]]
    pairs: int


def conflict_rows(lat: NDArray[np.float64], lon: NDArray[np.float64], km: float,
                  *, use_cliques: bool = True, check_stop: Callable[[], None] | None = None) -> ConflictRows:
    """The spacing rows among the points (geodesic conflict graph: pairs closer than ``km``);
    ``check_stop`` is called now and then (it raises to stop: a Cancel button)."""
    import numpy as np

    from festival_planner.geo.distance import conflict_matrix, pairs_within_km

    n = len(lat)
    if km <= 0 or n < 2:
        return ConflictRows([], [], 0)
    a, b, d = pairs_within_km(lat, lon, km)
    if not use_cliques or len(a) == 0:
        return ConflictRows([], list(zip(a.tolist(), b.tolist())), len(a))
    adj = conflict_matrix(lat, lon, km)
    np.fill_diagonal(adj, True)  # a point "meets" itself: a clique's members are then in every row
    packed = np.packbits(adj, axis=1)  # rows as bitsets: a clique's common neighbours by AND
    np.fill_diagonal(adj, False)
    # neighbours of each point, nearest first (one sort: distances are below 10,000 km)
    src = np.concatenate((a, b))
    dst = np.concatenate((b, a))
    dd = np.concatenate((d, d))
    order = np.argsort(src * 1e4 + dd, kind="stable")
    src, dst, dd = src[order], dst[order], dd[order]
    bounds = np.searchsorted(src, np.arange(n + 1))
    covered = np.zeros_like(packed)  # bit (i, j): the pair is in a clique row
    seen: set[bytes] = set()
    cliques: list[NDArray[np.intp]] = []
    radius = RADIUS_FACTOR * km
    for i in range(n):
        if check_stop is not None and i % 32 == 0:
            check_stop()
        nb, nd = dst[bounds[i]:bounds[i + 1]], dd[bounds[i]:bounds[i + 1]]
        if len(nb) < 2 or np.unpackbits(covered[i], count=n).astype(np.bool_)[nb].all():
            continue  # every conflict of i is in a row already
        members = [i] + nb[nd < radius].tolist()
        m = np.asarray(members, dtype=np.intp)
        mask = _bits(n, m)
        together = np.bitwise_and.reduce(packed[m], axis=0)  # rows include the point itself
        if np.array_equal(together & mask, mask):  # pairwise in conflict: common neighbours
            common = np.unpackbits(together & ~mask, count=n).astype(np.bool_)[nb]
        else:  # the approximate radius let a non-conflicting pair in: keep i and its nearest
            members = [i]
            common = np.ones(len(nb), dtype=np.bool_)
        for _ in range(GROW_LIMIT):
            fits = nb[common]
            if len(fits) == 0:
                break
            j = int(fits[0])  # nearest to i first
            members.append(j)
            common &= adj[j, nb]
        if len(members) < 3:
            continue
        m = np.asarray(sorted(members), dtype=np.intp)
        key = m.tobytes()
        if key in seen:
            continue
        seen.add(key)
        cliques.append(m)
        covered[m] |= _bits(n, m)
    keep = ~np.unpackbits(covered, axis=1, count=n).astype(np.bool_)[a, b]
    return ConflictRows(cliques, list(zip(a[keep].tolist(), b[keep].tolist())), len(a))


def _bits(n: int, members: NDArray[np.intp]) -> NDArray[np.uint8]:
    """``members`` of ``0..n-1`` as a packed bitset."""
    import numpy as np

    row = np.zeros(n, dtype=np.bool_)
    row[members] = True
    return np.packbits(row)
