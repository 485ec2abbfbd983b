"""The kiosk as a systemd service: READY after the first frame, watchdog pings from the GUI
thread that stop while it hangs, and no key chord that closes the window."""

import os
import socket
import threading
import time

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from kiosk.ui.session import ServiceSession, lock_down, notify, watchdog_interval_ms


class NotifySocket:
    """A socket of the test's own standing in for systemd's: records (time, message)."""

    def __init__(self, folder):
        self.path = str(folder / "notify.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.sock.settimeout(0.05)
        self.messages: list[tuple[float, str]] = []
        self.running = True
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self):
        while self.running:
            try:
                data = self.sock.recv(4096)
            except TimeoutError:
                continue
            self.messages.append((time.monotonic(), data.decode()))

    def times(self, message):
        return [t for t, m in self.messages if m == message]

    def close(self):
        self.running = False
        self.thread.join()
        self.sock.close()


@pytest.fixture
def systemd(tmp_path):
    sock = NotifySocket(tmp_path)
    yield sock
    sock.close()


def test_no_socket_means_no_messages_and_no_watchdog():
    assert notify("READY=1", {}) is False
    assert watchdog_interval_ms({"WATCHDOG_USEC": "2000000"}) is None


def test_watchdog_pid_of_the_parent_is_accepted_and_another_is_not(systemd):
    env = {"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "2000000"}
    assert watchdog_interval_ms(env) == 1000
    assert watchdog_interval_ms({**env, "WATCHDOG_PID": str(os.getpid())}) == 1000
    assert watchdog_interval_ms({**env, "WATCHDOG_PID": str(os.getppid())}) == 1000  # run-kiosk
    assert watchdog_interval_ms({**env, "WATCHDOG_PID": "1"}) is None


def test_ready_after_the_first_frame_then_pings_that_stop_while_the_gui_thread_hangs(
    qapp, qtbot, catalog, systemd
):
    from kiosk.ui.app import start_kiosk

    env = {"NOTIFY_SOCKET": systemd.path, "WATCHDOG_USEC": "200000"}  # ping every 100 ms
    running = start_kiosk(catalog, None)
    frames = []
    running.window.frameSwapped.connect(
        lambda: frames.append(time.monotonic()), Qt.ConnectionType.DirectConnection
    )
    session = ServiceSession(running.window, env)
    try:
        qtbot.waitUntil(lambda: bool(systemd.times("READY=1")), timeout=15000)
        assert frames and frames[0] <= systemd.times("READY=1")[0]
        qtbot.waitUntil(lambda: len(systemd.times("WATCHDOG=1")) >= 5, timeout=5000)
        assert len(systemd.times("READY=1")) == 1

        QCoreApplication.processEvents()
        time.sleep(0.15)  # let a ping already on its way arrive
        hung_from = time.monotonic()
        time.sleep(1.0)  # the test hook: the GUI thread is blocked for 1 s
        hung_to = time.monotonic()
        during = [t for t in systemd.times("WATCHDOG=1") if hung_from <= t < hung_to]
        assert during == []
        qtbot.wait(600)
        after = [t for t in systemd.times("WATCHDOG=1") if t >= hung_to]
        assert len(after) >= 3  # alive again: the pings come back
    finally:
        session.timer.stop()
        running.close()


def test_ctrl_q_and_alt_f4_do_not_close_the_kiosk(qapp, qtbot, catalog):
    from kiosk.ui.app import start_kiosk

    running = start_kiosk(catalog, None)
    lock = lock_down(qapp, running.window)
    quitting = []
    qapp.aboutToQuit.connect(lambda: quitting.append(True))
    try:
        qtbot.waitExposed(running.window)
        for key, modifier in (
            (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
            (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
            (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        ):
            QTest.keyClick(running.window, key, modifier)
            qtbot.wait(50)
        running.window.close()  # what a compositor's close request does
        qtbot.wait(50)
        assert running.window.isVisible()
        assert not quitting
        assert QGuiApplication.topLevelWindows()
    finally:
        running.window.removeEventFilter(lock)
        running.close()
