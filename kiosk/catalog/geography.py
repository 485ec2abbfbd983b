"""The map's geometry, without Qt: projection, label points and touch hit-testing.

Districts are projected equirectangularly onto a plane, X = lon · cos(mean latitude) and
Y = lat, which keeps Uttar Pradesh's shapes true to within a few per cent. A `View` maps that
plane to screen pixels (uniform scale, y downwards); zooming and panning make new views.

Touch rule (`DistrictGeometry.district_at`), `r` = half of `min_touch_px` in screen pixels:
1. a tap inside a *small* district's polygon picks it; a district is small at a view when
   the disc of radius `r` around its label point does not fit inside its polygon;
2. else a tap within `r` of a small district's label point picks the nearest such district,
   so every district has a touch area at least `min_touch_px` across, taken from its
   neighbours' edges only while it is too small to touch by itself;
3. else a tap inside a polygon picks it (where simplified borders overlap, the district
   whose border is farther away);
4. else (a sliver between two simplified borders, or just outside the state) the district
   with the nearest border within `r`; farther out, nothing.
"""

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import polylabel

from kiosk.catalog.outlines import Ring

MIN_TOUCH_PX = 48  # the kiosk's touch rule (DESIGN.md)


@dataclass(frozen=True)
class View:
    """Plane → screen: x = left + (X - x0) · scale, y = top + (y0 - Y) · scale."""

    scale: float  # pixels per plane unit (one degree of latitude)
    x0: float
    y0: float
    left: float = 0.0
    top: float = 0.0

    def to_screen(self, px: float, py: float) -> tuple[float, float]:
        return self.left + (px - self.x0) * self.scale, self.top + (self.y0 - py) * self.scale

    def to_plane(self, x: float, y: float) -> tuple[float, float]:
        return self.x0 + (x - self.left) / self.scale, self.y0 - (y - self.top) / self.scale

    def zoomed(self, factor: float, x: float, y: float) -> "View":
        """This view magnified `factor` times about the screen point (x, y)."""
        px, py = self.to_plane(x, y)
        scale = self.scale * factor
        return View(
            scale, px - (x - self.left) / scale, py + (y - self.top) / scale, self.left, self.top
        )


class DistrictGeometry:
    """The districts' outlines on the plane, their label points, and hit-testing."""

    def __init__(self, outlines: Mapping[str, Ring]):
        rings = {code: ring for code, ring in outlines.items() if len(ring) >= 4}
        lats = [lat for ring in rings.values() for _, lat in ring]
        self.kx = math.cos(math.radians((min(lats) + max(lats)) / 2)) if lats else 1.0
        self.codes = sorted(rings)
        self.polygons = np.array(
            [
                shapely.make_valid(Polygon([(lon * self.kx, lat) for lon, lat in rings[c]]))
                for c in self.codes
            ]
        )
        shapely.prepare(self.polygons)
        self.boundaries = shapely.boundary(self.polygons)
        labels = [
            polylabel(p, tolerance=0.002) if p.geom_type == "Polygon" else p.representative_point()
            for p in self.polygons
        ]
        self.label_points = np.array([(pt.x, pt.y) for pt in labels]).reshape(-1, 2)
        # how far each label point lies from its own border: the inscribed radius
        self.inradius = shapely.distance(self.boundaries, shapely.points(self.label_points))
        self.bounds = (
            tuple(float(b) for b in shapely.total_bounds(self.polygons))
            if self.codes
            else (0.0, 0.0, 1.0, 1.0)
        )

    def to_plane(self, lon: float, lat: float) -> tuple[float, float]:
        return lon * self.kx, lat

    def fit(self, left: float, top: float, width: float, height: float, padding: float = 0) -> View:
        """The view showing every district, as large as fits, centred in the rectangle."""
        minx, miny, maxx, maxy = self.bounds
        scale = min((width - 2 * padding) / (maxx - minx), (height - 2 * padding) / (maxy - miny))
        cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
        return View(scale, cx - (width / 2) / scale, cy + (height / 2) / scale, left, top)

    def label_point(self, code: str) -> tuple[float, float]:
        x, y = self.label_points[self.codes.index(code)]
        return float(x), float(y)

    def label_box(self, code: str) -> tuple[float, float]:
        """Width and height (plane units) of the horizontal and vertical runs of the
        polygon through the label point: room for a name, centred on that point."""
        i = self.codes.index(code)
        x, y = self.label_points[i]
        polygon = self.polygons[i]
        minx, miny, maxx, maxy = polygon.bounds
        across = polygon.intersection(shapely.LineString([(minx - 1, y), (maxx + 1, y)]))
        down = polygon.intersection(shapely.LineString([(x, miny - 1), (x, maxy + 1)]))
        return 2 * _half_run(across, x, 0), 2 * _half_run(down, y, 1)

    def district_at(
        self, x: float, y: float, view: View, min_touch_px: float = MIN_TOUCH_PX
    ) -> str | None:
        """The district a tap at screen point (x, y) picks under `view` (rule: module doc)."""
        if not self.codes:
            return None
        px, py = view.to_plane(x, y)
        reach = (min_touch_px / 2) / view.scale
        inside = shapely.contains_xy(self.polygons, px, py)
        small = self.inradius < reach
        hits = np.flatnonzero(inside & small)
        if hits.size:
            return str(self.codes[int(hits[np.argmin(self.inradius[hits])])])
        to_label = np.hypot(self.label_points[:, 0] - px, self.label_points[:, 1] - py)
        near = np.flatnonzero(small & (to_label <= reach))
        if near.size:
            return str(self.codes[int(near[np.argmin(to_label[near])])])
        point = shapely.Point(px, py)
        to_border = shapely.distance(self.boundaries, point)
        hits = np.flatnonzero(inside)
        if hits.size:
            return str(self.codes[int(hits[np.argmax(to_border[hits])])])
        nearest = int(np.argmin(to_border))
        return str(self.codes[nearest]) if to_border[nearest] <= reach else None


def _half_run(geometry: BaseGeometry, centre: float, axis: int) -> float:
    """Half the length of the part of `geometry` (line pieces) that contains `centre`,
    measured to its nearer end."""
    pieces = getattr(geometry, "geoms", [geometry])
    for piece in pieces:
        if piece.is_empty or piece.geom_type != "LineString":
            continue
        ends = sorted(c[axis] for c in piece.coords)
        if ends[0] - 1e-9 <= centre <= ends[-1] + 1e-9:
            return float(min(centre - ends[0], ends[-1] - centre))
    return 0.0
