"""The soak: a restless visitor's seeded random actions (100,000 by default) on the
10,000-product scale catalogue, against the real QML, with a new catalogue every 5,000
actions; resident memory (VmRSS) every 1,000 actions. After warm-up it must stay flat
(growth of at most 20 MB), with no crash and no QML warning.

    python -m benchmarks soak [--actions N] [--budget-s S]

The visitor is the suite's (tests/visitor.py): taps on buttons and anywhere, swipes and
flings, pinches on the map and the photo viewer, the search keyboard's keys, language
switches, Back and Home, idle resets. The catalogues alternate between the scale catalogue
and a variant of it made by the real import (every tenth product removed), each put in
place with one atomic rename as an import or a restore does; the running kiosk notices the
file and loads it (on the attract loop, or at once if the product on screen is gone).

The kiosk runs in a child process (`python -m benchmarks.soak child ...`), so that a crash
is reported, not suffered. Every 1,000 actions the visitor leaves: the idle reset takes the
kiosk back to the attract loop (as between two visitors) and the event loop runs for
`--settle-s` without input, in which the kiosk hands freed memory back (kiosk/ui/memory.py);
then VmRSS is read, so every sample is taken in the same state (VmRSS where the visitor was
is printed too). VmRSS counts the memory-mapped Qt libraries and fonts it has touched.
"""

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.catalogue_import import CACHE
from benchmarks.scale import Figure, machine

ACTIONS = 100_000
CATALOGUE_EVERY = 5_000
SAMPLE_EVERY = 1_000
WARM_UP = 10_000  # two catalogues shown, each once
GROWTH_MB = 20
SOAK_VERSION = 1  # change when the variant catalogue made here changes
FOLDER = CACHE / f"soak-v{SOAK_VERSION}"
SEED = 20261206


def catalogues() -> tuple[Path, Path, Path]:
    """(the file the kiosk watches, the scale catalogue, its variant), all in FOLDER beside
    one `media` folder; the variant is made once through the real import and kept."""
    from benchmarks.scale_catalogue import FOLDER as SCALE
    from benchmarks.scale_catalogue import catalogue
    from tests.visitor import variant_catalogue

    scale = catalogue()
    original, variant = FOLDER / "scale.db", FOLDER / "variant.db"
    if not variant.is_file():
        print(f"making the soak's second catalogue in {FOLDER} (once)", flush=True)
        started = time.perf_counter()
        FOLDER.mkdir(parents=True, exist_ok=True)
        made = variant_catalogue(scale, FOLDER)  # FOLDER/media: the scale photos, linked
        shutil.copyfile(scale, original)
        from tests.visitor import point_media_at

        point_media_at(original, "media")
        assert made == variant
        print(f"  made in {time.perf_counter() - started:.0f} s", flush=True)
    assert (SCALE / "media").is_dir()
    watched = FOLDER / "catalog.db"
    shutil.copyfile(original, watched)
    return watched, original, variant


# -- the child: the kiosk and its visitor ------------------------------------------------
def child(args: argparse.Namespace) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_QUICK_BACKEND", "software")
    from PySide6.QtCore import QLoggingCategory, QSize, QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from benchmarks import session as s
    from kiosk.catalog.store import load_catalog
    from kiosk.ui.app import parse_size, start_kiosk
    from tests.visitor import CatalogueSwapper, RestlessVisitor

    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("odop-kiosk")
    warnings: list[str] = []

    def handler(kind, context, message) -> None:
        if kind not in (QtMsgType.QtDebugMsg, QtMsgType.QtInfoMsg):
            warnings.append(message)
            print(f"QT WARNING: {message}", file=sys.stderr, flush=True)

    qInstallMessageHandler(handler)
    size: QSize = parse_size(args.size)
    watched = Path(args.watched)
    kiosk = start_kiosk(load_catalog(watched), size)
    kiosk.engine.warnings.connect(
        lambda errors: warnings.extend(error.toString() for error in errors)
    )
    swapper = CatalogueSwapper(watched, [Path(args.original), Path(args.variant)])
    visitor = RestlessVisitor(
        kiosk, args.seed, replace_catalogue=swapper, catalogue_every=args.catalogue_every
    )
    QTest.qWait(500)
    started = time.monotonic()

    def emit(done: int, **more) -> None:
        memory = s.status()
        line = {
            "done": done,
            "s": round(time.monotonic() - started, 1),
            "rss_kb": memory["VmRSS"],
            "anon_kb": memory["RssAnon"],
            "file_kb": memory["RssFile"],
            "hwm_kb": memory["VmHWM"],
            "warnings": len(warnings),
            "shown": visitor.catalogues_shown,
            **more,
        }
        print("SOAK " + json.dumps(line), flush=True)

    def between_visitors() -> dict:
        """VmRSS where the visitor was, then after they left: the idle reset (back to the
        attract loop, as between two visitors) and `settle_s` without input, in which the
        kiosk hands freed memory back. The second is the one compared: every sample is
        read in the same state, whatever page the visitor was on."""
        where = s.status()["VmRSS"]
        kiosk.idle.stop()
        kiosk.idle.timedOut.emit()  # what the end of the idle countdown does
        QTest.qWait(int(args.settle_s * 1000))
        return {"where_kb": where}

    emit(0, **between_visitors())
    stopped = ""
    while visitor.done < args.actions:
        if time.monotonic() - started > args.budget_s:
            stopped = "budget"
            break
        visitor.run(min(SAMPLE_EVERY, args.actions - visitor.done))
        emit(visitor.done, **between_visitors())
    visitor.check()
    emit(
        visitor.done,
        end=True,
        stopped=stopped,
        actions=dict(visitor.actions),
        screens=dict(visitor.screens),
        offered=visitor.catalogues_offered,
        warning_texts=warnings[:20],
        summary=visitor.summary(),
    )
    visitor.close()
    kiosk.close()


