"""Painters for products of the ODOP lines added in 2022 and 2025 (and the Shajar cufflinks)
that no craft painter drew: each craft painter hands these names over before its own."""

from __future__ import annotations

from tools.illustrations.canvas import SILVER, H, Scene, W, material
from tools.illustrations.colour import colorize, dark, field, light, lingrad, mix, rgb, stops
from tools.illustrations.crafts.common import WOOD, stage
from tools.illustrations.objects import tube, vessel
from tools.illustrations.shapes import ell, poly, ring, spline, xform

STEEL = material("#b9bec6", metal=True)
IRON = material("#3b3836", metal=True, contrast=0.8)


def paint_cufflinks(sc: Scene) -> None:
    """Pairs of shajar cufflinks lying face up: oval stones in silver bezels, matched."""
    from tools.illustrations.crafts.stone import shajar_stone  # stone.py hands over to us

    v = sc.variant
    stage(sc, ["charcoal", "midnight", "plum"], ["velvet_blue", "velvet_red", "dark"], 0.55)
    size = 1.3 if v != 3 else 1.6
    pairs = [[(0.26, 0.62), (0.44, 0.66)], [(0.58, 0.74), (0.76, 0.7)]]
    if v == 3:
        pairs = [[(0.36, 0.66), (0.62, 0.68)]]
    for pair in pairs:
        for x, y in pair:
            rx, ry = H * 0.075 * size, H * 0.055 * size  # seen from above: flatter ovals
            bezel = ell(W * x, H * y, rx * 1.16, ry * 1.2)
            sc.shadow(bezel, 10, 16, 16, 0.55)
            sc.fill(bezel, lingrad(bezel.w, bezel.h, SILVER, 40))
            shajar_stone(sc, W * x, H * y, rx, ry, silver=False)


def paint_petha(sc: Scene) -> None:
    """Translucent cubes of petha on a brass plate."""
    from tools.illustrations.crafts.food import thali  # food.py hands over to us

    rng, v = sc.rng, sc.variant
    stage(sc, ["ochre", "cream", "sage", "terracotta"], ["teak", "walnut"], 0.6, edge=0.93)
    cx = W * (0.5 if v != 2 else 0.45)
    thali(sc, cx, H * 0.8, H * 0.36)
    tint = {1: "#f4f1e4", 2: "#f6d9d4", 3: "#f3e3b0"}[v]  # plain, rose, saffron
    cubes = [(-0.12, 0.84), (0.0, 0.86), (0.12, 0.84), (-0.06, 0.77), (0.06, 0.77), (0.0, 0.7)]
    for dx, y in cubes:
        s = H * 0.06
        x = cx + W * dx * 1.1
        pts = [(-1, -0.8), (-0.8, -1), (0.8, -1), (1, -0.8), (1, 0.8), (0.8, 1), (-0.8, 1)]
        p = poly(xform(spline(pts, n=4), x, H * y - s, s, s * 0.9))
        sc.shadow(p, s * 0.2, s * 0.1, s * 0.25, 0.35)
        c = mix(rgb(tint), (255, 255, 255), rng.random() * 0.2)
        sc.fill(
            p,
            colorize(
                field(p.w, p.h, lambda u, w: min(1, abs(u - 0.35) + abs(w - 0.3)), 24),
                stops((0, light(c, 0.5)), (0.5, c), (1, dark(c, 0.18))),
            ),
        )
        glint = ell(x - s * 0.35, H * y - s * 1.4, s * 0.18, s * 0.08)
        sc.fill(glint, (255, 255, 250))


def paint_tiffin(sc: Scene) -> None:
    """A three-tier steel tiffin carrier with its clip-on frame."""
    v = sc.variant
    stage(sc, ["teal", "indigo", "sage"], ["teak", "stone"], 0.7, arch=v == 1)
    cx, base, tier = W * 0.5, H * 0.88, H * 0.17
    for i in range(3):
        vessel(
            sc,
            cx,
            base - i * tier * 0.98,
            tier,
            "cylinder",
            STEEL,
            width=0.9,
            open_top=False,
            shadow=0.5 if i == 0 else 0.0,
        )
    lid = vessel(
        sc,
        cx,
        base - 3 * tier * 0.98,
        tier * 0.25,
        "bowl",
        STEEL,
        width=3.2,
        open_top=False,
        shadow=0.0,
    )
    r = tier * 0.9
    for side in (-1, 1):
        tube(
            sc,
            [(cx + side * r * 1.05, base - tier * 0.4), (cx + side * r * 1.05, lid.top)],
            H * 0.012,
            rgb("#c8ccd2"),
        )
    handle = spline(
        [
            (cx - r * 1.05, lid.top),
            (cx - r * 0.7, lid.top - H * 0.12),
            (cx + r * 0.7, lid.top - H * 0.12),
            (cx + r * 1.05, lid.top),
        ],
        closed=False,
    )
    tube(sc, handle, H * 0.014, rgb("#c8ccd2"))


