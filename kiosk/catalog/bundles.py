"""Catalogue bundles: one ZIP carrying a catalogue and its photos from staff to many kiosks.

A bundle holds `catalog.db`, the photos under `media/`, and `manifest.json` with the format,
the catalogue's version and the SHA-256 and size of every file. Installing one checks all
of that before anything changes, then swaps the catalogue in as an import does.
"""

import hashlib
import json
import os
import sqlite3
import stat
import tempfile
import zipfile
import zlib
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, TypedDict

from sqlite_utils import Database

from kiosk import atomic
from kiosk.catalog import backups
from kiosk.catalog.images import DISPLAY_DIR, THUMB_DIR
from kiosk.catalog.schema import LATEST_VERSION, migrate
from kiosk.catalog.store import media_dir_of
from kiosk.migrations import schema_version

FORMAT = 1
MANIFEST = "manifest.json"
CATALOG = "catalog.db"
MEDIA = "media"
MAX_ENTRY_BYTES = 200 * 1024 * 1024
_CHUNK = 1 << 20


class EntryMeta(TypedDict):
    """What the manifest says of one file in the bundle."""

    size: int
    sha256: str


class BundleError(Exception):
    """A bundle that is refused; the message says why, and nothing was changed."""


class StaleBundle(BundleError):
    """A bundle whose catalogue is not newer than the one installed."""


@dataclass
class Installed:
    version: str
    photos_added: int
    backup: str


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _catalogue_info(db_path: Path) -> dict[str, str]:
    db = Database(sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True))
    try:
        return {row["key"]: row["value"] for row in db["catalog_info"].rows}
    finally:
        db.close()


def make_bundle(db_path: Path, out: Path) -> dict[str, Any]:
    """Pack the catalogue at `db_path` and every photo it names into `out`; the manifest."""
    db_path, out = Path(db_path), Path(out)
    media_dir = media_dir_of(db_path)
    with tempfile.TemporaryDirectory(dir=out.parent) as scratch:
        copy = Path(scratch) / CATALOG
        source = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(copy)
        source.backup(target)
        source.close()
        target.execute("UPDATE catalog_info SET value = ? WHERE key = 'media_dir'", [MEDIA])
        target.commit()
        photos = sorted(
            {name for row in target.execute("SELECT display, thumb FROM media") for name in row}
        )
        target.close()
        files = {CATALOG: copy, **{f"{MEDIA}/{name}": media_dir / name for name in photos}}
        manifest = {
            "format": FORMAT,
            "catalog_version": _catalogue_info(copy).get("version", ""),
            "files": {
                name: {"sha256": _sha256_file(path), "size": path.stat().st_size}
                for name, path in files.items()
            },
        }
        with (
            atomic.atomic_write(out) as handle,
            zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as bundle,
        ):
            bundle.writestr(MANIFEST, json.dumps(manifest, indent=1, sort_keys=True))
            for name, path in files.items():
                # Photos are JPEG already: storing them is as small and far faster.
                kind = zipfile.ZIP_DEFLATED if name == CATALOG else zipfile.ZIP_STORED
                bundle.write(path, name, compress_type=kind)
    return manifest


def _safe_name(info: zipfile.ZipInfo) -> str | None:
    """Why the entry must not be unpacked, or None if it is a plain file inside the bundle."""
    name = info.filename
    path = PurePosixPath(name)
    if name.startswith(("/", "\\")) or "\\" in name or (len(name) > 1 and name[1] == ":"):
        return "an absolute path"
    if ".." in path.parts:
        return "a '..' path"
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if info.is_dir():
        return "a folder entry"
    return None


def read_manifest(bundle: zipfile.ZipFile, name: str) -> dict[str, Any]:
    """The bundle's manifest, once every entry has been found safe and listed in it."""
    problems = []
    for info in bundle.infolist():
        why = _safe_name(info)
        if why:
            problems.append(f"entry {info.filename!r} is {why}")
    if problems:
        raise BundleError(f"{name}: refused: {'; '.join(problems[:5])}")
    try:
        manifest: dict[str, Any] = json.loads(bundle.read(MANIFEST))
        files = manifest["files"]
        if manifest["format"] != FORMAT:
            raise BundleError(
                f"{name}: bundle format {manifest['format']} is not format "
                f"{FORMAT}; update this kiosk"
            )
    except (KeyError, ValueError, TypeError):
        raise BundleError(f"{name}: no readable {MANIFEST}; not a catalogue bundle") from None
    entries = {info.filename for info in bundle.infolist()} - {MANIFEST}
    if entries != set(files):
        extra, missing = sorted(entries - set(files)), sorted(set(files) - entries)
        raise BundleError(
            f"{name}: the manifest does not match the files "
            f"(not listed: {extra[:3]}, missing: {missing[:3]})"
        )
    if CATALOG not in files:
        raise BundleError(f"{name}: no {CATALOG} in the bundle")
    for entry, meta in files.items():
        if not entry.startswith(f"{MEDIA}/") and entry != CATALOG:
            raise BundleError(f"{name}: unexpected entry {entry!r}")
        if bundle.getinfo(entry).file_size != meta["size"] or meta["size"] > MAX_ENTRY_BYTES:
            raise BundleError(f"{name}: {entry} has the wrong size")
    return manifest


