"""A restless visitor: 3,000 seeded random actions on the real QML (1,500 on a portrait
screen, then the screen turned to landscape for 1,500 more), as fast as the kiosk takes
them: taps on buttons and anywhere, swipes and flings, pinches on the map and the photo
viewer, the search keyboard's keys, language switches, Back and Home, low reach, idle
resets, and new catalogues arriving mid-run (DESIGN §8; the long soak of 100,000 actions is
`python -m benchmarks soak`, with the same visitor: tests/visitor.py).

The kiosk never crashes, leaves its window, or logs a QML warning (the `kiosk` fixture
fails the test on one); every screen kind is reached; the catalogue is replaced and the
kiosk shows the new one; and at the end a tap still lands where it should."""

import shutil
import time

import pytest
from PySide6.QtCore import QObject, QSize

from kiosk.catalog.store import load_catalog
from tests.visitor import SCREENS, CatalogueSwapper, RestlessVisitor, variant_catalogue

ACTIONS = 1500  # per orientation
CATALOGUE_EVERY = 750  # a new catalogue arrives three times


@pytest.fixture(scope="module")
def variant(tmp_path_factory, catalog):
    """The bundled catalogue less every tenth product, made by the real import."""
    return variant_catalogue(catalog.path, tmp_path_factory.mktemp("variant"))


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    return load_catalog(tmp_catalog)


def test_a_restless_visitor_leaves_the_kiosk_whole(kiosk, kiosk_catalog, variant):
    original = kiosk_catalog.path.with_name("original.db")
    shutil.copyfile(kiosk_catalog.path, original)
    swapper = CatalogueSwapper(kiosk_catalog.path, [original, variant])
    visitor = RestlessVisitor(
        kiosk.kiosk, seed=20261206, replace_catalogue=swapper, catalogue_every=CATALOGUE_EVERY
    )
    took = []
    for size in (QSize(1080, 1920), QSize(1920, 1080)):  # portrait, then turned
        kiosk.window.resize(size)
        started = time.perf_counter()
        visitor.run(ACTIONS)
        took.append(time.perf_counter() - started)
        print(f"{size.width()}x{size.height()}: {took[-1]:.1f} s")
    print(visitor.summary())
    visitor.close()

    assert visitor.catalogues_offered == 3  # after 750, 1,500 and 2,250 actions
    assert visitor.catalogues_shown >= 1, visitor.summary()  # a new catalogue was shown
    assert set(SCREENS) <= set(visitor.screens), visitor.summary()
    assert visitor.screens["attract"] > 0  # idle resets
    assert visitor.most_shortlisted > 0
    assert visitor.most_typed > 0  # typed on the search keyboard
    assert visitor.low_reach > 0  # and every page was lowered for a while
    for kind in ("button", "toward", "tap", "fling", "pinch", "key", "language", "nav", "idle"):
        assert visitor.actions[kind] > 0, visitor.summary()

    # Still whole, and still answering: Home, then a tile, land where a visitor expects.
    kiosk.settle()
    if kiosk.controller.attract:
        kiosk.wake()
    if kiosk.visible_items("idleOverlay"):  # "Are you still there?": a touch says yes
        kiosk.tap("idleOverlay")
    if kiosk.controller.page == "viewer":
        kiosk.tap("viewerClose")
    if kiosk.controller.page != "home":  # Home's own button is not shown on Home
        kiosk.tap("home")
    assert kiosk.controller.page == "home"
    kiosk.tap("tile-crafts")
    assert kiosk.controller.page == "crafts"
    assert kiosk.window.findChild(QObject, "stack").property("currentItem").objectName() == (
        "craftsPage"
    )
    assert kiosk.visible_items_named(lambda name: name.startswith("craft-"))
