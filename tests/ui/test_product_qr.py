"""The QR codes on the product screen, grabbed from the window, decode to the product's links."""

import json
import subprocess

import pytest
import zxingcpp
from PIL import Image

from tests.admin.test_cli import KIOSK_ADMIN


def decoded_codes(kiosk) -> set[str]:
    image = kiosk.grab().convertToFormat(kiosk.grab().Format.Format_RGB888)
    pil = Image.frombuffer("RGB", (image.width(), image.height()), bytes(image.constBits()),
                           "raw", "RGB", image.bytesPerLine())
    return {r.text for r in zxingcpp.read_barcodes(pil, formats=zxingcpp.BarcodeFormat.QRCode)}


def cli_urls(product_id: str, language: str) -> set[str]:
    result = subprocess.run([KIOSK_ADMIN, "urls", product_id, "--lang", language],
                            capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout).values())


@pytest.mark.parametrize("language", ["en", "hi", "ja"])
def test_codes_on_screen_equal_kiosk_admin_urls(kiosk, catalog, language):
    product = list(catalog.products.values())[len(catalog.products) // 2]
    kiosk.wake()
    kiosk.tap(f"language-{language}")
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    assert decoded_codes(kiosk) == cli_urls(product.id, language)


def test_every_product_shows_codes_that_scan(kiosk, catalog):
    kiosk.wake()
    kiosk.controller.openProduct(next(iter(catalog.products)))
    for product in catalog.products.values():
        kiosk.controller.openProduct(product.id)
        kiosk.settle()
        expected = set(catalog.product_links(product.id, "en").values())
        assert decoded_codes(kiosk) == expected, product.id


def test_codes_are_drawn_at_six_pixels_per_module_or_more(kiosk, catalog):
    from kiosk.qr.codes import qr_matrix

    product = next(iter(catalog.products.values()))
    kiosk.wake()
    kiosk.controller.openProduct(product.id)
    kiosk.settle()
    for name, kind in (("qr-artisan", "artisan"), ("qr-enquiry", "enquiry")):
        image = kiosk.item("qrImage", within=name)
        modules = len(qr_matrix(catalog.product_links(product.id, "en")[kind]))
        assert image.width() % modules == 0 and image.width() // modules >= 6
        assert image.property("smooth") is False
