"""Illustrative product pictures, painted by code, for crafts that have no real photo yet.

A build-time tool: neither the kiosk nor kiosk-admin imports it, and it is not in the wheel.
`python -m tools.illustrations` repaints the bundled photos; `--check` compares them.

Layered bottom-up: colour, shapes, canvas, then bodies, staging, cloth and objects, then
one painter per craft family in crafts/, then painter (paint, make_illustrations) and check.
"""

from tools.illustrations.canvas import ILLUSTRATION_SIZE
from tools.illustrations.painter import (
    MEDIA_HEADER,
    IllustrationError,
    make_illustrations,
    paint,
    read_products,
)

__all__ = [
    "ILLUSTRATION_SIZE",
    "MEDIA_HEADER",
    "IllustrationError",
    "make_illustrations",
    "paint",
    "read_products",
]
