"""Starts the kiosk: the catalogue, the Qt objects, the QML window."""

import argparse
import logging
import signal
import sqlite3
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLoggingCategory, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.catalog.store import Catalog, CatalogError, load_catalog
from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES
from kiosk.paths import BUNDLED_CATALOG, QML_DIR, configured_catalog
from kiosk.state.db import default_state_dir, open_state
from kiosk.state.overrides import LocalOverrides
from kiosk.state.pin import PinGuard
from kiosk.state.stats import StatsRecorder
from kiosk.ui import fonts
from kiosk.ui.catalog_watcher import CatalogWatcher
from kiosk.ui.controller import KioskController
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.inbox import InboxWatcher
from kiosk.ui.qr_provider import QrImageProvider
from kiosk.ui.staff import StaffPanel
from kiosk.ui.translations import Translations

log = logging.getLogger(__name__)

# Statistics are written, and staff's override changes looked for, this often: a SIGKILL
# loses at most this much of the statistics.
STATE_POLL_MS = 30_000


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
    stats: StatsRecorder
    overrides: LocalOverrides
    staff: StaffPanel

    def poll_state(self) -> None:
        """What the kiosk does every STATE_POLL_MS (see _poll_state)."""
        _poll_state(self.stats, self.overrides, self.controller)

    def close(self) -> None:
        """Destroy the QML before the objects it binds to, so no binding sees them vanish."""
        self.stats.flush()
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


def _show_overrides(local: LocalOverrides, controller: KioskController) -> None:
    """The catalogue with staff's overrides as they are now, if they changed: on the attract
    loop, or at once if the product on screen was hidden."""
    refreshed = local.refresh()
    if refreshed is not None:
        controller.offerCatalog(refreshed)


def _poll_state(stats: StatsRecorder, local: LocalOverrides, controller: KioskController) -> None:
    """Write the statistics counted so far; show staff's new overrides."""
    stats.flush()
    _show_overrides(local, controller)


def start_kiosk(
    catalog: Catalog,
    size: QSize | None = None,
    state_dir: Path | None = None,
    outbox_dir: Path | None = None,
) -> Kiosk:
    """Load the QML over `catalog`; full screen unless a window `size` is given.

    With a `state_dir` the kiosk counts visits there (and writes daily snapshots to
    `outbox_dir`, if given) and applies the local overrides kept there; without one it
    counts nothing (tests, previews).
    """
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
    state = open_state(state_dir) if state_dir is not None else None
    stats = StatsRecorder(state, outbox_dir)
    local = LocalOverrides(state)
    controller = KioskController(local.apply(catalog), idle, translations.use, stats)
    engine.setInitialProperties({"kiosk": controller})
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the kiosk's QML did not load")
    window = roots[0]
    window.installEventFilter(idle)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
    watcher = CatalogWatcher(catalog.path, executor)
    watcher.catalogLoaded.connect(lambda loaded: controller.offerCatalog(local.apply(loaded)))
    poll = QTimer(controller, interval=STATE_POLL_MS)
    watchers: list[QObject] = [watcher, poll]
    inbox = str(catalog.settings["inbox_dir"])
    if inbox:
        watchers.append(InboxWatcher(catalog.path.parent / inbox, catalog.path, executor))
    if size is None:
        window.showFullScreen()
    else:
        window.resize(size)
        window.show()
    # No Qt connection or callback refers to `kiosk` itself: it must go when the last
    # Python name for it does (a reference cycle would free the QML's objects at a random
    # garbage collection, in the middle of another window's events).
    staff = StaffPanel(
        state,
        PinGuard(state) if state is not None else None,
        stats,
        lambda: _show_overrides(local, controller),
        str(state_dir),
    )
    idle.timedOut.connect(staff.lock)
    poll.timeout.connect(lambda: _poll_state(stats, local, controller))
    kiosk = Kiosk(
        engine, window, controller, idle, translations, watchers, executor, stats, local, staff
    )
    poll.start()
    return kiosk


def parse_size(text: str) -> QSize:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 320:
        raise argparse.ArgumentTypeError(f"size must look like 1080x1920, not {text!r}")
    return QSize(int(width), int(height))


def _quit_on_sigterm(app: QGuiApplication) -> None:
    """systemd stops the kiosk with SIGTERM: end the event loop so the statistics are
    flushed. Python runs a signal handler only between bytecodes, so a timer gives it the
    chance while Qt waits for events."""
    # Posted, so that a SIGTERM before the event loop runs still ends it once it does.
    signal.signal(signal.SIGTERM, lambda *_: QTimer.singleShot(0, app.quit))
    wake = QTimer(app, interval=500)
    wake.timeout.connect(lambda: None)
    wake.start()


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
    parser.add_argument(
        "--state",
        type=Path,
        default=None,
        metavar="DIR",
        help="the kiosk's state folder: statistics, staff PIN, local overrides "
        "(default: $ODOP_KIOSK_STATE, else $STATE_DIRECTORY, else /var/lib/odop-kiosk)",
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
    _quit_on_sigterm(app)
    try:
        catalog = open_catalog(args.db or configured_catalog())
    except CatalogError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    fonts.apply_default_font(app)
    fonts.report_unrenderable(_glyph_samples(catalog))
    state_dir = args.state or default_state_dir()
    try:
        open_state(state_dir).close()
    except (OSError, sqlite3.Error) as error:
        log.error("no statistics or staff panel: state folder %s unusable (%s)", state_dir, error)
        state_dir = None
    kiosk = start_kiosk(catalog, args.window, state_dir)
    log.info("kiosk showing %s (%d products)", catalog.path, len(catalog.products))
    code = app.exec()
    kiosk.stats.flush()
    del kiosk
    return code


if __name__ == "__main__":
    sys.exit(main())
