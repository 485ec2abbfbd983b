"""Every DESIGN §7 number at pavilion scale (10,000 products), each beside its target, and
headless Chromium on the same gallery in the same run.

The kiosk runs in fresh processes (benchmarks/scale_kiosk.py) driven from timers inside
`app.exec()`, so deferred deletes happen as they do for visitors.
"""

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks import chromium
from benchmarks.scale_catalogue import catalogue
from benchmarks.stats import percentile
from kiosk.catalog.store import load_catalog

MB = 1024  # kB in a MiB: /proc reports kB


@dataclass
class Figure:
    label: str
    value: str
    target: str = ""
    ok: bool | None = None  # None: no target to judge against

    def line(self) -> str:
        verdict = {None: "", True: "ok", False: "OVER"}[self.ok]
        target = f"target {self.target}" if self.target else ""
        return f"  {self.label:<52} {self.value:>22}   {target:<22} {verdict}".rstrip()


def machine() -> list[Figure]:
    import PySide6
    from PySide6.QtCore import qVersion

    model = ""
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            model = line.partition(":")[2].strip()
            break
    memory = Path("/proc/meminfo").read_text().split()[1]
    return [
        Figure("cores", f"{os.cpu_count()} ({model})" if model else str(os.cpu_count())),
        Figure("memory", f"{int(memory) // MB // 1024} GiB"),
        Figure("load average at start", " ".join(f"{x:.1f}" for x in os.getloadavg())),
        Figure("Python", platform.python_version()),
        Figure("PySide6 / Qt", f"{PySide6.__version__} / {qVersion()}"),
        Figure(
            "Qt platform, Qt Quick backend",
            f"{os.environ.get('QT_QPA_PLATFORM', 'default')}, "
            f"{os.environ.get('QT_QUICK_BACKEND', 'default')}",
        ),
    ]


def _kiosk(*args: str, timeout: float = 7200) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks.scale_kiosk", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"scale_kiosk {args[0]} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _ms(seconds: list[float], fraction: float) -> float:
    return percentile(seconds, fraction) * 1000


def start(db: Path, runs: int = 5) -> tuple[list[Figure], float]:
    import time

    timings = []
    for _ in range(runs):
        started = time.time()
        timings.append(_kiosk("start", str(db))["first_frame"] - started)
    median = statistics.median(timings)
    return [
        Figure(
            f"start to attract loop drawn, median of {runs}",
            f"{median:.2f} s",
            "≤ 1.5 s",
            median <= 1.5,
        ),
        Figure("  slowest start", f"{max(timings):.2f} s"),
    ], median


def session(db: Path, options) -> list[Figure]:
    args = ["session", str(db), "--taps", str(options.taps), "--cycles", str(options.cycles)]
    if options.flick_s:
        args += ["--flick-s", str(options.flick_s)]
    if not options.browse:
        args.append("--no-browse")
    found = _kiosk(*args)
    figures = []
    taps = found["taps"]
    tap_p95 = _ms(taps, 0.95)
    figures.append(
        Figure(
            f"tap card -> product page drawn, p95 of {len(taps)}",
            f"{tap_p95:.0f} ms (median {statistics.median(taps) * 1000:.0f})",
            "≤ 100 ms",
            tap_p95 <= 100,
        )
    )
    intervals = found["flick_intervals"]
    p95, worst = _ms(intervals, 0.95), max(intervals) * 1000
    shown, on_screen = found["flick_shown"]
    share = shown / on_screen if on_screen else 0.0
    flicked = f"{found['flick_cards']:,} cards"
    figures += [
        Figure(
            f"flick {flicked} at 8,000 px/s: frame p95",
            f"{p95:.1f} ms ({len(intervals):,} frames)",
            "≤ 17.5 ms",
            p95 <= 17.5,
        ),
        Figure("  frame interval max", f"{worst:.1f} ms", "≤ 33 ms", worst <= 33),
        Figure(
            "  cards on screen showing their photo",
            f"{share:.1%} of {on_screen:,}",
            "≥ 95%",
            share >= 0.95,
        ),
    ]
    rss_browsed = found["rss_browsed"]["VmRSS"] / MB
    by_cycle = {int(k): v for k, v in found["rss_by_cycle"].items()}
    cycles = found["cycles"]
    figures += [
        Figure("VmRSS once open (Home drawn)", f"{found['rss_open']['VmRSS'] / MB:.0f} MB"),
        Figure("VmRSS after the flick", f"{found['rss_after_flick']['VmRSS'] / MB:.0f} MB"),
        Figure(
            f"VmRSS after browsing {found['galleries_scrolled']} galleries, "
            f"{found['product_pages_opened']:,} product pages (en, hi, ja in turn)",
            f"{rss_browsed:.0f} MB",
            "≤ 200 MB",
            rss_browsed <= 200,
        ),
        Figure("  of which anonymous / file-backed", _split(found["rss_browsed"])),
        Figure("  peak VmRSS (VmHWM)", f"{found['rss_browsed']['VmHWM'] / MB:.0f} MB"),
    ]
    if cycles > 500 and 500 in by_cycle:
        growth = (by_cycle[cycles] - by_cycle[500]) / MB
        figures.append(
            Figure(
                f"VmRSS growth, navigation cycles 500 -> {cycles:,}",
                f"{growth:+.1f} MB",
                "≤ 20 MB",
                growth <= 20,
            )
        )
        if cycles < 10_000:
            figures[-1].label += " (short run)"
    figures.append(
        Figure(
            "  VmRSS by cycle",
            ", ".join(f"{k:,}: {v / MB:.0f}" for k, v in sorted(by_cycle.items())),
        )
    )
    cycle_ms = _ms(found["cycle_s"], 0.5) if found["cycle_s"] else 0
    figures.append(Figure("  one cycle (product page, back), median", f"{cycle_ms:.0f} ms"))
    figures.append(
        Figure(
            "  largest resident parts after browsing",
            ", ".join(f"{name} {kb / MB:.0f}" for name, kb in found["mapped_browsed"][:6]),
        )
    )
    return figures


