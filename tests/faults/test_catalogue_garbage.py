"""The catalogue file replaced by garbage under a running kiosk: the kiosk keeps showing the
catalogue it has, logs one line saying so, and takes a good catalogue again when one comes."""

import logging
import os
import shutil

import pytest

from kiosk.catalog.store import load_catalog

NOTICE_MS = 5000
REFUSED = "the new catalogue cannot be shown, keeping the current one"


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    return load_catalog(tmp_catalog)


def refusals(caplog) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and REFUSED in r.getMessage()
    ]


@pytest.mark.parametrize("how", ["renamed over", "written in place"])
def test_garbage_catalogue_keeps_the_current_one(kiosk, kiosk_catalog, tmp_path, how, caplog):
    caplog.set_level(logging.INFO)
    path = kiosk_catalog.path
    good = shutil.copy2(path, tmp_path / "good.db")
    garbage = os.urandom(64 * 1024)
    if how == "renamed over":
        (tmp_path / "garbage.db").write_bytes(garbage)
        os.replace(tmp_path / "garbage.db", path)
    else:
        path.write_bytes(garbage)
    kiosk.qtbot.waitUntil(lambda: bool(refusals(caplog)), timeout=NOTICE_MS)
    kiosk.qtbot.wait(2500)  # more polls: the same bad file is not reported again
    assert len(refusals(caplog)) == 1, refusals(caplog)
    assert str(path) in refusals(caplog)[0]
    assert kiosk.controller.catalogVersion == kiosk_catalog.version
    # a visitor sees the catalogue as before, photos, search and all
    kiosk.wake()
    kiosk.tap("tile-featured")
    kiosk.settle()
    cards = kiosk.visible_items_named(lambda name: name.startswith("product-"))
    assert cards
    product = kiosk_catalog.products[cards[0].objectName().removeprefix("product-")]
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    assert kiosk.item("productName").property("text") == product.name["en"]
    assert all(
        photo.property("loaded") or photo.property("progress") == 1.0
        for photo in kiosk.visible_items("photo")
    )
    assert kiosk_catalog.search(product.name["en"])[0] == product.id
    # staff put a good catalogue back: it is shown
    kiosk.controller.resetToAttract()
    os.replace(shutil.copy2(good, tmp_path / "again.db"), path)
    kiosk.qtbot.waitUntil(
        lambda: any(
            "new catalogue" in r.getMessage() and r.levelno == logging.INFO for r in caplog.records
        ),
        timeout=NOTICE_MS,
    )
