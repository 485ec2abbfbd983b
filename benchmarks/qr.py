"""QR image generation for every product's two links: first time, then cached."""

import time

from benchmarks.stats import summary
from kiosk.catalog.store import load_catalog
from kiosk.paths import BUNDLED_CATALOG
from kiosk.qr.codes import qr_image, qr_matrix
from kiosk.ui.qr_provider import module_px_for


def run() -> dict[str, str]:
    catalog = load_catalog(BUNDLED_CATALOG)
    urls = [url for pid in catalog.products for url in catalog.product_links(pid, "en").values()]
    qr_matrix.cache_clear()
    first, cached = [], []
    for timings in (first, cached):
        for url in urls:
            started = time.perf_counter()
            qr_image(url, module_px_for(url, 300))
            timings.append(time.perf_counter() - started)
    figures = {f"first time, {k}": v for k, v in summary(first).items() if k != "runs"}
    figures.update({f"cached, {k}": v for k, v in summary(cached).items() if k != "runs"})
    figures["codes"] = str(len(urls))
    return figures
