"""The on-screen search keyboard's input: its pages, the text typed, and kana composition.

SearchKeyboard.qml draws `rows` and calls `act(action, value)` for a key; everything a key
does is here, so that it is tested without a screen. Pages: QWERTY (letters, digits), a
五十音 kana grid as Japanese ticket machines lay it out (with dakuten, handakuten, small
kana and a hiragana/katakana switch) and Devanagari (vowels, matras, virama, consonants).
On the QWERTY page of the Japanese keyboard romaji turns into kana as it is typed
("garasu" → がらす), like a phone's kana input, unless the visitor switches that off.
"""

import unicodedata

import jaconv
from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtQml import QmlElement

from kiosk.catalog.romaji import RomajiComposer
from kiosk.languages import DEFAULT_LANGUAGE

QML_IMPORT_NAME = "Kiosk.Backend"
QML_IMPORT_MAJOR_VERSION = 1

QWERTY, KANA, DEVANAGARI = "qwerty", "kana", "devanagari"
PAGES = (QWERTY, KANA, DEVANAGARI)
PAGE_LABELS = {QWERTY: "ABC", KANA: "かな", DEVANAGARI: "अआइ"}
HOME_PAGE = {"en": QWERTY, "ja": KANA, "hi": DEVANAGARI}
MAX_LENGTH = 60  # a name's length: nothing longer is worth typing on a kiosk

_DAKUTEN, _HANDAKUTEN = "\u3099", "\u309a"
_SMALL = dict(zip("あいうえおつやゆよわ", "ぁぃぅぇぉっゃゅょゎ"))
_SMALL |= {jaconv.hira2kata(k): jaconv.hira2kata(v) for k, v in _SMALL.items()}

# The 五十音 grid, a column a consonant (あ か さ … わ), a row a vowel; "" leaves a gap.
_GOJUON_COLUMNS = [
    "あいうえお",
    "かきくけこ",
    "さしすせそ",
    "たちつてと",
    "なにぬねの",
    "はひふへほ",
    "まみむめも",
    "や ゆ よ",
    "らりるれろ",
    "わ を ん",
]
_DEVANAGARI_ROWS = [
    "अआइईउऊऋएऐओऔ",
    "कखगघङचछजझञ",
    "टठडढणतथदधन",
    "पफबभमयरलवशषसह",
]
_MATRAS = "ािीुूृेैोौंँः्"  # vowel signs, anusvara, candrabindu, visarga, virama
_DOTTED_CIRCLE = "◌"  # the base a lone sign is shown on


def _key(label: str, action: str = "char", value: str = "", span: int = 1, on: bool = False):
    return {
        "label": label,
        "action": action,
        "value": value or label,
        "span": span,
        "on": on,
        "name": f"key-{action}-{value or label}" if action != "char" else f"key-{value or label}",
    }


def _gap(span: int = 1):
    return {"label": "", "action": "gap", "value": "", "span": span, "on": False, "name": ""}


def _toggle_mark(char: str, mark: str) -> str:
    """か ↔ が (mark = dakuten), は ↔ ぱ (handakuten); the character unchanged if it takes
    no such mark."""
    bare = unicodedata.normalize("NFD", char)
    if bare.endswith(mark):
        return bare[: -len(mark)]
    base = bare.rstrip(_DAKUTEN + _HANDAKUTEN)
    marked = unicodedata.normalize("NFC", base + mark)
    return marked if len(marked) == 1 else char


