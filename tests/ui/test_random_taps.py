"""A restless visitor: hundreds of taps and swipes anywhere on the screen (and, now and
then, on the search keyboard's keys), in every orientation, never crash the kiosk, leave it,
or log a QML warning (DESIGN §8; the long soak belongs in a benchmark run, this is its seeded
short form)."""

import random

import pytest
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtTest import QTest

from tests.ui.driver import touch_device

PAGES = {"home", "crafts", "districts", "gallery", "product", "shortlist", "search"}


def centre_of_one(kiosk, rng, matches):
    """The centre of one of the items a visitor sees whose name `matches`, or None."""
    items = kiosk.visible_items_named(matches)
    if not items:
        return None
    item = rng.choice(items)
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


@pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
def test_random_taps_and_swipes_leave_the_kiosk_whole(kiosk, catalog, window_size):
    rng = random.Random(20261126)
    width, height = window_size.width(), window_size.height()
    device, seen, collected, typed = touch_device(), set(), 0, 0
    # 500 taps and swipes anywhere, then 150 more by one who also searches and types.
    for action in range(650):
        point = QPoint(rng.randrange(width), rng.randrange(height))
        roll = rng.random()
        aimed = None
        if action >= 500 and roll < 0.06:  # the Search tile or the magnifier
            aimed = centre_of_one(kiosk, rng, lambda name: name in ("search", "tile-search"))
        elif action >= 500 and roll < 0.5 and kiosk.controller.page == "search":
            aimed = centre_of_one(kiosk, rng, lambda name: name.startswith("key-"))  # typing
        if aimed is not None:
            point, roll = aimed, 0.0
        if roll < 0.85:
            QTest.mouseClick(
                kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )
        else:  # a quick swipe or fling
            end = QPoint(rng.randrange(width), rng.randrange(height))
            QTest.touchEvent(kiosk.window, device).press(0, point, kiosk.window).commit()
            for step in (1, 2, 3):
                QTest.qWait(8)
                QTest.touchEvent(kiosk.window, device).move(
                    0, point + (end - point) * step / 3, kiosk.window
                ).commit()
            QTest.touchEvent(kiosk.window, device).release(0, end, kiosk.window).commit()
        QTest.qWait(rng.choice((0, 5, 30, 120)))  # faster than transitions, and slower
        seen.add(kiosk.controller.page)
        collected = max(collected, len(kiosk.controller.shortlistIds))
        typed = max(typed, len(kiosk.controller.searchQuery))
        if action % 50 == 49:
            kiosk.settle()
            controller = kiosk.controller
            assert controller.page in PAGES
            assert 1 <= controller.depth <= 12
            assert len(controller.shortlistIds) <= controller.shortlistLimit
            assert kiosk.window.isVisible()
    kiosk.settle()
    assert kiosk.page().objectName().removesuffix("Page") in PAGES
    assert {"product", "shortlist", "search"} <= seen and collected > 0, seen  # the taps got about
    assert typed > 0  # and typed on the search keyboard
