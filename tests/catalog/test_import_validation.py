"""A spreadsheet with mistakes is refused as a whole, and staff see every mistake at once.

Each refusal is checked as staff meet it through `kiosk-admin import`: every problem on
stdout as `FILE:ROW:COLUMN: message`, one summary line on stderr, exit code 1, no traceback,
and the catalogue file, its photo folder and its backups exactly as they were.
"""

import csv
import io
import random
import re
import zipfile

import pytest
from openpyxl import Workbook, load_workbook
from PIL import Image

from kiosk.catalog.importer import ImportRefused, import_spreadsheet
from kiosk.catalog.sheets import read_spreadsheet
from kiosk.catalog.urls import MAX_URL_LENGTH
from tests.catalog.spreadsheet_kit import (
    SUMMARY,
    admin,
    append_row,
    blank_png,
    camera_jpeg,
    column,
    get,
    ok,
    private_catalogue,
    put,
    repository_state,
    rows_where,
    snapshot,
)

UTF8_ADVICE = "save it as UTF-8: in Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)'"


@pytest.fixture(scope="module", autouse=True)
def repository_untouched():
    before = repository_state()
    yield
    assert repository_state() == before, "a test changed the bundled catalogue or photos"


def refused(db, sheet, *more) -> list[str]:
    """Import `sheet` as staff do; it must be refused with nothing changed. The problems."""
    before = snapshot(db)
    result = admin(db, "import", sheet, *more)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    summary = result.stderr.splitlines()
    assert len(summary) == 1, result.stderr
    match = SUMMARY.fullmatch(summary[0])
    assert match and match.group(2) == sheet.name, summary[0]
    problems = result.stdout.splitlines()
    assert int(match.group(1)) == len(problems) > 0
    assert snapshot(db) == before, "a refused import changed something"
    return problems


def reported(problems: list[str], where: str, words: str) -> str:
    """The problem reported at exactly `where` (FILE, FILE:ROW or FILE:ROW:COLUMN) that
    says `words`."""
    found = [p for p in problems if p.startswith(f"{where}: ") and words in p[len(where) + 2 :]]
    assert found, f"no problem {where}: ...{words}... in:\n" + "\n".join(problems)
    return found[0]


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """A private catalogue for the many quick refusals (each checks it is left as it was)."""
    return private_catalogue(tmp_path_factory.mktemp("shared"))


@pytest.fixture(scope="module")
def exported(shared, tmp_path_factory):
    """The catalogue as staff export it (the same for every private copy of it)."""
    path = tmp_path_factory.mktemp("exported") / "export.xlsx"
    ok(admin(shared, "export", path))
    return path


@pytest.fixture
def book(exported):
    return load_workbook(exported)


def save(workbook, tmp_path, name="edited.xlsx"):
    path = tmp_path / name
    workbook.save(path)
    return path


def export_csv(db, tmp_path, name="products.csv") -> str:
    folder = tmp_path / "exported"
    folder.mkdir(exist_ok=True)
    ok(admin(db, "export", folder / name))
    return (folder / name).read_text(encoding="utf-8")


def edit_csv(lines: list[str], index: int, **values) -> None:
    """Change cells of CSV line `index` (0 is the header), by column name."""
    header = lines[0].split(",")
    cells = next(csv.reader([lines[index]]))
    for name, value in values.items():
        cells[header.index(name)] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(cells)
    lines[index] = out.getvalue()


# --- the header row -------------------------------------------------------------------------


