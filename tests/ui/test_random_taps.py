"""A restless visitor: 3,000 seeded random actions (1,500 in each orientation) on the real
QML, as fast as the kiosk takes them: taps on buttons and anywhere, swipes and flings,
pinches on the map and the photo viewer, the search keyboard's keys, language switches,
Back and Home, idle resets, and new catalogues arriving mid-run (DESIGN §8; the long soak of
100,000 actions is `python -m benchmarks soak`, with the same visitor: tests/visitor.py).

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
CATALOGUE_EVERY = 500  # a new catalogue arrives twice in each orientation's run


@pytest.fixture(scope="module")
def variant(tmp_path_factory, catalog):
    """The bundled catalogue less every tenth product, made by the real import."""
    return variant_catalogue(catalog.path, tmp_path_factory.mktemp("variant"))


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    return load_catalog(tmp_catalog)


@pytest.mark.parametrize(
    "window_size",
    [QSize(1080, 1920), QSize(1920, 1080)],
    ids=["portrait", "landscape"],
    indirect=True,
)
def test_a_restless_visitor_leaves_the_kiosk_whole(kiosk, kiosk_catalog, variant, window_size):
    original = kiosk_catalog.path.with_name("original.db")
    shutil.copyfile(kiosk_catalog.path, original)
    swapper = CatalogueSwapper(kiosk_catalog.path, [original, variant])
    visitor = RestlessVisitor(
        kiosk.kiosk,
        seed=20261206 + window_size.width(),
        replace_catalogue=swapper,
        catalogue_every=CATALOGUE_EVERY,
    )
    started = time.perf_counter()
    visitor.run(ACTIONS)
    took = time.perf_counter() - started
    print(f"{window_size.width()}x{window_size.height()}: {took:.1f} s; {visitor.summary()}")
    visitor.close()

    assert visitor.catalogues_offered == 2  # after 500 and 1,000 actions
    assert visitor.catalogues_shown >= 1, visitor.summary()  # a new catalogue was shown
    assert set(SCREENS) <= set(visitor.screens), visitor.summary()
    assert visitor.screens["attract"] > 0  # idle resets
    assert visitor.most_shortlisted > 0
    assert visitor.most_typed > 0  # typed on the search keyboard
    for kind in ("button", "toward", "tap", "fling", "pinch", "key", "language", "nav", "idle"):
        assert visitor.actions[kind] > 0, visitor.summary()

    # Still whole, and still answering: Home, then a tile, land where a visitor expects.
    kiosk.settle()
    if kiosk.controller.attract:
        kiosk.wake()
    if kiosk.controller.page == "viewer":
        kiosk.tap("viewerClose")
    kiosk.tap("home")
    assert kiosk.controller.page == "home"
    kiosk.tap("tile-crafts")
    assert kiosk.controller.page == "crafts"
    assert kiosk.window.findChild(QObject, "stack").property("currentItem").objectName() == (
        "craftsPage"
    )
    assert kiosk.visible_items_named(lambda name: name.startswith("craft-"))
