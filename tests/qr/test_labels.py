"""Printed exhibit labels: every code scans to its product's links and opens the product's
page, at a size a phone reads from 1 m; the fonts are embedded and names print as written."""

import ctypes
import dataclasses
import math

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFont, features
from pyzbar import pyzbar

from kiosk.languages import LANGUAGES, localized
from kiosk.qr.codes import QUIET_ZONE
from kiosk.qr.labels import (
    CODE_MM,
    CODE_TOP,
    CODE_X,
    MIN_MODULE_MM,
    PAGE_H,
    PAGE_W,
    LabelError,
    find_font,
    labels_pdf,
    write_labels,
)
from tests.site.site_kit import SiteVisitor

PRINT_DPI = 150  # a proof print: modules come out 14 px or more
# What a phone's 1280x720 frame resolves at 1 m (1.04 mm a pixel; see MIN_MODULE_MM).
PHONE_AT_1M_DPI = 25.4 / 1.04
MM = 72 / 25.4  # PDF points per mm


@pytest.fixture(scope="module")
def labels(catalog) -> dict[str, pdfium.PdfDocument]:
    """The labels of every product, in each language, as `kiosk-admin qr-labels` makes them."""
    return {
        lang: pdfium.PdfDocument(labels_pdf(catalog, list(catalog.products), lang))
        for lang in LANGUAGES
    }


def render(page, dpi: float) -> Image.Image:
    return page.render(scale=dpi / 72, grayscale=True).to_pil()


def read_codes(image: Image.Image) -> list:
    return zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)


@pytest.fixture(scope="module")
def scanned(labels, catalog) -> dict[str, list[tuple]]:
    """Per language, each product with the codes decoded from its page printed at 150 dpi."""
    return {
        lang: [
            (product, read_codes(render(doc[i], PRINT_DPI)))
            for i, product in enumerate(catalog.products.values())
        ]
        for lang, doc in labels.items()
    }


def test_one_page_per_product(labels, catalog):
    for doc in labels.values():
        assert len(doc) == len(catalog.products)
        width, height = doc[0].get_size()
        assert (round(width / MM), round(height / MM)) == (297, 210)  # A4 landscape


def test_every_code_decodes_to_its_products_links_and_opens_its_page(scanned, catalog, site_server):
    visitor = SiteVisitor(site_server)
    for lang, pages in scanned.items():
        for product, codes in pages:
            links = catalog.product_links(product.id, lang)
            assert sorted(code.text for code in codes) == sorted(links.values()), product.id
            for kind, url in links.items():
                named = visitor.products_named(url)
                assert named.get(product.id) == localized(product.name, lang), (kind, url)


