"""Staging: wall, table, arched niche, pedestal and strewn flowers."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageFilter

from tools.illustrations.bodies import Body
from tools.illustrations.canvas import SS, H, Scene, W, material
from tools.illustrations.colour import (
    BILINEAR,
    Color,
    Stops,
    _sample,
    dark,
    light,
    lingrad,
    radial_alpha,
    rgb,
    scale_alpha,
    stops,
    vgrad,
)
from tools.illustrations.shapes import (
    SHAPE_ROSE_PETAL,
    TAU,
    Part,
    Point,
    ell,
    poly,
    rosette,
    xform,
)


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
