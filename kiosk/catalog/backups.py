"""Backups of a catalogue taken before every change, and the history of those changes.

They live in `backups/` beside the catalogue: `<id>.db` files and `history.jsonl`, one line
per import or restore (when, from which file, rows added / changed / removed per sheet).
"""

import json
import shutil
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    from kiosk.catalog.store import Catalog
    from kiosk.machine import MachineConfig

from kiosk import atomic


class BackupInfo(TypedDict):
    """One backup in the backup folder: its id (file stem), why it was made, its size."""

    id: str
    reason: str
    bytes: int


class BackupError(Exception):
    """A backup that does not exist or cannot be restored."""


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def take(db_path: Path, reason: str, keep: int | None = None) -> str:
    """Copy the catalogue into the backups folder, keeping the newest `keep` backups
    (default: the machine's `backups_kept`); return the backup's id."""
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    backup_id = f"{Path(db_path).stem}-{stamp}"
    # The backup is as private as the catalogue: its mode and group.
    with atomic.reserved(folder / f"{backup_id}.db", like=db_path) as partial:
        source = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
        target = sqlite3.connect(partial)
        source.backup(target)  # a consistent copy even while the kiosk reads the file
        source.close()
        target.close()
    atomic.write_text(folder / f"{backup_id}.json", json.dumps({"id": backup_id, "reason": reason}))
    prune(db_path, _backups_kept() if keep is None else keep)
    return backup_id


def _backups_kept() -> int:
    from kiosk.catalog.settings import SETTINGS
    from kiosk.machine import MachineConfigError, load_machine

    try:
        return int(load_machine().get("backups_kept"))
    except MachineConfigError:
        return int(SETTINGS["backups_kept"].default)


def prune(db_path: Path, keep: int) -> list[str]:
    """Delete all but the newest `keep` backups; the ids deleted."""
    old = list_backups(db_path)[: -keep or None] if keep > 0 else []
    folder = backup_dir(db_path)
    for backup in old:
        (folder / f"{backup['id']}.db").unlink(missing_ok=True)
        (folder / f"{backup['id']}.json").unlink(missing_ok=True)
    return [backup["id"] for backup in old]


def newest_that_opens(
    db_path: Path, machine: "MachineConfig | None" = None
) -> tuple["Catalog | None", list[str]]:
    """The newest backup of the catalogue at `db_path` that can be shown, as a Catalog (its
    photos from the catalogue's folder), with why each newer one cannot; (None, reasons)
    if none opens."""
    from kiosk.catalog.store import CatalogError, load_catalog

    reasons: list[str] = []
    for backup in reversed(list_backups(db_path)):
        path = backup_dir(db_path) / f"{backup['id']}.db"
        try:
            return load_catalog(path, machine, home=Path(db_path).resolve().parent), reasons
        except CatalogError as error:
            reasons.append(str(error))
    return None, reasons


def record(
    db_path: Path, source: str, changes: Mapping[str, object], backup_id: str | None
) -> None:
    """Append one change of the catalogue to its history."""
    folder = backup_dir(db_path)
    folder.mkdir(exist_ok=True)
    entry = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "source": source,
        "backup": backup_id,
        "changes": {
            name: vars(change) if not isinstance(change, dict) else change
            for name, change in changes.items()
        },
    }
    with (folder / "history.jsonl").open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(entry, ensure_ascii=False) + "\n")


def history(db_path: Path) -> list[dict[str, Any]]:
    path = backup_dir(db_path) / "history.jsonl"
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            entries.append(json.loads(line))
        except ValueError:
            continue  # a line cut short by a crash is not history
    return entries


def list_backups(db_path: Path) -> list[BackupInfo]:
    folder = backup_dir(db_path)
    found: list[BackupInfo] = []
    for path in sorted(folder.glob("*.db")) if folder.is_dir() else []:
        meta = folder / f"{path.stem}.json"
        reason = (
            json.loads(meta.read_text(encoding="utf-8")).get("reason", "") if meta.is_file() else ""
        )
        found.append({"id": path.stem, "reason": reason, "bytes": path.stat().st_size})
    return found


def restore(db_path: Path, backup_id: str | None = None) -> str:
    """Put backup `backup_id` (default: the newest) back in place, after backing up the
    current catalogue; return the id restored."""
    backups = list_backups(db_path)
    if not backups:
        raise BackupError(f"{backup_dir(db_path)}: no backups yet")
    chosen = backups[-1]["id"] if backup_id is None else backup_id
    source = backup_dir(db_path) / f"{chosen}.db"
    if chosen not in {b["id"] for b in backups}:
        raise BackupError(f"no backup {chosen!r} (see kiosk-admin backups)")
    # The copy first: pruning after the next backup may delete the chosen one.
    with atomic.reserved(db_path, prefix=f".restore-{chosen}.") as partial:
        shutil.copyfile(source, partial)
        before = take(db_path, f"before restoring {chosen}")
    record(db_path, f"restore {chosen}", {}, before)
    return chosen


@dataclass(frozen=True)
class Shown:
    """The catalogue a kiosk shows, and why it is not the configured one if it is not."""

    catalog: "Catalog"
    shown: str  # "configured", "backup" or "bundled"
    note: str = ""


def open_or_fall_back(
    db_path: Path, machine: "MachineConfig | None" = None, bundled: Path | None = None
) -> Shown:
    """The catalogue at `db_path`; if it cannot be shown (corrupt, missing, unreadable, a
    newer schema), its newest backup that opens; if none opens, the `bundled` catalogue.
    CatalogError if not even that opens (or there is no `bundled` to fall back to)."""
    from kiosk.catalog.store import CatalogError, load_catalog

    try:
        return Shown(load_catalog(db_path, machine), "configured")
    except CatalogError as error:
        problem = str(error)
    backup, reasons = newest_that_opens(db_path, machine)
    if backup is not None:
        return Shown(backup, "backup", f"{problem}; showing backup {backup.path.stem}")
    tried = (
        f" and none of its {len(reasons)} backup(s) opens" if reasons else " and it has no backup"
    )
    if bundled is None or Path(db_path).resolve() == Path(bundled).resolve():
        raise CatalogError(f"{problem}{tried}")
    return Shown(
        load_catalog(bundled, machine),
        "bundled",
        f"{problem}{tried}; showing the bundled catalogue",
    )
