"""Starts the kiosk: the catalogue, the Qt objects, the QML window."""

import argparse
import logging
import os
import sqlite3
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQml import QQmlApplicationEngine
from PySide6.QtQuick import QQuickWindow
from PySide6.QtQuickControls2 import QQuickStyle

from kiosk.catalog.backups import Shown, open_or_fall_back
from kiosk.catalog.settings import SETTINGS
from kiosk.catalog.store import Catalog, CatalogError
from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES, NATIVE_NAMES
from kiosk.logs import configure_logging
from kiosk.machine import (
    MachineConfig,
    MachineConfigError,
    config_path,
    configured_catalog,
    effective_settings,
    load_machine,
)
from kiosk.paths import BUNDLED_CATALOG, QML_DIR
from kiosk.state.db import LiveState
from kiosk.state.overrides import LocalOverrides
from kiosk.state.pin import PinGuard
from kiosk.state.stats import StatsRecorder
from kiosk.status import ErrorCollector, StatusBoard
from kiosk.ui import fonts, keyboard  # noqa: F401  (keyboard: registers KeyboardInput)
from kiosk.ui.catalog_watcher import CatalogWatcher, build_search_index
from kiosk.ui.controller import KioskController
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.inbox import InboxWatcher
from kiosk.ui.memory import MemoryTrimmer, keep_large_blocks_mapped
from kiosk.ui.qml_log import QmlWarningLog, quiet_qt_logging
from kiosk.ui.qr_provider import QrImageProvider
from kiosk.ui.session import ServiceSession, lock_down
from kiosk.ui.staff import StaffPanel
from kiosk.ui.status_timer import StatusReporter
from kiosk.ui.stop_signals import StopOnSignals
from kiosk.ui.translations import Translations

log = logging.getLogger(__name__)

STATE_POLL_MS = 30_000  # statistics written, staff's local overrides re-read


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
    state: LiveState | None = None

    def poll_state(self) -> None:
        """What the kiosk does every STATE_POLL_MS (see _poll_state)."""
        _poll_state(self.stats, self.overrides, self.controller, self.state)

    def close(self) -> None:
        """Destroy the QML before the objects it binds to, so no binding sees them vanish."""
        self.idle.stop()  # no timeout of this kiosk may fire into a later one's event loop
        self.idle.timedOut.disconnect()
        self.staff.stop()
        self.window.removeEventFilter(self.staff)
        self.stats.flush()
        for watcher in self.watchers:
            watcher.deleteLater()
        self.executor.shutdown(wait=True, cancel_futures=True)
        self.window.close()
        self.engine.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def open_catalog(path: Path, machine: MachineConfig | None = None) -> Shown:
    """The catalogue at `path`, else its newest backup that opens, else the bundled one;
    which, and why, is logged as an error and in the status."""
    shown = open_or_fall_back(path, machine, BUNDLED_CATALOG)
    if shown.shown != "configured":
        log.error("%s", shown.note)
    return shown


def _glyph_samples(catalog: Catalog) -> dict[str, str]:
    samples = {}
    for language in LANGUAGES:
        texts = [NATIVE_NAMES[language]]
        for product in list(catalog.products.values())[:40]:
            texts.append(product.name[language])
        samples[language] = " ".join(texts)
    return samples


_style_set = False


def _show_overrides(
    local: LocalOverrides, controller: KioskController, state: LiveState | None = None
) -> None:
    """The catalogue with staff's overrides as they are now, if they changed: on the attract
    loop, or at once if the product on screen was hidden."""
    try:
        refreshed = local.refresh()
    except sqlite3.Error as error:
        if state is None:
            raise
        state.failed(error, "local overrides")  # read again at the next poll
        return
    if refreshed is not None:
        controller.offerCatalog(refreshed)


def _poll_state(
    stats: StatsRecorder,
    local: LocalOverrides,
    controller: KioskController,
    state: LiveState | None = None,
) -> None:
    """Write the statistics counted so far; show staff's new overrides. A state file that
    is damaged, replaced or locked is dealt with (LiveState) and never stops the kiosk."""
    if state is not None:
        state.check()
    stats.flush()
    if state is not None and not stats.pending:
        state.succeeded()
    _show_overrides(local, controller, state)


