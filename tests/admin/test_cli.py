"""The staff CLI contract, run as staff run it: the installed `kiosk-admin` command."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import vobject
from PIL import Image

from kiosk.paths import BUNDLED_CATALOG
from tests.admin_runner import kiosk_admin

KIOSK_ADMIN = shutil.which("kiosk-admin", path=str(Path(sys.executable).parent))


def run(*args: str) -> subprocess.CompletedProcess:
    """`kiosk-admin ARGS...`, called in this process (tests/admin_runner.py)."""
    return kiosk_admin(*args)


def test_products_json_lists_every_product_with_its_district_and_craft(catalog):
    result = run("products", "--json")
    assert result.returncode == 0, result.stderr
    products = json.loads(result.stdout)
    assert len(products) == len(catalog.products)
    first = products[0]
    expected = catalog.products[first["id"]]
    assert first["name"] == expected.name["en"]
    assert first["district"] == expected.district
    assert first["craft"] == expected.craft
    assert {p["district"] for p in products} <= set(catalog.districts)


@pytest.mark.parametrize("consent", [True, False], ids=["card", "no-card"])
def test_urls_prints_both_links_and_the_card(catalog, consent):
    product = next(
        p
        for p in catalog.products.values()
        if catalog.artisans[p.artisan].contact_consent == consent
    )
    result = run("--db", str(BUNDLED_CATALOG), "urls", product.id, "--lang", "ja")
    assert result.returncode == 0, result.stderr
    codes = json.loads(result.stdout)
    links = {kind: codes.pop(kind) for kind in ("artisan", "enquiry")}
    assert links == catalog.product_links(product.id, "ja")
    assert product.artisan in links["artisan"]
    assert f"products={product.code}&" in links["enquiry"]
    if consent:
        card = vobject.readOne(codes.pop("contact"))
        assert card.fn.value == catalog.artisans[product.artisan].name["ja"]
    assert codes == {}


@pytest.mark.parametrize(
    "args, words",
    [
        (["urls", "no-such-product"], "no-such-product"),
        (["preview", "--out", "{tmp}", "--screen", "nowhere"], "nowhere"),
        (["preview", "--out", "{tmp}", "--lang", "fr"], "fr"),
        (["preview", "--out", "{tmp}", "--product", "no-such-product"], "no-such-product"),
        (["--db", "{tmp}/missing.db", "products"], "missing.db"),
        (["frobnicate"], "frobnicate"),
        (
            ["qr-labels", "{tmp}/labels.pdf", "--product", "no-such-product"],
            "qr-labels: no product 'no-such-product' in the catalogue",
        ),
        (["qr-labels", "{tmp}/labels.pdf", "--lang", "fr"], "fr"),
        (
            [
                "qr-labels",
                "{tmp}/no-folder/labels.pdf",
                "--product",
                "lucknow-chikankari-mulmul-kurta",
            ],
            "no-folder/labels.pdf",
        ),
    ],
)
def test_mistakes_exit_non_zero_with_one_line(tmp_path, args, words):
    result = run(*[a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr


def test_preview_renders_the_chosen_screens(tmp_path, catalog):
    product = next(iter(catalog.products.values()))
    result = run(
        "preview",
        "--out",
        str(tmp_path),
        "--lang",
        "ja",
        "--size",
        "1920x1080",
        "--screen",
        "product",
        "--screen",
        "home",
        "--product",
        product.id,
    )
    assert result.returncode == 0, result.stderr
    made = sorted(p.name for p in tmp_path.iterdir())
    assert made == ["home-ja-1920x1080.png", "product-ja-1920x1080.png"]
    with Image.open(tmp_path / "product-ja-1920x1080.png") as image:
        assert image.size == (1920, 1080)
        assert len(set(image.convert("L").resize((64, 36)).tobytes())) > 20  # not blank


def test_preview_renders_every_screen_by_default(tmp_path):
    result = run("preview", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        f"{s}-en-1080x1920.png"
        for s in (
            "attract",
            "home",
            "crafts",
            "gallery",
            "product",
            "viewer",
            "artisan",
            "map",
            "districts",
            "shortlist",
            "search",
        )
    )


def test_qr_labels_writes_nothing_when_one_product_is_unknown(tmp_path):
    result = run(
        "qr-labels",
        str(tmp_path / "labels.pdf"),
        "--product",
        "lucknow-chikankari-mulmul-kurta",
        "--product",
        "no-such-product",
    )
    assert result.returncode == 1 and "no-such-product" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_qr_labels_labels_every_product_by_default(tmp_path, catalog):
    import pypdfium2 as pdfium

    out = tmp_path / "labels.pdf"
    result = run("qr-labels", str(out))
    assert result.returncode == 0, result.stderr
    count = len(catalog.products)
    assert result.stdout == f"{out}: {count} label(s) on {count} A4 page(s) in en\n"
    labels = pdfium.PdfDocument(out)
    assert len(labels) == count
    for page, product in zip(labels, catalog.products.values()):  # in catalogue order
        assert product.name["en"] in page.get_textpage().get_text_range().replace("\r\n", " ")
