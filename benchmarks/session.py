"""Drives a running kiosk from timers inside `app.exec()`, so that the real event loop runs
and deferred deletes happen as they do for visitors (QT-NOTES "Measuring the running kiosk"),
and reads what it costs: frame times, photos shown, memory.

A script is a generator: it yields a number of seconds to wait, or a predicate to wait for;
the kiosk's event loop runs in between.
"""

import time
from collections.abc import Callable, Generator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtQuick import QQuickItem

Wait = float | Callable[[], bool]
Script = Generator[Wait, None, None]

POLL_MS = 4


class Driver(QObject):
    """Runs a script inside the application's event loop; `run()` returns when it ends."""

    def __init__(self, script: Script, timeout_s: float = 3600):
        super().__init__()
        self._script = script
        self._until: Callable[[], bool] | None = None
        self._deadline = time.monotonic() + timeout_s
        self.error: BaseException | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._tick)

    def run(self) -> None:
        self._timer.start()
        QCoreApplication.instance().exec()
        self._timer.stop()
        if self.error is not None:
            raise self.error

    def _tick(self) -> None:
        try:
            if time.monotonic() > self._deadline:
                raise TimeoutError("the benchmark script ran out of time")
            if self._until is not None and not self._until():
                return
            wait = next(self._script)
        except StopIteration:
            self._finish()
            return
        except BaseException as error:  # handed back to run()'s caller
            self.error = error
            self._finish()
            return
        if callable(wait):
            self._until = wait
        else:
            end = time.monotonic() + wait
            self._until = lambda: time.monotonic() >= end

    def _finish(self) -> None:
        self._timer.stop()
        QCoreApplication.instance().quit()


class Frames:
    """Timestamps of the frames the window shows."""

    def __init__(self, window):
        self.times: list[float] = []
        window.frameSwapped.connect(self._swapped, Qt.ConnectionType.DirectConnection)

    def _swapped(self) -> None:
        self.times.append(time.perf_counter())

    def since(self, start: float) -> list[float]:
        return [t for t in self.times if t > start]


def status(pid: int | str = "self") -> dict[str, int]:
    """/proc/<pid>/status memory lines in kB (VmRSS, RssAnon, RssFile, RssShmem, VmHWM)."""
    figures = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem"):
            figures[key] = int(value.split()[0])
    return figures


def resident_by_mapping(pid: int | str = "self", top: int = 8) -> list[tuple[str, int]]:
    """The largest resident parts of the process by mapped file (anonymous memory together),
    in kB, from /proc/<pid>/smaps."""
    sizes: dict[str, int] = {}
    name = ""
    for line in Path(f"/proc/{pid}/smaps").read_text().splitlines():
        head = line.split(maxsplit=5)
        if len(head) >= 5 and "-" in head[0] and ":" in head[3]:
            name = head[5].strip() if len(head) == 6 else "[anonymous]"
            if name.startswith("[heap]") or name.startswith("[stack"):
                name = "[anonymous]"
            name = Path(name).name if name.startswith("/") else name
        elif line.startswith("Rss:"):
            sizes[name] = sizes.get(name, 0) + int(line.split()[1])
    return sorted(sizes.items(), key=lambda item: -item[1])[:top]


def descendants(root: QQuickItem):
    yield root
    for child in root.childItems():
        yield from descendants(child)


def current_page(window) -> QQuickItem:
    stack = window.findChild(QObject, "stack")
    return stack.property("currentItem")


def stack_busy(window) -> bool:
    return bool(window.findChild(QObject, "stack").property("busy"))


def images_loading(root: QQuickItem) -> bool:
    return any(
        item.isVisible()
        and not item.property("source").isEmpty()
        and item.property("progress") < 1.0
        for item in descendants(root)
        if item.inherits("QQuickImage")
    )


def page_drawn(window) -> Callable[[], bool]:
    """A predicate: the page transition is over and every visible image on the page loaded."""
    return lambda: not stack_busy(window) and not images_loading(current_page(window))


_held: list[QQuickItem] = []


def product_grid(window) -> QQuickItem:
    page = current_page(window)
    # Keep the page's Python wrapper alive with the grid's: when a parent's wrapper goes,
    # PySide marks the wrappers of the children found through it as deleted, although the
    # C++ items live on ("Internal C++ object already deleted").
    _held[:] = [page]
    grid = page.findChild(QQuickItem, "productGrid")
    if grid is None:
        raise RuntimeError("no productGrid on the current page")
    return grid


def cards_on_screen(grid: QQuickItem) -> list[QQuickItem]:
    """The grid's delegates that show at least partly within its viewport."""
    top = grid.property("contentY")
    view = QRectF(grid.property("contentX"), top, grid.width(), grid.height())
    return [
        cell
        for cell in grid.property("contentItem").childItems()
        if cell.isVisible()
        and cell.width() > 0
        and QRectF(cell.x(), cell.y(), cell.width(), cell.height()).intersects(view)
    ]


def _thumb(cell: QQuickItem) -> QQuickItem | None:
    for item in descendants(cell):
        if item.objectName() == "thumb":
            return item
    return None


def photos_shown(grid: QQuickItem) -> tuple[int, int]:
    """(cards on screen showing their photo, cards on screen)."""
    cards = cards_on_screen(grid)
    shown = 0
    for cell in cards:
        thumb = _thumb(cell)
        if thumb is not None and thumb.property("progress") >= 1.0:
            shown += 1
    return shown, len(cards)


def centre_of(item: QQuickItem):
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


def tap(window, point) -> None:
    """A press and release of the left button at `point`, delivered at once, as
    `QTest.mouseClick` does. QtTest is not loaded: it maps QtWidgets (6 MB of resident
    memory a kiosk never has), and the memory figures are the kiosk's."""
    at = QPointF(point)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, none),
    ):
        event = QMouseEvent(
            kind, at, window.mapToGlobal(at), left, buttons, Qt.KeyboardModifier.NoModifier
        )
        QCoreApplication.sendEvent(window, event)
