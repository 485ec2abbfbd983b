"""A product's description and materials are read from the catalogue file when its page
opens (kiosk/catalog/store.py, LongTexts), not held in memory: they show in every language,
and a catalogue replaced while a visitor browses leaves the pages they open consistent with
the catalogue still on screen until they leave."""

import os
import shutil
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication

from kiosk.catalog.store import load_catalog
from kiosk.languages import LANGUAGES

NOTICE_MS = 5000


def stored_texts(db_path, product_id: str) -> dict[str, tuple[str, str]]:
    """(description, materials) per language, as the file holds them."""
    with sqlite3.connect(db_path) as conn:
        row = conn.execute(
            "SELECT description_en, description_hi, description_ja, "
            "materials_en, materials_hi, materials_ja FROM products WHERE id = ?",
            (product_id,),
        ).fetchone()
    return {lang: (row[i] or "", row[3 + i] or "") for i, lang in enumerate(LANGUAGES)}


def shown_texts(kiosk) -> tuple[str, str]:
    return (
        kiosk.item("productDescription").property("text"),
        kiosk.item("productMaterials").property("text"),
    )


def materials_line(materials: str) -> str:
    """The materials line as the page words it in the kiosk's language."""
    return QCoreApplication.translate("ProductStory", "Materials: %1").replace("%1", materials)


@pytest.fixture
def kiosk_catalog(tmp_catalog):
    return load_catalog(tmp_catalog)


def renewed(db_path, prefix: str) -> None:
    """Replace the catalogue whole (as an import or restore does: a new file renamed over
    the old) by one whose every description and material starts with `prefix`."""
    new = db_path.with_name(".renewed.db")
    shutil.copy(db_path, new)
    with sqlite3.connect(new) as conn:
        columns = [f"{f}_{lang}" for f in ("description", "materials") for lang in LANGUAGES]
        conn.execute(
            "UPDATE products SET "
            + ", ".join(
                f"{c} = CASE WHEN {c} = '' OR {c} IS NULL THEN {c} ELSE ? || {c} END"
                for c in columns
            ),
            [prefix] * len(columns),
        )
        conn.execute("UPDATE catalog_info SET value = value || '-renewed' WHERE key = 'version'")
    conn.close()
    os.replace(new, db_path)


def test_description_and_materials_show_in_every_language(kiosk, kiosk_catalog):
    product = next(p for p in kiosk_catalog.products.values() if p.materials["hi"])
    stored = stored_texts(kiosk_catalog.path, product.id)
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    for language in LANGUAGES:
        kiosk.controller.setLanguage(language)
        kiosk.settle()
        description, materials = stored[language]
        assert description and materials, language
        assert shown_texts(kiosk) == (description, materials_line(materials)), language


def test_a_catalogue_replaced_while_browsing_keeps_the_pages_consistent(kiosk, kiosk_catalog):
    first, second = list(kiosk_catalog.products)[3:5]
    old = stored_texts(kiosk_catalog.path, second)
    kiosk.wake()
    kiosk.controller.openProduct(first)
    kiosk.settle()
    renewed(kiosk_catalog.path, "Renewed: ")
    # The new catalogue is loaded and waits for the visitor to leave.
    kiosk.qtbot.waitUntil(lambda: kiosk.controller._pending is not None, timeout=NOTICE_MS)
    assert kiosk.controller.catalogVersion == kiosk_catalog.version
    # Another product opened now is the old catalogue's, texts and all, in every language:
    # they are read from the file the snapshot was read from, not the one now in its place.
    kiosk.controller.back()
    kiosk.controller.openProduct(second)
    kiosk.settle()
    for language in LANGUAGES:
        kiosk.controller.setLanguage(language)
        kiosk.settle()
        description, materials = old[language]
        assert shown_texts(kiosk) == (description, materials_line(materials)), language
    # Once the visitor has left, the new catalogue's texts show.
    kiosk.controller.resetToAttract()
    assert kiosk.controller.catalogVersion == kiosk_catalog.version + "-renewed"
    kiosk.wake()
    kiosk.controller.openProduct(second)
    kiosk.settle()
    assert shown_texts(kiosk)[0] == "Renewed: " + old["en"][0]
