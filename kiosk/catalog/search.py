"""Visitors' search: an in-memory index over one catalogue snapshot, forgiving and ranked.

One implementation for the kiosk and `kiosk-admin search`. It matches any part of a text (two
characters such as 真鍮 too, which SQLite's trigram index cannot), in every language at once:

- case, Latin diacritics, punctuation and spaces do not matter ("Banārasī" finds "Banarasi");
- full-width and half-width forms match (NFKC), and so do hiragana and katakana;
- a Japanese text is also found by its reading (the catalogue's `*_ja_reading` columns),
  typed in kana or in romaji ("shinchuu" and しんちゅう find 真鍮);
- Devanagari is compared after normalisation, a nukta form matching its plain letter.

Ranking: products whose name matches first, then district or craft, then materials, then
descriptions; within a rank a text that starts with the query first, then catalogue order.
"""

import re
import unicodedata
from array import array
from functools import cache
from itertools import accumulate, compress, count, islice, repeat
from typing import TYPE_CHECKING, TypeAlias

import jaconv

from kiosk.catalog import romaji

if TYPE_CHECKING:  # store.py builds an index for each catalogue it loads
    from kiosk.catalog.store import Catalog, Product

# Ranks of the fields a query is found in, best first.
NAME, PLACE_OR_CRAFT, MATERIALS, DESCRIPTION = range(4)
RANK_NAMES = ("name", "district or craft", "materials", "description")

# Queries whose hits are kept to narrow the next keystroke's search.
RECENT_QUERIES = 16
# A query longer than this is cut: no catalogue text is longer (names 60, descriptions 420).
MAX_QUERY = 500

# Before each text in the index; a control character, never part of a folded text or query.
_FIELD = "\x1f"

_NUKTA = "\u093c"
_ASCII_DROP = re.compile("[^a-z0-9]+")
# What needs decomposing: Latin letters with diacritics (and the bare marks), and the
# Devanagari letters with a nukta that NFC keeps composed.
_DECOMPOSE = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f\u0929\u0931\u0934\u0958-\u095f]")
# Generic combining diacritics (the marks Latin letters take); Devanagari and Japanese
# marks (matras, virama, dakuten) live in their own blocks and are kept.
_LATIN_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_KATAKANA = re.compile("[ァ-ヶ]+")
_ROMAJI = re.compile("[a-z]+")


@cache
def _drop() -> re.Pattern[str]:
    """Spaces, punctuation, symbols and control characters (everything but letters, digits
    and combining marks), the long vowel mark ー and the nukta: left out of folded text."""
    chars = [
        chr(code)
        for code in range(0x10000)
        if not 0xD800 <= code < 0xE000 and unicodedata.category(chr(code))[0] not in "LNM"
    ]
    chars += ["ー", _NUKTA]
    return re.compile("[" + re.escape("".join(chars)) + "\U0001f000-\U0001faff]+")


def fold(text: str) -> str:
    """The form texts and queries are compared in: see the module's docstring."""
    if text.isascii():
        return _ASCII_DROP.sub("", text.lower())
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    text = text.casefold()
    if _DECOMPOSE.search(text):
        text = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text)).replace(_NUKTA, "")
        text = unicodedata.normalize("NFC", text)
    text = _drop().sub("", text)
    return _KATAKANA.sub(lambda run: jaconv.kata2hira(run.group()), text)


def romaji_to_kana(folded: str) -> str:
    """The kana a folded Latin query stands for if read as romaji ("shinchuu" → しんちゅう),
    less an unfinished syllable at the end ("shinch" → しん); "" if it is not romaji."""
    if not _ROMAJI.fullmatch(folded):
        return ""
    return fold(romaji.romaji_to_kana(folded))


def _texts(catalog: "Catalog", product: "Product") -> list[list[str]]:
    """A product's searchable texts, by rank."""
    district = catalog.districts.get(product.district)
    craft = catalog.crafts.get(product.craft)
    places = []
    for thing in (district, craft):
        if thing is not None:
            places += [*thing.name.values(), thing.name_reading]
    return [
        [*product.name.values(), product.name_reading],
        places,
        [*product.materials.values(), product.materials_reading],
        list(product.description.values()),
    ]


