"""Checks a staff spreadsheet against the layout and the catalogue before anything changes.

Every problem is collected, not just the first, and each names file, row and column.
"""

import difflib
import math
import re
from dataclasses import dataclass, field, replace
from typing import Any

from kiosk.catalog.contact_card import contact_card
from kiosk.catalog.layout import (
    ARTISAN_KINDS,
    FORM_TEMPLATE_NAME,
    KANJI,
    QR_TEMPLATE_NAMES,
    SHEETS,
    URL_TEMPLATE_NAMES,
    Column,
    Row,
    Sheet,
)
from kiosk.catalog.odop import YEAR_RULE, parse_year
from kiosk.catalog.product_codes import CODE_RULE, SHORTLIST_LIMIT, assign_codes, is_code
from kiosk.catalog.settings import CATALOGUE_SETTINGS, SETTINGS, wrong_place_in_catalogue
from kiosk.catalog.sheets import SPREADSHEET_ERRORS, Problem, RawSheet
from kiosk.catalog.urls import UrlTemplateError, build_url, check_form_template, check_url
from kiosk.languages import LANGUAGES

KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Characters no spreadsheet cell may hold (an XLSX export would fail on them); tab and line
# breaks are fine.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
PHONE = re.compile(r"^\+?[0-9 ()-]{6,20}$")
PHOTO_NAME = re.compile(r"^[^/\\:*?\"<>|]+\.(?:jpe?g|png|webp)$", re.IGNORECASE)
YES, NO = "yes", "no"
SAMPLE_VALUES = {
    "artisan_id": "sample-artisan",
    "product_id": "sample-product",
    "product_ids": ["12", "345"],
    "kiosk_id": "kiosk-01",
    "lang": "en",
}


@dataclass
class ValidTables:
    """Rows ready for the catalogue tables, in sheet order, with their photos."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    photos: dict[str, list[str]] = field(default_factory=dict)  # product id -> file names
    row_numbers: dict[str, dict[str, tuple[str, int]]] = field(default_factory=dict)
    last_product_code: int = 0  # the highest product code handed out, new ones included


def validate(
    sheets: dict[str, RawSheet],
    current: dict[str, list[dict[str, str]]],
    last_product_code: int = 0,
) -> tuple[ValidTables, list[Problem]]:
    """Check `sheets`, which will replace those sheets of the catalogue whose rows are
    `current`: references may name rows of the new sheets or of sheets left as they are.
    Products without a code get one (see product_codes.py); `last_product_code` is the
    highest the catalogue has handed out."""
    problems: list[Problem] = []
    valid = ValidTables(last_product_code=last_product_code)
    for name, raw in sheets.items():
        layout = SHEETS[name]
        if _check_header(raw, layout, problems):
            valid.rows[name], valid.row_numbers[name] = _check_rows(raw, layout, valid, problems)
    if "products" in valid.rows:
        known = {row["id"]: row["code"] for row in current.get("products", [])}
        valid.last_product_code = assign_codes(valid.rows["products"], known, last_product_code)
    keys = {
        name: {r[SHEETS[name].key] for r in valid.rows.get(name, current.get(name, []))}
        for name in SHEETS
    }
    for name, rows in valid.rows.items():
        layout = SHEETS[name]
        for row in rows:
            file, number = valid.row_numbers[name][row[layout.key]]
            for column in layout.columns:
                # An empty reference has had its problem reported with its cell already.
                if (
                    column.kind == "ref"
                    and column.ref is not None
                    and row[column.name]
                    and row[column.name] not in keys[column.ref]
                ):
                    problems.append(
                        Problem(
                            file,
                            f"unknown {column.ref[:-1]} {row[column.name]!r}",
                            number,
                            column.name,
                        )
                    )
    _check_kept_references(sheets, valid, current, keys, problems)
    _check_required_templates(sheets, valid, problems)
    _check_links(valid, current, problems)
    _check_contact_cards(valid, problems)
    return valid, problems


def _machine_kiosk_id() -> str:
    """The kiosk_id links are checked with: this machine's (kiosk/machine.py)."""
    from kiosk.machine import MachineConfigError, load_machine

    try:
        return str(load_machine().get("kiosk_id"))
    except MachineConfigError:
        return str(SETTINGS["kiosk_id"].default)


