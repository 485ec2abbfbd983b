"""The wall clock jumping an hour forward or back (a time sync, a daylight saving change)
does not touch idle reset or the attract loop: their timers run on the steady clock.

The kiosk runs in a subprocess under libfaketime (Debian package `faketime`), whose wall
clock is moved at run time through a timestamp file while the steady clock
(CLOCK_MONOTONIC) is left alone, as the kernel leaves it when the real clock is set.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

LIBFAKETIMES = sorted(Path("/usr/lib").glob("*/faketime/libfaketime.so.1"))
# Shorter than a catalogue may set (tests/faults/clock_kiosk.py sets them on the loaded
# catalogue). The wall clock jumps 0.5 s into the idle wait and a tenth into a slide's time,
# so a timer on the wall clock would end 2.5 s or 1.8 s early, or an hour late.
IDLE_S, COUNTDOWN_S, SLIDE_S = 3, 1, 2
SLACK_S = 1.5


@pytest.mark.parametrize("jump", [3600, -3600], ids=["forward", "back"])
def test_clock_jumps_leave_idle_reset_and_the_attract_loop_on_time(tmp_catalog, tmp_path, jump):
    assert LIBFAKETIMES, "needs libfaketime: apt-get install faketime (./setup.sh test does)"
    clock = tmp_path / "clock"
    clock.write_text("+0\n")
    env = {
        **os.environ,
        "LD_PRELOAD": str(LIBFAKETIMES[0]),
        "FAKETIME_TIMESTAMP_FILE": str(clock),
        "FAKETIME_NO_CACHE": "1",
        "FAKETIME_DONT_FAKE_MONOTONIC": "1",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.faults.clock_kiosk",
            tmp_catalog,
            clock,
            str(jump),
            *(str(s) for s in (IDLE_S, COUNTDOWN_S, SLIDE_S)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert "QML" not in result.stderr and "Traceback" not in result.stderr, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    # the process saw its wall clock jump, twice
    assert len(report["jumps"]) == 2
    assert all(abs(seen - jump) < 5 for seen in report["jumps"]), report["jumps"]
    # idle reset came when it should, by the steady clock
    assert abs(report["timeout_after_touch"] - (IDLE_S + COUNTDOWN_S)) < SLACK_S, report
    # the attract loop kept turning every SLIDE_S seconds across its jump
    slides = report["slides"]
    gaps = [b - a for a, b in zip(slides, slides[1:], strict=False)]
    assert len(gaps) >= 2, report
    assert all(abs(gap - SLIDE_S) < SLACK_S for gap in gaps), gaps