def start_kiosk(
    catalog: Catalog,
    size: QSize | None = None,
    *,
    watch: Path | None = None,
    board: StatusBoard | None = None,
    state_dir: Path | None = None,
    outbox_dir: Path | None = None,
    state_poll_ms: int = STATE_POLL_MS,
) -> Kiosk:
    """Load the QML over `catalog`; full screen unless a window `size` is given. The kiosk
    watches `watch` (default: the catalogue's own file) for new catalogues; with a status
    `board` it writes its status in the machine's state folder every minute.

    With a `state_dir` the kiosk counts visits there (and writes daily snapshots to
    `outbox_dir`, if given) and applies the local overrides kept there; without one it
    counts nothing (tests, previews). Every `state_poll_ms` it writes the statistics and
    reads the overrides again.
    """
    watch = Path(watch or catalog.path)
    keep_large_blocks_mapped()  # before the first photo is decoded (memory.py)
    global _style_set
    if not _style_set:  # setting the style twice in one process logs a warning
        QQuickStyle.setStyle("Basic")
        _style_set = True
    app = cast(QGuiApplication, QGuiApplication.instance())  # made before the kiosk is built
    fonts.apply_default_font(app)
    quiet_qt_logging()
    engine = QQmlApplicationEngine()
    QmlWarningLog(engine)  # a child of the engine
    engine.addImageProvider("qr", QrImageProvider())
    engine.addImportPath(str(QML_DIR))
    translations = Translations(engine)
    idle = IdleWatcher(
        int(catalog.settings["idle_timeout_s"]), int(catalog.settings["idle_countdown_s"])
    )
    translations.use(DEFAULT_LANGUAGE)
    live = LiveState(state_dir) if state_dir is not None else None
    state = live.db if live is not None else None
    stats = StatsRecorder(state, outbox_dir, on_error=live.failed if live is not None else None)
    local = LocalOverrides(state)
    controller = KioskController(local.apply(catalog), idle, translations.use, stats)
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalogue")
    install_dir = str(catalog.settings["install_dir"])
    # No Qt connection or callback refers to `kiosk` itself: it must go when the last
    # Python name for it does (a reference cycle would free the QML's objects at a random
    # garbage collection, in the middle of another window's events).
    staff = StaffPanel(
        state,
        PinGuard(state) if state is not None else None,
        stats,
        lambda: _show_overrides(local, controller, live),
        str(state_dir),
        str(catalog.settings["time_zone"] or "UTC"),
        catalog=lambda: local.base() or controller.current_catalog(),
        language=lambda: str(controller.language),
        reset_visitor=controller.resetToAttract,
        db_path=watch,
        install_dir=watch.parent / install_dir if install_dir else None,
        executor=executor,
    )
    controller.languageChanged.connect(staff.followLanguage)
    controller.catalogChanged.connect(staff.productsChanged)
    engine.setInitialProperties({"kiosk": controller, "staff": staff})
    engine.loadFromModule("Kiosk", "Main")
    roots = engine.rootObjects()
    if not roots:
        raise RuntimeError("the kiosk's QML did not load")
    window = cast(QQuickWindow, roots[0])  # Main.qml's root is a Window
    window.installEventFilter(idle)
    window.installEventFilter(staff)  # the panel's own 2-minute timer
    executor.submit(build_search_index, catalog)  # before the first keystroke, off the UI
    watcher = CatalogWatcher(watch, executor, machine=catalog.machine)
    watcher.catalogLoaded.connect(lambda loaded: controller.offerCatalog(local.apply(loaded)))
    poll = QTimer(controller, interval=state_poll_ms)
    trimmer = MemoryTrimmer(engine)
    controller.historyChanged.connect(trimmer.poke)
    controller.catalogChanged.connect(trimmer.poke)
    trimmer.poke()  # the catalogue's loading left free memory behind
    # The fonts and glyphs a visitor's languages needed go when they change language or leave:
    # before the new language's texts are laid out, or Qt opens its faces a second time while
    # texts not yet laid out again still hold the first (measured: 27 MB more in Japanese).
    controller.languageAboutToChange.connect(fonts.release_font_caches)
    controller.attractChanged.connect(lambda: controller.attract and fonts.release_font_caches())
    watchers: list[QObject] = [watcher, poll, trimmer]
    inbox_watcher = None
    inbox = str(catalog.settings["inbox_dir"])
    if inbox:
        inbox_watcher = InboxWatcher(watch.parent / inbox, watch, executor)
        watchers.append(inbox_watcher)
    if board is not None:
        outbox = str(catalog.settings["outbox_dir"])
        reporter = StatusReporter(
            board,
            controller,
            Path(str(catalog.settings["state_dir"])),
            watch.parent / outbox if outbox else None,
        )
        watcher.catalogLoaded.connect(
            lambda new: reporter.record_event(
                f"new catalogue version {new.version} ({len(new.products)} products) loaded"
            )
        )
        watcher.catalogRefused.connect(
            lambda why: reporter.record_event(f"refused a new catalogue: {why}")
        )
        if inbox_watcher is not None:
            inbox_watcher.bundleHandled.connect(reporter.record_event)
        watchers.append(reporter)
    if size is None:
        window.showFullScreen()
    else:
        window.resize(size)
        window.show()
    idle.timedOut.connect(staff.lock)
    poll.timeout.connect(lambda: _poll_state(stats, local, controller, live))
    kiosk = Kiosk(
        engine, window, controller, idle, translations, watchers, executor, stats, local, staff
    )
    kiosk.state = live
    poll.start()
    return kiosk


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
        help="catalogue to show (default: $ODOP_KIOSK_DB, else `catalog` in the machine file "
        "/etc/odop-kiosk/kiosk.json or $ODOP_KIOSK_CONFIG, else the bundled one)",
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
        "(default: the machine setting state_dir)",
    )
    args = parser.parse_args(argv)
    machine, machine_error = _read_machine()
    if machine.get("time_zone"):  # log and status times in the pavilion's time zone
        os.environ["TZ"] = str(machine.get("time_zone"))
        time.tzset()
    configure_logging(str(machine.get("log_dir")))
    if machine_error:  # never a blank screen: the kiosk runs on the defaults
        log.error("%s; using the default machine settings", machine_error)

    quiet_qt_logging()  # kiosk/ui/qml_log.py says what and why
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("odop-kiosk")
    stop = StopOnSignals(app)  # systemd stops the kiosk with SIGTERM: quit, mark it stopped
    board = _status_board(machine)
    logging.getLogger().addHandler(ErrorCollector(board))
    if machine_error:
        board.error(f"{machine_error}; using the default machine settings")
    configured = args.db or configured_catalog(machine)
    try:
        shown = open_catalog(configured, machine)
    except CatalogError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        return 1
    catalog = shown.catalog
    board.machine_settings = {
        name: {"value": catalog.settings[name], "source": catalog.setting_sources[name]}
        for name in SETTINGS
        if SETTINGS[name].in_machine_file
    }
    board.watched.append(Path(configured).resolve().parent)
    board.showing(catalog.path, catalog.version, len(catalog.products), shown.shown, shown.note)
    fonts.apply_default_font(app)
    fonts.report_unrenderable(_glyph_samples(catalog))
    wanted = args.state or Path(str(catalog.settings["state_dir"]))
    state_dir: Path | None = wanted
    try:
        LiveState(wanted).close()  # a damaged state.db is moved aside here, and said so
    except (OSError, sqlite3.Error) as error:
        log.error("no statistics or staff panel: state folder %s unusable (%s)", wanted, error)
        state_dir = None
    outbox = str(catalog.settings["outbox_dir"])
    kiosk = start_kiosk(
        catalog,
        args.window,
        watch=configured,
        board=board,
        state_dir=state_dir,
        outbox_dir=Path(configured).resolve().parent / outbox if outbox else None,
    )
    session = (ServiceSession(kiosk.window), lock_down(app, kiosk.window))  # packaging/linux
    # The staff panel's Restart and Leave end the loop with kiosk/exit_codes.py's exit codes;
    # the statistics are written below, as after SIGTERM.
    kiosk.staff.exitRequested.connect(app.exit)
    log.info("kiosk showing %s (%d products)", catalog.path, len(catalog.products))
    code = 0 if stop.received else app.exec()  # a stop before the loop ran ends it here
    stop.restore()
    for watcher in kiosk.watchers:
        if isinstance(watcher, StatusReporter):
            watcher.write(stopped=True)
    kiosk.close()  # the QML goes before the objects it binds to (and the statistics are written)
    del kiosk, session
    return code


def _read_machine() -> tuple[MachineConfig, str]:
    try:
        return load_machine(), ""
    except MachineConfigError as error:
        return MachineConfig(config_path()), str(error)


def _status_board(machine: MachineConfig) -> StatusBoard:
    in_force = {
        name: {"value": value, "source": source}
        for name, (value, source) in effective_settings({}, machine).items()
        if SETTINGS[name].in_machine_file
    }
    watched = [Path(str(machine.get("state_dir")))]
    return StatusBoard(str(machine.get("kiosk_id")), in_force, watched)


if __name__ == "__main__":
    sys.exit(main())
