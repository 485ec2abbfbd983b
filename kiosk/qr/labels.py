"""Printed exhibit labels (no Qt): one A4 landscape page per product with its name, district,
craft and both QR codes, printed large enough for a phone to scan from 1 m.

The codes are vector squares, one per module, filled as a single path (no smoothing and no
seams between neighbouring modules); the text is set in the Noto fonts, shaped by HarfBuzz
(Devanagari conjuncts and matras) and embedded as subsets, so the PDF prints the same anywhere.
"""

import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import cast

from fpdf import FPDF
from fpdf.drawing import PaintedPath
from fpdf.drawing_primitives import DeviceRGB
from fpdf.enums import Align, PathPaintRule, WrapMode
from fpdf.fonts import TTFFont

from kiosk import atomic
from kiosk.catalog.store import Catalog, Product
from kiosk.catalog.urls import UrlTemplateError
from kiosk.languages import localized
from kiosk.qr.codes import DARK, MAX_VERSION, QUIET_ZONE, QrTooLongError, qr_matrix
from kiosk.translations import ui_words

# The smallest printed module a phone reads from 1 m. Phone scanners (ML Kit, behind
# Android's camera and Google Lens) want at least 2 camera pixels per module and work on
# 1280x720 to 1920x1080 frames. A phone's main camera (about 26 mm equivalent) held upright
# takes in a field about 0.75 m wide at 1 m in a 16:9 frame: at 1280x720 that is 1.04 mm per
# pixel, so 2 pixels are 2.1 mm. The rule of thumb "a symbol at least a tenth of the distance
# wide" (100 mm at 1 m) gives a version-10 code only 1.75 mm modules: the camera is stricter.
MIN_MODULE_MM = 2.1
# Each code is printed in a square this wide, quiet zone included: a version-10 code (the
# largest the kiosk makes) gets MIN_MODULE_MM modules, a smaller version larger ones, so every
# label looks the same whatever its links.
CODE_MM = MIN_MODULE_MM * (17 + 4 * MAX_VERSION + 2 * QUIET_ZONE)  # 136.5 mm

# Two such codes side by side need 273 mm: a label is a whole A4 sheet turned landscape (the
# size of a standard A4 sign holder), with no cutting.
PAGE_W, PAGE_H = 297.0, 210.0
MARGIN = 16.0  # left and right of the text, in line with the codes' dark modules
CODE_TOP = 55.0
CODE_X = ((PAGE_W / 2 - CODE_MM) / 2, PAGE_W / 2 + (PAGE_W / 2 - CODE_MM) / 2)
NAME_TOP, NAME_H = 17.0, 22.0  # the product name wraps or shrinks to stay in this band
NAME_PT = (40, 16)  # largest and smallest size of the name
ONE_LINE_MIN_PT = 24  # a name is kept on one line down to this size, then it wraps
PT = 25.4 / 72  # mm per point

INK, INK_SOFT, MAROON, LINE = "#2b1d16", "#6b5646", "#6d1a2a", "#dccdb7"  # Theme.qml colours

# The faces of each kind of text, by script: family and style as fontconfig names them.
FACES = {
    "title": {
        "latin": ("Noto Serif", "Bold"),
        "deva": ("Noto Serif Devanagari", "Bold"),
        "cjk": ("Noto Serif CJK JP", "Bold"),
    },
    "text": {
        "latin": ("Noto Sans", "Regular"),
        "deva": ("Noto Sans Devanagari", "Regular"),
        "cjk": ("Noto Sans CJK JP", "Regular"),
    },
    "strong": {
        "latin": ("Noto Sans", "Bold"),
        "deva": ("Noto Sans Devanagari", "Bold"),
        "cjk": ("Noto Sans CJK JP", "Bold"),
    },
    "motto": {
        "latin": ("Noto Serif", "Italic"),
        "deva": ("Noto Serif Devanagari", "Regular"),
        "cjk": ("Noto Serif CJK JP", "Regular"),
    },
}
PACKAGES = {"latin": "fonts-noto-core", "deva": "fonts-noto-core", "cjk": "fonts-noto-cjk"}
# Where fontconfig is missing: the files Debian's packages install (the Japanese face is the
# first of each CJK collection).
KNOWN_FILES = {
    "latin": "/usr/share/fonts/truetype/noto/{family}-{style}.ttf",
    "deva": "/usr/share/fonts/truetype/noto/{family}-{style}.ttf",
    "cjk": "/usr/share/fonts/opentype/noto/{family}-{style}.ttc",
}
# A label's language is set in its own script's face first; the others fill in only what it
# lacks (Latin in a Hindi name, say). The CJK faces are the Japanese ones (JP glyph shapes).
SCRIPT_ORDER = {
    "en": ("latin", "deva", "cjk"),
    "hi": ("deva", "latin", "cjk"),
    "ja": ("cjk", "latin", "deva"),
}
LINE_HEIGHT = {"latin": 1.2, "deva": 1.4, "cjk": 1.3}  # Devanagari needs room for its matras

