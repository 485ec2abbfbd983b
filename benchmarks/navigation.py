"""Tap to the first frame of the next screen: a gallery card to its product page, and a
product page's "My shortlist" button to a full shortlist (20 products and their one code)."""

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
    kiosk.controller.historyChanged.connect(lambda *_: changed.append(True))
    kiosk.window.frameSwapped.connect(lambda: changed and drawn.append(time.perf_counter()))
    started = time.perf_counter()
    action()
    while not drawn:
        QGuiApplication.processEvents()
    kiosk.window.frameSwapped.disconnect()
    kiosk.controller.historyChanged.disconnect()
    return drawn[0] - started


def _tap(kiosk, item) -> float:
    point = item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()
    return _first_frame_after(
        kiosk,
        lambda: QTest.mouseClick(
            kiosk.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
        ),
    )


def _visible(kiosk, matches) -> list:
    return [
        item
        for item in scene_items(kiosk.window.contentItem())
        if matches(item.objectName()) and item.isVisible()
    ]


def run(taps: int = 40) -> dict[str, str]:
    app = QGuiApplication.instance() or QGuiApplication([])
    catalog = load_catalog(BUNDLED_CATALOG)
    kiosk = start_kiosk(catalog, QSize(1080, 1920))
    controller = kiosk.controller
    controller.wake()
    craft = max(catalog.crafts, key=lambda code: len(catalog.products_of_craft(code)))
    controller.openCraft(craft)
    wait_until_drawn(kiosk)
    to_product, to_shortlist = [], []
    for i in range(taps):
        cards = _visible(kiosk, lambda name: name.startswith("product-"))
        to_product.append(_tap(kiosk, cards[i % min(len(cards), 6)]))
        wait_until_drawn(kiosk, settle_ms=50)
        if controller.page != "product":
            raise RuntimeError(f"tap {i} did not open a product")
        controller.back()
        wait_until_drawn(kiosk, settle_ms=50)

    for product_id in list(catalog.products)[: controller.shortlistLimit]:
        controller.addToShortlist(product_id)
    for i in range(taps):
        controller.openProduct(list(catalog.products)[i])
        wait_until_drawn(kiosk, settle_ms=50)
        to_shortlist.append(_tap(kiosk, _visible(kiosk, lambda n: n == "shortlist-view")[0]))
        wait_until_drawn(kiosk, settle_ms=50)
        if controller.page != "shortlist":
            raise RuntimeError(f"tap {i} did not open the shortlist")
        controller.back()
        wait_until_drawn(kiosk, settle_ms=50)
    kiosk.close()
    del app
    figures = {f"product page, {k}": v for k, v in summary(to_product).items()}
    figures.update({f"shortlist of 20, {k}": v for k, v in summary(to_shortlist).items()})
    return figures
