"""Run by test_clock_jump.py under libfaketime: a kiosk over the catalogue `argv[1]` whose
wall clock jumps by `argv[3]` seconds (written to the faketime file `argv[2]`) while a
visitor's idle wait runs and again while the attract loop runs. Prints one JSON object:
the jumps as the process saw them, the idle timeout after the last touch, and the
attract loop's slide changes, all in seconds of the steady clock."""

import json
import os
import sys
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_QUICK_BACKEND"] = "software"

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtGui import QGuiApplication

from kiosk.catalog.store import load_catalog
from kiosk.ui.app import start_kiosk


def main() -> None:
    catalog_path, clock_file, jump = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    app = QGuiApplication([])
    kiosk = start_kiosk(load_catalog(catalog_path), QSize(1080, 1920))
    attract = kiosk.window.findChild(QObject, "attract")
    report: dict = {"jumps": [], "slides": []}
    offset = 0

    def jump_clock() -> None:
        nonlocal offset
        before = time.time()
        offset += jump
        clock_file.write_text(f"{offset:+d}\n")
        report["jumps"].append(time.time() - before)

    def timed_out() -> None:
        report["timeout_after_touch"] = time.monotonic() - touched
        QTimer.singleShot(1500, jump_clock)  # on the attract loop now
        QTimer.singleShot(11000, app.quit)

    attract.slideChanged.connect(lambda: report["slides"].append(time.monotonic()))
    kiosk.idle.timedOut.connect(timed_out)
    kiosk.controller.wake()
    touched = time.monotonic()
    QTimer.singleShot(2000, jump_clock)  # during the visitor's idle wait
    QTimer.singleShot(60000, app.quit)
    app.exec()
    print(json.dumps(report))
    kiosk.close()


if __name__ == "__main__":
    main()
