"""The kiosk side of the scale benchmark, run in a fresh process per measurement:

    python -m benchmarks.scale_kiosk start DB        process start to the attract loop drawn
    python -m benchmarks.scale_kiosk gallery DB      process start to the featured gallery drawn
    python -m benchmarks.scale_kiosk session DB ...  taps, flick, browse everything, cycles

Prints one JSON line (the last line of stdout) with the figures.
"""

import argparse
import json
import os
import sys
import time

STARTED = time.time()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

from PySide6.QtCore import QEasingCurve, QLoggingCategory, QPropertyAnimation, QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402

from benchmarks import session as s  # noqa: E402
from kiosk.catalog.store import load_catalog  # noqa: E402
from kiosk.languages import LANGUAGES  # noqa: E402
from kiosk.ui.app import start_kiosk  # noqa: E402

SIZE = QSize(1920, 1080)
FLICK_PX_PER_S = 8000
# Memory is read after this long without input: the kiosk hands freed memory back to the
# system shortly after a visitor's last tap (kiosk/ui/memory.py).
SETTLE_S = 5.0
LANGUAGE_EVERY = 100  # navigation cycles in one language before the next


def _application() -> QGuiApplication:
    """As the kiosk program makes it (kiosk/ui/app.py main)."""
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("odop-kiosk")
    return app


def _emit(figures: dict) -> None:
    print(json.dumps(figures), flush=True)


def start(db: str) -> None:
    """Seconds from process start (the parent's clock) to the attract loop's first frame."""
    app = _application()
    kiosk = start_kiosk(load_catalog(db), SIZE)
    first: list[float] = []

    def swapped() -> None:
        if not first:
            first.append(time.time())
            app.quit()

    kiosk.window.frameSwapped.connect(swapped)
    app.exec()
    _emit({"first_frame": first[0], "rss_kb": s.status()["VmRSS"]})
    kiosk.close()


def gallery(db: str) -> None:
    """Process start to the featured gallery (every product) drawn with its photos, as the
    Chromium comparison's page shows the same cards."""
    app = _application()  # noqa: F841 - kept alive for the run
    kiosk = start_kiosk(load_catalog(db), SIZE)
    kiosk.controller.wake()
    kiosk.controller.openFeatured()
    shown: list[float] = []

    def script() -> s.Script:
        yield s.page_drawn(kiosk.window)
        frames = s.Frames(kiosk.window)
        mark = time.perf_counter()
        kiosk.window.update()
        yield lambda: bool(frames.since(mark))
        shown.append(time.time())
        yield 0.3  # stay up a moment, so that the parent's sampler sees the settled size

    s.Driver(script(), timeout_s=120).run()
    figures = {"drawn": shown[0], "cards": kiosk.controller.galleryCount}
    _emit({**figures, "rss_kb": s.status()["VmRSS"]})
    kiosk.close()


def _scroll(grid, px_per_s: float, limit_s: float | None = None) -> QPropertyAnimation:
    start_y = grid.property("originY")
    end_y = max(start_y, grid.property("contentHeight") + start_y - grid.height())
    if limit_s is not None:
        end_y = min(end_y, start_y + px_per_s * limit_s)
    animation = QPropertyAnimation(grid, b"contentY")
    animation.setStartValue(float(start_y))
    animation.setEndValue(float(end_y))
    animation.setDuration(max(1, int((end_y - start_y) / px_per_s * 1000)))
    animation.setEasingCurve(QEasingCurve.Type.Linear)
    return animation


