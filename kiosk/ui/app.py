"""Starts the kiosk: the catalogue, the Qt objects, the QML window."""

import argparse
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLoggingCategory, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.catalog.store import Catalog, CatalogError, load_catalog
from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES
from kiosk.paths import BUNDLED_CATALOG, QML_DIR, configured_catalog
from kiosk.ui import fonts
from kiosk.ui.catalog_watcher import CatalogWatcher
from kiosk.ui.controller import KioskController
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.inbox import InboxWatcher
from kiosk.ui.memory import MemoryTrimmer
from kiosk.ui.qr_provider import QrImageProvider
from kiosk.ui.translations import Translations

log = logging.getLogger(__name__)


@dataclass
class Kiosk:
    """A running kiosk's parts, kept together so that nothing is garbage-collected early."""

    engine: QQmlApplicationEngine
    window: QQuickWindow
    controller: KioskController
    idle: IdleWatcher
    translations: Translations
    watchers: list[QObject]
    executor: ThreadPoolExecutor

    def close(self) -> None:
        """Destroy the QML before the objects it binds to, so no binding sees them vanish."""
        for watcher in self.watchers:
            watcher.deleteLater()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.window.close()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_catalog(path: Path) -> Catalog:
    """The catalogue at `path`, or the bundled one (with an error logged) if it cannot be shown."""
    try:
        return load_catalog(path)
    except CatalogError as error:
        if Path(path).resolve() == BUNDLED_CATALOG.resolve():
            raise
        log.error("%s; showing the bundled catalogue instead", error)
        return load_catalog(BUNDLED_CATALOG)


def _glyph_samples(catalog: Catalog) -> dict[str, str]:
    samples = {}
    for language in LANGUAGES:
        texts = [NATIVE_NAMES[language]]
        for product in list(catalog.products.values())[:40]:
            texts.append(product.name[language])
        samples[language] = " ".join(texts)
    return samples


_style_set = False


def start_kiosk(catalog: Catalog, size: QSize | None = None) -> Kiosk:
    """Load the QML over `catalog`; full screen unless a window `size` is given."""
    global _style_set
    if not _style_set:  # setting the style twice in one process logs a warning
        QQuickStyle.setStyle("Basic")
        _style_set = True
    app = QGuiApplication.instance()
    fonts.apply_default_font(app)
    engine = QQmlApplicationEngine()
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImportPath(str(QML_DIR))
    translations = Translations(engine)
    idle = IdleWatcher(
        int(catalog.settings["idle_timeout_s"]), int(catalog.settings["idle_countdown_s"])
    )
    translations.use(DEFAULT_LANGUAGE)
    controller = KioskController(catalog, idle, translations.use)
    engine.setInitialProperties({"kiosk": controller})
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the kiosk's QML did not load")
    window = roots[0]
    window.installEventFilter(idle)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
    watcher = CatalogWatcher(catalog.path, executor)
    watcher.catalogLoaded.connect(controller.offerCatalog)
    trimmer = MemoryTrimmer(engine)
    controller.navigated.connect(trimmer.poke)
    controller.catalogChanged.connect(trimmer.poke)
    trimmer.poke()  # the catalogue's loading left free memory behind
    watchers: list[QObject] = [watcher, trimmer]
    inbox = str(catalog.settings["inbox_dir"])
    if inbox:
        watchers.append(InboxWatcher(catalog.path.parent / inbox, catalog.path, executor))
    if size is None:
        window.showFullScreen()
    else:
        window.resize(size)
        window.show()
    return Kiosk(engine, window, controller, idle, translations, watchers, executor)


def parse_size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 320:
        raise argparse.ArgumentTypeError(f"size must look like 1080x1920, not {text!r}")
    return QSize(int(width), int(height))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kiosk", description=__doc__)
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        help="catalogue to show (default: the configured one, else the bundled)",
    )
    parser.add_argument(
        "--window",
        type=parse_size,
        metavar="WxH",
        help="run in a window of this size instead of full screen",
    )
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )

    # Qt reports at info level each time a Latin font lacks Devanagari tables before it
    # falls back to Noto Sans Devanagari: noise in a staff log, not a problem.
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("odop-kiosk")
    try:
        catalog = open_catalog(args.db or configured_catalog())
    except CatalogError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    fonts.apply_default_font(app)
    fonts.report_unrenderable(_glyph_samples(catalog))
    kiosk = start_kiosk(catalog, args.window)
    log.info("kiosk showing %s (%d products)", catalog.path, len(catalog.products))
    code = app.exec()
    del kiosk
    return code


if __name__ == "__main__":
    sys.exit(main())
