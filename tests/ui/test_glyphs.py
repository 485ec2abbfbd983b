"""Every character the kiosk shows, in every language, has a glyph in the fonts it uses."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtGui import QFont

from kiosk.languages import LANGUAGES, NATIVE_NAMES
from kiosk.paths import QML_DIR, TRANSLATIONS_DIR
from kiosk.ui import fonts


@pytest.fixture(scope="module")
def font_families(qapp):
    fonts.apply_default_font(qapp)
    return [fonts.SANS, fonts.SERIF]


def ui_strings(language: str) -> str:
    root = ET.parse(TRANSLATIONS_DIR / f"kiosk_{language}.ts").getroot()
    return " ".join(
        t for t in (e.text for e in root.iter() if e.tag in ("translation", "numerusform")) if t
    )


def catalogue_text(catalog, language: str) -> str:
    texts = []
    for group in (catalog.districts, catalog.crafts, catalog.artisans, catalog.products):
        for item in group.values():
            for field in ("name", "blurb", "bio", "description", "materials"):
                if hasattr(item, field):
                    texts.append(getattr(item, field)[language])
    for product in catalog.products.values():
        texts.extend(photo.alt[language] for photo in product.photos)
    return " ".join(texts)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_missing_glyphs(language, catalog, font_families):
    attract = (QML_DIR / "Kiosk" / "AttractOverlay.qml").read_text(encoding="utf-8")
    text = " ".join(
        [
            ui_strings(language),
            catalogue_text(catalog, language),
            " ".join(NATIVE_NAMES.values()),
            attract,
        ]
    )
    for family in font_families:
        assert fonts.missing_glyphs(text, QFont(family)) == set(), family


def test_the_check_notices_a_missing_glyph(font_families):
    # U+E000 is a private-use character that no Noto font draws.
    assert fonts.missing_glyphs("abc\ue000", QFont(fonts.SANS)) == {"\ue000"}


def test_start_up_reports_nothing_for_the_bundled_catalogue(catalog, font_families, caplog):
    samples = {lang: catalogue_text(catalog, lang)[:2000] for lang in LANGUAGES}
    assert fonts.report_unrenderable(samples) == []
    assert fonts.report_unrenderable({"xx": "\ue000"}) == ["xx"]
    assert "cannot render xx" in caplog.text


def test_the_check_names_the_right_character_anywhere_in_the_text(font_families):
    font = QFont(fonts.SANS)
    assert fonts.missing_glyphs("手製の革靴\ue000 and बनारसी", font) == {"\ue000"}
    assert fonts.missing_glyphs("emoji \U0001fae8 after", font) == {"\U0001fae8"}
