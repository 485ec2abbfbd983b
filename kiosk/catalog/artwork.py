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
MEDIA_HEADER = ("product", "position", "display", "thumb", "width", "height", "credit",
                "alt_en", "alt_hi", "alt_ja", "illustrative")

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
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


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
    return _strip(st).resize((max(1, int(w)), max(1, int(h))), BILINEAR)


def vgrad(w: int, h: int, st: Stops) -> Image.Image:
    return _strip(st, True).resize((max(1, int(w)), max(1, int(h))), BILINEAR)


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
    return _radial_base().resize((max(1, int(w)), max(1, int(h))), BILINEAR).point(lut)


def radial(w: int, h: int, st: Stops) -> Image.Image:
    return colorize(_radial_base().resize((max(1, int(w)), max(1, int(h))), BILINEAR), st, 255 / 181)


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
    return (int(math.floor(min(xs))) - pad, int(math.floor(min(ys))) - pad,
            int(math.ceil(max(xs))) + pad, int(math.ceil(max(ys))) + pad)


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


def drawn(x0: float, y0: float, x1: float, y1: float,
          fn: Callable[[ImageDraw.ImageDraw, float, float], None]) -> Part:
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
            out.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * t
                                    + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * t2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * t3)
                             for j in range(2)))
    if not closed:
        out.append(pts[-1])
    return out


def xform(shape: Sequence[Point], cx: float, cy: float, sx: float, sy: float | None = None,
          rot: float = 0.0) -> list[Point]:
    """Unit-space shape scaled, rotated (radians) and moved to (cx, cy)."""
    sy = sx if sy is None else sy
    c, s = math.cos(rot), math.sin(rot)
    return [(cx + (u * sx) * c - (v * sy) * s, cy + (u * sx) * s + (v * sy) * c) for u, v in shape]


# Unit motifs, in -1..1
SHAPE_PETAL = ([(0.42 * math.sin(math.pi * k / 24), -1 + 2 * k / 24) for k in range(25)]
               + [(-0.42 * math.sin(math.pi * k / 24), 1 - 2 * k / 24) for k in range(1, 24)])
SHAPE_PAISLEY = spline([(0.55, -1.0), (0.7, -0.35), (0.62, 0.45), (0.1, 0.95), (-0.5, 0.7),
                        (-0.62, 0.05), (-0.25, -0.45), (0.25, -0.7)], n=8)
SHAPE_DIAMOND = [(0, -1), (0.6, 0), (0, 1), (-0.6, 0)]
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


