"""Round bodies lit from the upper left: vessels, bottles, drums, rolls and balls."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

from PIL import Image, ImageDraw

from tools.illustrations.canvas import Scene
from tools.illustrations.colour import (
    BILINEAR,
    Color,
    Stops,
    _sample,
    _strip,
    colorize,
    dark,
    field,
    hgrad,
    light,
    lingrad,
    stops,
    vgrad,
)
from tools.illustrations.shapes import TAU, Part, Point, ell, poly, rect, xform


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
