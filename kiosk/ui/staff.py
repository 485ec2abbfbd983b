"""The staff panel: the hidden gesture, the PIN pad, and the panel's screens (products, idle
timeout, installing from a USB stick, today's statistics, doctor, leaving), which the QML
(StaffGesture, StaffPinPage, StaffPanel and its Staff*Page screens) binds to.

Opening: a long press (`gestureHoldMs`, 3 s) on the screen's top-left corner, then three
taps on the top-right corner within 5 s, asks for the PIN pad; with no PIN set nothing
shows and the log says how to set one. The visitor's session is reset to the attract loop
when the pad opens and again when the panel closes, so idle reset never shows a visitor
anything of it and staff touches never count as a visit (the visitor's idle watcher is
stopped on the attract loop). The panel closes itself after `closeAfterMs` (2 min) without
a touch. Slow work (dry runs, installs, doctor's catalogue checks) runs on the kiosk's
worker thread and is picked up by a GUI-thread timer.
"""

import logging
import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlite_utils import Database

from kiosk.catalog.doctor import CheckResult, run_checks
from kiosk.catalog.install import FAILED, INSTALLED, Report, check_file, install_file
from kiosk.catalog.store import Catalog
from kiosk.exit_codes import LEAVE_KIOSK_EXIT_CODE, RESTART_EXIT_CODE
from kiosk.languages import LANGUAGES, NATIVE_NAMES, localized
from kiosk.removable_media import MOUNT_ROOT, MOUNT_TABLE, Offered, everything_offered
from kiosk.state import overrides
from kiosk.state.pin import PinGuard, pin_is_set
from kiosk.state.reports import LocalCount, localize, summary, totals
from kiosk.state.stats import StatsRecorder, read_counts

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

VIA = "staff panel"
NO_PIN_HELP = (
    "staff panel asked for, but no staff PIN is set: a member of odop-staff sets one with "
    "`kiosk-admin --state {state} set-pin`"
)
GESTURE_HOLD_MS = 3000  # the long press on the top-left corner
GESTURE_TAPS = 3  # then this many taps on the top-right corner
GESTURE_TAP_WINDOW_MS = 5000  # within this long
CLOSE_AFTER_MS = 2 * 60 * 1000  # the panel closes itself after this long without a touch
SCREENS = ("menu", "products", "timeout", "install", "stats", "doctor", "leave")
IDLE_CHOICES = (30, 60, 90, 120, 180, 300, 600)  # the idle timeout screen's buttons, seconds
JOB_POLL_MS = 100
TOP_PRODUCTS = 5
_PRESSES = {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress}


