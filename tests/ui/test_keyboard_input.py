"""The search keyboard's input logic, key by key, without a screen: romaji composed into
kana as typed, the kana grid's marks, Devanagari signs, and what is searched for."""

import pytest

from kiosk.catalog.romaji import RomajiComposer, romaji_to_kana
from kiosk.ui.keyboard import DEVANAGARI, KANA, QWERTY, KeyboardInput


def typed(keyboard: KeyboardInput, letters: str) -> str:
    for letter in letters:
        keyboard.act("char", letter)
    return keyboard.property("text")


def japanese_qwerty() -> KeyboardInput:
    keyboard = KeyboardInput()
    keyboard.setProperty("language", "ja")
    keyboard.act("page", QWERTY)
    return keyboard


@pytest.mark.parametrize(
    "letters, kana, pending",
    [
        ("garasu", "がらす", ""),
        ("shinchuu", "しんちゅう", ""),
        ("sinntyuu", "しんちゅう", ""),  # kunrei-shiki and nn
        ("konnichiha", "こんにちは", ""),
        ("kitte", "きって", ""),
        ("kyouto", "きょうと", ""),
        ("jyuutann", "じゅうた", "nn"),  # ん, or ん and な: waits for the next key
        ("kan", "か", "n"),
        ("shinch", "しん", "ch"),
        ("xtsu", "っ", ""),
    ],
)
def test_romaji_becomes_kana_syllable_by_syllable(letters, kana, pending):
    composer = RomajiComposer()
    assert "".join(composer.feed(letter) for letter in letters) == kana
    assert composer.pending == pending


def test_romaji_for_search_leaves_out_an_unfinished_syllable_and_refuses_english():
    assert romaji_to_kana("shinch") == "しん"
    assert romaji_to_kana("jyuutann") == "じゅうたん"
    assert romaji_to_kana("brass") == ""
    assert romaji_to_kana("xyz") == ""


def test_each_language_opens_its_own_page():
    keyboard = KeyboardInput()
    assert keyboard.property("page") == QWERTY
    keyboard.setProperty("language", "ja")
    assert keyboard.property("page") == KANA
    keyboard.setProperty("language", "hi")
    assert keyboard.property("page") == DEVANAGARI
    labels = [key["label"] for key in keyboard.property("rows")[-1] if key["action"] == "page"]
    assert labels[0] == "अआइ" and set(labels) == {"ABC", "かな", "अआइ"}


def test_romaji_typed_on_the_japanese_keyboard_shows_as_kana_and_searches_as_typed():
    keyboard = japanese_qwerty()
    changes = []
    keyboard.textChanged.connect(lambda: changes.append(keyboard.property("text")))
    assert typed(keyboard, "gara") == "がら"
    assert typed(keyboard, "s") == "がらs"
    assert typed(keyboard, "u") == "がらす"
    assert changes == ["g", "が", "がr", "がら", "がらs", "がらす"]
    # The letters themselves are searched for: the engine reads them as romaji and as Latin.
    assert keyboard.property("query") == "garasu"


def test_backspace_takes_back_a_whole_kana_or_a_pending_letter():
    keyboard = japanese_qwerty()
    typed(keyboard, "garasu")
    keyboard.act("backspace", "")
    assert keyboard.property("text") == "がら"
    assert keyboard.property("query") == "gara"
    typed(keyboard, "sh")
    keyboard.act("backspace", "")
    assert keyboard.property("text") == "がらs"
    assert keyboard.property("query") == "garas"
    for _ in range(2):
        keyboard.act("backspace", "")
    assert keyboard.property("text") == "が"
    assert keyboard.property("query") == "ga"
    typed(keyboard, "kyou")
    keyboard.act("backspace", "")
    assert keyboard.property("text") == "がきょ"
    assert keyboard.property("query") == "gakyo"
    for _ in range(3):
        keyboard.act("backspace", "")
    assert keyboard.property("text") == keyboard.property("query") == ""


def test_romaji_conversion_can_be_switched_off():
    keyboard = japanese_qwerty()
    keyboard.act("romaji", "")
    assert keyboard.property("romaji") is False
    assert typed(keyboard, "garasu") == "garasu"
    keyboard.act("romaji", "")
    assert typed(keyboard, "ka") == "garasuか"


def test_an_english_keyboard_types_letters_as_they_are():
    keyboard = KeyboardInput()
    assert typed(keyboard, "brass 12") == "brass 12"
    assert keyboard.property("query") == "brass 12"


def test_the_kana_grid_types_with_dakuten_handakuten_and_small_kana():
    keyboard = KeyboardInput()
    keyboard.setProperty("language", "ja")
    typed(keyboard, "か")
    keyboard.act("dakuten", "")
    assert keyboard.property("text") == "が"
    typed(keyboard, "は")
    keyboard.act("handakuten", "")
    assert keyboard.property("text") == "がぱ"
    keyboard.act("handakuten", "")
    assert keyboard.property("text") == "がは"  # a second press takes the mark off
    typed(keyboard, "つ")
    keyboard.act("small", "")
    assert keyboard.property("text") == "がはっ"
    typed(keyboard, "あ")
    keyboard.act("dakuten", "")  # あ takes no dakuten: unchanged
    assert keyboard.property("text") == "がはっあ"
    assert keyboard.property("query") == "がはっあ"


def test_the_katakana_switch_turns_the_grid_to_katakana():
    keyboard = KeyboardInput()
    keyboard.setProperty("language", "ja")
    first = keyboard.property("rows")[0][0]["label"]
    assert first == "あ"
    keyboard.act("katakana", "")
    assert keyboard.property("rows")[0][0]["label"] == "ア"
    typed(keyboard, "シ")
    keyboard.act("small", "")  # シ has no small form
    assert keyboard.property("text") == "シ"


def test_the_kana_grid_is_in_gojuon_order():
    keyboard = KeyboardInput()
    keyboard.setProperty("language", "ja")
    rows = keyboard.property("rows")
    assert "".join(key["label"] for key in rows[0][:10]) == "あかさたなはまやらわ"
    assert "".join(key["label"] for key in rows[1][:5]) == "いきしちに"
    assert [key["action"] for key in rows[0][10:11] + rows[1][10:11] + rows[2][10:11]] == [
        "dakuten",
        "handakuten",
        "small",
    ]


def test_devanagari_takes_matras_and_the_virama():
    keyboard = KeyboardInput()
    keyboard.setProperty("language", "hi")
    for value in ("क", "ा", "ल", "ी", "न"):
        keyboard.act("char", value)
    assert keyboard.property("text") == "कालीन"
    keyboard.act("clear", "")
    for value in ("प", "्", "र"):
        keyboard.act("char", value)
    assert keyboard.property("text") == "प्र"
    keyboard.act("backspace", "")
    assert keyboard.property("text") == "प्"
    matras = [key for key in keyboard.property("rows")[1]]
    assert matras[0]["label"] == "◌ा" and matras[0]["value"] == "ा"


def test_clear_empties_and_says_so_once():
    keyboard = KeyboardInput()
    typed(keyboard, "silk")
    changes = []
    keyboard.textChanged.connect(lambda: changes.append(keyboard.property("text")))
    keyboard.act("clear", "")
    keyboard.act("clear", "")
    assert changes == [""]


def test_text_stops_at_a_names_length():
    keyboard = KeyboardInput()
    assert len(typed(keyboard, "a" * 100)) == 60
