"""Backups of a catalogue taken before every change, and the history of those changes.

They live in `backups/` beside the catalogue: `<id>.db` files and `history.jsonl`, one line
per import or restore (when, from which file, rows added / changed / removed per sheet).
"""

import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from kiosk import atomic


class BackupError(Exception):
    """A backup that does not exist or cannot be restored."""


def backup_dir(db_path: Path) -> Path:
    return Path(db_path).resolve().parent / "backups"


def take(db_path: Path, reason: str) -> str:
    """Copy the catalogue into the backups folder; return the backup's id."""
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
    return backup_id


def record(db_path: Path, source: str, changes: dict, backup_id: str | None) -> None:
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


def history(db_path: Path) -> list[dict]:
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


def list_backups(db_path: Path) -> list[dict]:
    folder = backup_dir(db_path)
    found = []
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
    before = take(db_path, f"before restoring {chosen}")
    with atomic.reserved(db_path, prefix=f".restore-{chosen}.") as partial:
        shutil.copyfile(source, partial)
    record(db_path, f"restore {chosen}", {}, before)
    return chosen