# Scripts a query is searched in on its own: a query of one script can only be found in
# that script's runs of a text, which are far shorter to scan than the whole text.
_SCRIPTS = {
    "latin": re.compile("[\x00-\x7f]+"),
    "devanagari": re.compile("[\u0900-\u097f\ua8e0-\ua8ff]+"),
    "japanese": re.compile("[\u3005-\u3007\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+"),
}
_GAP = "\x1e"  # before a run that does not start its text


def _script(text: str) -> str:
    """The one script (of _SCRIPTS) all of `text` is in, or "" for none or several."""
    for name, pattern in _SCRIPTS.items():
        if pattern.fullmatch(text):
            return name
    return ""


_RUNS = re.compile("|".join(f"(?P<{name}>{p.pattern})" for name, p in _SCRIPTS.items()))


def _split(folded: str) -> dict[str, str]:
    """A folded text's runs of each script, the first after _FIELD if it starts the text,
    the others after _GAP."""
    if folded.isascii():
        return {"latin": _FIELD + folded}
    runs: dict[str, str] = {}
    for run in _RUNS.finditer(folded):
        script = run.lastgroup or ""
        runs[script] = runs.get(script, "") + (_FIELD if run.start() == 0 else _GAP) + run.group()
    return runs


def _folded(
    text: str, places: dict[str, tuple[str, dict[str, str], bool]], rank: int
) -> tuple[str, dict[str, str], bool]:
    """A text's folded form, its runs by script (Devanagari narrowed) and whether it is of no
    one script; remembered in `places` for a district's or craft's name, which recur."""
    folded = fold(text)
    runs = _split(folded) if folded else {}
    if "devanagari" in runs:
        runs["devanagari"] = runs["devanagari"].translate(_DEVANAGARI_NARROW)
    one = folded, runs, not _script(folded)
    if rank == PLACE_OR_CRAFT:
        places[text] = one
    return one


# Devanagari letters to one byte each: a Devanagari run held as U+0900-U+097F takes two bytes
# a character (Python keeps a string in the narrowest width all its characters fit), moved to
# U+0080-U+00FF one. Runs and queries are moved alike, so what matches is unchanged.
_DEVANAGARI_NARROW = {0x0900 + i: 0x0080 + i for i in range(0x80)}
_FOUND = (-1).__ne__  # str.find found it
_NEXT = (1).__add__
# Product numbers, as an array: the hits of a visitor's last queries are kept (_hits), and a
# query of one letter finds most of 10,000 products in each rank, 1.4 MB as a list of ints.
Hits: TypeAlias = "array[int]"


class _Column:
    """One rank's folded texts in one script, for every product: the distinct texts joined
    into one string, with where each starts and which text is each product's.

    A 10,000-product catalogue's texts as 160,000 small strings took 36 MB of the kiosk's
    resident memory (Python keeps small objects in arenas, which the building's garbage left
    half empty); held as 16 columns, 9 MB. `str.find` bounded to a text's span, mapped in C
    over the products, searches them as fast as separate strings did."""

    __slots__ = ("_bounds", "_text", "_which")

    def __init__(self, texts: list[str]):
        distinct: dict[str, int] = {}
        self._which = array("l", [distinct.setdefault(text, len(distinct)) for text in texts])
        self._text = "".join(distinct)
        self._bounds = array("l", accumulate(map(len, distinct), initial=0))

    def holding(self, needle: str, products: "Hits | None" = None) -> Hits:
        """The products (all, or of `products`) whose text holds `needle`, in order."""
        text, bounds, which = self._text, self._bounds, self._which
        if products is None:
            spans = map(text.find, repeat(needle), bounds, islice(bounds, 1, None))
            held = set(compress(count(), map(_FOUND, spans)))
            return array("l", compress(range(len(which)), map(held.__contains__, which)))
        own = list(map(which.__getitem__, products))
        starts = map(bounds.__getitem__, own)
        ends = map(bounds.__getitem__, map(_NEXT, own))
        found = map(_FOUND, map(text.find, repeat(needle), starts, ends))
        return array("l", compress(products, found))


