"""The statistics store: batched writes, a SIGKILL, a restart, an import, a restore and a
bundle leave the counts as they were; snapshots merge by (kiosk, hour)."""

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from kiosk.catalog.store import load_catalog
from kiosk.state import reports
from kiosk.state.db import open_state
from kiosk.state.stats import (
    Count,
    StatsError,
    StatsRecorder,
    merge_snapshots,
    read_counts,
    snapshot_path,
)
from tests.admin_runner import kiosk_admin

NOON = datetime(2026, 5, 1, 12, 20, tzinfo=UTC)


def recorder(state_dir, kiosk="k1", outbox=None, at=NOON) -> StatsRecorder:
    return StatsRecorder(open_state(state_dir, kiosk), outbox, now=lambda: at)


def totals(db) -> dict[tuple[str, str], int]:
    result: dict[tuple[str, str], int] = {}
    for c in read_counts(db):
        result[(c.metric, c.key)] = result.get((c.metric, c.key), 0) + c.count
    return result


def test_counts_wait_in_memory_until_a_flush_writes_them_in_one_go(tmp_path):
    stats = recorder(tmp_path)
    stats.visit_started("en")
    for _ in range(50):
        stats.qr_shown("artisan")
    db = open_state(tmp_path)  # another connection, as the report sees the file
    assert read_counts(db) == []
    assert stats.flush() == 2  # two counters, one transaction
    assert read_counts(db) == [
        Count("k1", "2026-05-01T12:00Z", "qr", "artisan", 50),
        Count("k1", "2026-05-01T12:00Z", "visits", "", 1),
    ]
    assert stats.flush() == 0


def test_a_recorder_without_a_state_counts_nothing():
    stats = StatsRecorder(None)
    stats.visit_started("en")
    stats.product_opened("p", "d", "c")
    assert stats.flush() == 0 and not stats.enabled


def test_nothing_that_identifies_a_visitor_is_stored(tmp_path):
    """Searches are counted as found or empty: the text typed is not even taken."""
    stats = recorder(tmp_path)
    stats.search_made(found=False)
    stats.map_tapped()
    stats.flush()
    assert {(c.metric, c.key) for c in read_counts(open_state(tmp_path))} == {
        ("search", "empty"),
        ("map_tap", ""),
    }


SCRIPT = textwrap.dedent(
    """
    import sys, time
    from kiosk.state.db import open_state
    from kiosk.state.stats import StatsRecorder

    stats = StatsRecorder(open_state(sys.argv[1], "k1"))
    for _ in range(7):
        stats.product_opened("p1", "agra", "leather")
    stats.flush()
    for _ in range(5):
        stats.product_opened("p2", "agra", "leather")  # after the last flush: lost
    print("flushed", flush=True)
    time.sleep(60)
    """
)


def test_a_sigkill_loses_only_what_was_not_flushed(tmp_path):
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(tmp_path)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "flushed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    db = open_state(tmp_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert totals(db) == {
        ("page", "product"): 7,
        ("product", "p1"): 7,
        ("district", "agra"): 7,
        ("craft", "leather"): 7,
    }


def test_counts_survive_a_restart_and_add_up(tmp_path):
    first = recorder(tmp_path)
    first.qr_shown("enquiry")
    first.flush()
    del first
    second = recorder(tmp_path)  # the kiosk started again
    second.qr_shown("enquiry")
    second.flush()
    assert totals(open_state(tmp_path)) == {("qr", "enquiry"): 2}


@pytest.mark.parametrize("change", ["import", "restore", "bundle"])
def test_catalogue_changes_leave_the_statistics_alone(tmp_catalog, tmp_path, change):
    """The state file sits beside the catalogue, as on a kiosk, and is never touched."""
    state = tmp_catalog.parent / "state"
    stats = recorder(state)
    stats.product_opened("agra-hand-lasted-leather-shoes", "agra", "leather")
    stats.flush()
    before = {path.name: path.read_bytes() for path in state.iterdir()}  # the WAL too
    db = ["--db", tmp_catalog]
    if change == "import":
        exported = tmp_path / "products.csv"
        assert kiosk_admin(*db, "export", exported).returncode == 0
        rows = exported.read_text(encoding="utf-8-sig").splitlines()
        removed = [row for row in rows if row.startswith("agra-hand-lasted-leather-shoes,")]
        exported.write_text("\n".join(r for r in rows if r not in removed) + "\n", "utf-8")
        result = kiosk_admin(*db, "import", exported)
    elif change == "restore":
        assert kiosk_admin(*db, "backup").returncode == 0
        result = kiosk_admin(*db, "restore")
    else:
        bundle = tmp_path / "bundle.zip"
        assert kiosk_admin(*db, "bundle", bundle).returncode == 0
        result = kiosk_admin(*db, "import", bundle, "--force")
    assert result.returncode == 0, result.stderr
    if change == "import":
        assert "agra-hand-lasted-leather-shoes" not in load_catalog(tmp_catalog).products
    assert {path.name: path.read_bytes() for path in state.iterdir()} == before
    # a removed product keeps its history under its id
    assert totals(open_state(state))[("product", "agra-hand-lasted-leather-shoes")] == 1


