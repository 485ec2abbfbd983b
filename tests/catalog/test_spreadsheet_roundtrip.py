"""Staff edit the catalogue as a spreadsheet: export, edit, import, and undo with restore.

Every test runs the installed `kiosk-admin` on a private copy of the bundled catalogue
(`tmp_catalog`) with real XLSX, CSV, JPEG, PNG and ZIP files.
"""

import re
import zipfile

import pytest
from openpyxl import load_workbook
from PIL import Image

from kiosk.catalog import backups
from kiosk.catalog.images import DISPLAY_LONG_SIDE, THUMB_LONG_SIDE
from kiosk.catalog.store import load_catalog
from tests.catalog.spreadsheet_kit import (
    admin,
    append_row,
    camera_image,
    camera_jpeg,
    cells,
    dump,
    file_state,
    get,
    ok,
    put,
    repository_state,
    tree,
)


@pytest.fixture(scope="module", autouse=True)
def repository_untouched():
    before = repository_state()
    yield
    assert repository_state() == before, "a test changed the bundled catalogue or photos"


def test_xlsx_round_trip_changes_nothing(tmp_catalog, tmp_path):
    exported = tmp_path / "catalogue.xlsx"
    out = ok(admin(tmp_catalog, "export", exported))
    assert re.fullmatch(
        r"\S+catalogue\.xlsx: \d+ products, \d+ artisans, 75 districts, "
        r"\d+ crafts, \d+ settings, 3 url_templates\n",
        out,
    ), out
    before = file_state(tmp_catalog)
    media = tree(tmp_catalog.parent / "media")

    out = ok(admin(tmp_catalog, "import", exported))

    assert out == "nothing to change: the catalogue already matches\n"
    assert file_state(tmp_catalog) == before  # not rewritten, not even touched
    assert not (tmp_catalog.parent / "backups").exists()
    assert tree(tmp_catalog.parent / "media") == media
    again = tmp_path / "again.xlsx"
    ok(admin(tmp_catalog, "export", again))
    first, second = cells(exported), cells(again)
    assert list(first) == [
        "products",
        "artisans",
        "districts",
        "crafts",
        "settings",
        "url_templates",
    ]
    assert first == second
    assert len(first["districts"]) == 76 and len(first["products"]) > 100


def test_csv_round_trip_is_byte_identical(tmp_catalog, tmp_path):
    exported = tmp_path / "products.csv"
    out = ok(admin(tmp_catalog, "export", exported))
    assert re.fullmatch(r"\S+products\.csv: \d+ products\n", out)
    data = exported.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    data.decode("utf-8")  # Hindi and Japanese text as UTF-8
    before = file_state(tmp_catalog)

    assert (
        ok(admin(tmp_catalog, "import", exported))
        == "nothing to change: the catalogue already matches\n"
    )

    assert file_state(tmp_catalog) == before
    assert not (tmp_catalog.parent / "backups").exists()
    again = tmp_path / "again.csv"
    ok(admin(tmp_catalog, "export", again))
    assert again.read_bytes() == data


def test_csv_saved_by_excel_with_bom_and_crlf_is_accepted(tmp_catalog, tmp_path):
    exported = tmp_path / "products.csv"
    ok(admin(tmp_catalog, "export", exported))
    text = exported.read_text(encoding="utf-8")
    excel = tmp_path / "from-excel.csv"
    excel.write_bytes(text.replace("\n", "\r\n").encode("utf-8-sig"))
    before = file_state(tmp_catalog)

    assert (
        ok(admin(tmp_catalog, "import", excel))
        == "nothing to change: the catalogue already matches\n"
    )
    assert file_state(tmp_catalog) == before