WORDS = {
    "kicker": ui_words("One District One Product · Uttar Pradesh"),
    "motto": ui_words("Crafted in Uttar Pradesh, Admired by the World!"),
    "artisan": ui_words("Meet the artisan"),
    "artisan_hint": ui_words("Their story and workshop"),
    "enquiry": ui_words("Buyer enquiry"),
    "enquiry_hint": ui_words("Ask about orders and trade"),
    "from": ui_words("From %1, Uttar Pradesh"),
    "gi": ui_words("GI tag"),
    "number": ui_words("Product no. %1"),
}


class LabelError(Exception):
    """Labels that cannot be printed, said in one line for staff."""


@dataclass(frozen=True)
class LabelsWritten:
    path: Path
    labels: int
    pages: int


@cache
def find_font(family: str, style: str, script: str) -> tuple[Path, int]:
    """The file of an installed font and its face number in a collection (.ttc)."""
    try:
        listed = subprocess.run(
            ["fc-list", "--format", "%{file}\t%{index}\n", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        listed = ""  # no fontconfig: try where Debian puts the file
    for line in sorted(listed.splitlines()):
        path, _, index = line.partition("\t")
        # A face number of 65536 or more is a named instance of a variable font: not a face.
        if path and index.isdigit() and int(index) < 0x10000 and Path(path).is_file():
            return Path(path), int(index)
    known = Path(KNOWN_FILES[script].format(family=family.replace(" ", ""), style=style))
    if known.is_file():
        return known, 0
    raise LabelError(f"font {family} {style} is not installed (apt-get install {PACKAGES[script]})")


class _Sheet:
    """The PDF being written, with the fonts it has taken in so far."""

    def __init__(self, lang: str):
        self.lang = lang
        self.pdf = FPDF(orientation="L", unit="mm", format="A4")
        self.pdf.set_auto_page_break(False)
        self.pdf.set_margins(0, 0, 0)
        self.pdf.set_text_shaping(True)
        self.pdf.set_lang(lang)
        self.pdf.set_title(
            f"{WORDS['kicker'][lang]}: {WORDS['artisan'][lang]}, {WORDS['enquiry'][lang]}"
        )
        self.pdf.set_creator("kiosk-admin qr-labels")

    # Text

    def use(self, role: str, size: float, text: str) -> str:
        """Set the font of `role` for `text`: the language's own script first, then each other
        script's face that has characters the ones before it lack. Returns the first script."""
        first, *others = SCRIPT_ORDER[self.lang]
        names = [self._font(role, first)]
        lacking = self._lacking(names[0], {ord(ch) for ch in text if not ch.isspace()})
        for script in others:
            if lacking:
                names.append(self._font(role, script))
                lacking = self._lacking(names[-1], lacking)
        self.pdf.set_font(names[0], size=size)
        self.pdf.set_fallback_fonts(names[1:])
        return first

    def _lacking(self, name: str, characters: set[int]) -> set[int]:
        font = self.pdf.fonts[name]
        assert isinstance(font, TTFFont)  # _font adds every font from a TTF/OTF/TTC file
        cmap = font.cmap
        return {code for code in characters if code not in cmap}

    @property
    def lang_script(self) -> str:
        return SCRIPT_ORDER[self.lang][0]

    def _font(self, role: str, script: str) -> str:
        name = f"{role}-{script}"
        if name not in self.pdf.fonts:
            family, style = FACES[role][script]
            path, index = find_font(family, style, script)
            self.pdf.add_font(name, "", path, collection_font_number=index)
        return name

    def width(self, text: str) -> float:
        return self.pdf.get_string_width(text)

    def fit_line(self, role: str, text: str, width: float, size: float, smallest: float) -> None:
        """Set `role` at the largest size from `size` down to `smallest` at which `text` fits
        `width` on one line."""
        while True:
            self.use(role, size, text)
            if size <= smallest or self.width(text) <= width:
                return
            size -= 0.5

    def line(
        self,
        role: str,
        text: str,
        x: float,
        y: float,
        width: float,
        height: float,
        size: float,
        smallest: float,
        colour: str,
        align: Align = Align.L,
    ) -> None:
        """One line of text in the box, shrunk to fit it (cut short with … past `smallest`)."""
        self.fit_line(role, text, width, size, smallest)
        text = _shorten(text, width, self.width)
        self.pdf.set_text_color(colour)
        self.pdf.set_xy(x, y)
        self.pdf.cell(width, height, text, align=align)

    # Codes

    def code(self, data: str, x: float, y: float) -> None:
        """The QR code of `data` filling the CODE_MM square at (x, y), quiet zone included."""
        matrix = qr_matrix(data)
        module = CODE_MM / len(matrix)
        path = PaintedPath()
        path.style.paint_rule = PathPaintRule.FILL_NONZERO
        path.style.fill_color = DeviceRGB(DARK / 255, DARK / 255, DARK / 255)
        for row, modules in enumerate(matrix):
            column = 0
            while column < len(modules):
                if not modules[column]:
                    column += 1
                    continue
                start = column
                while column < len(modules) and modules[column]:
                    column += 1
                # A run of dark modules is one rectangle of whole modules: the same squares.
                path.rectangle(
                    x + start * module, y + row * module, (column - start) * module, module
                )
        # One path, one fill: no hairline seams where anti-aliased viewers join squares.
        # fpdf2 2.8.9 annotates draw_path's `path` as GraphicsContext, yet documents (and
        # GraphicsContext.add_item accepts) a PaintedPath: a stub gap, not a wrong call.
        self.pdf.draw_path(path, copy=False)  # type: ignore[arg-type]

    def missing_glyphs(self) -> set[int]:
        return {
            code for font in self.pdf.fonts.values() for code in getattr(font, "missing_glyphs", ())
        }


def _shorten(text: str, width: float, measure: Callable[[str], float]) -> str:
    if measure(text) <= width:
        return text
    while text and measure(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _name_lines(sheet: _Sheet, name: str) -> tuple[float, list[str], float]:
    """Size, lines and line height (mm) of the product name in its band: one line as large
    as it fits, else as few lines as fit, smaller; cut short with … only past the smallest."""
    width = PAGE_W - 2 * MARGIN
    wrap = WrapMode.CHAR if sheet.lang_script == "cjk" else WrapMode.WORD
    largest, smallest = NAME_PT

    def lines_at(size: float) -> tuple[list[str], float]:
        script = sheet.use("title", size, name)
        height = size * PT * LINE_HEIGHT[script]
        # output="LINES" returns the list of lines alone; fpdf2 types the result as the
        # union of every `output` choice.
        lines = cast(
            list[str],
            sheet.pdf.multi_cell(width, height, name, dry_run=True, output="LINES", wrapmode=wrap),
        )
        return lines, height

    for size in range(largest, ONE_LINE_MIN_PT - 1, -1):
        lines, height = lines_at(size)
        if len(lines) == 1:
            return size, lines, height
    for size in range(largest, smallest - 1, -1):
        lines, height = lines_at(size)
        if len(lines) * height <= NAME_H:
            return size, lines, height
    lines, height = lines_at(smallest)
    kept = lines[: max(1, int(NAME_H // height))]
    if len(kept) < len(lines):
        kept[-1] = _shorten(kept[-1] + "…", width, sheet.width)
    return smallest, kept, height


def _label(sheet: _Sheet, catalog: Catalog, product: Product) -> None:
    """One label on a new page."""
    lang = sheet.lang
    try:
        links = catalog.product_links(product.id, lang)
        for data in links.values():
            qr_matrix(data)
    except (UrlTemplateError, QrTooLongError) as error:
        raise LabelError(f"{product.id}: no printable code ({error})") from None
    pdf = sheet.pdf
    pdf.add_page()
    width = PAGE_W - 2 * MARGIN
    district = catalog.districts.get(product.district)
    craft = catalog.crafts.get(product.craft)

    # Header: the kiosk's title and motto, the name, where it comes from.
    kicker = WORDS["kicker"][lang]
    if lang == "en":
        kicker = kicker.upper()
        pdf.set_char_spacing(0.8)  # spaced capitals; never spaced in Devanagari or Japanese
    sheet.line("strong", kicker, MARGIN, 9, width * 0.52, 6, 9, 7, MAROON)
    pdf.set_char_spacing(0)
    sheet.line(
        "motto",
        WORDS["motto"][lang],
        MARGIN + width * 0.52,
        9,
        width * 0.48,
        6,
        10,
        7,
        INK_SOFT,
        Align.R,
    )

    size, lines, height = _name_lines(sheet, localized(product.name, lang))
    pdf.set_text_color(INK)
    y = NAME_TOP
    for line in lines:
        sheet.use("title", size, line)
        pdf.set_xy(MARGIN, y)
        pdf.cell(width, height, line)
        y += height

    place = localized(district.name, lang) if district else product.district
    meta = [
        WORDS["from"][lang].replace("%1", place),
        localized(craft.name, lang) if craft else product.craft,
    ]
    if product.gi_tag:
        meta.append(WORDS["gi"][lang])
    meta.append(WORDS["number"][lang].replace("%1", product.code))  # as buyers quote it
    sheet.line("text", "  ·  ".join(meta), MARGIN, y + 1, width, 7, 13, 9, INK_SOFT)

    pdf.set_draw_color(LINE)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, CODE_TOP - 3, PAGE_W - MARGIN, CODE_TOP - 3)
    pdf.line(PAGE_W / 2, CODE_TOP + 6, PAGE_W / 2, CODE_TOP + CODE_MM + 8)

    # The two codes, each with its caption under it.
    for x, kind in zip(CODE_X, ("artisan", "enquiry")):
        sheet.code(links[kind], x, CODE_TOP)
        sheet.line(
            "title", WORDS[kind][lang], x, CODE_TOP + CODE_MM, CODE_MM, 7.5, 17, 11, INK, Align.C
        )
        sheet.line(
            "text",
            WORDS[f"{kind}_hint"][lang],
            x,
            CODE_TOP + CODE_MM + 7.5,
            CODE_MM,
            5,
            10.5,
            8,
            INK_SOFT,
            Align.C,
        )

    missing = sheet.missing_glyphs()
    if missing:
        chars = " ".join(f"U+{code:04X}" for code in sorted(missing)[:5])
        raise LabelError(
            f"{product.id}: no font has a glyph for {chars} (install "
            "fonts-noto-core and fonts-noto-cjk)"
        )


def _sheet(catalog: Catalog, product_ids: Sequence[str], lang: str) -> _Sheet:
    products = [catalog.product(product_id) for product_id in product_ids]
    sheet = _Sheet(lang)
    for product in products:
        _label(sheet, catalog, product)
    return sheet


def labels_pdf(catalog: Catalog, product_ids: Sequence[str], lang: str) -> bytes:
    """The labels of `product_ids` (in that order, repeats giving copies), one A4 page
    each, in `lang`, as a PDF."""
    return bytes(_sheet(catalog, product_ids, lang).pdf.output())


def write_labels(
    catalog: Catalog, product_ids: Sequence[str], lang: str, out: Path
) -> LabelsWritten:
    """Write the labels (see labels_pdf) to `out` at once: a failure leaves the file as it
    was, never half a PDF."""
    out = Path(out)
    sheet = _sheet(catalog, product_ids, lang)
    data = bytes(sheet.pdf.output())
    try:
        atomic.write_bytes(out, data)
    except OSError as error:
        raise LabelError(f"cannot write {out}: {error.strerror}") from None
    return LabelsWritten(out, len(product_ids), sheet.pdf.pages_count)