def test_snapshots_merge_by_kiosk_and_hour(tmp_path):
    outbox_a, outbox_b = tmp_path / "a", tmp_path / "b"
    a = recorder(tmp_path / "sa", "kiosk-a", outbox_a)
    a.visit_started("en")
    a.flush()
    first = json.loads(snapshot_path(outbox_a, "kiosk-a", "2026-05-01").read_text())
    a.visit_started("ja")  # later the same hour: the snapshot is cumulative
    a._now = lambda: datetime(2026, 5, 1, 12, 50, tzinfo=UTC)
    a.flush()
    b = recorder(tmp_path / "sb", "kiosk-b", outbox_b)
    b.visit_started("hi")
    b.flush()
    # An old copy of kiosk A's snapshot, carried in by a second sync route
    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / "stats-kiosk-a-2026-05-01.json").write_text(json.dumps(first))

    merged = merge_snapshots([outbox_a, outbox_b, outbox_a, stale])
    visits = {c.kiosk: c.count for c in merged if c.metric == "visits"}
    assert visits == {"kiosk-a": 2, "kiosk-b": 1}  # read twice, counted once; newer wins

    result = kiosk_admin(
        "stats", "--merge", outbox_a, outbox_b, stale, "--csv", tmp_path / "all.csv"
    )
    assert result.returncode == 0, result.stderr
    assert "3 visits" in result.stdout and "2 kiosk(s)" in result.stdout


def test_a_damaged_snapshot_is_named(tmp_path):
    (tmp_path / "stats-k-2026-05-01.json").write_text("{not json")
    with pytest.raises(StatsError, match=re.escape("stats-k-2026-05-01.json")):
        merge_snapshots([tmp_path])
    result = kiosk_admin("stats", "--merge", tmp_path)
    assert result.returncode == 1 and "stats-k-2026-05-01.json" in result.stderr


def test_reports_use_the_pavilions_time_zone_and_dates(tmp_path):
    late = recorder(tmp_path, at=datetime(2026, 5, 1, 20, 10, tzinfo=UTC))
    late.visit_started("en")  # 01:40 on 2 May in India
    late.flush()
    early = recorder(tmp_path, at=datetime(2026, 5, 1, 3, 10, tzinfo=UTC))
    early.visit_started("en")  # 08:40 on 1 May in India
    early.flush()
    counts = read_counts(open_state(tmp_path))
    rows = reports.localize(counts, "Asia/Kolkata", date(2026, 5, 2), date(2026, 5, 2))
    assert [(r.date.isoformat(), r.local.strftime("%H:%M")) for r in rows] == [
        ("2026-05-02", "01:30")
    ]
    out = tmp_path / "s.csv"
    result = kiosk_admin(
        "--state",
        tmp_path,
        "stats",
        "--time-zone",
        "Asia/Kolkata",
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-01",
        "--csv",
        out,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text().splitlines() == [
        "kiosk,hour_utc,date,hour,metric,key,name,count",
        "k1,2026-05-01T03:00Z,2026-05-01,08:30,visits,,,1",
    ]


def test_charts_are_pngs_a_manager_can_paste(tmp_path, catalog):
    stats = recorder(tmp_path)
    stats.visit_started("hi")
    product = next(iter(catalog.products.values()))
    stats.product_opened(product.id, product.district, product.craft)
    stats.qr_shown("artisan")
    stats.visit_ended(30, 1)
    stats.flush()
    charts = tmp_path / "charts"
    result = kiosk_admin("--state", tmp_path, "stats", "--charts", charts)
    assert result.returncode == 0, result.stderr
    assert sorted(p.stem for p in charts.iterdir()) == sorted(reports.CHARTS)
    for path in charts.iterdir():
        with Image.open(path) as image:
            assert image.format == "PNG" and image.width >= 800


def test_stats_without_a_state_says_where_it_looked(tmp_path):
    result = kiosk_admin("--state", tmp_path / "none", "stats")
    assert result.returncode == 1
    assert "no kiosk state in" in result.stderr and not (tmp_path / "none").exists()
