"""Romaji to kana as it is typed, one syllable at a time, like a phone's kana input.

Used by visitors' search (a Latin query is also read as romaji: "shinchuu" → しんちゅう) and
by the search keyboard, which shows romaji as kana while the visitor types ("garasu" →
がらす). jaconv knows the spellings; this knows where a syllable ends.
"""

from functools import cache

import jaconv

_SMALL_KANA = "ぁぃぅぇぉゃゅょゎ"
_SMALL_TSU = ("xtu", "ltu", "xtsu", "ltsu")


@cache
def syllables() -> tuple[frozenset[str], frozenset[str]]:
    """Every romaji spelling of one kana syllable ("ka", "kya", "shi", "n", "nn", "xtsu"),
    and every beginning of one. Made once, on first use."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    spellings = [*letters]
    spellings += [a + b for a in letters for b in letters]
    spellings += [ab + c for ab in spellings[26:] for c in "aeiouy"]
    spellings += ["ltsu", "xtsu"]
    complete = set()
    for spelling in spellings:
        kana = jaconv.alphabet2kana(spelling)
        if not all("ぁ" <= ch <= "ゖ" for ch in kana):
            continue
        if "っ" in kana and spelling not in _SMALL_TSU:
            continue  # jaconv makes a lone consonant っ: that is no syllable
        if len(spelling) == 1 and spelling not in "aeioun":
            continue  # nor is a lone consonant some other kana ("m" ん, "l" る)
        if len(spelling) > 1 and spelling[0] in "aeiou":
            continue  # "uxa" is two syllables, う and ぁ
        if len(kana) == 1 or (len(kana) == 2 and kana[1] in _SMALL_KANA):
            complete.add(spelling)
    prefixes = {spelling[:i] for spelling in complete for i in range(1, len(spelling) + 1)}
    return frozenset(complete), frozenset(prefixes)


def _can_grow(spelling: str) -> bool:
    _, prefixes = syllables()
    return any(len(q) > len(spelling) and q.startswith(spelling) for q in prefixes)


class RomajiComposer:
    """Turns romaji letters into kana as they come, keeping an unfinished syllable pending:
    "k" waits, "ka" gives か; "n" waits for what follows (な or ん); "kk" gives っ. A letter
    that begins no syllable comes out as it is."""

    def __init__(self) -> None:
        self.pending = ""

    def feed(self, letter: str) -> str:
        """Kana (or letters that make no syllable) finished by `letter`."""
        complete, prefixes = syllables()
        self.pending += letter.lower()
        out = ""
        while self.pending:
            p = self.pending
            if p == "nn":
                break  # ん, or ん and the n of な…: "konnichiha" → こんにちは
            if p.startswith("nn"):
                out += "ん"
                # "nna" is ん and な; "nnk" is ん and k.
                self.pending = p[1:] if p[2] in "aeiouy" else p[2:]
                continue
            if p in prefixes and not (p in complete and not _can_grow(p)):
                break  # may still become a longer syllable
            if p in complete:
                out += jaconv.alphabet2kana(p)
                self.pending = ""
            elif len(p) >= 2 and p[0] == p[1] and p[0] not in "aeioun":
                out += "っ"
                self.pending = p[1:]
            elif p[:-1] in complete:
                out += jaconv.alphabet2kana(p[:-1])
                self.pending = p[-1]
            else:
                out += p[0]  # no syllable begins so: the letter as typed
                self.pending = p[1:]
        return out

    def flush(self) -> str:
        """What is pending: ん for "n" or "nn", else the letters as typed."""
        p, self.pending = self.pending, ""
        return "ん" if p in ("n", "nn") else p


def romaji_to_kana(letters: str) -> str:
    """The kana that lowercase `letters` spell as romaji, less an unfinished syllable at
    the end ("shinch" → しん, "kan" → か: the n may yet become な); "" if some letter
    begins no syllable ("brass")."""
    composer = RomajiComposer()
    kana = "".join(composer.feed(letter) for letter in letters)
    if any("a" <= ch <= "z" for ch in kana):
        return ""
    return kana + ("ん" if composer.pending == "nn" else "")