def material(base: Color | str, gloss: float = 0.0, metal: bool = False, rim: float = 0.2,
             contrast: float = 1.0) -> Stops:
    b = rgb(base) if isinstance(base, str) else base
    k = contrast
    pts = [(0.0, dark(b, 0.62 * k)), (0.1, dark(b, 0.3 * k)), (0.3, light(b, 0.12 * k)),
           (0.48, b), (0.7, dark(b, 0.3 * k)), (0.88, dark(b, 0.52 * k)),
           (1.0, mix(dark(b, 0.4 * k), light(b, 0.3), rim))]
    if metal:
        pts = [(0.0, dark(b, 0.7)), (0.08, dark(b, 0.35)), (0.22, light(b, 0.15)),
               (0.3, light(b, 0.55)), (0.36, light(b, 0.2)), (0.5, dark(b, 0.12)),
               (0.64, dark(b, 0.5)), (0.78, dark(b, 0.62)), (0.9, mix(b, dark(b, 0.2), 0.5)),
               (1.0, dark(b, 0.55))]
    if gloss > 0:
        pts = [p for p in pts if not 0.2 < p[0] < 0.36]
        pts += [(0.2, light(b, 0.1)), (0.255, light(b, 0.25 + 0.3 * gloss)),
                (0.28, light(b, 0.45 + 0.5 * gloss)), (0.305, light(b, 0.25 + 0.3 * gloss)),
                (0.36, light(b, 0.05))]
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

    def shadow(self, part: Part, dx: float = 0, dy: float = 0, blur: float = 30,
               opacity: float = 0.5, color: Color = (12, 6, 4), sy: float = 1.0,
               shear: float = 0.0) -> None:
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
                m = m.transform(m.size, Image.Transform.AFFINE,
                                (1, shear, -shear * sh, 0, 1, 0), BILINEAR)
        small.paste(m, (pad, pad))
        small = small.filter(ImageFilter.GaussianBlur(blur / f))
        small = scale_alpha(small, opacity)
        big = small.resize((small.width * f, small.height * f), BILINEAR)
        self.img.paste(color, (int(part.x - pad * f + dx), int(part.y - pad * f + dy),
                               int(part.x - pad * f + dx) + big.width,
                               int(part.y - pad * f + dy) + big.height), big)

    def contact(self, cx: float, y: float, rx: float, ry: float, opacity: float = 0.55,
                blur: float | None = None, color: Color = (10, 5, 3)) -> None:
        """The dark, soft ellipse where an object touches its surface."""
        self.shadow(ell(cx, y, rx, ry), blur=blur if blur is not None else ry * 1.2,
                    opacity=opacity, color=color)

    def glow(self, cx: float, cy: float, rx: float, ry: float, color: Color | str,
             strength: float = 0.6, power: float = 1.6) -> None:
        if isinstance(color, str):
            color = rgb(color)
        m = radial_alpha(2 * rx, 2 * ry, strength, power)
        x0, y0 = int(cx - rx), int(cy - ry)
        self.img.paste(color, (x0, y0, x0 + m.width, y0 + m.height), m)

    def line(self, pts: Sequence[Point], color: Color, width: float) -> None:
        self.draw.line([tuple(p) for p in pts], fill=color, width=max(1, int(width)), joint="curve")

    def finish(self, vignette: float = 0.55) -> Image.Image:
        out = self.img.resize(ILLUSTRATION_SIZE, Image.Resampling.LANCZOS)
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
            m1 = ((prof[i + 2][1] - r0) / (prof[i + 2][0] - t0) * (t1 - t0)
                  if i + 2 < len(prof) else r1 - r0)
            u2, u3 = u * u, u * u * u
            return ((2 * u3 - 3 * u2 + 1) * r0 + (u3 - 2 * u2 + u) * m0
                    + (-2 * u3 + 3 * u2) * r1 + (u3 - u2) * m1)
    return prof[-1][1]


class Body:
    """A body of revolution standing upright, seen slightly from above.

    prof lists (t, r): t from 0 at the rim to 1 at the foot, r as a fraction of `radius`.
    """

    def __init__(self, cx: float, top: float, bottom: float, radius: float,
                 prof: Sequence[tuple[float, float]], tilt: float = 0.16, steps: int = 90):
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
        foot = [(cx - rb * math.cos(a), self.bottom + rb * tilt * math.sin(a))
                for a in [i * math.pi / 24 for i in range(25)]]
        rim = [(cx + r0 * math.cos(a), self.top - r0 * tilt * math.sin(a))
               for a in [i * math.pi / 24 for i in range(25)]]
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
        for yy in range(0, p.h, step):
            r = self._row_radius(p.y + yy + step / 2)
            row = strip.resize((max(1, int(2 * r)), step), BILINEAR)
            img.paste(row, (int(self.cx - r - p.x), yy))
        return img

    def paint(self, sc: Scene, st: Stops, layers: Iterable[tuple[Stops, Callable]] = (),
              top_dark: float = 0.35, foot_dark: float = 0.25, alpha: float = 1.0) -> None:
        """Paint the body; each layer is (ramp, fn(draw, body)) drawing a decoration mask."""
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
        sc.fill(p if alpha >= 1 else p.faded(alpha), img)

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

    def motifs(self, d: ImageDraw.ImageDraw, t: float, n: int, shape: Sequence[Point],
               size: float, phase: float = 0.0, rot: float = 0.0) -> None:
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