def test_header_mistakes_in_several_sheets_are_all_reported(tmp_catalog, tmp_path, book):
    products = book["products"]
    put(book, "products", 1, "name_en", "nme_en")  # misspelt
    put(book, "products", 1, "materials_en", "Materials_EN")  # capitals typed
    products.cell(1, products.max_column + 1).value = "price"  # not ours
    put(book, "products", 1, "gi_tag", "featured")  # now there are two
    book["artisans"].delete_cols(column(book["artisans"], "email"))
    problems = refused(tmp_catalog, save(book, tmp_path))

    at = "edited.xlsx[products]:1"
    reported(problems, f"{at}:nme_en", "unknown column 'nme_en'; did you mean 'name_en'?")
    reported(problems, f"{at}:Materials_EN", "did you mean 'materials_en'?")
    price = reported(problems, f"{at}:price", "unknown column 'price'")
    assert "did you mean" not in price and "columns of products: id, code, district" in price
    reported(problems, f"{at}:featured", "column 'featured' appears twice")
    reported(problems, f"{at}:name_en", "missing column")
    reported(problems, f"{at}:materials_en", "missing column")
    reported(problems, f"{at}:gi_tag", "missing column")
    reported(problems, "edited.xlsx[artisans]:1:email", "missing column")
    assert len(problems) == 8, problems


