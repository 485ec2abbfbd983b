"""The pottery and terracotta painter, with its horses, elephants and diyas."""

from __future__ import annotations

from tools.illustrations.bodies import Body, sphere_img
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.colour import Color, dark, light, lingrad, rgb, stops, vgrad
from tools.illustrations.crafts.common import _has, stage, vessel_scene
from tools.illustrations.objects import tube
from tools.illustrations.shapes import SHAPE_PETAL, ell, poly, rect, ring, spline, xform
from tools.illustrations.staging import pedestal

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
