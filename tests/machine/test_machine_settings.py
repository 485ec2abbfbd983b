"""Settings that belong to the machine live in one system-wide file that every program reads,
and no catalogue, bundle or import changes them."""

import json
import shutil

import pytest
from sqlite_utils import Database

from kiosk.catalog.bundles import install_bundle, make_bundle
from kiosk.catalog.settings import CATALOGUE_SETTINGS, MACHINE_SETTINGS, SETTINGS
from kiosk.catalog.store import load_catalog
from kiosk.catalog.versions import new_version
from kiosk.machine import MachineConfigError, configured_catalog, load_machine
from kiosk.paths import BUNDLED_CATALOG
from tests.catalog.spreadsheet_kit import admin, file_state, ok


@pytest.fixture
def machine_file(tmp_path, monkeypatch):
    """Write this machine's file (as /etc/odop-kiosk/kiosk.json would be) and point every
    program at it; returns a function taking the settings (or raw text)."""
    path = tmp_path / "etc" / "kiosk.json"
    path.parent.mkdir()
    monkeypatch.setenv("ODOP_KIOSK_CONFIG", str(path))

    def write(settings: dict | str):
        text = settings if isinstance(settings, str) else json.dumps(settings)
        path.write_text(text, encoding="utf-8")
        return path

    return write


def set_setting(db_path, key: str, value: str) -> None:
    db = Database(db_path)
    db["settings"].upsert({"key": key, "value": value}, pk="key")
    db.close()


def test_every_setting_is_declared_machine_catalogue_or_both():
    assert {s.scope for s in SETTINGS.values()} == {"machine", "catalogue", "both"}
    assert {"kiosk_id", "time_zone", "inbox_dir", "outbox_dir", "state_dir"} <= set(
        MACHINE_SETTINGS
    )
    assert "kiosk_id" not in CATALOGUE_SETTINGS
    assert "idle_timeout_s" in MACHINE_SETTINGS and "idle_timeout_s" in CATALOGUE_SETTINGS
    assert "attract_slide_s" not in MACHINE_SETTINGS


def test_no_machine_file_means_the_defaults(catalog):
    machine = load_machine()
    assert not machine.exists
    assert catalog.settings["kiosk_id"] == SETTINGS["kiosk_id"].default
    assert catalog.setting_sources["kiosk_id"] == "default"
    assert configured_catalog(machine) == BUNDLED_CATALOG


def test_the_machine_file_wins_over_an_old_catalogues_settings(tmp_catalog, machine_file):
    set_setting(tmp_catalog, "kiosk_id", "old-catalogue-id")
    set_setting(tmp_catalog, "idle_timeout_s", "120")
    path = machine_file({"kiosk_id": "osaka-02", "idle_timeout_s": 45})
    catalog = load_catalog(tmp_catalog)
    assert catalog.settings["kiosk_id"] == "osaka-02"
    assert catalog.setting_sources["kiosk_id"] == f"machine file {path}"
    assert catalog.settings["idle_timeout_s"] == 45
    product = next(iter(catalog.products))
    assert "osaka-02" in catalog.product_links(product, "en")["enquiry"]
    # doctor says so, and still passes the catalogue
    out = ok(admin(tmp_catalog, "doctor"))
    line = next(x for x in out.splitlines() if x.startswith("PASS  settings:"))
    assert "the catalogue's 'old-catalogue-id' is ignored" in line and "'osaka-02'" in line


def test_without_a_machine_value_an_old_catalogues_kiosk_id_is_still_ignored(tmp_catalog):
    set_setting(tmp_catalog, "kiosk_id", "old-catalogue-id")
    set_setting(tmp_catalog, "idle_timeout_s", "120")
    catalog = load_catalog(tmp_catalog)
    assert catalog.settings["kiosk_id"] == "kiosk-01"  # a bundle never names this kiosk
    assert catalog.settings["idle_timeout_s"] == 120  # the catalogue's default stands


def test_a_bundle_that_carries_an_old_kiosk_id_does_not_rename_the_kiosk(
    tmp_catalog, tmp_path, machine_file
):
    machine_file({"kiosk_id": "osaka-03"})
    staff = tmp_path / "staff"
    staff.mkdir()
    shutil.copy(tmp_catalog, staff / "catalog.db")
    shutil.copytree(tmp_catalog.parent / "media", staff / "media")
    set_setting(staff / "catalog.db", "kiosk_id", "osaka-01")  # made by an old kiosk-admin
    Database(staff / "catalog.db")["catalog_info"].upsert(
        {"key": "version", "value": new_version()}, pk="key"
    )
    make_bundle(staff / "catalog.db", tmp_path / "old.zip")
    machine = (tmp_path / "etc" / "kiosk.json").read_bytes()

    install_bundle(tmp_catalog, tmp_path / "old.zip")

    catalog = load_catalog(tmp_catalog)
    assert catalog.settings["kiosk_id"] == "osaka-03"
    links = catalog.product_links(next(iter(catalog.products)), "ja")
    assert all("src=osaka-03" in link for link in links.values()), links
    assert (tmp_path / "etc" / "kiosk.json").read_bytes() == machine


def test_kiosk_admin_reads_the_machine_file(tmp_catalog, machine_file):
    machine_file({"catalog": str(tmp_catalog), "kiosk_id": "hall-7"})
    product = next(iter(load_catalog(tmp_catalog).products))
    from tests.admin.test_cli import run

    result = run("urls", product)  # no --db: the machine file's catalogue
    assert result.returncode == 0, result.stderr
    assert "src=hall-7" in json.loads(result.stdout)["enquiry"]