class SearchIndex:
    """Folded texts of one catalogue snapshot; build once per snapshot, then `search`.

    Per rank, each product's folded texts, each after a separator, so that "a text starts
    with the query" is one more substring test; and the same again for the runs of each
    script, where a query written in one script is looked for (_Column holds them).
    """

    def __init__(self, catalog: "Catalog"):
        self.ids = list(catalog.products)
        self._recent: dict[str, list[Hits]] = {}  # hits of the last queries (_hits)
        romaji.syllables()  # made once, here rather than at a visitor's first keystroke
        # Texts many products share (district and craft names) are folded once.
        places: dict[str, tuple[str, dict[str, str], bool]] = {}
        columns: dict[str, list[list[str]]] = {
            script: [[] for _ in RANK_NAMES] for script in ("", *_SCRIPTS)
        }
        for product in catalog.products.values():
            for rank, texts in enumerate(_texts(catalog, product)):
                kept = [
                    places[text] if text in places else _folded(text, places, rank)
                    for text in texts
                    if text
                ]
                kept = [one for one in kept if one[0]]
                # A query of no one script (`_script` "": scripts mixed, or letters of
                # none of them) can only be inside a text of no one script: the others are
                # left out of these, which would hold every text again.
                columns[""][rank].append(
                    "".join(_FIELD + folded for folded, _, mixed in kept if mixed)
                )
                for script in _SCRIPTS:
                    columns[script][rank].append(
                        "".join(runs.get(script, "") for _, runs, _ in kept)
                    )
        self._ranks = {
            script: [_Column(texts) for texts in ranks] for script, ranks in columns.items()
        }

    def search(self, query: str, language: str = "en") -> list[str]:
        """Ids of the products that match `query`, best first; [] for a query with nothing to
        match (only spaces or punctuation, say). Never raises for any text."""
        ids: list[str] = []
        for _, products in self._groups(query, language):
            ids += map(self.ids.__getitem__, products)
        return ids

    def ranked(self, query: str, language: str = "en") -> list[tuple[str, int]]:
        """(product id, rank of the best field it matched in), best first."""
        return [
            (self.ids[product], rank)
            for rank, products in self._groups(query, language)
            for product in products
        ]

    def _groups(self, query: str, language: str) -> list[tuple[int, list[int]]]:
        """(rank, product numbers in catalogue order) for each group of results, best first."""
        del language  # every language is searched; kept for callers that know it
        needle = fold(query[:MAX_QUERY])
        if not needle:
            return []
        found = [self._matches(needle, DESCRIPTION)]
        kana = romaji_to_kana(needle)
        if kana and kana != needle:
            # Romaji finds names, places, crafts and materials by their readings; not
            # descriptions, where a short syllable would match almost every one.
            found.append(self._matches(kana, MATERIALS))
        placed: set[int] = set()
        groups = []
        for key in range(2 * len(RANK_NAMES)):
            bucket = set().union(*(matches[key] for matches in found if key < len(matches)))
            bucket -= placed
            placed |= bucket
            groups.append((key // 2, sorted(bucket)))
        return groups

    def _matches(self, needle: str, last_rank: int) -> list[set[int]]:
        """The products whose texts hold `needle`, in groups: for each rank up to
        `last_rank`, those with a text starting with it, then those with it inside."""
        script = _script(needle)
        probe = needle.translate(_DEVANAGARI_NARROW) if script == "devanagari" else needle
        columns = self._ranks[script]
        hits = self._hits(needle, probe, columns, last_rank)
        groups: list[set[int]] = []
        for rank in range(last_rank + 1):
            found = hits[rank]
            begins = set(columns[rank].holding(_FIELD + probe, found))
            groups += [begins, set(found) - begins]
        return groups

    def _hits(self, needle: str, probe: str, columns: list[_Column], last_rank: int) -> list[Hits]:
        """Per rank, the products whose texts hold `needle` (`probe` as the columns hold
        it). A visitor's next keystroke mostly adds a letter: what held the last query is
        all that can hold the new one, so only that is looked through again."""
        known = self._recent.get(needle)
        if known is not None and len(known) > last_rank:
            return known
        shorter = [hits for seen, hits in self._recent.items() if seen in needle]
        base = min(shorter, key=lambda hits: sum(map(len, hits)), default=None)
        hits = [
            columns[rank].holding(probe, base[rank] if base and rank < len(base) else None)
            for rank in range(last_rank + 1)
        ]
        self._recent[needle] = hits
        while len(self._recent) > RECENT_QUERIES:
            del self._recent[next(iter(self._recent))]
        return hits
