"""Renders kiosk screens offscreen to PNG files, driving the same controller visitors do."""

import shutil
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSize, QTimer
from PySide6.QtQml import QQmlExpression
from PySide6.QtQuick import QQuickItem

from kiosk.catalog.store import Catalog
from kiosk.state.db import open_state
from kiosk.state.pin import set_pin
from kiosk.ui.app import Kiosk, start_kiosk
from kiosk.ui.keyboard import KeyboardInput

# The staff panel's screens (kiosk/ui/staff.py), shown unlocked with a PIN set for the
# preview in a state folder of its own; "staff" is the panel's menu.
STAFF_SCREENS = (
    "staff",
    "staff-pin",
    "staff-products",
    "staff-timeout",
    "staff-install",
    "staff-stats",
    "staff-doctor",
    "staff-leave",
)
PREVIEW_PIN = "2468"
VISITOR_SCREENS = (
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
SCREENS = (*VISITOR_SCREENS, *STAFF_SCREENS)  # the visitor's are rendered when none is named
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

    def staff(screen: str) -> Callable[[Kiosk], None]:
        def show(kiosk: Kiosk) -> None:
            panel = kiosk.staff
            language = str(kiosk.controller.language)
            if screen == "stats":  # a visit to chart
                kiosk.controller.openProduct(product.id)
                kiosk.controller.addToShortlist(product.id)
                kiosk.controller.openShortlist()
            panel.close()
            panel.requestAccess()  # the attract loop beneath, in English
            kiosk.controller.setLanguage(language)
            if screen == "pin":
                pad = next(
                    item
                    for item in scene_items(kiosk.window.contentItem())
                    if item.objectName() == "staffPinPage"
                )
                pad.setProperty("entered", "246")
                return
            panel.enterPin(PREVIEW_PIN)
            panel.show("menu" if screen == "" else screen)
            if screen == "install":
                names = [offered["name"] for offered in panel._get_offered()]
                panel.check(names.index("products.csv"))
            if screen == "doctor":
                panel.runDoctor()
            if screen == "products":
                panel.setFeatured(product.id, True)
                panel.setHidden(collected[1], True)
            deadline = time.monotonic() + 60
            while panel.busy and time.monotonic() < deadline:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

        return show

    return {
        **{name: staff(name.removeprefix("staff").removeprefix("-")) for name in STAFF_SCREENS},
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
    cleanup = ExitStack()
    state_dir = None
    if any(screen in STAFF_SCREENS for screen in screens):
        state_dir = Path(tempfile.mkdtemp(prefix="odop-preview-state-"))
        cleanup.callback(shutil.rmtree, state_dir, True)
        set_pin(open_state(state_dir), PREVIEW_PIN, via="preview")
    kiosk = start_kiosk(catalog, size, state_dir=state_dir)
    if state_dir is not None:
        _install_folder(catalog, kiosk, cleanup)
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
        cleanup.close()
    return written


def _install_folder(catalog: Catalog, kiosk: Kiosk, cleanup: ExitStack) -> None:
    """What the previewed Install screen finds: the catalogue's products but one as a
    spreadsheet, and a file that is not a catalogue."""
    from kiosk.catalog.export import export_catalogue

    folder = Path(tempfile.mkdtemp(prefix="odop-preview-install-"))
    cleanup.callback(shutil.rmtree, folder, True)
    sheet = folder / "products.csv"
    export_catalogue(catalog.path, sheet)
    rows = sheet.read_text(encoding="utf-8").splitlines(keepends=True)
    sheet.write_text("".join(rows[:-1]), encoding="utf-8")  # a product less: a change to show
    (folder / "notes.txt").write_text("a note left on the stick\n", encoding="utf-8")
    kiosk.staff.use_folders(folder, folder / "no-sticks", folder / "no-mount-table")
