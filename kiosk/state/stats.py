"""Anonymous visitor statistics: hourly counters per kiosk, in UTC.

What is counted (metric, key): `visits` and `visit_seconds` (the visit's length without the
idle wait), `language` (each language a visit used), `page` (pages opened, per kind),
`product` (product pages, per product id), `district` and `craft` (views: the product pages
of that district or craft plus its own gallery), `district_page` and `craft_page` (the
galleries alone), `qr` (codes shown, per kind), `shortlist_size` (per visit, at its end),
`search` (`found` or `empty`) and `map_tap`. Never a search text, a touch position or
anything about a person.

The recorder counts in memory and writes in one transaction per flush (the kiosk flushes
every 30 s and at exit), so a SIGKILL loses at most the last flush interval. A flush that
cannot write (the file locked by another program) keeps the counts in memory, at most
MAX_PENDING counters, for the next one; with `on_error` it never raises (kiosk/state/db.py,
LiveState, says what happened and puts a fresh file in place of a damaged one). Each flush may
also write a cumulative snapshot per kiosk and day to an outbox folder, which a sync tool
carries to the office, where `merge_snapshots` combines the kiosks by (kiosk, hour).
"""

import contextlib
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.atomic import write_text
from kiosk.state.db import kiosk_id

log = logging.getLogger(__name__)

METRICS = (
    "visits",
    "visit_seconds",
    "language",
    "page",
    "product",
    "district",
    "craft",
    "district_page",
    "craft_page",
    "qr",
    "shortlist_size",
    "search",
    "map_tap",
)
QR_KINDS = ("artisan", "enquiry", "contact", "shortlist")
SNAPSHOT_FORMAT = "odop-kiosk-stats/1"
MAX_PENDING = 50_000  # counters kept in memory while the file cannot be written (a few MB)


class StatsError(Exception):
    """A snapshot file that cannot be read, named with the reason."""


@dataclass(frozen=True, order=True)
class Count:
    kiosk: str
    hour: str  # UTC, like 2026-12-06T07:00Z
    metric: str
    key: str
    count: int


def hour_of(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:00Z")


def parse_hour(hour: str) -> datetime:
    return datetime.strptime(hour, "%Y-%m-%dT%H:00Z").replace(tzinfo=UTC)


def _utc_now() -> datetime:
    return datetime.now(UTC)


class StatsRecorder:
    """Counts what visitors do; `db=None` gives a recorder that counts nothing (tests,
    previews). `now` is the wall clock (UTC), injectable for tests."""

    def __init__(
        self,
        db: Database | None,
        outbox: Path | None = None,
        now: Callable[[], datetime] = _utc_now,
        on_error: Callable[[sqlite3.Error, str], bool] | None = None,
    ):
        """`on_error(error, what)`: told of a write that failed; True when the write may
        be tried again at once (a fresh file in place). Without it a failed flush raises."""
        self._db = db
        self._kiosk = kiosk_id(db) if db is not None else ""
        self._outbox = outbox
        self._now = now
        self._on_error = on_error
        self._pending: Counter[tuple[str, str, str]] = Counter()
        self._dropped = 0
        self._visit_hour: str | None = None
        self._visit_languages: set[str] = set()

    @property
    def enabled(self) -> bool:
        return self._db is not None

    def count(self, metric: str, key: str = "", n: int = 1, hour: str | None = None) -> None:
        if self._db is None or n == 0:
            return
        slot = (hour or hour_of(self._now()), metric, key)
        if slot not in self._pending and len(self._pending) >= MAX_PENDING:
            if not self._dropped:
                log.error(
                    "statistics: %d counters wait to be written; new ones are not counted "
                    "until the state file can be written",
                    MAX_PENDING,
                )
            self._dropped += n
            return
        self._pending[slot] += n

    @property
    def pending(self) -> int:
        """Counters waiting in memory for the next flush."""
        return len(self._pending)

    # -- what the visitor session reports (kiosk/ui/controller.py) ---------------------
    def visit_started(self, language: str) -> None:
        self._visit_hour = hour_of(self._now())
        self._visit_languages = {language}
        self.count("visits", hour=self._visit_hour)

    def language_chosen(self, language: str) -> None:
        if self._visit_hour is not None:
            self._visit_languages.add(language)

    def visit_ended(self, seconds: float, shortlist_size: int) -> None:
        """The visit's totals, in the hour it started."""
        hour, self._visit_hour = self._visit_hour, None
        if hour is None:
            return
        self.count("visit_seconds", n=max(0, round(seconds)), hour=hour)
        for language in sorted(self._visit_languages):
            self.count("language", language, hour=hour)
        self.count("shortlist_size", str(shortlist_size), hour=hour)

    def page_opened(self, kind: str) -> None:
        self.count("page", kind)

    def product_opened(self, product_id: str, district: str, craft: str) -> None:
        self.count("page", "product")
        self.count("product", product_id)
        self.count("district", district)
        self.count("craft", craft)

    def gallery_opened(self, kind: str, code: str = "") -> None:
        """A gallery: `craft` or `district` (with its code) or `featured`."""
        self.count("page", f"gallery-{kind}")
        if kind in ("craft", "district") and code:
            self.count(kind, code)
            self.count(f"{kind}_page", code)

    def qr_shown(self, kind: str) -> None:
        self.count("qr", kind)

    def search_made(self, found: bool) -> None:
        self.count("search", "found" if found else "empty")

    def map_tapped(self) -> None:
        self.count("map_tap")

    # -- writing -----------------------------------------------------------------------
    def flush(self) -> int:
        """Write what was counted since the last flush in one transaction (and the day's
        snapshot to the outbox, if there is one); return how many counters changed."""
        if self._db is None or not self._pending:
            return 0
        pending, self._pending = self._pending, Counter()
        for attempt in (1, 2):
            try:
                add_counts(self._db, self._kiosk, pending)
                break
            except sqlite3.Error as error:
                if self._on_error is None:
                    self._pending.update(pending)  # try again at the next flush
                    raise
                if attempt == 1 and self._on_error(error, f"{len(pending)} statistics counters"):
                    continue  # a fresh file is in place: write there now
                if attempt == 2:
                    log.error("statistics not written to the fresh state file either: %s", error)
                self._pending.update(pending)  # try again at the next flush
                return 0
            except BaseException:
                self._pending.update(pending)
                raise
        self._dropped = 0
        if self._outbox is not None:
            for day in sorted({hour[:10] for hour, _, _ in pending}):
                try:
                    write_snapshot(self._db, self._outbox, self._kiosk, day, self._now())
                except OSError as error:
                    log.error("statistics snapshot for %s not written: %s", day, error)
        return len(pending)


def add_counts(db: Database, kiosk: str, counts: Counter[tuple[str, str, str]]) -> None:
    rows = [(kiosk, hour, metric, key, n) for (hour, metric, key), n in counts.items()]
    db.execute("BEGIN IMMEDIATE")
    try:
        db.conn.executemany(
            "INSERT INTO counts (kiosk, hour, metric, key, count) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (kiosk, hour, metric, key) DO UPDATE SET count = count + excluded.count",
            rows,
        )
        db.execute("COMMIT")
    except BaseException:
        if db.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):  # the first error is the one to tell
                db.execute("ROLLBACK")
        raise