def hcyl(sc: Scene, x0: float, x1: float, cy: float, r: float, st: Stops,
         end: bool = True, tilt: float = 0.3) -> Part:
    """A horizontal cylinder (a roll, a flute) lit from above; returns its mask."""
    body = rect(x0, cy - r, x1, cy + r)
    sc.fill(body, vgrad(body.w, body.h, st))
    if end:
        cap = ell(x1, cy, r * tilt, r)
        sc.fill(cap, lingrad(cap.w, cap.h, stops((0, _sample(st, 0.25)), (1, _sample(st, 0.8))), 60))
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


def backdrop(sc: Scene, wall: Stops, floor: Stops, horizon: float = 0.66,
             glow: Color | str | None = None, glow_at: Point = (0.5, 0.42),
             edge: float | None = 0.9, edge_color: Color | None = None) -> float:
    """Wall, table top and its front edge; returns the horizon's y."""
    hy = int(H * horizon)
    sc.img.paste(vgrad(W, hy, wall), (0, 0))
    sc.img.paste(vgrad(W, H - hy, floor), (0, hy))
    if glow is not None:
        gx, gy = W * glow_at[0], H * glow_at[1]
        sc.glow(gx, gy, W * 0.42, H * 0.5, glow, 0.5, 1.3)
        sc.glow(gx, hy + H * 0.09, W * 0.38, H * 0.11, glow, 0.3, 1.2)
    # where wall meets table: a soft crease of shade
    sc.glow(W / 2, hy, W * 0.8, H * 0.025, dark(_sample(floor, 0), 0.6), 0.35, 1.0)
    if edge is not None:
        ey = int(H * edge)
        fc = edge_color or dark(_sample(floor, 1), 0.35)
        sc.img.paste(vgrad(W, H - ey, stops((0, light(fc, 0.25)), (0.08, fc), (1, dark(fc, 0.5)))),
                     (0, ey))
        sc.img.paste(light(_sample(floor, 1), 0.25), (0, ey - 2, W, ey + 2))
    return hy