@pytest.mark.parametrize("sheet", ["artisans", "districts", "crafts", "settings", "url_templates"])
def test_one_sheet_csv_round_trip(tmp_catalog, tmp_path, sheet):
    """`<sheet>.csv` holds that sheet: its export says what it wrote and imports unchanged."""
    exported = tmp_path / f"{sheet}.csv"
    out = ok(admin(tmp_catalog, "export", exported))
    rows = len(exported.read_text(encoding="utf-8").splitlines()) - 1
    assert out.endswith(f"{sheet}.csv: {rows} {sheet}\n"), out
    assert (
        exported.read_text(encoding="utf-8")
        .splitlines()[0]
        .startswith(
            {
                "artisans": "id,kind,",
                "districts": "code,",
                "crafts": "code,",
                "settings": "key,value",
                "url_templates": "name,template",
            }[sheet]
        )
    )
    before = file_state(tmp_catalog)
    assert (
        ok(admin(tmp_catalog, "import", exported))
        == "nothing to change: the catalogue already matches\n"
    )
    assert file_state(tmp_catalog) == before


def test_importing_the_districts_sheet_keeps_the_outlines(tmp_catalog, tmp_path):
    """The spreadsheet does not carry the outlines; replacing the districts keeps them."""
    outlines = dump(tmp_catalog)["district_outlines"]
    assert len(outlines) == 75
    exported = tmp_path / "catalogue.xlsx"
    ok(admin(tmp_catalog, "export", exported))
    assert "district_outlines" not in cells(exported)
    workbook = load_workbook(exported)
    put(workbook, "districts", 2, "division_en", "Edited for the Expo")
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    out = ok(admin(tmp_catalog, "import", edited))
    assert "districts: 0 added, 1 changed, 0 removed" in out, out
    assert dump(tmp_catalog)["district_outlines"] == outlines
    assert all(d.outline for d in load_catalog(tmp_catalog).districts.values())


def _history_lines(db):
    return ok(admin(db, "history")).splitlines()


