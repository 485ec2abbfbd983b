"""Fonts for Latin, Devanagari and Japanese, and a check that every glyph can be drawn."""

import logging
import os
from pathlib import Path
from typing import cast

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextLayout

from kiosk.catalog.doctor import CheckResult
from kiosk.catalog.store import CatalogError
from kiosk.paths import BUNDLED_FONTS, FROZEN

log = logging.getLogger(__name__)

SANS, SERIF = "Noto Sans", "Noto Serif"
# Where the Latin fonts have no glyph, Qt takes these, in order. Japanese comes first among
# the CJK fonts so that Han characters shared with Chinese take their Japanese shapes.
FALLBACKS = {
    SANS: ["Noto Sans Devanagari", "Noto Sans CJK JP"],
    SERIF: ["Noto Serif Devanagari", "Noto Serif CJK JP"],
}


# A font of one empty glyph in a family of its own (tools/make_reset_font.py): what
# release_font_caches adds and removes.
RESET_FONT = Path(__file__).with_name("reset-font.ttf")
RESET_FAMILY = "ODOP Kiosk Font Reset"


def ui_font(pixel_size: int = 24) -> QFont:
    font = QFont(SANS)
    font.setPixelSize(pixel_size)
    return font


_registered: dict[Path, list[str]] = {}


def register_bundled_fonts(folder: Path = BUNDLED_FONTS, always: bool = FROZEN) -> list[str]:
    """Add the fonts the build carries (`folder`, see packaging/fonts.py) to Qt's own.

    The one-folder build always uses them, so that a PC without `fonts-noto-*` draws every
    script; elsewhere they are added only for families the system lacks. Returns the
    families added; an unreadable file is logged in one line and skipped.
    """
    if folder in _registered:
        return _registered[folder]
    added = _registered[folder] = []
    if not folder.is_dir():
        return added
    have = set(QFontDatabase.families())
    for path in sorted(folder.glob("*.[ot]t[fc]")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("cannot load the bundled font %s; text in its script may show boxes", path)
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if not always and have.issuperset(families):
            QFontDatabase.removeApplicationFont(font_id)
            continue
        added.extend(f for f in families if f not in added)
    return added


def apply_default_font(app: QGuiApplication) -> None:
    """Make Noto (with its Devanagari and Japanese fallbacks) the font of every text."""
    register_bundled_fonts()
    for family, fallbacks in FALLBACKS.items():
        QFont.insertSubstitutions(family, fallbacks)
    app.setFont(ui_font())


_unloadable: set[Path] = set()


def release_font_caches(font: Path = RESET_FONT) -> bool:
    """Make Qt let go of every font face it opened and every glyph it drew; the texts on
    screen take their fonts again for their next frame. False if it cannot (said once in
    the log).

    Qt keeps a face, and each glyph drawn with it at each size, while any font that falls
    back to it is in use, which in the kiosk is always: after one visitor read products in
    Japanese and Hindi, the pages of the Noto CJK collections (20-27 MB files) and thousands
    of glyphs stayed for good, about 45 MB at 10,000 products. Qt has no call to drop them;
    a change of its font database does (it clears the font cache, and every text resolves
    its font anew), so the kiosk adds a font of its own and removes it. Measured at 10,000
    products, on Home after browsing in Japanese and Hindi and back to English: 236 MB
    without this, 198 MB with it; a call takes about 8 ms.
    """
    handle = QFontDatabase.addApplicationFont(str(font))
    if handle < 0:
        if font not in _unloadable:  # one line, not one at every visitor
            _unloadable.add(font)
            log.error(
                "cannot load %s: Qt's fonts and glyphs are kept until the kiosk restarts", font
            )
        return False
    QFontDatabase.removeApplicationFont(handle)
    return True


def missing_glyphs(text: str, font: QFont) -> set[str]:
    """Characters of `text` that `font` (with Qt's fallbacks) would draw as empty boxes.

    Each distinct character is laid out on its own: glyph index 0 is the missing glyph, and
    a run without a usable raw font is missing too (where no font has the script Qt
    substitutes a box font whose glyph indices are not 0). The box font is known by its
    lack of a `cmap` table: asking its family name crashes the process.
    """
    missing: set[str] = set()
    for character in set(text) - set(" \t\n\r\u00a0\u200c\u200d"):
        layout = QTextLayout(character, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        for run in layout.glyphRuns():
            raw = run.rawFont()
            if not raw.isValid() or not raw.fontTable("cmap") or 0 in run.glyphIndexes():
                missing.add(character)
    return missing


def report_unrenderable(samples: dict[str, str]) -> list[str]:
    """Log, and return, each language whose sample text has characters no font can draw."""
    font = ui_font()
    failing = []
    for language, text in samples.items():
        missing = missing_glyphs(text, font)
        if missing:
            failing.append(language)
            log.error(
                "cannot render %s text: no glyph for %s (install fonts-noto-core and "
                "fonts-noto-cjk)",
                language,
                " ".join(sorted(missing))[:200],
            )
    return failing


def font_checks(texts: dict[str, list[str]], catalogue_read: bool = True) -> list[CheckResult]:
    """One doctor check per language: every text of `texts` (language -> the texts the kiosk
    may draw in it, see doctor.language_texts) has a glyph in the kiosk's sans and serif
    fonts or their fallbacks. Makes an offscreen application if there is none."""
    if QGuiApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a check, never a window
    QLoggingCategory.setFilterRules("qt.text.font.db.info=false")
    # instance() is typed as the QCoreApplication base; the kiosk's and kiosk-admin's are GUI.
    app = cast(QGuiApplication, QGuiApplication.instance() or QGuiApplication(["kiosk-admin"]))
    apply_default_font(app)
    faces = [ui_font()]
    serif = QFont(SERIF)  # headings (Theme.serif)
    serif.setPixelSize(faces[0].pixelSize())
    faces.append(serif)
    what = "UI and catalogue texts" if catalogue_read else "UI texts (the catalogue cannot be read)"
    results = []
    for language, shown in texts.items():
        # missing_glyphs lays out each character on its own: ask once for every distinct
        # character of the language, then find the texts that have one of the missing.
        every = "".join(set().union(*map(set, shown)))
        missing = set().union(*(missing_glyphs(every, face) for face in faces))
        failing = [text for text in shown if missing.intersection(text)]
        if missing:
            chars = " ".join(f"U+{ord(ch):04X}" for ch in sorted(missing)[:5])
            detail = (
                f"no glyph for {chars}{' ...' if len(missing) > 5 else ''} in "
                f"{len(failing)} of {len(shown)} {what}, first {failing[0][:40]!r} "
                "(install fonts-noto-core and fonts-noto-cjk)"
            )
        else:
            detail = (
                f"{len(shown)} {what}: every character has a glyph ({SANS}, {SERIF} and "
                "their fallbacks)"
            )
        results.append(CheckResult(f"fonts {language}", not missing, detail))
    del app
    return results


def catalogue_font_checks(db: Path) -> list[CheckResult]:
    """`kiosk-admin doctor`'s font checks of the catalogue at `db` (also the staff panel's):
    one per language, every text the kiosk may draw in it has a glyph in its fonts."""
    from kiosk.catalog.doctor import language_texts, open_catalog_quietly

    try:
        catalog = open_catalog_quietly(db)
    except CatalogError:
        catalog = None  # the catalogue checks have said why; the UI words are still checked
    return font_checks(language_texts(catalog), catalogue_read=catalog is not None)