def session(args) -> None:
    app = _application()  # noqa: F841 - kept alive for the run
    catalog = load_catalog(args.db)
    kiosk = start_kiosk(catalog, SIZE)
    window, controller = kiosk.window, kiosk.controller
    # A visitor's touches keep the kiosk awake; this script's scrolling and calls do not,
    # and the idle timeout sent it back to the attract loop in the middle of a long flick.
    kiosk.idle.configure(24 * 3600, int(catalog.settings["idle_countdown_s"]))
    frames = s.Frames(window)
    figures: dict = {"products": len(catalog.products)}
    ids = list(catalog.products)

    def drawn() -> s.Wait:
        return s.page_drawn(window)

    def tap_to_frame(item, taps: list[float]) -> s.Script:
        changed: list[float] = []

        def navigated(*_) -> None:
            changed.append(time.perf_counter())

        controller.historyChanged.connect(navigated)
        point = s.centre_of(item)
        started = time.perf_counter()
        s.tap(window, point)
        yield lambda: bool(changed) and bool(frames.since(changed[0]))
        controller.historyChanged.disconnect(navigated)
        taps.append(frames.since(changed[0])[0] - started)

    def scroll_through(grid, px_per_s: float, limit_s: float | None, samples: list) -> s.Script:
        animation = _scroll(grid, px_per_s, limit_s)
        animation.start()
        next_sample = time.perf_counter()
        while animation.state() == QPropertyAnimation.State.Running:
            now = time.perf_counter()
            if now >= next_sample:
                samples.append(s.photos_shown(grid))
                next_sample = now + 0.05
            yield 0.0
        yield drawn()

    def script() -> s.Script:
        yield drawn()
        controller.wake()
        yield 1.0
        yield drawn()
        yield SETTLE_S
        figures["rss_open"] = s.status()
        figures["mapped_open"] = s.resident_by_mapping()

        # Tap to the next screen: a gallery card to its product page.
        controller.openFeatured()
        yield drawn()
        taps: list[float] = []
        for i in range(args.taps):
            cards = s.cards_on_screen(s.product_grid(window))
            card = [c for c in cards if c.y() >= s.product_grid(window).property("contentY")]
            yield from tap_to_frame(card[i % min(len(card), 10)], taps)
            if controller.page != "product":
                raise RuntimeError(f"tap {i} did not open a product")
            yield drawn()
            controller.back()
            yield drawn()
        figures["taps"] = taps

        # Flick: the featured gallery (every product) at 8,000 px/s, top to bottom.
        grid = s.product_grid(window)
        samples: list[tuple[int, int]] = []
        mark = time.perf_counter()
        yield from scroll_through(grid, FLICK_PX_PER_S, args.flick_s, samples)
        flick_frames = frames.since(mark)
        figures["flick_intervals"] = [b - a for a, b in zip(flick_frames, flick_frames[1:])][2:-2]
        figures["flick_shown"] = [sum(x[0] for x in samples), sum(x[1] for x in samples)]
        figures["flick_cards"] = controller.galleryCount
        yield SETTLE_S
        figures["rss_after_flick"] = s.status()

        # Browse: every craft and district gallery top to bottom, then product pages, in
        # each of the visitors' languages in turn (their fonts are mapped as they draw).
        browse_samples: list[tuple[int, int]] = []
        galleries = [("craft", code) for code in catalog.crafts] + [
            ("district", code) for code in catalog.districts
        ]
        for number, (kind, code) in enumerate(galleries if args.browse else []):
            controller.setLanguage(LANGUAGES[number % len(LANGUAGES)])
            (controller.openCraft if kind == "craft" else controller.openDistrict)(code)
            yield drawn()
            yield from scroll_through(
                s.product_grid(window), args.browse_speed, None, browse_samples
            )
        figures["galleries_scrolled"] = 1 + (len(galleries) if args.browse else 0)
        controller.openFeatured()
        yield drawn()

        # Navigation cycles: gallery -> product page -> gallery, each product in turn, as
        # a quick visitor taps: the next tap comes once the page is drawn with its photos,
        # without waiting for the page's slide-in to end.
        def shown(mark: float) -> s.Wait:
            return lambda: bool(frames.since(mark)) and not s.images_loading(s.current_page(window))

        rss_by_cycle: dict[int, int] = {}
        cycle_s: list[float] = []
        for cycle in range(args.cycles):
            if cycle % LANGUAGE_EVERY == 0:
                controller.setLanguage(LANGUAGES[cycle // LANGUAGE_EVERY % len(LANGUAGES)])
            started = time.perf_counter()
            controller.openProduct(ids[cycle % len(ids)])
            yield shown(time.perf_counter())
            controller.back()
            yield shown(time.perf_counter())
            cycle_s.append(time.perf_counter() - started)
            done = cycle + 1
            if done in (1, 100, 500) or done % 1000 == 0 or done == args.cycles:
                yield SETTLE_S  # as between visitors: the kiosk returns what it freed
                rss_by_cycle[done] = s.status()["VmRSS"]
        yield drawn()
        figures["cycles"] = args.cycles
        figures["product_pages_opened"] = min(args.cycles, len(ids))
        figures["rss_by_cycle"] = rss_by_cycle
        figures["cycle_s"] = cycle_s
        controller.setLanguage(LANGUAGES[0])
        controller.home()
        yield drawn()
        yield SETTLE_S
        figures["rss_browsed"] = s.status()
        figures["mapped_browsed"] = s.resident_by_mapping()

    s.Driver(script()).run()
    _emit(figures)
    kiosk.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale_kiosk")
    parser.add_argument("what", choices=("start", "gallery", "session"))
    parser.add_argument("db")
    parser.add_argument("--taps", type=int, default=40)
    parser.add_argument("--flick-s", type=float, default=None, help="flick at most this long")
    parser.add_argument("--browse", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--browse-speed", type=float, default=FLICK_PX_PER_S)
    parser.add_argument("--cycles", type=int, default=10_000)
    args = parser.parse_args(argv)
    if args.what == "start":
        start(args.db)
    elif args.what == "gallery":
        gallery(args.db)
    else:
        session(args)


if __name__ == "__main__":
    main(sys.argv[1:])
