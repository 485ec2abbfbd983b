"""Photo files deleted or truncated while the kiosk shows them: each shows its placeholder,
and each file is one line in the log however often it is shown."""

import logging

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor

from kiosk.catalog.store import load_catalog
from kiosk.ui.qml_log import photo_failure

PAPER_DEEP = QColor("#ede2d1")  # Theme.paperDeep, the placeholder behind a photo


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    return load_catalog(tmp_catalog)


@pytest.fixture
def allowed_qml_warnings():
    """QML warns for each Image whose file fails: these and only these are expected."""
    return lambda warning: photo_failure(warning) is not None


def truncate(path, size: int) -> None:
    """Cut `path` to its first `size` bytes: a new file, never through the hard link."""
    data = path.read_bytes()
    path.unlink()
    path.write_bytes(data[:size])


def colour_at(kiosk, item) -> QColor:
    centre = item.mapToScene(QPointF(item.width() / 2, item.height() / 2))
    return kiosk.grab().pixelColor(int(centre.x()), int(centre.y()))


def photo_lines(caplog, path) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.levelno == logging.ERROR and str(path) in r.getMessage()
    ]


@pytest.mark.parametrize("fault", ["deleted", "truncated", "emptied"])
def test_a_broken_photo_shows_its_placeholder_and_one_log_line(kiosk, kiosk_catalog, fault, caplog):
    # Not featured, so the attract loop has not loaded it: Qt keeps a photo it has
    # loaded in memory and shows that, whatever happens to the file.
    broken = next(p for p in kiosk_catalog.products.values() if not p.featured and p.photos)
    neighbours = [
        p for p in kiosk_catalog.products.values() if p.district == broken.district and p.photos
    ]
    photo = broken.photos[0]
    kiosk.wake()  # the kiosk is running when the files break
    for path in (photo.thumb, photo.display):
        if fault == "deleted":
            path.unlink()
        else:
            truncate(path, 100 if fault == "truncated" else 0)
    for _ in range(2):  # shown again and again: still one line each
        kiosk.controller.openDistrict(broken.district)
        kiosk.settle()
        thumb = kiosk.item("thumb", within=f"product-{broken.id}")
        kiosk.qtbot.waitUntil(lambda: bool(photo_lines(caplog, photo.thumb)))
        kiosk.settle()
        assert not thumb.property("loaded")
        assert colour_at(kiosk, thumb) == PAPER_DEEP
        assert broken.name["en"] in kiosk.texts()
        for other in neighbours:
            if other is not broken and kiosk.visible_items(f"product-{other.id}"):
                good = kiosk.item("thumb", within=f"product-{other.id}")
                kiosk.qtbot.waitUntil(lambda good=good: bool(good.property("loaded")))
        kiosk.controller.openProduct(broken.id)
        kiosk.settle()
        shown = kiosk.visible_items("photo")[0]
        kiosk.qtbot.waitUntil(lambda: bool(photo_lines(caplog, photo.display)))
        kiosk.settle()
        assert colour_at(kiosk, shown) == PAPER_DEEP
        assert kiosk.item("productName").property("text") == broken.name["en"]
        kiosk.controller.home()
    for path in (photo.thumb, photo.display):
        lines = photo_lines(caplog, path)
        assert len(lines) == 1, lines
        assert "cannot be shown" in lines[0] and "placeholder" in lines[0]
        assert ("missing" if fault == "deleted" else "damaged") in lines[0]
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING and "QML:" in r.msg]
