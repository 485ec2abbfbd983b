"""The state database `<state_dir>/state.db` (SQLite, WAL): its schema as numbered
migrations, each applied once in its own transaction.

It is never the catalogue: an import, a restore or a bundle replaces `catalog.db` and leaves
this file alone, and a bundle never carries it (so never the PIN).

A running kiosk holds it through `LiveState`, which keeps it usable: a damaged file (at
start, or found while running) is moved aside as `state.db.corrupt-<UTC time>` and a fresh
one takes its place; a file locked by another program makes writes wait for a later try.
"""

import contextlib
import logging
import os
import socket
import sqlite3
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.atomic import new_folder_mode
from kiosk.migrations import apply_migrations

log = logging.getLogger(__name__)

STATE_FILE = "state.db"
KIOSK_ID_KEY = "kiosk_id"
BUSY_MS = 10_000  # kiosk-admin waits this long for a lock
GUI_BUSY_MS = 250  # the kiosk's GUI thread never waits longer than this
SQLITE_HEADER = b"SQLite format 3\x00"


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


def open_state(
    state_dir: Path, kiosk_id: str | None = None, busy_ms: int = BUSY_MS, check: bool = False
) -> Database:
    """The state database in `state_dir` (made if missing), migrated, in WAL mode.

    `kiosk_id` names this kiosk in its statistics; the first one given (default: the host
    name) is kept, so a renamed machine keeps its history under one name. A lock held by
    another connection is waited for `busy_ms` at most. `check`: read the whole file once
    (PRAGMA quick_check), so that a damaged one raises sqlite3.DatabaseError here.
    """
    state_dir = Path(state_dir)
    state_dir.mkdir(parents=True, exist_ok=True, mode=new_folder_mode())
    # isolation_level=None: our own BEGIN/COMMIT decide the transactions.
    conn = sqlite3.connect(state_dir / STATE_FILE, isolation_level=None, timeout=busy_ms / 1000)
    try:
        return _prepare(Database(conn), kiosk_id, busy_ms, check)
    except BaseException:
        conn.close()
        raise


