"""The restless visitor: seeded random actions on a running kiosk's real QML, chosen from
what is on screen, as fast as the kiosk takes them.

One simulator for the suite's short run (tests/ui/test_random_taps.py) and the long soak
(`python -m benchmarks soak`); it imports neither pytest nor anything of the tests.

Each action is one of (ACTION_KINDS): a tap on a button on screen (the items assistive
technology announces as buttons, one this visitor has tried least), a step towards the
screen kind reached least so far (a visitor who wants to see the map, the artisan, ...), a
tap anywhere, a swipe or fling, a two-finger pinch (on the map and the photo viewer, and
anywhere else now and then), a key of the search keyboard (on the search page), a language
switch, Back or Home, and an idle reset (the "Are you still there?" countdown, or its end).
Taps are mouse clicks or touches; swipes and pinches are touch events. Between actions the
real event loop runs for 0 to a few milliseconds (QTest.qWait, which also runs deferred
deletes): transitions may still run when the next tap comes, as with a restless visitor.
Every `catalogue_every` actions the caller's `replace_catalogue` puts a new catalogue in
place, which the running kiosk notices and shows (on the attract loop, or at once if the
product on screen is gone).
"""

import random
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtQuick import QQuickItem
from PySide6.QtTest import QTest

SCREENS = (
    "home", "crafts", "districts", "map", "gallery", "product", "viewer", "artisan",
    "shortlist", "search",
)  # fmt: skip
ACTION_KINDS = (
    "button", "toward", "tap", "fling", "pinch", "key", "language", "nav", "idle",
)  # fmt: skip
# How often each kind of action is chosen while a page slides in, and once it stands (the
# search page's keys only there, pinches more where two fingers zoom). Idle resets are rare:
# a visitor leaves now and then.
RESTLESS = {
    "button": 0, "toward": 0, "tap": 50, "fling": 30, "pinch": 8, "key": 0,
    "language": 1, "nav": 0, "idle": 0.2,
}  # fmt: skip
CHOOSING = {
    "button": 10, "toward": 70, "tap": 4, "fling": 4, "pinch": 3, "key": 0,
    "language": 3, "nav": 3, "idle": 3,
}  # fmt: skip
GOALS = tuple(screen for screen in SCREENS if screen != "home")  # Home is never far
PAUSES_MS = (0, 0, 1, 2, 4)  # the event loop runs this long after an action


def _named(*names: str) -> Callable[[str], bool]:
    return lambda name: name in names


def _prefixed(prefix: str) -> Callable[[str], bool]:
    return lambda name: name.startswith(prefix)


# Where a visitor knows a control leads: (screen it is on, screen it leads to, control).
# The nav bar's Home and Search are on every screen but the viewer.
ROUTES: list[tuple[str, str, Callable[[str], bool]]] = [
    ("home", "gallery", _named("tile-featured")),
    ("home", "crafts", _named("tile-crafts")),
    ("home", "map", _named("tile-districts")),
    ("home", "search", _named("tile-search")),
    ("home", "shortlist", _named("tile-shortlist")),
    ("crafts", "gallery", _prefixed("craft-")),
    ("map", "districts", _named("districts-list")),
    ("map", "gallery", _prefixed("district-map-label-")),
    ("districts", "gallery", _prefixed("district-")),
    ("gallery", "product", _prefixed("product-")),
    ("artisan", "product", _prefixed("product-")),
    ("shortlist", "product", _prefixed("shortlisted-")),
    ("product", "viewer", _prefixed("slide-")),
    ("product", "artisan", _named("artisanCard")),
    ("product", "shortlist", _named("shortlist-view")),
    ("viewer", "product", _named("viewerClose")),
    ("shortlist", "gallery", _named("shortlist-browse")),
    ("search", "product", _prefixed("product-")),  # once something is typed
    *((screen, "home", _named("home")) for screen in SCREENS if screen != "viewer"),
    *((screen, "search", _named("search")) for screen in SCREENS if screen != "viewer"),
]


def scene_items(item: QQuickItem) -> Iterator[QQuickItem]:
    """`item` and every item below it that a visitor may see: hidden or transparent
    branches are skipped whole."""
    yield item
    for child in item.childItems():
        if child.isVisible() and child.opacity() > 0:
            yield from scene_items(child)