def test_config_shows_every_setting_and_where_it_came_from(tmp_catalog, machine_file):
    path = machine_file({"kiosk_id": "osaka-04", "idle_timeout_s": 60})
    rows = {
        row["name"]: row
        for row in json.loads(ok(admin(tmp_catalog, "config", "--json")))["settings"]
    }
    assert set(SETTINGS) <= set(rows)
    assert rows["kiosk_id"]["value"] == "osaka-04"
    assert rows["kiosk_id"]["source"] == f"machine file {path}"
    assert rows["idle_timeout_s"] == {**rows["idle_timeout_s"], "value": 60}
    assert rows["attract_slide_s"]["source"] == "catalogue"
    assert rows["time_zone"]["source"] == "default"
    assert rows["url_templates.artisan"]["source"] == "catalogue"
    text = ok(admin(tmp_catalog, "config"))
    assert f"machine file: {path}" in text
    assert any(line.split()[:2] == ["kiosk_id", "osaka-04"] for line in text.splitlines())
    assert ok(admin(tmp_catalog, "config", "--get", "kiosk_id")) == "osaka-04\n"
    assert ok(admin(tmp_catalog, "config", "--get", "orientation")) == "\n"  # not set
    assert ok(admin(tmp_catalog, "config", "--get", "attract_slide_s")) == "7\n"
    wrong = admin(tmp_catalog, "config", "--get", "kiosk-id")
    assert (wrong.returncode, wrong.stdout) == (1, "")
    assert "no setting 'kiosk-id'" in wrong.stderr


def test_systemd_folders_are_the_defaults_of_the_folder_settings(tmp_catalog, monkeypatch):
    monkeypatch.setenv("STATE_DIRECTORY", "/var/lib/odop-kiosk")
    monkeypatch.delenv("LOGS_DIRECTORY")
    rows = {
        row["name"]: row
        for row in json.loads(ok(admin(tmp_catalog, "config", "--json")))["settings"]
    }
    assert rows["state_dir"] == {**rows["state_dir"], "value": "/var/lib/odop-kiosk"}
    assert rows["state_dir"]["source"] == "$STATE_DIRECTORY"
    assert rows["log_dir"] == {**rows["log_dir"], "value": "", "source": "default"}
    monkeypatch.delenv("STATE_DIRECTORY")
    rows = {
        row["name"]: row
        for row in json.loads(ok(admin(tmp_catalog, "config", "--json")))["settings"]
    }
    assert rows["state_dir"] == {**rows["state_dir"], "value": "/var/lib/odop-kiosk"}
    assert rows["state_dir"]["source"] == "default"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"kiosk_id": "a",', "not valid JSON"),
        ('["kiosk_id"]', "must be one JSON object"),
        ('{"kiosk-id": "a"}', "unknown setting 'kiosk-id'; did you mean 'kiosk_id'?"),
        ('{"attract_slide_s": 5}', "attract_slide_s is a catalogue setting"),
        ('{"idle_timeout_s": "soon"}', "idle_timeout_s must be a whole number"),
        ('{"idle_timeout_s": 2}', "idle_timeout_s must be at least 10"),
        ('{"kiosk_id": 7}', "kiosk_id must be text in quotes"),
        ('{"time_zone": "Mars/Olympus"}', "is not a time zone"),
        ('{"state_dir": "var/lib"}', "write an absolute path"),
        ('{"orientation": "sideways"}', "orientation: write one of landscape, portrait"),
    ],
)
def test_a_bad_machine_file_gets_one_clear_line_and_changes_nothing(
    tmp_catalog, machine_file, text, message
):
    path = machine_file(text)
    with pytest.raises(MachineConfigError, match=message):
        load_machine()
    before = file_state(tmp_catalog)
    result = admin(tmp_catalog, "backup")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert result.stderr.startswith(f"kiosk-admin: {path}: ")
    assert file_state(tmp_catalog) == before
    assert not (tmp_catalog.parent / "backups").exists()


def test_a_machine_setting_in_an_imported_sheet_is_refused(tmp_catalog, tmp_path):
    sheet = tmp_path / "settings.csv"
    sheet.write_text("key,value\nidle_timeout_s,90\nkiosk_id,osaka-01\n", encoding="utf-8")
    before = file_state(tmp_catalog)
    result = admin(tmp_catalog, "import", sheet)
    assert result.returncode == 1
    assert "settings.csv:3:key: kiosk_id is a machine setting" in result.stdout
    assert file_state(tmp_catalog) == before


def test_an_old_catalogues_machine_settings_are_left_out_of_its_export(tmp_catalog, tmp_path):
    set_setting(tmp_catalog, "kiosk_id", "osaka-01")
    out = tmp_path / "settings.csv"
    ok(admin(tmp_catalog, "export", out))
    assert "kiosk_id" not in out.read_text(encoding="utf-8")
    ok(admin(tmp_catalog, "import", out))  # so the round trip still imports


def test_the_bundled_sources_may_not_name_a_kiosk(tmp_path):
    from kiosk.catalog.build import SourceError, build_catalog
    from kiosk.paths import BUNDLED_MEDIA, CATALOG_SOURCES

    for name in CATALOG_SOURCES.glob("*.csv"):
        (tmp_path / name.name).write_bytes(name.read_bytes())
    with (tmp_path / "settings.csv").open("a", encoding="utf-8") as handle:
        handle.write("kiosk_id,osaka-01\n")
    rows = len((tmp_path / "settings.csv").read_text(encoding="utf-8").splitlines())
    with pytest.raises(SourceError, match=rf"settings\.csv:{rows}:key: kiosk_id is a machine"):
        build_catalog(tmp_path, BUNDLED_MEDIA, tmp_path / "out.db")
    assert not (tmp_path / "out.db").exists()
