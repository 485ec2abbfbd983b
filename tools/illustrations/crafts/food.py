"""The food and agro painter, with its heaps, sugarcane, jaggery and thalis."""

from __future__ import annotations

import math

from tools.illustrations.bodies import Body, sphere
from tools.illustrations.canvas import BRASS, H, Scene, W, material
from tools.illustrations.colour import (
    Color,
    Stops,
    _sample,
    colorize,
    dark,
    field,
    light,
    lingrad,
    mix,
    rgb,
    stops,
)
from tools.illustrations.crafts.common import WOOD, _has, stage
from tools.illustrations.crafts.fibre import coil_basket
from tools.illustrations.crafts.pottery import TERRACOTTA, diya
from tools.illustrations.objects import disc, tube, vessel
from tools.illustrations.shapes import SHAPE_LEAF, TAU, ell, poly, spline, xform


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
    if _has(name, "petha"):
        from tools.illustrations.crafts.additions import paint_petha

        return paint_petha(sc)
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
