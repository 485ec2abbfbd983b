"""`kiosk-admin search`: the products the kiosk shows for a text, for staff and tests."""

import json

import pytest

from kiosk.paths import BUNDLED_CATALOG
from tests.admin.test_cli import run


def search(*args: str):
    return run("--db", str(BUNDLED_CATALOG), "search", *args)


def test_prints_the_ranked_ids_the_kiosk_shows(catalog):
    result = search("shinchuu", "--lang", "ja")
    assert result.returncode == 0, result.stderr
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [pid for pid, _ in lines] == catalog.search("shinchuu", "ja") != []
    assert lines[0][1] == catalog.products[lines[0][0]].name["ja"]
    assert "真鍮" in lines[0][1]


def test_json_lists_id_and_name_in_the_language(catalog):
    result = search("कालीन", "--lang", "hi", "--json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == catalog.search("कालीन")
    assert all(r["name"] == catalog.products[r["id"]].name["hi"] for r in rows)
    assert rows[0]["matched"] in ("name", "district or craft")


@pytest.mark.parametrize(
    "text", ['"', '"OR" NEAR( *', "x" * 5000, "\u0301\u0308", "*", "--", "\u093c"]
)
def test_hostile_text_gives_results_or_none_never_an_error(text):
    result = search("--json", "--", text)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_nothing_found_prints_nothing_and_succeeds():
    result = search("zzqqxx")
    assert result.returncode == 0
    assert result.stdout == ""
