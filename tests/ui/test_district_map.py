"""DistrictMap alone, offscreen, over the real catalogue: a tap on every district's
headquarters chooses that district, 75 of 75, in both orientations, at whole-state zoom and
after a two-finger pinch; a press shows; names show where they fit; reset returns."""

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from kiosk.ui.preview import scene_items
from tests.ui.driver import touch_device
from tests.ui.map_kit import MapWindow

SIZES = {"portrait": (1080, 1700), "landscape": (1920, 950)}


@pytest.fixture(params=list(SIZES))
def shown(request, qapp, qtbot, catalog):
    window = MapWindow(catalog, *SIZES[request.param])
    qtbot.waitExposed(window.window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 75)
    yield window
    window.close()
    assert window.warnings == []


def content(shown):
    return shown.area.childItems()[0]


def tap(shown, qtbot, point: QPointF) -> None:
    QTest.mouseClick(
        shown.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point.toPoint()
    )
    qtbot.wait(1)


def inside_area(shown, point: QPointF) -> bool:
    local = shown.area.mapFromScene(point)
    return 4 <= local.x() <= shown.area.width() - 4 and 4 <= local.y() <= shown.area.height() - 4


def pinch_open(shown, qtbot, factor_px: int = 260) -> None:
    """Two fingers spread apart around the map's centre."""
    centre = shown.area.mapToScene(QPointF(shown.area.width() / 2, shown.area.height() / 2))
    cx, cy = int(centre.x()), int(centre.y())
    device = touch_device()
    QTest.touchEvent(shown.window, device).press(0, QPoint(cx - 40, cy)).press(
        1, QPoint(cx + 40, cy)
    ).commit()
    steps = 12
    for step in range(1, steps + 1):
        qtbot.wait(16)
        spread = 40 + factor_px * step // steps
        QTest.touchEvent(shown.window, device).move(0, QPoint(cx - spread, cy)).move(
            1, QPoint(cx + spread, cy)
        ).commit()
    qtbot.wait(16)
    QTest.touchEvent(shown.window, device).release(0, QPoint(cx - 40 - factor_px, cy)).release(
        1, QPoint(cx + 40 + factor_px, cy)
    ).commit()
    qtbot.wait(400)  # the settle animation


def test_every_headquarters_chooses_its_district_at_whole_state_zoom(shown, qtbot, catalog):
    for code in catalog.districts:
        point = shown.hq_scene_point(code)
        assert inside_area(shown, point), code
        tap(shown, qtbot, point)
    assert shown.chosen() == list(catalog.districts)


def test_every_headquarters_chooses_its_district_after_a_pinch(shown, qtbot, catalog):
    pinch_open(shown, qtbot)
    zoom = shown.map.property("zoom")
    assert 2 <= zoom <= 6, zoom
    reset = next(
        i for i in scene_items(shown.window.contentItem()) if i.objectName() == "district-map-reset"
    )
    assert reset.isVisible()
    layer = content(shown)
    expected = []
    for code in catalog.districts:
        point = shown.hq_scene_point(code)
        if not inside_area(shown, point) or reset.contains(reset.mapFromScene(point)):
            # pan there as a visitor's finger would: bring it to the middle of the map
            middle = shown.area.mapToScene(QPointF(shown.area.width() / 2, shown.area.height() / 2))
            layer.setX(layer.x() + middle.x() - point.x())
            layer.setY(layer.y() + middle.y() - point.y())
            point = shown.hq_scene_point(code)
        assert shown.map.property("zoom") == zoom
        tap(shown, qtbot, point)
        expected.append(code)
    assert shown.chosen() == expected
    assert len(expected) == 75
    tap(shown, qtbot, reset.mapToScene(QPointF(reset.width() / 2, reset.height() / 2)))
    assert shown.map.property("zoom") == 1 and layer.x() == 0 and layer.y() == 0


def test_a_press_highlights_the_district_and_names_show_where_they_fit(shown, qtbot):
    point = shown.hq_scene_point("lucknow").toPoint()
    QTest.mousePress(shown.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    qtbot.waitUntil(lambda: shown.map.property("pressedCode") == "lucknow")
    QTest.mouseRelease(
        shown.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
    )
    qtbot.waitUntil(lambda: shown.map.property("pressedCode") == "")
    labels = {
        i.objectName().removeprefix("district-map-label-"): i
        for i in scene_items(shown.window.contentItem())
        if i.objectName().startswith("district-map-label-")
    }
    assert len(labels) == 75
    shown_names = {code for code, label in labels.items() if label.isVisible()}
    assert {"agra", "sitapur", "banda"} <= shown_names
    assert "hapur" not in shown_names  # no room at whole-state zoom
    for code in shown_names:
        assert labels[code].width() <= labels[code].property("labelWidth")


def test_the_model_speaks_the_visitors_language_and_colours_by_craft(qapp, catalog):
    from kiosk.ui.district_map import DistrictMapModel

    model = DistrictMapModel(catalog)
    model.setMapSize(1000, 900)
    assert model.rowCount() == 75
    roles = {bytes(name).decode(): role for role, name in model.roleNames().items()}
    row = next(i for i in range(75) if model.data(model.index(i), roles["code"]) == "varanasi")
    headline = catalog.products_of_district("varanasi")[0]
    assert model.data(model.index(row), roles["colour"]) == catalog.crafts[headline.craft].colour
    assert model.data(model.index(row), roles["name"]) == "Varanasi"
    model.set_language("hi")
    assert model.data(model.index(row), roles["name"]) == catalog.districts["varanasi"].name["hi"]
    legend = model.property("legend")
    assert {entry["colour"] for entry in legend} == {
        catalog.crafts[catalog.products_of_district(c)[0].craft].colour for c in catalog.districts
    }
    assert all(entry["name"] == catalog.crafts[entry["code"]].name["hi"] for entry in legend)
    assert model.districtAt(2, 2, 1) == ""  # the corner is far from every district
