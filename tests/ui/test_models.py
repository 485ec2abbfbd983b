"""The list models keep Qt's model contract and follow the visitor's language."""

import pytest
from PySide6.QtCore import QObject

from kiosk.ui.controller import KioskController
from kiosk.ui.idle import IdleWatcher
from kiosk.ui.models import ProductListModel


def value(model, row: int, role: str):
    return model.data(model.index(row, 0), model.Role[role])


@pytest.fixture
def controller(qapp, catalog):
    languages = []
    controller = KioskController(catalog, IdleWatcher(90, 10), languages.append)
    controller.switched = languages
    yield controller
    controller.deleteLater()


@pytest.mark.parametrize("name", ["crafts", "districts", "featured", "gallery"])
def test_models_keep_the_qt_model_contract(qtmodeltester, controller, catalog, name):
    controller.openCraft(next(iter(catalog.crafts)))
    qtmodeltester.check(controller.property(name), force_py=True)


def test_language_change_signals_only_the_text_roles(qtbot, controller, catalog):
    model = controller.property("featured")
    with qtbot.waitSignal(model.dataChanged) as signal:
        controller.setLanguage("ja")
    top, bottom, roles = signal.args
    assert (top.row(), bottom.row()) == (0, model.rowCount() - 1)
    assert set(roles) == {role.value for role in ProductListModel.TEXT_ROLES}
    first = catalog.featured()[0]
    assert value(model, 0, "name") == first.name["ja"]
    assert controller.switched == ["ja"]


def test_text_falls_back_to_english_where_a_translation_is_missing(controller, catalog):
    from dataclasses import replace

    product = catalog.featured()[0]
    untranslated = replace(product, name={**product.name, "hi": ""})
    model = controller.property("gallery")
    model.show([untranslated])
    controller.setLanguage("hi")
    assert value(model, 0, "name") == product.name["en"]


def test_gallery_of_a_district_holds_its_products(controller, catalog):
    code = "varanasi"
    controller.openDistrict(code)
    model = controller.property("gallery")
    ids = [value(model, row, "productId") for row in range(model.rowCount())]
    assert ids == [p.id for p in catalog.products_of_district(code)]
    assert controller.galleryTitle == "Varanasi"
    assert isinstance(controller.property("product"), QObject)


def test_a_district_gallery_shows_its_original_product_first_and_marks_additions(
    controller, catalog
):
    """Varanasi: its 2018 silk first, then gulabi meenakari and toys, marked 2022."""
    controller.openDistrict("varanasi")
    model = controller.property("gallery")
    rows = [
        (value(model, row, "productId"), value(model, row, "odopAdded"))
        for row in range(model.rowCount())
    ]
    years = [added for _, added in rows]
    assert years[0] == 0 and years == sorted(years)
    assert ("varanasi-gulabi-meenakari-pendant", 2022) in rows
    controller.openProduct("varanasi-gulabi-meenakari-pendant")
    assert controller.property("product").property("odopAdded") == 2022
    controller.openProduct(rows[0][0])
    assert controller.property("product").property("odopAdded") == 0