def read_counts(db: Database, kiosk: str | None = None, day: str | None = None) -> list[Count]:
    """Every counter in the state database (of one kiosk, of one UTC day if given)."""
    sql = "SELECT kiosk, hour, metric, key, count FROM counts WHERE 1"
    params: list[str] = []
    if kiosk is not None:
        sql += " AND kiosk = ?"
        params.append(kiosk)
    if day is not None:
        sql += " AND hour LIKE ?"
        params.append(f"{day}T%")
    return sorted(Count(*row) for row in db.execute(sql, params).fetchall())


def snapshot_path(outbox: Path, kiosk: str, day: str) -> Path:
    return Path(outbox) / f"stats-{kiosk}-{day}.json"


def write_snapshot(db: Database, outbox: Path, kiosk: str, day: str, written_at: datetime) -> Path:
    """The kiosk's cumulative counts of one UTC day (YYYY-MM-DD), replacing the day's
    previous snapshot in one rename."""
    Path(outbox).mkdir(parents=True, exist_ok=True)
    rows = [[c.hour, c.metric, c.key, c.count] for c in read_counts(db, kiosk, day)]
    document = {
        "format": SNAPSHOT_FORMAT,
        "kiosk": kiosk,
        "day": day,
        "written_at": written_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "rows": rows,
    }
    path = snapshot_path(outbox, kiosk, day)
    write_text(path, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    return path


def _read_snapshot(path: Path) -> dict:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise StatsError(f"{path}: not a statistics snapshot ({error})") from None
    if not isinstance(document, dict) or document.get("format") != SNAPSHOT_FORMAT:
        raise StatsError(f"{path}: not a statistics snapshot (format is not {SNAPSHOT_FORMAT})")
    try:
        document["written_at"] = datetime.fromisoformat(document["written_at"])
        document["rows"] = [
            (str(hour), str(metric), str(key), int(n)) for hour, metric, key, n in document["rows"]
        ]
        for hour, *_ in document["rows"]:
            parse_hour(hour)
        document["kiosk"] = str(document["kiosk"])
    except (KeyError, TypeError, ValueError) as error:
        raise StatsError(f"{path}: damaged statistics snapshot ({error!r})") from None
    return document


def merge_snapshots(folders: Iterable[Path]) -> list[Count]:
    """The counts of every snapshot found in `folders` (and below), by (kiosk, hour) from
    the newest snapshot holding that hour: the same snapshot read twice counts once, and a
    newer one replaces an older one."""
    best: dict[tuple[str, str], tuple[datetime, list[tuple[str, str, int]]]] = {}
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise StatsError(f"{folder}: no such folder")
        for path in sorted(folder.rglob("stats-*.json")):
            document = _read_snapshot(path)
            by_hour: dict[str, list[tuple[str, str, int]]] = {}
            for hour, metric, key, n in document["rows"]:
                by_hour.setdefault(hour, []).append((metric, key, n))
            for hour, rows in by_hour.items():
                slot = (document["kiosk"], hour)
                if slot not in best or best[slot][0] < document["written_at"]:
                    best[slot] = (document["written_at"], rows)
    return sorted(
        Count(kiosk, hour, metric, key, n)
        for (kiosk, hour), (_, rows) in best.items()
        for metric, key, n in rows
    )