def _prepare(db: Database, kiosk_id: str | None, busy_ms: int, check: bool) -> Database:
    db.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    if check:
        problems = [row[0] for row in db.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise sqlite3.DatabaseError(f"database disk image is malformed ({problems[0]})")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = NORMAL")
    # Freed pages are overwritten: no old PIN hash lingers in the file.
    db.execute("PRAGMA secure_delete = ON")
    migrate(db)
    # Written only when missing: a file another program holds locked still opens for reading.
    if db.execute("SELECT 1 FROM state_info WHERE key = ?", [KIOSK_ID_KEY]).fetchone() is None:
        db.execute(
            "INSERT OR IGNORE INTO state_info (key, value) VALUES (?, ?)",
            [KIOSK_ID_KEY, kiosk_id or socket.gethostname() or "kiosk"],
        )
    return db


def is_damaged(error: sqlite3.Error) -> bool:
    """A file that is not (or no longer) an SQLite database: nothing to wait for."""
    name = getattr(error, "sqlite_errorname", "")
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return True
    text = str(error)
    return "file is not a database" in text or "malformed" in text


def is_locked(error: sqlite3.Error) -> bool:
    """Another connection holds a lock: a later try may work."""
    name = getattr(error, "sqlite_errorname", "")
    return name in ("SQLITE_BUSY", "SQLITE_LOCKED") or "locked" in str(error)


def move_aside(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal and -shm files, which belong to it) to
    `<name>.corrupt-<UTC time>`; the new name of the database file."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    serial = 1
    while aside.exists():
        serial += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{serial}")
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.replace(f"{path}{suffix}", f"{aside}{suffix}")
    return aside


FRESH_STATE_NOTE = (
    "statistics start again from zero, local overrides are gone, and the staff PIN must be "
    "set again with kiosk-admin set-pin"
)


class LiveState:
    """The running kiosk's state database: one `db` (a sqlite-utils Database) that the
    statistics, the local overrides, the PIN guard and the staff panel share, kept usable.

    A damaged file, found at start (a full quick_check) or by `check()` and `failed()` while
    the kiosk runs, is moved aside and a fresh file takes its place under the same `db`
    object (its connection is replaced), with one log line naming both files. A lock held by
    another program is waited for `busy_ms` at most; `failed()` says so in one log line,
    repeated at most every `repeat_s` while it lasts, and once more when writes work again.
    """

    def __init__(
        self,
        state_dir: Path,
        kiosk_id: str | None = None,
        busy_ms: int = GUI_BUSY_MS,
        repeat_s: float = 600,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.path = Path(state_dir) / STATE_FILE
        self._busy_ms = busy_ms
        self._repeat_s = repeat_s
        self._clock = clock
        self._failing = ""  # what the last logged failure was about ("" while all is well)
        self._logged_at = 0.0
        try:
            self.db = open_state(state_dir, kiosk_id, busy_ms, check=True)
        except sqlite3.DatabaseError as error:
            if not is_damaged(error):
                raise
            self._kiosk_id = kiosk_id
            self.db = self._fresh(str(error))
        self._kiosk_id = kiosk_id or _stored_kiosk_id(self.db)
        self._inode = self._file_id()

    def _file_id(self) -> tuple[int, int] | None:
        try:
            found = self.path.stat()
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _fresh(self, why: str) -> Database:
        if self.path.exists():
            aside = move_aside(self.path)
            what = f"is damaged ({why}): moved it to {aside}"
        else:
            move_aside(self.path)  # a -wal or -shm left behind belongs to the lost file
            what = f"has gone ({why})"
        db = open_state(self.path.parent, self._kiosk_id, self._busy_ms)
        log.error(
            "kiosk state %s %s and started a fresh %s; %s",
            self.path,
            what,
            self.path.name,
            FRESH_STATE_NOTE,
        )
        return db

    def start_fresh(self, why: str) -> None:
        """Move the damaged file aside and carry on in a fresh one, in the same `db`."""
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.close()
        self.db.conn = self._fresh(why).conn
        self._inode = self._file_id()
        self._failing = ""

    def check(self) -> None:
        """Cheap, before each batch of writes: the file is still there, still starts as an
        SQLite database, and is still the file the kiosk opened (not replaced under it)."""
        try:
            with open(self.path, "rb") as file:
                header = file.read(len(SQLITE_HEADER))
        except FileNotFoundError:
            self.start_fresh("deleted while the kiosk ran")
            return
        except OSError as error:
            self._report("unreadable", f"kiosk state {self.path} cannot be read ({error})")
            return
        if header != SQLITE_HEADER:
            self.start_fresh("file is not a database: overwritten or cut short")
        elif self._file_id() != self._inode:
            # Another file put in its place: the kiosk goes on with that one, if it is sound.
            with contextlib.suppress(sqlite3.Error):
                self.db.conn.close()
            try:
                self.db.conn = open_state(
                    self.path.parent, self._kiosk_id, self._busy_ms, check=True
                ).conn
                log.warning("kiosk state %s was replaced; using the new file", self.path)
            except sqlite3.DatabaseError as error:
                if not is_damaged(error):
                    raise
                self.db.conn = self._fresh(str(error)).conn
            self._inode = self._file_id()

    def failed(self, error: sqlite3.Error, what: str) -> bool:
        """Deal with `error`, met while writing `what`: True when a fresh file is now in
        place (try again at once), False when the write must wait for a later try."""
        if is_damaged(error):
            self.start_fresh(str(error))
            return True
        if is_locked(error):
            message = (
                f"kiosk state {self.path} is locked by another program ({error}); "
                f"{what} kept in memory and written when it is free"
            )
        else:
            message = f"kiosk state {self.path} cannot be written ({error}); {what} kept in memory"
        self._report(type(error).__name__ + str(error), message)
        return False

    def succeeded(self) -> None:
        """A write worked: after a failure, say so once."""
        if self._failing:
            log.info("kiosk state %s written again", self.path)
            self._failing = ""

    def _report(self, kind: str, message: str) -> None:
        now = self._clock()
        if kind != self._failing or now - self._logged_at >= self._repeat_s:
            log.warning("%s", message)
            self._failing, self._logged_at = kind, now

    def close(self) -> None:
        self.db.close()


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


_stored_kiosk_id = kiosk_id  # LiveState's parameter of that name hides it


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
