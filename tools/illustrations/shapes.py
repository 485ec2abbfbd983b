"""Shapes as L masks placed on the canvas, curves, transforms and unit motifs."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PIL import Image, ImageChops, ImageDraw

from tools.illustrations.colour import scale_alpha

TAU = math.tau

Point = tuple[float, float]


class Part:
    __slots__ = ("m", "x", "y")

    def __init__(self, m: Image.Image, x: int, y: int):
        self.m, self.x, self.y = m, int(x), int(y)

    @property
    def w(self) -> int:
        return self.m.width

    @property
    def h(self) -> int:
        return self.m.height

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.x, self.y, self.x + self.w, self.y + self.h

    def _aligned(self, other: Part) -> Image.Image:
        layer = Image.new("L", self.m.size, 0)
        layer.paste(other.m, (other.x - self.x, other.y - self.y))
        return layer

    def inter(self, other: Part) -> Part:
        return Part(ImageChops.multiply(self.m, self._aligned(other)), self.x, self.y)

    def minus(self, other: Part) -> Part:
        return Part(ImageChops.subtract(self.m, self._aligned(other)), self.x, self.y)

    def plus(self, other: Part) -> Part:
        x0, y0 = min(self.x, other.x), min(self.y, other.y)
        x1, y1 = max(self.box[2], other.box[2]), max(self.box[3], other.box[3])
        m = Image.new("L", (x1 - x0, y1 - y0), 0)
        m.paste(self.m, (self.x - x0, self.y - y0))
        o = Image.new("L", m.size, 0)
        o.paste(other.m, (other.x - x0, other.y - y0))
        return Part(ImageChops.lighter(m, o), x0, y0)

    def faded(self, k: float) -> Part:
        return Part(scale_alpha(self.m, k), self.x, self.y)


def _bounds(pts: Sequence[Point], pad: int = 2) -> tuple[int, int, int, int]:
    xs = [p[0] for p in pts]
    ys = [p[1] for p in pts]
    return (
        int(math.floor(min(xs))) - pad,
        int(math.floor(min(ys))) - pad,
        int(math.ceil(max(xs))) + pad,
        int(math.ceil(max(ys))) + pad,
    )


def poly(pts: Sequence[Point]) -> Part:
    x0, y0, x1, y1 = _bounds(pts)
    m = Image.new("L", (max(1, x1 - x0), max(1, y1 - y0)), 0)
    ImageDraw.Draw(m).polygon([(x - x0, y - y0) for x, y in pts], fill=255)
    return Part(m, x0, y0)


def ell(cx: float, cy: float, rx: float, ry: float) -> Part:
    x0, y0 = int(cx - rx) - 2, int(cy - ry) - 2
    m = Image.new("L", (int(2 * rx) + 5, int(2 * ry) + 5), 0)
    ImageDraw.Draw(m).ellipse((cx - rx - x0, cy - ry - y0, cx + rx - x0, cy + ry - y0), fill=255)
    return Part(m, x0, y0)


def rect(x0: float, y0: float, x1: float, y1: float, r: float = 0) -> Part:
    ix, iy = int(x0), int(y0)
    m = Image.new("L", (max(1, int(x1 - ix) + 1), max(1, int(y1 - iy) + 1)), 0)
    d = ImageDraw.Draw(m)
    box = (x0 - ix, y0 - iy, x1 - ix, y1 - iy)
    if r > 0:
        d.rounded_rectangle(box, radius=r, fill=255)
    else:
        d.rectangle(box, fill=255)
    return Part(m, ix, iy)


def ring(cx: float, cy: float, rx: float, ry: float, t: float) -> Part:
    return ell(cx, cy, rx, ry).minus(ell(cx, cy, rx - t, ry - t * ry / max(rx, 1)))


def drawn(
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    fn: Callable[[ImageDraw.ImageDraw, float, float], None],
) -> Part:
    """A mask drawn by fn(draw, ox, oy), in canvas coordinates minus (ox, oy)."""
    ix, iy = int(x0), int(y0)
    m = Image.new("L", (max(1, int(x1 - ix) + 1), max(1, int(y1 - iy) + 1)), 0)
    fn(ImageDraw.Draw(m), ix, iy)
    return Part(m, ix, iy)


def spline(pts: Sequence[Point], closed: bool = True, n: int = 10) -> list[Point]:
    """A Catmull-Rom curve through pts."""
    pts = list(pts)
    out: list[Point] = []
    count = len(pts) if closed else len(pts) - 1
    for i in range(count):
        p0 = pts[(i - 1) % len(pts)] if closed or i > 0 else pts[0]
        p1 = pts[i]
        p2 = pts[(i + 1) % len(pts)]
        p3 = pts[(i + 2) % len(pts)] if closed or i + 2 < len(pts) else pts[-1]
        for k in range(n):
            t = k / n
            t2, t3 = t * t, t * t * t
            out.append(
                tuple(
                    0.5
                    * (
                        (2 * p1[j])
                        + (-p0[j] + p2[j]) * t
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3
                    )
                    for j in range(2)
                )
            )
    if not closed:
        out.append(pts[-1])
    return out


def xform(
    shape: Sequence[Point],
    cx: float,
    cy: float,
    sx: float,
    sy: float | None = None,
    rot: float = 0.0,
) -> list[Point]:
    """Unit-space shape scaled, rotated (radians) and moved to (cx, cy)."""
    sy = sx if sy is None else sy
    c, s = math.cos(rot), math.sin(rot)
    return [(cx + (u * sx) * c - (v * sy) * s, cy + (u * sx) * s + (v * sy) * c) for u, v in shape]


# Unit motifs, in -1..1
SHAPE_PETAL = [(0.42 * math.sin(math.pi * k / 24), -1 + 2 * k / 24) for k in range(25)] + [
    (-0.42 * math.sin(math.pi * k / 24), 1 - 2 * k / 24) for k in range(1, 24)
]
SHAPE_PAISLEY = spline(
    [
        (0.55, -1.0),
        (0.7, -0.35),
        (0.62, 0.45),
        (0.1, 0.95),
        (-0.5, 0.7),
        (-0.62, 0.05),
        (-0.25, -0.45),
        (0.25, -0.7),
    ],
    n=8,
)
SHAPE_DIAMOND = [(0, -1), (0.6, 0), (0, 1), (-0.6, 0)]
SHAPE_ROSE_PETAL = spline(
    [
        (0, -1),
        (0.55, -0.75),
        (0.8, 0.0),
        (0.45, 0.75),
        (0, 1),
        (-0.45, 0.75),
        (-0.8, 0.0),
        (-0.55, -0.75),
    ],
    n=5,
)
SHAPE_LEAF = spline([(0, -1), (0.45, -0.2), (0.15, 0.7), (0, 1), (-0.15, 0.7), (-0.45, -0.2)], n=6)


def rosette(n: int = 8, depth: float = 0.35) -> list[Point]:
    pts = []
    for i in range(n * 12):
        a = i * TAU / (n * 12)
        r = 1 - depth + depth * abs(math.cos(n * a / 2))
        pts.append((r * math.cos(a), r * math.sin(a)))
    return pts


def star(n: int = 8, inner: float = 0.55) -> list[Point]:
    pts = []
    for i in range(2 * n):
        r = 1 if i % 2 == 0 else inner
        a = i * math.pi / n - math.pi / 2
        pts.append((r * math.cos(a), r * math.sin(a)))
    return pts


def circle_pts(n: int = 24) -> list[Point]:
    return [(math.cos(i * TAU / n), math.sin(i * TAU / n)) for i in range(n)]
