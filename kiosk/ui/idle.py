"""Notices when visitors stop touching the screen: a countdown, then a timeout."""

import time

from PySide6.QtCore import Property, QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtQml import QmlElement, QmlUncreatable

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

_TOUCHES = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
    QEvent.Type.KeyPress,
}


# PySide6 6.11 stubs QmlUncreatable as a class with no __call__; it is a class decorator.
@QmlElement
@QmlUncreatable("Made by the kiosk controller")
class IdleWatcher(QObject):  # type: ignore[operator]
    """Filters the window's input: `idle_s` quiet seconds start a `countdown_s` countdown,
    whose end emits `timedOut`. Any touch restarts the wait."""

    countdownChanged = Signal()
    timedOut = Signal()

    def __init__(self, idle_s: int, countdown_s: int, parent: QObject | None = None):
        super().__init__(parent)
        self._countdown_s = countdown_s
        self._seconds_left = 0
        self._last_touch = time.monotonic()
        self._quiet = QTimer(self, singleShot=True, interval=idle_s * 1000)
        self._quiet.timeout.connect(self.start_countdown)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._count_down)

    def configure(self, idle_s: int, countdown_s: int) -> None:
        self._quiet.setInterval(idle_s * 1000)
        self._countdown_s = countdown_s

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _TOUCHES and (self._quiet.isActive() or self._tick.isActive()):
            self.poke()
        return False

    @Slot()
    def poke(self) -> None:
        """A visitor is here: cancel any countdown and wait again."""
        self._last_touch = time.monotonic()
        if self._tick.isActive():
            self._tick.stop()
            self._set_seconds_left(0)
        self._quiet.start()

    def start(self) -> None:
        self.poke()

    def last_touch(self) -> float:
        """When the visitor last touched the screen (time.monotonic()): a visit's length
        ends there, not after the idle wait."""
        return self._last_touch

    def stop(self) -> None:
        self._quiet.stop()
        self._tick.stop()
        self._set_seconds_left(0)

    def start_countdown(self) -> None:
        """What `idle_s` without a touch does: the countdown begins (a touch cancels it)."""
        self._set_seconds_left(self._countdown_s)
        self._tick.start()

    def _count_down(self) -> None:
        self._set_seconds_left(self._seconds_left - 1)
        if self._seconds_left <= 0:
            self.stop()
            self.timedOut.emit()

    def _set_seconds_left(self, seconds: int) -> None:
        if seconds != self._seconds_left:
            self._seconds_left = seconds
            self.countdownChanged.emit()

    def _get_seconds_left(self) -> int:
        return self._seconds_left

    def _get_counting_down(self) -> bool:
        return self._seconds_left > 0

    secondsLeft = Property(int, _get_seconds_left, notify=countdownChanged)
    countingDown = Property(bool, _get_counting_down, notify=countdownChanged)