def test_zbar_reads_the_same_codes_as_zxing(labels, scanned):
    """A sample of pages in each language: ZBar, the other decoder, reads the same texts."""
    for lang, pages in scanned.items():
        for i in range(0, len(pages), max(1, len(pages) // 8)):
            product, codes = pages[i]
            image = render(labels[lang][i], PRINT_DPI)
            zbar = [
                s.data.decode("utf-8") for s in pyzbar.decode(image, [pyzbar.ZBarSymbol.QRCODE])
            ]
            assert sorted(zbar) == sorted(code.text for code in codes), (lang, product.id)


def test_each_module_is_printed_large_enough_to_scan_from_1_m(scanned):
    for pages in scanned.values():
        for product, codes in pages:
            for code in codes:
                modules = 17 + 4 * int(code.extra["Version"])
                corners = code.position
                width = math.dist(
                    (corners.top_left.x, corners.top_left.y),
                    (corners.top_right.x, corners.top_right.y),
                )
                module_mm = width / modules * 25.4 / PRINT_DPI
                assert module_mm >= MIN_MODULE_MM * 0.99, (product.id, module_mm)
                # the whole square is the code: quiet zone included, nothing cut off
                assert module_mm == pytest.approx(CODE_MM / (modules + 2 * QUIET_ZONE), rel=0.02)


def test_every_code_still_scans_at_what_a_phone_sees_from_1_m(labels, catalog):
    for i, product in enumerate(catalog.products.values()):
        image = render(labels["en"][i], PHONE_AT_1M_DPI)
        assert len(read_codes(image)) == 2, product.id


def test_codes_are_solid_squares_on_white(labels):
    """Pixel-exact: at 254 dpi a 2.1 mm module is 21 px; its middle is pure dark or white."""
    image = render(labels["en"][0], 254)
    left, top = (round(v * 10) for v in (CODE_X[0], CODE_TOP))
    code = image.crop((left, top, left + round(CODE_MM * 10), top + round(CODE_MM * 10)))
    assert min(values(code)) == 0x1C  # codes.DARK, not smudged lighter
    border = round(4 * MIN_MODULE_MM * 10) - 2
    assert values(code.crop((0, 0, code.width, border))) == {0xFF}  # quiet zone


def values(image: Image.Image) -> set[int]:
    return {value for value, count in enumerate(image.histogram()) if count}


def fonts_of(page) -> list[tuple[str, bool]]:
    """(base font name, embedded) of every text object on the page."""
    found = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
        font = pdfium_c.FPDFTextObj_GetFont(obj.raw)
        size = pdfium_c.FPDFFont_GetBaseFontName(font, None, 0)
        name = ctypes.create_string_buffer(size)
        pdfium_c.FPDFFont_GetBaseFontName(font, name, size)
        found.append((name.value.decode(), bool(pdfium_c.FPDFFont_GetIsEmbedded(font))))
    return found


def test_every_font_is_embedded_noto(labels):
    for lang, doc in labels.items():
        names = set()
        for page in doc:
            fonts = fonts_of(page)
            assert fonts and all(embedded for _, embedded in fonts), lang
            names |= {name.split("+")[-1] for name, _ in fonts}
        assert all(name.startswith("Noto") for name in names), names
        if lang == "ja":  # the Japanese faces of the CJK collections, not the Chinese ones
            assert any("cjkjp" in name.lower() for name in names), names


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_names_print_as_written(labels, catalog, lang):
    """The text a PDF reader gets back is the catalogue's (Devanagari: see the next test,
    as its conjuncts have no one-to-one text)."""
    for i, product in enumerate(catalog.products.values()):
        text = compact(labels[lang][i].get_textpage().get_text_range())
        assert compact(localized(product.name, lang)) in text, product.id
        assert compact(catalog.districts[product.district].name[lang]) in text
        number = {"en": "Product no. {}", "ja": "製品番号 {}"}[lang].format(product.code)
        assert compact(number) in text, product.id


def ink(image: Image.Image) -> Image.Image:
    return image.crop(ImageChops.invert(image).getbbox())


def difference(printed: Image.Image, reference: Image.Image) -> float:
    reference = reference.resize(printed.size, Image.Resampling.LANCZOS)
    pixels = ImageChops.difference(printed, reference).histogram()
    return sum(value * count for value, count in enumerate(pixels)) / (
        255 * printed.width * printed.height
    )


@pytest.mark.skipif(not features.check("raqm"), reason="Pillow without libraqm (libfribidi0)")
def test_hindi_names_are_shaped(labels, catalog):
    """Each Hindi name looks as HarfBuzz shapes it (Pillow's raqm layout): conjuncts joined,
    ि before its consonant. Unshaped text (Pillow's basic layout) looks clearly different
    wherever the name has a conjunct or ि."""
    font_file, face = find_font("Noto Serif Devanagari", "Bold", "deva")
    complex_names = 0
    for i, product in enumerate(catalog.products.values()):
        page = labels["hi"][i]
        textpage = page.get_textpage()
        sizes = [
            pdfium_c.FPDFText_GetFontSize(textpage.raw, k) for k in range(textpage.count_chars())
        ]
        size = max(sizes)  # the name is the largest text on the label
        boxes = [textpage.get_charbox(k) for k, s in enumerate(sizes) if s == size]
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        assert top - bottom < 1.5 * size, "a one-line name"  # all bundled Hindi names are
        scale, pad = PRINT_DPI / 72, 0.15 * size
        image = render(page, PRINT_DPI)
        printed = ink(
            image.crop(
                (
                    int((left - pad) * scale),
                    int(image.height - (top + pad) * scale),
                    int((right + pad) * scale),
                    int(image.height - (bottom - pad) * scale),
                )
            )
        )
        name = product.name["hi"]
        looks = {}
        for engine in (ImageFont.Layout.RAQM, ImageFont.Layout.BASIC):
            font = ImageFont.truetype(
                str(font_file), round(size * scale), index=face, layout_engine=engine
            )
            reference = Image.new(
                "L", (int(font.getlength(name)) + 100, int(size * scale * 3)), 255
            )
            ImageDraw.Draw(reference).text((50, int(size * scale)), name, font=font, fill=0)
            looks[engine] = difference(printed, ink(reference))
        shaped, unshaped = looks[ImageFont.Layout.RAQM], looks[ImageFont.Layout.BASIC]
        assert shaped < 0.12, (product.id, name, shaped)
        if "ि" in name or "्" in name:
            complex_names += 1
            assert shaped < 0.8 * unshaped, (product.id, name, shaped, unshaped)
    assert complex_names > 20


LONG_NAMES = {
    "en": "Hand-Embroidered Chikankari Mulmul Kurta with Shadow Work Jaal",  # 60 characters
    "hi": "हाथ से कढ़ाई की हुई चिकनकारी मलमल कुर्ता जिसमें छाया काम की जाली बनी",
    "ja": (
        "手刺繍のチカンカリ・モスリン綿のクルタ、"
        "シャドウワークの網目模様入り特別仕立ての逸品でございます限定版"
    ),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_long_names_wrap_or_shrink_inside_the_label(catalog, lang):
    """A name as long as the catalogue allows (60 characters; the Japanese one is longer
    still) stays whole; one five times as long is cut short with …; neither leaves its
    place nor runs into a code."""
    long, far_too_long = list(catalog.products)[:2]
    names = {long: LONG_NAMES[lang], far_too_long: " ".join([LONG_NAMES[lang]] * 5)}
    products = {
        **catalog.products,
        **{
            product_id: dataclasses.replace(catalog.products[product_id], name={lang: name})
            for product_id, name in names.items()
        },
    }
    doc = pdfium.PdfDocument(
        labels_pdf(dataclasses.replace(catalog, products=products), list(names), lang)
    )
    codes = [
        (x * MM, (PAGE_H - CODE_TOP - CODE_MM) * MM, (x + CODE_MM) * MM, (PAGE_H - CODE_TOP) * MM)
        for x in CODE_X
    ]
    for page, name in zip(doc, names.values()):
        textpage = page.get_textpage()
        for k in range(textpage.count_chars()):
            left, bottom, right, top = textpage.get_charbox(k)
            if right <= left:
                continue  # a space or a line break
            assert left >= 5 * MM and right <= (PAGE_W - 5) * MM, "inside the page"
            assert bottom >= 5 * MM and top <= (PAGE_H - 5) * MM, "inside the page"
            for x0, y0, x1, y1 in codes:  # never over a code or its quiet zone
                assert right <= x0 or left >= x1 or top <= y0 or bottom >= y1
        assert len(read_codes(render(page, PRINT_DPI))) == 2
        text = textpage.get_text_range()
        if name == LONG_NAMES[lang] and lang != "hi":
            assert compact(name) in compact(text)  # whole, not cut short
        elif name != LONG_NAMES[lang]:
            assert "…" in text


def test_a_missing_font_is_named_with_its_package():
    with pytest.raises(LabelError, match=r"Noto Nowhere CJK JP Bold .*fonts-noto-cjk"):
        find_font("Noto Nowhere CJK JP", "Bold", "cjk")


def test_a_failed_write_leaves_the_old_file_and_no_scrap(catalog, tmp_path):
    out = tmp_path / "labels.pdf"
    out.write_bytes(b"the old labels")
    product_id = next(iter(catalog.products))
    too_long = dataclasses.replace(
        catalog,
        url_templates={**catalog.url_templates, "artisan": "https://example.org/" + "x" * 300},
    )
    with pytest.raises(LabelError, match=product_id):
        write_labels(too_long, [product_id], "en", out)
    with pytest.raises(LabelError, match="cannot write"):
        write_labels(catalog, [product_id], "en", out / "inside-a-file.pdf")
    assert out.read_bytes() == b"the old labels"
    assert [p.name for p in tmp_path.iterdir()] == ["labels.pdf"]
    written = write_labels(catalog, [product_id, product_id], "en", out)
    assert (written.labels, written.pages) == (2, 2)
    assert len(pdfium.PdfDocument(out)) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["labels.pdf"]
