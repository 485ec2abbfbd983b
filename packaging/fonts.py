"""The Noto fonts the one-folder build carries, taken from the build machine's Debian packages.

Latin and Devanagari (fonts-noto-core) are copied whole: 8 files, 3.2 MB. The Japanese faces
come from fonts-noto-cjk's collections (20-27 MB each, with Chinese and Korean faces too):
the JP face is cut down to JIS X 0208 (6,879 characters: kana, the 6,355 level 1 and 2 kanji,
symbols), printable ASCII and Latin-1, and every character of the bundled catalogue and UI,
about 4 MB a weight instead of 16-19 MB. Subsetting takes about 10 s of CPU a face, so the
results are kept in a cache folder keyed by their inputs.
"""

import contextlib
import hashlib
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

NOTO_CORE = Path("/usr/share/fonts/truetype/noto")
NOTO_CJK = Path("/usr/share/fonts/opentype/noto")
WHOLE = [
    f"Noto{kind}{script}-{weight}.ttf"
    for kind in ("Sans", "Serif")
    for script in ("", "Devanagari")
    for weight in ("Regular", "Bold")
]
# (collection, face, file written): the kiosk's sans and serif families in both weights.
CJK = [
    (f"Noto{kind}CJK-{weight}.ttc", f"Noto {kind} CJK JP", f"Noto{kind}CJKjp-{weight}.otf")
    for kind in ("Sans", "Serif")
    for weight in ("Regular", "Bold")
]
PACKAGES = "fonts-noto-core fonts-noto-cjk"


class FontError(Exception):
    """A font the build needs is missing on the build machine."""


def jis_x_0208() -> set[str]:
    """The characters of JIS X 0208, read from Python's own EUC-JP codec."""
    chars = set()
    for high in range(0xA1, 0xFF):
        for low in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):
                chars.add(bytes([high, low]).decode("euc_jp"))
    return chars


def japanese_charset(extra_texts: list[str]) -> str:
    chars = jis_x_0208() | {chr(c) for c in range(0x20, 0x7F)}
    chars |= {chr(c) for c in range(0xA0, 0x100)}
    chars |= set("".join(extra_texts))
    chars |= set("\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b7\u30fb\u3000\u20b9")
    return "".join(sorted(chars))


def _subset(collection: Path, face: str, charset: str, out: Path) -> None:
    from fontTools import subset
    from fontTools.ttLib import TTCollection

    fonts = TTCollection(str(collection), lazy=True).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == face)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = True  # removing CFF hints costs more time than it saves space
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in charset])
    subsetter.subset(font)
    font.recalcBBoxes = False  # recomputing every glyph's bounds would double the time
    part = out.with_suffix(".part")
    font.save(str(part))
    part.replace(out)


def build_fonts(out_dir: Path, cache_dir: Path, texts: list[str]) -> list[Path]:
    """Write the fonts into `out_dir` (reusing `cache_dir`), and return their paths."""
    missing = [NOTO_CORE / n for n in WHOLE if not (NOTO_CORE / n).is_file()]
    missing += [NOTO_CJK / c for c, _, _ in CJK if not (NOTO_CJK / c).is_file()]
    if missing:
        raise FontError(
            f"font {missing[0]} is missing on the build machine: apt-get install {PACKAGES}"
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    cache_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name in WHOLE:
        shutil.copy2(NOTO_CORE / name, out_dir / name)
        written.append(out_dir / name)
    charset = japanese_charset(texts)
    jobs = []
    with ProcessPoolExecutor(max_workers=2) as pool:
        for collection, face, name in CJK:
            source = NOTO_CJK / collection
            key = hashlib.sha256(
                f"{source}:{source.stat().st_size}:{source.stat().st_mtime_ns}:{face}:{charset}".encode()
            ).hexdigest()[:16]
            cached = cache_dir / f"{key}-{name}"
            if not cached.is_file():
                jobs.append(pool.submit(_subset, source, face, charset, cached))
            written.append((cached, out_dir / name))
        for job in jobs:
            job.result()
    result = []
    for item in written:
        if isinstance(item, tuple):
            shutil.copy2(*item)
            result.append(item[1])
        else:
            result.append(item)
    return result


if __name__ == "__main__":
    paths = build_fonts(Path(sys.argv[1]), Path(sys.argv[2]), [])
    print(sum(p.stat().st_size for p in paths) / 1e6, "MB")