def _extract_verified(
    bundle: zipfile.ZipFile, entry: str, meta: EntryMeta, target: Path, name: str
) -> None:
    """Unpack one entry to `target` through a temporary file, checking size and SHA-256."""
    digest = hashlib.sha256()
    written = 0
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic.atomic_write(target) as out, bundle.open(entry) as source:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                written += len(chunk)
                if written > meta["size"]:
                    raise BundleError(f"{name}: {entry} is larger than its manifest says")
                digest.update(chunk)
                out.write(chunk)
            if written != meta["size"] or digest.hexdigest() != meta["sha256"]:
                raise BundleError(f"{name}: {entry} does not match its checksum")
    except (zipfile.BadZipFile, zlib.error) as error:
        raise BundleError(f"{name}: {entry} is damaged ({error})") from None


def _verify_entry(bundle: zipfile.ZipFile, entry: str, meta: EntryMeta, name: str) -> None:
    digest = hashlib.sha256()
    try:
        with bundle.open(entry) as source:
            for chunk in iter(lambda: source.read(_CHUNK), b""):
                digest.update(chunk)
    except (zipfile.BadZipFile, zlib.error) as error:
        raise BundleError(f"{name}: {entry} is damaged ({error})") from None
    if digest.hexdigest() != meta["sha256"]:
        raise BundleError(f"{name}: {entry} does not match its checksum")


def install_bundle(
    db_path: Path, bundle_path: Path, force: bool = False, dry_run: bool = False
) -> Installed:
    """Verify the bundle and make it this kiosk's catalogue; BundleError if refused.

    `dry_run`: verify all of it (its catalogue too) and change nothing; `photos_added` then
    counts the photo files an install would add, and `backup` is empty."""
    db_path, bundle_path = Path(db_path).resolve(), Path(bundle_path)
    name = bundle_path.name
    try:
        bundle = zipfile.ZipFile(bundle_path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BundleError(f"{name}: not a readable ZIP bundle ({error})") from None
    with bundle:
        manifest = read_manifest(bundle, name)
        current = _catalogue_info(db_path).get("version", "")
        incoming = str(manifest.get("catalog_version", ""))
        if incoming <= current and not force:
            word = "the same as" if incoming == current else "older than"
            raise StaleBundle(
                f"{name}: catalogue version {incoming} is {word} this kiosk's "
                f"({current}); use --force to install it anyway"
            )
        for entry, meta in manifest["files"].items():  # all of it, before writing anything
            _verify_entry(bundle, entry, meta, name)
        media_dir = media_dir_of(db_path)
        with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".bundle-") as scratch:
            staged_db = Path(scratch) / CATALOG
            _extract_verified(bundle, CATALOG, manifest["files"][CATALOG], staged_db, name)
            _check_catalogue(staged_db, name)
            added = 0
            for entry, meta in manifest["files"].items():
                if entry == CATALOG:
                    continue
                relative = PurePosixPath(entry).relative_to(MEDIA)
                if relative.parts[0] not in (DISPLAY_DIR, THUMB_DIR) or len(relative.parts) != 2:
                    raise BundleError(f"{name}: unexpected photo path {entry!r}")
                target = media_dir / relative
                if target.is_file() and _sha256_file(target) == meta["sha256"]:
                    continue
                if not dry_run:
                    _extract_verified(bundle, entry, meta, target, name)
                added += 1
            if dry_run:
                return Installed(incoming, added, "")
            relative_media = os.path.relpath(media_dir, db_path.parent)
            db = sqlite3.connect(staged_db)
            db.execute(
                "UPDATE catalog_info SET value = ? WHERE key = 'media_dir'", [relative_media]
            )
            db.commit()
            db.close()
            backup = backups.take(db_path, f"before installing {name}")
            atomic.replace_file(staged_db, db_path)  # with the mode and group it replaces
    backups.record(db_path, name, {}, backup)
    return Installed(incoming, added, backup)


def _check_catalogue(path: Path, name: str) -> None:
    try:
        db = sqlite3.connect(path)
        ok = db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        version = schema_version(Database(db))
        db.close()
    except sqlite3.DatabaseError as error:
        raise BundleError(f"{name}: its catalogue is damaged ({error})") from None
    if not ok:
        raise BundleError(f"{name}: its catalogue fails SQLite's integrity check")
    if not 0 < version <= LATEST_VERSION:
        raise BundleError(
            f"{name}: its catalogue has schema {version}; this kiosk reads {LATEST_VERSION} "
            "and older (update this kiosk)"
        )
    if version < LATEST_VERSION:  # from a kiosk not yet updated: brought up to date here
        try:
            with closing(sqlite3.connect(path)) as db:
                migrate(Database(db))
        except sqlite3.DatabaseError as error:
            raise BundleError(f"{name}: its catalogue cannot be updated ({error})") from None
