"""Products' descriptions and materials are read from the catalogue file when asked for
(store.py, LongTexts): from the very file the snapshot was read from, and only while the
snapshot is in use."""

import gc
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from kiosk.catalog.store import load_catalog
from kiosk.languages import LANGUAGES


def open_files(path: Path) -> int:
    fds = Path("/proc/self/fd")
    return sum(1 for fd in fds.iterdir() if os.path.realpath(fd) == str(path.resolve()))


def test_texts_come_from_the_file_the_snapshot_was_read_from(tmp_catalog):
    catalog = load_catalog(tmp_catalog)
    with closing(sqlite3.connect(tmp_catalog)) as conn:
        stored = {
            r[0]: tuple(r[1:])
            for r in conn.execute(
                "SELECT id, description_en, description_hi, description_ja, materials_en, "
                "materials_hi, materials_ja FROM products"
            )
        }
    # Staff replace the catalogue (a new file renamed over it) with other texts.
    new = tmp_catalog.with_name("new.db")
    shutil.copy(tmp_catalog, new)
    with closing(sqlite3.connect(new)) as conn:
        conn.execute("UPDATE products SET description_en = 'changed', materials_ja = 'changed'")
        conn.commit()
    os.replace(new, tmp_catalog)
    for product in catalog.products.values():
        shown = tuple(product.description[lang] for lang in LANGUAGES) + tuple(
            product.materials[lang] for lang in LANGUAGES
        )
        assert shown == tuple(t or "" for t in stored[product.id]), product.id
    assert next(iter(load_catalog(tmp_catalog).products.values())).description["en"] == "changed"


def test_photo_alt_texts_come_from_the_file_the_snapshot_was_read_from(tmp_catalog):
    catalog = load_catalog(tmp_catalog)
    with closing(sqlite3.connect(tmp_catalog)) as conn:
        stored = {
            (r[0], r[1]): tuple(t or "" for t in r[2:])
            for r in conn.execute("SELECT product, position, alt_en, alt_hi, alt_ja FROM media")
        }
    assert any(any(alt) for alt in stored.values())
    new = tmp_catalog.with_name("new.db")
    shutil.copy(tmp_catalog, new)
    with closing(sqlite3.connect(new)) as conn:
        conn.execute("UPDATE media SET alt_en = 'changed', alt_ja = NULL")
        conn.commit()
    os.replace(new, tmp_catalog)
    shown = {
        (photo.product, photo.position): tuple(photo.alt[lang] for lang in LANGUAGES)
        for product in catalog.products.values()
        for photo in product.photos
    }
    assert shown == stored
    replaced = next(iter(load_catalog(tmp_catalog).products.values())).photos[0].alt
    assert replaced == {"en": "changed", "hi": replaced["hi"], "ja": ""}


def test_a_snapshot_let_go_closes_its_file(tmp_catalog):
    catalog = load_catalog(tmp_catalog)
    assert open_files(tmp_catalog) == 1
    del catalog
    gc.collect()
    assert open_files(tmp_catalog) == 0