def _ceil(seconds: float) -> int:
    return int(-(-seconds // 1))


@QmlElement
# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlUncreatable("Made by the kiosk")
class StaffPanel(QObject):  # type: ignore[operator]
    changed = Signal()  # the pad, the lock, the screen
    productsChanged = Signal()
    settingsChanged = Signal()
    installChanged = Signal()
    statsChanged = Signal()
    doctorChanged = Signal()
    timingsChanged = Signal()
    exitRequested = Signal(int)  # RESTART_EXIT_CODE or LEAVE_KIOSK_EXIT_CODE (kiosk/exit_codes.py)

    def __init__(
        self,
        state: Database | None,
        guard: PinGuard | None,
        stats: StatsRecorder,
        overrides_changed: Callable[[], None],
        state_name: str = "DIR",
        time_zone: str = "UTC",
        parent: QObject | None = None,
        *,
        catalog: Callable[[], Catalog] | None = None,
        language: Callable[[], str] = lambda: "en",
        reset_visitor: Callable[[], None] = lambda: None,
        db_path: Path | None = None,
        install_dir: Path | None = None,
        executor: ThreadPoolExecutor | None = None,
        mount_root: Path = MOUNT_ROOT,
        mount_table: Path = MOUNT_TABLE,
        hold_ms: int = GESTURE_HOLD_MS,
        close_ms: int = CLOSE_AFTER_MS,
    ):
        super().__init__(parent)
        self._state = state
        self._guard = guard
        self._stats = stats
        self._overrides_changed = overrides_changed
        self._state_name = state_name
        self._zone = ZoneInfo(time_zone)
        self._catalog = catalog
        self._language = language
        self._reset_visitor = reset_visitor
        self._db_path = db_path
        self._install_dir = install_dir
        self._executor = executor
        self._mount_root = mount_root
        self._mount_table = mount_table
        self._hold_ms = hold_ms
        self._pin_pad = False
        self._purpose = "open"  # the PIN pad opens the panel, or confirms leaving
        self._unlocked = False
        self._wait_s = 0
        self._failures = 0
        self._wrong = False
        self._message = ""
        self._screen = "menu"
        self._query = ""
        self._offered: list[Offered] = []
        self._chosen: Offered | None = None
        self._report: Report | None = None
        self._report_kind = ""  # "check" or "install"
        self._busy = ""  # "", "check", "install" or "doctor"
        self._job: tuple[Future, Callable[[object], None]] | None = None
        self._doctor: list[CheckResult] = []
        self._close_timer = QTimer(self, singleShot=True, interval=close_ms)
        self._close_timer.timeout.connect(self._closed_by_timer)
        self._job_timer = QTimer(self, interval=JOB_POLL_MS)
        self._job_timer.timeout.connect(self._poll_job)

    def _set(self, **values) -> None:
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self.changed.emit()

    def set_timings(self, hold_ms: int | None = None, close_ms: int | None = None) -> None:
        """The gesture's long press and the panel's self-closing time (tests shorten them)."""
        if hold_ms is not None:
            self._hold_ms = hold_ms
        if close_ms is not None:
            self._close_timer.setInterval(close_ms)
        self.timingsChanged.emit()

    def use_folders(
        self,
        install_dir: Path | None,
        mount_root: Path = MOUNT_ROOT,
        mount_table: Path = MOUNT_TABLE,
    ) -> None:
        """Where Install looks: the install folder, and the sticks mounted under
        `mount_root` in `mount_table` (tests and previews give their own)."""
        self._install_dir = install_dir
        self._mount_root = mount_root
        self._mount_table = mount_table

    def stop(self) -> None:
        """The kiosk closes: no timer of this panel may fire into a later one's event loop."""
        self._close_timer.stop()
        self._job_timer.stop()
        self._job = None

    def _open(self) -> bool:
        return self._pin_pad or self._unlocked

    # -- touches: the panel's own idle time ----------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _PRESSES and self._open():
            self._close_timer.start()
        return False

    def _closed_by_timer(self) -> None:
        if self._open():
            seconds = self._close_timer.interval() // 1000
            log.info("staff panel closed after %d s without a touch", seconds)
            self.close()

    # -- getting in ---------------------------------------------------------------------
    @Slot()
    def requestAccess(self) -> None:
        """The hidden gesture: the PIN pad, if a PIN is set; otherwise nothing but a log line."""
        if self._state is None or self._guard is None:
            log.warning("staff panel asked for, but the kiosk runs without a state folder")
            return
        if not pin_is_set(self._state):
            log.warning(NO_PIN_HELP.format(state=self._state_name))
            return
        if self._open():
            return
        self._reset_visitor()  # whoever was browsing has gone: the attract loop beneath
        self._close_timer.start()
        wait = _ceil(self._guard.wait_s())
        self._set(pin_pad=True, purpose="open", wait_s=wait, message="", wrong=False)

    @Slot(str)
    def enterPin(self, pin: str) -> None:
        if not self._pin_pad or self._guard is None:
            return
        try:
            attempt = self._guard.attempt(pin)
        except sqlite3.Error as error:  # the state file locked or damaged: fail closed
            log.warning("staff panel: the PIN cannot be checked now (%s)", error)
            self._set(wrong=True, message="")
            return
        wait = _ceil(attempt.wait_s)  # whole seconds, rounded up
        if attempt.ok:
            if self._purpose == "leave":
                log.warning("staff panel: leaving kiosk mode (exit code %d)", LEAVE_KIOSK_EXIT_CODE)
                self._set(pin_pad=False, wait_s=0, message="", wrong=False)
                self._exit(LEAVE_KIOSK_EXIT_CODE)
                return
            log.info("staff panel opened")
            self._set(
                pin_pad=False, unlocked=True, screen="menu", wait_s=0, message="", wrong=False
            )
            return
        if not attempt.failures:
            return  # no PIN set any more
        if wait == 0:
            self._set(wait_s=0, failures=attempt.failures, wrong=True, message="Wrong PIN.")
        else:
            log.warning("staff panel: wrong PIN (%d in a row)", attempt.failures)
            self._set(
                wait_s=wait,
                failures=attempt.failures,
                wrong=True,
                message=f"Wrong PIN. Try again in {wait} s.",
            )

    @Slot()
    def refreshWait(self) -> None:
        """The PIN pad's countdown asks again (once a second while it waits)."""
        if self._guard is not None and self._pin_pad:
            self._set(wait_s=_ceil(self._guard.wait_s()))

    @Slot()
    def lock(self) -> None:
        """Close the pad or the panel (the idle reset calls it too)."""
        if self._open():
            self._close_timer.stop()
            self._set(pin_pad=False, unlocked=False, wait_s=0, message="", wrong=False)

    @Slot()
    def close(self) -> None:
        """The Close button (and the 2-minute timer): the panel goes, and the kiosk is back
        on its attract loop, clean."""
        was_open = self._open()
        self.lock()
        self._set(screen="menu", report=None, chosen=None, purpose="open")
        if was_open:
            self._reset_visitor()

    # -- the panel's screens --------------------------------------------------------------
    @Slot(str)
    def show(self, screen: str) -> None:
        if not self._unlocked or screen not in SCREENS:
            return
        self._set(screen=screen)
        if screen == "products":
            self.productsChanged.emit()
        elif screen == "timeout":
            self.settingsChanged.emit()
        elif screen == "install":
            self.scanFiles()
        elif screen == "stats":
            self.statsChanged.emit()

    # -- products -----------------------------------------------------------------------
    def _change(self, action: Callable[[], None]) -> bool:
        if not self._unlocked or self._state is None:
            return False
        action()
        self._overrides_changed()
        self.changed.emit()
        self.productsChanged.emit()
        return True

    @Slot(str, bool, result=bool)
    def setHidden(self, product_id: str, hidden: bool) -> bool:
        state = self._state
        if state is None:
            return False
        change = overrides.hide if hidden else overrides.show
        return self._change(lambda: change(state, product_id, VIA))

    @Slot(str, bool, result=bool)
    def setFeatured(self, product_id: str, featured: bool) -> bool:
        state = self._state
        if state is None:
            return False
        return self._change(lambda: overrides.feature(state, product_id, VIA, featured))

    @Slot(str, result=bool)
    def clearOverride(self, product_id: str) -> bool:
        state = self._state
        if state is None or not product_id:
            return False

        def clear_one() -> None:
            overrides.clear(state, VIA, product_id)

        return self._change(clear_one)

    @Slot(result=bool)
    def clearOverrides(self) -> bool:
        """Every product override (the idle timeout has its own button)."""
        state = self._state
        if state is None:
            return False

        def clear_products() -> None:
            for product in overrides.read_overrides(state):
                overrides.clear(state, VIA, product)

        return self._change(clear_products)

    @Slot(str)
    def findProducts(self, query: str) -> None:
        if query != self._query:
            self._query = query
            self.productsChanged.emit()

    def _overrides(self) -> dict[str, overrides.Override]:
        return overrides.read_overrides(self._state) if self._state is not None else {}

    def _row(self, catalog: Catalog, product_id: str, override) -> dict:
        product = catalog.products.get(product_id)
        language = self._language()
        return {
            "productId": product_id,
            "name": localized(product.name, language) if product else product_id,
            "place": (
                localized(catalog.districts[product.district].name, language)
                if product and product.district in catalog.districts
                else ""
            ),
            "hidden": bool(override and override.hidden),
            "featured": bool(
                override.featured
                if override is not None and override.featured is not None
                else product and product.featured
            ),
            "overridden": override is not None,
        }

    def _get_products(self) -> list:
        """The products found by the search typed (all, by name, without one), with their
        overrides; the catalogue before the overrides, so hidden products are listed too."""
        if not self._unlocked or self._catalog is None:
            return []
        catalog = self._catalog()
        language = self._language()
        if self._query.strip():
            ids = catalog.search(self._query, language)
        else:
            names = {pid: localized(p.name, language) for pid, p in catalog.products.items()}
            ids = sorted(names, key=names.__getitem__)
        found = self._overrides()
        return [self._row(catalog, pid, found.get(pid)) for pid in ids]

    @Slot()
    def followLanguage(self) -> None:
        """The panel's words follow the language chosen; so do the names it lists."""
        self.productsChanged.emit()
        self.statsChanged.emit()

    def _get_override_rows(self) -> list:
        if not self._unlocked or self._catalog is None:
            return []
        catalog = self._catalog()
        return [self._row(catalog, pid, o) for pid, o in self._overrides().items()]

    # -- idle timeout -------------------------------------------------------------------
    def _get_idle_timeout(self) -> int:
        if self._catalog is None:
            return 0
        return int(self._catalog_in_force().settings["idle_timeout_s"])

    def _catalog_in_force(self) -> Catalog:
        """The base catalogue's settings with the panel's on top (as the kiosk shows them)."""
        assert self._catalog is not None
        catalog = self._catalog()
        panel = overrides.read_setting_overrides(self._state) if self._state is not None else {}
        return overrides.apply_overrides(catalog, {}, panel)

    def _get_idle_source(self) -> str:
        """Where the idle timeout in force comes from: panel, machine, catalogue or default."""
        if self._catalog is None:
            return ""
        source = self._catalog_in_force().setting_sources.get("idle_timeout_s", "default")
        if source == overrides.PANEL_SOURCE:
            return "panel"
        if source.startswith("machine file"):
            return "machine"
        return "catalogue" if source == "catalogue" else "default"

    @Slot(int, result=bool)
    def setIdleTimeout(self, seconds: int) -> bool:
        state = self._state
        if not self._unlocked or state is None:
            return False
        try:
            overrides.set_setting(state, "idle_timeout_s", seconds, VIA)
        except ValueError as error:
            log.warning("staff panel: %s", error)
            return False
        self._overrides_changed()
        self.settingsChanged.emit()
        return True

    @Slot(result=bool)
    def clearIdleTimeout(self) -> bool:
        state = self._state
        if not self._unlocked or state is None:
            return False
        overrides.set_setting(state, "idle_timeout_s", None, VIA)
        self._overrides_changed()
        self.settingsChanged.emit()
        return True

    def _get_idle_choices(self) -> list:
        return list(IDLE_CHOICES)

    # -- installing from a USB stick or the configured folder -----------------------------
    @Slot()
    def scanFiles(self) -> None:
        """Look again at the sticks mounted and the configured folder."""
        self._offered = everything_offered(self._install_dir, self._mount_root, self._mount_table)
        self._chosen = None
        self._report = None
        self.installChanged.emit()

    def _start(self, busy: str, work: Callable[[], object], done: Callable[[object], None]):
        if self._executor is None or self._busy:
            return
        self._busy = busy
        self._job = (self._executor.submit(work), done)
        self._job_timer.start()
        self.installChanged.emit()
        self.doctorChanged.emit()

    def _poll_job(self) -> None:
        if self._job is None or not self._job[0].done():
            return
        future, done = self._job
        self._job = None
        self._job_timer.stop()
        self._busy = ""
        try:
            result = future.result()
        except Exception as error:  # an unforeseen failure is shown, never a crash
            log.exception("staff panel: the work failed")
            result = error
        done(result)
        self.installChanged.emit()
        self.doctorChanged.emit()

    @Slot(int)
    def check(self, index: int) -> None:
        """The dry run of offered file `index`; its report shows on screen."""
        if not self._unlocked or not 0 <= index < len(self._offered) or self._db_path is None:
            return
        chosen = self._offered[index]
        self._chosen, self._report = chosen, None
        if chosen.kind == "refused":
            self._report_kind = "check"
            self._report = Report(chosen.refusal, chosen.name)
            self.installChanged.emit()
            return
        db = self._db_path
        self._start(
            "check",
            lambda: check_file(db, chosen.path, chosen.kind, chosen.images),
            lambda result: self._reported("check", result),
        )

    @Slot()
    def install(self) -> None:
        """The confirm tap: install the file whose dry run passed."""
        chosen, report = self._chosen, self._report
        if (
            not self._unlocked
            or chosen is None
            or report is None
            or self._report_kind != "check"
            or not report.installable
            or self._db_path is None
        ):
            return
        db = self._db_path
        log.info("staff panel: installing %s", chosen.path)
        self._start(
            "install",
            lambda: install_file(db, chosen.path, chosen.kind, chosen.images),
            lambda result: self._reported("install", result),
        )

    def _reported(self, kind: str, result: object) -> None:
        if not isinstance(result, Report):
            name = self._chosen.name if self._chosen else ""
            result = Report(FAILED, name, detail=str(result))
        self._report_kind = kind
        self._report = result
        if kind == "install":
            words = " ".join(result.lines())
            (log.info if result.outcome == INSTALLED else log.error)("staff panel: %s", words)

    def _get_offered(self) -> list:
        return [
            {
                "name": o.name,
                "kind": o.kind,
                "folder": str(o.path.parent),
                "chosen": o == self._chosen,
            }
            for o in self._offered
        ]

    def _get_report(self) -> dict:
        report = self._report
        if report is None:
            return {}
        return {
            "outcome": report.outcome,
            "ok": report.ok,
            "name": report.name,
            "kind": report.kind,
            "version": report.version,
            "changes": [
                {"sheet": sheet, "added": added, "changed": changed, "removed": removed}
                for sheet, added, changed, removed in report.changes
            ],
            "photos": report.photos,
            "problems": list(report.problems),
            "moreProblems": report.more_problems,
            "detail": report.detail,
            "backup": report.backup,
            "installable": self._report_kind == "check" and report.installable,
            "installed": report.outcome == INSTALLED,
        }

    def _get_busy(self) -> str:
        return self._busy

    def _get_folders(self) -> list:
        from kiosk.removable_media import sources

        return [str(p) for p in sources(self._install_dir, self._mount_root, self._mount_table)]

    # -- statistics -----------------------------------------------------------------------
    def _today_rows(self) -> list[LocalCount]:
        if not self._unlocked or self._state is None:
            return []
        self._stats.flush()
        day = datetime.now(UTC).astimezone(self._zone).date()
        return localize(read_counts(self._state), str(self._zone), day, day)

    def today(self) -> list[str]:
        """Today's statistics (the pavilion's day), as the terminal's summary words them."""
        if not self._unlocked or self._state is None:
            return []
        return summary(self._today_rows())

    def _get_charts(self) -> list:
        """Today's figures as bar charts: each {"chart": what, "bars": [{label, value}]}."""
        rows = self._today_rows()
        if not rows and not self._unlocked:
            return []
        hours: dict[str, int] = {}
        for row in rows:
            if row.count.metric == "visits":
                label = row.local.strftime("%H:00")
                hours[label] = hours.get(label, 0) + row.count.count
        languages = totals(rows, "language")
        catalog = self._catalog() if self._catalog is not None else None
        language = self._language()
        products = totals(rows, "product").most_common(TOP_PRODUCTS)
        return [
            {
                "chart": "hours",
                "bars": [{"label": h, "value": n} for h, n in sorted(hours.items())],
            },
            {
                "chart": "languages",
                "bars": [{"label": NATIVE_NAMES[c], "value": languages[c]} for c in LANGUAGES],
            },
            {
                "chart": "qr",
                "bars": [
                    {"label": kind, "value": n} for kind, n in sorted(totals(rows, "qr").items())
                ],
            },
            {
                "chart": "products",
                "bars": [
                    {
                        "label": (
                            localized(catalog.products[pid].name, language)
                            if catalog is not None and pid in catalog.products
                            else pid
                        ),
                        "value": n,
                    }
                    for pid, n in products
                ],
            },
        ]

    def _get_visits_today(self) -> int:
        return sum(totals(self._today_rows(), "visits").values())

    def _get_average_visit_s(self) -> int:
        rows = self._today_rows()
        visits = sum(totals(rows, "visits").values())
        return round(sum(totals(rows, "visit_seconds").values()) / visits) if visits else 0

    # -- doctor ---------------------------------------------------------------------------
    @Slot()
    def runDoctor(self) -> None:
        """`kiosk-admin doctor`'s checks: the catalogue's on the worker thread, then the
        fonts' (which need Qt) here."""
        db = self._db_path
        if not self._unlocked or db is None:
            return
        self._doctor = []

        def checked(result: object) -> None:
            from kiosk.ui.fonts import catalogue_font_checks

            if not isinstance(result, list):
                result = [CheckResult("doctor", False, f"could not run: {result}")]
            self._doctor = [*result, *catalogue_font_checks(db)]

        self._start("doctor", lambda: run_checks(db), checked)

    def _get_doctor_lines(self) -> list:
        return [
            {
                "verdict": "FAIL" if not r.ok else "WARN" if r.warn else "PASS",
                "name": r.name,
                "detail": r.detail,
                "line": r.line(),
            }
            for r in self._doctor
        ]

    # -- leaving --------------------------------------------------------------------------
    def _exit(self, code: int) -> None:
        self._close_timer.stop()
        self._stats.flush()
        self.exitRequested.emit(code)

    @Slot()
    def restart(self) -> None:
        if self._unlocked:
            log.warning("staff panel: restarting the kiosk (exit code %d)", RESTART_EXIT_CODE)
            self._exit(RESTART_EXIT_CODE)

    @Slot()
    def leaveKioskMode(self) -> None:
        """Leaving asks for the PIN again (the pad, for this purpose)."""
        if self._unlocked and self._guard is not None:
            self._set(
                unlocked=False,
                pin_pad=True,
                purpose="leave",
                wait_s=_ceil(self._guard.wait_s()),
                message="",
                wrong=False,
            )

    # -- properties -----------------------------------------------------------------------
    def _get_pin_pad(self) -> bool:
        return self._pin_pad

    def _get_purpose(self) -> str:
        return self._purpose

    def _get_unlocked(self) -> bool:
        return self._unlocked

    def _get_wait_s(self) -> int:
        return self._wait_s

    def _get_wrong(self) -> bool:
        return self._wrong

    def _get_message(self) -> str:
        return self._message

    def _get_screen(self) -> str:
        return self._screen if self._unlocked else ""

    def _get_today(self) -> list:
        return self.today()

    def _get_hold_ms(self) -> int:
        return self._hold_ms

    def _get_close_after_ms(self) -> int:
        return self._close_timer.interval()

    def _get_gesture_taps(self) -> int:
        return GESTURE_TAPS

    def _get_gesture_window_ms(self) -> int:
        return GESTURE_TAP_WINDOW_MS

    def _get_query(self) -> str:
        return self._query

    pinPad = Property(bool, _get_pin_pad, notify=changed)
    purpose = Property(str, _get_purpose, notify=changed)
    unlocked = Property(bool, _get_unlocked, notify=changed)
    waitSeconds = Property(int, _get_wait_s, notify=changed)
    wrongPin = Property(bool, _get_wrong, notify=changed)
    message = Property(str, _get_message, notify=changed)
    screen = Property(str, _get_screen, notify=changed)
    todayLines = Property(list, _get_today, notify=changed)
    gestureHoldMs = Property(int, _get_hold_ms, notify=timingsChanged)
    gestureTaps = Property(int, _get_gesture_taps, constant=True)
    gestureWindowMs = Property(int, _get_gesture_window_ms, constant=True)
    closeAfterMs = Property(int, _get_close_after_ms, notify=timingsChanged)
    query = Property(str, _get_query, notify=productsChanged)
    products = Property(list, _get_products, notify=productsChanged)
    overrideRows = Property(list, _get_override_rows, notify=productsChanged)
    idleTimeout = Property(int, _get_idle_timeout, notify=settingsChanged)
    idleSource = Property(str, _get_idle_source, notify=settingsChanged)
    idleChoices = Property(list, _get_idle_choices, constant=True)
    folders = Property(list, _get_folders, notify=installChanged)
    offered = Property(list, _get_offered, notify=installChanged)
    report = Property(dict, _get_report, notify=installChanged)
    busy = Property(str, _get_busy, notify=installChanged)
    charts = Property(list, _get_charts, notify=statsChanged)
    visitsToday = Property(int, _get_visits_today, notify=statsChanged)
    averageVisitSeconds = Property(int, _get_average_visit_s, notify=statsChanged)
    doctorLines = Property(list, _get_doctor_lines, notify=doctorChanged)
