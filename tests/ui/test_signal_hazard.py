"""Regression test for QT-NOTES hazard 1: PySide6 6.12.0 on Python 3.11 aborts the process
(`Fatal Python error: bool_dealloc`) after a few hundred signal emits."""

import subprocess
import sys

EMITS = 20_000

PROGRAM = f"""
from PySide6.QtCore import QCoreApplication, QObject, Signal
from kiosk.ui.idle import IdleWatcher

app = QCoreApplication([])
watcher = IdleWatcher(90, 10)
received = []
watcher.countdownChanged.connect(lambda: received.append(1))

class Emitter(QObject):
    changed = Signal(bool)

emitter = Emitter()
emitter.changed.connect(lambda value: received.append(value))
for i in range({EMITS}):
    emitter.changed.emit(i % 2 == 0)
    watcher.countdownChanged.emit()
print(len(received))
"""


def test_many_thousands_of_signal_emits_do_not_kill_the_process():
    result = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == str(2 * EMITS)
