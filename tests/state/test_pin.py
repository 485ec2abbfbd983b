"""The staff PIN: only a salted scrypt hash is kept, and wrong tries cost a growing wait that
neither a restart nor the wall clock shortens."""

import hashlib
import re

import pytest

from kiosk.state import pin
from kiosk.state.db import open_state, staff_log
from kiosk.state.pin import Clock, PinGuard, set_pin, wait_after
from tests.admin_runner import kiosk_admin


class FakeBootClock:
    """Seconds since boot, moved by the test; `reboot()` starts a new boot."""

    def __init__(self):
        self.now = 1000.0
        self.boot_number = 1

    def clock(self) -> Clock:
        return Clock(lambda: self.now, lambda: f"boot-{self.boot_number}")

    def reboot(self):
        self.boot_number += 1
        self.now = 20.0


def test_the_pin_is_kept_as_a_salted_scrypt_hash(tmp_path):
    db = open_state(tmp_path)
    set_pin(db, "482913")
    salt, n, r, p, digest = db.execute("SELECT salt, n, r, p, hash FROM pin").fetchone()
    assert (n, r, p) == (2**15, 8, 1)  # the cost the module documents
    assert len(salt) == 16 and len(digest) == 32
    assert digest == hashlib.scrypt(b"482913", salt=salt, n=n, r=r, p=p, maxmem=2**26, dklen=32)
    set_pin(db, "482913")
    assert db.execute("SELECT salt FROM pin").fetchone()[0] != salt  # a new salt each time


def test_no_file_holds_the_pin_in_any_readable_or_reversible_form(tmp_path):
    """Scans every byte the state folder holds (database, WAL, shared memory) after a PIN and
    a change of PIN: neither PIN appears as text, in UTF-16/32, hex or base64."""
    import base64

    db = open_state(tmp_path)
    old, new = "90817263", "55443322"
    set_pin(db, old)
    PinGuard(db).attempt("11112222")  # a wrong try is not stored either
    set_pin(db, new)
    data = b"".join(path.read_bytes() for path in sorted(tmp_path.iterdir()))
    assert data
    for secret in (old, new, "11112222"):
        forms = [
            secret.encode(),
            secret.encode("utf-16-le"),
            secret.encode("utf-32-le"),
            secret.encode().hex().encode(),
            base64.b64encode(secret.encode()),
            bytes(int(d) for d in secret),  # digits as raw bytes
        ]
        for form in forms:
            assert form not in data, (secret, form)
    # what is kept cannot be turned back: a 32-byte scrypt digest, salted
    columns = [row[1] for row in db.execute("PRAGMA table_info(pin)").fetchall()]
    assert columns == ["id", "salt", "n", "r", "p", "hash", "set_at"]


def test_the_catalogue_never_holds_the_pin(tmp_catalog):
    set_pin(open_state(tmp_catalog.parent / "state"), "482913")
    assert b"482913" not in tmp_catalog.read_bytes()
    tables = {
        row[0]
        for row in open_state(tmp_catalog.parent / "state").execute(
            "SELECT name FROM sqlite_master"
        )
    }
    assert "pin" in tables


def test_the_wait_schedule_and_what_an_attacker_gets_per_hour(tmp_path, capsys):
    db = open_state(tmp_path)
    set_pin(db, "482913")
    fake = FakeBootClock()
    guard = PinGuard(db, fake.clock())
    schedule = []
    guesses = 0
    start = fake.now
    while fake.now - start < 3600:
        wait = guard.wait_s()
        if wait:
            refused = guard.attempt("482913")  # even the right PIN is refused while waiting
            assert not refused.ok and refused.wait_s == pytest.approx(wait)
            fake.now += wait
            continue
        attempt = guard.attempt(f"{guesses:06d}")
        guesses += 1
        assert not attempt.ok
        schedule.append(attempt.wait_s)
    assert schedule[:11] == [0, 0, 5, 10, 20, 40, 80, 160, 320, 900, 900]
    assert all(wait == 15 * 60 for wait in schedule[9:])
    # 3 free, 6 more over 635 s, then one per 15 minutes: 12 or 13 in the first hour
    assert 12 <= guesses <= 13
    with capsys.disabled():
        print(
            f"\n  PIN: an attacker gets {guesses} guesses in the first hour, "
            f"{3600 // (15 * 60)} an hour after that; a 6-digit PIN has 1,000,000."
        )


def test_a_right_pin_opens_and_forgets_the_wrong_tries(tmp_path):
    db = open_state(tmp_path)
    set_pin(db, "482913")
    fake = FakeBootClock()
    guard = PinGuard(db, fake.clock())
    for _ in range(2):
        assert not guard.attempt("000000").ok
    assert guard.attempt("482913") == pin.Attempt(True, 0, 0)
    assert guard.attempt("000000").failures == 1


def test_the_count_survives_a_restart_and_the_wait_starts_again_in_full(tmp_path):
    fake = FakeBootClock()
    db = open_state(tmp_path)
    set_pin(db, "482913")
    guard = PinGuard(db, fake.clock())
    for _ in range(10):
        fake.now += guard.wait_s()
        guard.attempt("000000")
    fake.now += 600  # 10 of the 15 minutes have passed ...
    assert guard.wait_s() == pytest.approx(300)
    fake.reboot()  # ... when the kiosk restarts
    restarted = PinGuard(open_state(tmp_path), fake.clock())
    assert restarted.wait_s() == pytest.approx(900)
    assert not restarted.attempt("482913").ok
    fake.now += 900
    assert restarted.attempt("000000").failures == 11


def test_a_clock_that_goes_back_never_shortens_the_wait(tmp_path):
    """The wait runs on the boot clock (CLOCK_BOOTTIME), which no date change moves; should it
    ever read less than at the last wrong try, the wait starts again rather than ends."""
    fake = FakeBootClock()
    db = open_state(tmp_path)
    set_pin(db, "482913")
    guard = PinGuard(db, fake.clock())
    for _ in range(4):
        fake.now += guard.wait_s()
        guard.attempt("000000")
    assert guard.wait_s() == pytest.approx(10)
    fake.now -= 3600
    assert guard.wait_s() == pytest.approx(10)
    assert wait_after(4) == 10


def test_the_system_clock_is_the_boot_clock():
    assert pin.SYSTEM_CLOCK.seconds() > 0
    assert re.fullmatch(r"[0-9a-f-]{36}|unknown", pin.SYSTEM_CLOCK.boot())


def test_set_pin_asks_twice_on_the_terminal(tmp_path, monkeypatch):
    answers = iter(["482913", "482913"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    result = kiosk_admin("--state", tmp_path, "set-pin")
    assert result.returncode == 0, result.stderr
    assert "482913" not in result.stdout + result.stderr
    db = open_state(tmp_path)
    assert PinGuard(db).attempt("482913").ok
    assert [e["action"] for e in staff_log(db)] == ["set-pin"]


@pytest.mark.parametrize(
    ("first", "second", "message"),
    [("482913", "482914", "differ"), ("12ab", "12ab", "4 to 12 digits"), ("123", "123", "digits")],
)
def test_set_pin_refuses_and_changes_nothing(tmp_path, monkeypatch, first, second, message):
    answers = iter([first, second])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    result = kiosk_admin("--state", tmp_path, "set-pin")
    assert result.returncode == 1 and message in result.stderr
    assert first not in result.stderr
    assert not pin.pin_is_set(open_state(tmp_path))
