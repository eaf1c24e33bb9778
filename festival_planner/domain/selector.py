"""The site selector's rules, in one place: how many sites a year chooses, the ranges of the other
constraints, and their defaults. The selector's panel, the services' check (made before any
scoring), the CLI and the optimiser's defaults all read these; the priority regions are
``regions.PRIORITY_REGION_CODES`` (the regions flagged ``priority``)."""

from __future__ import annotations

COUNT_RANGE = (25, 30)  # sites a festival year chooses
DEFAULT_COUNT = 28
MAX_PER_PROVINCE_RANGE = (1, 10)
DEFAULT_MAX_PER_PROVINCE = 2
SPACING_RANGE_KM = (0.0, 300.0)  # minimum distance between two chosen sites
DEFAULT_SPACING_KM = 40.0
DEFAULT_PAST_CAMPAIGNS = 3  # how many earlier years count as "hosted recently"
DEFAULT_TIME_LIMIT_S = 30.0
