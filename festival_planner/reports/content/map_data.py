"""What the overview's own map shows, as plain data (no Qt): each site of the campaign where its commune
is, numbered as in the overview's table of sites, with its readiness and its readiness class.

``reports.site_map`` paints these points over the country's basemap (QtGui only, so the command line
draws it offscreen as well as the window)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

# Readiness classes: (lowest readiness, colour, legend text), highest first. Colour-blind safe enough
# (red–orange–green differ in lightness too) and each marker carries its number besides.
READINESS_CLASSES: tuple[tuple[float, str, str], ...] = (
    (1.0, "#1a7f3c", "Hoàn thành (100 %)"),
    (0.8, "#7cc45a", "Từ 80 % đến dưới 100 %"),
    (0.5, "#f29a2e", "Từ 50 % đến dưới 80 %"),
    (0.0, "#d7301f", "Dưới 50 %"),
)
CANCELLED = ("#8c8c8c", "Đã hủy")


@dataclass(frozen=True)
class SitePoint:
    """A site on the overview's map."""

    number: int  # its row in the overview's table of sites
    label: str  # the commune's short name
    province: str
    latitude: float
    longitude: float
    readiness: float
    cancelled: bool = False

    @property
    def colour(self) -> str:
        return CANCELLED[0] if self.cancelled else readiness_colour(self.readiness)


def readiness_colour(readiness: float) -> str:
    """The colour of a readiness (0–1) on the map and in its legend."""
    return next(colour for low, colour, _ in READINESS_CLASSES if readiness >= low - 1e-9)


def campaign_site_points(session: Session, year: int, as_of: dt.date | None = None) -> list[SitePoint]:
    """The campaign's sites with known coordinates, numbered in the order of the overview's table
    (date, province, commune), coloured by readiness as of ``as_of`` (default today)."""
    from festival_planner.domain.enums import SiteStatus
    from festival_planner.services import campaigns, sites
    from festival_planner.services.progress import campaign_progress

    campaign = campaigns.get_campaign(session, year)
    shown = campaign_progress(session, campaign.id, as_of or dt.date.today())
    places = {row.id: row.commune for row in sites.list_sites(session, campaign.id)}
    points = []
    ordered = sorted(shown.sites, key=lambda s: (s.date, s.province, s.commune_name))
    for number, site in enumerate(ordered, 1):
        commune = places.get(site.site_id)
        if commune is None or commune.latitude is None or commune.longitude is None:
            continue
        points.append(SitePoint(number, commune.short_name or commune.name, site.province, commune.latitude,
                                commune.longitude, site.readiness, site.status is SiteStatus.CANCELLED))
    return points