def _check_links(
    valid: ValidTables, current: dict[str, list[Row]], problems: list[Problem]
) -> None:
    """Every product's QR links must fit a code: a template that fits the short sample
    values can be too long with a real product id (the kiosk would then show no code)."""

    def rows(name: str) -> list[Row]:
        return valid.rows.get(name, current.get(name, []))

    kiosk_id = _machine_kiosk_id()
    lang = max(LANGUAGES, key=len)
    for template in rows("url_templates"):
        if template["name"] not in QR_TEMPLATE_NAMES:
            continue  # the enquiry form is no QR code: checked in its cell
        try:
            build_url(template["template"], SAMPLE_VALUES)
        except UrlTemplateError:
            continue  # already reported in its cell
        checks = [
            (
                f"the {template['name']} link of product {product['id']!r}",
                product,
                [product["code"]],
            )
            for product in rows("products")
        ]
        if template["name"] == "enquiry" and rows("products"):
            # A full shortlist's one code carries the longest codes there are.
            longest = max(rows("products"), key=lambda product: len(product["code"]))
            checks.append(
                (
                    f"the enquiry link of a shortlist of {SHORTLIST_LIMIT} products",
                    longest,
                    [longest["code"]] * SHORTLIST_LIMIT,
                )
            )
        for what, product, codes in checks:
            try:
                build_url(
                    template["template"],
                    {
                        "artisan_id": product["artisan"],
                        "product_id": product["id"],
                        "product_ids": codes,
                        "kiosk_id": kiosk_id,
                        "lang": lang,
                    },
                )
            except UrlTemplateError as error:
                # Blame the first imported row that makes the link: template, product, ...
                for sheet, key, column in (
                    ("url_templates", template["name"], "template"),
                    ("products", product["id"], "id"),
                    ("artisans", product["artisan"], "id"),
                ):
                    if key in valid.row_numbers.get(sheet, {}):
                        file, number = valid.row_numbers[sheet][key]
                        problems.append(Problem(file, f"{what}: {error}", number, column))
                        break
                break  # one problem per template is enough


CONTACT_DETAILS = {"phone": "phone number", "email": "e-mail address", "website": "website"}


def _check_contact_cards(valid: ValidTables, problems: list[Problem]) -> None:
    """A maker who agreed to give out their contact gets a "Save contact" code, which must
    hold their name in every language and one way to reach them (contact_card.py says
    what else it holds while there is room); the kiosk would otherwise show no code."""
    for row in valid.rows.get("artisans", []):
        details = [name for name in CONTACT_DETAILS if row[name]]
        if not row["contact_consent"] or not details or not row["name_en"]:
            continue
        file, number = valid.row_numbers["artisans"][row["id"]]
        detail = details[0]  # the one the card keeps first: phone, else e-mail, else website
        if not contact_card("x", row["kind"], **{detail: row[detail]}):
            problems.append(
                Problem(
                    file,
                    f"the Save contact QR code cannot hold this "
                    f"{CONTACT_DETAILS[detail]} with a name; shorten it "
                    "or write no in contact_consent",
                    number,
                    detail,
                )
            )
            continue
        columns = {f"name_{lang}" if row[f"name_{lang}"] else "name_en" for lang in LANGUAGES}
        for column in sorted(columns, key=list(row).index):
            if contact_card(row[column], row["kind"], row["phone"], row["email"], row["website"]):
                continue
            room = _name_room(row["kind"], detail, row[detail], row[column].isascii())
            problems.append(
                Problem(
                    file,
                    f"too long for the Save contact QR code: {len(row[column].encode())} "
                    f"bytes in UTF-8 (a Devanagari or Japanese letter takes 3), about {room} "
                    f"fit beside the {CONTACT_DETAILS[detail]}; shorten the name or write no "
                    "in contact_consent",
                    number,
                    column,
                )
            )


