"""The usual alternative, side by side: headless Chromium showing the same 10,000 cards as
one static page with lazy images, against the kiosk opening the same gallery.

Both are measured the same way from outside: launch to the first screen shown (Chromium:
its screenshot written; the kiosk: the gallery drawn with its photos), and the peak PSS of
the whole process tree, summed from /proc/<pid>/smaps_rollup every few milliseconds.
"""

import html
import os
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from kiosk.catalog.store import Catalog

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1920,1080",
    "--hide-scrollbars",
]
SAMPLE_S = 0.02


def chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def gallery_page(catalog: Catalog, path: Path) -> Path:
    """One page of every product's card, in the featured gallery's order: photo (lazy), name
    and district, five to a row as the kiosk shows them at 1920x1080."""
    cards = []
    for product in catalog.featured():
        thumb = product.photos[0].thumb.as_uri() if product.photos else ""
        cards.append(
            f'<a class="card" href="#{html.escape(product.id)}">'
            f'<img loading="lazy" src="{html.escape(thumb)}" width="512" height="384" alt="">'
            f"<b>{html.escape(product.name['en'])}</b>"
            f"<span>{html.escape(catalog.districts[product.district].name['en'])}</span></a>"
        )
    path.write_text(
        "<!doctype html><html lang=en><meta charset=utf-8><title>Featured crafts</title>"
        "<style>body{margin:0 36px;font-family:'Noto Sans',sans-serif;background:#fbf6ee}"
        ".grid{display:grid;grid-template-columns:repeat(5,1fr);gap:16px}"
        ".card{display:block;background:#fff;border:2px solid #e5dccd;border-radius:16px;"
        "padding:8px;color:#2b2118;text-decoration:none}"
        ".card img{width:100%;height:auto;aspect-ratio:4/3;object-fit:cover;display:block}"
        ".card b,.card span{display:block;margin:8px}</style>"
        f"<h1>Featured crafts</h1><p>{len(cards):,} products</p>"
        f'<div class="grid">{"".join(cards)}</div></html>',
        encoding="utf-8",
    )
    return path


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rpartition(")")[2].split()[1])
        parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += parents.get(pid, [])
    return found


def tree_pss_kb(root: int) -> int:
    total = 0
    for pid in _tree(root):
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:
            continue
    return total


class PeakPss:
    """Samples the PSS of a process tree in a thread until stopped; `.peak_kb` is the most."""

    def __init__(self, root: int):
        self.root = root
        self.peak_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak_kb = max(self.peak_kb, tree_pss_kb(self.root))
            time.sleep(SAMPLE_S)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak_kb


def run_chromium(page: Path, timeout_s: float = 300) -> dict[str, float]:
    """Launch to screenshot written (s) and peak PSS of the process tree (kB)."""
    binary = chromium()
    if binary is None:
        raise FileNotFoundError("no chromium on the PATH (./setup.sh bench installs it)")
    with tempfile.TemporaryDirectory(prefix="bench-chromium-") as scratch:
        shot = Path(scratch) / "shot.png"
        profile = Path(scratch) / "profile"
        profile.mkdir()
        started = time.time()
        process = subprocess.Popen(
            [
                binary,
                *CHROMIUM_FLAGS,
                f"--user-data-dir={profile}",
                f"--screenshot={shot}",
                page.as_uri(),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        sampler = PeakPss(process.pid)
        shown = None
        deadline = started + timeout_s
        while time.time() < deadline:
            if shown is None and shot.is_file() and shot.stat().st_size > 0:
                shown = time.time()
            if process.poll() is not None:
                break
            time.sleep(0.005)
        if process.poll() is None:
            process.kill()
        process.wait()
        peak = sampler.stop()
        if shown is None:
            if not (shot.is_file() and shot.stat().st_size > 0):
                raise RuntimeError(f"chromium wrote no screenshot (exit {process.returncode})")
            shown = time.time()
    return {"first_screen_s": shown - started, "peak_pss_kb": peak}


def run_kiosk(db: Path) -> dict[str, float]:
    """The kiosk opened straight onto the same gallery, measured as Chromium is."""
    import json
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "benchmarks.scale_kiosk", "gallery", str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    sampler = PeakPss(process.pid)
    out, _ = process.communicate(timeout=300)
    peak = sampler.stop()
    if process.returncode != 0:
        raise RuntimeError(f"the kiosk's gallery run failed (exit {process.returncode})")
    figures = json.loads(out.strip().splitlines()[-1])
    return {
        "first_screen_s": figures["drawn"] - started,
        "peak_pss_kb": peak,
        "cards": figures["cards"],
    }