# -- the parent: runs the child, prints the curve ------------------------------------------
def run(options: argparse.Namespace) -> list[Figure]:
    actions = options.actions
    budget_s = options.budget_s
    watched, original, variant = catalogues()
    figures = machine()
    figures.append(Figure("benchmark catalogue", f"{_products(original):,} products (scale)"))
    figures.append(
        Figure("second catalogue (every 10th product removed)", f"{_products(variant):,}")
    )
    for figure in figures:
        print(figure.line(), flush=True)
    figures = []
    command = [
        sys.executable, "-m", "benchmarks.soak", "child",
        "--watched", str(watched), "--original", str(original), "--variant", str(variant),
        "--actions", str(actions), "--budget-s", str(budget_s), "--seed", str(options.seed),
        "--size", options.size, "--settle-s", str(options.settle_s),
        "--catalogue-every", str(CATALOGUE_EVERY),
    ]  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_QUICK_BACKEND="software")
    print(
        f"  {actions:,} actions at {options.size}, a new catalogue every {CATALOGUE_EVERY:,}, "
        f"time budget {budget_s:,.0f} s; VmRSS every {SAMPLE_EVERY:,} actions "
        f"(on the attract loop after the visitor left, {options.settle_s:g} s without input):",
        flush=True,
    )
    samples: list[dict] = []
    end: dict = {}
    started = time.monotonic()
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        for line in process.stdout:
            if not line.startswith("SOAK "):
                continue
            sample = json.loads(line[5:])
            if sample.get("end"):
                end = sample
                continue
            samples.append(sample)
            print(
                f"    {sample['done']:>7,} actions  {sample['s']:>7.0f} s  "
                f"VmRSS {sample['rss_kb'] / 1024:6.1f} MB  (anon {sample['anon_kb'] / 1024:.1f}, "
                f"file {sample['file_kb'] / 1024:.1f})  catalogues shown {sample['shown']}"
                + (f"  QML WARNINGS {sample['warnings']}" if sample["warnings"] else ""),
                flush=True,
            )
        errors = process.stderr.read()
        code = process.wait()
    took = time.monotonic() - started
    crashed = code != 0
    if crashed:
        why = f"signal {signal.Signals(-code).name}" if code < 0 else f"exit {code}"
        figures.append(
            Figure(
                "crash",
                f"{why} after {samples[-1]['done'] if samples else 0:,} actions",
                "none",
                False,
            )
        )
        print(errors[-3000:], file=sys.stderr)
    done = end.get("done", samples[-1]["done"] if samples else 0)
    figures.append(Figure("actions done", f"{done:,} of {actions:,} in {took:,.0f} s"))
    if end.get("stopped") == "budget":
        figures.append(Figure("· stopped by the time budget", f"{budget_s:,.0f} s"))
    if end:
        figures.append(Figure("· by kind", _counts(end["actions"])))
        figures.append(Figure("· screens arrived on", _counts(end["screens"])))
        figures.append(Figure("catalogues offered / shown", f"{end['offered']} / {end['shown']}"))
    warnings = end.get("warnings", samples[-1]["warnings"] if samples else 0)
    figures.append(Figure("QML and Qt warnings", str(warnings), "0", warnings == 0))
    for text in end.get("warning_texts", [])[:5]:
        figures.append(Figure("· warning", text[:120]))
    figures += _growth(samples)
    plot = Path(options.plot or CACHE / "soak-memory.png")
    _plot(samples, plot, actions_each=CATALOGUE_EVERY)
    figures.append(Figure("memory curve plotted", str(plot)))
    verdict = not crashed and warnings == 0 and all(f.ok is not False for f in figures)
    figures.append(Figure("soak", "PASS" if verdict else "FAIL"))
    return figures


