"""A restless visitor: hundreds of taps and swipes anywhere on the screen, in every
orientation, never crash the kiosk, leave it, or log a QML warning (DESIGN §8; the long
soak belongs in a benchmark run, this is its seeded short form)."""

import random

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtTest import QTest

from tests.ui.driver import touch_device

PAGES = {"home", "crafts", "districts", "gallery", "product", "shortlist"}


@pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
def test_random_taps_and_swipes_leave_the_kiosk_whole(kiosk, catalog, window_size):
    rng = random.Random(20261126)
    width, height = window_size.width(), window_size.height()
    device, seen, collected = touch_device(), set(), 0
    for action in range(500):
        point = QPoint(rng.randrange(width), rng.randrange(height))
        if rng.random() < 0.85:
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
        if action % 50 == 49:
            kiosk.settle()
            controller = kiosk.controller
            assert controller.page in PAGES
            assert 1 <= controller.depth <= 12
            assert len(controller.shortlistIds) <= controller.shortlistLimit
            assert kiosk.window.isVisible()
    kiosk.settle()
    assert kiosk.page().objectName().removesuffix("Page") in PAGES
    assert {"product", "shortlist"} <= seen and collected > 0, seen  # the taps got about