@QmlElement
class KeyboardInput(QObject):
    """What the visitor types on the search keyboard, and the keys of the page shown."""

    textChanged = Signal()
    pageChanged = Signal()
    languageChanged = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._language = DEFAULT_LANGUAGE
        self._page = HOME_PAGE[DEFAULT_LANGUAGE]
        self._katakana = False
        self._romaji = True
        self._committed = ""
        self._composer = RomajiComposer()
        self._latin: str | None = ""  # what was typed, while only QWERTY letters were
        self._rows: list[list[dict]] = self._layout()

    # -- properties ------------------------------------------------------------------
    def _get_text(self) -> str:
        return self._committed + self._composer.pending

    text = Property(str, _get_text, notify=textChanged)

    def _get_query(self) -> str:
        """What to search for: the romaji as typed if the visitor typed only that (so that
        "chikankari" still finds a Latin name), else the text shown."""
        if self._latin and self._converting():
            return self._latin
        return self._get_text()

    query = Property(str, _get_query, notify=textChanged)

    def _get_language(self) -> str:
        return self._language

    def _set_language(self, language: str) -> None:
        if language == self._language or language not in HOME_PAGE:
            return
        self._language = language
        self._page = HOME_PAGE[language]
        self._relayout()
        self.languageChanged.emit()

    language = Property(str, _get_language, _set_language, notify=languageChanged)

    def _get_page(self) -> str:
        return self._page

    def _set_page(self, page: str) -> None:
        if page in PAGES and page != self._page:
            before = self._get_text(), self._get_query()
            self._commit_pending()
            self._page = page
            self._relayout()
            self._changed_since(before)

    page = Property(str, _get_page, _set_page, notify=pageChanged)

    def _get_katakana(self) -> bool:
        return self._katakana

    def _set_katakana(self, on: bool) -> None:
        if on != self._katakana:
            self._katakana = on
            self._relayout()

    katakana = Property(bool, _get_katakana, _set_katakana, notify=pageChanged)

    def _get_romaji(self) -> bool:
        return self._romaji

    def _set_romaji(self, on: bool) -> None:
        if on != self._romaji:
            before = self._get_text(), self._get_query()
            self._commit_pending()
            self._romaji = on
            self._relayout()
            self._changed_since(before)

    romaji = Property(bool, _get_romaji, _set_romaji, notify=pageChanged)

    def _get_rows(self) -> list:
        return self._rows

    rows = Property(list, _get_rows, notify=pageChanged)

    def _get_columns(self) -> int:
        return max(sum(key["span"] for key in row) for row in self._rows)

    columns = Property(int, _get_columns, notify=pageChanged)

    # -- keys ------------------------------------------------------------------------
    @Slot(int, int)
    def press(self, row: int, column: int) -> None:
        """The key at `column` of `row` (as `rows` lists them) was tapped."""
        try:
            key = self._rows[row][column]
        except IndexError:
            return
        self.act(key["action"], key["value"])

    @Slot(str, str)
    def act(self, action: str, value: str = "") -> None:
        """What a key does: type `value`, or one of the keys' actions."""
        before = self._get_text(), self._get_query()
        if action == "char":
            self._type(value)
        elif action == "space":
            self._type(" ")
        elif action == "backspace":
            self._backspace()
        elif action == "clear":
            self.clear()
            return
        elif action in ("dakuten", "handakuten", "small"):
            self._mark(action)
        elif action == "page":
            self._set_page(value)
            return
        elif action == "katakana":
            self._set_katakana(not self._katakana)
        elif action == "romaji":
            self._set_romaji(not self._romaji)
            return
        self._changed_since(before)

    def _changed_since(self, before: tuple[str, str]) -> None:
        if (self._get_text(), self._get_query()) != before:
            self.textChanged.emit()

    @Slot()
    def clear(self) -> None:
        changed = bool(self._get_text())
        self._committed, self._composer.pending, self._latin = "", "", ""
        if changed:
            self.textChanged.emit()

    # -- what keys do ----------------------------------------------------------------
    def _converting(self) -> bool:
        return self._romaji and self._language == "ja" and self._page == QWERTY

    def _type(self, value: str) -> None:
        if len(self._get_text()) >= MAX_LENGTH:
            return
        if self._latin is not None:
            self._latin = self._latin + value if self._page == QWERTY else None
        if self._converting() and value.isascii() and value.isalpha():
            self._add(self._composer.feed(value))
            return
        self._commit_pending()
        self._add("ー" if self._converting() and value == "-" else value)

    def _add(self, text: str) -> None:
        if self._page == QWERTY and self._katakana:
            text = jaconv.hira2kata(text)
        self._committed += text

    def _commit_pending(self) -> None:
        if self._composer.pending:
            self._add(self._composer.flush())

    def _backspace(self) -> None:
        """Takes back a pending letter, else the last character (a whole kana made of
        romaji, a matra, a letter)."""
        if self._composer.pending:
            self._composer.pending = self._composer.pending[:-1]
            self._latin = self._latin[:-1] if self._latin else self._latin
        elif self._committed:
            target = self._committed[:-1]
            if self._latin and self._converting():
                self._latin = self._romaji_for(target)
            elif self._latin:
                self._latin = self._latin[:-1]
            self._committed = target
        if not self._get_text():
            self._latin = ""

    def _romaji_for(self, kana: str) -> str | None:
        """The beginning of the romaji typed that makes `kana` and nothing pending."""
        latin = self._latin or ""
        for end in range(len(latin) - 1, -1, -1):
            replay = KeyboardInput()
            replay._language, replay._page = self._language, self._page
            replay._katakana, replay._romaji = self._katakana, self._romaji
            for letter in latin[:end]:
                replay._type(letter)
            if replay._committed == kana and not replay._composer.pending:
                return latin[:end]
        return None

    def _mark(self, action: str) -> None:
        self._commit_pending()
        if not self._committed:
            return
        last = self._committed[-1]
        if action == "small":
            small = {**_SMALL, **{v: k for k, v in _SMALL.items()}}
            changed = small.get(last, last)
        else:
            changed = _toggle_mark(last, _DAKUTEN if action == "dakuten" else _HANDAKUTEN)
        self._committed = self._committed[:-1] + changed
        if changed != last:
            self._latin = None

    # -- layout ----------------------------------------------------------------------
    def _relayout(self) -> None:
        self._rows = self._layout()
        self.pageChanged.emit()

    def _layout(self) -> list[list[dict]]:
        if self._page == KANA:
            rows = self._kana_rows()
        elif self._page == DEVANAGARI:
            rows = self._devanagari_rows()
        else:
            rows = self._qwerty_rows()
        return [*rows, self._bottom_row()]

    def _kana(self, text: str) -> str:
        return jaconv.hira2kata(text) if self._katakana else text

    def _kana_rows(self) -> list[list[dict]]:
        extra = [
            _key("゛", "dakuten"),
            _key("゜", "handakuten"),
            _key(self._kana("小"), "small"),
            _key("ー"),
            _key("ア" if not self._katakana else "あ", "katakana", on=self._katakana),
        ]
        rows = []
        for vowel in range(5):
            row = []
            for column in _GOJUON_COLUMNS:
                char = column[vowel]
                row.append(_key(self._kana(char)) if char.strip() else _gap())
            rows.append([*row, extra[vowel]])
        return rows

    def _devanagari_rows(self) -> list[list[dict]]:
        rows = [[_key(c) for c in letters] for letters in _DEVANAGARI_ROWS]
        matras = [_key(_DOTTED_CIRCLE + m, value=m) for m in _MATRAS]
        return [rows[0], matras, *rows[1:]]

    def _qwerty_rows(self) -> list[list[dict]]:
        rows = [[_key(c) for c in letters] for letters in ("1234567890", "qwertyuiop")]
        rows.append([_gap(), *(_key(c) for c in "asdfghjkl")])
        last = [_gap(), *(_key(c) for c in "zxcvbnm")]
        if self._language == "ja":
            last += [_key("ー", value="-"), _key("a→あ", "romaji", span=2, on=self._romaji)]
        rows.append(last)
        return rows

    def _bottom_row(self) -> list[dict]:
        pages = [
            _key(PAGE_LABELS[page], "page", page, on=page == self._page)
            for page in sorted(PAGES, key=lambda p: p != HOME_PAGE[self._language])
        ]
        return [
            *pages,
            _key("", "space", " ", span=4),
            _key("⌫", "backspace", span=2),
            _key("✕", "clear"),
        ]
