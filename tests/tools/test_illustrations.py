"""Tests of the illustration painter and of the bundled catalogue's illustrative photos."""

import csv

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
