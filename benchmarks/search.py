"""Visitors' search at pavilion scale: a 10,000-product catalogue in memory, searched after
every keystroke of words typed as visitors type them (issue: 95th percentile within 30 ms),
and the one-off cost of building the search index for that snapshot."""

import dataclasses
import time

from benchmarks.stats import summary
from kiosk.catalog.search import SearchIndex
from kiosk.catalog.store import Catalog, HeldTexts, load_catalog
from kiosk.paths import BUNDLED_CATALOG

PRODUCTS = 10_000
# Words as typed, each keystroke a search: English, Latin with diacritics, romaji, kana,
# kanji (as a kana keyboard commits them, whole), Devanagari.
WORDS = [
    "chikankari",
    "banārasī",
    "brass lock",
    "terracotta horse",
    "shinchuu",
    "garasu",
    "しんちゅう",
    "じゅうたん",
    "真鍮",
    "絨毯",
    "कालीन",
    "ज़री",
    "पीतल",
]


def big_catalog(size: int = PRODUCTS) -> Catalog:
    """The bundled catalogue's products repeated to `size`, each copy's texts made its own
    (a number added) so that nothing is shared that a real catalogue would not share."""
    base = load_catalog(BUNDLED_CATALOG)
    originals = list(base.products.values())
    products = {}
    long_texts = {}
    held = HeldTexts()
    for number in range(size):
        product = originals[number % len(originals)]
        copy = number // len(originals)

        def own(texts: dict[str, str], copy: int = copy) -> dict[str, str]:
            return {lang: f"{text} {copy}" if text else "" for lang, text in texts.items()}

        long_texts[f"{product.id}-{copy}"] = (own(product.description), own(product.materials))
        products[f"{product.id}-{copy}"] = dataclasses.replace(
            product, id=f"{product.id}-{copy}", name=own(product.name), long_texts=held
        )
    held.update(long_texts)
    return dataclasses.replace(base, products=products)


def keystrokes(catalog: Catalog) -> tuple[list[float], list[float], int, float]:
    """Each of WORDS typed afresh three times over `catalog`, a search per keystroke: the
    wall and CPU seconds of each, how many found something, and the index's build time."""
    started = time.perf_counter()
    index = SearchIndex(catalog)
    built = time.perf_counter() - started
    timings, cpu, found = [], [], 0
    for word in WORDS * 3:
        index._recent.clear()  # each word typed afresh, as by a new visitor
        for end in range(1, len(word) + 1):
            started, started_cpu = time.perf_counter(), time.process_time()
            results = index.search(word[:end])
            timings.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            found += bool(results)
    return timings, cpu, found, built


def run() -> dict[str, str]:
    timings, cpu, found, built = keystrokes(big_catalog())
    figures = {f"one keystroke, {k}": v for k, v in summary(timings).items()}
    # CPU time is what the search costs when other programs on the machine wait their turn.
    figures |= {f"one keystroke CPU, {k}": v for k, v in summary(cpu).items() if k != "runs"}
    # How busy the machine was: this loop takes about 0.3 ms on an idle 2020s core.
    started = time.perf_counter()
    sum(i for i in range(10_000) if i % 3)
    figures["a 10,000-step Python loop, for scale"] = (
        f"{(time.perf_counter() - started) * 1000:.2f} ms"
    )
    figures["index built for 10,000 products"] = f"{built * 1000:.0f} ms"
    figures["keystrokes with results"] = f"{found} of {len(timings)}"
    return figures


if __name__ == "__main__":
    for label, value in run().items():
        print(f"{label:<44} {value}")
