"""The toys and sports painter, with its lacquered toys, teddies, bats and balls."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw

from tools.illustrations.bodies import Body, sphere, sphere_img
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.colour import (
    Color,
    colorize,
    dark,
    field,
    light,
    lingrad,
    rgb,
    stops,
    vgrad,
)
from tools.illustrations.crafts.common import _has, stage
from tools.illustrations.objects import box3d, disc, tube
from tools.illustrations.shapes import TAU, Part, ell, poly

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
