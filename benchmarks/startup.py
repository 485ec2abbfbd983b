"""Process start to the attract loop's first frame on screen, in a fresh process each run."""

import subprocess
import sys
import time

from benchmarks.stats import summary

PROGRAM = """
import time, sys
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QGuiApplication
from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG
from kiosk.ui.app import start_kiosk
app = QGuiApplication([])
kiosk = start_kiosk(load_catalog(BUNDLED_CATALOG), QSize(1080, 1920))
kiosk.window.frameSwapped.connect(lambda: (print(time.time(), flush=True), app.quit()))
app.exec()
kiosk.close()
"""


def run(runs: int = 7) -> dict[str, str]:
    timings = []
    for _ in range(runs):
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-c", PROGRAM], capture_output=True, text=True, check=True
        )
        timings.append(float(result.stdout.split()[0]) - started)
    return summary(timings)
