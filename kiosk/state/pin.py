"""The staff panel's PIN: a salted scrypt hash in the kiosk's state, and a growing wait
after wrong tries.

The wait is measured on the clock that counts since boot (CLOCK_BOOTTIME), never on the
wall clock, so setting the date forward or back cannot shorten it. After a restart the
boot clock starts again, so the wait in force then starts again in full: a restart never
shortens it either. The number of wrong tries is kept in the state file and survives both.
"""

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database

from kiosk.state.db import log_change

# scrypt's cost: n=2**15, r=8 takes about 32 MB and ~0.1 s on a small kiosk computer: a
# stolen state file costs an attacker that much per guess.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_BYTES = 16
HASH_BYTES = 32
MIN_DIGITS = 4
MAX_DIGITS = 12

FREE_TRIES = 3  # wrong PINs before any wait
LOCKOUT_AFTER = 10  # wrong PINs before the long lockout
FIRST_WAIT_S = 5
LOCKOUT_S = 15 * 60


class PinError(Exception):
    """A PIN that cannot be set (staff see the message)."""


@dataclass(frozen=True)
class Clock:
    """Seconds since boot and which boot this is; injectable for tests."""

    seconds: Callable[[], float]
    boot: Callable[[], str]


def _boot_id() -> str:
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text(encoding="ascii").strip()
    except OSError:
        return "unknown"


def _since_boot() -> float:
    return time.clock_gettime(time.CLOCK_BOOTTIME)


SYSTEM_CLOCK = Clock(_since_boot, _boot_id)


def wait_after(failures: int) -> float:
    """Seconds to wait before the next try after `failures` wrong PINs in a row:
    none for the first 3, then 5 s doubling up to 320 s, and 15 minutes from the 10th on."""
    if failures < FREE_TRIES:
        return 0
    if failures >= LOCKOUT_AFTER:
        return LOCKOUT_S
    return FIRST_WAIT_S * 2 ** (failures - FREE_TRIES)


def check_pin_format(pin: str) -> None:
    if not (pin.isascii() and pin.isdigit() and MIN_DIGITS <= len(pin) <= MAX_DIGITS):
        raise PinError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")


def _hash(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("ascii"), salt=salt, n=n, r=r, p=p, maxmem=256 * n * r, dklen=HASH_BYTES
    )


def set_pin(db: Database, pin: str, via: str = "kiosk-admin") -> None:
    """Store a new PIN as a salted hash (and forget wrong tries against the old one)."""
    check_pin_format(pin)
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _hash(pin, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    db.execute("BEGIN IMMEDIATE")
    try:
        db.execute("DELETE FROM pin")
        db.execute(
            "INSERT INTO pin (id, salt, n, r, p, hash, set_at) VALUES (1, ?, ?, ?, ?, ?, ?)",
            [
                salt,
                SCRYPT_N,
                SCRYPT_R,
                SCRYPT_P,
                digest,
                datetime.now(UTC).isoformat(timespec="seconds"),
            ],
        )
        db.execute("DELETE FROM pin_failures")
        log_change(db, via, "set-pin", "staff PIN changed")
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the old hash leaves the WAL too


def pin_is_set(db: Database) -> bool:
    return db.execute("SELECT count(*) FROM pin").fetchone()[0] > 0


@dataclass(frozen=True)
class Attempt:
    ok: bool
    wait_s: float  # seconds before the next try is accepted (0: now)
    failures: int  # wrong PINs in a row so far


class PinGuard:
    """Checks PINs typed on the panel, refusing tries while a wait is running."""

    def __init__(self, db: Database, clock: Clock = SYSTEM_CLOCK):
        self._db = db
        self._clock = clock

    def _failures(self) -> tuple[int, float]:
        """(wrong tries in a row, seconds since the last one on this boot's clock)."""
        row = self._db.execute("SELECT failures, boot, failed_at FROM pin_failures").fetchone()
        if row is None:
            return 0, float("inf")
        failures, boot, failed_at = row
        now, this_boot = self._clock.seconds(), self._clock.boot()
        if boot != this_boot or now < failed_at:
            # Another boot (or a clock that went back): the wait starts again from now.
            self._db.execute("UPDATE pin_failures SET boot = ?, failed_at = ?", [this_boot, now])
            return failures, 0.0
        return failures, now - failed_at

    def wait_s(self) -> float:
        failures, elapsed = self._failures()
        return max(0.0, wait_after(failures) - elapsed)

    def attempt(self, pin: str) -> Attempt:
        failures, elapsed = self._failures()
        wait = max(0.0, wait_after(failures) - elapsed)
        if wait > 0:
            return Attempt(False, wait, failures)  # not even looked at
        row = self._db.execute("SELECT salt, n, r, p, hash FROM pin").fetchone()
        if row is None:
            return Attempt(False, 0, failures)
        salt, n, r, p, digest = row
        try:
            candidate = _hash(pin, salt, n, r, p)
        except (UnicodeEncodeError, ValueError):
            candidate = b""
        if hmac.compare_digest(candidate, digest):
            self._db.execute("DELETE FROM pin_failures")
            return Attempt(True, 0, 0)
        failures += 1
        self._db.execute(
            "INSERT OR REPLACE INTO pin_failures (id, failures, boot, failed_at) "
            "VALUES (1, ?, ?, ?)",
            [failures, self._clock.boot(), self._clock.seconds()],
        )
        return Attempt(False, wait_after(failures), failures)