def topmost(item: QQuickItem, point: QPointF) -> QQuickItem:
    """The deepest visible item at `point` (scene coordinates) under `item`, as a tap finds it."""
    for child in sorted(reversed(item.childItems()), key=lambda c: c.z(), reverse=True):
        if child.isVisible() and child.opacity() > 0 and child.contains(child.mapFromScene(point)):
            return topmost(child, point)
    return item


def centre(item: QQuickItem) -> QPoint:
    return item.mapToScene(QPointF(item.width() / 2, item.height() / 2)).toPoint()


class VisitorError(AssertionError):
    """The kiosk is not whole: a page it cannot be on, a shortlist over its limit..."""


class RestlessVisitor:
    """Drives `kiosk` (a running kiosk from kiosk.ui.app.start_kiosk) with seeded random
    actions; counts the actions by kind (`actions`) and the screens reached (`screens`)."""

    def __init__(
        self,
        kiosk,
        seed: int,
        *,
        replace_catalogue: Callable[[], None] | None = None,
        catalogue_every: int = 5000,
        pauses_ms: tuple[int, ...] = PAUSES_MS,
    ):
        self.kiosk = kiosk
        self.window = kiosk.window
        self.controller = kiosk.controller
        self.rng = random.Random(seed)
        self.replace_catalogue = replace_catalogue
        self.catalogue_every = catalogue_every
        self.pauses_ms = pauses_ms
        self.done = 0
        self.actions: Counter[str] = Counter()
        self.screens: Counter[str] = Counter()  # arrivals on each screen kind
        self.goal = ""  # the screen kind this visitor is making for, if any
        self._goal_steps = 0
        self._was = "attract"
        self.tried: Counter[str] = Counter()
        self.catalogues_offered = 0
        self.catalogues_shown = 0
        self.most_shortlisted = 0
        self.low_reach = 0  # actions after which every page was lowered (low reach)
        self.most_typed = 0
        self._stack = self.window.findChild(QQuickItem, "stack")
        self._attract = self.window.findChild(QQuickItem, "attract")
        self._device = _touch_device()
        self.controller.catalogChanged.connect(self._catalogue_shown)
        # Buttons are found by the role assistive technology would see, without switching
        # accessibility on: the kiosk runs as it does with no screen reader attached.

    def _catalogue_shown(self) -> None:
        self.catalogues_shown += 1

    def close(self) -> None:
        self.controller.catalogChanged.disconnect(self._catalogue_shown)

    # -- the run ----------------------------------------------------------------------
    def run(self, actions: int, every: int = 0, call: Callable[[int], None] | None = None) -> None:
        """`actions` more actions; `call(done)` after every `every` of them."""
        for _ in range(actions):
            self.act()
            if call is not None and every and self.done % every == 0:
                call(self.done)

    def act(self) -> None:
        """One action, then the event loop briefly; every 50, the kiosk's state checked."""
        if (
            self.replace_catalogue is not None
            and self.done
            and self.done % self.catalogue_every == 0
        ):
            self.replace_catalogue()
            self.catalogues_offered += 1
        kind = self._choose()
        getattr(self, "_" + kind)()
        self.actions[kind] += 1
        self.done += 1
        QTest.qWait(self.rng.choice(self.pauses_ms))
        controller = self.controller
        now = self._page()
        if now != self._was:
            self.screens[now] += 1
            self._was = now
        self.most_shortlisted = max(self.most_shortlisted, len(controller.shortlistIds))
        self.most_typed = max(self.most_typed, len(controller.searchQuery))
        self.low_reach += controller.lowReach
        if self.done % 50 == 0:
            self.check()

    def check(self) -> None:
        controller = self.controller
        if controller.page not in SCREENS:
            raise VisitorError(f"the kiosk is on a page {controller.page!r}")
        if not 1 <= controller.depth <= 12:
            raise VisitorError(f"{controller.depth} pages deep")
        if len(controller.shortlistIds) > controller.shortlistLimit:
            raise VisitorError(f"{len(controller.shortlistIds)} products shortlisted")
        if not self.window.isVisible():
            raise VisitorError("the kiosk's window is gone")

    def summary(self) -> str:
        screens = ", ".join(f"{name} {self.screens[name]}" for name in ("attract", *SCREENS))
        actions = ", ".join(f"{kind} {self.actions[kind]}" for kind in ACTION_KINDS)
        return (
            f"{self.done} actions ({actions}); arrived on: {screens}; "
            f"catalogues offered {self.catalogues_offered}, shown {self.catalogues_shown}; "
            f"most shortlisted {self.most_shortlisted}, most typed {self.most_typed}, "
            f"low reach on after {self.low_reach} actions"
        )

    # -- choosing ---------------------------------------------------------------------
    def _page(self) -> str:
        return "attract" if self.controller.attract else self.controller.page

    def _choose(self) -> str:
        """While a page slides in (taps on it are lost) the visitor taps, swipes and pinches
        restlessly; once it stands, mostly chooses: a button, a step towards a goal."""
        page = self._page()
        weights = dict(RESTLESS if self._busy() else CHOOSING)
        if page == "search":
            weights["key"] = 30  # a visitor on the search page mostly types
        if page in ("map", "viewer"):
            weights["pinch"] *= 3
        kinds = list(weights)
        return self.rng.choices(kinds, weights=[weights[k] for k in kinds])[0]

    def _busy(self) -> bool:
        """Whether a page slides in, or the attract loop fades out: taps on them are lost."""
        if self._stack.property("busy"):
            return True
        attract = self._attract
        return not self.controller.attract and attract.isVisible() and attract.opacity() > 0

    def _buttons(
        self, matches: Callable[[str], bool] | None = None, on_screen: bool = True
    ) -> list[QQuickItem]:
        """The buttons shown now (as assistive technology announces them) whose names
        `matches`, each with its middle inside the window (or anywhere: `on_screen` False)."""
        width, height = self.window.width(), self.window.height()
        found = []
        for item in scene_items(self.window.contentItem()):
            if matches is not None and not matches(item.objectName()):
                continue
            face = QAccessible.queryAccessibleInterface(item)
            if face is None or face.role() != QAccessible.Role.Button:
                continue
            middle = centre(item)
            if not on_screen or (0 <= middle.x() < width and 0 <= middle.y() < height):
                found.append(item)
        return found

    def _uncovered(self, item: QQuickItem) -> bool:
        """Whether a tap on the middle of `item` lands on it (nothing covers it there)."""
        hit: QQuickItem | None = topmost(self.window.contentItem(), QPointF(centre(item)))
        while hit is not None and hit != item:
            hit = hit.parentItem()
        return hit is not None

    def _one_of(self, items: list[QQuickItem]) -> QQuickItem | None:
        """One of `items` that a tap reaches, one this visitor has tried least."""
        items = list(items)
        self.rng.shuffle(items)
        items.sort(key=lambda item: self.tried[item.objectName()])
        for item in items[:4]:
            if self._uncovered(item):
                self.tried[item.objectName()] += 1
                return item
        return None

    @staticmethod
    def _moving(item: QQuickItem) -> bool:
        """Whether the page under `item` still moves: a tap on it would only stop it."""
        node: QQuickItem | None = item
        while node is not None:
            if node.property("moving"):
                return True
            node = node.parentItem()
        return False

    def _tap_on(self, item: QQuickItem | None) -> None:
        """A tap on `item` (a tap anywhere if None); while the page under it still moves,
        a moment's patience first (the event loop runs until it stops, at most 0.3 s)."""
        if item is None:
            self._tap()
            return
        point = centre(item)
        for _ in range(20):
            if not self._moving(item):
                break
            QTest.qWait(15)
            if not shiboken6.isValid(item):  # its page went meanwhile (a new catalogue)
                break
            point = centre(item)  # where it is now
        self._tap_at(point)

    # -- the actions ------------------------------------------------------------------
    def _button(self) -> None:
        self._tap_on(self._one_of(self._buttons()))

    def _toward(self) -> None:
        """A step towards the screen kind this visitor has reached least (a goal kept for a
        dozen steps): the control that leads there tapped, or the page moved to bring it on
        screen."""
        here = self._page()
        if here == "attract":
            self._tap()
            return
        if not self.goal or self.goal == here or self._goal_steps > 12:
            self.goal = min(GOALS, key=lambda s: (self.screens[s], self.rng.random()))
            self._goal_steps = 0
        self._goal_steps += 1
        if here == "product" and not self.controller.shortlistIds and self.rng.random() < 0.3:
            step: Callable[[str], bool] | None = _named("shortlist-toggle")  # one to keep
        else:
            step = self._first_step(here, self.goal)
        if step is None:
            self._nav()
            return
        found = self._buttons(step, on_screen=False)
        if here == "search" and not found:
            self._key()  # results come as the visitor types
            return
        height = self.window.height()
        shown = [item for item in found if 0 <= centre(item).y() < height]
        item = self._one_of(shown) if shown else None
        if item is not None:
            self._tap_on(item)
        elif found:  # further down the page (or under the bar), or back up
            self._bring_on(found[0])
        else:
            self._nav()

    def _bring_on(self, item: QQuickItem) -> None:
        """The page (the Flickable) that holds `item` pushed so that `item` comes on."""
        pane: QQuickItem | None = item.parentItem()
        while pane is not None and pane.property("contentY") is None:
            pane = pane.parentItem()
        if pane is None:
            self._read_on()
            return
        corner = pane.mapToScene(QPointF(0, 0))
        x = int(corner.x() + pane.width() / 2)
        high = QPoint(x, int(corner.y() + pane.height() * 0.15))
        low = QPoint(x, int(corner.y() + pane.height() * 0.85))
        below = centre(item).y() > corner.y() + pane.height() / 2
        self._drag(low, high, hold=True) if below else self._drag(high, low, hold=True)

    @staticmethod
    def _first_step(here: str, goal: str) -> Callable[[str], bool] | None:
        """The control on `here` that leads first on a shortest way to `goal`."""
        if here == goal:
            return None
        reached, frontier = {here: None}, [here]
        while frontier:
            following = []
            for screen in frontier:
                for start, end, control in ROUTES:
                    if start == screen and end not in reached:
                        reached[end] = reached[screen] or control
                        following.append(end)
            frontier = following
        return reached.get(goal)

    def _tap(self) -> None:
        """A tap anywhere on the page (now and then anywhere at all, the bar at the
        bottom included)."""
        self._tap_at(self._somewhere())

    def _somewhere(self) -> QPoint:
        """A point on the page (the stack of pages), or one time in twenty anywhere."""
        rng = self.rng
        if rng.random() < 0.05:
            return QPoint(rng.randrange(self.window.width()), rng.randrange(self.window.height()))
        stack = self._stack
        corner = stack.mapToScene(QPointF(0, 0))
        return QPoint(
            int(corner.x() + rng.random() * stack.width()),
            int(corner.y() + rng.random() * stack.height()),
        )

    def _tap_at(self, point: QPoint) -> None:
        if self.rng.random() < 0.1:  # a mouse, now and then (the staff's)
            QTest.mouseClick(
                self.window, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point
            )
        else:
            QTest.touchEvent(self.window, self._device).press(0, point, self.window).commit(False)
            QTest.touchEvent(self.window, self._device).release(0, point, self.window).commit(False)

    def _fling(self) -> None:
        if self.rng.random() < 0.4:
            self._read_on()
            return
        self._drag(self._somewhere(), self._somewhere())

    def _read_on(self) -> None:
        """The page's middle pushed up (or now and then down): reading on."""
        width, height = self.window.width(), self.window.height()
        start, end = QPoint(width // 2, height * 2 // 3), QPoint(width // 2, height // 4)
        if self.rng.random() < 0.2:
            start, end = end, start
        self._drag(start, end)

    def _drag(self, start: QPoint, end: QPoint, hold: bool = False) -> None:
        """A finger from `start` to `end` in three moves 1 ms apart: a fling; with `hold` it
        rests at the end before it lifts, so that the page stops where it was pushed."""
        touch = QTest.touchEvent
        touch(self.window, self._device).press(0, start, self.window).commit(False)
        for step in (1, 2, 3):
            QTest.qSleep(1)  # the finger moves on while the kiosk handles the events
            point = start + (end - start) * step / 3
            touch(self.window, self._device).move(0, point, self.window).commit(False)
        if hold:
            QTest.qWait(60)
            touch(self.window, self._device).move(0, end, self.window).commit(False)
        touch(self.window, self._device).release(0, end, self.window).commit(False)

    def _pinch(self) -> None:
        """Two fingers spread or close, on the map or the photo where there is one."""
        rng = self.rng
        area = [
            item
            for name in ("district-map-area", "viewerPinch")
            for item in self._named_items(name)
        ]
        if area:
            item = rng.choice(area)
            middle, span = centre(item), int(min(item.width(), item.height()) / 6)
        else:
            middle = self._somewhere()
            span = 120
        factor = rng.choice((0.5, 0.7, 1.4, 2.0, 3.0))
        shift = QPoint(rng.randrange(-80, 81), rng.randrange(-80, 81))
        apart = QPoint(span, span // 2)
        touch = QTest.touchEvent
        touch(self.window, self._device).press(0, middle - apart, self.window).press(
            1, middle + apart, self.window
        ).commit(False)
        for step in (1, 2, 3):
            QTest.qSleep(1)  # the finger moves on while the kiosk handles the events
            now = apart * (1 + (factor - 1) * step / 3)
            moved = middle + shift * step / 3
            touch(self.window, self._device).move(0, moved - now, self.window).move(
                1, moved + now, self.window
            ).commit(False)
        end = apart * factor
        touch(self.window, self._device).release(0, middle + shift - end, self.window).release(
            1, middle + shift + end, self.window
        ).commit(False)

    def _named_items(self, name: str) -> list[QQuickItem]:
        return [
            item for item in scene_items(self.window.contentItem()) if item.objectName() == name
        ]

    def _key(self) -> None:
        keys = self._buttons(_prefixed("key-"))
        if not keys:
            self._tap()
            return
        self._tap_at(centre(self.rng.choice(keys)))

    def _language(self) -> None:
        self._tap_on(self._one_of(self._buttons(_prefixed("language-"))))

    def _nav(self) -> None:
        names = ("back", "back", "home", "viewerClose", "lowReach")
        self._tap_on(self._one_of(self._buttons(_named(*names))))

    def _idle(self) -> None:
        """The visitor walks away: the countdown begins (the next touch cancels it), or it
        ends and the kiosk forgets the visit, as after idle_timeout_s + idle_countdown_s."""
        idle = self.kiosk.idle
        if self.rng.random() < 0.3:
            idle.start_countdown()
        else:
            idle.stop()  # the countdown's end (IdleWatcher._count_down)
            idle.timedOut.emit()


_device = None


def _touch_device():
    """One touch screen for the whole process (Qt keeps a pointer to it)."""
    global _device
    if _device is None:
        _device = QTest.createTouchDevice()
    return _device


# -- catalogues that arrive while the visitor taps --------------------------------------
def variant_catalogue(source: Path, folder: Path, every: int = 10) -> Path:
    """A copy of the catalogue `source` in `folder` (photos hard-linked) less every
    `every`th product, made as staff make one: its products sheet exported, rows removed,
    imported again (the photos already stored are reused)."""
    import csv
    import os
    import shutil

    from kiosk.catalog.export import catalogue_rows
    from kiosk.catalog.importer import import_spreadsheet
    from kiosk.catalog.layout import SHEETS
    from kiosk.catalog.store import media_dir_of

    folder.mkdir(parents=True, exist_ok=True)
    media = folder / "media"
    if not media.exists():
        shutil.copytree(media_dir_of(source), media, copy_function=os.link)
    variant = folder / "variant.db"
    shutil.copy(source, variant)
    point_media_at(variant, "media")
    sheet = folder / "products.csv"
    with sheet.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=SHEETS["products"].names)
        writer.writeheader()
        for index, row in enumerate(catalogue_rows(source)["products"]):
            if index % every != every - 1:
                writer.writerow(row)
    import_spreadsheet(variant, sheet)
    sheet.unlink()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    return variant


def point_media_at(db_path: Path, media_dir: str) -> None:
    import sqlite3

    db = sqlite3.connect(db_path)
    db.execute("UPDATE catalog_info SET value = ? WHERE key = 'media_dir'", (media_dir,))
    db.commit()
    db.close()


class CatalogueSwapper:
    """Puts `catalogues` in turn in place of the catalogue file `watched`, whole, with one
    atomic rename as an import, a restore or a bundle does; the running kiosk notices the
    new file and loads it (kiosk/ui/catalog_watcher.py)."""

    def __init__(self, watched: Path, catalogues: list[Path]):
        self.watched = Path(watched)
        self.catalogues = catalogues
        self.swaps = 0

    def __call__(self) -> None:
        import os
        import shutil

        self.swaps += 1
        arriving = self.watched.with_name(self.watched.name + ".arriving")
        shutil.copyfile(self.catalogues[self.swaps % len(self.catalogues)], arriving)
        os.replace(arriving, self.watched)
