"""Illustrative product pictures, painted by code, for crafts that have no real photo yet.

Layered bottom-up: colour, shapes, canvas, then bodies, staging, cloth and objects, then
one painter per craft family in crafts/, and painter (paint, make_illustrations).
"""

from tools.illustrations.canvas import ILLUSTRATION_SIZE
from tools.illustrations.painter import MEDIA_HEADER, make_illustrations, paint

__all__ = ["ILLUSTRATION_SIZE", "MEDIA_HEADER", "make_illustrations", "paint"]
