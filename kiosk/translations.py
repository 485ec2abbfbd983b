"""The kiosk's own words in every language, read without Qt from its translation sources
(kiosk/ui/i18n/*.ts): the website, the printed labels and the doctor's font check all take
them from here, so each word is translated once and the files are read in one place."""

from dataclasses import dataclass
from functools import cache
from xml.etree import ElementTree

from kiosk.languages import DEFAULT_LANGUAGE, LANGUAGES
from kiosk.paths import TRANSLATIONS_DIR


@dataclass(frozen=True)
class Message:
    source: str
    forms: tuple[str, ...]  # the translation, or each plural form of a numerus message
    numerus: bool


@cache
def messages(language: str) -> tuple[Message, ...]:
    """Every message of the translation file of `language`, in file order; OSError or
    ElementTree.ParseError for a file that is missing or broken."""
    root = ElementTree.parse(TRANSLATIONS_DIR / f"kiosk_{language}.ts").getroot()
    found = []
    for message in root.iter("message"):
        translation = message.find("translation")
        forms = (
            ()
            if translation is None
            else tuple(form.text or "" for form in translation.iter("numerusform"))
            or (translation.text or "",)
        )
        numerus = message.get("numerus") == "yes"
        found.append(Message(message.findtext("source") or "", forms, numerus))
    return tuple(found)


def ui_words(english: str) -> dict[str, str]:
    """The kiosk's own translations of `english` (a message without plural forms), by
    language."""
    return {
        lang: english if lang == DEFAULT_LANGUAGE else _singular(lang)[english]
        for lang in LANGUAGES
    }


@cache
def _singular(language: str) -> dict[str, str]:
    return {m.source: m.forms[0] for m in messages(language) if not m.numerus and m.forms}


def ui_texts(language: str) -> list[str]:
    """The kiosk's own words in `language` as its translation file gives them: each
    translation (every plural form), or the English source where a message has none; none
    at all for a file that cannot be read."""
    try:
        found = messages(language)
    except (OSError, ElementTree.ParseError):
        return []
    texts = []
    for message in found:
        forms = [form for form in message.forms if form.strip()]
        texts.extend(forms or [message.source])
    return [text for text in texts if text.strip()]
