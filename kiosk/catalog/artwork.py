"""Illustrative product pictures, painted by code, for crafts that have no real photo yet."""

from __future__ import annotations

import csv
import hashlib
import math
import os
import random
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from kiosk.catalog import images

ILLUSTRATION_SIZE = (1440, 1080)

CREDIT = "Illustration: ODOP Expo kiosk team"
MEDIA_HEADER = (
    "product",
    "position",
    "display",
    "thumb",
    "width",
    "height",
    "credit",
    "alt_en",
    "alt_hi",
    "alt_ja",
    "illustrative",
)

SS = 2  # painted at twice the size and shrunk: the cheapest good antialiasing Pillow offers
W, H = ILLUSTRATION_SIZE[0] * SS, ILLUSTRATION_SIZE[1] * SS
BILINEAR = Image.Resampling.BILINEAR
TAU = math.tau

Color = tuple[int, int, int]
Stops = tuple[tuple[float, Color], ...]
Point = tuple[float, float]


# ---------------------------------------------------------------------------------------
# Colour and gradients


def rgb(code: str) -> Color:
    code = code.lstrip("#")
    return int(code[0:2], 16), int(code[2:4], 16), int(code[4:6], 16)


def mix(a: Color, b: Color, t: float) -> Color:
    return (
        round(a[0] + (b[0] - a[0]) * t),
        round(a[1] + (b[1] - a[1]) * t),
        round(a[2] + (b[2] - a[2]) * t),
    )


def dark(c: Color, t: float) -> Color:
    return mix(c, (0, 0, 0), t)


def light(c: Color, t: float) -> Color:
    return mix(c, (255, 255, 255), t)


def stops(*pairs) -> Stops:
    """Gradient stops from (position, colour) pairs; colours may be '#rrggbb'."""
    out = [(float(p), rgb(c) if isinstance(c, str) else tuple(c)) for p, c in pairs]
    return tuple(sorted(out))


def _sample(st: Stops, t: float) -> Color:
    if t <= st[0][0]:
        return st[0][1]
    for (p0, c0), (p1, c1) in zip(st, st[1:]):
        if t <= p1:
            return mix(c0, c1, (t - p0) / (p1 - p0) if p1 > p0 else 1.0)
    return st[-1][1]


@lru_cache(maxsize=1024)
def _luts(st: Stops, scale: float = 1.0) -> list[int]:
    """A 768-entry lookup table (R, G, B) mapping 0..255 to the gradient."""
    cols = [_sample(st, min(1.0, i / 255 * scale)) for i in range(256)]
    return [c[0] for c in cols] + [c[1] for c in cols] + [c[2] for c in cols]


def colorize(gray: Image.Image, st: Stops, scale: float = 1.0) -> Image.Image:
    """Map an L image (0 = first stop, 255 = last) through the gradient."""
    return gray.convert("RGB").point(_luts(st, scale))


@lru_cache(maxsize=64)
def _ramp_l(vertical: bool) -> Image.Image:
    data = bytes(range(256))
    return Image.frombytes("L", (1, 256) if vertical else (256, 1), data)


@lru_cache(maxsize=512)
def _strip(st: Stops, vertical: bool = False) -> Image.Image:
    return colorize(_ramp_l(vertical), st)


def hgrad(w: int, h: int, st: Stops) -> Image.Image:
    w, h = max(1, int(w)), max(1, int(h))
    # stretch the 256-pixel ramp once, then repeat the row (far cheaper than a 2-D resample)
    return _strip(st).resize((w, 1), BILINEAR).resize((w, h), Image.Resampling.NEAREST)


def vgrad(w: int, h: int, st: Stops) -> Image.Image:
    w, h = max(1, int(w)), max(1, int(h))
    return _strip(st, True).resize((1, h), BILINEAR).resize((w, h), Image.Resampling.NEAREST)


def field(w: int, h: int, f: Callable[[float, float], float], n: int = 48) -> Image.Image:
    """An L image of f(u, v) (u, v in 0..1, result 0..1), sampled coarsely and smoothed."""
    nw = max(2, min(n, int(w)))
    nh = max(2, min(n, int(h)))
    data = bytearray(nw * nh)
    for j in range(nh):
        v = j / (nh - 1)
        for i in range(nw):
            data[j * nw + i] = max(0, min(255, int(f(i / (nw - 1), v) * 255)))
    return Image.frombytes("L", (nw, nh), bytes(data)).resize((int(w), int(h)), BILINEAR)


def lingrad(w: int, h: int, st: Stops, angle: float = 90.0) -> Image.Image:
    """Linear gradient across a w x h box; angle 0 runs left to right, 90 top to bottom."""
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    ext = abs(ca) * w + abs(sa) * h

    def f(u, v):
        return ((u - 0.5) * w * ca + (v - 0.5) * h * sa) / ext + 0.5

    return colorize(field(w, h, f), st)


@lru_cache(maxsize=1)
def _radial_base() -> Image.Image:
    return Image.radial_gradient("L")


def radial_alpha(w: int, h: int, inner: float = 1.0, power: float = 1.6) -> Image.Image:
    """Alpha that is `inner` in the middle of the w x h ellipse and fades to 0 at its edge."""
    lut = [int(255 * inner * max(0.0, 1 - min(1.0, v / 181)) ** power) for v in range(256)]
    w, h = max(1, int(w)), max(1, int(h))
    small = _radial_base().resize((max(1, min(w, 256)), max(1, min(h, 256))), BILINEAR).point(lut)
    return small if small.size == (w, h) else small.resize((w, h), BILINEAR)


def scale_alpha(m: Image.Image, k: float) -> Image.Image:
    if k >= 1:
        return m
    return m.point([int(i * k) for i in range(256)])


# ---------------------------------------------------------------------------------------
# Shapes: an L mask placed at (x, y) on the canvas


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

    def _aligned(self, other: "Part") -> Image.Image:
        layer = Image.new("L", self.m.size, 0)
        layer.paste(other.m, (other.x - self.x, other.y - self.y))
        return layer

    def inter(self, other: "Part") -> "Part":
        return Part(ImageChops.multiply(self.m, self._aligned(other)), self.x, self.y)

    def minus(self, other: "Part") -> "Part":
        return Part(ImageChops.subtract(self.m, self._aligned(other)), self.x, self.y)

    def plus(self, other: "Part") -> "Part":
        x0, y0 = min(self.x, other.x), min(self.y, other.y)
        x1, y1 = max(self.box[2], other.box[2]), max(self.box[3], other.box[3])
        m = Image.new("L", (x1 - x0, y1 - y0), 0)
        m.paste(self.m, (self.x - x0, self.y - y0))
        o = Image.new("L", m.size, 0)
        o.paste(other.m, (other.x - x0, other.y - y0))
        return Part(ImageChops.lighter(m, o), x0, y0)

    def faded(self, k: float) -> "Part":
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


# ---------------------------------------------------------------------------------------
# Materials: left-to-right ramps across a round body lit from the upper left


def material(
    base: Color | str,
    gloss: float = 0.0,
    metal: bool = False,
    rim: float = 0.2,
    contrast: float = 1.0,
) -> Stops:
    b = rgb(base) if isinstance(base, str) else base
    k = contrast
    pts = [
        (0.0, dark(b, 0.62 * k)),
        (0.1, dark(b, 0.3 * k)),
        (0.3, light(b, 0.12 * k)),
        (0.48, b),
        (0.7, dark(b, 0.3 * k)),
        (0.88, dark(b, 0.52 * k)),
        (1.0, mix(dark(b, 0.4 * k), light(b, 0.3), rim)),
    ]
    if metal:
        pts = [
            (0.0, dark(b, 0.7)),
            (0.08, dark(b, 0.35)),
            (0.22, light(b, 0.15)),
            (0.3, light(b, 0.55)),
            (0.36, light(b, 0.2)),
            (0.5, dark(b, 0.12)),
            (0.64, dark(b, 0.5)),
            (0.78, dark(b, 0.62)),
            (0.9, mix(b, dark(b, 0.2), 0.5)),
            (1.0, dark(b, 0.55)),
        ]
    if gloss > 0:
        pts = [p for p in pts if not 0.2 < p[0] < 0.36]
        pts += [
            (0.2, light(b, 0.1)),
            (0.255, light(b, 0.25 + 0.3 * gloss)),
            (0.28, light(b, 0.45 + 0.5 * gloss)),
            (0.305, light(b, 0.25 + 0.3 * gloss)),
            (0.36, light(b, 0.05)),
        ]
    return tuple(sorted(pts))


BRASS = material("#c9962e", metal=True)
COPPER = material("#b5643a", metal=True)
SILVER = material("#b8bcc4", metal=True)
STEEL = material("#9aa3ad", metal=True)
GOLD = material("#d9aa3c", metal=True)


# ---------------------------------------------------------------------------------------
# The canvas


