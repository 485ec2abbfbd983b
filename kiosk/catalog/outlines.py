"""District outlines for the map: read from the GeoJSON source, stored one ring per district.

The source (`assets/catalog/district_outlines.geojson`, see its README for origin and licence)
holds one `Polygon` feature per district with the property `district_code`. The catalogue
keeps each outer ring as compact JSON `[[lon, lat], ...]` in `district_outlines`.
"""

import json
import math
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from shapely.geometry import Point, Polygon

OUTLINES_FILE = "district_outlines.geojson"
HQ_TOLERANCE_KM = 1.0  # the source's simplification moves borders by up to ~1 km
_KM_PER_DEGREE = 111.2

Ring = tuple[tuple[float, float], ...]  # (lon, lat) points, first == last


class OutlineError(ValueError):
    """A GeoJSON file that does not give each district one outline; the message says where."""


def read_outlines(path: Path, district_codes: Iterable[str]) -> dict[str, Ring]:
    """The outline of every district in `district_codes` from the GeoJSON file at `path`."""
    name = Path(path).name
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise OutlineError(f"{name}: not a readable GeoJSON file ({error})") from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise OutlineError(f"{name}: not a GeoJSON FeatureCollection")
    known = set(district_codes)
    rings: dict[str, Ring] = {}
    for number, feature in enumerate(features, start=1):
        where = f"{name}: feature {number}"
        code = ((feature or {}).get("properties") or {}).get("district_code")
        if not isinstance(code, str) or not code:
            raise OutlineError(f"{where}: no district_code property")
        where = f"{where} ({code})"
        if code not in known:
            raise OutlineError(f"{where}: unknown district {code!r}")
        if code in rings:
            raise OutlineError(f"{where}: a second outline of {code!r}")
        rings[code] = _ring(feature.get("geometry"), where)
    missing = sorted(known - rings.keys())
    if missing:
        raise OutlineError(f"{name}: no outline for {', '.join(missing)}")
    return rings


def _ring(geometry: object, where: str) -> Ring:
    if not isinstance(geometry, dict) or geometry.get("type") != "Polygon":
        raise OutlineError(f"{where}: the geometry must be one Polygon")
    rings = geometry.get("coordinates")
    if not isinstance(rings, list) or len(rings) != 1:
        raise OutlineError(f"{where}: the Polygon must have one ring and no holes")
    try:
        points = tuple((float(lon), float(lat)) for lon, lat in rings[0])
    except (TypeError, ValueError):
        raise OutlineError(f"{where}: every point must be [lon, lat] numbers") from None
    if not all(
        math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90
        for lon, lat in points
    ):
        raise OutlineError(f"{where}: a point lies outside lon -180..180, lat -90..90")
    if len(points) < 4 or points[0] != points[-1]:
        raise OutlineError(f"{where}: a ring needs 3 or more points and must end where it starts")
    return points


def encode(ring: Ring) -> str:
    return json.dumps([[lon, lat] for lon, lat in ring], separators=(",", ":"))


def decode(text: str) -> Ring:
    return tuple((float(lon), float(lat)) for lon, lat in json.loads(text))


def check_outlines(conn: sqlite3.Connection) -> tuple[bool, str]:
    """Doctor check: every district has one outline of 3 or more points, with its
    headquarters inside it or within HQ_TOLERANCE_KM of its border."""
    rows = conn.execute("SELECT district, ring FROM district_outlines").fetchall()
    outlines = {row[0]: row[1] for row in rows}
    problems = []
    districts = conn.execute("SELECT code, hq_lat, hq_lon FROM districts ORDER BY code")
    count = 0
    for code, lat, lon in districts:
        count += 1
        if code not in outlines:
            problems.append(f"{code}: no outline")
            continue
        try:
            ring = decode(outlines[code])
        except (ValueError, TypeError):
            problems.append(f"{code}: the outline is not a list of [lon, lat] points")
            continue
        if len(set(ring)) < 3:
            problems.append(f"{code}: the outline has fewer than 3 points")
            continue
        off = hq_distance_km(ring, lat, lon)
        if off > HQ_TOLERANCE_KM:
            problems.append(f"{code}: the headquarters lie {off:.1f} km outside the outline")
    if problems:
        shown = "; ".join(problems[:3])
        more = f"; and {len(problems) - 3} more" if len(problems) > 3 else ""
        return False, f"{len(problems)} of {count} districts: {shown}{more}"
    return True, f"{count} districts, each with an outline around its headquarters"


def hq_distance_km(ring: Ring, lat: float, lon: float) -> float:
    """How far (lat, lon) lies outside `ring`, in km; 0 inside it."""
    scale = math.cos(math.radians(lat))
    polygon = Polygon([(x * scale, y) for x, y in ring])
    return polygon.distance(Point(lon * scale, lat)) * _KM_PER_DEGREE
