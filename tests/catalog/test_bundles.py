"""Bundles carry a catalogue and its photos to other kiosks; hostile or stale ones are refused."""

import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest
from sqlite_utils import Database

from kiosk.catalog.bundles import BundleError, install_bundle, make_bundle
from kiosk.catalog.store import load_catalog
from kiosk.catalog.versions import new_version


def set_version(db_path: Path, version: str) -> None:
    db = Database(db_path)
    db["catalog_info"].upsert({"key": "version", "value": version}, pk="key")
    db.close()


def kiosk_copy(tmp_catalog: Path, name: str) -> Path:
    """A second kiosk: its own folder with the same catalogue and photos."""
    folder = tmp_catalog.parent / name
    folder.mkdir()
    shutil.copy(tmp_catalog, folder / "catalog.db")
    shutil.copytree(tmp_catalog.parent / "media", folder / "media")
    return folder / "catalog.db"


@pytest.fixture
def bundle(tmp_catalog, tmp_path):
    set_version(tmp_catalog, new_version())
    out = tmp_path / "odop.zip"
    make_bundle(tmp_catalog, out)
    return out


def fingerprint(db_path: Path) -> bytes:
    return db_path.read_bytes()


def test_a_newer_bundle_installs_with_its_photos(tmp_catalog, bundle):
    other = kiosk_copy(tmp_catalog, "kiosk-b")
    set_version(other, "0-older")
    for photo in list((other.parent / "media" / "display").iterdir())[:5]:
        photo.unlink()
    installed = install_bundle(other, bundle)
    assert installed.photos_added == 5
    catalog = load_catalog(other)
    assert catalog.products.keys() == load_catalog(tmp_catalog).products.keys()
    assert all(p.display.is_file() for product in catalog.products.values() for p in product.photos)
    assert catalog.version == installed.version
    assert {code: d.outline for code, d in catalog.districts.items()} == {
        code: d.outline for code, d in load_catalog(tmp_catalog).districts.items()
    }
    assert all(len(d.outline) >= 4 for d in catalog.districts.values())


def test_the_manifest_lists_every_file_with_its_checksum(bundle):
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == 1
        assert set(manifest["files"]) == set(archive.namelist()) - {"manifest.json"}
        assert all(len(f["sha256"]) == 64 for f in manifest["files"].values())


def test_same_or_older_version_is_refused_unless_forced(tmp_catalog, bundle):
    before = fingerprint(tmp_catalog)
    with pytest.raises(BundleError, match="the same as"):
        install_bundle(tmp_catalog, bundle)
    assert fingerprint(tmp_catalog) == before
    set_version(tmp_catalog, "99991231T000000000000Z")
    with pytest.raises(BundleError, match="older than"):
        install_bundle(tmp_catalog, bundle)
    install_bundle(tmp_catalog, bundle, force=True)


def rewrite(bundle: Path, out: Path, change) -> Path:
    """Copy `bundle` to `out`, letting `change(name, data, manifest)` alter entries."""
    with zipfile.ZipFile(bundle) as source:
        manifest = json.loads(source.read("manifest.json"))
        entries = [
            (info, source.read(info))
            for info in source.infolist()
            if info.filename != "manifest.json"
        ]
    with zipfile.ZipFile(out, "w") as target:
        extra = change(entries, manifest)
        target.writestr("manifest.json", json.dumps(manifest))
        for info, data in entries:
            target.writestr(info, data)
        for info, data in extra or []:
            target.writestr(info, data)
    return out


def hostile(kind: str):
    def change(entries, manifest):
        if kind == "checksum":
            info, data = entries[-1]
            entries[-1] = (info, data[:-1] + bytes([data[-1] ^ 1]))
        elif kind == "size":
            info, data = entries[-1]
            manifest["files"][info.filename]["size"] += 1
        elif kind == "unlisted":
            return [(zipfile.ZipInfo("media/display/extra.jpg"), b"x")]
        elif kind in ("absolute", "dotdot", "symlink"):
            name = {
                "absolute": "/tmp/evil.jpg",
                "dotdot": "media/../../evil.jpg",
                "symlink": "media/display/link.jpg",
            }[kind]
            info = zipfile.ZipInfo(name)
            if kind == "symlink":
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
            manifest["files"][name] = {"sha256": "0" * 64, "size": 9}
            return [(info, b"/etc/passwd"[:9])]
        elif kind == "no-manifest":
            manifest.clear()

    return change


