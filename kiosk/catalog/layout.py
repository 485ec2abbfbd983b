"""The spreadsheet staff edit: its sheets and columns, each declared once.

Validation, import, export and the README's column table all read these declarations.
"""

import re
from dataclasses import dataclass
from typing import Any

from kiosk.languages import LANGUAGES

# One row of a sheet or catalogue table: column name -> stored value (text; 0/1 for yes/no;
# a number; a product's list of photo names until they become media rows).
Row = dict[str, Any]

ARTISAN_KINDS = ("cluster", "cooperative", "artisan", "producer")
# The links staff configure: the two QR codes of a product page must be there; the enquiry
# form that the published website's enquiry page links to is optional (without it the page
# shows an e-mail address).
QR_TEMPLATE_NAMES = ("artisan", "enquiry")
FORM_TEMPLATE_NAME = "form"
OPTIONAL_TEMPLATE_NAMES = (FORM_TEMPLATE_NAME,)
URL_TEMPLATE_NAMES = QR_TEMPLATE_NAMES + OPTIONAL_TEMPLATE_NAMES
# Kanji (CJK ideographs): a Japanese text with any needs a reading for search; a reading has
# none.
KANJI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]")
# A kana reading takes more characters than the kanji it reads.
READING_MAX_LENGTH = 150


@dataclass(frozen=True)
class Column:
    name: str
    kind: str = "text"  # text, key, ref, yesno, number, colour, email, phone, url, template,
    #                     form_template, artisan_kind, template_name, setting_key,
    #                     setting_value, photos, product_code, reading,
    #                     odop_year
    required: bool = True
    max_length: int | None = None
    ref: str | None = None  # the sheet whose keys a `ref` column names
    help: str = ""


@dataclass(frozen=True)
class Sheet:
    name: str  # also the catalogue table it fills
    columns: tuple[Column, ...]
    help: str = ""

    @property
    def key(self) -> str:
        return self.columns[0].name

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]


def _reading(field: str) -> Column:
    """The kana reading of a Japanese text, which visitors' search finds it by."""
    return Column(
        f"{field}_ja_reading",
        "reading",
        required=False,
        max_length=READING_MAX_LENGTH,
        help=f"how {field}_ja is read, in hiragana or katakana (search finds it by this); "
        "may stay empty where it is written in kana only",
    )


def _texts(field: str, max_length: int, english_required: bool = True) -> tuple[Column, ...]:
    """One column per language; only English must be filled (others fall back to it)."""
    return tuple(
        Column(f"{field}_{lang}", max_length=max_length, required=english_required and lang == "en")
        for lang in LANGUAGES
    )


SHEETS: dict[str, Sheet] = {
    sheet.name: sheet
    for sheet in (
        Sheet(
            "products",
            (
                Column("id", "key", help="short unique id: lowercase letters, digits and hyphens"),
                Column(
                    "code",
                    "product_code",
                    required=False,
                    help="the number that stands for the product in QR links and on labels; "
                    "leave empty for a new product and the next free number is given",
                ),
                Column("district", "ref", ref="districts"),
                Column("craft", "ref", ref="crafts"),
                Column("artisan", "ref", ref="artisans"),
                *_texts("name", 60),
                _reading("name"),
                *_texts("description", 420),
                *_texts("materials", 90, english_required=False),
                _reading("materials"),
                Column("gi_tag", "yesno"),
                Column("featured", "yesno"),
                Column(
                    "odop_year",
                    "odop_year",
                    help="the year the product's line joined its district's ODOP list: "
                    "2018 for the original product, or the year it was added (2022, 2025)",
                ),
                Column(
                    "photos",
                    "photos",
                    required=False,
                    help="photo file names in carousel order, separated by ';'",
                ),
                Column("photo_credit", required=False, max_length=120),
                Column(
                    "photo_illustrative",
                    "yesno",
                    required=False,
                    help="yes if the photos are illustrations, not photographs of the product",
                ),
            ),
            help="one row per product",
        ),
        Sheet(
            "artisans",
            (
                Column("id", "key"),
                Column("kind", "artisan_kind"),
                *_texts("name", 60),
                Column("district", "ref", ref="districts"),
                *_texts("bio", 200, english_required=False),
                Column("phone", "phone", required=False),
                Column("email", "email", required=False),
                Column("website", "url", required=False),
                Column("contact_consent", "yesno"),
            ),
            help="one row per artisan, cooperative or producer cluster",
        ),
        Sheet(
            "districts",
            (
                Column("code", "key"),
                *_texts("name", 60),
                _reading("name"),
                Column("division_en", required=False, max_length=60),
                Column("hq_lat", "number"),
                Column("hq_lon", "number"),
            ),
            help="the districts products come from",
        ),
        Sheet(
            "crafts",
            (
                Column("code", "key"),
                *_texts("name", 60),
                _reading("name"),
                *_texts("blurb", 200, english_required=False),
                Column("colour", "colour", help="accent colour as #rrggbb"),
            ),
            help="craft families, in the order the kiosk shows them",
        ),
        Sheet(
            "settings",
            (
                Column("key", "setting_key"),
                Column("value", "setting_value"),
            ),
            help="kiosk settings",
        ),
        Sheet(
            "url_templates",
            (
                Column("name", "template_name"),
                Column("template", "template"),
            ),
            help="the links behind the QR codes, and the enquiry form of the published website",
        ),
    )
}

# The order tables are filled in, parents before the rows that refer to them.
FILL_ORDER = ("districts", "crafts", "artisans", "products", "settings", "url_templates")


def photo_alt_texts(names: dict[str, str], illustrative: bool) -> dict[str, str]:
    """The alt text of a product's photos in every language, made from the product's name
    (English where a translation is missing)."""
    name = {lang: names.get(lang) or names["en"] for lang in LANGUAGES}
    if not illustrative:
        return name
    return {
        "en": f"Illustration of {name['en']}",
        "hi": f"{name['hi']} का चित्रण",
        "ja": f"{name['ja']}のイラスト",
    }
