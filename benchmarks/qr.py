"""QR image generation, first time and cached, for every code the kiosk shows: each product's
two links and its maker's Save contact card in every language, and a full shortlist."""

import time

from benchmarks.stats import summary
from kiosk.catalog.contact_card import product_card
from kiosk.catalog.product_codes import SHORTLIST_LIMIT
from kiosk.catalog.store import load_catalog
from kiosk.languages import LANGUAGES
from kiosk.paths import BUNDLED_CATALOG
from kiosk.qr.codes import qr_image, qr_modules
from kiosk.ui.qr_provider import module_px_for


def _codes(catalog) -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {"product links": [], "contact cards": [], "shortlists": []}
    longest = sorted(catalog.products, key=lambda pid: -len(catalog.products[pid].code))
    for lang in LANGUAGES:
        for product in catalog.products.values():
            codes["product links"] += catalog.product_links(product.id, lang).values()
            card = product_card(catalog, product.id, lang)
            if card:
                codes["contact cards"].append(card)
        codes["shortlists"].append(catalog.enquiry_link(longest[:SHORTLIST_LIMIT], lang))
    return codes


def run() -> dict[str, str]:
    catalog = load_catalog(BUNDLED_CATALOG)
    figures = {}
    for kind, texts in _codes(catalog).items():
        qr_modules.cache_clear()
        first, cached = [], []
        for text in texts:
            for timings in (first, cached):  # a code drawn, then drawn again
                started = time.perf_counter()
                qr_image(text, module_px_for(text, 300))
                timings.append(time.perf_counter() - started)
        figures.update(
            {f"{kind}, first time, {k}": v for k, v in summary(first).items() if k != "runs"}
        )
        figures.update(
            {f"{kind}, cached, {k}": v for k, v in summary(cached).items() if k != "runs"}
        )
        figures[f"{kind}, codes"] = str(len(texts))
    return figures
