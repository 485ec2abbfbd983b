"""The kiosk's own words in every language, read without Qt from its translation sources
(kiosk/ui/i18n/*.ts), for the website and the printed labels: each word is translated once."""

from functools import cache
from xml.etree import ElementTree

from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.paths import TRANSLATIONS_DIR


@cache
def _ui_translations(language: str) -> dict[str, str]:
    root = ElementTree.parse(TRANSLATIONS_DIR / f"kiosk_{language}.ts").getroot()
    return {
        message.findtext("source"): message.findtext("translation")
        for message in root.iter("message")
        if message.get("numerus") != "yes"
    }


def ui_words(english: str) -> dict[str, str]:
    """The kiosk's own translations of `english`, by language."""
    return {
        lang: english if lang == DEFAULT_LANGUAGE else _ui_translations(lang)[english]
        for lang in LANGUAGES
    }
