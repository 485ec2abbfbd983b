"""Renders kiosk screens offscreen to PNG files, driving the same controller visitors do."""

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSize, QTimer
from PySide6.QtQml import QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.catalog.store import Catalog
from kiosk.ui.app import Kiosk, start_kiosk
from kiosk.ui.keyboard import KeyboardInput

SCREENS = (
    "attract",
    "home",
    "crafts",
    "gallery",
    "product",
    "viewer",
    "artisan",
    "map",
    "districts",
    "shortlist",
    "search",
)
SHORTLIST_SHOWN = 5  # products on the previewed shortlist: the product, then featured ones
# What the previewed search screen has typed: a word that finds a screenful in each language.
SEARCH_TYPED = {"en": "silk", "hi": "रेशम", "ja": "きぬ"}


class PreviewError(ValueError):
    """A screen, language or product the preview cannot show."""


def scene_items(root: QQuickItem):
    """`root` and every item below it, depth first."""
    yield root
    for child in root.childItems():
        yield from scene_items(child)


def _failed(kiosk: Kiosk, image: QQuickItem) -> bool:
    """Whether `image` failed to load: its status, read in QML, is Image.Error (3)."""
    return QQmlExpression(kiosk.engine.rootContext(), image, "status === 3").evaluate()[0] is True


def run_event_loop(ms: int) -> None:
    """Run the real event loop for `ms` milliseconds: timers, frames and deferred deletes,
    without spinning the CPU as repeated processEvents calls would."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until_drawn(kiosk: Kiosk, settle_ms: int = 250, timeout_ms: int = 8000) -> None:
    """Let transitions finish and every visible image load, then let the scene settle."""
    stack = kiosk.window.findChild(QObject, "stack")
    assert stack is not None, "Main.qml has its StackView named stack"
    deadline = time.monotonic() + timeout_ms / 1000
    while time.monotonic() < deadline:
        run_event_loop(10)
        if stack.property("busy"):
            continue
        # QML enums do not convert to Python (QT-NOTES), so judge images by progress; an
        # image whose file failed (status Image.Error) has shown its placeholder for good.
        loading = any(
            item.isVisible()
            and not item.property("source").isEmpty()
            and item.property("progress") < 1.0
            and not _failed(kiosk, item)
            for item in scene_items(kiosk.window.contentItem())
            if item.inherits("QQuickImage")
        )
        if not loading:
            break
    run_event_loop(settle_ms)


def _navigators(catalog: Catalog, product_id: str) -> dict[str, Callable[[Kiosk], None]]:
    product = catalog.product(product_id)
    collected = [product.id] + [p.id for p in catalog.featured() if p.id != product.id]

    def shortlist(kiosk: Kiosk) -> None:
        for chosen in collected[:SHORTLIST_SHOWN]:
            kiosk.controller.addToShortlist(chosen)
        kiosk.controller.openShortlist()

    def search(kiosk: Kiosk) -> None:
        kiosk.controller.openSearch()
        QCoreApplication.processEvents()
        keyboard = next(
            item
            for item in scene_items(kiosk.window.contentItem())
            if item.objectName() == "searchKeyboard"
        )
        typing = keyboard.findChild(KeyboardInput)
        for char in SEARCH_TYPED.get(str(kiosk.controller.language), SEARCH_TYPED["en"]):
            typing.act("char", char)  # as its key does

    def viewer(kiosk: Kiosk) -> None:
        kiosk.controller.openProduct(product.id)
        kiosk.controller.openViewer(0)

    return {
        "attract": lambda k: None,
        "home": lambda k: None,
        "crafts": lambda k: k.controller.openCrafts(),
        "gallery": lambda k: k.controller.openCraft(product.craft),
        "product": lambda k: k.controller.openProduct(product.id),
        "viewer": viewer,
        "artisan": lambda k: k.controller.openArtisan(product.artisan),
        "districts": lambda k: k.controller.openDistricts(),
        "map": lambda k: k.controller.openMap(),
        "shortlist": shortlist,
        "search": search,
    }


def render_screens(
    catalog: Catalog,
    out_dir: Path,
    language: str,
    size: QSize,
    screens: list[str],
    product_id: str | None = None,
) -> list[Path]:
    """Write `<screen>-<language>-<W>x<H>.png` for each screen into `out_dir`."""
    unknown = [s for s in screens if s not in SCREENS]
    if unknown:
        raise PreviewError(f"unknown screen {unknown[0]!r} (screens: {', '.join(SCREENS)})")
    if product_id is None:
        featured = catalog.featured() or list(catalog.products.values())
        product_id = featured[0].id
    navigate = _navigators(catalog, product_id)
    out_dir.mkdir(parents=True, exist_ok=True)
    kiosk = start_kiosk(catalog, size)
    written = []
    try:
        for screen in screens:
            kiosk.controller.resetToAttract()
            if screen != "attract":
                kiosk.controller.wake(language)
            else:
                kiosk.controller.setLanguage(language)
            navigate[screen](kiosk)
            wait_until_drawn(kiosk, settle_ms=1600 if screen == "attract" else 300)
            path = out_dir / f"{screen}-{language}-{size.width()}x{size.height()}.png"
            kiosk.window.grabWindow().save(str(path))
            written.append(path)
    finally:
        kiosk.close()
    return written
