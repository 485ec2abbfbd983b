"""Tests of the illustration painter (tools/illustrations), its command and its check that the
bundled catalogue's illustrative photos are what it paints."""

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tools.illustrations import ILLUSTRATION_SIZE, MEDIA_HEADER, make_illustrations, paint

SAMPLES = {  # one product name per craft code, as the bundled catalogue names them
    "textiles": "Banarasi silk saree",
    "embroidery": "Chikankari kurta",
    "carpets-and-rugs": "Hand-knotted carpets and durries",
    "metalcraft": "Locks and hardware",
    "woodcraft": "Wood carving",
    "stone-craft": "Shajar stone craft",
    "pottery-and-terracotta": "Terracotta",
    "leather": "Leather footwear",
    "glass": "Glass bangles",
    "food-and-agro": "Jaggery (gur)",
    "perfume-and-cosmetics": "Perfume (ittar/attar)",
    "toys-and-sports": "Sports goods",
    "jewellery-and-accessories": "Bindi (tikuli)",
    "natural-fibre-crafts": "Moonj (munj grass) products",
    "other-crafts": "Bamboo flute (bansuri)",
}


@pytest.fixture(scope="module")
def three_photos():
    """The three photos of one product (painting takes a tenth of a second or two each)."""
    return [paint("leather", "agra-leather", "Leather footwear", v) for v in (1, 2, 3)]


def test_paint_is_deterministic(three_photos):
    again = paint("leather", "agra-leather", "Leather footwear", 1)
    assert again.tobytes() == three_photos[0].tobytes()


def test_variants_of_one_product_differ(three_photos):
    assert len({photo.tobytes() for photo in three_photos}) == 3


def test_products_of_one_craft_differ(three_photos):
    other = paint("leather", "hamirpur-jootis", "Leather footwear", 1)
    assert other.tobytes() != three_photos[0].tobytes()


@pytest.mark.parametrize("craft", sorted(SAMPLES))
def test_every_craft_paints_a_full_size_picture(craft):
    picture = paint(craft, f"sample-{craft}", SAMPLES[craft], 2)

    assert picture.mode == "RGB"
    assert picture.size == ILLUSTRATION_SIZE
    darkest, brightest = picture.convert("L").getextrema()
    assert brightest - darkest > 120  # a lit object on a backdrop, not a blank field


def test_an_unknown_craft_still_gets_a_picture():
    picture = paint("no-such-craft", "mystery", "Mystery object", 1)
    assert picture.size == ILLUSTRATION_SIZE


def _write_products(folder, rows):
    with open(folder / "products.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(
            ["id", "district", "craft", "artisan", "name_en", "name_hi", "name_ja", "featured"]
        )
        writer.writerows(rows)


def test_make_illustrations_writes_photos_and_media_csv(tmp_path):
    catalog, media = tmp_path / "catalog", tmp_path / "media"
    catalog.mkdir()
    (media / "display").mkdir(parents=True)
    (media / "display" / "stale.jpg").write_bytes(b"left over from an older catalogue")
    _write_products(
        catalog,
        [
            [
                "agra-jutti",
                "agra",
                "leather",
                "",
                "Embroidered jutti",
                "कढ़ाईदार जूती",
                "刺繍のジュッティ",
                "yes",
            ],
            [
                "ballia-bindi",
                "ballia",
                "jewellery-and-accessories",
                "",
                "Bindi (tikuli)",
                "बिंदी",
                "ビンディ",
                "no",
            ],
        ],
    )

    assert make_illustrations(catalog, media) == 5

    text = (catalog / "media.csv").read_bytes().decode("utf-8")
    assert "\r" not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(text.splitlines()[0].split(",")) == MEDIA_HEADER
    assert [(r["product"], r["position"]) for r in rows] == [
        ("agra-jutti", "1"),
        ("agra-jutti", "2"),
        ("agra-jutti", "3"),
        ("ballia-bindi", "1"),
        ("ballia-bindi", "2"),
    ]
    first = rows[0]
    assert first["credit"] == "Illustration: ODOP Expo kiosk team"
    assert first["alt_en"] == "Illustration of Embroidered jutti"
    assert first["alt_hi"] == "कढ़ाईदार जूती का चित्रण"
    assert first["alt_ja"] == "刺繍のジュッティのイラスト"
    assert {r["illustrative"] for r in rows} == {"yes"}
    for r in rows:
        with Image.open(media / r["display"]) as display:
            assert display.size == (int(r["width"]), int(r["height"])) == ILLUSTRATION_SIZE
        assert (media / r["thumb"]).is_file()
    stored = {p.relative_to(media).as_posix() for p in media.rglob("*") if p.is_file()}
    assert stored == {r["display"] for r in rows} | {r["thumb"] for r in rows}


