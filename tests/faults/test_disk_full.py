"""The disk fills up during an import: the import fails in one clear line and the kiosk's
catalogue stays exactly as it was, with no temporary file left behind.

A full disk is simulated with RLIMIT_FSIZE in the `kiosk-admin import` subprocess (with
SIGXFSZ ignored, a write past the limit fails with EFBIG as a write to a full disk fails
with ENOSPC): the limit leaves room for the backup and the new photos but not for the new
catalogue, which holds hundreds of new products.
"""

import resource
import signal
import subprocess

from openpyxl import load_workbook

from kiosk.catalog.store import load_catalog
from tests.catalog.spreadsheet_kit import (
    KIOSK_ADMIN,
    admin,
    append_row,
    camera_jpegs,
    ok,
    sha256,
    tree,
)

NEW_PRODUCTS = 300
ROOM_MB = 0.25  # what the import may write past the old catalogue's size, per file


def test_disk_full_during_an_import_keeps_the_old_catalogue(tmp_catalog, tmp_path):
    sheet = tmp_path / "expo-update.xlsx"
    ok(admin(tmp_catalog, "export", sheet))
    workbook = load_workbook(sheet)
    photos = tmp_path / "camera"
    photos.mkdir()
    names = [f"IMG_{index}.JPG" for index in range(3)]
    camera_jpegs(photos, names, (1600, 1200), seed=7)
    for index in range(NEW_PRODUCTS):
        # The first products bring the new photos; the rest keep the photos of the row they
        # copy, already in the media folder (300 new ones would take the import 30 s or more).
        new_photo = {"photos": names[index]} if index < len(names) else {}
        append_row(
            workbook,
            "products",
            2 + index % 20,
            id=f"expo-new-product-{index}",
            name_en=f"Expo New Product {index}",
            description_en=f"A new product {index} of the Expo. " + "Hand made. " * 30,
            description_hi=f"एक्सपो का नया उत्पाद {index}। " + "हाथ से बना। " * 25,
            description_ja=f"万博の新しい品 {index}。" + "手作りです。" * 40,
            **new_photo,
            photo_credit="Photo: pavilion staff",
            photo_illustrative="no",
        )
    workbook.save(sheet)
    before, version = sha256(tmp_catalog), load_catalog(tmp_catalog).version
    limit = tmp_catalog.stat().st_size + int(ROOM_MB * 1024 * 1024)

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        [KIOSK_ADMIN, "--db", tmp_catalog, "import", sheet, "--images", photos],
        capture_output=True,
        text=True,
        preexec_fn=small_disk,
        timeout=600,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert "cannot write the new catalogue" in lines[0] and "not changed" in lines[0]
    assert sha256(tmp_catalog) == before
    assert not [name for name in tree(tmp_catalog.parent) if ".import-" in name]
    assert load_catalog(tmp_catalog).version == version
