"""The state database `<state_dir>/state.db` (SQLite, WAL): its schema as numbered
migrations, each applied once in its own transaction.

It is never the catalogue: an import, a restore or a bundle replaces `catalog.db` and leaves
this file alone, and a bundle never carries it (so never the PIN).
"""

import socket
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.atomic import new_folder_mode
from kiosk.migrations import apply_migrations

STATE_FILE = "state.db"
KIOSK_ID_KEY = "kiosk_id"


def _create_state(db: Database) -> None:
    db.execute(
        "CREATE TABLE counts (kiosk TEXT NOT NULL, hour TEXT NOT NULL, metric TEXT NOT NULL, "
        "key TEXT NOT NULL, count INTEGER NOT NULL, PRIMARY KEY (kiosk, hour, metric, key))"
    )
    db.execute("CREATE TABLE state_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        "CREATE TABLE pin (id INTEGER PRIMARY KEY CHECK (id = 1), salt BLOB NOT NULL, "
        "n INTEGER NOT NULL, r INTEGER NOT NULL, p INTEGER NOT NULL, hash BLOB NOT NULL, "
        "set_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE pin_failures (id INTEGER PRIMARY KEY CHECK (id = 1), "
        "failures INTEGER NOT NULL, boot TEXT NOT NULL, failed_at REAL NOT NULL)"
    )
    db.execute(
        "CREATE TABLE overrides (product TEXT PRIMARY KEY, hidden INTEGER NOT NULL DEFAULT 0, "
        "featured INTEGER, changed_at TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE staff_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, via TEXT NOT NULL, "
        "action TEXT NOT NULL, detail TEXT NOT NULL)"
    )


MIGRATIONS: list[tuple[int, str, Callable[[Database], None]]] = [
    (1, "statistics, PIN, local overrides and staff log", _create_state),
]
LATEST_VERSION = MIGRATIONS[-1][0]


def migrate(db: Database) -> int:
    """Apply every state migration the database has not had yet; the schema version."""
    return apply_migrations(db, MIGRATIONS)


def open_state(state_dir: Path, kiosk_id: str | None = None) -> Database:
    """The state database in `state_dir` (made if missing), migrated, in WAL mode.

    `kiosk_id` names this kiosk in its statistics; the first one given (default: the host
    name) is kept, so a renamed machine keeps its history under one name.
    """
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True, mode=new_folder_mode())
    # isolation_level=None: our own BEGIN/COMMIT decide the transactions.
    conn = sqlite3.connect(state_dir / STATE_FILE, isolation_level=None, timeout=10)
    db = Database(conn)
    db.execute("PRAGMA busy_timeout = 10000")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # Freed pages are overwritten: no old PIN hash lingers in the file.
    db.execute("PRAGMA secure_delete = ON")
    migrate(db)
    db.execute(
        "INSERT OR IGNORE INTO state_info (key, value) VALUES (?, ?)",
        [KIOSK_ID_KEY, kiosk_id or socket.gethostname() or "kiosk"],
    )
    return db


class StateError(Exception):
    """A state folder without a state database where one must exist."""


def open_existing_state(state_dir: Path) -> Database:
    """The state database in `state_dir`, which must exist already (reports never make one)."""
    if not (Path(state_dir) / STATE_FILE).is_file():
        raise StateError(
            f"no kiosk state in {state_dir} (no {STATE_FILE}: the kiosk has counted nothing "
            "there yet; give the kiosk's state folder with --state)"
        )
    return open_state(state_dir)


def kiosk_id(db: Database) -> str:
    row = db.execute("SELECT value FROM state_info WHERE key = ?", [KIOSK_ID_KEY]).fetchone()
    return row[0]


def log_change(db: Database, via: str, action: str, detail: str) -> None:
    """One line in the staff log (`kiosk-admin history`): what changed, and through what
    (`kiosk-admin` or `staff panel`)."""
    db.execute(
        "INSERT INTO staff_log (at, via, action, detail) VALUES (?, ?, ?, ?)",
        [datetime.now(UTC).isoformat(timespec="seconds"), via, action, detail],
    )


def staff_log(db: Database) -> list[dict]:
    return [
        {"at": at, "via": via, "action": action, "detail": detail}
        for at, via, action, detail in db.execute(
            "SELECT at, via, action, detail FROM staff_log ORDER BY id"
        ).fetchall()
    ]
