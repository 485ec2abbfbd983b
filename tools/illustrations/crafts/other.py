"""The painter of other crafts, with its dholaks, flutes and paper sheets."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from tools.illustrations.bodies import Body, place_rotated, sphere
from tools.illustrations.canvas import GOLD, H, Scene, W, material
from tools.illustrations.cloth import folded_stack
from tools.illustrations.colour import Color, _sample, dark, light, lingrad, mix, rgb, stops
from tools.illustrations.crafts.common import TABLES, ZARI, _has, stage, vessel_scene
from tools.illustrations.crafts.embroidery import embroidery_panel
from tools.illustrations.crafts.fibre import coil_basket
from tools.illustrations.objects import _avg, box3d, tube
from tools.illustrations.shapes import SHAPE_PETAL, TAU, Part, ell, poly, ring, xform
from tools.illustrations.staging import marigold


def dholak(
    sc: Scene, cx: float, cy: float, length: float, r: float, wood: Color, rope: Color
) -> None:
    b = Body(0, 0, length, r, [(0, 0.82), (0.5, 1.0), (1, 0.82)], 0.0)
    img = b.render(
        material(wood, gloss=0.5),
        [
            (
                material(light(wood, 0.25), gloss=0.5),
                lambda d, bb: [bb.band(d, t, length * 0.02) for t in (0.2, 0.8)],
            )
        ],
        top_dark=0,
        foot_dark=0,
    )
    img = img.rotate(90, expand=True)
    m = b.part.m.rotate(90, expand=True)
    p = Part(m, int(cx - m.width / 2), int(cy - m.height / 2))
    sc.shadow(p, 20, r * 0.4, r * 0.3, 0.55, sy=0.4)
    sc.fill(p, img)
    x0, x1 = cx - length / 2, cx + length / 2
    # the rope laced from head to head in a zigzag, with a tensioning ring on each run
    n = 5
    ys = [cy - r * 0.8 * math.cos(math.pi * (0.08 + 0.84 * k / (2 * n))) for k in range(2 * n + 1)]
    pts = [
        (x0 + length * 0.05 if k % 2 == 0 else x1 - length * 0.05, ys[k]) for k in range(2 * n + 1)
    ]
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        sc.line([(xa, ya), (xb, yb)], dark(rope, 0.35), r * 0.05)
        sc.line([(xa, ya - r * 0.01), (xb, yb - r * 0.01)], rope, r * 0.028)
    for (xa, ya), (xb, yb) in zip(pts, pts[1:]):
        t = 0.72 if xa < xb else 0.28
        rx_, ry_ = xa + (xb - xa) * t, ya + (yb - ya) * t
        sc.fill(ring(rx_, ry_, r * 0.06, r * 0.05, r * 0.018), _sample(GOLD, 0.3))
    for x in (x0, x1):
        head = ell(x, cy, r * 0.22, r * 0.84)
        sc.fill(head, lingrad(head.w, head.h, stops((0, "#f2e6cc"), (1, "#b8a07a")), 20))
        sc.fill(ring(x, cy, r * 0.22, r * 0.84, r * 0.05), dark(wood, 0.4))


def flute(sc: Scene, x0: float, y0: float, x1: float, y1: float, r: float, thread: Color) -> None:
    bamboo = rgb("#caa463")
    sc.shadow(poly([(x0, y0 - r), (x1, y1 - r), (x1, y1 + r), (x0, y0 + r)]), 14, 22, 16, 0.5)
    tube(sc, [(x0, y0), (x1, y1)], 2 * r, bamboo, 0.5)
    L = math.hypot(x1 - x0, y1 - y0)
    ux, uy = (x1 - x0) / L, (y1 - y0) / L
    for k in range(7):
        t = 0.42 + k * 0.065 if k < 6 else 0.14
        hx, hy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        sc.fill(ell(hx - uy * r * 0.2, hy - r * 0.2, r * 0.35, r * 0.3), (45, 28, 12))
    for t in (0.04, 0.08, 0.3, 0.96):
        cx, cy = x0 + (x1 - x0) * t, y0 + (y1 - y0) * t
        sc.line([(cx - uy * r, cy + ux * r), (cx + uy * r, cy - ux * r)], thread, r * 0.35)


def paper_sheet(rng: random.Random, w: int, h: int, tint: Color) -> tuple[Image.Image, Image.Image]:
    img = lingrad(w, h, stops((0, light(tint, 0.15)), (1, dark(tint, 0.05))), 50)
    d = ImageDraw.Draw(img)
    for _ in range(14):
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        c = rng.choice([rgb("#c2185b"), rgb("#e8891c"), rgb("#6b8f3a"), rgb("#d9a441")])
        d.polygon(
            xform(SHAPE_PETAL, x, y, w * 0.012, w * 0.024, rng.uniform(0, TAU)),
            fill=mix(c, tint, 0.35),
        )
    pts = []
    for i in range(40):
        pts.append((w * i / 40, rng.uniform(0, h * 0.012)))
    for i in range(30):
        pts.append((w - rng.uniform(0, w * 0.01), h * i / 30))
    for i in range(40):
        pts.append((w - w * i / 40, h - rng.uniform(0, h * 0.012)))
    for i in range(30):
        pts.append((rng.uniform(0, w * 0.01), h - h * i / 30))
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).polygon(pts, fill=255)
    return img, m


def paint_other(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "sickle", "khurpi"):
        from tools.illustrations.crafts.additions import paint_farm_tools

        return paint_farm_tools(sc)
    if _has(name, "dholak", "drum", "musical", "tabla"):
        stage(sc, ["ochre", "teal", "maroon", "indigo"], ["teak", "walnut"], 0.7, arch=v == 1)
        wood = rgb(rng.choice(["#7a2a1a", "#8a4a22", "#5a2a14"]))
        rope = rgb(rng.choice(["#e8e0c8", "#c2185b", "#e0a030"]))
        if v == 2:
            dholak(sc, W * 0.36, H * 0.72, W * 0.36, H * 0.14, wood, rope)
            dholak(sc, W * 0.7, H * 0.82, W * 0.26, H * 0.1, rgb("#8a4a22"), rgb("#e8e0c8"))
        else:
            dholak(sc, W * 0.5, H * 0.74, W * 0.5, H * 0.17, wood, rope)
        return
    if _has(name, "flute", "bansuri"):
        sc.img.paste(
            lingrad(W, H, TABLES[rng.choice(["velvet_blue", "velvet_red", "green"])], 70), (0, 0)
        )
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 200), 0.25)
        threads = [rgb("#c2185b"), rgb("#d9a441"), rgb("#1e88e5")]
        n = 3 if v != 2 else 4
        for k in range(n):
            off = (k - (n - 1) / 2) * H * 0.12
            flute(
                sc,
                W * 0.12,
                H * 0.72 + off - (k * H * 0.02 if v == 3 else 0),
                W * 0.88,
                H * 0.28 + off,
                H * (0.028 - 0.002 * k),
                threads[k % 3],
            )
        for i in range(2):
            marigold(sc, W * (0.82 - 0.06 * i), H * (0.82 + 0.06 * i), H * 0.04)
        return
    if _has(name, "paper"):
        sc.img.paste(lingrad(W, H, TABLES["walnut"], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 200), 0.3)
        tints = [rgb(c) for c in ("#f3e7cf", "#e9d3c3", "#d7e3cf", "#f0d9a8", "#dcd3e8")]
        rng.shuffle(tints)
        for k in range(4):
            img, m = paper_sheet(rng, 1300, 900, tints[k])
            place_rotated(
                sc,
                img,
                m,
                W * (0.4 + 0.06 * k),
                H * (0.42 + 0.05 * k),
                rng.uniform(-12, 12),
                shadow=0.4,
            )
        if v == 3:
            sc.zoom = (1.35, 0.55, 0.5)
        else:
            cover = paper_sheet(rng, 700, 500, rgb(rng.choice(["#8a3a2a", "#2f4a6a", "#3f5a3a"])))[
                0
            ]
            tq = box3d(
                sc,
                W * 0.66,
                H * 0.95,
                W * 0.26,
                H * 0.05,
                H * 0.22,
                cover,
                cover,
                dark(_avg(cover), 0.3),
            )
            mid_top = ((tq[0][0] + tq[1][0]) / 2, (tq[0][1] + tq[1][1]) / 2)
            mid_bot = ((tq[3][0] + tq[2][0]) / 2, (tq[3][1] + tq[2][1]) / 2)
            twine = rgb("#c8a878")
            sc.line([mid_top, mid_bot, (mid_bot[0], H * 0.95)], twine, 7)
            sphere(
                sc, (mid_top[0] + mid_bot[0]) / 2, (mid_top[1] + mid_bot[1]) / 2, H * 0.012, twine
            )
        return
    if _has(name, "horn", "bone"):
        horn = material("#3a2a20", gloss=0.8, contrast=0.6)
        bone = material("#e8dcc4", gloss=0.3, contrast=0.6)
        vessel_scene(
            sc,
            [horn, bone],
            [material("#e8dcc4", contrast=0.5), material("#3a2a20")],
            ["bowl", "vase", "jar"],
            ["teal", "sage", "ochre"],
            ["walnut", "dark"],
            inside=(30, 22, 16),
        )
        return
    if _has(name, "tharu", "tribal"):
        dyes = [rgb(c) for c in ("#c2185b", "#f9a825", "#2e7d32", "#1565c0", "#d84315")]
        rng.shuffle(dyes)
        straw = rgb("#d8b26a")
        if v == 3:
            sc.img.paste(lingrad(W, H, TABLES["walnut"], 70), (0, 0))
            sc.glow(W * 0.45, H * 0.42, W * 0.6, H * 0.6, (255, 230, 190), 0.3)
            panel = embroidery_panel(rng, 900, rgb("#1a1414"), ZARI, "applique").resize(
                (int(H * 0.72), int(H * 0.72))
            )
            place_rotated(
                sc, panel, Image.new("L", panel.size, 255), W * 0.38, H * 0.47, 6, shadow=0.5
            )
            coil_basket(sc, W * 0.78, H * 0.9, H * 0.42, straw, dyes)
            return
        stage(sc, ["ochre", "terracotta", "sage"], ["teak", "walnut"], 0.7, arch=v == 1)
        if v == 1:
            coil_basket(sc, W * 0.5, H * 0.86, H * 0.56, straw, dyes)
        else:
            coil_basket(sc, W * 0.3, H * 0.84, H * 0.5, straw, dyes)
            panel = embroidery_panel(rng, 800, rgb("#1a1414"), ZARI, "applique")
            folded_stack(
                sc,
                W * 0.72,
                H * 0.9,
                W * 0.3,
                [panel.resize((1200, 600)), panel.resize((1200, 600)).rotate(180)],
                thick=0.05,
                depth=0.12,
            )
        return
    mats = [
        material("#1d6b52", gloss=0.7),
        material("#b3202e", gloss=0.7),
        material("#1f4f9c", gloss=0.7),
    ]
    vessel_scene(
        sc,
        mats,
        [GOLD],
        ["vase", "jar", "surahi", "lota"],
        ["sand", "cream", "teal"],
        ["walnut", "teak"],
        inside=(30, 20, 10),
        accents=[rgb("#e8891c")],
    )
