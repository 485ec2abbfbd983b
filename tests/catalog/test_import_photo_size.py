"""An oversized photo is refused by its size alone, in a folder or a ZIP, before it is read."""

import zipfile

import pytest

from kiosk.catalog.export import export_catalogue
from kiosk.catalog.images import MAX_FILE_BYTES
from kiosk.catalog.importer import ImportRefused, import_spreadsheet


@pytest.mark.parametrize("container", ["folder", "zip"])
def test_an_oversized_photo_is_refused_without_reading_it(tmp_catalog, tmp_path, container):
    sheet = tmp_path / "products.csv"
    export_catalogue(tmp_catalog, sheet)
    lines = sheet.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    assert header[-3:] == ["photos", "photo_credit", "photo_illustrative"]
    first = lines[1].rsplit(",", 3)[0]
    lines[1] = f"{first},huge.jpg,,no"
    sheet.write_text("\n".join(lines) + "\n", encoding="utf-8")
    photos = tmp_path / "photos"
    photos.mkdir()
    huge = photos / "huge.jpg"
    with huge.open("wb") as handle:  # sparse: no disk, and reading it would take a while
        handle.truncate(MAX_FILE_BYTES + 1)
    source = photos
    if container == "zip":
        source = tmp_path / "photos.zip"
        with zipfile.ZipFile(source, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(huge, "huge.jpg")
    before = tmp_catalog.read_bytes()
    with pytest.raises(ImportRefused) as refused:
        import_spreadsheet(tmp_catalog, sheet, source)
    messages = [str(p) for p in refused.value.problems]
    assert messages == [
        "products.csv:2:photos: photo 'huge.jpg': the file is too big (40.1 MB; at most 40 MB)"
    ]
    assert tmp_catalog.read_bytes() == before