def _name_room(kind: str, detail: str, value: str, ascii: bool) -> int:
    """How many bytes of name fit a Save contact card beside the contact detail `value`;
    a name that is not `ascii` makes the card carry the ECI header too (qr_capacity.py)."""
    fits, too_long = 1, 256  # a name of one byte fits: checked before
    while too_long - fits > 1:
        middle = (fits + too_long) // 2
        name = "x" * middle if ascii else "é" + "x" * (middle - 2)  # é: 2 bytes in UTF-8
        if contact_card(name, kind, **{detail: value}):
            fits = middle
        else:
            too_long = middle
    return fits


def _check_required_templates(
    sheets: dict[str, RawSheet], valid: ValidTables, problems: list[Problem]
) -> None:
    """A url_templates sheet must keep both QR links (the enquiry form is optional)."""
    if "url_templates" not in valid.rows:
        return
    names = {row["name"] for row in valid.rows["url_templates"]}
    for name in QR_TEMPLATE_NAMES:
        if name not in names:
            problems.append(
                Problem(
                    sheets["url_templates"].file, f"no {name!r} row: the kiosk's QR codes need it"
                )
            )


def _check_kept_references(
    sheets: dict[str, RawSheet],
    valid: ValidTables,
    current: dict[str, list[Row]],
    keys: dict[str, set[Any]],
    problems: list[Problem],
) -> None:
    """Rows that stay must not lose what they refer to (a district still used, say)."""
    for name, layout in SHEETS.items():
        if name in sheets:
            continue
        for column in layout.columns:
            if column.kind != "ref" or column.ref is None or column.ref not in valid.rows:
                continue
            users: dict[str, list[str]] = {}
            for row in current.get(name, []):
                if row[column.name] not in keys[column.ref]:
                    users.setdefault(row[column.name], []).append(row[layout.key])
            for missing, rows in users.items():
                problems.append(
                    Problem(
                        sheets[column.ref].file,
                        f"{column.ref[:-1]} {missing!r} is missing but "
                        f"{name} still use it: {', '.join(rows[:3])}",
                    )
                )