@pytest.mark.parametrize(
    "kind, message",
    [
        ("checksum", "checksum"),
        ("size", "wrong size"),
        ("unlisted", "does not match"),
        ("absolute", "absolute path"),
        ("dotdot", "'..' path"),
        ("symlink", "symbolic link"),
        ("no-manifest", "manifest"),
    ],
)
def test_hostile_bundles_are_refused_and_change_nothing(
    tmp_catalog, bundle, tmp_path, kind, message
):
    bad = rewrite(bundle, tmp_path / f"{kind}.zip", hostile(kind))
    other = kiosk_copy(tmp_catalog, "kiosk-b")
    set_version(other, "0-older")
    before = fingerprint(other)
    photos_before = sorted(p.name for p in (other.parent / "media").rglob("*"))
    with pytest.raises(BundleError, match=message):
        install_bundle(other, bad)
    assert fingerprint(other) == before
    assert sorted(p.name for p in (other.parent / "media").rglob("*")) == photos_before
    assert not (tmp_path.parent / "evil.jpg").exists() and not Path("/tmp/evil.jpg").exists()


def test_a_file_that_is_not_a_zip_is_refused(tmp_catalog, tmp_path):
    fake = tmp_path / "fake.zip"
    fake.write_text("hello")
    with pytest.raises(BundleError, match="not a readable ZIP"):
        install_bundle(tmp_catalog, fake)


def test_a_bundle_from_a_kiosk_not_yet_updated_is_installed_up_to_date(tmp_catalog, tmp_path):
    """A central kiosk of an older build packs a schema-4 catalogue (no ODOP years, no
    district outlines yet)."""
    other = kiosk_copy(tmp_catalog, "kiosk-b")
    set_version(other, "0-older")
    db = Database(tmp_catalog)
    db.execute("ALTER TABLE products DROP COLUMN odop_year")
    db.execute("DROP TABLE district_outlines")
    db.execute("DELETE FROM schema_migrations WHERE version >= 5")
    db.conn.commit()
    db.close()
    set_version(tmp_catalog, new_version())
    make_bundle(tmp_catalog, tmp_path / "old-schema.zip")
    install_bundle(other, tmp_path / "old-schema.zip")
    installed = Database(other)
    assert max(row[0] for row in installed.execute("SELECT version FROM schema_migrations")) == 6
    assert {row[0] for row in installed.execute("SELECT DISTINCT odop_year FROM products")} == {
        2018
    }
    installed.close()


def test_a_bundle_of_a_newer_schema_is_refused(tmp_catalog, tmp_path):
    other = kiosk_copy(tmp_catalog, "kiosk-b")
    before = fingerprint(other)
    db = Database(tmp_catalog)
    db["schema_migrations"].insert({"version": 99, "name": "from the future", "applied_at": ""})
    db.close()
    set_version(tmp_catalog, new_version())
    make_bundle(tmp_catalog, tmp_path / "future.zip")
    with pytest.raises(BundleError, match="update this kiosk"):
        install_bundle(other, tmp_path / "future.zip")
    assert fingerprint(other) == before


def test_a_dry_run_checks_everything_and_changes_nothing(tmp_catalog, bundle):
    """The staff panel's dry run (kiosk/catalog/install.py): the same checks, nothing written."""
    from kiosk.catalog.install import READY, REFUSED, STALE, check_file

    other = kiosk_copy(tmp_catalog, "kiosk-b")
    set_version(other, "0-older")
    for photo in list((other.parent / "media" / "display").iterdir())[:3]:
        photo.unlink()
    before = fingerprint(other)
    would = install_bundle(other, bundle, dry_run=True)
    assert would.photos_added == 3 and would.backup == ""
    assert fingerprint(other) == before
    assert (
        len(list((other.parent / "media" / "display").iterdir()))
        == len(list((tmp_catalog.parent / "media" / "display").iterdir())) - 3
    )  # no photo written
    report = check_file(other, bundle, "bundle")
    assert (report.outcome, report.photos, report.installable) == (READY, 3, True)
    stale = check_file(tmp_catalog, bundle, "bundle")  # the same version: nothing to install
    assert stale.outcome == STALE and not stale.installable and "--force" not in stale.detail
    broken = bundle.parent / "broken.zip"
    broken.write_bytes(bundle.read_bytes()[:2000])
    refused = check_file(other, broken, "bundle")
    assert refused.outcome == REFUSED and refused.detail.startswith("broken.zip: not a readable")