def test_header_mistakes_in_a_csv(tmp_catalog, tmp_path):
    lines = export_csv(tmp_catalog, tmp_path).splitlines()
    header = lines[0].replace("district,", "distrct,").replace(",featured", ",featured,id")
    path = tmp_path / "products.csv"
    path.write_text("\n".join([header, *lines[1:]]) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(problems, "products.csv:1:distrct", "did you mean 'district'?")
    reported(problems, "products.csv:1:id", "column 'id' appears twice")
    reported(problems, "products.csv:1:district", "missing column")


# --- cells, one mistake at a time ------------------------------------------------------------

LONG_NAME = "Zardozi " * 7 + "Sari!"  # 61 characters


def _template(book, name, template):
    row = rows_where(book, "url_templates", "name", name)[0]
    put(book, "url_templates", row, "template", template)
    return row


def _artisan(book, column, value, row=4):
    put(book, "artisans", row, column, value)
    return row


CELL_CASES = {
    # case: (sheet, row, column, value typed, words of the problem)
    "empty required field": ("products", 2, "name_en", None, "empty; this column must be filled"),
    "empty required reference": ("products", 3, "craft", "", "empty; this column must be"),
    "whitespace-only text": ("products", 3, "description_en", "   \t ", "only spaces"),
    "whitespace-only optional": ("products", 4, "materials_hi", "  ", "only spaces"),
    "id not a slug": ("products", 5, "id", "Agra Shoes", "lowercase letters, digits"),
    "unknown district": ("products", 2, "district", "atlantis", "unknown district 'atlantis'"),
    "unknown craft": ("products", 2, "craft", "origami", "unknown craft 'origami'"),
    "unknown artisan": ("products", 2, "artisan", "nobody-at-all", "unknown artisan 'nobody"),
    "artisan's unknown district": (
        "artisans",
        3,
        "district",
        "gondwana",
        "unknown district 'gondwana'",
    ),
    "name too long": ("products", 2, "name_en", LONG_NAME, "61 characters; at most 60"),
    "description too long": (
        "products",
        2,
        "description_hi",
        "क" * 421,
        "421 characters; at most 420",
    ),
    "materials too long": (
        "products",
        2,
        "materials_en",
        "silk, " * 15 + "zari",
        "94 characters; at most 90",
    ),
    "bio too long": ("artisans", 2, "bio_ja", "職人" * 101, "202 characters; at most 200"),
    "bad yes/no": ("products", 2, "gi_tag", "maybe", "write yes or no"),
    "yes/no as a word": ("products", 3, "featured", "sometimes", "write yes or no"),
    "bad consent": ("artisans", 2, "contact_consent", "ok", "write yes or no"),
    "colour name": ("crafts", 2, "colour", "red", "write a colour as #rrggbb"),
    "short colour": ("crafts", 3, "colour", "#12345", "write a colour as #rrggbb"),
    "email without domain": ("artisans", 2, "email", "someone@example", "not an e-mail"),
    "email with a space": ("artisans", 5, "email", "some one@example.org", "not an e-mail"),
    "phone with letters": ("artisans", 2, "phone", "call me", "not a phone number"),
    "http website": (
        "artisans",
        2,
        "website",
        "http://example.org/weavers",
        "URL must be an absolute https:// address",
    ),
    "javascript website": (
        "artisans",
        6,
        "website",
        "javascript:alert(1)",
        "URL must be an absolute https:// address",
    ),
    "website with a space": (
        "artisans",
        7,
        "website",
        "https://example.org/our weavers",
        "URL contains a space",
    ),
    "latitude not a number": ("districts", 2, "hq_lat", "27°N", "not a number"),
    "latitude NaN": ("districts", 4, "hq_lat", "nan", "not a number"),
    "longitude infinite": ("districts", 3, "hq_lon", "inf", "not a number"),
    "unknown artisan kind": ("artisans", 2, "kind", "guild", "write one of cluster"),
    "setting too small": ("settings", None, "value", "5", "must be at least 10"),
    "unknown setting": ("settings", None, "key", "volume", "unknown setting"),
    "formula typed as text": ("products", 2, "name_ja", '=A2&"!"', "formula"),
    "reading with kanji": ("crafts", 3, "name_ja_reading", "刺繍", "hiragana or katakana"),
    "ODOP year before the scheme": ("products", 4, "odop_year", "2017", "2018 for the original"),
    "ODOP year as a word": ("products", 5, "odop_year", "later", "the year it was added"),
    "ODOP year empty": ("products", 6, "odop_year", "", "empty; this column must be filled"),
}


@pytest.mark.parametrize("case", CELL_CASES, ids=list(CELL_CASES))
def test_a_bad_cell_is_named_by_file_row_and_column(shared, tmp_path, book, case):
    sheet, row, column, value, words = CELL_CASES[case]
    if sheet == "settings":
        row = rows_where(book, "settings", "key", "idle_timeout_s")[0]
    put(book, sheet, row, column, value)
    problems = refused(shared, save(book, tmp_path))
    reported(problems, f"edited.xlsx[{sheet}]:{row}:{column}", words)


def test_every_cell_mistake_in_one_workbook_is_reported(tmp_catalog, tmp_path, book):
    """Many mistakes across every sheet: all of them, not just the first."""
    expected = []
    for case, (sheet, row, name, value, words) in CELL_CASES.items():
        if case in ("name too long", "empty required reference", "setting too small"):
            continue  # the same cells as other cases
        if sheet == "settings":
            row = rows_where(book, "settings", "key", "attract_slide_s")[0]
        put(book, sheet, row, name, value)
        expected.append((f"edited.xlsx[{sheet}]:{row}:{name}", words))
    problems = refused(tmp_catalog, save(book, tmp_path))
    for where, words in expected:
        reported(problems, where, words)
    assert len(problems) >= len(expected)


def test_duplicate_ids_name_both_rows(tmp_catalog, tmp_path, book):
    first = get(book, "products", 2, "id")
    put(book, "products", 7, "id", first)
    code = get(book, "districts", 3, "code")
    put(book, "districts", 9, "code", code)
    problems = refused(tmp_catalog, save(book, tmp_path))
    reported(problems, "edited.xlsx[products]:7:id", f"duplicate id '{first}' (first in row 2)")
    reported(problems, "edited.xlsx[districts]:9:code", f"duplicate code '{code}' (first in row 3)")


def test_formula_and_error_cells(tmp_catalog, tmp_path, book):
    formula = put(book, "products", 2, "name_hi", "=UPPER(E2)")
    not_available = put(book, "products", 3, "materials_en", "#N/A")
    broken = put(book, "artisans", 2, "bio_en", "#REF!")
    assert formula.data_type == "f"
    assert not_available.data_type == broken.data_type == "e"  # typed as error values
    problems = refused(tmp_catalog, save(book, tmp_path))
    reported(problems, "edited.xlsx[products]:2:name_hi", "a formula; type the value itself")
    assert [p for p in problems if p.startswith("edited.xlsx[products]:2:name_hi")] == [
        "edited.xlsx[products]:2:name_hi: a formula; type the value itself"
    ]  # once only
    reported(problems, "edited.xlsx[products]:3:materials_en", "spreadsheet error value #N/A")
    reported(problems, "edited.xlsx[artisans]:2:bio_en", "spreadsheet error value #REF!")


def test_error_values_of_every_kind(shared, tmp_path, book):
    errors = ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!"]
    for row, error in enumerate(errors, start=2):
        assert put(book, "products", row, "photo_credit", error).data_type == "e"
    problems = refused(shared, save(book, tmp_path))
    for row, error in enumerate(errors, start=2):
        reported(
            problems,
            f"edited.xlsx[products]:{row}:photo_credit",
            f"spreadsheet error value {error}",
        )


def test_a_value_beyond_the_last_column(shared, tmp_path, book):
    products = book["products"]
    products.cell(4, products.max_column + 2).value = "stray note"
    problems = refused(shared, save(book, tmp_path))
    assert problems == ["edited.xlsx[products]:4: a value beyond the last named column"]


# --- the links behind the QR codes -----------------------------------------------------------


@pytest.mark.parametrize(
    "template, words",
    [
        (
            "http://odop-expo.example.org/{lang}/artisans/{artisan_id}",
            "URL must be an absolute https:// address",
        ),
        ("javascript:alert('{artisan_id}')", "URL must be an absolute https:// address"),
        ("https://odop-expo.example.org/{lang}/artisans/ {artisan_id}", "URL contains a space"),
        (
            "https://odop-expo.example.org/{language}/artisans/{artisan_id}",
            "unknown placeholder {language}",
        ),
        ("https://odop-expo.example.org/{lang/artisans", "unbalanced braces"),
        (
            "https://odop-expo.example.org/" + "a" * 170 + "/{artisan_id}?src={kiosk_id}",
            f"at most {MAX_URL_LENGTH} fit a scannable QR code",
        ),
    ],
    ids=["http", "javascript", "space", "unknown placeholder", "braces", "too long"],
)
def test_bad_url_templates(shared, tmp_path, book, template, words):
    row = _template(book, "artisan", template)
    problems = refused(shared, save(book, tmp_path))
    reported(problems, f"edited.xlsx[url_templates]:{row}:template", words)


def test_template_too_long_for_the_real_products_not_just_the_samples(tmp_catalog, tmp_path, book):
    """Filled with the catalogue's longest product id the link no longer fits a QR code,
    even though it fits with short sample values: the kiosk would show no code at all."""
    base = "https://odop-expo.example.org/{lang}/enquiry?products={product_ids}&src={kiosk_id}"
    ids = [c.value for c in book["products"]["A"][1:]]
    longest = max(ids, key=len)
    pad = MAX_URL_LENGTH - len(base.format(lang="en", product_ids=longest, kiosk_id="osaka-01")) + 3
    assert pad > 0 and len(longest) > len("sample-product") + 3
    row = _template(book, "enquiry", base + "&x=" + "z" * pad)
    problems = refused(tmp_catalog, save(book, tmp_path))
    reported(problems, f"edited.xlsx[url_templates]:{row}:template", "QR code")


def test_a_product_id_too_long_for_the_qr_links(tmp_catalog, tmp_path):
    """The links are not in the file, but a new product's id makes them too long (with a
    template that puts the id in the link)."""
    templates = export_csv(tmp_catalog, tmp_path, "url_templates.csv").replace(
        "{artisan_id}?src=", "{artisan_id}?product={product_id}&src="
    )
    (tmp_path / "url_templates.csv").write_text(templates, encoding="utf-8")
    ok(admin(tmp_catalog, "import", tmp_path / "url_templates.csv"))
    lines = export_csv(tmp_catalog, tmp_path).splitlines()
    row = lines[1].split(",")
    long_id = "-".join(["varanasi-banarasi-brocade"] * 5)
    path = tmp_path / "products.csv"
    path.write_text("\n".join([*lines, ",".join([long_id, "", *row[2:]])]) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(problems, f"products.csv:{len(lines) + 1}:id", "QR code")


def test_a_shortlist_link_too_long_for_a_qr_code(tmp_catalog, tmp_path):
    """One product's enquiry link fits, but twenty codes in one link would not."""
    templates = export_csv(tmp_catalog, tmp_path, "url_templates.csv")
    long_path = "/".join(["buyer-enquiries"] * 5)
    templates = templates.replace("/{lang}/enquiry?", f"/{{lang}}/{long_path}?")
    (tmp_path / "url_templates.csv").write_text(templates, encoding="utf-8")
    number = (
        templates.splitlines().index(
            next(line for line in templates.splitlines() if line.startswith("enquiry,"))
        )
        + 1
    )
    problems = refused(tmp_catalog, tmp_path / "url_templates.csv")
    problem = reported(
        problems,
        f"url_templates.csv:{number}:template",
        "the enquiry link of a shortlist of 20 products",
    )
    assert "QR code" in problem and len(problems) == 1


def test_a_name_too_long_for_the_save_contact_code(tmp_catalog, tmp_path, book):
    """A maker who agreed to give out their contact has a "Save contact" code in every
    language: a Hindi name of 58 letters (174 bytes of UTF-8) leaves no room in it for the
    e-mail. The same name is fine for a maker who did not agree (they get no such code)."""
    consenting = rows_where(book, "artisans", "contact_consent", "yes")[0]
    declining = rows_where(book, "artisans", "contact_consent", "no")[0]
    assert get(book, "artisans", consenting, "email") and not get(
        book, "artisans", consenting, "phone"
    )
    for row in (consenting, declining):
        put(book, "artisans", row, "name_hi", "क" * 58)
    problems = refused(tmp_catalog, save(book, tmp_path))
    problem = reported(
        problems,
        f"edited.xlsx[artisans]:{consenting}:name_hi",
        "too long for the Save contact QR code: 174 bytes in UTF-8",
    )
    assert "fit beside the e-mail address" in problem and "contact_consent" in problem
    assert len(problems) == 1, problems


def test_a_website_too_long_for_the_save_contact_code(tmp_catalog, tmp_path):
    """With only a website to reach them, a long one (that a page link could carry) leaves
    no room for any name in the card: refused in a CSV too, naming the website's cell."""
    lines = export_csv(tmp_catalog, tmp_path, "artisans.csv").splitlines()
    header = lines[0].split(",")
    number = next(
        i
        for i, line in enumerate(lines)
        if i and next(csv.reader([line]))[header.index("contact_consent")] == "yes"
    )
    edit_csv(lines, number, phone="", email="", website="https://example.org/" + "w" * 170)
    path = tmp_path / "artisans.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(
        problems,
        f"artisans.csv:{number + 1}:website",
        "the Save contact QR code cannot hold this website with a name",
    )
    assert len(problems) == 1, problems


def test_removing_a_district_still_in_use(tmp_catalog, tmp_path, book):
    code = get(book, "products", 2, "district")
    users = rows_where(book, "products", "district", code)
    makers = rows_where(book, "artisans", "district", code)
    book["districts"].delete_rows(rows_where(book, "districts", "code", code)[0])
    problems = refused(tmp_catalog, save(book, tmp_path))
    for row in users:
        reported(problems, f"edited.xlsx[products]:{row}:district", f"unknown district '{code}'")
    for row in makers:
        reported(problems, f"edited.xlsx[artisans]:{row}:district", f"unknown district '{code}'")
    assert len(problems) == len(users) + len(makers)


def test_removing_a_district_in_use_from_a_districts_csv(tmp_catalog, tmp_path):
    lines = export_csv(tmp_catalog, tmp_path, "districts.csv").splitlines()
    code = lines[1].split(",")[0]
    path = tmp_path / "districts.csv"
    path.write_text("\n".join([lines[0], *lines[2:]]) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(problems, "districts.csv", f"district '{code}' is missing but products still use")
    reported(problems, "districts.csv", f"district '{code}' is missing but artisans still use")


def test_control_characters_are_refused(tmp_catalog, tmp_path):
    """A CSV can carry characters no XLSX cell may hold: the next export would fail."""
    lines = export_csv(tmp_catalog, tmp_path).splitlines()
    edit_csv(lines, 2, name_en="Chikan\x07kari Kurta")  # a bell
    edit_csv(lines, 3, description_en="\x1b[31mRed\x1b[0m and gold.")  # terminal colours
    path = tmp_path / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(problems, "products.csv:3:name_en", "control character")
    reported(problems, "products.csv:4:description_en", "control character")


def test_several_mistakes_in_a_csv_are_all_reported(tmp_catalog, tmp_path):
    lines = export_csv(tmp_catalog, tmp_path).splitlines()
    edit_csv(lines, 1, gi_tag="perhaps")
    edit_csv(lines, 3, district="nowhere", name_en="  ")
    edit_csv(lines, 5, id=lines[1].split(",")[0])
    edit_csv(lines, 8, photos="photo.gif")
    edit_csv(lines, 9, featured="")
    path = tmp_path / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = refused(tmp_catalog, path)
    reported(problems, "products.csv:2:gi_tag", "write yes or no")
    reported(problems, "products.csv:4:district", "unknown district 'nowhere'")
    reported(problems, "products.csv:4:name_en", "only spaces")
    reported(problems, "products.csv:6:id", "duplicate id")
    reported(problems, "products.csv:9:photos", "'photo.gif' is not a .jpg, .png or .webp")
    reported(problems, "products.csv:10:featured", "empty; this column must be filled")
    assert len(problems) == 6, problems


# --- whole files that are not what they claim ------------------------------------------------


def _text_csv(db, tmp_path) -> str:
    return export_csv(db, tmp_path)


@pytest.mark.parametrize(
    "encoding, bom", [("utf-16", True), ("utf-16-le", False), ("utf-16-be", False)]
)
def test_utf16_csv_is_refused_with_how_to_save_as_utf8(shared, tmp_path, encoding, bom):
    data = _text_csv(shared, tmp_path).encode(encoding)
    assert (
        data[:2] in (b"\xff\xfe", b"\xfe\xff")
        if bom
        else data[:2] not in (b"\xff\xfe", b"\xfe\xff")
    )
    path = tmp_path / "products.csv"
    path.write_bytes(data)
    assert refused(shared, path) == [
        f"products.csv: the file is saved as UTF-16; {UTF8_ADVICE}; in LibreOffice choose "
        "'Text CSV', tick 'Edit filter settings' and pick 'Unicode (UTF-8)'"
    ]


def test_windows_1252_csv_is_refused_with_how_to_save_as_utf8(tmp_catalog, tmp_path):
    text = _text_csv(tmp_catalog, tmp_path).replace("Saree", "Sarée — fine")
    data = text.encode("cp1252", errors="replace")  # Hindi and Japanese become '?'
    path = tmp_path / "products.csv"
    path.write_bytes(data)
    [problem] = refused(tmp_catalog, path)
    assert problem.startswith("products.csv: the file is not UTF-8")
    assert "Windows-1252" in problem and UTF8_ADVICE in problem


@pytest.mark.parametrize(
    "name, data, words",
    [
        ("products.csv", b"", "the file is empty"),
        ("products.csv", b" \r\n\r\n  ", "the file is empty"),
        ("catalogue.xlsx", b"", "the file is empty"),
        ("products.csv", random.Random(7).randbytes(3000), "not a CSV spreadsheet"),
        ("catalogue.xlsx", "png", "not an XLSX workbook"),
        ("catalogue.xlsx", b"id,district\nagra-shoes,agra\n", "not an XLSX workbook"),
        ("catalogue.xlsx", "zip", "not a readable XLSX workbook"),
        ("catalogue.txt", b"id,district\n", "not a spreadsheet: give an .xlsx or .csv file"),
    ],
    ids=[
        "empty csv",
        "blank csv",
        "empty xlsx",
        "random bytes csv",
        "png as xlsx",
        "text as xlsx",
        "zip as xlsx",
        "txt",
    ],
)
def test_files_that_are_not_spreadsheets(shared, tmp_path, name, data, words):
    if data == "png":
        out = io.BytesIO()
        Image.new("RGB", (40, 30), "orange").save(out, "PNG")
        data = out.getvalue()
    elif data == "zip":
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as archive:
            archive.writestr("hello.txt", "not a workbook")
        data = out.getvalue()
    path = tmp_path / name
    path.write_bytes(data)
    [problem] = refused(shared, path)
    assert problem.startswith(f"{name}: ") and words in problem, problem


def test_a_csv_quoting_mistake_names_its_row(shared, tmp_path):
    lines = _text_csv(shared, tmp_path).splitlines()
    lines[4] = '"' + lines[4].split(",", 1)[0] + '"x,' + lines[4].split(",", 1)[1]
    path = tmp_path / "products.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [problem] = refused(shared, path)
    assert problem.startswith("products.csv:5: not a readable CSV file"), problem


def test_a_missing_spreadsheet(shared, tmp_path):
    [problem] = refused(shared, tmp_path / "nowhere.xlsx")
    assert problem.startswith("nowhere.xlsx: cannot read the file")


def test_unknown_sheet_is_reported_with_the_other_mistakes(tmp_catalog, tmp_path, book):
    book.create_sheet("Sheet1")["A1"] = "notes"
    book["crafts"].title = "craft"
    put(book, "products", 2, "featured", "yep")
    problems = refused(tmp_catalog, save(book, tmp_path))
    reported(problems, "edited.xlsx", "unknown sheet 'Sheet1' (sheets: products, artisans")
    reported(problems, "edited.xlsx", "unknown sheet 'craft'")
    reported(problems, "edited.xlsx[products]:2:featured", "write yes or no")


def test_an_empty_sheet(shared, tmp_path):
    workbook = Workbook()
    workbook.active.title = "districts"
    path = save(workbook, tmp_path, "blank.xlsx")
    assert refused(shared, path) == ["blank.xlsx[districts]: the sheet is empty"]


# --- photos ---------------------------------------------------------------------------------


@pytest.fixture
def bad_photos(tmp_path):
    """A folder with one good photo and every kind of bad one."""
    folder = tmp_path / "photos"
    folder.mkdir()
    good = camera_jpeg(folder / "good.jpg", (3000, 2000), seed=11)
    data = good.read_bytes()
    (folder / "truncated.jpg").write_bytes(data[: len(data) // 2])
    (folder / "notes.jpg").write_text("these are my notes, not a photo\n", encoding="utf-8")
    (folder / "bomb.png").write_bytes(blank_png(20000, 20000))  # 400 megapixels, 50 KB
    (folder / "huge.png").write_bytes(blank_png(9000, 8000))  # 72 megapixels
    (folder / "empty.webp").write_bytes(b"")
    return folder


PHOTO_CASES = [  # (photo typed in the sheet, words of the problem)
    ("good.jpg", None),
    ("truncated.jpg", "photo 'truncated.jpg': the image data is damaged or truncated"),
    ("notes.jpg", "photo 'notes.jpg': not a JPEG, PNG or WebP image"),
    ("bomb.png", "photo 'bomb.png': the image is too large (more than"),
    ("huge.png", "photo 'huge.png': the image is too large (72 megapixels; at most 60)"),
    ("empty.webp", "photo 'empty.webp': the file is empty"),
    ("missing.jpg", "no photo 'missing.jpg' in "),
]


def _photo_workbook(book, tmp_path):
    rows = {}
    for index, (name, _) in enumerate(PHOTO_CASES):
        rows[name] = append_row(
            book, "products", 2, id=f"expo-photo-case-{index}", photos=f"{name}"
        )
    return save(book, tmp_path), rows


def test_bad_photos_from_a_folder_are_all_refused_and_nothing_is_stored(
    tmp_catalog, tmp_path, book, bad_photos
):
    path, rows = _photo_workbook(book, tmp_path)
    problems = refused(tmp_catalog, path, "--images", bad_photos)
    for name, words in PHOTO_CASES:
        if words:
            problem = reported(problems, f"edited.xlsx[products]:{rows[name]}:photos", words)
            if name == "missing.jpg":
                assert problem.endswith("in photos")
    assert len(problems) == len(PHOTO_CASES) - 1
    # the good photo was stored on the way and taken away again (snapshot() checked it)


def test_bad_photos_from_a_zip_are_all_refused(tmp_catalog, tmp_path, book, bad_photos):
    path, rows = _photo_workbook(book, tmp_path)
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for photo in bad_photos.iterdir():
            bundle.write(photo, f"expo/{photo.name}")
    problems = refused(tmp_catalog, path, "--images", archive)
    for name, words in PHOTO_CASES:
        if words:
            reported(problems, f"edited.xlsx[products]:{rows[name]}:photos", words)
    reported(
        problems,
        f"edited.xlsx[products]:{rows['missing.jpg']}:photos",
        "no photo 'missing.jpg' in photos.zip",
    )


def test_a_new_photo_without_images_says_how_to_give_them(tmp_catalog, tmp_path, book):
    row = append_row(book, "products", 2, id="expo-no-images", photos="shot.jpg")
    problems = refused(tmp_catalog, save(book, tmp_path))
    assert problems == [
        f"edited.xlsx[products]:{row}:photos: no photo 'shot.jpg' (give the "
        "folder or ZIP of photos with --images)"
    ]


def test_images_that_are_not_a_folder_or_a_zip(tmp_catalog, tmp_path, book):
    append_row(book, "products", 2, id="expo-zip-mixup", photos="good.jpg")
    path = save(book, tmp_path)
    assert refused(tmp_catalog, path, "--images", tmp_path / "nowhere") == [
        "nowhere: no such folder or ZIP of photos"
    ]
    not_zip = camera_jpeg(tmp_path / "good.zip", (300, 200))
    [problem] = refused(tmp_catalog, path, "--images", not_zip)
    assert problem.startswith("good.zip: ") and "ZIP" in problem


def test_a_damaged_zip_entry_is_refused_naming_the_row(tmp_catalog, tmp_path, book):
    row = append_row(book, "products", 2, id="expo-damaged-zip", photos="good.jpg")
    path = save(book, tmp_path)
    archive = tmp_path / "photos.zip"
    camera_jpeg(tmp_path / "good.jpg", (1600, 1200), seed=5)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(tmp_path / "good.jpg", "good.jpg")
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as bundle:
        info = bundle.getinfo("good.jpg")
    data[info.header_offset + 30 + len("good.jpg") + 200] ^= 0xFF  # flip bits mid-stream
    archive.write_bytes(bytes(data))
    [problem] = refused(tmp_catalog, path, "--images", archive)
    assert problem.startswith(f"edited.xlsx[products]:{row}:photos: photo 'good.jpg': "), problem


def test_cell_and_photo_mistakes_are_reported_together(tmp_catalog, tmp_path, book, bad_photos):
    """A sheet mistake does not hide the photo mistakes (nor the other way round), in a
    real import and in a dry run alike; nothing is stored either way."""
    path, rows = _photo_workbook(book, tmp_path)
    put(book, "crafts", 2, "colour", "blue")
    path = save(book, tmp_path)
    real = refused(tmp_catalog, path, "--images", bad_photos)
    reported(real, "edited.xlsx[crafts]:2:colour", "write a colour as #rrggbb")
    for name, words in PHOTO_CASES:
        if words:
            reported(real, f"edited.xlsx[products]:{rows[name]}:photos", words)
    assert len(real) == len(PHOTO_CASES)
    assert refused(tmp_catalog, path, "--images", bad_photos, "--dry-run") == real


# --- the library, for what the CLI cannot show -------------------------------------------------


def test_problems_carry_file_row_and_column(tmp_catalog, tmp_path, book):
    put(book, "products", 3, "gi_tag", "maybe")
    path = save(book, tmp_path)
    with pytest.raises(ImportRefused) as refusal:
        import_spreadsheet(tmp_catalog, path)
    [problem] = refusal.value.problems
    assert (problem.file, problem.row, problem.column) == ("edited.xlsx[products]", 3, "gi_tag")
    assert str(problem) == "edited.xlsx[products]:3:gi_tag: write yes or no"


def test_reading_never_raises_on_garbage(tmp_path):
    for index in range(20):
        data = random.Random(index).randbytes(200 + index * 97)
        for name in (f"g{index}.csv", f"g{index}.xlsx"):
            path = tmp_path / name
            path.write_bytes(data)
            sheets, problems = read_spreadsheet(path)
            assert sheets == {} and len(problems) == 1
            assert re.match(rf"g{index}\.(csv|xlsx): ", str(problems[0]))