def niche(sc: Scene, cx: float, base: float, w: float, spring: float, inner: Stops,
          frame: Color, cusps: int = 7, frame_w: float = 18) -> Part:
    """An arched niche set into the wall, lit from the upper left."""
    outer = poly(arch_points(cx, base, w + 2 * frame_w, spring, cusps))
    sc.shadow(outer, 10, 14, 26, 0.35)
    sc.grad(outer, stops((0, light(frame, 0.2)), (1, dark(frame, 0.25))), 30)
    hole = poly(arch_points(cx, base, w, spring, cusps))
    sc.fill(hole, vgrad(hole.w, hole.h, inner))
    # inner shadow from the rim: darker along the top and left inside edges
    f = 4
    sm = hole.m.resize((max(1, hole.w // f), max(1, hole.h // f)), BILINEAR)
    inv = ImageChops.invert(sm).transform(sm.size, Image.Transform.AFFINE,
                                          (1, 0, -18 / f * SS, 0, 1, -22 / f * SS))
    inv = inv.filter(ImageFilter.GaussianBlur(14 / f * SS))
    sh = ImageChops.multiply(inv, sm).resize(hole.m.size, BILINEAR)
    sc.fill(Part(scale_alpha(sh, 0.75), hole.x, hole.y), (6, 3, 2))
    return hole


def pedestal(sc: Scene, cx: float, top: float, rx: float, height: float, base: Color,
             tilt: float = 0.16) -> float:
    """A round low pedestal; returns the y of its top face's centre."""
    body = Body(cx, top, top + height, rx, [(0, 1), (1, 1)], tilt)
    sc.contact(cx, top + height + rx * tilt * 0.4, rx * 1.05, rx * tilt * 1.1, 0.6)
    body.paint(sc, material(base, contrast=0.8), top_dark=0.0, foot_dark=0.2)
    face = ell(cx, top, rx, rx * tilt)
    sc.fill(face, lingrad(face.w, face.h, stops((0, light(base, 0.22)), (1, dark(base, 0.12))), 20))
    return top


def petals(sc: Scene, x0: float, x1: float, y0: float, y1: float, colors: Sequence[Color],
           n: int, size: float, shape: Sequence[Point] = SHAPE_PETAL) -> None:
    rng = sc.rng
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        s = size * rng.uniform(0.7, 1.2)
        c = rng.choice(colors)
        rot = rng.uniform(0, TAU)
        pts = xform(shape, x, y, s * 0.8, s * 0.45 * (1 + (y - y0) / max(1, y1 - y0)) * 0.7, rot)
        p = poly(pts)
        sc.shadow(p, 4, 6, 6, 0.35)
        sc.grad(p, stops((0, light(c, 0.25)), (1, dark(c, 0.25))), math.degrees(rot) % 180)


def marigold(sc: Scene, cx: float, cy: float, r: float, c: Color = (240, 140, 20)) -> None:
    p = ell(cx, cy, r, r * 0.7)
    sc.shadow(p, 6, 10, 10, 0.4)
    for k, (rr, col) in enumerate(((1.0, dark(c, 0.25)), (0.82, c), (0.6, light(c, 0.2)),
                                   (0.38, light(c, 0.35)))):
        pts = xform(rosette(14 + 2 * k, 0.25), cx, cy - r * 0.08 * k, r * rr, r * rr * 0.7,
                    k * 0.3)
        sc.grad(poly(pts), stops((0, light(col, 0.15)), (1, dark(col, 0.2))), 60)


# ---------------------------------------------------------------------------------------
# Cloth: flat designs and drapes


def cloth_design(rng: random.Random, w: int, h: int, base: Color, zari: Color, accent: Color,
                 motif: Sequence[Point] = SHAPE_PAISLEY, spacing: float = 0.13,
                 border: float = 0.16, pallu: float = 0.0, motif_size: float = 0.32) -> Image.Image:
    """A flat woven design: ground with a half-drop grid of butas, a brocade border along
    the bottom and an optional dense pallu at the right end."""
    img = vgrad(w, h, stops((0, light(base, 0.06)), (1, dark(base, 0.08))))
    d = ImageDraw.Draw(img)
    s = spacing * h
    body_h = h * (1 - border)
    row = 0
    y = s * 0.5
    while y < body_h - s * 0.3:
        x = s * (0.5 if row % 2 else 0.0)
        while x < w + s:
            d.polygon(xform(motif, x, y, s * motif_size, s * motif_size, 0.5), fill=zari)
            d.ellipse((x - s * 0.05, y + s * 0.05, x + s * 0.05, y + s * 0.15), fill=accent)
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
        d.ellipse((x + leaf * 0.75, cy - leaf * 0.16, x + leaf * 1.07, cy + leaf * 0.16), fill=accent)
        x += leaf * 1.8
        k += 1
    d.rectangle((0, by + bh * 0.88, w, by + bh * 0.92), fill=accent)
    if pallu > 0:
        px = int(w * (1 - pallu))
        d.rectangle((px, 0, w, by), fill=dark(base, 0.12))
        stripe = max(4, int(h * 0.012))
        d.rectangle((px, 0, px + stripe * 3, by), fill=zari)
        d.rectangle((px + stripe * 4, 0, px + stripe * 5, by), fill=accent)
        big = s * 0.95
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


def drape(flat: Image.Image, out_w: int, out_h: int, rng: random.Random, folds: float = 5.0,
          amp: float = 0.035, hem: float = 0.05, sheen: float = 0.3) -> tuple[Image.Image, Image.Image]:
    """Hang a flat design in vertical folds: returns (picture, mask), out_w x out_h."""
    n = 90
    ph = [rng.uniform(0, TAU) for _ in range(3)]

    def z(u: float) -> float:
        return (math.sin(u * folds * TAU + ph[0]) + 0.45 * math.sin(u * folds * 2.3 * TAU + ph[1])
                + 0.25 * math.sin(u * folds * 0.5 * TAU + ph[2])) / 1.7

    xs = [out_w * i / n for i in range(n + 1)]
    zs = [z(i / n) * amp * out_w for i in range(n + 1)]
    lengths = [0.0]
    for i in range(n):
        lengths.append(lengths[-1] + math.hypot(xs[i + 1] - xs[i], zs[i + 1] - zs[i]))
    us = [flat.width * l / lengths[-1] for l in lengths]
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
        shade.append(int(255 * (0.42 + 0.58 * lam ** 1.5)))
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
    out = img.convert("RGBA").transform((x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE,
                                        coeffs, BILINEAR)
    return Part(out.getchannel("A"), x0, y0), out.convert("RGB")


def folded_stack(sc: Scene, cx: float, base: float, fw: float, designs: Sequence[Image.Image],
                 thick: float = 0.038, depth: float = 0.13) -> None:
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
        top_quad = [(x0 + inset, yb - ft - fd), (x1 - inset, yb - ft - fd), (x1, yb - ft + 2),
                    (x0, yb - ft + 2)]
        crop = flat.crop((0, int(flat.height * 0.3), int(flat.width * 0.7), flat.height))
        part, pic = warp(crop, top_quad)
        shade = vgrad(pic.width, pic.height, stops((0, (165, 165, 165)), (1, (255, 255, 255))))
        sc.fill(part, ImageChops.multiply(pic, shade.convert("RGB")))
        front = rect(x0, yb - ft, x1, yb, ft * 0.42)
        band = flat.crop((0, int(flat.height * 0.84), flat.width, flat.height)).resize(
            (front.w, front.h), BILINEAR)
        fold = vgrad(front.w, front.h, stops((0, (255, 255, 255)), (0.35, (225, 225, 225)),
                                             (1, (95, 95, 95))))
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
    st = stops((0, light(base, 0.25 + 0.5 * gloss)), (0.12, light(base, 0.2)), (0.45, base),
               (0.85, dark(base, 0.5)), (1, dark(base, 0.35)))

    def f(u, v):
        return min(1.0, math.hypot(u - 0.36, (v - 0.32)) / 0.9)
    return colorize(field(size, size * sy, f, 40), st)


def sphere(sc: Scene, cx: float, cy: float, r: float, base: Color, gloss: float = 0.0,
           sy: float = 1.0) -> Part:
    p = ell(cx, cy, r, r * sy)
    sc.fill(p, sphere_img(p.w, base, gloss, p.h / max(1, p.w)))
    return p


# ---------------------------------------------------------------------------------------
# Crafts


def _has(name: str, *words: str) -> bool:
    return any(w in name for w in words)


ZARI = rgb("#dcae52")
SILKS = [(rgb("#9e1230"), ZARI, rgb("#1f7a4d")), (rgb("#a8175e"), ZARI, rgb("#f0b43c")),
         (rgb("#1d3f8f"), ZARI, rgb("#c2185b")), (rgb("#0f6b4f"), ZARI, rgb("#b3122e")),
         (rgb("#5b1f72"), ZARI, rgb("#e07a1f")), (rgb("#d9741c"), rgb("#f5d27a"), rgb("#7a1030")),
         (rgb("#0f6e78"), ZARI, rgb("#f08a24")), (rgb("#7a0f1c"), ZARI, rgb("#e8c66a"))]
COTTONS = [(rgb("#f1e6cf"), rgb("#9b2f22"), rgb("#24406e")), (rgb("#e9d8b6"), rgb("#2c4f7c"), rgb("#b5462c")),
           (rgb("#f3ede0"), rgb("#2f6b4a"), rgb("#c0782a")), (rgb("#2b3f6b"), rgb("#e8dcc0"), rgb("#c9552e"))]
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
    light_cloth = _has(name, "stole", "scarf", "shawl", "dupatta", "furnish", "bedsheet", "sheet",
                       "handloom", "cotton", "print", "block")
    pool = COTTONS + SILKS[:3] if light_cloth and not _has(name, "silk", "sari") else SILKS
    picks = rng.sample(pool, 4)
    motif = SHAPE_PAISLEY if not _has(name, "print", "block", "sheet") else rosette(8, 0.3)
    designs = [cloth_design(rng, 1400, 700, b, z, a, motif, pallu=0.0) for b, z, a in picks[1:]]
    if v == 3:
        surface = rng.choice(["walnut", "linen"])
        sc.img.paste(lingrad(W, H, TABLES[surface], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 236, 200), 0.3)
        base, zari, acc = picks[0]
        flat = cloth_design(rng, 2200, 1200, base, zari, acc, motif, spacing=0.11, pallu=0.3)
        pic, mask = drape(flat, int(W * 0.95), int(H * 0.62), rng, folds=3.5, amp=0.018, hem=0.02)
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
    hy = backdrop(sc, WALLS[wall], TABLES[rng.choice(["walnut", "teak"])], 0.7,
                  glow=(255, 214, 160), glow_at=(0.45 if v == 1 else 0.5, 0.4))
    if v == 1:
        x0, x1 = W * 0.1, W * 0.52
        base, zari, acc = picks[0]
        flat = cloth_design(rng, 1500, 2000, base, zari, acc, motif, spacing=0.09, border=0.12,
                            pallu=0.0)
        rod_stand(sc, x0, x1, H * 0.14, hy + H * 0.06, WOOD)
        pic, mask = drape(flat, int(x1 - x0), int(hy + H * 0.02 - H * 0.15), rng, folds=4,
                          amp=0.05, hem=0.04)
        p = Part(mask, int(x0), int(H * 0.15))
        sc.shadow(p, 40, 20, 50, 0.5)
        sc.fill(p, pic)
        hcyl(sc, x0 - H * 0.024, x1 + H * 0.024, H * 0.14, H * 0.012, material(WOOD), end=False)
        folded_stack(sc, W * 0.74, H * 0.86, W * 0.36, designs, thick=0.05, depth=0.14)
        petals(sc, W * 0.52, W * 0.95, H * 0.88, H * 0.97, [rgb("#c21f3a"), rgb("#e8a020")], 9, H * 0.018)
    else:
        folded_stack(sc, W * 0.33, H * 0.84, W * 0.36, designs[:2] + [designs[2]], thick=0.05, depth=0.15)
        folded_stack(sc, W * 0.7, H * 0.88, W * 0.34, designs[::-1][:2], thick=0.05, depth=0.15)
        marigold(sc, W * 0.52, H * 0.9, H * 0.035)
        marigold(sc, W * 0.56, H * 0.93, H * 0.03)


PAINTERS: dict[str, Callable[[Scene, str], None]] = {
    "textiles": paint_textiles,
}


def _seed(product_id: str, variant: int) -> int:
    digest = hashlib.sha256(f"{product_id}\x1f{variant}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def paint(craft: str, product_id: str, name_en: str, variant: int) -> Image.Image:
    """A deterministic illustration (ILLUSTRATION_SIZE, RGB) of a product of `craft`."""
    rng = random.Random(_seed(product_id, variant))
    sc = Scene(rng, (variant - 1) % 3 + 1)
    painter = PAINTERS.get(craft, PAINTERS.get("other-crafts", paint_textiles))
    painter(sc, name_en.lower())
    return sc.finish()
