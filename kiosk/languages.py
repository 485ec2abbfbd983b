"""The languages the kiosk speaks, in the order the language switch shows them."""

LANGUAGES: tuple[str, ...] = ("en", "hi", "ja")
DEFAULT_LANGUAGE = "en"

# Each language named in its own script, as the language switch shows it.
NATIVE_NAMES = {"en": "English", "hi": "हिन्दी", "ja": "日本語"}


def localized(texts: dict[str, str], language: str) -> str:
    """The text in `language`, falling back to English where no translation exists."""
    return texts.get(language) or texts.get(DEFAULT_LANGUAGE, "")
