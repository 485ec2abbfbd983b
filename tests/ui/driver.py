"""Drives the kiosk as a visitor does: finds what is on screen, taps, swipes, reads."""

import time

from PySide6.QtCore import QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

from kiosk.ui.app import Kiosk
from kiosk.ui.preview import run_event_loop, scene_items, wait_until_drawn

_touch_device = None


def touch_device():
    """One touch screen for the whole run (Qt keeps a pointer to it)."""
    global _touch_device
    if _touch_device is None:
        _touch_device = QTest.createTouchDevice()
    return _touch_device


class Visitor:
    def __init__(self, kiosk: Kiosk, qtbot):
        self.kiosk = kiosk
        self.window = kiosk.window
        self.controller = kiosk.controller
        self.qtbot = qtbot

    # -- looking -----------------------------------------------------------------------
    def visible_items(self, object_name: str, within: str = "") -> list[QQuickItem]:
        """Items named `object_name` that a visitor can see now (delegates included),
        inside the item named `within` if one is given."""
        return self.visible_items_named(lambda name: name == object_name, within)

    def visible_items_named(self, matches, within: str = "") -> list[QQuickItem]:
        """Items whose name `matches(name)` that a visitor can see now."""
        root = self.window.contentItem()
        if within:
            # findChild misses the delegates of a view: walk the scene for them.
            root = self.window.findChild(QQuickItem, within) or self.item(within)
        return [
            item for item in scene_items(root) if matches(item.objectName()) and self._shown(item)
        ]

    def item(self, object_name: str, within: str = "") -> QQuickItem:
        items = self.visible_items(object_name, within)
        assert items, f"nothing named {object_name!r} is on screen"
        return items[0]

    def _shown(self, item: QQuickItem) -> bool:
        node = item
        while node is not None:
            if not node.isVisible() or node.opacity() == 0:
                return False
            node = node.parentItem()
        centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
        return 0 <= centre.x() < self.window.width() and 0 <= centre.y() < self.window.height()

    def texts(self) -> list[str]:
        """Every text a visitor can see now."""
        return [
            item.property("text")
            for item in scene_items(self.window.contentItem())
            if item.inherits("QQuickText") and self._shown(item) and item.property("text")
        ]

    def page(self) -> QObject:
        return self.window.findChild(QObject, "stack").property("currentItem")

    def grab(self) -> QImage:
        return self.window.grabWindow()

    # -- acting ------------------------------------------------------------------------
    def settle(self) -> None:
        wait_until_drawn(self.kiosk, settle_ms=60)

    def tap_at(self, point: QPoint) -> None:
        QTest.mouseClick(
            self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        )
        self.settle()

    def tap(self, object_name: str, within: str = "") -> None:
        item = self.item(object_name, within)
        self.tap_at(item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint())

    def swipe(self, start: QPoint, end: QPoint, steps: int = 12) -> None:
        """A finger drags from `start` to `end` in `steps` moves, 16 ms apart."""
        device = touch_device()
        QTest.touchEvent(self.window, device).press(0, start, self.window).commit()
        for step in range(1, steps + 1):
            QTest.qWait(16)
            point = start + (end - start) * step / steps
            QTest.touchEvent(self.window, device).move(0, point, self.window).commit()
        QTest.touchEvent(self.window, device).release(0, end, self.window).commit()
        self.settle_flicks()

    def settle_flicks(self, limit_ms: int = 500) -> None:
        """Let a flick glide to rest (for `limit_ms` at most), then settle."""
        deadline = time.monotonic() + limit_ms / 1000
        while time.monotonic() < deadline and any(
            item.property("moving")
            for item in scene_items(self.window.contentItem())
            if item.inherits("QQuickFlickable") and item.isVisible()
        ):
            run_event_loop(16)
        self.settle()

    def wake(self) -> None:
        """Touch the attract loop in the middle of the screen."""
        self.tap_at(QPoint(self.window.width() // 2, self.window.height() // 2))
