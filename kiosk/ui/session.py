"""The kiosk as a systemd service (packaging/linux): readiness, the watchdog, locked keys.

systemd's notify protocol is one datagram per message on the Unix socket named by
$NOTIFY_SOCKET (sd_notify(3)); a few lines here, no new dependency. The kiosk runs under the
`cage` compositor, through packaging/linux/run-kiosk, so the service's main process is the
session script and the unit says NotifyAccess=all; run-kiosk sets $WATCHDOG_PID to itself,
the kiosk's parent, which is accepted as ours.
"""

import logging
import os
import socket
from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtQuick import QQuickWindow

log = logging.getLogger(__name__)

# Keys that close or quit a window on some desktops; a visitor with a keyboard gets nothing.
LOCKED_KEYS = {
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q),
    QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_W),
    QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_F4),
    QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.ALT | Qt.Key.Key_Backspace),
}


def notify(message: str, environ: Mapping[str, str] | None = None) -> bool:
    """Send `message` (e.g. "READY=1") to systemd; False where there is no socket or it fails."""
    address = (environ if environ is not None else os.environ).get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as error:
        log.warning("cannot tell systemd %r: %s", message, error)
        return False
    return True


def watchdog_interval_ms(environ: Mapping[str, str] | None = None) -> int | None:
    """Half the service's watchdog timeout, in ms; None where no watchdog is asked of us."""
    environ = environ if environ is not None else os.environ
    usec, pid = environ.get("WATCHDOG_USEC", ""), environ.get("WATCHDOG_PID", "")
    if not usec.isdigit() or int(usec) == 0 or not environ.get("NOTIFY_SOCKET"):
        return None
    if pid and (not pid.isdigit() or int(pid) not in (os.getpid(), os.getppid())):
        return None  # the watchdog is meant for another process
    return max(1, int(usec) // 2000)


class ServiceSession(QObject):
    """READY=1 once the window's first frame is on screen, then WATCHDOG=1 at half the
    watchdog interval from a GUI-thread timer: if the GUI thread hangs, the pings stop and
    systemd restarts the kiosk."""

    def __init__(self, window: QQuickWindow, environ: Mapping[str, str] | None = None) -> None:
        super().__init__()
        self._environ = dict(environ if environ is not None else os.environ)
        self._window = window
        self.ready = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.ping)
        if not self._environ.get("NOTIFY_SOCKET"):
            return
        # frameSwapped may come from the render thread: a slot of this GUI-thread object
        # runs queued on the GUI thread.
        window.frameSwapped.connect(self._first_frame, Qt.ConnectionType.QueuedConnection)
        interval = watchdog_interval_ms(self._environ)
        if interval is not None:
            self.timer.start(interval)

    @Slot()
    def _first_frame(self) -> None:
        if self.ready:
            return
        self.ready = True
        self._window.frameSwapped.disconnect(self._first_frame)
        notify("READY=1", self._environ)

    @Slot()
    def ping(self) -> None:
        notify("WATCHDOG=1", self._environ)


class KeyLock(QObject):
    """Eats the key chords that would close or quit the kiosk (Ctrl+Q, Ctrl+W, Alt+F4, ...)
    and close requests from outside, so that a plugged-in keyboard cannot end the session."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            chord = QKeySequence(event.keyCombination())
            if chord in LOCKED_KEYS:
                log.info("ignored %s from a keyboard", chord.toString())
                return True
        if event.type() == QEvent.Type.Close and watched is not QGuiApplication.instance():
            event.ignore()
            return True
        return False


def lock_down(app: QGuiApplication, window: QQuickWindow) -> KeyLock:
    """The production kiosk: no closing keys; no pointer where $ODOP_KIOSK_HIDE_CURSOR=1."""
    lock = KeyLock(window)
    window.installEventFilter(lock)
    if os.environ.get("ODOP_KIOSK_HIDE_CURSOR") == "1":
        app.setOverrideCursor(Qt.CursorShape.BlankCursor)
    return lock