def _split(status: dict) -> str:
    return f"{status['RssAnon'] / MB:.0f} / {status['RssFile'] / MB:.0f} MB"


def search(db: Path) -> list[Figure]:
    """Search per keystroke over the 10,000-product catalogue (DESIGN §7: p95 ≤ 30 ms)."""
    from benchmarks.search import keystrokes

    timings, cpu, found, built = keystrokes(load_catalog(db))
    wall_p95 = percentile([t * 1000 for t in timings], 0.95)
    cpu_p95 = percentile([t * 1000 for t in cpu], 0.95)
    return [
        Figure(
            "search result per keystroke, p95",
            f"{wall_p95:.1f} ms ({len(timings)} keys)",
            "≤ 30 ms",
            wall_p95 <= 30,
        ),
        Figure("  of which CPU, p95", f"{cpu_p95:.1f} ms"),
        Figure("  keystrokes that found something", f"{found} of {len(timings)}"),
        Figure("  search index built (off the GUI thread)", f"{built:.2f} s"),
    ]


def map_frames(db: Path) -> list[Figure]:
    """The district map while pinch-zooming (its cost does not grow with the products): the
    cached layer the kiosk draws, portrait, as benchmarks/district_map.py measures it."""
    from benchmarks.district_map import idle_frames, zooming_frames_ms

    frames, idle = zooming_frames_ms(), idle_frames()
    p95 = percentile(frames, 0.95)
    return [
        Figure(
            "map frame interval while zooming, p95 / max",
            f"{p95:.1f} / {max(frames):.1f} ms",
            "≤ 17.5 / 33 ms",
            p95 <= 17.5 and max(frames) <= 33,
        ),
        Figure("  map frames drawn in 2 s idle", str(idle), "0", idle == 0),
    ]


def versus_chromium(db: Path, kiosk_start_s: float) -> list[Figure]:
    if chromium.chromium() is None:
        return [Figure("Chromium", "not installed (./setup.sh bench installs it)")]
    catalog = load_catalog(db)
    with tempfile.TemporaryDirectory(prefix="bench-page-") as scratch:
        page = chromium.gallery_page(catalog, Path(scratch) / "featured.html")
        size = page.stat().st_size
        browser = chromium.run_chromium(page)
    kiosk = chromium.run_kiosk(db)
    faster = browser["first_screen_s"] / kiosk["first_screen_s"]
    lighter = kiosk["peak_pss_kb"] / browser["peak_pss_kb"]
    return [
        Figure(
            f"Chromium: launch to screenshot ({size / 1e6:.1f} MB page)",
            f"{browser['first_screen_s']:.2f} s",
        ),
        Figure("Chromium: peak PSS of the process tree", f"{browser['peak_pss_kb'] / MB:.0f} MB"),
        Figure(
            f"kiosk: launch to the same {kiosk['cards']:,}-card gallery drawn",
            f"{kiosk['first_screen_s']:.2f} s",
        ),
        Figure("kiosk: peak PSS of the process", f"{kiosk['peak_pss_kb'] / MB:.0f} MB"),
        Figure(
            "kiosk sooner than Chromium (to its first screen)",
            f"{faster:.1f}x",
            "≥ 5x",
            faster >= 5,
        ),
        Figure(
            "  attract loop drawn vs Chromium's screenshot",
            f"{browser['first_screen_s'] / kiosk_start_s:.1f}x",
        ),
        Figure(
            "kiosk memory / Chromium memory (peak PSS)",
            f"{lighter:.2f}",
            "≤ 0.25",
            lighter <= 0.25,
        ),
    ]


def run(options) -> Iterator[Figure]:
    """The figures one by one, as they are measured."""
    db = catalogue()
    products = len(load_catalog(db).products)
    yield from machine()
    yield Figure("benchmark catalogue", f"{products:,} products, {db}")
    start_figures, start_s = start(db)
    yield from start_figures
    yield from session(db, options)
    yield from search(db)
    yield from map_frames(db)
    yield from versus_chromium(db, start_s)
    yield Figure("load average at end", " ".join(f"{x:.1f}" for x in os.getloadavg()))
