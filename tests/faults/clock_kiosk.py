"""Run by test_clock_jump.py under libfaketime: a kiosk over the catalogue `argv[1]` whose
wall clock jumps by `argv[3]` seconds (written to the faketime file `argv[2]`) while a
visitor's idle wait runs and again while the attract loop runs. Prints one JSON object:
the jumps as the process saw them, the idle timeout after the last touch, and the
attract loop's slide changes, all in seconds of the steady clock.

The idle wait, countdown and slide time (`argv[4:7]`, seconds) are set on the loaded
catalogue, below the least a catalogue may hold, so that the run takes seconds, not half
a minute. It ends as soon as the attract loop has turned `SLIDES` times."""

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

SLIDES = 3  # slide changes recorded: two gaps, the first across the jump
GIVE_UP_MS = 40000  # a loop that stopped turning: the test fails on the report


def main() -> None:
    catalog_path, clock_file, jump = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    idle_s, countdown_s, slide_s = (int(arg) for arg in sys.argv[4:7])
    app = QGuiApplication([])
    catalog = load_catalog(catalog_path)
    catalog.settings.update(
        idle_timeout_s=idle_s, idle_countdown_s=countdown_s, attract_slide_s=slide_s
    )
    kiosk = start_kiosk(catalog, QSize(1080, 1920))
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

    def slide_changed() -> None:
        if "timeout_after_touch" not in report:
            return
        report["slides"].append(time.monotonic())
        if len(report["slides"]) == 1:  # a tenth into the next slide's time: a wall-clock
            QTimer.singleShot(slide_s * 100, jump_clock)  # timer would turn at the jump
        if len(report["slides"]) == SLIDES:
            app.quit()

    attract.slideChanged.connect(slide_changed)
    kiosk.idle.timedOut.connect(timed_out)
    kiosk.controller.wake()
    touched = time.monotonic()
    QTimer.singleShot(500, jump_clock)  # early in the visitor's idle wait
    QTimer.singleShot(GIVE_UP_MS, app.quit)
    app.exec()
    print(json.dumps(report))
    kiosk.close()


if __name__ == "__main__":
    main()
