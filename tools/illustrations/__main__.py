"""python -m tools.illustrations [--check [--every N]] [--source DIR] [--media DIR]

Repaints the bundled illustrative photos into assets/media and rewrites
assets/catalog/media.csv (then run `kiosk-admin build-catalog`); with --check, repaints into a
temporary folder instead and prints one line per file or row that differs (exit 1 if any).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import PIL

from kiosk.paths import BUNDLED_MEDIA, CATALOG_SOURCES
from tools.illustrations.check import check_illustrations
from tools.illustrations.painter import IllustrationError, make_illustrations

PROG = "python -m tools.illustrations"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Paint the illustrative photos of every product in products.csv (three "
        "for featured products, two for the rest) into the media folder and write media.csv; "
        "then run kiosk-admin build-catalog.",
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=CATALOG_SOURCES,
        metavar="DIR",
        help="folder of products.csv and media.csv (default: %(default)s)",
    )
    parser.add_argument(
        "--media",
        type=Path,
        default=BUNDLED_MEDIA,
        metavar="DIR",
        help="photo folder (default: %(default)s)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing: repaint into a temporary folder and compare, "
        "byte for byte, with the media folder and media.csv",
    )
    parser.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="N",
        help="with --check: repaint only every Nth product (1st, N+1th, ...)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.every < 1:
        parser.error("--every must be 1 or more")
    if args.every > 1 and not args.check:
        parser.error("--every goes with --check")
    try:
        if args.check:
            return _check(args)
        count = make_illustrations(args.source, args.media)
    except IllustrationError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return 2
    print(f"{count} illustrations in {args.media}; now run kiosk-admin build-catalog")
    return 0


def _check(args) -> int:
    result = check_illustrations(args.source, args.media, args.every)
    for line in result.differences:
        print(line)
    scope = "every product" if args.every == 1 else f"every {args.every}th product"
    if result.differences:
        print(
            f"{len(result.differences)} differences in {result.painted} photos repainted with "
            f"Pillow {PIL.__version__} ({scope}); another Pillow version can resample "
            f"differently (see README); to accept the painter's: {PROG}",
            file=sys.stderr,
        )
        return 1
    print(f"{result.painted} photos of {result.products} products ({scope}) match the painter's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
