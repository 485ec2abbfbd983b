"""The staff panel's state behind the hidden gesture: the PIN pad, the wait after wrong PINs,
and what an unlocked panel does (hide or feature a product here, today's statistics).

The QML screens (StaffPinPage, StaffPanelPage) are still to come; this is what they bind to.
"""

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable
from sqlite_utils import Database

from kiosk.state import overrides
from kiosk.state.pin import PinGuard, pin_is_set
from kiosk.state.reports import localize, summary
from kiosk.state.stats import StatsRecorder, read_counts

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

log = logging.getLogger(__name__)

VIA = "staff panel"
NO_PIN_HELP = (
    "staff panel asked for, but no staff PIN is set: a member of odop-staff sets one with "
    "`kiosk-admin --state {state} set-pin`"
)


@QmlElement
# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlUncreatable("Made by the kiosk")
class StaffPanel(QObject):  # type: ignore[operator]
    changed = Signal()

    def __init__(
        self,
        state: Database | None,
        guard: PinGuard | None,
        stats: StatsRecorder,
        overrides_changed: Callable[[], None],
        state_name: str = "DIR",
        time_zone: str = "UTC",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._state = state
        self._guard = guard
        self._stats = stats
        self._overrides_changed = overrides_changed
        self._state_name = state_name
        self._zone = ZoneInfo(time_zone)
        self._pin_pad = False
        self._unlocked = False
        self._wait_s = 0
        self._message = ""

    def _set(self, **values) -> None:
        for name, value in values.items():
            setattr(self, f"_{name}", value)
        self.changed.emit()

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
        self._set(pin_pad=True, wait_s=int(-(-self._guard.wait_s() // 1)), message="")

    @Slot(str)
    def enterPin(self, pin: str) -> None:
        if not self._pin_pad or self._guard is None:
            return
        attempt = self._guard.attempt(pin)
        wait = int(-(-attempt.wait_s // 1))  # whole seconds, rounded up
        if attempt.ok:
            log.info("staff panel opened")
            self._set(pin_pad=False, unlocked=True, wait_s=0, message="")
        elif attempt.failures and wait == 0:
            self._set(wait_s=0, message="Wrong PIN.")
        else:
            log.warning("staff panel: wrong PIN (%d in a row)", attempt.failures)
            self._set(wait_s=wait, message=f"Wrong PIN. Try again in {wait} s.")

    @Slot()
    def refreshWait(self) -> None:
        """The PIN pad's countdown asks again (once a second while it waits)."""
        if self._guard is not None and self._pin_pad:
            self._set(wait_s=int(-(-self._guard.wait_s() // 1)))

    @Slot()
    def lock(self) -> None:
        """Close the pad or the panel (the Close button, and the idle reset)."""
        if self._pin_pad or self._unlocked:
            self._set(pin_pad=False, unlocked=False, wait_s=0, message="")

    # -- what an unlocked panel does ----------------------------------------------------
    def _change(self, action: Callable[[], None]) -> bool:
        if not self._unlocked or self._state is None:
            return False
        action()
        self._overrides_changed()
        self.changed.emit()
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

    def today(self) -> list[str]:
        """Today's statistics (the pavilion's day), as the terminal's summary words them."""
        if not self._unlocked or self._state is None:
            return []
        self._stats.flush()
        day = datetime.now(UTC).astimezone(self._zone).date()
        return summary(localize(read_counts(self._state), str(self._zone), day, day))

    # -- properties -----------------------------------------------------------------------
    def _get_pin_pad(self) -> bool:
        return self._pin_pad

    def _get_unlocked(self) -> bool:
        return self._unlocked

    def _get_wait_s(self) -> int:
        return self._wait_s

    def _get_message(self) -> str:
        return self._message

    def _get_today(self) -> list:
        return self.today()

    pinPad = Property(bool, _get_pin_pad, notify=changed)
    unlocked = Property(bool, _get_unlocked, notify=changed)
    waitSeconds = Property(int, _get_wait_s, notify=changed)
    message = Property(str, _get_message, notify=changed)
    todayLines = Property(list, _get_today, notify=changed)