def _check_header(raw: RawSheet, layout: Sheet, problems: list[Problem]) -> bool:
    ok = True
    seen = set()
    for name in raw.header:
        if name in seen:
            problems.append(Problem(raw.file, f"column {name!r} appears twice", 1, name))
            ok = False
        seen.add(name)
        if name not in layout.names:
            close = difflib.get_close_matches(name.lower(), layout.names, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            problems.append(
                Problem(
                    raw.file,
                    f"unknown column {name!r}{hint} (columns of "
                    f"{layout.name}: {', '.join(layout.names)})",
                    1,
                    name or "(blank)",
                )
            )
            ok = False
    for column in layout.columns:
        if column.name not in seen:
            problems.append(Problem(raw.file, "missing column", 1, column.name))
            ok = False
    return ok


def _check_rows(
    raw: RawSheet, layout: Sheet, valid: ValidTables, problems: list[Problem]
) -> tuple[list[Row], dict[str, tuple[str, int]]]:
    rows: list[Row] = []
    numbers: dict[str, tuple[str, int]] = {}
    codes: dict[str, int] = {}
    for number, cells in raw.rows:
        row: Row = {}
        for column in layout.columns:
            if column.kind == "template" and cells["name"].strip() == FORM_TEMPLATE_NAME:
                column = replace(column, kind="form_template")  # no QR code: mailto: allowed
            value, problem = _check_cell(cells[column.name], column)
            if problem:
                problems.append(Problem(raw.file, problem, number, column.name))
            row[column.name] = value
        key = row[layout.key]
        if key in numbers:
            first = numbers[key][1]
            problems.append(
                Problem(
                    raw.file,
                    f"duplicate {layout.key} {key!r} (first in row {first})",
                    number,
                    layout.key,
                )
            )
            continue
        if layout.name == "settings":
            _check_setting(row, raw.file, number, problems)
        numbers[key] = (raw.file, number)
        if layout.name == "products":
            valid.photos[key] = row.pop("photos")
            if row["code"] in codes:
                problems.append(
                    Problem(
                        raw.file,
                        f"duplicate code {row['code']!r} (first in row {codes[row['code']]})",
                        number,
                        "code",
                    )
                )
            elif row["code"]:
                codes[row["code"]] = number
        rows.append(row)
    return rows, numbers


def _check_cell(text: str, column: Column) -> tuple[object, str | None]:
    """The stored value of a cell and the problem with it, if any."""
    value = text.strip()
    if text and not value:
        return "", "only spaces; leave the cell empty or type the text"
    if CONTROL.search(value):
        return value, "holds an invisible control character; type the text again"
    if value.startswith("="):
        return "", "a formula; type the value itself"
    if value in SPREADSHEET_ERRORS:
        return "", f"spreadsheet error value {value}"
    if not value:
        if column.required:
            return "", "empty; this column must be filled"
        return _empty(column), None
    if column.max_length and len(value) > column.max_length:
        return value, (
            f"{len(value)} characters; at most {column.max_length} fit its place on screen"
        )
    kind = column.kind
    if kind in ("key", "ref") and not KEY.match(value):
        return value, "use lowercase letters, digits and single hyphens (like 'agra-shoes')"
    if kind in ("yesno",):
        if value.lower() not in (YES, NO):
            return 0, "write yes or no"
        return int(value.lower() == YES), None
    if kind == "number":
        try:
            number = float(value)
        except ValueError:
            return 0.0, "not a number"
        return (number, None) if math.isfinite(number) else (0.0, "not a number")
    if kind == "colour" and not COLOUR.match(value):
        return value, "write a colour as #rrggbb, for example #7a1f2b"
    if kind == "email" and not EMAIL.match(value):
        return value, "not an e-mail address"
    if kind == "phone" and not PHONE.match(value):
        return value, "not a phone number (digits, spaces, + ( ) -)"
    if kind == "url":
        try:
            check_url(value)
        except UrlTemplateError as error:
            return value, str(error)
    if kind == "template":
        try:
            build_url(value, SAMPLE_VALUES)
        except UrlTemplateError as error:
            return value, str(error)
    if kind == "form_template":
        try:
            check_form_template(value)
        except UrlTemplateError as error:
            return value, str(error)
    if kind == "product_code" and not is_code(value):
        return "", f"write {CODE_RULE}, or leave it empty for a new product"
    if kind == "odop_year":
        year = parse_year(value)
        return (value, YEAR_RULE) if year is None else (year, None)
    if kind == "artisan_kind" and value not in ARTISAN_KINDS:
        return value, f"write one of {', '.join(ARTISAN_KINDS)}"
    if kind == "template_name" and value not in URL_TEMPLATE_NAMES:
        return value, f"write one of {', '.join(URL_TEMPLATE_NAMES)}"
    if kind == "setting_key" and value not in SETTINGS:
        return value, f"unknown setting (settings: {', '.join(CATALOGUE_SETTINGS)})"
    if kind == "setting_key" and not SETTINGS[value].in_catalogue:
        return value, wrong_place_in_catalogue(value)
    if kind == "reading" and KANJI.search(value):
        return value, "a reading is written in hiragana or katakana, without kanji"
    if kind == "photos":
        names = [n.strip() for n in value.split(";") if n.strip()]
        bad = [n for n in names if not PHOTO_NAME.match(n)]
        if bad:  # the others are still looked for, to report their problems too
            return [
                n for n in names if n not in bad
            ], f"{bad[0]!r} is not a .jpg, .png or .webp file name"
        return names, None
    return value, None


def _empty(column: Column) -> object:
    return {"yesno": 0, "photos": []}.get(column.kind, "")


def _check_setting(row: Row, file: str, number: int, problems: list[Problem]) -> None:
    setting = SETTINGS.get(row["key"])
    if setting and setting.in_catalogue:
        try:
            setting.parse(row["value"])
        except ValueError as error:
            problems.append(Problem(file, str(error), number, "value"))
