"""Writes kiosk/ui/reset-font.ttf, the font `kiosk.ui.fonts.release_font_caches` adds to Qt
and removes again: one empty glyph and a space, in a family of its own, about 1 KB.

    .venv/bin/python -m tools.make_reset_font

fontTools (MIT) comes with matplotlib and fpdf2. The file is committed; run this again only
to change it.
"""

from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

from kiosk.ui.fonts import RESET_FAMILY, RESET_FONT


def build(path: Path) -> None:
    builder = FontBuilder(unitsPerEm=1000, isTTF=True)
    builder.setupGlyphOrder([".notdef", "space"])
    builder.setupCharacterMap({0x20: "space"})
    empty = TTGlyphPen(None).glyph()
    builder.setupGlyf({".notdef": empty, "space": empty})
    builder.setupHorizontalMetrics({".notdef": (500, 0), "space": (250, 0)})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": RESET_FAMILY, "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))


if __name__ == "__main__":
    build(RESET_FONT)
    print(f"{RESET_FONT}: {RESET_FONT.stat().st_size} bytes")
