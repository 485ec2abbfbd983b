"""The map's hit-testing on the real outlines: every headquarters picks its own district, in
both orientations, at whole-state zoom and zoomed in; slivers pick the nearest district;
every district, small ones too, has a touch area at least 48 px across."""

import math

import pytest

from kiosk.catalog.geography import MIN_TOUCH_PX, DistrictGeometry, View

AREAS = {"portrait": (1080, 1700), "landscape": (1920, 950)}


@pytest.fixture(scope="module")
def geometry(catalog):
    return DistrictGeometry({code: d.outline for code, d in catalog.districts.items()})


def hq_on_screen(geometry, district, view):
    return view.to_screen(*geometry.to_plane(district.lon, district.lat))


@pytest.mark.parametrize("area", AREAS)
def test_every_headquarters_picks_its_district_at_whole_state_zoom(catalog, geometry, area):
    view = geometry.fit(0, 0, *AREAS[area], padding=16)
    picked = {
        code: geometry.district_at(*hq_on_screen(geometry, d, view), view)
        for code, d in catalog.districts.items()
    }
    assert picked == {code: code for code in catalog.districts}


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("centre", ["ghaziabad", "varanasi", "lucknow", "sonbhadra"])
def test_every_headquarters_picks_its_district_zoomed_in(catalog, geometry, area, centre):
    whole = geometry.fit(0, 0, *AREAS[area], padding=16)
    view = whole.zoomed(3, *hq_on_screen(geometry, catalog.districts[centre], whole))
    assert view.scale == pytest.approx(3 * whole.scale)
    picked = {
        code: geometry.district_at(*hq_on_screen(geometry, d, view), view)
        for code, d in catalog.districts.items()
    }
    assert picked == {code: code for code in catalog.districts}


def test_the_small_districts_are_smaller_than_a_finger(geometry):
    """The premise of the touch rule: at whole-state zoom on a 1080 px wide screen these
    three are about 40 px across, and the disc of 24 px fits in none of them."""
    view = geometry.fit(0, 0, 1080, 1700, padding=16)
    for code in ("ghaziabad", "bhadohi", "hapur"):
        i = geometry.codes.index(code)
        assert geometry.inradius[i] * view.scale < MIN_TOUCH_PX / 2, code


@pytest.mark.parametrize("area", AREAS)
def test_every_district_has_a_touch_area_48_px_across(geometry, area):
    """Through every district's label point runs a line 47 px long all of whose points pick it
    (small districts borrow a few pixels from their neighbours' edges)."""
    view = geometry.fit(0, 0, *AREAS[area], padding=16)
    half = MIN_TOUCH_PX / 2 - 0.5
    for code in geometry.codes:
        lx, ly = view.to_screen(*geometry.label_point(code))
        assert any(
            all(
                geometry.district_at(
                    lx + t * half * math.cos(angle), ly + t * half * math.sin(angle), view
                )
                == code
                for t in (-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1)
            )
            for angle in (k * math.pi / 16 for k in range(16))
        ), code


@pytest.mark.parametrize("code", ["ghaziabad", "bhadohi", "hapur"])
def test_a_tap_24_px_from_a_small_district_picks_it(geometry, code):
    view = geometry.fit(0, 0, 1080, 1700, padding=16)
    lx, ly = view.to_screen(*geometry.label_point(code))
    picks = [
        geometry.district_at(lx + 23 * math.cos(a), ly + 23 * math.sin(a), view)
        for a in (k * math.pi / 8 for k in range(16))
    ]
    assert picks.count(code) >= 4, picks
    # Zoomed in, the district is big enough by itself: its neighbours get their own edges back.
    zoomed = view.zoomed(4, lx, ly)
    assert geometry.district_at(lx, ly, zoomed) == code


def _segment_distance(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy or 1)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def _inside(p, ring):
    x, y = p
    result = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            result = not result
    return result


def test_a_tap_in_a_sliver_between_borders_picks_the_nearest_district(catalog, geometry):
    """Points in hairline gaps between neighbours (in no polygon, yet within 1 km of two),
    checked against a plain point-to-segment search written here."""
    view = View(scale=2000.0, x0=0.0, y0=0.0)  # zoomed far in: no district is small
    rings = {
        code: [geometry.to_plane(lon, lat) for lon, lat in d.outline]
        for code, d in catalog.districts.items()
    }
    boxes = {
        code: (
            min(x for x, _ in r),
            min(y for _, y in r),
            max(x for x, _ in r),
            max(y for _, y in r),
        )
        for code, r in rings.items()
    }
    slivers = 0
    for ring in rings.values():
        for (ax, ay), (bx, by) in list(zip(ring, ring[1:]))[::7]:
            length = math.hypot(bx - ax, by - ay) or 1
            for side in (-1, 1):  # just off the edge's middle, on either side
                p = (
                    (ax + bx) / 2 + side * 0.003 * (by - ay) / length,
                    (ay + by) / 2 - side * 0.003 * (bx - ax) / length,
                )
                close = [
                    c
                    for c, (x0, y0, x1, y1) in boxes.items()
                    if x0 - 0.02 <= p[0] <= x1 + 0.02 and y0 - 0.02 <= p[1] <= y1 + 0.02
                ]
                if any(_inside(p, rings[c]) for c in close):
                    continue
                near = sorted(
                    (min(_segment_distance(p, a, b) for a, b in zip(rings[c], rings[c][1:])), c)
                    for c in close
                )
                if len(near) < 2 or near[1][0] > 0.01 or near[1][0] - near[0][0] < 1e-4:
                    continue  # outside the state, or a tie
                slivers += 1
                assert geometry.district_at(*view.to_screen(*p), view) == near[0][1], p
    assert slivers >= 20
