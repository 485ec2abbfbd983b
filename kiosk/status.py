"""The status file a running kiosk rewrites every minute, and what staff read from it.

The kiosk keeps a `StatusBoard` up to date (the Qt layer feeds it: kiosk/ui/status_timer.py)
and writes it as `status.json` in its state folder, by writing a new file and renaming it
into place, so a reader never sees half of one. `kiosk-admin status` reads it over SSH with
no Qt and no running kiosk needed. With `outbox_dir` set, a copy goes there too, named
`<kiosk_id>.status.json`, for one staff laptop to see every kiosk.
"""

import json
import logging
import os
import shutil
import socket
import tempfile
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

STATUS_FILE = "status.json"
FORMAT = 1
INTERVAL_S = 60
STALE_AFTER_S = 3 * INTERVAL_S  # a status older than this is a kiosk that stopped writing
ERRORS_KEPT = 10
EVENTS_KEPT = 5  # reloads and bundles


class StatusError(Exception):
    """No status to show; str() says why in one line."""


def now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


@dataclass
class StatusBoard:
    """What the running kiosk reports: kept up to date as things happen, written each minute."""

    kiosk_id: str
    machine_settings: dict[str, dict]  # name -> {"value": ..., "source": ...}
    watched: list[Path]  # folders whose free space is reported
    started: datetime = field(default_factory=now)
    catalogue: dict = field(default_factory=dict)
    events: deque = field(default_factory=lambda: deque(maxlen=EVENTS_KEPT))
    errors: deque = field(default_factory=lambda: deque(maxlen=ERRORS_KEPT))

    def showing(self, path: Path, version: str, products: int, shown: str, note: str = "") -> None:
        """The catalogue on screen from now on; `shown` is configured, backup or bundled."""
        self.catalogue = {
            "path": str(path),
            "version": version,
            "products": products,
            "since": _iso(now()),
            "shown": shown,
            "note": note,
        }

    def event(self, what: str) -> None:
        """The last reload or refused bundle, in a line."""
        self.events.append({"when": _iso(now()), "what": what})

    def error(self, message: str) -> None:
        self.errors.append({"when": _iso(now()), "message": message})

    def snapshot(self, stopped: bool = False) -> dict:
        return {
            "format": FORMAT,
            "kiosk_id": self.kiosk_id,
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "started": _iso(self.started),
            "written": _iso(now()),
            "interval_s": INTERVAL_S,
            "stopped": _iso(now()) if stopped else None,
            "catalogue": self.catalogue,
            "last_event": self.events[-1] if self.events else None,
            "events": list(self.events),
            "errors": list(self.errors),
            "disk": [_disk(folder) for folder in self.watched],
            "machine_settings": self.machine_settings,
        }


def _disk(folder: Path) -> dict:
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        free = None
    return {"path": str(folder), "free_bytes": free}


class ErrorCollector(logging.Handler):
    """Copies every error the kiosk logs onto its status board."""

    def __init__(self, board: StatusBoard):
        super().__init__(level=logging.ERROR)
        self._board = board

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._board.error(record.getMessage())
        except Exception:  # a log handler must never raise into the code that logs
            self.handleError(record)


def _write_atomically(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, partial = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(partial, 0o644)  # staff read it over SSH
        os.replace(partial, path)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise


def write_status(status: dict, state_dir: Path, outbox: Path | None = None) -> list[Path]:
    """Write `status` as the state folder's status file (and a copy into `outbox`); the
    files written. OSError if the state folder cannot be written."""
    text = json.dumps(status, ensure_ascii=False, indent=2) + "\n"
    written = [Path(state_dir) / STATUS_FILE]
    _write_atomically(written[0], text)
    if outbox is not None:
        copy = Path(outbox) / f"{status['kiosk_id']}.status.json"
        _write_atomically(copy, text)
        written.append(copy)
    return written


def read_status(state_dir: Path) -> dict:
    path = Path(state_dir) / STATUS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StatusError(
            f"{path}: no status file: the kiosk has not run on this machine "
            "(or it runs with another state_dir, see kiosk-admin config)"
        ) from None
    except (OSError, ValueError) as error:
        raise StatusError(f"{path}: cannot read the status file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StatusError(f"{path}: not a status file this kiosk-admin reads")
    return data


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # alive, run by another user (the kiosk's service user)
    return True


def is_running(status: dict, at: datetime | None = None) -> bool:
    """Whether the kiosk that wrote `status` still runs: it has not said it stopped, it
    wrote within the last few minutes, and (on this host) its process is there."""
    at = at or now()
    if status.get("stopped"):
        return False
    written = datetime.fromisoformat(status["written"])
    if at - written > timedelta(seconds=STALE_AFTER_S):
        return False
    if status.get("host") == socket.gethostname():
        return _pid_alive(int(status["pid"]))
    return True


def _when(text: str | None, zone: ZoneInfo | None) -> str:
    if not text:
        return "-"
    moment = datetime.fromisoformat(text)
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S %Z")


def _ago(text: str, at: datetime) -> str:
    seconds = int((at - datetime.fromisoformat(text)).total_seconds())
    if seconds < 120:
        return f"{seconds} s ago"
    if seconds < 7200:
        return f"{seconds // 60} min ago"
    return f"{seconds // 3600} h ago"


def _gigabytes(free: int | None) -> str:
    return "unknown" if free is None else f"{free / 1e9:.1f} GB free"


def describe(status: dict, time_zone: str = "", at: datetime | None = None) -> list[str]:
    """The status as lines for staff, times in `time_zone` (empty: the system's)."""
    at = at or now()
    zone = ZoneInfo(time_zone) if time_zone else None
    running = is_running(status, at)
    who = f"kiosk {status['kiosk_id']} on {status['host']}"
    if running:
        head = f"{who}: running since {_when(status['started'], zone)} (pid {status['pid']})"
    elif status.get("stopped"):
        head = f"{who}: STOPPED at {_when(status['stopped'], zone)}"
    else:
        head = f"{who}: NOT RUNNING (it stopped writing its status)"
    lines = [
        head,
        f"status written {_when(status['written'], zone)}, {_ago(status['written'], at)}",
    ]
    shown = status.get("catalogue") or {}
    if shown:
        lines.append(
            f"catalogue: version {shown['version']} ({shown['products']} products) since "
            f"{_when(shown['since'], zone)}, {shown['path']}"
        )
        if shown.get("shown") != "configured":
            lines.append(f"  WARNING showing the {shown['shown']} catalogue: {shown['note']}")
    events = status.get("events") or []
    lines.append(
        "catalogue changes: none since the kiosk started"
        if not events
        else f"catalogue changes: {len(events)} recent"
    )
    lines += [f"  {_when(e['when'], zone)} {e['what']}" for e in events]
    errors = status.get("errors") or []
    lines.append(f"errors: {len(errors)} recent" if errors else "errors: none")
    lines += [f"  {_when(e['when'], zone)} {e['message']}" for e in errors[-5:]]
    lines.append(
        "disk: " + "; ".join(f"{d['path']} {_gigabytes(d['free_bytes'])}" for d in status["disk"])
    )
    lines.append("machine settings in force:")
    lines += [
        f"  {name} = {each['value']!s}  ({each['source']})"
        for name, each in status["machine_settings"].items()
    ]
    return lines
