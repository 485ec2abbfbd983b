"""Solid things: boxes, plates, tubes, vessels and their decorations."""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Sequence

from PIL import Image, ImageDraw

from tools.illustrations.bodies import Body
from tools.illustrations.canvas import SS, H, Scene, material
from tools.illustrations.cloth import warp
from tools.illustrations.colour import (
    BILINEAR,
    Color,
    Stops,
    _sample,
    dark,
    light,
    lingrad,
    scale_alpha,
    stops,
)
from tools.illustrations.shapes import (
    SHAPE_DIAMOND,
    SHAPE_LEAF,
    SHAPE_PAISLEY,
    SHAPE_PETAL,
    TAU,
    Part,
    Point,
    poly,
    rosette,
    spline,
    star,
    xform,
)


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
            img = src
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
