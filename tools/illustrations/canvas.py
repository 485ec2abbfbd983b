"""The supersampled canvas (Scene) with its vignette, and the lit material ramps."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter

from tools.illustrations.colour import (
    BILINEAR,
    Color,
    Stops,
    dark,
    field,
    hgrad,
    light,
    lingrad,
    mix,
    radial_alpha,
    rgb,
    scale_alpha,
    vgrad,
)
from tools.illustrations.shapes import Part, Point, ell

ILLUSTRATION_SIZE = (1440, 1080)

SS = 2  # painted at twice the size and shrunk: the cheapest good antialiasing Pillow offers
W, H = ILLUSTRATION_SIZE[0] * SS, ILLUSTRATION_SIZE[1] * SS


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
GOLD = material("#d9aa3c", metal=True)


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
