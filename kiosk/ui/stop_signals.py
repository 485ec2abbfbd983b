"""SIGTERM (systemd stopping the service) and SIGINT end the Qt event loop cleanly, so the
kiosk still writes the "stopped" mark in its status.

A Python signal handler only runs when the interpreter gets control, which a waiting Qt
event loop does not give it; so the signal's number is also written to a socket
(`signal.set_wakeup_fd`) that a QSocketNotifier watches, which wakes the loop.
"""

import contextlib
import logging
import signal
import socket

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


class StopOnSignals(QObject):
    """Quits `app`'s event loop on SIGTERM or SIGINT; `received` names the signal then."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.received = ""
        self._app = app
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {number: signal.signal(number, self._handle) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _handle(self, number: int, frame) -> None:
        if not self.received:
            self.received = signal.Signals(number).name
            log.info("%s received: stopping", self.received)
        self._app.exit(0)  # quit() asks the windows, which refuse to close (session.py)

    def _drain(self) -> None:
        # The handler itself runs as soon as Python gets control, which this wake-up gives it.
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)

    def restore(self) -> None:
        """Put the previous handlers back (tests start several kiosks in one process)."""
        for number, previous in self._previous.items():
            signal.signal(number, previous)
        signal.set_wakeup_fd(self._previous_fd)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()