def paint_kadhai(sc: Scene) -> None:
    """A deep iron kadhai with two ring handles, on a low stand."""
    v = sc.variant
    stage(sc, ["terracotta", "ochre", "charcoal"], ["stone", "teak"], 0.68, arch=v == 3)
    cx, base, h = W * 0.5, H * 0.84, H * 0.26
    body = vessel(sc, cx, base, h, "bowl", IRON, width=1.7, inside=(30, 26, 24))
    r = body.rs[0]
    for side in (-1, 1):
        handle = ring(cx + side * r * 1.1, body.top + h * 0.08, h * 0.22, h * 0.15, h * 0.06)
        sc.fill(handle, lingrad(handle.w, handle.h, IRON, 60))
    if v == 2:
        tube(sc, [(W * 0.78, H * 0.9), (W * 0.93, H * 0.6)], H * 0.016, WOOD, 0.3)


def paint_hairbrush(sc: Scene) -> None:
    """A wooden hairbrush seen from above: tufts of bristle set in an oval back."""
    rng, v = sc.rng, sc.variant
    stage(sc, ["cream", "sage", "rose"], ["teak", "walnut"], 0.55, edge=None)
    wood = rgb("#a8733f")
    for k, (x, y) in enumerate([(0.45, 0.6)] if v != 2 else [(0.34, 0.55), (0.64, 0.66)]):
        cx, cy, rx, ry = W * x, H * y, H * 0.17, H * 0.24
        handle = [(cx + rx * 0.15, cy + ry * 0.8), (cx + rx * 0.75, cy + ry * 1.7)]
        tube(sc, handle, H * 0.07, wood, 0.4)
        back = ell(cx, cy, rx, ry)
        sc.shadow(back, 14, 20, 24, 0.5)
        sc.fill(
            back, lingrad(back.w, back.h, stops((0, light(wood, 0.2)), (1, dark(wood, 0.3))), 60)
        )
        pad = ell(cx, cy, rx * 0.82, ry * 0.86)
        sc.fill(pad, dark(wood, 0.45))
        bristle = rgb("#e8dcc4") if (k + v) % 2 else rgb("#3a2c22")
        for row in range(-6, 7):
            for col in range(-4, 5):
                bx, by = cx + col * rx * 0.17, cy + row * ry * 0.12
                if ((bx - cx) / (rx * 0.75)) ** 2 + ((by - cy) / (ry * 0.8)) ** 2 > 1:
                    continue
                tuft = ell(bx, by, H * 0.011, H * 0.011)
                sc.fill(tuft, mix(bristle, (255, 255, 255), rng.random() * 0.15))


def paint_farm_tools(sc: Scene) -> None:
    """A hand-forged sickle and a khurpi (weeding blade) with wooden handles."""
    v = sc.variant
    stage(sc, ["ochre", "sand", "olive"], ["teak", "stone"], 0.62, edge=None)
    steel = rgb("#8c9198")
    # sickle: a wooden grip and a crescent blade
    gx, gy = W * (0.26 if v != 3 else 0.3), H * 0.82
    tube(sc, [(gx - W * 0.04, gy + H * 0.02), (gx + W * 0.13, gy - H * 0.06)], H * 0.05, WOOD, 0.3)
    outer = spline(
        [
            (gx + W * 0.12, gy - H * 0.06),
            (gx + W * 0.2, gy - H * 0.4),
            (gx + W * 0.42, gy - H * 0.5),
            (gx + W * 0.5, gy - H * 0.3),
        ],
        closed=False,
    )
    inner = spline(
        [
            (gx + W * 0.47, gy - H * 0.31),
            (gx + W * 0.4, gy - H * 0.43),
            (gx + W * 0.24, gy - H * 0.36),
            (gx + W * 0.15, gy - H * 0.07),
        ],
        closed=False,
    )
    blade = poly(outer + inner)
    sc.shadow(blade, 12, 18, 18, 0.45)
    sc.fill(
        blade, lingrad(blade.w, blade.h, stops((0, light(steel, 0.3)), (1, dark(steel, 0.4))), 30)
    )
    # khurpi: a flat, pointed blade on a short handle
    kx, ky = W * 0.7, H * 0.88
    tube(sc, [(kx - W * 0.02, ky - H * 0.01), (kx + W * 0.14, ky - H * 0.05)], H * 0.05, WOOD, 0.3)
    tip = poly(
        [
            (kx - W * 0.01, ky - H * 0.02),
            (kx - W * 0.14, ky - H * 0.16),
            (kx - W * 0.2, ky - H * 0.02),
            (kx - W * 0.1, ky + H * 0.04),
        ]
    )
    sc.shadow(tip, 10, 14, 14, 0.45)
    sc.fill(tip, lingrad(tip.w, tip.h, stops((0, light(steel, 0.2)), (1, dark(steel, 0.5))), 20))
