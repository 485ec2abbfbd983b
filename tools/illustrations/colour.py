"""Colours, gradient stops and the gradient, field and alpha images painted from them."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import lru_cache

from PIL import Image

BILINEAR = Image.Resampling.BILINEAR

Color = tuple[int, int, int]
Stops = tuple[tuple[float, Color], ...]


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
