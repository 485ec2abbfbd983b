"""Tap on a gallery card to the first frame of the product page, and back again."""

import time

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from benchmarks.stats import summary
from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG
from kiosk.ui.app import start_kiosk
from kiosk.ui.preview import scene_items, wait_until_drawn


def _first_frame_after(kiosk, action) -> float:
    """Seconds from `action` (a tap) to the first frame drawn after the page changed."""
    changed, drawn = [], []
    kiosk.controller.navigated.connect(lambda *_: changed.append(True))
    kiosk.window.frameSwapped.connect(lambda: changed and drawn.append(time.perf_counter()))
    started = time.perf_counter()
    action()
    while not drawn:
        QGuiApplication.processEvents()
    kiosk.window.frameSwapped.disconnect()
    kiosk.controller.navigated.disconnect()
    return drawn[0] - started


def run(taps: int = 40) -> dict[str, str]:
    app = QGuiApplication.instance() or QGuiApplication([])
    catalog = load_catalog(BUNDLED_CATALOG)
    kiosk = start_kiosk(catalog, QSize(1080, 1920))
    window, controller = kiosk.window, kiosk.controller
    controller.wake()
    craft = max(catalog.crafts, key=lambda code: len(catalog.products_of_craft(code)))
    controller.openCraft(craft)
    wait_until_drawn(kiosk)
    timings = []
    for i in range(taps):
        cards = [item for item in scene_items(window.contentItem())
                 if item.objectName().startswith("product-") and item.isVisible()]
        card = cards[i % min(len(cards), 6)]
        point = card.mapToScene(QPointF(card.width() / 2, card.height() / 2)).toPoint()
        timings.append(_first_frame_after(kiosk, lambda: QTest.mouseClick(
            window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)))
        wait_until_drawn(kiosk, settle_ms=50)
        if controller.page != "product":
            raise RuntimeError(f"tap {i} at {point} did not open a product")
        controller.back()
        wait_until_drawn(kiosk, settle_ms=50)
    kiosk.close()
    del app
    return summary(timings)