ROOT = Path(__file__).resolve().parents[2]
PRODUCTS = [
    [
        "agra-jutti",
        "agra",
        "leather",
        "",
        "Embroidered jutti",
        "कढ़ाईदार जूती",
        "刺繍のジュッティ",
        "yes",
    ],
    [
        "ballia-bindi",
        "ballia",
        "jewellery-and-accessories",
        "",
        "Bindi (tikuli)",
        "बिंदी",
        "ビンディ",
        "no",
    ],
]


def run_tool(*args: str) -> subprocess.CompletedProcess:
    """`python -m tools.illustrations ARGS` from the repository root, as the README says."""
    return subprocess.run(
        [sys.executable, "-m", "tools.illustrations", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


@pytest.fixture(scope="module")
def painted(tmp_path_factory):
    """A two-product catalogue painted by the command: its catalogue and media folders."""
    folder = tmp_path_factory.mktemp("painted")
    catalog, media = folder / "catalog", folder / "media"
    catalog.mkdir()
    _write_products(catalog, PRODUCTS)
    result = run_tool("--source", str(catalog), "--media", str(media))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"5 illustrations in {media}; now run kiosk-admin build-catalog\n"
    return catalog, media


def _copy(painted, tmp_path):
    catalog, media = tmp_path / "catalog", tmp_path / "media"
    shutil.copytree(painted[0], catalog)
    shutil.copytree(painted[1], media)
    return catalog, media


def test_the_check_passes_on_what_the_command_painted(painted):
    catalog, media = painted
    result = run_tool("--check", "--source", str(catalog), "--media", str(media))
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == "5 photos of 2 products (every product) match the painter's\n"


def test_the_check_names_every_difference_and_changes_nothing(painted, tmp_path):
    catalog, media = _copy(painted, tmp_path)
    rows = list(csv.DictReader((catalog / "media.csv").read_text(encoding="utf-8").splitlines()))
    thumb = media / rows[1]["thumb"]
    thumb.write_bytes(thumb.read_bytes()[:-1] + b"\x00")  # one byte changed
    (media / rows[4]["display"]).unlink()
    (media / "display" / "stale.jpg").write_bytes(b"left over")
    text = (catalog / "media.csv").read_text(encoding="utf-8")
    (catalog / "media.csv").write_text(
        text.replace("Illustration of Bindi (tikuli)", "Bindi", 1), encoding="utf-8"
    )
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}

    result = run_tool("--check", "--source", str(catalog), "--media", str(media))

    assert result.returncode == 1
    assert sorted(result.stdout.splitlines()) == sorted(
        [
            f"{catalog / 'media.csv'}: ballia-bindi photo 1: alt_en 'Bindi' "
            "(painted: 'Illustration of Bindi (tikuli)')",
            f"{thumb}: not the bytes the painter makes",
            f"{media / rows[4]['display']}: missing (the painter makes it)",
            f"{media / 'display' / 'stale.jpg'}: not a picture the painter makes",
        ]
    )
    assert "4 differences in 5 photos repainted with Pillow" in result.stderr
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_a_sampled_check_compares_only_its_products_but_finds_unnamed_files(painted, tmp_path):
    catalog, media = _copy(painted, tmp_path)
    rows = list(csv.DictReader((catalog / "media.csv").read_text(encoding="utf-8").splitlines()))
    (media / rows[4]["display"]).unlink()  # ballia-bindi, the second product: not in the sample
    (media / "thumbs" / "stale.jpg").write_bytes(b"left over")

    result = run_tool("--check", "--every", "2", "--source", str(catalog), "--media", str(media))

    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{media / 'thumbs' / 'stale.jpg'}: not named in media.csv"
    ]


def test_bad_products_csv_is_one_clear_message(tmp_path):
    (tmp_path / "products.csv").write_text("id,name_en\nx,X\n", encoding="utf-8")
    result = run_tool("--source", str(tmp_path), "--media", str(tmp_path / "media"))
    assert result.returncode == 2
    assert result.stderr == (
        f"python -m tools.illustrations: {tmp_path / 'products.csv'}: no 'craft' column\n"
    )
    assert not (tmp_path / "media").exists()


def test_the_bundled_photos_are_what_the_painter_makes():
    """A sample (every 10th product, ~30 photos); the full check, about 90 s of CPU, is
    `python -m tools.illustrations --check`."""
    result = run_tool("--check", "--every", "10")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(every 10th product) match the painter's" in result.stdout


def test_neither_the_kiosk_nor_kiosk_admin_imports_the_tools():
    code = (
        "import pkgutil, importlib, sys, kiosk; "
        "[importlib.import_module(m.name) for m in "
        "pkgutil.walk_packages(kiosk.__path__, 'kiosk.')]; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'tools'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