def _products(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT count(*) FROM products").fetchone()[0]


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{name} {count:,}" for name, count in counts.items())


def _warm_up(samples: list[dict]) -> int:
    """Actions counted as warm-up: WARM_UP (both catalogues shown once); in a shorter run
    up to the first new catalogue shown (the first replacement costs the most: two
    catalogues of 10,000 products side by side while the new one loads), or a fifth of a
    run shorter still (whole thousands)."""
    last = samples[-1]["done"] if samples else 0
    if last >= 2 * WARM_UP:
        return WARM_UP
    if last >= 2 * (CATALOGUE_EVERY + SAMPLE_EVERY):
        return CATALOGUE_EVERY + SAMPLE_EVERY
    return max(SAMPLE_EVERY, last // 5 // SAMPLE_EVERY * SAMPLE_EVERY)


def _growth(samples: list[dict]) -> list[Figure]:
    """Growth after warm-up: the median of the last few samples against the median of the
    first few after warm-up (one sample is noisy by some MB: a thumbnail or a font touched
    for the first time), with the extremes and the trend beside it."""
    if len(samples) < 4:
        return [Figure("VmRSS growth after warm-up", "too few samples", f"≤ {GROWTH_MB} MB", None)]
    warm = _warm_up(samples)
    after = [sample["rss_kb"] / 1024 for sample in samples if sample["done"] >= warm]
    window = max(1, min(5, len(after) // 2))
    first, last = statistics.median(after[:window]), statistics.median(after[-window:])
    growth = last - first
    done = [sample["done"] for sample in samples if sample["done"] >= warm]
    slope = statistics.linear_regression(done, after).slope * 10_000 if len(after) > 2 else 0
    curve = ", ".join(
        f"{sample['done'] // 1000}k: {sample['rss_kb'] / 1024:.0f}"
        for sample in samples[:: max(1, len(samples) // 12)]
    )
    return [
        Figure("VmRSS at start (attract loop)", f"{samples[0]['rss_kb'] / 1024:.0f} MB"),
        Figure(
            f"VmRSS after warm-up ({warm:,} actions): first / last {window} samples, median",
            f"{first:.0f} / {last:.0f} MB",
        ),
        Figure(
            "VmRSS growth after warm-up (last − first, medians)",
            f"{growth:+.1f} MB",
            f"≤ {GROWTH_MB} MB",
            growth <= GROWTH_MB,
        ),
        Figure("· trend after warm-up (least squares)", f"{slope:+.1f} MB per 10k actions"),
        Figure(
            "· lowest / highest sample after warm-up", f"{min(after):.0f} / {max(after):.0f} MB"
        ),
        Figure("· VmRSS (MB) by thousand actions", curve),
        Figure(
            "· where the visitor was, before leaving: median",
            f"{statistics.median(x['where_kb'] for x in samples) / 1024:.0f} MB",
        ),
        Figure("· peak VmRSS (VmHWM)", f"{samples[-1]['hwm_kb'] / 1024:.0f} MB"),
    ]


def _plot(samples: list[dict], path: Path, actions_each: int) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(6.4, 3.2), dpi=100)
    done = [sample["done"] for sample in samples]
    axes.plot(done, [s["rss_kb"] / 1024 for s in samples], marker=".", label="VmRSS")
    axes.plot(done, [s["anon_kb"] / 1024 for s in samples], linewidth=1, label="anonymous")
    axes.plot(
        done, [s["where_kb"] / 1024 for s in samples], linewidth=0.8, linestyle=":",
        label="before the visitor left",
    )  # fmt: skip
    if done:
        for mark in range(actions_each, done[-1] + 1, actions_each):
            axes.axvline(mark, color="0.85", linewidth=0.8, zorder=0)
        warm = _warm_up(samples)
        axes.axvspan(0, warm, color="0.93", zorder=0, label="warm-up")
    axes.set_xlabel("visitor actions (grey lines: a new catalogue)")
    axes.set_ylabel("MB")
    axes.set_title("ODOP kiosk soak: resident memory")
    axes.legend(loc="lower right", fontsize=8)
    figure.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path)
    pyplot.close(figure)


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actions", type=int, default=ACTIONS, help="soak: visitor actions")
    parser.add_argument(
        "--budget-s", type=float, default=4 * 3600, help="soak: stop after this long (s)"
    )
    parser.add_argument("--seed", type=int, default=SEED, help="soak: the visitor's seed")
    parser.add_argument("--size", default="1080x1920", help="soak: the window, WxH")
    parser.add_argument(
        "--settle-s", type=float, default=2.0, help="soak: no input before each memory sample"
    )
    parser.add_argument("--plot", default="", help="soak: the PNG plot's path")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.soak")
    parser.add_argument("mode", choices=["child", "run"])
    parser.add_argument("--watched", default="")
    parser.add_argument("--original", default="")
    parser.add_argument("--variant", default="")
    parser.add_argument("--catalogue-every", type=int, default=CATALOGUE_EVERY)
    add_options(parser)
    args = parser.parse_args(argv)
    if args.mode == "child":
        child(args)
    else:
        for figure in run(args):
            print(figure.line(), flush=True)


if __name__ == "__main__":
    main()