def test_edited_workbook_import_backup_history_and_restore(tmp_catalog, tmp_path):
    original = dump(tmp_catalog)
    exported = tmp_path / "catalogue.xlsx"
    ok(admin(tmp_catalog, "export", exported))
    workbook = load_workbook(exported)
    products = workbook["products"]
    renamed_id = get(workbook, "products", 2, "id")
    # a row from the middle: the rows below move up a place and have not changed
    removed_id = get(workbook, "products", 5, "id")
    artisan_id = get(workbook, "artisans", 3, "id")
    put(workbook, "products", 2, "name_en", "Banarasi Brocade Saree, Expo Edition")
    products.delete_rows(5)
    append_row(
        workbook,
        "products",
        3,
        id="expo-camera-photo-shawl",
        name_en="Expo Camera Photo Shawl",
        name_hi="",
        name_ja="",
        featured="yes",
        odop_year="2025",
        photos="camera-shot.jpg",
        photo_credit="Photo: pavilion staff",
        photo_illustrative="no",
    )
    put(workbook, "artisans", 3, "bio_en", "Edited for the Expo: weavers since 1952.")
    put(workbook, "artisans", 3, "phone", "+91 542 123 4567")
    edited = tmp_path / "edited.xlsx"
    workbook.save(edited)
    photos = tmp_path / "photos"
    photos.mkdir()
    # A phone photo held sideways: 4032x3024 pixels stored, EXIF says turn 90° clockwise.
    camera_jpeg(photos / "camera-shot.jpg", (4032, 3024), seed=1, orientation=6)
    camera_jpeg(photos / "unused.jpg", (640, 480), seed=2)  # in the folder, not in the sheet

    out = ok(admin(tmp_catalog, "import", edited, "--images", photos))

    assert re.fullmatch(
        r"imported edited\.xlsx\. products: 1 added, 1 changed, 1 removed; "
        r"artisans: 0 added, 1 changed, 0 removed; 1 new photo\(s\); "
        r"backup (catalog-\S+)\n",
        out,
    ), out
    first_backup = out.split("backup ")[-1].strip()
    catalog = load_catalog(tmp_catalog)
    assert catalog.products[renamed_id].name["en"] == "Banarasi Brocade Saree, Expo Edition"
    assert removed_id not in catalog.products
    assert catalog.artisans[artisan_id].bio["en"] == "Edited for the Expo: weavers since 1952."
    assert catalog.artisans[artisan_id].phone == "+91 542 123 4567"
    new = catalog.products["expo-camera-photo-shawl"]
    assert new.featured and new.name["hi"] == "" and new in catalog.featured()
    assert new.odop_year == 2025 and new.odop_added == 2025  # the new column came through
    assert len(new.photos) == 1
    photo = new.photos[0]
    assert photo.credit == "Photo: pavilion staff" and not photo.illustrative
    assert photo.alt["en"] == "Expo Camera Photo Shawl"
    assert photo.display.parent == tmp_catalog.parent / "media" / "display"
    assert photo.thumb.parent == tmp_catalog.parent / "media" / "thumbs"
    with Image.open(photo.display) as display:
        display.load()
        assert display.format == "JPEG" and display.size == (photo.width, photo.height)
        width, height = display.size  # turned upright, made smaller
        assert 0.9 * DISPLAY_LONG_SIDE <= height <= DISPLAY_LONG_SIDE
        assert abs(width / height - 3 / 4) < 0.01
        assert not display.getexif()  # camera metadata stripped
    with Image.open(photo.thumb) as thumb:
        thumb.load()
        assert thumb.size == (384, THUMB_LONG_SIDE)
    assert len(list((tmp_catalog.parent / "media").rglob("*unused*"))) == 0

    # A second edit: a product whose photo comes from a ZIP (in a folder, as Windows zips it)
    second = tmp_path / "second.xlsx"
    ok(admin(tmp_catalog, "export", second))
    workbook = load_workbook(second)
    exported_new_photo = get(
        workbook,
        "products",
        [c.value for c in workbook["products"]["A"]].index("expo-camera-photo-shawl") + 1,
        "photos",
    )
    assert exported_new_photo == photo.display.name  # exported under its stored name
    append_row(
        workbook,
        "products",
        2,
        id="expo-zip-photo-box",
        name_en="Expo Zip Photo Box",
        photos="zip-shot.png;camera-shot-again.jpg",
        photo_credit="",
        photo_illustrative="yes",
    )
    workbook.save(second)
    archive = tmp_path / "photos.zip"
    png = tmp_path / "zip-shot.png"
    image = camera_image((1200, 800), seed=3).convert("RGBA")
    image.putalpha(200)
    image.save(png)
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.write(png, "Expo photos/zip-shot.png")
        bundle.writestr("__MACOSX/Expo photos/._zip-shot.png", b"\0\5\26\7junk")
        bundle.write(photos / "camera-shot.jpg", "Expo photos/camera-shot-again.jpg")

    out = ok(admin(tmp_catalog, "import", second, "--images", archive))

    assert re.fullmatch(
        r"imported second\.xlsx\. products: 1 added, 0 changed, 0 removed; "
        r"[12] new photo\(s\); backup catalog-\S+\n",
        out,
    ), out
    catalog = load_catalog(tmp_catalog)
    box = catalog.products["expo-zip-photo-box"]
    assert [p.width for p in box.photos] == [1200, photo.width]  # never enlarged
    assert box.photos[1].display == photo.display  # the same picture is stored once
    assert all(p.illustrative for p in box.photos)
    assert box.photos[0].alt["en"] == "Illustration of Expo Zip Photo Box"
    for picture in box.photos:
        with Image.open(picture.display) as display, Image.open(picture.thumb) as thumb:
            display.load()
            thumb.load()
            assert max(display.size) <= DISPLAY_LONG_SIDE
            assert max(thumb.size) <= THUMB_LONG_SIDE
            assert display.mode == "RGB"

    history = _history_lines(tmp_catalog)
    assert len(history) == 2
    assert history[0].split("\t")[1:] == ["edited.xlsx", "products: +1 ~1 -1; artisans: +0 ~1 -0"]
    assert history[1].split("\t")[1:] == ["second.xlsx", "products: +1 ~0 -0"]
    listed = ok(admin(tmp_catalog, "backups")).splitlines()
    assert [line.split("\t") for line in listed] == [
        [first_backup, "before importing edited.xlsx"],
        [listed[1].split("\t")[0], "before importing second.xlsx"],
    ]
    entries = backups.history(tmp_catalog)
    assert entries[0]["backup"] == first_backup
    assert entries[0]["changes"]["products"] == {"added": 1, "changed": 1, "removed": 1}

    # Undo both imports: the catalogue is the bundled one again, row for row.
    assert ok(admin(tmp_catalog, "restore", first_backup)) == f"restored {first_backup}\n"
    assert dump(tmp_catalog) == original
    restored = load_catalog(tmp_catalog)
    assert removed_id in restored.products and "expo-camera-photo-shawl" not in restored.products
    history = _history_lines(tmp_catalog)
    assert history[-1].split("\t")[1:] == [f"restore {first_backup}", "-"]
    # ...and the restore itself was backed up, so it can be undone too.
    newest = ok(admin(tmp_catalog, "backups")).splitlines()[-1].split("\t")
    assert newest[1] == f"before restoring {first_backup}"
    ok(admin(tmp_catalog, "restore"))
    assert "expo-zip-photo-box" in load_catalog(tmp_catalog).products