class Scene:
    def __init__(self, rng: random.Random, variant: int):
        self.rng = rng
        self.variant = variant
        self.img = Image.new("RGB", (W, H), (0, 0, 0))
        self.draw = ImageDraw.Draw(self.img)
        self.zoom: tuple[float, float, float] | None = (
            None  # (factor, centre x, centre y) as fractions
        )
        self.mirror = variant == 2  # the second photo is seen from the other side

    def fill(self, part: Part, src) -> None:
        """Paint part with a colour, or with an image the size of its mask."""
        if isinstance(src, str):
            src = rgb(src)
        if isinstance(src, tuple):
            self.img.paste(src, part.box, part.m)
        else:
            self.img.paste(src, (part.x, part.y), part.m)

    def grad(self, part: Part, st: Stops, angle: float = 90.0) -> None:
        if abs(angle - 90) < 1e-6:
            self.fill(part, vgrad(part.w, part.h, st))
        elif abs(angle) < 1e-6:
            self.fill(part, hgrad(part.w, part.h, st))
        else:
            self.fill(part, lingrad(part.w, part.h, st, angle))

    def shadow(
        self,
        part: Part,
        dx: float = 0,
        dy: float = 0,
        blur: float = 30,
        opacity: float = 0.5,
        color: Color = (12, 6, 4),
        sy: float = 1.0,
        shear: float = 0.0,
    ) -> None:
        """A soft shadow of part; sy < 1 flattens it towards its bottom edge, shear leans it."""
        f = 4
        pad = int(blur * 2.2 / f) + 2
        sw, sh = max(1, part.w // f), max(1, part.h // f)
        small = Image.new("L", (sw + 2 * pad, sh + 2 * pad), 0)
        m = part.m.resize((sw, sh), BILINEAR)
        if sy != 1.0 or shear:
            nh = max(1, int(sh * sy))
            m = m.resize((sw, nh), BILINEAR)
            canvas = Image.new("L", (sw, sh), 0)
            canvas.paste(m, (0, sh - nh))
            m = canvas
            if shear:
                m = m.transform(
                    m.size, Image.Transform.AFFINE, (1, shear, -shear * sh, 0, 1, 0), BILINEAR
                )
        small.paste(m, (pad, pad))
        small = small.filter(ImageFilter.GaussianBlur(blur / f))
        small = scale_alpha(small, opacity)
        big = small.resize((small.width * f, small.height * f), BILINEAR)
        self.img.paste(
            color,
            (
                int(part.x - pad * f + dx),
                int(part.y - pad * f + dy),
                int(part.x - pad * f + dx) + big.width,
                int(part.y - pad * f + dy) + big.height,
            ),
            big,
        )

    def contact(
        self,
        cx: float,
        y: float,
        rx: float,
        ry: float,
        opacity: float = 0.55,
        blur: float | None = None,
        color: Color = (10, 5, 3),
    ) -> None:
        """The dark, soft ellipse where an object touches its surface."""
        self.shadow(
            ell(cx, y, rx, ry),
            blur=blur if blur is not None else ry * 1.2,
            opacity=opacity,
            color=color,
        )

    def glow(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        color: Color | str,
        strength: float = 0.6,
        power: float = 1.6,
    ) -> None:
        if isinstance(color, str):
            color = rgb(color)
        m = radial_alpha(2 * rx, 2 * ry, strength, power)
        x0, y0 = int(cx - rx), int(cy - ry)
        self.img.paste(color, (x0, y0, x0 + m.width, y0 + m.height), m)

    def line(self, pts: Sequence[Point], color: Color, width: float) -> None:
        self.draw.line([tuple(p) for p in pts], fill=color, width=max(1, int(width)), joint="curve")

    def finish(self, vignette: float = 0.55) -> Image.Image:
        src = self.img
        if self.zoom:
            k, zx, zy = self.zoom
            cw, ch = W / k, H / k
            x0 = min(max(0.0, zx * W - cw / 2), W - cw)
            y0 = min(max(0.0, zy * H - ch / 2), H - ch)
            src = src.crop((int(x0), int(y0), int(x0 + cw), int(y0 + ch)))
        if self.mirror:
            src = src.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
        if src.size == (W, H):
            out = src.reduce(SS)  # a box filter: the plain resolve of supersampling
        else:
            out = src.resize(ILLUSTRATION_SIZE, Image.Resampling.LANCZOS)
        out.paste((8, 4, 2), (0, 0) + ILLUSTRATION_SIZE, _vignette(vignette))
        return out


@lru_cache(maxsize=4)
def _vignette(strength: float) -> Image.Image:
    w, h = ILLUSTRATION_SIZE

    def f(u, v):
        d = math.hypot((u - 0.5) * 1.0, (v - 0.47) * 1.15) / 0.72
        return strength * max(0.0, min(1.0, (d - 0.45) / 0.7)) ** 1.8

    return field(w, h, f, n=64)


# ---------------------------------------------------------------------------------------
# Round bodies: vessels, bottles, drums, rolls


def _interp(prof: Sequence[tuple[float, float]], t: float) -> float:
    """Smooth (Catmull-Rom) interpolation of a profile [(t, r), ...] at t."""
    if t <= prof[0][0]:
        return prof[0][1]
    if t >= prof[-1][0]:
        return prof[-1][1]
    for i in range(len(prof) - 1):
        t0, r0 = prof[i]
        t1, r1 = prof[i + 1]
        if t <= t1:
            u = (t - t0) / (t1 - t0) if t1 > t0 else 0
            m0 = (r1 - prof[i - 1][1]) / (t1 - prof[i - 1][0]) * (t1 - t0) if i > 0 else r1 - r0
            m1 = (
                (prof[i + 2][1] - r0) / (prof[i + 2][0] - t0) * (t1 - t0)
                if i + 2 < len(prof)
                else r1 - r0
            )
            u2, u3 = u * u, u * u * u
            return (
                (2 * u3 - 3 * u2 + 1) * r0
                + (u3 - 2 * u2 + u) * m0
                + (-2 * u3 + 3 * u2) * r1
                + (u3 - u2) * m1
            )
    return prof[-1][1]


class Body:
    """A body of revolution standing upright, seen slightly from above.

    prof lists (t, r): t from 0 at the rim to 1 at the foot, r as a fraction of `radius`.
    """

    def __init__(
        self,
        cx: float,
        top: float,
        bottom: float,
        radius: float,
        prof: Sequence[tuple[float, float]],
        tilt: float = 0.16,
        steps: int = 90,
    ):
        self.cx, self.top, self.bottom, self.radius, self.tilt = cx, top, bottom, radius, tilt
        self.prof = list(prof)
        self.ts = [i / (steps - 1) for i in range(steps)]
        self.rs = [max(1.0, _interp(self.prof, t) * radius) for t in self.ts]
        self.part = self._silhouette()

    def y(self, t: float) -> float:
        return self.top + t * (self.bottom - self.top)

    def r(self, t: float) -> float:
        return max(1.0, _interp(self.prof, t) * self.radius)

    def _silhouette(self) -> Part:
        cx, tilt = self.cx, self.tilt
        r0, rb = self.rs[0], self.rs[-1]
        left = [(cx - r, self.y(t)) for t, r in zip(self.ts, self.rs)]
        right = [(cx + r, self.y(t)) for t, r in zip(self.ts, self.rs)][::-1]
        foot = [
            (cx - rb * math.cos(a), self.bottom + rb * tilt * math.sin(a))
            for a in [i * math.pi / 24 for i in range(25)]
        ]
        rim = [
            (cx + r0 * math.cos(a), self.top - r0 * tilt * math.sin(a))
            for a in [i * math.pi / 24 for i in range(25)]
        ]
        return poly(left + foot + right + rim)

    def _row_radius(self, y: float) -> float:
        if y <= self.top:
            return self.rs[0]
        if y >= self.bottom:
            return self.rs[-1]
        return self.r((y - self.top) / (self.bottom - self.top))

    def shade(self, st: Stops, step: int = 3) -> Image.Image:
        """The body painted with the ramp st laid across its width, row by row."""
        p = self.part
        img = Image.new("RGB", p.m.size, _sample(st, 0.5))
        strip = _strip(st)
        rows: dict[int, Image.Image] = {}
        for yy in range(0, p.h, step):
            r = self._row_radius(p.y + yy + step / 2)
            width = max(1, int(2 * r))
            if width not in rows:
                rows[width] = strip.resize((width, 1), BILINEAR).resize(
                    (width, step), Image.Resampling.NEAREST
                )
            img.paste(rows[width], (int(self.cx - r - p.x), yy))
        return img

    def render(
        self,
        st: Stops,
        layers: Iterable[tuple[Stops, Callable]] = (),
        top_dark: float = 0.35,
        foot_dark: float = 0.25,
    ) -> Image.Image:
        """The painted body, the size of its mask; each layer is (ramp, fn(draw, body))
        drawing a decoration mask in the ramp's colours."""
        p = self.part
        img = self.shade(st)
        for lst, fn in layers:
            m = Image.new("L", p.m.size, 0)
            fn(ImageDraw.Draw(m), self)
            img.paste(self.shade(lst), (0, 0), m)
        # ambient occlusion: a touch darker under the rim and towards the foot
        span = max(1.0, self.bottom - self.top)

        def occl(u, v):
            y = p.y + v * p.h
            t = (y - self.top) / span
            return max(top_dark * max(0.0, 1 - t * 6), foot_dark * max(0.0, (t - 0.7) / 0.3))

        img.paste((0, 0, 0), (0, 0), field(p.w, p.h, occl, 32))
        return img

    def paint(
        self,
        sc: Scene,
        st: Stops,
        layers: Iterable[tuple[Stops, Callable]] = (),
        top_dark: float = 0.35,
        foot_dark: float = 0.25,
        alpha: float = 1.0,
    ) -> None:
        img = self.render(st, layers, top_dark, foot_dark)
        sc.fill(self.part if alpha >= 1 else self.part.faded(alpha), img)

    # Decoration helpers, in the mask's local coordinates
    def local(self, x: float, y: float) -> Point:
        return x - self.part.x, y - self.part.y

    def band(self, d: ImageDraw.ImageDraw, t: float, width: float) -> None:
        """A horizontal band around the body centred at t, `width` pixels high."""
        y, r = self.y(t), self.r(t)
        pts_top, pts_bot = [], []
        for i in range(33):
            a = math.pi * i / 32
            x = self.cx - r * math.cos(a)
            yy = y + r * self.tilt * math.sin(a)
            pts_top.append(self.local(x, yy - width / 2))
            pts_bot.append(self.local(x, yy + width / 2))
        d.polygon(pts_top + pts_bot[::-1], fill=255)

    def around(self, t: float, n: int, phase: float = 0.0) -> list[tuple[float, float, float]]:
        """(x, y, foreshortening) of n evenly spaced points round the front at height t."""
        y, r = self.y(t), self.r(t)
        out = []
        for i in range(n * 2):
            a = (i + phase) * TAU / (2 * n) - math.pi
            c = math.cos(a)
            if c > 0.12:
                out.append((self.cx + r * math.sin(a), y + r * self.tilt * c, c))
        return out

    def motifs(
        self,
        d: ImageDraw.ImageDraw,
        t: float,
        n: int,
        shape: Sequence[Point],
        size: float,
        phase: float = 0.0,
        rot: float = 0.0,
    ) -> None:
        for x, y, c in self.around(t, n, phase):
            pts = xform(shape, x, y, size * c, size, rot)
            d.polygon([self.local(px, py) for px, py in pts], fill=255)

    def rim(self, sc: Scene, inside: Color, lip: Stops, thick: float = 0.06) -> None:
        """The open mouth: a dark inside and a lit lip."""
        r0 = self.rs[0]
        ry = r0 * self.tilt
        outer = ell(self.cx, self.top, r0, ry)
        sc.fill(outer, hgrad(outer.w, outer.h, lip))
        inner = ell(self.cx, self.top + ry * thick * 0.5, r0 * (1 - thick), ry * (1 - thick * 1.6))
        sc.fill(inner, vgrad(inner.w, inner.h, stops((0, dark(inside, 0.55)), (1, inside))))


def place_rotated(
    sc: Scene,
    img: Image.Image,
    mask: Image.Image,
    cx: float,
    cy: float,
    angle: float,
    shadow: float = 0.0,
) -> Part:
    """Paste a picture and its mask rotated by angle (degrees) and centred on (cx, cy)."""
    if angle:
        img = img.rotate(angle, BILINEAR, expand=True)
        mask = mask.rotate(angle, BILINEAR, expand=True)
    p = Part(mask, int(cx - mask.width / 2), int(cy - mask.height / 2))
    if shadow:
        sc.shadow(p, mask.height * 0.04, mask.height * 0.08, mask.height * 0.06, shadow)
    sc.fill(p, img)
    return p


def hcyl(
    sc: Scene,
    x0: float,
    x1: float,
    cy: float,
    r: float,
    st: Stops,
    end: bool = True,
    tilt: float = 0.3,
) -> Part:
    """A horizontal cylinder (a roll, a flute) lit from above; returns its mask."""
    body = rect(x0, cy - r, x1, cy + r)
    sc.fill(body, vgrad(body.w, body.h, st))
    if end:
        cap = ell(x1, cy, r * tilt, r)
        sc.fill(
            cap, lingrad(cap.w, cap.h, stops((0, _sample(st, 0.25)), (1, _sample(st, 0.8))), 60)
        )
    return body


# ---------------------------------------------------------------------------------------
# Staging: wall, niche, table, light


def arch_points(cx: float, base: float, w: float, spring: float, cusps: int = 0) -> list[Point]:
    """A pointed (two-centred) Mughal arch, optionally cusped, from the base line up."""
    x0 = cx - w / 2
    R = 0.74 * w
    a_end = math.acos((w / 2 - R) / R)
    arc = []
    n = 40
    for i in range(n + 1):
        a = math.pi - (math.pi - a_end) * i / n
        rr = R
        if cusps:
            rr = R - 0.045 * w * abs(math.sin((math.pi - a) / (math.pi - a_end) * cusps * math.pi))
        arc.append((x0 + R + rr * math.cos(a), spring - rr * math.sin(a)))
    right = [(2 * cx - x, y) for x, y in reversed(arc)]
    return [(x0, base)] + arc + right[1:] + [(x0 + w, base)]


def backdrop(
    sc: Scene,
    wall: Stops,
    floor: Stops,
    horizon: float = 0.66,
    glow: Color | str | None = None,
    glow_at: Point = (0.5, 0.42),
    edge: float | None = 0.9,
    edge_color: Color | None = None,
) -> float:
    """Wall, table top and its front edge; returns the horizon's y."""
    hy = int(H * horizon)
    if isinstance(glow, str):
        glow = rgb(glow)
    k = 8  # all of it is smooth: paint it at an eighth of the size and enlarge it

    def lay(
        img: Image.Image,
        top: int,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        color: Color,
        strength: float,
        power: float,
    ) -> None:
        m = radial_alpha(2 * rx / k, 2 * ry / k, strength, power)
        x0, y0 = int(cx / k - m.width / 2), int((cy - top) / k - m.height / 2)
        img.paste(color, (x0, y0, x0 + m.width, y0 + m.height), m)

    for top, bottom, st in ((0, hy, wall), (hy, H, floor)):
        img = vgrad(W // k, max(2, (bottom - top) // k), st)
        if glow is not None:
            lay(img, top, W * glow_at[0], H * glow_at[1], W * 0.42, H * 0.5, glow, 0.5, 1.3)
        # where wall meets table: a soft crease of shade
        lay(img, top, W / 2, hy, W * 0.8, H * 0.025, dark(_sample(floor, 0), 0.6), 0.35, 1.0)
        sc.img.paste(img.resize((W, bottom - top), BILINEAR), (0, top))
    if edge is not None:
        ey = int(H * edge)
        fc = edge_color or dark(_sample(floor, 1), 0.35)
        sc.img.paste(
            vgrad(W, H - ey, stops((0, light(fc, 0.25)), (0.08, fc), (1, dark(fc, 0.5)))), (0, ey)
        )
        sc.img.paste(light(_sample(floor, 1), 0.25), (0, ey - 2, W, ey + 2))
    return hy


def niche(
    sc: Scene,
    cx: float,
    base: float,
    w: float,
    spring: float,
    inner: Stops,
    frame: Color,
    cusps: int = 7,
    frame_w: float = 18,
) -> Part:
    """An arched niche set into the wall, lit from the upper left."""
    outer = poly(arch_points(cx, base, w + 2 * frame_w, spring, cusps))
    sc.shadow(outer, 10, 14, 26, 0.35)
    sc.grad(outer, stops((0, light(frame, 0.2)), (1, dark(frame, 0.25))), 30)
    hole = poly(arch_points(cx, base, w, spring, cusps))
    sc.fill(hole, vgrad(hole.w, hole.h, inner))
    # inner shadow from the rim: darker along the top and left inside edges
    f = 4
    sm = hole.m.resize((max(1, hole.w // f), max(1, hole.h // f)), BILINEAR)
    inv = ImageChops.invert(sm).transform(
        sm.size, Image.Transform.AFFINE, (1, 0, -18 / f * SS, 0, 1, -22 / f * SS)
    )
    inv = inv.filter(ImageFilter.GaussianBlur(14 / f * SS))
    sh = ImageChops.multiply(inv, sm).resize(hole.m.size, BILINEAR)
    sc.fill(Part(scale_alpha(sh, 0.75), hole.x, hole.y), (6, 3, 2))
    return hole


def pedestal(
    sc: Scene, cx: float, top: float, rx: float, height: float, base: Color, tilt: float = 0.16
) -> float:
    """A round low pedestal; returns the y of its top face's centre."""
    body = Body(cx, top, top + height, rx, [(0, 1), (1, 1)], tilt)
    sc.contact(cx, top + height + rx * tilt * 0.4, rx * 1.05, rx * tilt * 1.1, 0.6)
    body.paint(sc, material(base, contrast=0.8), top_dark=0.0, foot_dark=0.2)
    face = ell(cx, top, rx, rx * tilt)
    sc.fill(face, lingrad(face.w, face.h, stops((0, light(base, 0.22)), (1, dark(base, 0.12))), 20))
    return top


def petals(
    sc: Scene,
    x0: float,
    x1: float,
    y0: float,
    y1: float,
    colors: Sequence[Color],
    n: int,
    size: float,
    shape: Sequence[Point] = SHAPE_ROSE_PETAL,
) -> None:
    """Rose petals strewn on the table, flattened by perspective."""
    rng = sc.rng
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        s = size * rng.uniform(0.7, 1.2)
        c = rng.choice(colors)
        rot = rng.uniform(0, TAU)
        pts = [(px, y + (py - y) * 0.5) for px, py in xform(shape, x, y, s * 0.8, s, rot)]
        p = poly(pts)
        sc.shadow(p, s * 0.1, s * 0.2, s * 0.2, 0.4)
        sc.grad(p, stops((0, light(c, 0.3)), (0.6, c), (1, dark(c, 0.3))), math.degrees(rot) % 180)


def marigold(sc: Scene, cx: float, cy: float, r: float, c: Color = (240, 140, 20)) -> None:
    p = ell(cx, cy, r, r * 0.7)
    sc.shadow(p, 6, 10, 10, 0.4)
    for k, (rr, col) in enumerate(
        ((1.0, dark(c, 0.25)), (0.82, c), (0.6, light(c, 0.2)), (0.38, light(c, 0.35)))
    ):
        pts = xform(rosette(14 + 2 * k, 0.25), cx, cy - r * 0.08 * k, r * rr, r * rr * 0.7, k * 0.3)
        sc.grad(poly(pts), stops((0, light(col, 0.15)), (1, dark(col, 0.2))), 60)


# ---------------------------------------------------------------------------------------
# Cloth: flat designs and drapes


def cloth_design(
    rng: random.Random,
    w: int,
    h: int,
    base: Color,
    zari: Color,
    accent: Color,
    motif: Sequence[Point] = SHAPE_PAISLEY,
    spacing: float = 0.25,
    border: float = 0.16,
    pallu: float = 0.0,
    motif_size: float = 0.3,
) -> Image.Image:
    """A flat woven design: ground with a half-drop grid of butas, a brocade border along
    the bottom and an optional dense pallu at the right end."""
    img = vgrad(w, h, stops((0, light(base, 0.06)), (1, dark(base, 0.08))))
    d = ImageDraw.Draw(img)
    s = spacing * h
    body_h = h * (1 - border)
    row = 0
    y = s * 0.5
    buta = mix(zari, base, 0.18)
    while y < body_h - s * 0.3:
        x = s * (0.5 if row % 2 else 0.0)
        while x < w + s:
            d.polygon(xform(motif, x, y, s * motif_size, s * motif_size, 0.5), fill=buta)
            ((ex, ey),) = xform([(0.02, 0.3)], x, y, s * motif_size, s * motif_size, 0.5)
            d.ellipse((ex - s * 0.045, ey - s * 0.045, ex + s * 0.045, ey + s * 0.045), fill=accent)
            x += s
        y += s * 0.75
        row += 1
    # border: guard lines, a wide zari band with leaves, a fine edge
    by = body_h
    bh = h - by
    d.rectangle((0, by, w, by + bh * 0.05), fill=zari)
    d.rectangle((0, by + bh * 0.1, w, by + bh * 0.14), fill=accent)
    d.rectangle((0, by + bh * 0.2, w, by + bh * 0.82), fill=zari)
    leaf = bh * 0.24
    x = leaf
    k = 0
    while x < w + leaf:
        cy = by + bh * 0.51
        d.polygon(xform(SHAPE_LEAF, x, cy, leaf * 0.7, leaf, 0.6 if k % 2 else -0.6), fill=base)
        d.ellipse(
            (x + leaf * 0.75, cy - leaf * 0.16, x + leaf * 1.07, cy + leaf * 0.16), fill=accent
        )
        x += leaf * 1.8
        k += 1
    d.rectangle((0, by + bh * 0.88, w, by + bh * 0.92), fill=accent)
    if pallu > 0:
        px = int(w * (1 - pallu))
        d.rectangle((px, 0, w, by), fill=dark(base, 0.12))
        stripe = max(4, int(h * 0.012))
        d.rectangle((px, 0, px + stripe * 3, by), fill=zari)
        d.rectangle((px + stripe * 4, 0, px + stripe * 5, by), fill=accent)
        big = s * 1.3
        yy = big * 0.75
        col = 0
        while yy < by - big * 0.4:
            xx = px + stripe * 8 + big * (0.9 if col % 2 else 0.5)
            while xx < w:
                d.polygon(xform(SHAPE_PAISLEY, xx, yy, big * 0.42, big * 0.42, 0.5), fill=zari)
                d.polygon(xform(SHAPE_PAISLEY, xx, yy, big * 0.22, big * 0.22, 0.5), fill=accent)
                xx += big * 1.1
            yy += big * 0.9
            col += 1
    return img


def drape(
    flat: Image.Image,
    out_w: int,
    out_h: int,
    rng: random.Random,
    folds: float = 5.0,
    amp: float = 0.035,
    hem: float = 0.05,
    sheen: float = 0.3,
) -> tuple[Image.Image, Image.Image]:
    """Hang a flat design in vertical folds: returns (picture, mask), out_w x out_h."""
    n = max(90, out_w // 4)  # narrow strips: the hem steps by a pixel or two, not by a dozen
    ph = [rng.uniform(0, TAU) for _ in range(3)]

    def z(u: float) -> float:
        return (
            math.sin(u * folds * TAU + ph[0])
            + 0.25 * math.sin(u * folds * 2.1 * TAU + ph[1])
            + 0.3 * math.sin(u * folds * 0.5 * TAU + ph[2])
        ) / 1.55

    xs = [out_w * i / n for i in range(n + 1)]
    zs = [z(i / n) * amp * out_w for i in range(n + 1)]
    lengths = [0.0]
    for i in range(n):
        lengths.append(lengths[-1] + math.hypot(xs[i + 1] - xs[i], zs[i + 1] - zs[i]))
    us = [flat.width * run / lengths[-1] for run in lengths]
    src = flat.convert("RGBA")
    mesh = []
    for i in range(n):
        bottom = out_h * (1 - hem) + hem * out_h * (0.5 + 0.5 * zs[i] / (amp * out_w + 1e-6))
        box = (int(xs[i]), 0, int(math.ceil(xs[i + 1])), int(bottom))
        quad = (us[i], 0, us[i], flat.height, us[i + 1], flat.height, us[i + 1], 0)
        mesh.append((box, quad))
    out = src.transform((out_w, out_h), Image.Transform.MESH, mesh, BILINEAR)
    # light from the upper left: shade each fold by its slope
    shade = bytearray()
    spec = bytearray()
    for i in range(n + 1):
        j0, j1 = max(0, i - 1), min(n, i + 1)
        slope = (zs[j1] - zs[j0]) / max(1e-6, xs[j1] - xs[j0])
        nx, nz = -slope, 1.0
        norm = math.hypot(nx, nz)
        lam = max(0.0, (-0.55 * nx + 0.83 * nz) / norm)
        shade.append(int(255 * (0.42 + 0.58 * lam**1.5)))
        spec.append(int(255 * sheen * max(0.0, lam - 0.93) / 0.07))
    shade_img = Image.frombytes("L", (n + 1, 1), bytes(shade)).resize((out_w, out_h), BILINEAR)
    spec_img = Image.frombytes("L", (n + 1, 1), bytes(spec)).resize((out_w, out_h), BILINEAR)
    rgb_img = ImageChops.multiply(out.convert("RGB"), shade_img.convert("RGB"))
    rgb_img.paste((255, 250, 235), (0, 0), spec_img)
    return rgb_img, out.getchannel("A")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def warp(img: Image.Image, quad: Sequence[Point]) -> tuple[Part, Image.Image]:
    """Map img onto the canvas quad (top-left, top-right, bottom-right, bottom-left)."""
    x0, y0, x1, y1 = _bounds(quad, 1)
    w, h = img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (X, Y), (u, v) in zip(quad, src):
        X, Y = X - x0, Y - y0
        a.append([X, Y, 1, 0, 0, 0, -u * X, -u * Y])
        b.append(u)
        a.append([0, 0, 0, X, Y, 1, -v * X, -v * Y])
        b.append(v)
    coeffs = _solve(a, b)
    out = (img if img.mode == "RGBA" else img.convert("RGBA")).transform(
        (x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE, coeffs, BILINEAR
    )
    return Part(out.getchannel("A"), x0, y0), out.convert("RGB")


def folded_stack(
    sc: Scene,
    cx: float,
    base: float,
    fw: float,
    designs: Sequence[Image.Image],
    thick: float = 0.038,
    depth: float = 0.13,
) -> None:
    """Folded cloths piled on a table; each design shows its border along the fold."""
    rng = sc.rng
    ft, fd = H * thick, H * depth
    all_part = rect(cx - fw / 2, base - ft * len(designs) - fd, cx + fw / 2, base)
    sc.shadow(all_part, 30, 10, 40, 0.45)
    sc.contact(cx, base, fw * 0.55, ft * 0.5, 0.6)
    for k, flat in enumerate(designs):
        off = rng.uniform(-0.025, 0.025) * fw
        x0, x1 = cx - fw / 2 + off, cx + fw / 2 + off
        yb = base - k * ft
        inset = fw * 0.06
        top_quad = [
            (x0 + inset, yb - ft - fd),
            (x1 - inset, yb - ft - fd),
            (x1, yb - ft + 2),
            (x0, yb - ft + 2),
        ]
        crop = flat.crop((0, int(flat.height * 0.3), int(flat.width * 0.7), flat.height))
        part, pic = warp(crop, top_quad)
        shade = vgrad(pic.width, pic.height, stops((0, (165, 165, 165)), (1, (255, 255, 255))))
        sc.fill(part, ImageChops.multiply(pic, shade.convert("RGB")))
        front = rect(x0, yb - ft, x1, yb, ft * 0.42)
        # the fold shows the border: ground, a broad zari band and a fine coloured line
        ground = flat.getpixel((flat.width // 2, 2))
        zari = flat.getpixel((2, int(flat.height * 0.845)))
        line = flat.getpixel((2, int(flat.height * 0.848 + flat.height * 0.16 * 0.12)))
        band = Image.new("RGB", (front.w, front.h), ground)
        bd = ImageDraw.Draw(band)
        bd.rectangle((0, front.h * 0.3, front.w, front.h * 0.72), fill=zari)
        bd.rectangle((0, front.h * 0.78, front.w, front.h * 0.86), fill=line)
        fold = vgrad(
            front.w,
            front.h,
            stops((0, (255, 255, 255)), (0.35, (225, 225, 225)), (1, (95, 95, 95))),
        )
        sc.fill(front, ImageChops.multiply(band, fold.convert("RGB")))
        sc.fill(rect(x0 + ft * 0.3, yb - ft + 1, x1 - ft * 0.3, yb - ft + 4), (255, 240, 210))


def rod_stand(sc: Scene, x0: float, x1: float, y: float, floor: float, wood: Color) -> None:
    r = H * 0.012
    for x in (x0, x1):
        post = rect(x - r * 0.9, y, x + r * 0.9, floor)
        sc.shadow(post, 25, 0, 20, 0.35)
        sc.fill(post, hgrad(post.w, post.h, material(wood)))
        foot = ell(x, floor, r * 4, r * 1.1)
        sc.contact(x, floor + r * 0.5, r * 4.5, r * 1.3, 0.5)
        sc.fill(foot, hgrad(foot.w, foot.h, material(wood)))
    hcyl(sc, x0 - r * 2, x1 + r * 2, y, r, material(wood), end=False)
    for x in (x0 - r * 2, x1 + r * 2):
        sphere(sc, x, y, r * 1.8, wood, 0.3)


def sphere_img(size: float, base: Color, gloss: float = 0.0, sy: float = 1.0) -> Image.Image:
    """A ball lit from the upper left, on a square image (mask it with an ellipse)."""
    st = stops(
        (0, light(base, 0.25 + 0.5 * gloss)),
        (0.12, light(base, 0.2)),
        (0.45, base),
        (0.85, dark(base, 0.5)),
        (1, dark(base, 0.35)),
    )

    def f(u, v):
        return min(1.0, math.hypot(u - 0.36, (v - 0.32)) / 0.9)

    return colorize(field(size, size * sy, f, 40), st)


def sphere(
    sc: Scene, cx: float, cy: float, r: float, base: Color, gloss: float = 0.0, sy: float = 1.0
) -> Part:
    p = ell(cx, cy, r, r * sy)
    sc.fill(p, sphere_img(p.w, base, gloss, p.h / max(1, p.w)))
    return p


# ---------------------------------------------------------------------------------------
# Solid things: boxes, plates, tubes, vessel decorations


def box3d(
    sc: Scene,
    x: float,
    base: float,
    w: float,
    h: float,
    d: float,
    front: Image.Image | Color,
    top: Image.Image | Color,
    side: Image.Image | Color | None = None,
    shadow: float = 0.5,
    radius: float = 0,
) -> list[Point]:
    """A box seen from the upper left: front face, top face, right side; returns the top quad."""
    dx, dy = d * 0.42, -d * 0.62
    fq = [(x, base - h), (x + w, base - h), (x + w, base), (x, base)]
    tq = [(x + dx, base - h + dy), (x + w + dx, base - h + dy), (x + w, base - h), (x, base - h)]
    rq = [(x + w, base - h), (x + w + dx, base - h + dy), (x + w + dx, base + dy), (x + w, base)]
    whole = poly([fq[3], fq[0], tq[0], tq[1], rq[2], fq[2]])
    if shadow:
        sc.shadow(whole, d * 0.35, 0, max(20, d * 0.4), shadow * 0.8)
        sc.contact(x + w / 2 + dx / 2, base + dy / 2, w * 0.55 + dx / 2, -dy / 2 + h * 0.03, shadow)
    for quad, src, tone in ((fq, front, 0.0), (tq, top, -0.12), (rq, side, 0.42)):
        if src is None:
            src = front
        if isinstance(src, tuple):
            c = light(src, -tone) if tone < 0 else dark(src, tone)
            part = poly(quad)
            sc.grad(part, stops((0, light(c, 0.08)), (1, dark(c, 0.12))), 90)
        else:
            img = src if quad is not rq or src is not front else src
            part, pic = warp(img, quad)
            if tone:
                pic = pic.point(lambda i, k=tone: max(0, min(255, int(i * (1 - k)))))
            sc.fill(part, pic)
    sc.line([fq[0], fq[1]], light(_avg(front), 0.35), SS * 1.5)
    return tq


def _avg(src: Image.Image | Color) -> Color:
    if isinstance(src, tuple):
        return src
    return src.resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))


def disc(
    sc: Scene,
    cx: float,
    cy: float,
    r: float,
    st: Stops,
    deco: Callable | None = None,
    deco_st: Stops | None = None,
    sy: float = 1.0,
    rot: float = 0.0,
    rim: float = 0.06,
    shadow: float = 0.5,
) -> Part:
    """A plate or medallion facing the viewer (sy < 1 tilts it back), lit from the upper left.
    deco(draw, cx, cy, r) draws a mask of the decoration in an unrotated 2r x 2r box."""
    size = int(2 * r) + 4
    m = Image.new("L", (size, size), 0)
    ImageDraw.Draw(m).ellipse((2, 2, size - 2, size - 2), fill=255)
    img = lingrad(size, size, st, 45)
    inner = Image.new("L", (size, size), 0)
    rr = r * (1 - rim)
    ImageDraw.Draw(inner).ellipse((r + 2 - rr, r + 2 - rr, r + 2 + rr, r + 2 + rr), fill=255)
    well = lingrad(size, size, tuple((1 - p, c) for p, c in reversed(st)), 45)
    img.paste(well, (0, 0), scale_alpha(inner, 0.55))
    if deco is not None:
        dm = Image.new("L", (size, size), 0)
        deco(ImageDraw.Draw(dm), r + 2, r + 2, r)
        img.paste(lingrad(size, size, deco_st or st, 45), (0, 0), dm)
    if sy != 1.0 or rot:
        nh = max(1, int(size * sy))
        img = img.resize((size, nh), BILINEAR)
        m = m.resize((size, nh), BILINEAR)
        if rot:
            img = img.rotate(rot, BILINEAR, expand=True)
            m = m.rotate(rot, BILINEAR, expand=True)
    p = Part(m, int(cx - m.width / 2), int(cy - m.height / 2))
    if shadow:
        sc.shadow(p, r * 0.12, r * 0.1, r * 0.15, shadow)
    sc.fill(p, img)
    return p


def radial_deco(rng: random.Random, rings: int = 3) -> Callable:
    """A mandala of rings, petals and a central rosette, for plates and medallions."""
    kinds = [rng.choice(["petal", "leaf", "dots", "rosette"]) for _ in range(rings)]
    counts = [rng.choice([12, 16, 20, 24]) for _ in range(rings)]

    def fn(d: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
        for i in range(rings):
            rr = r * (0.84 - i * 0.22)
            w = r * 0.012
            d.ellipse(
                (cx - rr - w, cy - rr - w, cx + rr + w, cy + rr + w),
                outline=255,
                width=max(2, int(w * 1.6)),
            )
            mr = rr - r * 0.09
            n = counts[i] - i * 4
            for k in range(n):
                a = k * TAU / n
                px, py = cx + mr * math.cos(a), cy + mr * math.sin(a)
                s = r * 0.065
                if kinds[i] == "petal":
                    d.polygon(xform(SHAPE_PETAL, px, py, s * 0.9, s, a + math.pi / 2), fill=255)
                elif kinds[i] == "leaf":
                    d.polygon(xform(SHAPE_PAISLEY, px, py, s, s, a), fill=255)
                elif kinds[i] == "dots":
                    d.ellipse(
                        (px - s * 0.35, py - s * 0.35, px + s * 0.35, py + s * 0.35), fill=255
                    )
                else:
                    d.polygon(xform(rosette(6, 0.4), px, py, s * 0.6, s * 0.6), fill=255)
        d.polygon(xform(rosette(8, 0.35), cx, cy, r * 0.16, r * 0.16), fill=255)

    return fn


def vessel_deco(rng: random.Random, busy: float = 1.0) -> Callable:
    """Bands round the neck and foot, a frieze of motifs on the shoulder, bold flowers on
    the belly: the common grammar of UP's brass, black pottery and blue pottery."""
    shoulder = rng.choice([SHAPE_PETAL, SHAPE_LEAF, SHAPE_DIAMOND])
    belly = rng.choice(["rosette", "paisley", "star", "vine"])
    n_belly = rng.choice([5, 6, 7])

    def fn(d: ImageDraw.ImageDraw, b: Body) -> None:
        for t, w in ((0.05, 0.012), (0.1, 0.006), (0.92, 0.01), (0.97, 0.005)):
            b.band(d, t, H * w)
        b.band(d, 0.3, H * 0.006)
        b.band(d, 0.78, H * 0.006)
        b.motifs(d, 0.35, 9, shoulder, H * 0.03 * busy)
        size = b.radius * 0.34
        if belly == "rosette":
            b.motifs(d, 0.54, n_belly, rosette(8, 0.38), size * 0.55)
        elif belly == "paisley":
            b.motifs(d, 0.54, n_belly, SHAPE_PAISLEY, size * 0.55)
        elif belly == "star":
            b.motifs(d, 0.54, n_belly, star(8, 0.5), size * 0.5)
        else:
            for x, y, c in b.around(0.54, n_belly * 2):
                pts = [
                    (
                        x + size * 0.9 * c * math.sin(k / 6 * TAU / 2),
                        y + size * 0.45 * math.sin(k / 6 * TAU),
                    )
                    for k in range(-6, 7)
                ]
                d.line(
                    [b.local(px, py) for px, py in pts], fill=255, width=max(2, int(size * 0.09))
                )
                d.polygon(
                    [
                        b.local(px, py)
                        for px, py in xform(
                            SHAPE_LEAF, x, y - size * 0.45, size * 0.3 * c, size * 0.4
                        )
                    ],
                    fill=255,
                )

    return fn


def tube(sc: Scene, pts: Sequence[Point], width: float, base: Color, gloss: float = 0.6) -> None:
    """A round rod along a polyline, lit from the upper left (chrome, brass, cane, clay)."""
    pts = spline(pts, closed=False, n=8) if len(pts) > 2 else list(pts)
    st = material(base, gloss=gloss)
    n = 12
    for k in range(n + 1):
        f = k / n
        o = -0.16 * width * f
        sc.line(
            [(x + o, y + o) for x, y in pts], _sample(st, 0.92 - 0.64 * f), width * (1 - 0.93 * f)
        )


def bottle_profile(kind: str) -> list[tuple[float, float]]:
    return {
        "surahi": [
            (0, 0.3),
            (0.04, 0.24),
            (0.28, 0.17),
            (0.42, 0.4),
            (0.62, 0.98),
            (0.82, 0.86),
            (0.95, 0.5),
            (1, 0.46),
        ],
        "vase": [(0, 0.62), (0.06, 0.48), (0.22, 0.46), (0.55, 1.0), (0.84, 0.72), (1, 0.5)],
        "pot": [(0, 0.52), (0.05, 0.46), (0.12, 0.56), (0.46, 1.0), (0.8, 0.8), (1, 0.4)],
        "lota": [(0, 0.58), (0.08, 0.42), (0.24, 0.5), (0.6, 1.0), (0.88, 0.76), (1, 0.52)],
        "bowl": [(0, 1.0), (0.4, 0.92), (0.85, 0.55), (1, 0.42)],
        "jar": [(0, 0.62), (0.06, 0.6), (0.12, 0.78), (0.3, 0.98), (0.85, 0.92), (1, 0.8)],
        "cylinder": [(0, 1.0), (1, 1.0)],
        "tumbler": [(0, 1.0), (1, 0.82)],
        "flask": [(0, 0.22), (0.3, 0.2), (0.42, 0.75), (0.55, 1.0), (0.92, 0.98), (1, 0.85)],
        "pitcher": [(0, 0.55), (0.1, 0.5), (0.3, 0.62), (0.65, 1.0), (0.9, 0.82), (1, 0.6)],
    }[kind]


def vessel(
    sc: Scene,
    cx: float,
    base: float,
    height: float,
    kind: str,
    st: Stops,
    layers: Sequence[tuple[Stops, Callable]] = (),
    open_top: bool = True,
    inside: Color = (20, 12, 8),
    tilt: float = 0.15,
    width: float = 0.62,
    shadow: float = 0.5,
    alpha: float = 1.0,
) -> Body:
    """A standing vessel whose foot rests on y = base; width is its radius / height."""
    r = height * width
    b = Body(cx, base - height, base, r, bottle_profile(kind), tilt)
    if shadow:
        sc.shadow(b.part, r * 0.35, r * 0.05, r * 0.45, shadow * 0.65)
        sc.contact(
            cx, base + b.rs[-1] * tilt * 0.6, b.rs[-1] * 1.15, b.rs[-1] * tilt * 1.2 + 6, shadow
        )
    b.paint(sc, st, layers, alpha=alpha)
    if open_top:
        b.rim(sc, inside, st)
    return b


# ---------------------------------------------------------------------------------------
# Crafts


def _has(name: str, *words: str) -> bool:
    return any(w in name for w in words)


ZARI = rgb("#dcae52")
SILKS = [
    (rgb("#9e1230"), ZARI, rgb("#1f7a4d")),
    (rgb("#a8175e"), ZARI, rgb("#f0b43c")),
    (rgb("#1d3f8f"), ZARI, rgb("#c2185b")),
    (rgb("#0f6b4f"), ZARI, rgb("#b3122e")),
    (rgb("#5b1f72"), ZARI, rgb("#e07a1f")),
    (rgb("#d9741c"), rgb("#f5d27a"), rgb("#7a1030")),
    (rgb("#0f6e78"), ZARI, rgb("#f08a24")),
    (rgb("#7a0f1c"), ZARI, rgb("#e8c66a")),
]
COTTONS = [
    (rgb("#f1e6cf"), rgb("#9b2f22"), rgb("#24406e")),
    (rgb("#e9d8b6"), rgb("#2c4f7c"), rgb("#b5462c")),
    (rgb("#f3ede0"), rgb("#2f6b4a"), rgb("#c0782a")),
    (rgb("#2b3f6b"), rgb("#e8dcc0"), rgb("#c9552e")),
]
WALLS = {
    "plum": stops((0, "#4a2436"), (1, "#24101a")),
    "teal": stops((0, "#1f4f52"), (1, "#0d2628")),
    "indigo": stops((0, "#283a6b"), (1, "#111a36")),
    "terracotta": stops((0, "#9a4a2e"), (1, "#4d2012")),
    "ochre": stops((0, "#b98a45"), (1, "#6b4620")),
    "sand": stops((0, "#d9c3a0"), (1, "#9c8260")),
    "olive": stops((0, "#56603a"), (1, "#262b17")),
    "maroon": stops((0, "#6e1f2a"), (1, "#2c0a10")),
    "charcoal": stops((0, "#3a3a40"), (1, "#17171b")),
    "saffron": stops((0, "#e7a33e"), (1, "#a85a18")),
    "rose": stops((0, "#b5626a"), (1, "#5e2530")),
    "midnight": stops((0, "#1d2440"), (1, "#080b18")),
    "sage": stops((0, "#8b9a7a"), (1, "#4a5640")),
    "cream": stops((0, "#efe3cc"), (1, "#c6b08a")),
}
TABLES = {
    "walnut": stops((0, "#5a3a24"), (1, "#2e1b0f")),
    "teak": stops((0, "#8a5a32"), (1, "#4a2c16")),
    "stone": stops((0, "#bfb2a0"), (1, "#7d7060")),
    "velvet_red": stops((0, "#6e1622"), (1, "#33070d")),
    "velvet_blue": stops((0, "#1d2b5a"), (1, "#0a1030")),
    "linen": stops((0, "#d8cbb2"), (1, "#a89677")),
    "dark": stops((0, "#2a2420"), (1, "#110d0a")),
    "green": stops((0, "#2d4a36"), (1, "#13231a")),
}
WOOD = rgb("#7a4a26")


def paint_textiles(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    light_cloth = _has(
        name,
        "stole",
        "scarf",
        "shawl",
        "dupatta",
        "furnish",
        "bedsheet",
        "sheet",
        "handloom",
        "cotton",
        "print",
        "block",
    )
    pool = COTTONS + SILKS[:3] if light_cloth and not _has(name, "silk", "sari") else SILKS
    picks = rng.sample(pool, 4)
    motif = SHAPE_PAISLEY if not _has(name, "print", "block", "sheet") else rosette(8, 0.3)
    designs = [cloth_design(rng, 1400, 700, b, z, a, motif, pallu=0.0) for b, z, a in picks[1:]]
    if v == 3:
        surface = rng.choice(["walnut", "linen"])
        sc.img.paste(lingrad(W, H, TABLES[surface], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 236, 200), 0.3)
        base, zari, acc = picks[0]
        flat = cloth_design(rng, 2200, 1200, base, zari, acc, motif, spacing=0.28, pallu=0.3)
        pic, mask = drape(flat, int(W * 0.8), int(H * 0.5), rng, folds=3.5, amp=0.018, hem=0.02)
        rot = rng.choice([-14, 12])
        pic = pic.rotate(rot, BILINEAR, expand=True)
        mask = mask.rotate(rot, BILINEAR, expand=True)
        p = Part(mask, int(W * 0.5 - pic.width / 2), int(H * 0.36 - pic.height / 2))
        sc.shadow(p, 24, 30, 40, 0.5)
        sc.fill(p, pic)
        folded_stack(sc, W * 0.7, H * 0.93, W * 0.34, designs[:2], thick=0.045, depth=0.14)
        for i in range(3):
            marigold(sc, W * (0.12 + 0.09 * i), H * (0.86 - 0.05 * (i % 2)), H * 0.035)
        return
    wall = rng.choice(["plum", "teal", "maroon"] if v == 1 else ["indigo", "olive", "charcoal"])
    hy = backdrop(
        sc,
        WALLS[wall],
        TABLES[rng.choice(["walnut", "teak"])],
        0.7,
        glow=(255, 214, 160),
        glow_at=(0.45 if v == 1 else 0.5, 0.4),
    )
    if v == 1:
        x0, x1 = W * 0.1, W * 0.52
        base, zari, acc = picks[0]
        flat = cloth_design(
            rng, 1500, 2000, base, zari, acc, motif, spacing=0.18, border=0.12, pallu=0.0
        )
        rod_stand(sc, x0, x1, H * 0.14, hy + H * 0.06, WOOD)
        pic, mask = drape(
            flat, int(x1 - x0), int(hy + H * 0.02 - H * 0.15), rng, folds=4, amp=0.05, hem=0.04
        )
        p = Part(mask, int(x0), int(H * 0.15))
        sc.shadow(p, 40, 20, 50, 0.5)
        sc.fill(p, pic)
        hcyl(sc, x0 - H * 0.024, x1 + H * 0.024, H * 0.14, H * 0.012, material(WOOD), end=False)
        folded_stack(sc, W * 0.74, H * 0.86, W * 0.36, designs, thick=0.05, depth=0.14)
        petals(
            sc, W * 0.06, W * 0.5, H * 0.8, H * 0.88, [rgb("#c21f3a"), rgb("#e8a020")], 7, H * 0.026
        )
    else:
        folded_stack(
            sc, W * 0.33, H * 0.84, W * 0.36, designs[:2] + [designs[2]], thick=0.05, depth=0.15
        )
        folded_stack(sc, W * 0.7, H * 0.88, W * 0.34, designs[::-1][:2], thick=0.05, depth=0.15)
        marigold(sc, W * 0.52, H * 0.9, H * 0.035)
        marigold(sc, W * 0.56, H * 0.93, H * 0.03)


def stage(
    sc: Scene,
    walls: Sequence[str],
    tables: Sequence[str],
    horizon: float = 0.7,
    arch: bool = False,
    glow_x: float = 0.5,
    edge: float | None = 0.9,
    arch_w: float = 0.36,
) -> float:
    """Wall, table and warm key light; with arch, an arched niche behind the hero."""
    rng = sc.rng
    wall = WALLS[rng.choice(list(walls))]
    top = wall[0][1]
    glow = mix(light(top, 0.5), (255, 206, 150), 0.5)
    hy = backdrop(sc, wall, TABLES[rng.choice(list(tables))], horizon, glow, (glow_x, 0.42), edge)
    if arch:
        niche(
            sc,
            W * glow_x,
            hy,
            W * arch_w,
            H * 0.5,
            stops((0, dark(top, 0.3)), (0.7, dark(top, 0.12)), (1, dark(top, 0.05))),
            light(top, 0.22),
            cusps=rng.choice([0, 7, 9]),
        )
        sc.glow(W * glow_x, H * 0.5, W * arch_w * 0.55, H * 0.38, glow, 0.35, 1.2)
    return hy


def vessel_scene(
    sc: Scene,
    mats: Sequence[Stops],
    decos: Sequence[Stops],
    kinds: Sequence[str],
    walls: Sequence[str],
    tables: Sequence[str],
    inside: Color = (20, 12, 8),
    busy: float = 1.0,
    alpha: float = 1.0,
    accents: Sequence[Color] = (),
    plate_mat: Stops | None = None,
) -> None:
    """A still life of vessels: a hero in a niche, a group, or a plate with a vessel."""
    rng, v = sc.rng, sc.variant
    kinds = list(kinds)
    rng.shuffle(kinds)

    def layers(i: int):
        return [(decos[i % len(decos)], vessel_deco(rng, busy))] if decos else []

    def one(cx, base, height, kind, i, shadow=0.5):
        if kind == "bowl":
            height *= 0.5
        width = {
            "surahi": 0.36,
            "vase": 0.38,
            "pot": 0.46,
            "lota": 0.44,
            "bowl": 0.95,
            "jar": 0.42,
            "cylinder": 0.4,
            "tumbler": 0.42,
            "flask": 0.34,
            "pitcher": 0.4,
        }[kind]
        return vessel(
            sc,
            cx,
            base,
            height,
            kind,
            mats[i % len(mats)],
            layers(i),
            inside=inside,
            width=width,
            alpha=alpha,
            shadow=shadow,
        )

    if v == 1:
        hy = stage(sc, walls, tables, 0.72, arch=True)
        top = pedestal(sc, W * 0.5, hy + H * 0.06, W * 0.15, H * 0.07, rgb("#d8c8a8"))
        one(W * 0.5, top, H * 0.54, kinds[0], 0)
        one(W * 0.79, H * 0.87, H * 0.36, "bowl", 1)
        if accents:
            petals(sc, W * 0.1, W * 0.32, H * 0.8, H * 0.88, accents, 6, H * 0.028)
    elif v == 2:
        stage(sc, walls, tables, 0.66, glow_x=0.5)
        one(W * 0.32, H * 0.8, H * 0.56, kinds[0], 0)
        one(W * 0.67, H * 0.82, H * 0.44, kinds[1 % len(kinds)], 1)
        one(W * 0.5, H * 0.88, H * 0.28, kinds[2 % len(kinds)], 2)
    else:
        stage(sc, walls, tables, 0.68, glow_x=0.42)
        disc(
            sc,
            W * 0.38,
            H * 0.45,
            H * 0.3,
            plate_mat or mats[1 % len(mats)],
            radial_deco(rng),
            decos[0] if decos else None,
            sy=0.96,
        )
        sc.contact(W * 0.38, H * 0.75, H * 0.22, H * 0.03, 0.5)
        one(W * 0.68, H * 0.87, H * 0.58, kinds[0], 0)
        if accents:
            for i in range(3):
                marigold(
                    sc, W * (0.14 + 0.075 * i), H * (0.83 + 0.035 * (i % 2)), H * 0.04, accents[0]
                )


ENAMELS = [
    material("#b3202e", gloss=0.6),
    material("#1d6b52", gloss=0.6),
    material("#1f4f9c", gloss=0.6),
]
ENGRAVED = material("#6b4a16", metal=True)


def padlock(sc: Scene, cx: float, base: float, w: float, metal: Color, shackle: Color) -> None:
    h = w * 0.95
    x0, x1, y0 = cx - w / 2, cx + w / 2, base - h
    # shackle first: it disappears into the body
    sw = w * 0.13
    arc = [(cx - w * 0.3, y0 + h * 0.1), (cx - w * 0.3, y0 - h * 0.32)]
    arc += [
        (cx - w * 0.3 * math.cos(a), y0 - h * 0.32 - w * 0.3 * math.sin(a))
        for a in [i * math.pi / 16 for i in range(1, 16)]
    ]
    arc += [(cx + w * 0.3, y0 - h * 0.32), (cx + w * 0.3, y0 + h * 0.1)]
    sc.shadow(poly(arc + [(cx, y0)]), w * 0.08, w * 0.02, w * 0.06, 0.3)
    tube(sc, arc, sw, shackle, 0.8)
    side = rect(x0 + w * 0.06, y0 + w * 0.02, x1 + w * 0.06, base + w * 0.02, w * 0.2)
    body = rect(x0, y0, x1, base, w * 0.2)
    sc.shadow(body, w * 0.12, w * 0.06, w * 0.12, 0.55)
    sc.fill(side, vgrad(side.w, side.h, stops((0, dark(metal, 0.35)), (1, dark(metal, 0.7)))))
    sc.fill(body, hgrad(body.w, body.h, material(metal, metal=True)))
    inset = rect(x0 + w * 0.07, y0 + w * 0.07, x1 - w * 0.07, base - w * 0.07, w * 0.14)
    sc.fill(
        inset.minus(rect(x0 + w * 0.09, y0 + w * 0.09, x1 - w * 0.09, base - w * 0.09, w * 0.12)),
        dark(metal, 0.45),
    )
    for ux in (0.2, 0.8):
        for uy in (0.2, 0.8):
            pts = xform(rosette(8, 0.4), x0 + w * ux, y0 + h * uy, w * 0.06, w * 0.06)
            sc.fill(poly(pts), dark(metal, 0.4))
    plate = poly(xform(rosette(12, 0.18), cx, y0 + h * 0.52, w * 0.24, w * 0.24))
    sc.shadow(plate, 4, 6, 8, 0.4)
    sc.fill(plate, lingrad(plate.w, plate.h, material(light(metal, 0.15), metal=True), 35))
    hole = poly(
        [
            (cx - w * 0.035, y0 + h * 0.5),
            (cx + w * 0.035, y0 + h * 0.5),
            (cx + w * 0.055, y0 + h * 0.66),
            (cx - w * 0.055, y0 + h * 0.66),
        ]
    )
    sc.fill(hole.plus(ell(cx, y0 + h * 0.47, w * 0.06, w * 0.06)), (18, 12, 6))


def key(sc: Scene, x: float, y: float, length: float, metal: Color, angle: float = -0.15) -> None:
    c, s = math.cos(angle), math.sin(angle)
    r = length * 0.16
    p = ring(x, y, r, r, r * 0.45)
    sc.shadow(p, 8, 10, 10, 0.45)
    sc.fill(p, lingrad(p.w, p.h, material(metal, metal=True), 30))
    end = (x + c * length, y + s * length)
    sc.shadow(poly([(x, y - 6), end, (end[0], end[1] + 8), (x, y + 6)]), 8, 12, 10, 0.4)
    tube(sc, [(x + c * r, y + s * r), end], length * 0.07, metal, 0.7)
    bx, by = x + c * length * 0.78, y + s * length * 0.78
    bit = poly(
        [
            (bx, by),
            (bx + c * length * 0.2, by + s * length * 0.2),
            (bx + c * length * 0.2 - s * length * 0.14, by + s * length * 0.2 + c * length * 0.14),
            (bx - s * length * 0.14, by + c * length * 0.14),
        ]
    )
    sc.fill(bit, lingrad(bit.w, bit.h, material(metal, metal=True), 0))


def bell(sc: Scene, cx: float, top: float, h: float, metal: Color, hang: float = 0.0) -> None:
    if hang:
        for k in range(int(hang / (h * 0.12))):
            yy = top - hang + k * h * 0.12
            p = ring(cx, yy + h * 0.06, h * 0.03, h * 0.06, h * 0.015)
            sc.fill(p, dark(metal, 0.3))
    b = Body(
        cx,
        top + h * 0.12,
        top + h,
        h * 0.5,
        [(0, 0.28), (0.25, 0.42), (0.6, 0.6), (0.88, 0.9), (1, 1.0)],
        0.22,
    )
    sc.shadow(b.part, h * 0.2, h * 0.1, h * 0.2, 0.4)
    sphere(sc, cx, top + h * 0.1, h * 0.11, metal, 0.6)
    b.paint(
        sc,
        material(metal, metal=True),
        [
            (
                material(dark(metal, 0.35), metal=True),
                lambda d, bb: (bb.band(d, 0.3, h * 0.03), bb.band(d, 0.85, h * 0.04)),
            )
        ],
        top_dark=0.0,
        foot_dark=0.1,
    )
    mouth = ell(cx, top + h, h * 0.5, h * 0.11)
    sc.fill(mouth, vgrad(mouth.w, mouth.h, stops((0, (25, 15, 5)), (1, dark(metal, 0.5)))))
    sphere(sc, cx + h * 0.05, top + h * 1.04, h * 0.09, dark(metal, 0.1), 0.5)


def gear(
    sc: Scene, cx: float, cy: float, r: float, teeth: int, metal: Color, rot: float = 0.0
) -> None:
    pts = []
    for i in range(teeth * 4):
        a = rot + i * TAU / (teeth * 4)
        rr = r if i % 4 in (1, 2) else r * 0.86
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    p = poly(pts).minus(ell(cx, cy, r * 0.22, r * 0.22))
    sc.shadow(p, r * 0.08, r * 0.1, r * 0.1, 0.55)
    sc.fill(p, lingrad(p.w, p.h, material(metal, metal=True), 40))
    face = ring(cx, cy, r * 0.72, r * 0.72, r * 0.1)
    sc.fill(face, lingrad(face.w, face.h, material(dark(metal, 0.2), metal=True), 220))
    for k in range(5):
        a = rot + k * TAU / 5
        hole = ell(cx + r * 0.47 * math.cos(a), cy + r * 0.47 * math.sin(a), r * 0.11, r * 0.11)
        sc.fill(hole, dark(metal, 0.65))
    hub = ring(cx, cy, r * 0.3, r * 0.3, r * 0.08)
    sc.fill(hub, lingrad(hub.w, hub.h, material(light(metal, 0.1), metal=True), 40))


def wheel(
    sc: Scene, cx: float, cy: float, r: float, wood: Color, iron: Color, spokes: int = 10
) -> None:
    for k in range(spokes):
        a = k * TAU / spokes + 0.1
        tube(
            sc,
            [
                (cx + r * 0.18 * math.cos(a), cy + r * 0.18 * math.sin(a)),
                (cx + r * 0.9 * math.cos(a), cy + r * 0.9 * math.sin(a)),
            ],
            r * 0.07,
            wood,
            0.2,
        )
    felloe = ring(cx, cy, r * 0.94, r * 0.94, r * 0.1)
    sc.shadow(felloe, r * 0.06, r * 0.06, r * 0.08, 0.5)
    sc.fill(felloe, lingrad(felloe.w, felloe.h, material(wood), 45))
    rim = ring(cx, cy, r, r, r * 0.07)
    sc.fill(rim, lingrad(rim.w, rim.h, material(iron, metal=True), 40))
    hub = ell(cx, cy, r * 0.2, r * 0.2)
    sc.fill(hub, sphere_img(hub.w, wood, 0.2))
    sc.fill(ring(cx, cy, r * 0.2, r * 0.2, r * 0.04), dark(iron, 0.2))
    sphere(sc, cx, cy, r * 0.07, iron, 0.6)


def paint_metalcraft(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    brass, steel = rgb("#c9962e"), rgb("#a7adb5")
    if _has(name, "lock", "hardware"):
        stage(
            sc,
            ["teal", "indigo", "maroon"] if v != 2 else ["charcoal", "olive"],
            ["walnut", "dark"],
            0.7,
            arch=v == 1,
        )
        if v == 2:
            for cx, w, m in ((0.3, 0.24, brass), (0.56, 0.18, steel), (0.76, 0.14, rgb("#b07a3a"))):
                padlock(sc, W * cx, H * 0.86, W * w, m, steel if m != steel else brass)
            key(sc, W * 0.12, H * 0.93, W * 0.14, brass, -0.05)
        else:
            padlock(
                sc,
                W * 0.5,
                H * 0.84,
                W * (0.3 if v == 1 else 0.36),
                brass if v == 1 else rgb("#b8862e"),
                steel,
            )
            key(sc, W * 0.7, H * 0.92, W * 0.16, brass, -0.2)
            if v == 3:
                key(sc, W * 0.14, H * 0.88, W * 0.12, steel, 0.1)
        return
    if _has(name, "bell", "ghungroo", "ghunghroo"):
        stage(sc, ["maroon", "indigo", "teal"], ["walnut", "velvet_red"], 0.74, arch=False)
        beam_y = H * 0.06
        sc.shadow(rect(0, beam_y - H * 0.03, W, beam_y + H * 0.03), 0, 20, 30, 0.5)
        hcyl(sc, -10, W + 10, beam_y, H * 0.03, material(WOOD), end=False)
        sizes = (
            [(0.3, 0.26, 0.3), (0.52, 0.34, 0.18), (0.73, 0.22, 0.34)]
            if v != 3
            else [(0.4, 0.36, 0.24), (0.68, 0.24, 0.3)]
        )
        for x, hh, drop in sizes:
            bell(
                sc,
                W * x,
                beam_y + H * drop,
                H * hh,
                brass if rng.random() < 0.7 else rgb("#b5643a"),
                hang=H * drop,
            )
        # a string of ghungroos across the table
        y0 = H * 0.9
        strap = [
            (W * (0.08 + 0.84 * i / 40), y0 + H * 0.03 * math.sin(i / 40 * TAU * 1.5))
            for i in range(41)
        ]
        sc.line(strap, rgb("#8c1d24"), H * 0.022)
        for i in range(0, 41, 2):
            x, y = strap[i]
            sc.shadow(ell(x, y, H * 0.016, H * 0.016), 4, 6, 6, 0.5)
            sphere(sc, x, y - H * 0.01, H * 0.017, brass, 0.7)
            sc.line(
                [(x - H * 0.008, y - H * 0.004), (x + H * 0.008, y - H * 0.004)], (40, 25, 8), 3
            )
        return
    if _has(name, "engineering", "gear", "machine"):
        stage(sc, ["charcoal", "indigo", "teal"], ["dark", "stone"], 0.68)
        metals = [steel, brass, rgb("#8a9099")]
        gear(sc, W * 0.4, H * 0.52, H * 0.26, 16, metals[v % 3], 0.05)
        gear(sc, W * 0.64, H * 0.4, H * 0.16, 10, metals[(v + 1) % 3], 0.15)
        gear(sc, W * 0.66, H * 0.74, H * 0.13, 9, metals[(v + 2) % 3], 0.3)
        return
    if _has(name, "rim", "axle", "wheel"):
        stage(sc, ["ochre", "sand", "olive"], ["teak", "stone"], 0.72)
        wheel(sc, W * 0.45, H * 0.5, H * 0.36, WOOD, rgb("#5a5f66"))
        if v == 3:
            sc.zoom = (1.4, 0.45, 0.5)
        hcyl(sc, W * 0.55, W * 0.92, H * 0.82, H * 0.035, material("#5a5f66", metal=True))
        return
    if _has(name, "tap", "sanitary", "fitting", "faucet"):
        stage(sc, ["sage", "cream", "charcoal"], ["stone"], 0.62)
        chrome = rgb("#c8ccd2")
        for cx, s in ((0.5, 1.5),) if v != 3 else ((0.42, 1.3), (0.8, 1.0)):
            base = H * 0.64
            col = Body(
                W * cx,
                base - H * 0.2 * s,
                base,
                H * 0.04 * s,
                [(0, 0.7), (0.8, 0.8), (1, 1.3)],
                0.2,
            )
            sc.shadow(col.part, 30, 10, 25, 0.4)
            col.paint(sc, material(chrome, metal=True), top_dark=0, foot_dark=0.1)
            x0 = W * cx
            spout = [
                (x0, base - H * 0.18 * s),
                (x0 + H * 0.02 * s, base - H * 0.27 * s),
                (x0 + H * 0.1 * s, base - H * 0.29 * s),
                (x0 + H * 0.17 * s, base - H * 0.23 * s),
                (x0 + H * 0.18 * s, base - H * 0.19 * s),
            ]
            tube(sc, spout, H * 0.04 * s, chrome, 1.0)
            tube(
                sc,
                [(x0 - H * 0.01, base - H * 0.22 * s), (x0 - H * 0.11 * s, base - H * 0.29 * s)],
                H * 0.026 * s,
                chrome,
                1.0,
            )
            sphere(sc, x0, base - H * 0.21 * s, H * 0.034 * s, chrome, 0.9)
            sx = x0 + H * 0.18 * s
            stream = rect(sx - H * 0.007 * s, base - H * 0.19 * s, sx + H * 0.007 * s, H * 0.72)
            sc.fill(
                stream.faded(0.4),
                hgrad(stream.w, stream.h, stops((0, "#9ec7e0"), (0.4, "#ffffff"), (1, "#7aa8c8"))),
            )
        basin = Body(W * 0.56, H * 0.68, H * 0.9, W * 0.29, [(0, 1.0), (0.5, 0.9), (1, 0.55)], 0.22)
        sc.shadow(basin.part, 30, 20, 40, 0.4)
        basin.paint(sc, material("#f1eee8", gloss=0.6, contrast=0.45), top_dark=0, foot_dark=0.15)
        basin.rim(sc, rgb("#b9b4aa"), material("#f7f5f0", gloss=0.6, contrast=0.3), thick=0.07)
        return
    if _has(name, "aluminium", "aluminum", "utensil", "cookware"):
        mats = [material("#c3c7cd", metal=True), material("#b5b9c0", metal=True)]
        vessel_scene(
            sc,
            mats,
            [],
            ["cylinder", "pot", "bowl", "tumbler"],
            ["teal", "terracotta", "indigo"],
            ["walnut", "teak"],
            inside=(60, 62, 66),
        )
        return
    decos = [ENGRAVED] + ([rng.choice(ENAMELS)] if rng.random() < 0.6 else [])
    mats = [BRASS, COPPER] if _has(name, "copper") else [BRASS, material("#d3a540", metal=True)]
    vessel_scene(
        sc,
        mats,
        decos,
        ["surahi", "vase", "lota", "pitcher", "pot"],
        ["teal", "indigo", "maroon", "charcoal"],
        ["walnut", "dark"],
        inside=(40, 24, 6),
        accents=[rgb("#e8891c"), rgb("#c21f3a")],
    )


TERRACOTTA = rgb("#b4532a")


def horse(
    sc: Scene,
    x: float,
    base: float,
    h: float,
    clay: Color,
    facing: int = 1,
    trim: Color = (236, 214, 170),
) -> None:
    """A Gorakhpur terracotta horse: sturdy tubular legs and body, a long upright neck,
    tall pointed ears and applied clay frills."""
    f = facing
    leg_h = h * 0.3
    body_y = base - leg_h - h * 0.1
    half = h * 0.24
    bx0, bx1 = x - f * half, x + f * half
    far = dark(clay, 0.28)
    sc.contact(x, base, h * 0.4, h * 0.04, 0.55)
    for lx in (bx0 + f * h * 0.07, bx1 - f * h * 0.03):
        tube(sc, [(lx, body_y), (lx + f * h * 0.01, base - h * 0.015)], h * 0.1, far, 0.2)
    tail = [
        (bx0 - f * h * 0.07, body_y - h * 0.06),
        (bx0 - f * h * 0.17, body_y - h * 0.02),
        (bx0 - f * h * 0.15, body_y + h * 0.15),
    ]
    tube(sc, tail, h * 0.045, dark(clay, 0.12), 0.2)
    neck = [
        (bx1 - f * h * 0.06, body_y),
        (bx1 + f * h * 0.04, body_y - h * 0.28),
        (bx1 + f * h * 0.07, body_y - h * 0.5),
    ]
    tube(sc, neck, h * 0.17, clay, 0.25)
    body = rect(
        min(bx0, bx1) - h * 0.08,
        body_y - h * 0.13,
        max(bx0, bx1) + h * 0.08,
        body_y + h * 0.13,
        h * 0.13,
    )
    sc.fill(body, vgrad(body.w, body.h, material(clay, contrast=0.9)))
    for lx in (bx0 - f * h * 0.01, bx1 + f * h * 0.02):
        tube(
            sc,
            [(lx, body_y + h * 0.04), (lx + f * h * 0.005, base - h * 0.01)],
            h * 0.115,
            clay,
            0.25,
        )
        foot = Body(lx + f * h * 0.005, base - h * 0.04, base, h * 0.07, [(0, 0.8), (1, 1.0)], 0.25)
        foot.paint(sc, material(dark(clay, 0.1)), top_dark=0)
    # head: a long muzzle pointing forward and a little down, tall ears
    hx, hy = neck[2][0], neck[2][1]
    head = poly(
        spline(
            [
                (hx - f * h * 0.09, hy - h * 0.04),
                (hx + f * h * 0.05, hy - h * 0.07),
                (hx + f * h * 0.22, hy + h * 0.03),
                (hx + f * h * 0.24, hy + h * 0.1),
                (hx + f * h * 0.12, hy + h * 0.13),
                (hx - f * h * 0.07, hy + h * 0.08),
            ],
            n=6,
        )
    )
    sc.fill(head, lingrad(head.w, head.h, material(clay, contrast=0.8), 70))
    for ex in (-0.05, 0.03):
        ear = poly(
            [
                (hx + f * h * (ex - 0.035), hy - h * 0.04),
                (hx + f * h * (ex + 0.01), hy - h * 0.24),
                (hx + f * h * (ex + 0.04), hy - h * 0.04),
            ]
        )
        sc.fill(ear, lingrad(ear.w, ear.h, material(clay), 0))
    sc.fill(ell(hx + f * h * 0.04, hy + h * 0.005, h * 0.02, h * 0.02), dark(clay, 0.7))
    sc.fill(ell(hx + f * h * 0.2, hy + h * 0.07, h * 0.012, h * 0.012), dark(clay, 0.6))
    # applied decoration: frill collars, a mane, a saddle cloth, studs
    for t in (0.2, 0.45, 0.7):
        px = neck[0][0] + (neck[2][0] - neck[0][0]) * t
        py = neck[0][1] + (neck[2][1] - neck[0][1]) * t
        for k in range(-4, 5):
            sc.fill(
                ell(px + k * h * 0.018 * f, py + abs(k) * h * 0.005, h * 0.014, h * 0.014),
                light(clay, 0.18) if k % 2 else dark(clay, 0.15),
            )
    for k in range(8):
        t = k / 8
        px = neck[0][0] + (neck[2][0] - neck[0][0]) * t - f * h * 0.09
        py = neck[0][1] + (neck[2][1] - neck[0][1]) * t
        sc.fill(poly(xform(SHAPE_PETAL, px, py, h * 0.02, h * 0.04, -f * 1.2)), dark(clay, 0.15))
    sx0, sx1 = x - h * 0.13, x + h * 0.11
    saddle = poly(
        [
            (sx0, body_y - h * 0.13),
            (sx1, body_y - h * 0.13),
            (sx1 + h * 0.03, body_y + h * 0.17),
            (sx0 - h * 0.03, body_y + h * 0.17),
        ]
    )
    sc.fill(saddle, vgrad(saddle.w, saddle.h, stops((0, dark(clay, 0.12)), (1, dark(clay, 0.42)))))
    for k in range(7):
        xx = sx0 - h * 0.02 + k * (sx1 - sx0 + h * 0.04) / 6
        sc.fill(poly(xform(SHAPE_PETAL, xx, body_y + h * 0.19, h * 0.014, h * 0.03)), trim)
    for k in range(5):
        sc.fill(
            ell(sx0 + h * 0.025 + k * (sx1 - sx0 - h * 0.03) / 4, body_y, h * 0.016, h * 0.016),
            trim,
        )
    for bx in (bx0, bx1):
        sc.fill(ring(bx, body_y + h * 0.02, h * 0.04, h * 0.04, h * 0.01), dark(clay, 0.2))


def elephant(sc: Scene, x: float, base: float, h: float, clay: Color, facing: int = 1) -> None:
    f = facing
    far = dark(clay, 0.3)
    sc.contact(x, base, h * 0.5, h * 0.045, 0.55)
    by = base - h * 0.55
    for lx in (-0.22, 0.16):
        tube(
            sc,
            [(x + f * h * (lx + 0.04), by), (x + f * h * (lx + 0.04), base - h * 0.02)],
            h * 0.13,
            far,
            0.2,
        )
    body = ell(x, by, h * 0.4, h * 0.28)
    sc.fill(body, sphere_img(body.w, clay, 0.15, body.h / body.w))
    for lx in (-0.26, 0.12):
        tube(sc, [(x + f * h * lx, by + h * 0.1), (x + f * h * lx, base)], h * 0.14, clay, 0.25)
    head = ell(x + f * h * 0.36, by - h * 0.12, h * 0.2, h * 0.2)
    trunk = [
        (x + f * h * 0.46, by - h * 0.05),
        (x + f * h * 0.54, by + h * 0.15),
        (x + f * h * 0.52, by + h * 0.32),
        (x + f * h * 0.6, by + h * 0.38),
    ]
    tube(sc, trunk, h * 0.09, clay, 0.25)
    sc.fill(head, sphere_img(head.w, clay, 0.15))
    ear = poly(
        xform(
            spline([(0, -1), (0.8, -0.6), (0.7, 0.6), (0, 1), (-0.3, 0)], n=6),
            x + f * h * 0.27,
            by - h * 0.08,
            h * 0.14 * f,
            h * 0.18,
        )
    )
    sc.fill(ear, lingrad(ear.w, ear.h, material(dark(clay, 0.1)), 0))
    sc.fill(ell(x + f * h * 0.42, by - h * 0.17, h * 0.02, h * 0.02), (40, 16, 8))
    cloth = poly(
        [
            (x - h * 0.15, by - h * 0.27),
            (x + h * 0.12, by - h * 0.27),
            (x + h * 0.16, by + h * 0.12),
            (x - h * 0.19, by + h * 0.12),
        ]
    )
    sc.fill(cloth, vgrad(cloth.w, cloth.h, stops((0, dark(clay, 0.2)), (1, dark(clay, 0.5)))))
    for k in range(6):
        sc.fill(
            ell(x - h * 0.17 + k * h * 0.065, by + h * 0.13, h * 0.016, h * 0.016), light(clay, 0.3)
        )


def diya(sc: Scene, cx: float, base: float, r: float, clay: Color, flame: bool = True) -> None:
    b = Body(cx, base - r * 0.45, base, r, [(0, 1.0), (0.5, 0.8), (1, 0.45)], 0.32)
    sc.contact(cx, base, r * 0.9, r * 0.12, 0.5)
    b.paint(sc, material(clay), top_dark=0, foot_dark=0.2)
    b.rim(sc, dark(clay, 0.6), material(light(clay, 0.1)), 0.12)
    oil = ell(cx, base - r * 0.42, r * 0.75, r * 0.22)
    sc.fill(oil, vgrad(oil.w, oil.h, stops((0, "#4a2a08"), (1, "#b07a1a"))))
    if flame:
        fx, fy = cx + r * 0.6, base - r * 0.5
        sc.glow(fx, fy - r * 0.5, r * 2.2, r * 2.2, (255, 190, 90), 0.45, 1.4)
        p = poly(
            xform(
                spline(
                    [(0, -1), (0.35, 0.2), (0.3, 0.7), (0, 0.9), (-0.3, 0.7), (-0.35, 0.2)], n=6
                ),
                fx,
                fy - r * 0.35,
                r * 0.18,
                r * 0.4,
            )
        )
        sc.fill(p, vgrad(p.w, p.h, stops((0, "#fff4c0"), (0.5, "#ffc23a"), (1, "#e0601a"))))


def paint_pottery(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "black", "nizamabad"):
        black = material("#1c1b1f", gloss=0.9, contrast=0.7)
        silver = material("#d6d6dc", metal=True)
        vessel_scene(
            sc,
            [black, material("#26242a", gloss=0.8, contrast=0.7)],
            [silver],
            ["vase", "surahi", "pot", "pitcher", "jar"],
            ["terracotta", "ochre", "saffron"],
            ["teak", "walnut"],
            inside=(8, 8, 10),
            busy=1.1,
            accents=[rgb("#e8891c")],
            plate_mat=material("#1c1b1f", gloss=0.6),
        )
        return
    if _has(name, "khurja", "ceramic", "blue", "porcelain", "glaze"):
        blue = material("#2456b0", gloss=0.9)
        teal = material("#177a8a", gloss=0.9)
        cream = material("#f0e6cf", gloss=0.8, contrast=0.6)
        white = material("#f7f1e3", gloss=0.7, contrast=0.5)
        mats = [blue, cream] if rng.random() < 0.5 else [teal, blue]
        decos = [white, material("#c0501e", gloss=0.5)] if mats[0] is not cream else [blue]
        vessel_scene(
            sc,
            mats,
            decos,
            ["vase", "jar", "pitcher", "pot", "surahi"],
            ["cream", "sand", "sage", "ochre"],
            ["linen", "teak"],
            inside=(40, 60, 90),
            plate_mat=material("#f0e6cf", gloss=0.6),
            accents=[rgb("#e8a020")],
        )
        return
    clay = light(TERRACOTTA, rng.uniform(0.0, 0.08))
    if v in (1, 3) or _has(name, "horse", "elephant", "figur"):
        hy = stage(sc, ["teal", "olive", "indigo", "sage"], ["teak", "walnut"], 0.72, arch=v == 1)
        if v == 1:
            top = pedestal(sc, W * 0.5, hy + H * 0.07, W * 0.17, H * 0.06, rgb("#d8c8a8"))
            horse(sc, W * 0.48, top + H * 0.005, H * 0.62, clay)
            diya(sc, W * 0.82, H * 0.93, H * 0.05, clay)
            diya(sc, W * 0.16, H * 0.92, H * 0.045, clay)
        else:
            elephant(sc, W * 0.7, H * 0.88, H * 0.42, clay, -1)
            horse(sc, W * 0.3, H * 0.9, H * 0.6, clay)
            diya(sc, W * 0.52, H * 0.95, H * 0.045, clay)
        return
    mats = [material(clay), material(dark(clay, 0.12))]
    decos = [material("#efe0c0", contrast=0.6), material("#4a1a0c")]
    vessel_scene(
        sc,
        mats,
        decos,
        ["pot", "surahi", "lota", "jar"],
        ["teal", "olive", "indigo"],
        ["teak", "walnut"],
        inside=(40, 14, 6),
        busy=0.9,
        accents=[rgb("#e8891c")],
    )


def bangle_stand(
    sc: Scene,
    cx: float,
    base: float,
    h: float,
    rx: float,
    colors: Sequence[Color],
    gold: Color = ZARI,
) -> None:
    rng = sc.rng
    post_w = rx * 0.42
    top = base - h
    sc.contact(cx, base, rx * 1.4, rx * 0.2, 0.55)
    foot = Body(cx, base - h * 0.06, base, rx * 1.2, [(0, 0.9), (1, 1.0)], 0.2)
    foot.paint(sc, material("#3a1014"), top_dark=0)
    face = ell(cx, base - h * 0.06, rx * 1.08, rx * 1.08 * 0.2)
    sc.fill(face, lingrad(face.w, face.h, material("#5a1a22"), 0))
    post = rect(cx - post_w / 2, top, cx + post_w / 2, base - h * 0.06)
    sc.fill(post, hgrad(post.w, post.h, material("#6e1622")))
    sphere(sc, cx, top, post_w * 0.7, rgb("#d9aa3c"), 0.7)
    step = rx * 0.2
    n = int(h * 0.86 / step)
    sets = []
    while len(sets) < n:  # bangles come in sets of one colour, a gold one between sets
        sets += [colors[len(sets) % len(colors)]] * rng.choice([2, 3]) + [gold]
    for i in range(n):
        y = base - h * 0.1 - i * step
        c = sets[i]
        th = rx * (0.17 if c != gold else 0.11)
        rr = rx * rng.uniform(0.98, 1.02)
        p = ring(cx, y, rr, rr * 0.26, th).minus(
            rect(cx - post_w / 2, y - rr * 0.3, cx + post_w / 2, y)
        )
        sc.fill(
            p,
            vgrad(
                p.w,
                p.h,
                stops(
                    (0, light(c, 0.55)),
                    (0.18, light(c, 0.15)),
                    (0.5, c),
                    (0.85, dark(c, 0.5)),
                    (1, dark(c, 0.3)),
                ),
            ),
        )


def loose_bangle(sc: Scene, cx: float, cy: float, r: float, c: Color, tilt: float = 0.32) -> None:
    th = r * 0.14
    p = ring(cx, cy, r, r * tilt, th)
    sc.shadow(p, 10, 16, 14, 0.45)
    sc.fill(
        p,
        vgrad(
            p.w,
            p.h,
            stops(
                (0, light(c, 0.5)),
                (0.3, c),
                (0.62, dark(c, 0.45)),
                (0.8, light(c, 0.25)),
                (1, dark(c, 0.4)),
            ),
        ),
    )


def paint_glass(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    jewel = [
        rgb(c)
        for c in (
            "#c2185b",
            "#1e88e5",
            "#2e9e4f",
            "#f2a900",
            "#8e24aa",
            "#e53935",
            "#00897b",
            "#fb8c00",
        )
    ]
    if _has(name, "bangle", "choori", "chudi", "kangan") or (
        not _has(name, "vase", "glassware", "decor", "bottle", "lamp") and v == 1
    ):
        rng.shuffle(jewel)
        stage(
            sc,
            ["midnight", "plum", "teal"],
            ["velvet_red", "dark", "velvet_blue"],
            0.7,
            glow_x=0.45,
        )
        if v == 3:
            for i in range(14):
                loose_bangle(
                    sc,
                    W * rng.uniform(0.12, 0.88),
                    H * rng.uniform(0.78, 0.95),
                    H * rng.uniform(0.09, 0.12),
                    jewel[i % len(jewel)],
                )
            bangle_stand(sc, W * 0.5, H * 0.8, H * 0.6, H * 0.2, jewel[:5])
        elif v == 1:
            bangle_stand(sc, W * 0.46, H * 0.86, H * 0.7, H * 0.22, jewel[:4])
            for i in range(3):
                loose_bangle(sc, W * 0.76, H * (0.88 - 0.035 * i), H * 0.11, jewel[4 + i])
        else:
            bangle_stand(sc, W * 0.38, H * 0.86, H * 0.66, H * 0.2, jewel[:4])
            bangle_stand(sc, W * 0.66, H * 0.84, H * 0.5, H * 0.17, jewel[4:])
            for i in range(4):
                loose_bangle(
                    sc,
                    W * (0.14 + 0.05 * i),
                    H * (0.9 + 0.015 * (i % 2)),
                    H * 0.09,
                    jewel[(i * 3) % 8],
                )
        return
    glass_cols = rng.sample(jewel, 3)
    mats = [material(c, gloss=1.0, contrast=0.8) for c in glass_cols]
    vessel_scene(
        sc,
        mats,
        [material("#e6c26a", metal=True)],
        ["vase", "flask", "surahi", "jar", "pitcher"],
        ["midnight", "charcoal", "indigo"],
        ["dark", "velvet_blue"],
        inside=(30, 30, 40),
        busy=0.7,
        alpha=0.88,
    )


def _emboss(
    img: Image.Image,
    m: Image.Image,
    fill: Image.Image | Color,
    depth: float = 4.0,
    shade: float = 0.45,
) -> None:
    """Lay fill through mask m on img, with the small soft shadow of a raised stitch or relief."""
    sh = m.transform(m.size, Image.Transform.AFFINE, (1, 0, -depth, 0, 1, -depth * 1.3))
    sh = scale_alpha(sh.filter(ImageFilter.GaussianBlur(depth * 0.8)), shade)
    img.paste((10, 6, 4), (0, 0), sh)
    if isinstance(fill, tuple):
        img.paste(fill, (0, 0), m)
    else:
        img.paste(fill, (0, 0), m)


def embroidery_panel(
    rng: random.Random, size: int, ground: Color, thread: Color, style: str
) -> Image.Image:
    """A square of embroidered cloth: a central flower, vines, leaves and a scalloped ring
    (chikankari in white, zardozi in gold with sequins), or an applique quilt."""
    img = lingrad(size, size, stops((0, light(ground, 0.08)), (1, dark(ground, 0.1))), 60)
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    if style == "applique":
        cols = [rgb(x) for x in ("#c62828", "#f9a825", "#2e7d32", "#1565c0", "#6a1b9a", "#ef6c00")]
        rng.shuffle(cols)
        n = 4
        cell = size / n
        di = ImageDraw.Draw(img)
        for i in range(n):
            for j in range(n):
                x0, y0 = i * cell, j * cell
                di.rectangle((x0, y0, x0 + cell, y0 + cell), fill=cols[(i + j) % len(cols)])
                tri = (
                    [(x0, y0), (x0 + cell, y0), (x0 + cell / 2, y0 + cell / 2)]
                    if (i + j) % 2
                    else [(x0, y0 + cell), (x0 + cell, y0 + cell), (x0 + cell / 2, y0 + cell / 2)]
                )
                di.polygon(tri, fill=cols[(i + j + 2) % len(cols)])
                di.polygon(
                    xform(rosette(8, 0.4), x0 + cell / 2, y0 + cell / 2, cell * 0.16, cell * 0.16),
                    fill=cols[(i + 2 * j + 1) % len(cols)],
                )
        for k in range(n + 1):
            d.rectangle((k * cell - size * 0.008, 0, k * cell + size * 0.008, size), fill=255)
            d.rectangle((0, k * cell - size * 0.008, size, k * cell + size * 0.008), fill=255)
        _emboss(img, m, lingrad(size, size, GOLD, 45), 3)
        return img

    # a lotus medallion: two rings of outlined petals round a seeded centre
    def petal_ring(
        n: int, radius: float, length: float, width: float, phase: float, hollow: bool
    ) -> None:
        for k in range(n):
            a = k * TAU / n + phase
            px, py = c + radius * math.cos(a), c + radius * math.sin(a)
            d.polygon(xform(SHAPE_PETAL, px, py, width, length, a + math.pi / 2), fill=255)
            if hollow:
                d.polygon(
                    xform(SHAPE_PETAL, px, py + 0, width * 0.45, length * 0.62, a + math.pi / 2),
                    fill=0,
                )

    petal_ring(12, size * 0.2, size * 0.085, size * 0.055, 0.0, True)
    petal_ring(8, size * 0.11, size * 0.055, size * 0.04, TAU / 16, False)
    d.ellipse((c - size * 0.04, c - size * 0.04, c + size * 0.04, c + size * 0.04), fill=255)
    d.ellipse((c - size * 0.022, c - size * 0.022, c + size * 0.022, c + size * 0.022), fill=0)
    # a ring of paisleys with a dot between each pair
    for k in range(10):
        a = k * TAU / 10 + TAU / 20
        px, py = c + size * 0.335 * math.cos(a), c + size * 0.335 * math.sin(a)
        d.polygon(xform(SHAPE_PAISLEY, px, py, size * 0.045, size * 0.045, a + math.pi), fill=255)
        d.polygon(xform(SHAPE_PAISLEY, px, py, size * 0.018, size * 0.018, a + math.pi), fill=0)
        b = a + TAU / 20
        qx, qy = c + size * 0.335 * math.cos(b), c + size * 0.335 * math.sin(b)
        d.ellipse(
            (qx - size * 0.012, qy - size * 0.012, qx + size * 0.012, qy + size * 0.012), fill=255
        )
    lw = max(2, int(size * 0.005))
    for rr in (0.27, 0.405):
        d.ellipse(
            (c - size * rr, c - size * rr, c + size * rr, c + size * rr), outline=255, width=lw
        )
    if style == "zardozi":
        _emboss(img, m, lingrad(size, size, material(thread, metal=True), 35), 3, 0.6)
        sq = Image.new("L", (size, size), 0)
        ds = ImageDraw.Draw(sq)
        for k in range(16):
            a = k * TAU / 16
            x, y = c + size * 0.44 * math.cos(a), c + size * 0.44 * math.sin(a)
            ds.ellipse(
                (x - size * 0.011, y - size * 0.011, x + size * 0.011, y + size * 0.011), fill=255
            )
        _emboss(img, sq, lingrad(size, size, material("#f3e9d6", gloss=0.9), 45), 2, 0.5)
    else:
        _emboss(
            img,
            m,
            lingrad(size, size, stops((0, (255, 255, 255)), (1, mix(thread, ground, 0.25))), 35),
            2.5,
            0.35,
        )
    return img


def hoop(
    sc: Scene,
    cx: float,
    cy: float,
    r: float,
    panel: Image.Image,
    sy: float,
    ground: Color,
    skirt: bool = True,
) -> None:
    rng = sc.rng
    if skirt:
        pts = [
            (math.cos(a) * rng.uniform(1.3, 1.6), math.sin(a) * rng.uniform(1.3, 1.6))
            for a in [k * TAU / 9 + rng.uniform(-0.1, 0.1) for k in range(9)]
        ]
        cloth = poly(xform(spline(pts, n=8), cx, cy, r, r * sy))
        sc.shadow(cloth, 20, 30, 40, 0.45)
        ph = rng.uniform(0, TAU)

        def folds(u, v):
            du, dv = (u - 0.5) * 2, (v - 0.5) * 2
            a = math.atan2(dv, du)
            rad = min(1.0, math.hypot(du, dv))
            return 0.5 + 0.32 * math.sin(7 * a + ph) * rad**1.5 - 0.18 * dv

        sc.fill(
            cloth,
            colorize(
                field(cloth.w, cloth.h, folds, 64),
                stops((0, dark(ground, 0.35)), (0.5, ground), (1, light(ground, 0.2))),
            ),
        )
    wood = rgb("#b98a52")
    th = r * 0.07
    band = ring(cx, cy + th * 0.6, r + th, (r + th) * sy, th * 1.2)
    sc.shadow(band, 10, 18, 20, 0.5)
    sc.fill(band, lingrad(band.w, band.h, material(dark(wood, 0.2)), 0))
    fab = ell(cx, cy, r, r * sy)
    sc.fill(fab, panel.resize((fab.w, fab.h), BILINEAR))
    inner_sh = ring(cx, cy, r, r * sy, th * 0.8)
    sc.fill(inner_sh.faded(0.3), (0, 0, 0))
    top = ring(cx, cy, r + th, (r + th) * sy, th)
    sc.fill(top, lingrad(top.w, top.h, material(wood, contrast=0.7), 30))
    # the brass screw clamp at the back of the hoop
    sx, sy0 = cx, cy - (r + th) * sy
    clamp = rect(sx - th * 1.1, sy0 - th * 1.4, sx + th * 1.1, sy0 + th * 0.4, th * 0.3)
    sc.fill(clamp, hgrad(clamp.w, clamp.h, BRASS))
    sphere(sc, sx, sy0 - th * 1.9, th * 0.8, rgb("#c9962e"), 0.7)


def spool(sc: Scene, cx: float, base: float, h: float, thread: Color) -> None:
    wood = rgb("#c8a070")
    r = h * 0.36
    sc.contact(cx, base, r * 1.2, r * 0.2, 0.5)
    Body(cx, base - h * 0.14, base, r, [(0, 1), (1, 1)], 0.22).paint(sc, material(wood), top_dark=0)
    Body(cx, base - h * 0.86, base - h * 0.14, r * 0.82, [(0, 1), (1, 1)], 0.22).paint(
        sc,
        material(thread, contrast=0.8),
        [
            (
                material(dark(thread, 0.2)),
                lambda d, b: [b.band(d, t, 3) for t in (0.2, 0.4, 0.6, 0.8)],
            )
        ],
        top_dark=0.2,
        foot_dark=0.2,
    )
    top = Body(cx, base - h, base - h * 0.86, r, [(0, 1), (1, 1)], 0.22)
    top.paint(sc, material(wood), top_dark=0)
    sc.fill(
        ell(cx, base - h, r, r * 0.22),
        lingrad(int(2 * r) + 5, int(2 * r * 0.22) + 5, material(light(wood, 0.15)), 0),
    )
    sc.fill(ell(cx, base - h, r * 0.22, r * 0.06), (60, 40, 20))


def paint_embroidery(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "chikan"):
        style = "chikan"
        ground = rgb(rng.choice(["#bcd3e6", "#cfe6d8", "#f1cfd3", "#f4efe4", "#e6d5f0", "#f5e3b8"]))
        thread = (255, 255, 255)
        walls = ["teal", "indigo", "plum", "olive"]
    elif _has(name, "applique", "patch"):
        style = "applique"
        ground = rgb("#7a1030")
        thread = ZARI
        walls = ["sand", "cream", "teal"]
    else:
        style = "zardozi"
        ground = rgb(rng.choice(["#5e0f1f", "#14284f", "#0f3d2c", "#2b0f3d", "#1a1414"]))
        thread = ZARI
        walls = ["sand", "ochre", "rose", "cream"]
    panel = embroidery_panel(rng, 1400, ground, thread, style)
    spools = (
        [rgb(c) for c in ("#c2185b", "#1e88e5", "#f9a825", "#2e7d32", "#ffffff")]
        if style == "chikan"
        else [ZARI, rgb("#d8d8de"), rgb("#b3202e")]
    )
    if v == 3:
        sc.img.paste(lingrad(W, H, TABLES[rng.choice(["walnut", "teak"])], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.42, W * 0.6, H * 0.6, (255, 236, 200), 0.3)
        side = int(H * 0.62)
        sq = panel.resize((side, side), BILINEAR)
        place_rotated(sc, sq, Image.new("L", sq.size, 255), W * 0.42, H * 0.48, -7, shadow=0.5)
        hoop(sc, W * 0.8, H * 0.3, H * 0.16, panel, 1.0, ground, skirt=False)
        for i, col in enumerate(spools[:3]):
            spool(sc, W * (0.76 + 0.07 * (i % 2)), H * (0.72 + 0.1 * i), H * 0.13, col)
        return
    stage(sc, walls, ["walnut", "teak", "linen"], 0.6 if v == 1 else 0.7, glow_x=0.5)
    if v == 1:
        hoop(sc, W * 0.47, H * 0.7, H * 0.3, panel, 0.55, ground)
        for i, col in enumerate(spools[:3]):
            spool(sc, W * (0.8 + 0.06 * (i % 2)), H * (0.8 + 0.07 * i), H * 0.13, col)
    else:
        zari, acc = (thread if style != "chikan" else (250, 250, 250), light(ground, 0.3))
        designs = [
            cloth_design(
                rng,
                1400,
                700,
                ground if k == 0 else mix(ground, rgb(c), 0.6),
                zari,
                acc,
                SHAPE_PAISLEY,
                spacing=0.16,
                motif_size=0.3,
            )
            for k, c in enumerate(("#000000", "#7a1030"))
        ]
        folded_stack(sc, W * 0.72, H * 0.88, W * 0.34, designs, thick=0.045, depth=0.13)
        hoop(sc, W * 0.33, H * 0.5, H * 0.28, panel, 0.95, ground, skirt=False)
        sc.shadow(rect(W * 0.2, H * 0.8, W * 0.46, H * 0.84), 0, 0, 20, 0.3)
        spool(sc, W * 0.5, H * 0.92, H * 0.12, spools[0])


def carpet_design(
    rng: random.Random, w: int, h: int, durrie: bool = False, fringe: float = 0.04
) -> Image.Image:
    """A flat rug, RGBA, with fringes at its short ends (left and right)."""
    fr = int(w * fringe)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    iw = w - 2 * fr
    core = Image.new("RGB", (iw, h))
    d = ImageDraw.Draw(core)
    pals = [
        ("#8e1b1f", "#1f2f5c", "#eadcbf", "#d9a441", "#2f5d45"),
        ("#1f2f5c", "#8e1b1f", "#eadcbf", "#d9a441", "#6f93b8"),
        ("#e6d6b5", "#7a2a22", "#2b3e63", "#c98b2b", "#51704f"),
        ("#6b2436", "#223044", "#e9d9b8", "#caa048", "#3f6d6a"),
    ]
    field_c, border_c, ivory, gold, green = [rgb(c) for c in rng.choice(pals)]
    if durrie:
        bands = [field_c, ivory, border_c, gold, ivory, field_c, border_c]
        y = 0
        k = 0
        while y < h:
            bh = h * rng.choice([0.07, 0.14, 0.18])
            col = bands[k % len(bands)]
            d.rectangle((0, y, iw, y + bh), fill=col)
            if bh > h * 0.07:
                other = bands[(k + 2) % len(bands)]
                step = bh * 1.5
                x = step / 2
                while x < iw:
                    d.polygon(xform(SHAPE_DIAMOND, x, y + bh / 2, bh * 0.6, bh * 0.42), fill=other)
                    d.polygon(xform(SHAPE_DIAMOND, x, y + bh / 2, bh * 0.28, bh * 0.2), fill=col)
                    x += step
            else:
                tri = bh
                x = 0
                other = bands[(k + 3) % len(bands)]
                while x < iw:
                    d.polygon([(x, y + bh), (x + tri / 2, y), (x + tri, y + bh)], fill=other)
                    x += tri * 2.0
            y += bh
            k += 1
    else:
        d.rectangle((0, 0, iw, h), fill=border_c)
        bw = min(iw, h) * 0.13
        d.rectangle(
            (bw * 0.18, bw * 0.18, iw - bw * 0.18, h - bw * 0.18),
            outline=ivory,
            width=max(2, int(bw * 0.05)),
        )
        d.rectangle((bw, bw, iw - bw, h - bw), fill=ivory)
        d.rectangle((bw * 1.08, bw * 1.08, iw - bw * 1.08, h - bw * 1.08), fill=field_c)
        # border rosettes
        for horizontal, length in ((True, iw), (False, h)):
            n = max(3, int(length / (bw * 1.7)))
            for i in range(n):
                t = (i + 0.5) / n * length
                for edge in (bw * 0.58, (h if horizontal else iw) - bw * 0.58):
                    x, y = (t, edge) if horizontal else (edge, t)
                    if bw * 0.6 < (x if horizontal else y) < length - bw * 0.6:
                        d.polygon(
                            xform(rosette(8, 0.35), x, y, bw * 0.3, bw * 0.3),
                            fill=gold if i % 2 else ivory,
                        )
                        d.ellipse(
                            (x - bw * 0.08, y - bw * 0.08, x + bw * 0.08, y + bw * 0.08),
                            fill=field_c,
                        )
        cx, cy = iw / 2, h / 2
        ms = min(iw, h) * 0.3
        d.polygon(xform(SHAPE_DIAMOND, cx, cy, ms * 2.0, ms * 1.35), fill=border_c)
        d.polygon(xform(star(8, 0.7), cx, cy, ms * 0.9, ms * 0.9), fill=ivory)
        d.polygon(xform(star(8, 0.7), cx, cy, ms * 0.75, ms * 0.75, 0.2), fill=green)
        d.polygon(xform(rosette(12, 0.3), cx, cy, ms * 0.55, ms * 0.55), fill=gold)
        d.polygon(xform(rosette(8, 0.35), cx, cy, ms * 0.3, ms * 0.3), fill=field_c)
        d.ellipse((cx - ms * 0.08, cy - ms * 0.08, cx + ms * 0.08, cy + ms * 0.08), fill=ivory)
        for sx in (-1, 1):
            d.polygon(xform(SHAPE_DIAMOND, cx + sx * ms * 1.45, cy, ms * 0.3, ms * 0.22), fill=gold)
        fx0, fy0, fx1, fy1 = bw * 1.08, bw * 1.08, iw - bw * 1.08, h - bw * 1.08
        for x, y in ((fx0, fy0), (fx1, fy0), (fx0, fy1), (fx1, fy1)):
            d.pieslice(
                (x - ms * 0.8, y - ms * 0.8, x + ms * 0.8, y + ms * 0.8), 0, 360, fill=border_c
            )
            d.pieslice(
                (x - ms * 0.55, y - ms * 0.55, x + ms * 0.55, y + ms * 0.55), 0, 360, fill=ivory
            )
            d.pieslice((x - ms * 0.4, y - ms * 0.4, x + ms * 0.4, y + ms * 0.4), 0, 360, fill=green)
        step = ms * 1.1
        y = fy0 + step
        row = 0
        while y < fy1 - step * 0.5:
            x = fx0 + step * (1 if row % 2 else 0.5)
            while x < fx1 - step * 0.5:
                inside = abs(x - cx) / (ms * 2.2) + abs(y - cy) / (ms * 1.5) < 1
                corner = any(
                    math.hypot(x - a, y - b) < ms * 0.95 for a in (fx0, fx1) for b in (fy0, fy1)
                )
                if not inside and not corner:
                    d.polygon(
                        xform(SHAPE_PAISLEY, x, y, step * 0.22, step * 0.22, 0.4),
                        fill=gold if row % 2 else ivory,
                    )
                x += step
            y += step * 0.8
            row += 1
    core = Image.blend(core, Image.new("RGB", core.size, field_c), 0.14)
    img.paste(core, (fr, 0))
    fd = ImageDraw.Draw(img)
    fringe_c = (236, 226, 204, 255)
    for x0, x1 in ((0, fr), (w - fr, w)):
        y = 0
        while y < h:
            fd.line([(x0, y + 2), (x1, y + 2)], fill=fringe_c, width=max(2, int(h * 0.006)))
            y += h * 0.04
    return img


def rolled_rug(sc: Scene, x0: float, x1: float, cy: float, r: float, design: Image.Image) -> None:
    body = rect(x0, cy - r, x1, cy + r)
    sc.shadow(body, 20, r * 0.6, r * 0.5, 0.5)
    strip = (
        design.convert("RGB")
        .crop((0, 0, design.width, int(design.height * 0.35)))
        .resize((body.w, body.h))
    )
    shade = vgrad(
        body.w, body.h, stops((0, (150, 150, 150)), (0.3, (255, 255, 255)), (1, (70, 70, 70)))
    )
    sc.fill(body, ImageChops.multiply(strip, shade.convert("RGB")))
    end = ell(x1, cy, r * 0.35, r)
    sc.fill(
        end,
        lingrad(end.w, end.h, stops((0, light(_avg(strip), 0.2)), (1, dark(_avg(strip), 0.3))), 20),
    )
    spiral = [
        (
            x1 + r * 0.33 * (1 - t) * math.cos(t * 5 * TAU),
            cy + r * 0.95 * (1 - t) * math.sin(t * 5 * TAU),
        )
        for t in [i / 120 for i in range(121)]
    ]
    sc.line(spiral, dark(_avg(strip), 0.5), 3)


def paint_carpets(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    durrie = _has(name, "durrie", "dari", "durry") and (not _has(name, "carpet") or v == 2)
    design = carpet_design(rng, 1800, 1200, durrie)
    other = carpet_design(
        rng, 1800, 1200, not durrie if _has(name, "carpet") and _has(name, "durr") else durrie
    )
    if v == 1:
        backdrop(
            sc,
            WALLS[rng.choice(["sand", "cream", "sage"])],
            TABLES["teak"],
            0.48,
            glow=(255, 228, 190),
            glow_at=(0.5, 0.3),
            edge=None,
        )
        quad = [(W * 0.2, H * 0.56), (W * 0.8, H * 0.56), (W * 1.0, H * 0.98), (W * 0.0, H * 0.98)]
        part, pic = warp(design.rotate(90, expand=True), quad)
        sc.shadow(part, 0, 10, 20, 0.5)
        shade = vgrad(pic.width, pic.height, stops((0, (200, 200, 200)), (1, (255, 255, 255))))
        sc.fill(part, ImageChops.multiply(pic, shade.convert("RGB")))
        rolled_rug(sc, W * 0.55, W * 0.86, H * 0.5, H * 0.05, other)
    elif v == 2:
        stage(sc, ["cream", "sand", "ochre"], ["teak", "walnut"], 0.8, edge=0.94)
        pic, mask = drape(
            design.convert("RGB"),
            int(W * 0.5),
            int(H * 0.62),
            rng,
            folds=2.2,
            amp=0.012,
            hem=0.01,
            sheen=0.05,
        )
        mask = ImageChops.multiply(mask, design.getchannel("A").resize(mask.size).rotate(0))
        p = Part(mask, int(W * 0.12), int(H * 0.1))
        sc.shadow(p, 30, 30, 40, 0.5)
        sc.fill(p, pic)
        hcyl(sc, W * 0.1, W * 0.64, H * 0.1, H * 0.014, material(WOOD), end=False)
        flats = [
            carpet_design(rng, 1200, 800, d).convert("RGB") for d in (durrie, not durrie, durrie)
        ]
        folded_stack(sc, W * 0.8, H * 0.92, W * 0.3, flats, thick=0.05, depth=0.12)
    else:
        sc.img.paste(lingrad(W, H, TABLES["teak"], 80), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 190), 0.3)
        pic = design.resize((int(W * 0.72), int(H * 0.62)))
        place_rotated(
            sc, pic.convert("RGB"), pic.getchannel("A"), W * 0.46, H * 0.45, -6, shadow=0.5
        )
        rolled_rug(sc, W * 0.55, W * 0.98, H * 0.9, H * 0.06, other)


def carved_face(
    rng: random.Random, w: int, h: int, wood: Color, style: str = "carved", inlay: Color = ZARI
) -> Image.Image:
    """A wooden panel with a frame and a central medallion, carved in relief or inlaid."""
    img = lingrad(w, h, stops((0, light(wood, 0.06)), (1, dark(wood, 0.12))), 20)
    grain = ImageDraw.Draw(img)
    for k in range(int(h / 40)):
        y = k * 40 + rng.uniform(0, 30)
        grain.line(
            [(0, y), (w * 0.4, y + rng.uniform(-8, 8)), (w, y + rng.uniform(-10, 10))],
            fill=dark(wood, 0.1),
            width=2,
        )
    m = Image.new("L", (w, h), 0)
    d = ImageDraw.Draw(m)
    b = min(w, h) * 0.08
    lw = max(3, int(min(w, h) * 0.015))
    d.rectangle((b, b, w - b, h - b), outline=255, width=lw)
    d.rectangle((b * 1.5, b * 1.5, w - b * 1.5, h - b * 1.5), outline=255, width=max(2, lw // 2))
    cx, cy = w / 2, h / 2
    ms = min(w, h) * 0.3
    if style == "inlay":
        for k in range(4):
            rr = ms * (1 - k * 0.22)
            d.polygon(xform(SHAPE_DIAMOND, cx, cy, rr * 1.6, rr * 1.1), outline=255, width=lw)
        n = int((w - 3 * b) / (b * 0.6))
        for i in range(n):
            x = b * 2 + i * (w - 4 * b) / max(1, n - 1)
            for y in (b * 2.1, h - b * 2.1):
                d.ellipse((x - lw, y - lw, x + lw, y + lw), fill=255)
        d.polygon(xform(star(8, 0.5), cx, cy, ms * 0.3, ms * 0.3), fill=255)
        img.paste(lingrad(w, h, material(inlay, metal=True), 35), (0, 0), m)
        return img
    d.polygon(xform(rosette(10, 0.35), cx, cy, ms, ms), fill=255)
    for k in range(4):
        a = k * TAU / 4 + TAU / 8
        for sgn in (-1, 1):
            pts = [
                (
                    cx + (ms * 1.0 + t * ms * 1.2) * math.cos(a) * (w / h if w > h else 1),
                    cy
                    + (ms * 1.0 + t * ms * 0.8) * math.sin(a)
                    + sgn * ms * 0.2 * math.sin(t * math.pi),
                )
                for t in [i / 10 for i in range(11)]
            ]
            d.line(pts, fill=255, width=lw)
            x, y = pts[6]
            d.polygon(xform(SHAPE_LEAF, x, y, ms * 0.09, ms * 0.2, a + sgn * 1.0), fill=255)
    inner = Image.new("L", (w, h), 0)
    ImageDraw.Draw(inner).polygon(xform(rosette(10, 0.35), cx, cy, ms * 0.6, ms * 0.6), fill=255)
    ImageDraw.Draw(inner).ellipse(
        (cx - ms * 0.2, cy - ms * 0.2, cx + ms * 0.2, cy + ms * 0.2), fill=0
    )
    _emboss(
        img, m, lingrad(w, h, stops((0, light(wood, 0.32)), (1, light(wood, 0.05))), 35), 7, 0.75
    )
    img.paste(dark(wood, 0.4), (0, 0), inner)
    return img


def jaali(sc: Scene, x0: float, y0: float, w: float, h: float, base: Color, cell: float) -> None:
    """A pierced screen: the light behind falls through it onto the wall."""
    outer = rect(x0, y0, x0 + w, y0 + h)
    holes = Image.new("L", outer.m.size, 0)
    d = ImageDraw.Draw(holes)
    fw = cell * 0.8
    nx = int((w - 2 * fw) / cell)
    ny = int((h - 2 * fw) / cell)
    ox = (w - nx * cell) / 2
    oy = (h - ny * cell) / 2
    for i in range(nx):
        for j in range(ny):
            cx, cy = ox + (i + 0.5) * cell, oy + (j + 0.5) * cell
            d.polygon(xform(star(8, 0.72), cx, cy, cell * 0.42, cell * 0.42, math.pi / 8), fill=255)
    screen = Part(ImageChops.subtract(outer.m, holes), outer.x, outer.y)
    sc.shadow(screen, w * 0.06, h * 0.03, cell * 0.18, 0.55)
    sc.fill(
        screen,
        lingrad(screen.w, screen.h, stops((0, light(base, 0.18)), (1, dark(base, 0.25))), 60),
    )
    edge = Part(
        holes.transform(holes.size, Image.Transform.AFFINE, (1, 0, 4, 0, 1, 5)), outer.x, outer.y
    ).inter(screen)
    sc.fill(edge.faded(0.6), dark(base, 0.45))


def paint_woodcraft(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    inlay = _has(name, "tarkashi", "inlay")
    wood = rgb("#3b2414") if inlay else rgb(rng.choice(["#8a5630", "#7a4a26", "#9a6538"]))
    style = "inlay" if inlay else "carved"
    if _has(name, "furniture", "chair", "table", "stool"):
        v = {1: 4, 2: 1, 3: 2}[v]
    if v == 2 and not inlay:
        stage(sc, ["ochre", "sand", "sage"], ["walnut", "teak"], 0.74, glow_x=0.36)
        jaali(sc, W * 0.12, H * 0.1, W * 0.42, H * 0.72, wood, H * 0.075)
        face = carved_face(rng, 700, 420, wood, style)
        box3d(
            sc,
            W * 0.56,
            H * 0.88,
            W * 0.3,
            H * 0.18,
            H * 0.2,
            face,
            carved_face(rng, 700, 480, wood, style),
            dark(wood, 0.2),
        )
        return
    if v == 3:
        mats = [material(wood, gloss=0.3), material(light(wood, 0.1), gloss=0.3)]
        deco = [material(ZARI, metal=True)] if inlay else [material(dark(wood, 0.45))]
        vessel_scene(
            sc,
            mats,
            deco,
            ["bowl", "vase", "jar", "pot"],
            ["sage", "cream", "teal"],
            ["walnut", "linen"],
            inside=dark(wood, 0.6),
        )
        return
    if v == 4:
        stage(sc, ["sage", "cream", "teal", "ochre"], ["teak", "stone"], 0.72)
        cx, topy, r = W * 0.5, H * 0.36, W * 0.27
        for lx in (-0.75, -0.3, 0.3, 0.75):
            leg = Body(
                cx + r * lx,
                topy + H * 0.02,
                H * 0.88 - abs(lx) * H * 0.02,
                H * 0.04,
                [(0, 0.8), (0.15, 1.2), (0.3, 0.7), (0.5, 1.0), (0.7, 0.6), (0.9, 0.9), (1, 0.7)],
                0.2,
            )
            sc.contact(leg.cx, leg.bottom, H * 0.04, H * 0.01, 0.55)
            leg.paint(sc, material(wood, gloss=0.3), top_dark=0.3)
        top = Body(cx, topy, topy + H * 0.06, r, [(0, 1), (1, 0.97)], 0.3)
        sc.shadow(top.part, 30, 30, 40, 0.45)
        top.paint(sc, material(wood, gloss=0.3), top_dark=0)
        face = ell(cx, topy, r, r * 0.3)
        sc.fill(face, carved_face(rng, face.w, face.h, light(wood, 0.05), style))
        return
    if v == 2:  # inlaid boxes of two sizes and an inlaid plate
        stage(sc, ["sage", "sand", "teal"], ["walnut", "teak"], 0.7, glow_x=0.45)
        disc(
            sc,
            W * 0.33,
            H * 0.45,
            H * 0.27,
            material(wood, gloss=0.4, contrast=0.7),
            radial_deco(rng, 2),
            material(ZARI, metal=True),
            sy=0.97,
        )
        sc.contact(W * 0.33, H * 0.73, H * 0.2, H * 0.025, 0.5)
        box3d(
            sc,
            W * 0.5,
            H * 0.88,
            W * 0.3,
            H * 0.2,
            H * 0.2,
            carved_face(rng, 760, 440, wood, style),
            carved_face(rng, 760, 520, wood, style),
            dark(wood, 0.2),
        )
        box3d(
            sc,
            W * 0.18,
            H * 0.92,
            W * 0.17,
            H * 0.1,
            H * 0.12,
            carved_face(rng, 520, 300, wood, style),
            carved_face(rng, 520, 360, wood, style),
            dark(wood, 0.2),
        )
        return
    hy = stage(sc, ["teal", "indigo", "olive", "plum"], ["walnut", "teak"], 0.72, arch=True)
    top = pedestal(sc, W * 0.5, hy + H * 0.06, W * 0.25, H * 0.06, rgb("#d8c8a8"))
    face = carved_face(rng, 900, 560, wood, style)
    box3d(
        sc,
        W * 0.3,
        top + H * 0.035,
        W * 0.36,
        H * 0.26,
        H * 0.24,
        face,
        carved_face(rng, 900, 600, wood, style),
        dark(wood, 0.2),
    )
    latch = rect(
        W * 0.48 - H * 0.02,
        top + H * 0.035 - H * 0.26,
        W * 0.48 + H * 0.02,
        top + H * 0.035 - H * 0.2,
        6,
    )
    sc.fill(latch, hgrad(latch.w, latch.h, BRASS))
    marigold(sc, W * 0.84, H * 0.87, H * 0.04)
    marigold(sc, W * 0.79, H * 0.89, H * 0.032)


def dendrite(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    length: float,
    angle: float,
    depth: int,
    rng: random.Random,
    width: float,
) -> None:
    if depth == 0 or length < 3:
        return
    x2, y2 = x + length * math.cos(angle), y + length * math.sin(angle)
    d.line([(x, y), (x2, y2)], fill=255, width=max(1, int(width)))
    for _ in range(rng.choice([2, 2, 3])):
        dendrite(
            d,
            x2,
            y2,
            length * rng.uniform(0.55, 0.75),
            angle + rng.uniform(-0.7, 0.7),
            depth - 1,
            rng,
            width * 0.7,
        )


def shajar_stone(
    sc: Scene, cx: float, cy: float, rx: float, ry: float, silver: bool = True
) -> None:
    rng = sc.rng
    base = rgb(rng.choice(["#d9a55a", "#e0b878", "#c98f4a", "#e8cfa0"]))
    p = ell(cx, cy, rx, ry)
    if silver:
        bez = ell(cx, cy, rx * 1.12, ry * 1.1)
        sc.shadow(bez, 10, 16, 16, 0.5)
        sc.fill(bez, lingrad(bez.w, bez.h, SILVER, 40))
        bail = ring(cx, cy - ry * 1.2, rx * 0.16, rx * 0.16, rx * 0.06)
        sc.fill(bail, lingrad(bail.w, bail.h, SILVER, 40))
    else:
        sc.shadow(p, 10, 16, 16, 0.5)
    img = colorize(
        field(p.w, p.h, lambda u, v: min(1, math.hypot(u - 0.42, v - 0.4) * 1.4), 32),
        stops((0, light(base, 0.35)), (0.5, base), (1, dark(base, 0.4))),
    )
    m = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(m)
    for _ in range(rng.choice([2, 3])):
        dendrite(
            d,
            p.w * rng.uniform(0.25, 0.75),
            p.h * 0.95,
            p.h * 0.22,
            -math.pi / 2 + rng.uniform(-0.3, 0.3),
            6,
            rng,
            p.w * 0.02,
        )
    img.paste(rgb("#3a2412"), (0, 0), scale_alpha(m, 0.85))
    sc.fill(p, img)
    hl = ell(cx - rx * 0.35, cy - ry * 0.45, rx * 0.3, ry * 0.14)
    sc.fill(hl.faded(0.45), (255, 255, 255))


def paint_stone(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "shajar", "agate", "gem"):
        stage(
            sc,
            ["charcoal", "plum", "midnight"],
            ["velvet_red", "velvet_blue", "dark"],
            0.6,
            glow_x=0.5,
            edge=None,
        )
        if v == 2:
            beam = H * 0.08
            hcyl(sc, W * 0.1, W * 0.9, beam, H * 0.012, SILVER, end=False)
            for i, x in enumerate((0.25, 0.5, 0.75)):
                yy = H * (0.45 + 0.08 * (i % 2))
                sc.line([(W * x - H * 0.03, beam), (W * x, yy - H * 0.14)], (200, 200, 210), 4)
                sc.line([(W * x + H * 0.03, beam), (W * x, yy - H * 0.14)], (200, 200, 210), 4)
                shajar_stone(sc, W * x, yy, H * 0.1, H * 0.13)
            for i in range(5):
                shajar_stone(
                    sc,
                    W * (0.2 + 0.15 * i),
                    H * (0.82 + 0.05 * (i % 2)),
                    H * 0.05,
                    H * 0.04,
                    silver=False,
                )
        else:
            big = 1.0 if v == 1 else 1.25
            shajar_stone(sc, W * 0.5, H * 0.5, H * 0.2 * big, H * 0.25 * big)
            shajar_stone(sc, W * 0.22, H * 0.74, H * 0.09, H * 0.12)
            shajar_stone(sc, W * 0.78, H * 0.74, H * 0.09, H * 0.12)
            for i in range(4):
                shajar_stone(sc, W * (0.12 + 0.25 * i), H * 0.93, H * 0.05, H * 0.035, silver=False)
        return
    stone = rgb(rng.choice(["#e9e0cf", "#efe6d6", "#ddd0b8"]))
    mats = [
        material(stone, gloss=0.2, contrast=0.7),
        material(light(stone, 0.1), gloss=0.2, contrast=0.7),
    ]
    vessel_scene(
        sc,
        mats,
        [material(dark(stone, 0.25), contrast=0.6)],
        ["bowl", "vase", "jar", "pot", "lota"],
        ["terracotta", "teal", "indigo", "olive"],
        ["walnut", "dark"],
        inside=dark(stone, 0.5),
        busy=1.0,
        accents=[rgb("#e8891c")],
    )


def jutti(
    sc: Scene,
    x: float,
    base: float,
    length: float,
    leather: Color,
    thread: Color,
    facing: int = 1,
    formal: bool = False,
) -> None:
    """A shoe in side view, toe to the right when facing is 1: a jutti (mojari) with a curled
    toe and a zari-embroidered vamp, or (formal) a polished lace-up with a brogued toe cap."""
    L, f = length, facing

    def P(u, v):
        return (x + f * (u - 0.5) * L, base - v * L)

    if formal:
        upper = [
            (0.0, 0.05),
            (-0.01, 0.2),
            (0.03, 0.36),
            (0.2, 0.34),
            (0.36, 0.36),
            (0.5, 0.37),
            (0.66, 0.28),
            (0.84, 0.2),
            (0.97, 0.13),
            (1.0, 0.07),
            (0.96, 0.04),
            (0.5, 0.04),
        ]
        sole = [
            (-0.01, 0.0),
            (0.24, 0.0),
            (0.25, 0.035),
            (0.55, 0.02),
            (0.62, 0.0),
            (0.97, 0.005),
            (1.01, 0.03),
            (1.0, 0.06),
            (0.5, 0.055),
            (-0.015, 0.07),
        ]
    else:
        upper = [
            (0.02, 0.04),
            (0.0, 0.13),
            (0.03, 0.2),
            (0.14, 0.17),
            (0.3, 0.16),
            (0.46, 0.22),
            (0.66, 0.21),
            (0.86, 0.15),
            (1.0, 0.11),
            (1.09, 0.13),
            (1.13, 0.19),
            (1.08, 0.09),
            (1.0, 0.04),
            (0.5, 0.03),
        ]
        sole = [(0.0, 0.0), (0.98, 0.0), (1.06, 0.04), (1.0, 0.045), (0.0, 0.04)]
    pts = spline([P(u, v) for u, v in upper], n=6)
    up = poly(pts)
    sc.shadow(up, L * 0.04, L * 0.03, L * 0.05, 0.45)
    sc.contact(x, base, L * 0.55, L * 0.025, 0.6)
    sp = poly(spline([P(u, v) for u, v in sole], n=4) if formal else [P(u, v) for u, v in sole])
    sc.fill(sp, vgrad(sp.w, sp.h, stops((0, dark(leather, 0.45)), (1, dark(leather, 0.7)))))
    img = lingrad(up.w, up.h, material(leather, gloss=0.85 if formal else 0.35, contrast=0.85), 95)
    deco = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(deco)

    def Q(u, v):
        px, py = P(u, v)
        return px - up.x, py - up.y

    if formal:
        d.line(
            [
                Q(u, v)
                for u, v in spline([(0.7, 0.27), (0.74, 0.15), (0.73, 0.04)], closed=False, n=6)
            ],
            fill=255,
            width=max(2, int(L * 0.008)),
        )
        d.line(
            [
                Q(u, v)
                for u, v in spline([(0.03, 0.3), (0.22, 0.2), (0.27, 0.06)], closed=False, n=6)
            ],
            fill=255,
            width=max(2, int(L * 0.006)),
        )
        for k in range(12):
            u = 0.745 + 0.017 * math.sin(k / 11 * math.pi)
            cx_, cy_ = Q(u, 0.24 - k * 0.017)
            d.ellipse(
                (cx_ - L * 0.005, cy_ - L * 0.005, cx_ + L * 0.005, cy_ + L * 0.005), fill=255
            )
        img.paste(dark(leather, 0.55), (0, 0), deco)
        sc.fill(up, img)
        collar = poly(spline([P(0.04, 0.355), P(0.2, 0.335), P(0.36, 0.355), P(0.2, 0.32)], n=5))
        sc.fill(collar, dark(leather, 0.7))
        for k in range(5):
            a_, b_ = P(0.37 + k * 0.045, 0.36 - k * 0.018), P(0.41 + k * 0.045, 0.32 - k * 0.018)
            sc.line([a_, b_], light(leather, 0.1), L * 0.01)
        sc.line([P(0.02, 0.065), P(0.97, 0.06)], light(leather, 0.25), L * 0.004)
        return
    # the jutti: a zari panel over the vamp and a band round the heel
    vx = Q(0.48, 0)[0]
    d.rectangle((vx, 0, img.width, img.height) if f > 0 else (0, 0, vx, img.height), fill=255)
    hx = Q(0.15, 0)[0]
    d.rectangle((0, 0, hx, img.height) if f > 0 else (hx, 0, img.width, img.height), fill=255)
    d.line([Q(u, v) for u, v in ((0.0, 0.07), (1.1, 0.07))], fill=0, width=max(2, int(L * 0.012)))
    motifs = Image.new("L", img.size, 0)
    dm = ImageDraw.Draw(motifs)
    for k, (u, v) in enumerate(
        ((0.6, 0.13), (0.74, 0.11), (0.87, 0.08), (0.67, 0.07), (0.81, 0.055))
    ):
        cx_, cy_ = Q(u, v)
        sz_ = L * (0.035 if k < 3 else 0.022)
        dm.polygon(xform(rosette(8, 0.4), cx_, cy_, sz_, sz_ * 0.85), fill=255)
        dm.ellipse((cx_ - sz_ * 0.3, cy_ - sz_ * 0.3, cx_ + sz_ * 0.3, cy_ + sz_ * 0.3), fill=0)
    img.paste(lingrad(img.width, img.height, material(thread, metal=True), 30), (0, 0), deco)
    img.paste(dark(leather, 0.1), (0, 0), motifs)
    sc.fill(up, img)
    sc.line(
        [
            P(u, v)
            for u, v in spline(
                [(0.03, 0.2), (0.14, 0.17), (0.3, 0.16), (0.46, 0.22)], closed=False, n=5
            )
        ],
        light(thread, 0.1),
        L * 0.012,
    )
    opening = poly(spline([P(0.05, 0.19), P(0.2, 0.165), P(0.42, 0.21), P(0.22, 0.185)], n=5))
    sc.fill(opening, dark(leather, 0.65))
    sphere(sc, *P(1.125, 0.19), L * 0.016, thread, 0.6)


def satchel(sc: Scene, cx: float, base: float, w: float, leather: Color) -> None:
    h = w * 0.72
    x0, x1, y0 = cx - w / 2, cx + w / 2, base - h
    handle = [
        (cx - w * 0.22, y0 + 4),
        (cx - w * 0.2, y0 - h * 0.35),
        (cx + w * 0.2, y0 - h * 0.35),
        (cx + w * 0.22, y0 + 4),
    ]
    tube(sc, handle, w * 0.045, dark(leather, 0.15), 0.3)
    body = rect(x0, y0, x1, base, w * 0.08)
    sc.shadow(body, w * 0.06, w * 0.03, w * 0.07, 0.5)
    sc.contact(cx, base, w * 0.55, w * 0.03, 0.6)
    sc.fill(body, lingrad(body.w, body.h, material(leather, gloss=0.4, contrast=0.7), 10))
    flap = poly(
        spline(
            [
                (x0 + w * 0.02, y0 + 2),
                (x1 - w * 0.02, y0 + 2),
                (x1 - w * 0.02, y0 + h * 0.45),
                (cx, y0 + h * 0.58),
                (x0 + w * 0.02, y0 + h * 0.45),
            ],
            n=6,
        )
    )
    sc.shadow(flap, 4, 10, 12, 0.5)
    sc.fill(
        flap, lingrad(flap.w, flap.h, material(light(leather, 0.05), gloss=0.5, contrast=0.7), 10)
    )
    stitch = dark(leather, 0.45)
    for k in range(30):
        t = k / 30
        xa = x0 + w * 0.05 + t * w * 0.9
        sc.line([(xa, base - w * 0.035), (xa + w * 0.015, base - w * 0.035)], stitch, 3)
    for sx in (-0.25, 0.25):
        strap = rect(cx + sx * w - w * 0.04, y0 + h * 0.3, cx + sx * w + w * 0.04, y0 + h * 0.78, 6)
        sc.fill(strap, hgrad(strap.w, strap.h, material(dark(leather, 0.2), gloss=0.3)))
        buckle = ring(cx + sx * w, y0 + h * 0.62, w * 0.055, w * 0.045, w * 0.014)
        sc.fill(buckle, lingrad(buckle.w, buckle.h, BRASS, 30))


def paint_leather(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    leathers = [rgb(c) for c in ("#8a4a22", "#5e2a18", "#a0622e", "#3a2418", "#7a1f1f")]
    rng.shuffle(leathers)
    juttis = _has(name, "jutti", "jooti", "joot", "mojari", "nagra")
    bags = _has(name, "bag", "saddl", "wallet", "purse", "belt")
    shoes = _has(name, "shoe", "footwear") and not juttis
    # which picture each variant shows: shoes of the named kind first, then the other goods
    plan = {
        1: "juttis" if juttis else ("bag" if bags and not shoes else "shoes"),
        2: "shoes" if juttis else "juttis",
        3: "bag" if not bags or shoes or juttis else "shoes",
    }[v]
    if bags and not shoes and v == 2:
        plan = "juttis"
    stage(
        sc,
        ["teal", "olive", "sand", "indigo", "sage"],
        ["walnut", "teak", "stone"],
        0.7,
        arch=v == 1 and plan != "bag",
    )
    velvet = rgb(rng.choice(["#8a1f2a", "#1d2f5e", "#2a4a2e", "#5a1a4a", "#e0c9a0"]))
    thread = rng.choice([ZARI, rgb("#e8e2d0")])
    if plan == "bag":
        satchel(sc, W * 0.42, H * 0.86, W * 0.38, leathers[0])
        jutti(sc, W * 0.8, H * 0.9, W * 0.26, leathers[1], ZARI, -1, formal=True)
    elif plan == "juttis":
        if v == 1:
            top = pedestal(sc, W * 0.5, H * 0.8, W * 0.26, H * 0.06, rgb("#d8c8a8"))
            jutti(sc, W * 0.45, top - H * 0.02, W * 0.5, dark(velvet, 0.15), thread, 1)
            jutti(sc, W * 0.51, top + H * 0.035, W * 0.5, velvet, thread, 1)
        else:
            jutti(sc, W * 0.4, H * 0.8, W * 0.52, dark(velvet, 0.15), thread, 1)
            jutti(sc, W * 0.46, H * 0.88, W * 0.52, velvet, thread, 1)
    else:
        col = leathers[0]
        if v == 1:
            top = pedestal(sc, W * 0.5, H * 0.8, W * 0.26, H * 0.06, rgb("#d8c8a8"))
            jutti(sc, W * 0.45, top - H * 0.02, W * 0.46, dark(col, 0.15), thread, 1, True)
            jutti(sc, W * 0.52, top + H * 0.035, W * 0.46, col, thread, 1, True)
        else:
            jutti(sc, W * 0.36, H * 0.8, W * 0.44, dark(col, 0.12), thread, 1, True)
            jutti(sc, W * 0.42, H * 0.88, W * 0.44, col, thread, 1, True)
            satchel(sc, W * 0.8, H * 0.86, W * 0.2, leathers[1])


def mound(
    sc: Scene,
    cx: float,
    top: float,
    rx: float,
    h: float,
    base: Color,
    grain: Color,
    n: int,
    gsize: float,
    shape: str = "grain",
) -> None:
    """A heap of grains, lentils or powder, lit from the upper left."""
    rng = sc.rng
    pts = [
        (cx + rx * math.cos(a), top + h - h * math.sin(a) ** 0.8)
        for a in [i * math.pi / 30 for i in range(31)]
    ]
    pts += [
        (cx - rx * math.cos(a), top + h + rx * 0.18 * math.sin(a))
        for a in [i * math.pi / 12 for i in range(1, 12)]
    ]
    p = poly(pts)
    sc.fill(
        p,
        colorize(
            field(p.w, p.h, lambda u, v: min(1, math.hypot(u - 0.35, v - 0.15) * 1.1), 32),
            stops((0, light(base, 0.25)), (0.5, base), (1, dark(base, 0.4))),
        ),
    )
    for _ in range(n):
        a = rng.uniform(0, math.pi)
        rr = rng.random() ** 0.6
        x = cx + rx * 0.92 * rr * math.cos(a) * (1 if rng.random() < 0.5 else -1)
        yy = top + h - h * (1 - rr**2) ** 0.5 * 0.95 + rng.uniform(0, h * 0.9) * rr * 0.3
        lit = 1 - (x - cx + rx) / (2 * rx) * 0.6
        c = mix(dark(grain, 0.35), light(grain, 0.2), lit * rng.uniform(0.6, 1.0))
        if shape == "grain":
            g = poly(xform(SHAPE_LEAF, x, yy, gsize * 0.35, gsize, rng.uniform(0, TAU)))
        else:
            g = ell(x, yy, gsize, gsize * 0.75)
        sc.fill(g, c)


def sugarcane(sc: Scene, x0: float, y0: float, x1: float, y1: float, r: float) -> None:
    cane = rgb("#6e2f4a")
    sc.shadow(poly([(x0 - r, y0), (x0 + r, y0), (x1 + r, y1), (x1 - r, y1)]), 20, 10, 20, 0.4)
    tube(sc, [(x0, y0), (x1, y1)], 2 * r, cane, 0.5)
    for k in range(1, 7):
        t = k / 7
        x, y = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        sc.fill(ell(x, y, r * 1.05, r * 0.25), dark(cane, 0.4))


def jaggery_block(sc: Scene, cx: float, base: float, s: float, tone: float) -> None:
    c = mix(rgb("#8a4f16"), rgb("#d19a45"), tone)
    pts = [(-1, -0.7), (-0.6, -1), (0.6, -1), (1, -0.7), (1, 0.7), (0.7, 1), (-0.7, 1), (-1, 0.7)]
    p = poly(xform(spline(pts, n=4), cx, base - s, s, s))
    sc.shadow(p, s * 0.2, s * 0.1, s * 0.25, 0.5)
    sc.fill(
        p,
        colorize(
            field(p.w, p.h, lambda u, v: min(1, math.hypot(u - 0.3, v - 0.25) * 1.2), 24),
            stops((0, light(c, 0.35)), (0.5, c), (1, dark(c, 0.45))),
        ),
    )


def coil_basket(
    sc: Scene,
    cx: float,
    base: float,
    h: float,
    straw: Color,
    dyes: Sequence[Color],
    kind: str = "jar",
    lid: bool = True,
) -> None:
    """A coiled grass basket (moonj, sikki) with dyed bands and, for jars, a conical lid."""
    rng = sc.rng
    motif = rng.choice([SHAPE_DIAMOND, star(4, 0.4)])
    layers = []

    def coils(d, b):
        t = 0.0
        while t < 1:
            b.band(d, t, max(2, h * 0.004))
            t += 0.07

    for i, dye in enumerate(dyes[:3]):

        def deco(d, b, i=i):
            t = 0.25 + i * 0.2
            b.band(d, t, h * 0.045)
            b.motifs(d, t + 0.1, 8, motif, h * 0.04, phase=i * 0.5)

        layers.append((material(dye), deco))
    layers.append((material(dark(straw, 0.35)), coils))
    width = 0.5 if kind == "jar" else 0.9
    b = vessel(
        sc,
        cx,
        base,
        h,
        kind,
        material(straw, contrast=0.8),
        layers,
        inside=dark(straw, 0.6),
        width=width,
    )
    if lid and kind == "jar":
        r0 = b.rs[0] * 1.08
        cone = Body(
            cx,
            b.top - h * 0.3,
            b.top + 2,
            r0,
            [(0, 0.08), (0.2, 0.35), (0.7, 0.85), (1, 1.0)],
            0.18,
        )
        cone.paint(
            sc,
            material(straw, contrast=0.8),
            [
                (
                    material(dyes[0]),
                    lambda d, bb: (
                        bb.band(d, 0.55, h * 0.04),
                        bb.motifs(d, 0.8, 8, motif, h * 0.03),
                    ),
                ),
                (
                    material(dark(straw, 0.35)),
                    lambda d, bb: [bb.band(d, t / 8, 2) for t in range(8)],
                ),
            ],
            top_dark=0,
            foot_dark=0.2,
        )
        sphere(sc, cx, b.top - h * 0.3, h * 0.04, dyes[0], 0.3)


def thali(sc: Scene, cx: float, cy: float, r: float, st: Stops = BRASS) -> None:
    """A round plate lying on the table."""
    disc(
        sc,
        cx,
        cy,
        r,
        st,
        lambda d, x, y, rr: d.ellipse(
            (x - rr * 0.8, y - rr * 0.8, x + rr * 0.8, y + rr * 0.8),
            outline=255,
            width=max(2, int(rr * 0.02)),
        ),
        material(dark(_sample(st, 0.5), 0.35), metal=True),
        sy=0.3,
        shadow=0.45,
    )


def paint_food(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    stage(sc, ["ochre", "terracotta", "sage", "olive", "cream"], ["teak", "walnut"], 0.6, edge=0.93)
    clay = material(TERRACOTTA)
    if _has(name, "jaggery", "gur", "sugar"):
        sugarcane(sc, W * 0.1, H * 0.02, W * 0.16, H * 0.7, H * 0.03)
        sugarcane(sc, W * 0.17, H * -0.02, W * 0.2, H * 0.72, H * 0.028)
        if v == 2:
            coil_basket(
                sc,
                W * 0.46,
                H * 0.86,
                H * 0.36,
                rgb("#c9a060"),
                [rgb("#8a1f2a"), rgb("#2a6a3a")],
                "bowl",
                lid=False,
            )
            spots = [(0.4, 0.6), (0.47, 0.59), (0.54, 0.61), (0.44, 0.55), (0.51, 0.55)]
            for x, y in spots:
                jaggery_block(sc, W * x, H * y, H * 0.05, rng.random())
            for i in range(3):
                jaggery_block(
                    sc, W * (0.74 + 0.07 * i), H * (0.88 - 0.02 * (i % 2)), H * 0.055, rng.random()
                )
        else:
            thali(sc, W * 0.52, H * 0.8, H * 0.36)
            big = 0.07 if v == 1 else 0.085
            rows = [
                (0.4, 0.82),
                (0.47, 0.83),
                (0.54, 0.84),
                (0.61, 0.83),
                (0.44, 0.76),
                (0.51, 0.77),
                (0.58, 0.77),
                (0.47, 0.7),
                (0.54, 0.71),
            ]
            for x, y in rows[: 9 if v == 1 else 6]:
                jaggery_block(
                    sc,
                    W * (0.52 + (x - 0.5) * (1.25 if v == 3 else 1)),
                    H * y,
                    H * big,
                    rng.random(),
                )
            jaggery_block(sc, W * 0.84, H * 0.89, H * 0.045, rng.random())
        return
    if _has(name, "rice", "paddy", "grain"):
        bowl_st = BRASS if v != 2 else clay
        cx = W * (0.42 if v != 3 else 0.5)
        b = vessel(sc, cx, H * 0.86, H * 0.3, "bowl", bowl_st, [], width=0.95)
        mound(
            sc,
            cx,
            b.top - H * 0.15,
            b.rs[0] * 0.95,
            H * 0.16,
            rgb("#efe6d2"),
            rgb("#f7f0e2"),
            160,
            H * 0.016,
        )
        # paddy stalks with dark husks: the "kala namak" look
        for k in range(4):
            x0 = W * (0.74 + 0.035 * k)
            tip = (x0 + W * 0.05, H * (0.25 + 0.05 * k))
            tube(sc, [(x0, H * 0.84), tip], H * 0.009, rgb("#b58b3a"), 0.3)
            for j in range(8):
                t = 0.55 + j * 0.055
                gx, gy = x0 + (tip[0] - x0) * t, H * 0.84 + (tip[1] - H * 0.84) * t
                side = 1 if j % 2 else -1
                g = poly(
                    xform(SHAPE_LEAF, gx + side * H * 0.012, gy, H * 0.008, H * 0.02, side * 0.5)
                )
                sc.fill(g, rgb("#3a2020"))
        scoop = [(W * 0.12, H * 0.84), (W * 0.24, H * 0.8)]
        tube(sc, scoop, H * 0.018, WOOD, 0.3)
        mound(
            sc,
            W * 0.27,
            H * 0.77,
            H * 0.05,
            H * 0.03,
            rgb("#efe6d2"),
            rgb("#f7f0e2"),
            12,
            H * 0.012,
        )
        return
    if _has(name, "ghee", "butter"):
        if v == 3:
            sc.zoom = (1.3, 0.52, 0.66)
        ghee = rgb("#e8bf4f")
        jar = vessel(
            sc,
            W * 0.34,
            H * 0.84,
            H * 0.5,
            "jar",
            material(ghee, gloss=1.0, contrast=0.7),
            [(material("#f4ead0", gloss=1.0, contrast=0.5), lambda d, b: b.band(d, 0.1, H * 0.06))],
            open_top=False,
            width=0.4,
        )
        lid = Body(
            W * 0.34, jar.top - H * 0.06, jar.top + 4, jar.rs[0] * 1.06, [(0, 1), (1, 1)], 0.15
        )
        lid.paint(sc, BRASS, top_dark=0)
        sc.fill(
            ell(W * 0.34, jar.top - H * 0.06, jar.rs[0] * 1.06, jar.rs[0] * 0.16),
            lingrad(int(jar.rs[0] * 2.12) + 5, int(jar.rs[0] * 0.32) + 5, BRASS, 0),
        )
        b = vessel(sc, W * 0.66, H * 0.86, H * 0.24, "bowl", BRASS, [], width=1.0)
        mound(
            sc,
            W * 0.66,
            b.top - H * 0.02,
            b.rs[0] * 0.9,
            H * 0.035,
            rgb("#f0c860"),
            rgb("#f5d580"),
            0,
            4,
        )
        tube(
            sc,
            [(W * 0.6, b.top + H * 0.01), (W * 0.78, b.top - H * 0.14)],
            H * 0.014,
            rgb("#c9962e"),
            0.8,
        )
        diya(sc, W * 0.86, H * 0.9, H * 0.06, TERRACOTTA)
        return
    if _has(name, "banana"):
        if v == 3:
            sc.zoom = (1.3, 0.52, 0.66)
        thali(sc, W * 0.45, H * 0.78, H * 0.38)
        for k in range(6):
            a = -0.75 + k * 0.26
            cx, cy = W * 0.33 + k * W * 0.035, H * 0.62
            pts = [
                (cx, cy),
                (cx + math.sin(a) * H * 0.16 + H * 0.06, cy + H * 0.1),
                (cx + math.sin(a) * H * 0.22 + H * 0.18, cy + H * 0.12),
            ]
            tube(sc, pts, H * 0.085, rgb("#e6c030"), 0.4)
            sc.fill(ell(pts[-1][0], pts[-1][1], H * 0.012, H * 0.012), rgb("#4a3a1a"))
        tube(sc, [(W * 0.3, H * 0.56), (W * 0.36, H * 0.64)], H * 0.05, rgb("#7a8a3a"), 0.3)
        b = vessel(sc, W * 0.78, H * 0.88, H * 0.24, "bowl", clay, [], width=1.0)
        mound(
            sc,
            W * 0.78,
            b.top - H * 0.07,
            b.rs[0] * 0.9,
            H * 0.08,
            rgb("#e8c060"),
            rgb("#f0d080"),
            26,
            H * 0.03,
            "chip",
        )
        return
    if _has(name, "amla", "gooseberry"):
        if v == 3:
            sc.zoom = (1.3, 0.52, 0.66)
        b = vessel(sc, W * 0.36, H * 0.86, H * 0.32, "bowl", BRASS, [], width=1.0)
        for k in range(10):
            row = k // 4
            sphere(
                sc,
                W * 0.36 + (k % 4 - 1.5 + 0.5 * (row % 2)) * H * 0.1,
                b.top - H * 0.01 - row * H * 0.07,
                H * 0.055,
                rgb("#9ab83a"),
                0.5,
            )
        jar = vessel(
            sc,
            W * 0.72,
            H * 0.84,
            H * 0.46,
            "jar",
            material("#c98a1a", gloss=1.0),
            [],
            open_top=False,
            width=0.42,
            alpha=0.94,
        )
        for k in range(5):
            sc.fill(
                ell(
                    jar.cx + (k % 3 - 1) * jar.radius * 0.5,
                    jar.y(0.45 + 0.18 * (k // 3)),
                    jar.radius * 0.2,
                    jar.radius * 0.16,
                ).faded(0.45),
                rgb("#f0c040"),
            )
        lid = Body(
            W * 0.72, jar.top - H * 0.05, jar.top + 4, jar.rs[0] * 1.06, [(0, 1), (1, 1)], 0.15
        )
        lid.paint(sc, material("#8a1f2a"), top_dark=0)
        return
    # pulses, hing and everything else: bowls of ingredients
    if _has(name, "hing", "asafoetida", "spice", "masala"):
        colors = [rgb("#e3c46a"), rgb("#d9a23a"), rgb("#f1dca0")]
        gs, n = H * 0.008, 30
    else:
        colors = [rgb("#d9652a"), rgb("#e6b83a"), rgb("#6b8f3a"), rgb("#8a4a2a")]
        gs, n = H * 0.011, 70
    rng.shuffle(colors)
    spots = (
        [(0.27, 0.78, 0.26), (0.7, 0.78, 0.24), (0.48, 0.9, 0.22)]
        if v != 3
        else [(0.4, 0.86, 0.36), (0.76, 0.86, 0.22)]
    )
    for i, (x, y, h) in enumerate(spots):
        b = vessel(sc, W * x, H * y, H * h, "bowl", BRASS if i % 2 == 0 else clay, [], width=1.0)
        c = colors[i % len(colors)]
        mound(sc, W * x, b.top - H * h * 0.3, b.rs[0] * 0.92, H * h * 0.32, c, c, n, gs, "dot")


def attar_bottle(sc: Scene, cx: float, base: float, h: float, glass: Color, kind: str) -> None:
    prof = {
        "drop": [(0, 0.2), (0.12, 0.2), (0.2, 0.55), (0.55, 1.0), (0.85, 0.8), (1, 0.55)],
        "tall": [(0, 0.22), (0.2, 0.22), (0.3, 0.7), (0.4, 0.85), (0.9, 0.85), (1, 0.75)],
        "round": [(0, 0.2), (0.1, 0.2), (0.25, 0.85), (0.6, 1.0), (0.9, 0.8), (1, 0.5)],
    }[kind]
    body_h = h * 0.62
    b = Body(cx, base - body_h, base, h * 0.26, prof, 0.16)
    sc.shadow(b.part, h * 0.08, 0, h * 0.1, 0.35, color=dark(glass, 0.6))
    sc.contact(cx, base, b.rs[-1] * 1.2, b.rs[-1] * 0.2, 0.5)

    def facets(d, bb):
        for x, _, c in bb.around(0.6, 7):
            d.polygon(
                [
                    bb.local(x - 6 * c, bb.y(0.3)),
                    bb.local(x + 6 * c, bb.y(0.3)),
                    bb.local(x + 3 * c, bb.y(0.95)),
                    bb.local(x - 3 * c, bb.y(0.95)),
                ],
                fill=255,
            )

    b.paint(
        sc,
        material(glass, gloss=1.0, contrast=0.9),
        [
            (material(light(glass, 0.3), gloss=1.0), facets),
            (GOLD, lambda d, bb: (bb.band(d, 0.25, h * 0.02), bb.band(d, 0.97, h * 0.015))),
        ],
        top_dark=0.1,
        foot_dark=0.2,
        alpha=0.93,
    )
    neck_top = base - body_h - h * 0.1
    cap = Body(cx, neck_top, base - body_h + 3, h * 0.07, [(0, 0.7), (0.5, 1.2), (1, 1.0)], 0.2)
    cap.paint(sc, GOLD, top_dark=0)
    stick = [(cx, neck_top - h * 0.25), (cx, neck_top)]
    tube(sc, stick, h * 0.035, rgb("#d9aa3c"), 0.8)
    p = poly(xform(SHAPE_PETAL, cx, neck_top - h * 0.28, h * 0.05, h * 0.07))
    sc.fill(p, lingrad(p.w, p.h, GOLD, 30))


def paint_perfume(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    glasses = [rgb(c) for c in ("#b8860b", "#8b1a1a", "#1f6b4a", "#c25a1a", "#6a1b6a", "#d4a017")]
    rng.shuffle(glasses)
    kinds = ["drop", "tall", "round"]
    stage(
        sc,
        ["rose", "maroon", "plum", "midnight"],
        ["velvet_red", "dark", "walnut"],
        0.7,
        arch=v == 1,
    )
    if v == 2:
        deg = vessel(sc, W * 0.28, H * 0.84, H * 0.5, "pot", COPPER, [], open_top=False, width=0.55)
        sc.fill(
            ell(W * 0.28, deg.top, deg.rs[0], deg.rs[0] * 0.15),
            lingrad(int(deg.rs[0] * 2) + 5, int(deg.rs[0] * 0.3) + 5, COPPER, 0),
        )
        tube(
            sc,
            [(W * 0.3, deg.top - H * 0.02), (W * 0.45, H * 0.22), (W * 0.62, H * 0.46)],
            H * 0.025,
            rgb("#c8a060"),
            0.3,
        )
        for i in range(3):
            attar_bottle(
                sc,
                W * (0.62 + 0.1 * i),
                H * (0.86 + 0.03 * (i % 2)),
                H * (0.3 - 0.04 * i),
                glasses[i],
                kinds[i % 3],
            )
    else:
        disc(
            sc,
            W * 0.5,
            H * 0.84,
            W * 0.3,
            BRASS,
            radial_deco(rng, 2),
            ENGRAVED,
            sy=0.26,
            shadow=0.5,
        )
        n = 5 if v == 1 else 3
        big = 1.0 if v == 1 else 1.45
        xs = [0.34, 0.42, 0.5, 0.58, 0.66] if n == 5 else [0.36, 0.5, 0.64]
        hs = [0.26, 0.32, 0.4, 0.3, 0.24] if n == 5 else [0.3, 0.38, 0.28]
        order = sorted(range(n), key=lambda i: abs(xs[i] - 0.5), reverse=True)
        for i in order:
            attar_bottle(
                sc,
                W * xs[i],
                H * (0.84 + (0.02 if i % 2 else 0)),
                H * hs[i] * big,
                glasses[i],
                kinds[i % 3],
            )
    petals(
        sc,
        W * 0.08,
        W * 0.92,
        H * 0.845,
        H * 0.89,
        [rgb("#b3122e"), rgb("#d81b60"), rgb("#f3f0e6")],
        8,
        H * 0.026,
    )


LACQUER = [rgb(c) for c in ("#d0202a", "#f2b705", "#1f8a3b", "#1e5bb8", "#e0601a", "#7a1fa2")]


def spinning_top(sc: Scene, cx: float, base: float, h: float, cols: Sequence[Color]) -> None:
    b = Body(
        cx,
        base - h,
        base - h * 0.08,
        h * 0.48,
        [(0, 0.35), (0.12, 0.5), (0.35, 1.0), (0.55, 0.95), (0.85, 0.35), (1, 0.08)],
        0.22,
    )
    sc.contact(cx, base, h * 0.12, h * 0.03, 0.6)
    sc.shadow(b.part, h * 0.15, h * 0.08, h * 0.12, 0.4)
    tube(sc, [(cx, base - h * 0.1), (cx, base)], h * 0.05, (60, 60, 60), 0.8)
    b.paint(
        sc,
        material(cols[0], gloss=0.9),
        [
            (
                material(cols[1], gloss=0.9),
                lambda d, bb: (bb.band(d, 0.3, h * 0.08), bb.band(d, 0.62, h * 0.05)),
            ),
            (
                material((25, 20, 20), gloss=0.7),
                lambda d, bb: (
                    bb.band(d, 0.22, h * 0.012),
                    bb.band(d, 0.4, h * 0.012),
                    bb.band(d, 0.7, h * 0.012),
                ),
            ),
        ],
        top_dark=0.0,
        foot_dark=0.2,
    )
    top = ell(cx, b.top, b.rs[0], b.rs[0] * 0.22)
    sc.fill(top, lingrad(top.w, top.h, material(cols[2], gloss=0.6), 10))
    Body(cx, b.top - h * 0.16, b.top, h * 0.06, [(0, 0.8), (0.3, 1.0), (1, 0.9)], 0.3).paint(
        sc, material(cols[1], gloss=0.9), top_dark=0
    )


def ring_stacker(sc: Scene, cx: float, base: float, h: float, cols: Sequence[Color]) -> None:
    sc.contact(cx, base, h * 0.36, h * 0.05, 0.55)
    Body(cx, base - h * 0.08, base, h * 0.36, [(0, 1), (1, 1)], 0.25).paint(
        sc, material(cols[0], gloss=0.8), top_dark=0
    )
    y = base - h * 0.08
    n = 5
    for i in range(n):
        r = h * (0.32 - i * 0.045)
        th = h * 0.12
        b = Body(cx, y - th, y, r, [(0, 0.7), (0.5, 1.0), (1, 0.7)], 0.25)
        b.paint(sc, material(cols[(i + 1) % len(cols)], gloss=0.9), top_dark=0.1, foot_dark=0.2)
        y -= th * 0.92
    sphere(sc, cx, y - h * 0.05, h * 0.07, cols[0], 0.9)


def toy_cart(sc: Scene, cx: float, base: float, w: float, cols: Sequence[Color]) -> None:
    r = w * 0.16
    box3d(
        sc,
        cx - w / 2,
        base - r * 0.9,
        w,
        w * 0.32,
        w * 0.3,
        cols[0],
        cols[1],
        dark(cols[0], 0.1),
        shadow=0.5,
    )
    for x in (cx - w * 0.3, cx + w * 0.32):
        disc(
            sc,
            x,
            base - r * 0.9,
            r,
            material(cols[2], gloss=0.8),
            lambda d, x0, y0, rr: d.ellipse(
                (x0 - rr * 0.35, y0 - rr * 0.35, x0 + rr * 0.35, y0 + rr * 0.35), fill=255
            ),
            material(cols[3], gloss=0.8),
            shadow=0.4,
        )


def teddy(sc: Scene, cx: float, base: float, h: float, fur: Color) -> None:
    """A seated plush bear."""
    muzzle_c = light(fur, 0.45)
    st = stops((0, light(fur, 0.3)), (0.45, fur), (0.9, dark(fur, 0.45)), (1, dark(fur, 0.3)))

    def blob(x, y, rx, ry):
        p = ell(x, y, rx, ry)
        sc.fill(
            p,
            colorize(
                field(p.w, p.h, lambda u, v: min(1, math.hypot(u - 0.36, v - 0.3) * 1.15), 24), st
            ),
        )
        return p

    body_cy = base - h * 0.28
    sc.contact(cx, base, h * 0.42, h * 0.05, 0.6)
    whole = ell(cx, base - h * 0.45, h * 0.4, h * 0.45)
    sc.shadow(whole, h * 0.08, h * 0.02, h * 0.1, 0.4)
    for sx in (-1, 1):
        blob(cx + sx * h * 0.26, base - h * 0.08, h * 0.14, h * 0.1)
    blob(cx, body_cy, h * 0.3, h * 0.28)
    sc.fill(ell(cx, body_cy + h * 0.04, h * 0.17, h * 0.17), light(fur, 0.25))
    for sx in (-1, 1):
        blob(cx + sx * h * 0.3, body_cy - h * 0.05, h * 0.09, h * 0.15)
        pad = ell(cx + sx * h * 0.26, base - h * 0.07, h * 0.07, h * 0.06)
        sc.fill(pad, muzzle_c)
        blob(cx + sx * h * 0.19, base - h * 0.84, h * 0.09, h * 0.09)
        sc.fill(ell(cx + sx * h * 0.19, base - h * 0.84, h * 0.05, h * 0.05), light(fur, 0.35))
    head_y = base - h * 0.66
    blob(cx, head_y, h * 0.24, h * 0.21)
    mz = ell(cx, head_y + h * 0.07, h * 0.1, h * 0.075)
    sc.fill(mz, vgrad(mz.w, mz.h, stops((0, light(muzzle_c, 0.2)), (1, dark(muzzle_c, 0.1)))))
    nose = ell(cx, head_y + h * 0.045, h * 0.035, h * 0.025)
    sc.fill(nose, (40, 24, 20))
    for sx in (-1, 1):
        sc.fill(ell(cx + sx * h * 0.085, head_y - h * 0.03, h * 0.022, h * 0.024), (25, 16, 14))
        sc.fill(
            ell(cx + sx * h * 0.085 - h * 0.006, head_y - h * 0.037, h * 0.007, h * 0.007),
            (255, 255, 255),
        )
    bow = rgb("#c2185b")
    for sx in (-1, 1):
        sc.fill(
            poly(
                [
                    (cx, head_y + h * 0.2),
                    (cx + sx * h * 0.1, head_y + h * 0.15),
                    (cx + sx * h * 0.1, head_y + h * 0.26),
                ]
            ),
            bow,
        )
    sc.fill(ell(cx, head_y + h * 0.2, h * 0.03, h * 0.03), dark(bow, 0.2))


def cricket_bat(sc: Scene, x: float, y: float, length: float, angle: float) -> None:
    c, s = math.cos(angle), math.sin(angle)

    def P(u, v):
        return (x + u * length * c - v * length * s, y + u * length * s + v * length * c)

    blade = [
        P(0.0, -0.05),
        P(0.62, -0.055),
        P(0.66, -0.03),
        P(0.66, 0.03),
        P(0.62, 0.055),
        P(0.0, 0.055),
        P(-0.01, 0.0),
    ]
    p = poly(blade)
    sc.shadow(p, 20, 20, 24, 0.5)
    sc.fill(p, lingrad(p.w, p.h, material("#e9cf9a", contrast=0.6), math.degrees(angle) + 90))
    tube(sc, [P(0.64, 0), P(1.0, 0)], length * 0.045, rgb("#1e3a6e"), 0.5)
    for k in range(9):
        a, b = P(0.68 + k * 0.035, -0.025), P(0.7 + k * 0.035, 0.025)
        sc.line([a, b], rgb("#102448"), 3)
    sc.line([P(0.05, 0.0), P(0.5, 0.0)], rgb("#d9b880"), 3)


def leather_ball(sc: Scene, cx: float, cy: float, r: float, color: Color = (170, 20, 28)) -> None:
    sc.contact(cx, cy + r * 0.95, r * 0.9, r * 0.15, 0.6)
    sphere(sc, cx, cy, r, color, 0.6)
    seam = [
        (cx + r * 0.25 * math.sin(t * math.pi), cy - r * 0.98 + 1.96 * r * t)
        for t in [i / 20 for i in range(21)]
    ]
    sc.line(seam, (240, 230, 220), r * 0.05)
    for k in range(1, 20, 2):
        x, y = seam[k]
        for sx in (-1, 1):
            sc.line([(x + sx * r * 0.04, y), (x + sx * r * 0.09, y - r * 0.02)], (240, 230, 220), 3)


def football(sc: Scene, cx: float, cy: float, r: float) -> None:
    sc.contact(cx, cy + r * 0.95, r * 0.9, r * 0.15, 0.6)
    p = sphere(sc, cx, cy, r, (235, 235, 235), 0.5)
    d = ImageDraw.Draw(m := Image.new("L", p.m.size, 0))
    ox, oy = p.x, p.y
    pent = [
        (cx + r * 0.3 * math.cos(a - math.pi / 2), cy + r * 0.3 * math.sin(a - math.pi / 2))
        for a in [k * TAU / 5 for k in range(5)]
    ]
    d.polygon([(px - ox, py - oy) for px, py in pent], fill=255)
    for k in range(5):
        a = k * TAU / 5 - math.pi / 2 + math.pi / 5
        qx, qy = cx + r * 0.85 * math.cos(a), cy + r * 0.85 * math.sin(a)
        pts = [
            (qx + r * 0.22 * math.cos(a + j * TAU / 5), qy + r * 0.22 * math.sin(a + j * TAU / 5))
            for j in range(5)
        ]
        d.polygon([(px - ox, py - oy) for px, py in pts], fill=255)
    m = ImageChops.multiply(m, p.m)
    sc.fill(Part(m, ox, oy), sphere_img(p.w, (30, 30, 34), 0.4))


def paint_toys(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    cols = LACQUER[:]
    rng.shuffle(cols)
    if _has(name, "sport", "cricket", "bat", "ball", "hockey", "football"):
        stage(sc, ["sage", "teal", "sand", "olive"], ["teak", "green"], 0.72)
        if _has(name, "football", "hockey") or (v == 2 and not _has(name, "cricket", "bat")):
            football(sc, W * 0.35, H * 0.72, H * 0.16)
            tube(
                sc,
                [
                    (W * 0.55, H * 0.1),
                    (W * 0.66, H * 0.8),
                    (W * 0.7, H * 0.86),
                    (W * 0.8, H * 0.85),
                ],
                H * 0.04,
                rgb("#c99a5a"),
                0.4,
            )
            leather_ball(sc, W * 0.84, H * 0.86, H * 0.05, (235, 235, 230))
            if v == 3:
                sc.zoom = (1.3, 0.55, 0.6)
        else:
            for k in range(3):
                tube(
                    sc,
                    [(W * (0.18 + k * 0.04), H * 0.22), (W * (0.18 + k * 0.04), H * 0.86)],
                    H * 0.025,
                    rgb("#e6d2a8"),
                    0.4,
                )
            cricket_bat(sc, W * 0.36, H * 0.86, H * 0.82, -1.25 if v == 1 else -1.0)
            leather_ball(sc, W * 0.68, H * 0.82, H * 0.07)
            if v == 3:
                leather_ball(sc, W * 0.8, H * 0.88, H * 0.065, (235, 235, 230))
        return
    if _has(name, "soft", "plush", "stuffed", "teddy"):
        stage(sc, ["rose", "sage", "teal", "cream"], ["teak", "linen"], 0.7, arch=v == 1)
        furs = [rgb(c) for c in ("#b5793e", "#e8d2b0", "#d98c9a", "#8a6a4a")]
        rng.shuffle(furs)
        if v == 1:
            teddy(sc, W * 0.5, H * 0.88, H * 0.62, furs[0])
        else:
            teddy(sc, W * 0.34, H * 0.86, H * 0.56, furs[0])
            teddy(sc, W * 0.68, H * 0.9, H * 0.42, furs[1])
        return
    stage(sc, ["teal", "saffron", "indigo", "sage"], ["teak", "walnut"], 0.7, arch=v == 1)
    if v == 1:
        ring_stacker(sc, W * 0.5, H * 0.84, H * 0.5, cols)
        spinning_top(sc, W * 0.26, H * 0.9, H * 0.22, cols[1:])
        spinning_top(sc, W * 0.76, H * 0.88, H * 0.18, cols[2:] + cols[:2])
    elif v == 2:
        toy_cart(sc, W * 0.38, H * 0.86, W * 0.3, cols)
        spinning_top(sc, W * 0.72, H * 0.86, H * 0.3, cols[1:])
    else:
        for i in range(4):
            spinning_top(
                sc,
                W * (0.2 + 0.2 * i),
                H * (0.82 + 0.06 * (i % 2)),
                H * (0.26 - 0.02 * i),
                cols[i:] + cols[:i],
            )


def bindi_sheet(rng: random.Random, w: int, h: int, card: Color) -> Image.Image:
    img = lingrad(w, h, stops((0, light(card, 0.12)), (1, dark(card, 0.12))), 60)
    d = ImageDraw.Draw(img)
    pal = [rgb(c) for c in ("#b3122e", "#7a0f1c", "#c2185b", "#1d3f8f", "#0f6b4f", "#d9a441")]
    rows, cols = 5, 7
    for j in range(rows):
        c = pal[j % len(pal)]
        for i in range(cols):
            x, y = (i + 0.5) * w / cols, (j + 0.5) * h / rows
            s = min(w / cols, h / rows) * (0.18 + 0.04 * (j % 3))
            shape = [circle_pts(24), SHAPE_PETAL, rosette(6, 0.3), star(5, 0.5)][(j + (i % 2)) % 4]
            d.polygon(xform(shape, x + 3, y + 4, s, s), fill=dark(card, 0.4))
            d.polygon(xform(shape, x, y, s, s), fill=c)
            d.ellipse((x - s * 0.5, y - s * 0.55, x - s * 0.15, y - s * 0.25), fill=light(c, 0.45))
            if (i + j) % 3 == 0:
                d.ellipse(
                    (x - s * 0.18, y - s * 0.18, x + s * 0.18, y + s * 0.18), fill=(240, 220, 160)
                )
    return img


def paint_jewellery(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    cards = [rgb(c) for c in ("#f3e9d6", "#1a1414", "#e8d0d6", "#f7f0e0")]
    if _has(name, "bindi", "tikuli"):
        if v == 3:
            sc.img.paste(lingrad(W, H, TABLES["velvet_red"], 70), (0, 0))
            sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 200, 180), 0.25)
            for k, (x, y, a) in enumerate(((0.3, 0.38, -8), (0.66, 0.44, 6), (0.45, 0.72, -3))):
                sheet = bindi_sheet(rng, 900, 640, cards[k % len(cards)])
                place_rotated(
                    sc, sheet, Image.new("L", sheet.size, 255), W * x, H * y, a, shadow=0.5
                )
            b = vessel(sc, W * 0.84, H * 0.92, H * 0.12, "bowl", BRASS, [], width=1.0)
            mound(
                sc,
                W * 0.84,
                b.top - H * 0.04,
                b.rs[0] * 0.9,
                H * 0.05,
                rgb("#c8102e"),
                rgb("#d81b3a"),
                0,
                4,
            )
            return
        stage(
            sc,
            ["rose", "plum", "teal", "maroon"],
            ["velvet_red", "dark", "walnut"],
            0.62,
            arch=False,
            edge=None,
        )
        for k in range(3):
            sheet = bindi_sheet(rng, 800, 560, cards[(k + v) % len(cards)])
            x0 = W * (0.14 + 0.1 * k)
            quad = [
                (x0 + W * 0.06, H * (0.56 + 0.07 * k)),
                (x0 + W * 0.52, H * (0.5 + 0.07 * k)),
                (x0 + W * 0.56, H * (0.82 + 0.05 * k)),
                (x0 + W * 0.0, H * (0.9 + 0.05 * k)),
            ]
            part, pic = warp(sheet, quad)
            sc.shadow(part, 20, 26, 30, 0.5)
            sc.fill(part, pic)
        box = Body(W * 0.82, H * 0.62, H * 0.72, H * 0.1, [(0, 1), (1, 1)], 0.3)
        sc.contact(W * 0.82, H * 0.73, H * 0.11, H * 0.03, 0.55)
        box.paint(sc, material("#b3122e", gloss=0.6), top_dark=0)
        lid = ell(W * 0.82, H * 0.62, H * 0.1, H * 0.03)
        sc.fill(lid, lingrad(lid.w, lid.h, GOLD, 20))
        return
    stage(sc, ["plum", "midnight", "teal"], ["velvet_blue", "velvet_red"], 0.7, arch=v == 1)
    # a necklace on a velvet bust, with jhumka earrings beside it
    cx = W * 0.5
    bust = poly(
        spline(
            [
                (cx - W * 0.2, H * 0.9),
                (cx - W * 0.19, H * 0.7),
                (cx - W * 0.13, H * 0.56),
                (cx - W * 0.06, H * 0.49),
                (cx - W * 0.05, H * 0.3),
                (cx - W * 0.045, H * 0.2),
                (cx + W * 0.045, H * 0.2),
                (cx + W * 0.05, H * 0.3),
                (cx + W * 0.06, H * 0.49),
                (cx + W * 0.13, H * 0.56),
                (cx + W * 0.19, H * 0.7),
                (cx + W * 0.2, H * 0.9),
            ],
            closed=True,
            n=6,
        )
    )
    sc.shadow(bust, 30, 10, 40, 0.5)
    sc.fill(bust, hgrad(bust.w, bust.h, material("#2a1a2a", contrast=0.7)))
    for k in range(3):
        rr = W * (0.07 + 0.025 * k)
        for i in range(22):
            a = math.pi * (0.1 + 0.8 * i / 21)
            x, y = cx - rr * math.cos(a), H * 0.45 + rr * 1.1 * math.sin(a)
            sphere(
                sc,
                x,
                y,
                H * (0.014 + 0.003 * k),
                (240, 232, 215) if k != 1 else rgb("#b3122e"),
                0.9,
            )
    pend = poly(xform(SHAPE_PETAL, cx, H * 0.74, H * 0.05, H * 0.07, math.pi))
    sc.fill(pend, lingrad(pend.w, pend.h, GOLD, 30))
    sphere(sc, cx, H * 0.73, H * 0.025, rgb("#0f6b4f"), 0.9)
    for x in (0.22, 0.78):
        bell(sc, W * x, H * 0.5, H * 0.16, rgb("#d9aa3c"), hang=H * 0.12)


def paint_fibre(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    dyes = [rgb(c) for c in ("#c2185b", "#2e7d32", "#6a1b9a", "#ef6c00", "#1565c0", "#d32f2f")]
    rng.shuffle(dyes)
    straw = rgb("#d8b26a")
    if _has(name, "jute", "hanging", "macrame"):
        stage(sc, ["cream", "sage", "sand"], ["teak"], 0.86, edge=None)
        jute = rgb("#c8a46a")
        x0, x1, y0 = (W * 0.3, W * 0.7, H * 0.12) if v != 2 else (W * 0.36, W * 0.64, H * 0.1)
        if v == 3:
            sc.zoom = (1.45, 0.5, 0.42)
        hcyl(sc, x0 - W * 0.03, x1 + W * 0.03, y0, H * 0.014, material(WOOD), end=False)
        cords = 14
        for i in range(cords):
            x = x0 + (x1 - x0) * (i + 0.5) / cords
            pts = [(x, y0)]
            for k in range(1, 7):
                pts.append((x + ((-1) ** (i + k)) * (x1 - x0) / cords * 0.5, y0 + k * H * 0.08))
            pts.append((pts[-1][0], H * 0.8 - abs(i - cords / 2) * H * 0.015))
            sc.shadow(
                poly(
                    [
                        (x - 4, y0),
                        (x + 4, y0),
                        (pts[-1][0] + 4, pts[-1][1]),
                        (pts[-1][0] - 4, pts[-1][1]),
                    ]
                ),
                16,
                10,
                12,
                0.3,
            )
            tube(sc, pts, H * 0.012, jute, 0.2)
        for k in range(1, 6):
            for i in range(cords // 2):
                x = x0 + (x1 - x0) * (2 * i + 1 + (k % 2)) / cords
                if x < x1:
                    sphere(sc, x, y0 + k * H * 0.08, H * 0.014, dark(jute, 0.1), 0.2)
        for i in range(5):
            sphere(sc, x0 + (x1 - x0) * (i + 0.5) / 5, H * 0.6, H * 0.02, dyes[i % 3], 0.5)
        return
    hy = stage(
        sc, ["indigo", "teal", "sage", "terracotta"], ["teak", "walnut", "linen"], 0.7, arch=v == 1
    )
    if _has(name, "wheat"):
        straw = rgb("#e2bd6a")
        dyes = [rgb("#b3122e"), rgb("#e2bd6a"), rgb("#1d3f8f")]
    elif _has(name, "banana"):
        straw = rgb("#b89a6a")
    if v == 1:
        top = pedestal(sc, W * 0.5, hy + H * 0.07, W * 0.17, H * 0.05, rgb("#d8c8a8"))
        coil_basket(sc, W * 0.5, top + H * 0.01, H * 0.42, straw, dyes)
    elif v == 2:
        coil_basket(sc, W * 0.3, H * 0.82, H * 0.44, straw, dyes)
        coil_basket(sc, W * 0.56, H * 0.86, H * 0.28, straw, dyes[1:] + dyes[:1])
        coil_basket(sc, W * 0.78, H * 0.9, H * 0.2, straw, dyes[2:], "bowl", lid=False)
    else:

        def spiral(d, cx, cy, r):
            for k in range(1, 14):
                rr = r * k / 14
                d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=255, width=3)

        disc(
            sc,
            W * 0.36,
            H * 0.48,
            H * 0.3,
            material(straw, contrast=0.6),
            spiral,
            material(dark(straw, 0.3)),
            sy=0.97,
        )
        disc(
            sc,
            W * 0.36,
            H * 0.48,
            H * 0.18,
            material(dyes[0], contrast=0.6),
            radial_deco(rng, 1),
            material(straw),
            sy=0.97,
            shadow=0,
        )
        coil_basket(sc, W * 0.72, H * 0.9, H * 0.4, straw, dyes)


def dholak(
    sc: Scene, cx: float, cy: float, length: float, r: float, wood: Color, rope: Color
) -> None:
    b = Body(0, 0, length, r, [(0, 0.82), (0.5, 1.0), (1, 0.82)], 0.0)
    img = b.render(
        material(wood, gloss=0.5),
        [
            (
                material(light(wood, 0.25), gloss=0.5),
                lambda d, bb: [bb.band(d, t, length * 0.02) for t in (0.2, 0.8)],
            )
        ],
        top_dark=0,
        foot_dark=0,
    )
    img = img.rotate(90, expand=True)
    m = b.part.m.rotate(90, expand=True)
    p = Part(m, int(cx - m.width / 2), int(cy - m.height / 2))
    sc.shadow(p, 20, r * 0.4, r * 0.3, 0.55, sy=0.4)
    sc.fill(p, img)
    x0, x1 = cx - length / 2, cx + length / 2
    # the rope laced from head to head in a zigzag, with a tensioning ring on each run
    n = 5
    ys = [cy - r * 0.8 * math.cos(math.pi * (0.08 + 0.84 * k / (2 * n))) for k in range(2 * n + 1)]
    pts = [
        (x0 + length * 0.05 if k % 2 == 0 else x1 - length * 0.05, ys[k]) for k in range(2 * n + 1)
    ]
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        sc.line([(xa, ya), (xb, yb)], dark(rope, 0.35), r * 0.05)
        sc.line([(xa, ya - r * 0.01), (xb, yb - r * 0.01)], rope, r * 0.028)
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        t = 0.72 if xa < xb else 0.28
        rx_, ry_ = xa + (xb - xa) * t, ya + (yb - ya) * t
        sc.fill(ring(rx_, ry_, r * 0.06, r * 0.05, r * 0.018), _sample(GOLD, 0.3))
    for x in (x0, x1):
        head = ell(x, cy, r * 0.22, r * 0.84)
        sc.fill(head, lingrad(head.w, head.h, stops((0, "#f2e6cc"), (1, "#b8a07a")), 20))
        sc.fill(ring(x, cy, r * 0.22, r * 0.84, r * 0.05), dark(wood, 0.4))


def flute(sc: Scene, x0: float, y0: float, x1: float, y1: float, r: float, thread: Color) -> None:
    bamboo = rgb("#caa463")
    sc.shadow(poly([(x0, y0 - r), (x1, y1 - r), (x1, y1 + r), (x0, y0 + r)]), 14, 22, 16, 0.5)
    tube(sc, [(x0, y0), (x1, y1)], 2 * r, bamboo, 0.5)
    L = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / L, (y1 - y0) / L
    for k in range(7):
        t = 0.42 + k * 0.065 if k < 6 else 0.14
        hx, hy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        sc.fill(ell(hx - uy * r * 0.2, hy - r * 0.2, r * 0.35, r * 0.3), (45, 28, 12))
    for t in (0.04, 0.08, 0.3, 0.96):
        cx, cy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        sc.line([(cx - uy * r, cy + ux * r), (cx + uy * r, cy - ux * r)], thread, r * 0.35)


def paper_sheet(rng: random.Random, w: int, h: int, tint: Color) -> tuple[Image.Image, Image.Image]:
    img = lingrad(w, h, stops((0, light(tint, 0.15)), (1, dark(tint, 0.05))), 50)
    d = ImageDraw.Draw(img)
    for _ in range(14):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        c = rng.choice([rgb("#c2185b"), rgb("#e8891c"), rgb("#6b8f3a"), rgb("#d9a441")])
        d.polygon(
            xform(SHAPE_PETAL, x, y, w * 0.012, w * 0.024, rng.uniform(0, TAU)),
            fill=mix(c, tint, 0.35),
        )
    pts = []
    for i in range(40):
        pts.append((w * i / 40, rng.uniform(0, h * 0.012)))
    for i in range(30):
        pts.append((w - rng.uniform(0, w * 0.01), h * i / 30))
    for i in range(40):
        pts.append((w - w * i / 40, h - rng.uniform(0, h * 0.012)))
    for i in range(30):
        pts.append((rng.uniform(0, w * 0.01), h - h * i / 30))
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).polygon(pts, fill=255)
    return img, m


def paint_other(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "dholak", "drum", "musical", "tabla"):
        stage(sc, ["ochre", "teal", "maroon", "indigo"], ["teak", "walnut"], 0.7, arch=v == 1)
        wood = rgb(rng.choice(["#7a2a1a", "#8a4a22", "#5a2a14"]))
        rope = rgb(rng.choice(["#e8e0c8", "#c2185b", "#e0a030"]))
        if v == 2:
            dholak(sc, W * 0.36, H * 0.72, W * 0.36, H * 0.14, wood, rope)
            dholak(sc, W * 0.7, H * 0.82, W * 0.26, H * 0.1, rgb("#8a4a22"), rgb("#e8e0c8"))
        else:
            dholak(sc, W * 0.5, H * 0.74, W * 0.5, H * 0.17, wood, rope)
        return
    if _has(name, "flute", "bansuri"):
        sc.img.paste(
            lingrad(W, H, TABLES[rng.choice(["velvet_blue", "velvet_red", "green"])], 70), (0, 0)
        )
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 200), 0.25)
        threads = [rgb("#c2185b"), rgb("#d9a441"), rgb("#1e88e5")]
        n = 3 if v != 2 else 4
        for k in range(n):
            off = (k - (n - 1) / 2) * H * 0.12
            flute(
                sc,
                W * 0.12,
                H * 0.72 + off - (k * H * 0.02 if v == 3 else 0),
                W * 0.88,
                H * 0.28 + off,
                H * (0.028 - 0.002 * k),
                threads[k % 3],
            )
        for i in range(2):
            marigold(sc, W * (0.82 - 0.06 * i), H * (0.82 + 0.06 * i), H * 0.04)
        return
    if _has(name, "paper"):
        sc.img.paste(lingrad(W, H, TABLES["walnut"], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 200), 0.3)
        tints = [rgb(c) for c in ("#f3e7cf", "#e9d3c3", "#d7e3cf", "#f0d9a8", "#dcd3e8")]
        rng.shuffle(tints)
        for k in range(4):
            img, m = paper_sheet(rng, 1300, 900, tints[k])
            place_rotated(
                sc,
                img,
                m,
                W * (0.4 + 0.06 * k),
                H * (0.42 + 0.05 * k),
                rng.uniform(-12, 12),
                shadow=0.4,
            )
        if v == 3:
            sc.zoom = (1.35, 0.55, 0.5)
        else:
            cover = paper_sheet(rng, 700, 500, rgb(rng.choice(["#8a3a2a", "#2f4a6a", "#3f5a3a"])))[
                0
            ]
            tq = box3d(
                sc,
                W * 0.66,
                H * 0.95,
                W * 0.26,
                H * 0.05,
                H * 0.22,
                cover,
                cover,
                dark(_avg(cover), 0.3),
            )
            mid_top = ((tq[0][0] + tq[1][0]) / 2, (tq[0][1] + tq[1][1]) / 2)
            mid_bot = ((tq[3][0] + tq[2][0]) / 2, (tq[3][1] + tq[2][1]) / 2)
            twine = rgb("#c8a878")
            sc.line([mid_top, mid_bot, (mid_bot[0], H * 0.95)], twine, 7)
            sphere(
                sc, (mid_top[0] + mid_bot[0]) / 2, (mid_top[1] + mid_bot[1]) / 2, H * 0.012, twine
            )
        return
    if _has(name, "horn", "bone"):
        horn = material("#3a2a20", gloss=0.8, contrast=0.6)
        bone = material("#e8dcc4", gloss=0.3, contrast=0.6)
        vessel_scene(
            sc,
            [horn, bone],
            [material("#e8dcc4", contrast=0.5), material("#3a2a20")],
            ["bowl", "vase", "jar"],
            ["teal", "sage", "ochre"],
            ["walnut", "dark"],
            inside=(30, 22, 16),
        )
        return
    if _has(name, "tharu", "tribal"):
        dyes = [rgb(c) for c in ("#c2185b", "#f9a825", "#2e7d32", "#1565c0", "#d84315")]
        rng.shuffle(dyes)
        straw = rgb("#d8b26a")
        if v == 3:
            sc.img.paste(lingrad(W, H, TABLES["walnut"], 70), (0, 0))
            sc.glow(W * 0.45, H * 0.42, W * 0.6, H * 0.6, (255, 230, 190), 0.3)
            panel = embroidery_panel(rng, 900, rgb("#1a1414"), ZARI, "applique").resize(
                (int(H * 0.72), int(H * 0.72))
            )
            place_rotated(
                sc, panel, Image.new("L", panel.size, 255), W * 0.38, H * 0.47, 6, shadow=0.5
            )
            coil_basket(sc, W * 0.78, H * 0.9, H * 0.42, straw, dyes)
            return
        stage(sc, ["ochre", "terracotta", "sage"], ["teak", "walnut"], 0.7, arch=v == 1)
        if v == 1:
            coil_basket(sc, W * 0.5, H * 0.86, H * 0.56, straw, dyes)
        else:
            coil_basket(sc, W * 0.3, H * 0.84, H * 0.5, straw, dyes)
            panel = embroidery_panel(rng, 800, rgb("#1a1414"), ZARI, "applique")
            folded_stack(
                sc,
                W * 0.72,
                H * 0.9,
                W * 0.3,
                [panel.resize((1200, 600)), panel.resize((1200, 600)).rotate(180)],
                thick=0.05,
                depth=0.12,
            )
        return
    mats = [
        material("#1d6b52", gloss=0.7),
        material("#b3202e", gloss=0.7),
        material("#1f4f9c", gloss=0.7),
    ]
    vessel_scene(
        sc,
        mats,
        [GOLD],
        ["vase", "jar", "surahi", "lota"],
        ["sand", "cream", "teal"],
        ["walnut", "teak"],
        inside=(30, 20, 10),
        accents=[rgb("#e8891c")],
    )


PAINTERS: dict[str, Callable[[Scene, str], None]] = {
    "textiles": paint_textiles,
    "metalcraft": paint_metalcraft,
    "pottery-and-terracotta": paint_pottery,
    "glass": paint_glass,
    "embroidery": paint_embroidery,
    "carpets-and-rugs": paint_carpets,
    "woodcraft": paint_woodcraft,
    "stone-craft": paint_stone,
    "leather": paint_leather,
    "food-and-agro": paint_food,
    "perfume-and-cosmetics": paint_perfume,
    "toys-and-sports": paint_toys,
    "jewellery-and-accessories": paint_jewellery,
    "natural-fibre-crafts": paint_fibre,
    "other-crafts": paint_other,
}


def _seed(product_id: str, variant: int) -> int:
    digest = hashlib.sha256(f"{product_id}\x1f{variant}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def paint(craft: str, product_id: str, name_en: str, variant: int) -> Image.Image:
    """A deterministic illustration (ILLUSTRATION_SIZE, RGB) of a product of `craft`."""
    rng = random.Random(_seed(product_id, variant))
    sc = Scene(rng, (variant - 1) % 3 + 1)
    painter = PAINTERS.get(craft, paint_other)
    painter(sc, name_en.lower())
    return sc.finish()


def make_illustrations(catalog_dir: Path, media_dir: Path) -> int:
    """Paint the photos of every product in catalog_dir/products.csv (three for featured
    products, two for the rest), store them under media_dir, write catalog_dir/media.csv
    and delete stored photos that no row uses any more. Returns the number of photos."""
    catalog_dir, media_dir = Path(catalog_dir), Path(media_dir)
    with open(catalog_dir / "products.csv", encoding="utf-8-sig", newline="") as f:
        products = list(csv.DictReader(f))
    rows = []
    for product in products:
        count = 3 if product.get("featured", "").strip().lower() == "yes" else 2
        name = product["name_en"]
        name_hi = product.get("name_hi") or name
        name_ja = product.get("name_ja") or name
        for position in range(1, count + 1):
            photo = images.store_image(
                paint(product["craft"], product["id"], name, position), media_dir
            )
            rows.append(
                (
                    product["id"],
                    position,
                    photo.display,
                    photo.thumb,
                    photo.width,
                    photo.height,
                    CREDIT,
                    f"Illustration of {name}",
                    f"{name_hi} का चित्रण",
                    f"{name_ja}のイラスト",
                    "yes",
                )
            )
    _write_csv(catalog_dir / "media.csv", MEDIA_HEADER, rows)
    keep = {r[2] for r in rows} | {r[3] for r in rows}
    for sub in (images.DISPLAY_DIR, images.THUMB_DIR):
        folder = media_dir / sub
        if folder.is_dir():
            for path in folder.iterdir():
                if path.is_file() and f"{sub}/{path.name}" not in keep:
                    path.unlink()
    return len(rows)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Write a UTF-8 CSV with \\n line ends through a temporary file and a rename."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(rows)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