def test_dry_run_reports_the_changes_and_changes_nothing(tmp_catalog, tmp_path):
    exported = tmp_path / "catalogue.xlsx"
    ok(admin(tmp_catalog, "export", exported))
    workbook = load_workbook(exported)
    append_row(
        workbook, "products", 2, id="expo-dry-run-vase", name_en="Dry Run Vase", photos="vase.jpg"
    )
    put(workbook, "crafts", 2, "colour", "#123456")
    workbook.save(exported)
    photos = tmp_path / "photos"
    photos.mkdir()
    camera_jpeg(photos / "vase.jpg", (3000, 2000), seed=4)
    before = file_state(tmp_catalog)
    media = tree(tmp_catalog.parent / "media")

    out = ok(admin(tmp_catalog, "import", exported, "--images", photos, "--dry-run"))

    assert out == (
        "dry run, nothing changed. products: 1 added, 0 changed, 0 removed; "
        "crafts: 0 added, 1 changed, 0 removed; 1 new photo(s) checked\n"
    )
    assert file_state(tmp_catalog) == before
    assert tree(tmp_catalog.parent / "media") == media
    assert not (tmp_catalog.parent / "backups").exists()
    assert ok(admin(tmp_catalog, "history")) == ""


def test_reordering_rows_is_imported_as_a_change(tmp_catalog, tmp_path):
    """The sheet's order is the kiosk's order: swapping two crafts swaps them on screen, and
    the two rows count as changed (the rows between kept their places among the others)."""
    exported = tmp_path / "catalogue.xlsx"
    ok(admin(tmp_catalog, "export", exported))
    workbook = load_workbook(exported)
    crafts = workbook["crafts"]
    first = [c.value for c in crafts[2]]
    last = [c.value for c in crafts[crafts.max_row]]
    for index, value in enumerate(last, start=1):
        crafts.cell(2, index).value = value
    for index, value in enumerate(first, start=1):
        crafts.cell(crafts.max_row, index).value = value
    workbook.save(exported)
    order = list(load_catalog(tmp_catalog).crafts)

    out = ok(admin(tmp_catalog, "import", exported))

    assert "crafts: 0 added, 2 changed, 0 removed;" in out, out
    assert list(load_catalog(tmp_catalog).crafts) == [order[-1], *order[1:-1], order[0]]
    assert backups.history(tmp_catalog)[-1]["changes"]["crafts"] == {
        "added": 0,
        "changed": 2,
        "removed": 0,
    }
    again = tmp_path / "again.xlsx"
    ok(admin(tmp_catalog, "export", again))
    assert cells(again) == cells(exported)
