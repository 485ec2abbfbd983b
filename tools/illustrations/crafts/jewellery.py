"""The jewellery and accessories painter, with its bindi sheets."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from tools.illustrations.bodies import Body, place_rotated, sphere
from tools.illustrations.canvas import BRASS, GOLD, H, Scene, W, material
from tools.illustrations.cloth import warp
from tools.illustrations.colour import Color, dark, hgrad, light, lingrad, rgb, stops
from tools.illustrations.crafts.common import TABLES, _has, stage
from tools.illustrations.crafts.food import mound
from tools.illustrations.crafts.metalcraft import bell
from tools.illustrations.objects import vessel
from tools.illustrations.shapes import (
    SHAPE_PETAL,
    circle_pts,
    ell,
    poly,
    rosette,
    spline,
    star,
    xform,
)


def bindi_sheet(rng: random.Random, w: int, h: int, card: Color) -> Image.Image:
    img = lingrad(w, h, stops((0, light(card, 0.12)), (1, dark(card, 0.12))), 60)
    d = ImageDraw.Draw(img)
    pal = [rgb(c) for c in ("#b3122e", "#7a0f1c", "#c2185b", "#1d3f8f", "#0f6b4f", "#d9a441")]
    rows, cols = 5, 7
    for j in range(rows):
        c = pal[j % len(pal)]
        for i in range(cols):
            x, y = (i + 0.5) * w / cols, (j + 0.5) * h / rows
            s = min(w / cols, h / rows) * (0.18 + 0.04 * (j % 3))
            shape = [circle_pts(24), SHAPE_PETAL, rosette(6, 0.3), star(5, 0.5)][(j + (i % 2)) % 4]
            d.polygon(xform(shape, x + 3, y + 4, s, s), fill=dark(card, 0.4))
            d.polygon(xform(shape, x, y, s, s), fill=c)
            d.ellipse((x - s * 0.5, y - s * 0.55, x - s * 0.15, y - s * 0.25), fill=light(c, 0.45))
            if (i + j) % 3 == 0:
                d.ellipse(
                    (x - s * 0.18, y - s * 0.18, x + s * 0.18, y + s * 0.18), fill=(240, 220, 160)
                )
    return img


def paint_jewellery(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    cards = [rgb(c) for c in ("#f3e9d6", "#1a1414", "#e8d0d6", "#f7f0e0")]
    if _has(name, "bindi", "tikuli"):
        if v == 3:
            sc.img.paste(lingrad(W, H, TABLES["velvet_red"], 70), (0, 0))
            sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 200, 180), 0.25)
            for k, (x, y, a) in enumerate(((0.3, 0.38, -8), (0.66, 0.44, 6), (0.45, 0.72, -3))):
                sheet = bindi_sheet(rng, 900, 640, cards[k % len(cards)])
                place_rotated(
                    sc, sheet, Image.new("L", sheet.size, 255), W * x, H * y, a, shadow=0.5
                )
            b = vessel(sc, W * 0.84, H * 0.92, H * 0.12, "bowl", BRASS, [], width=1.0)
            mound(
                sc,
                W * 0.84,
                b.top - H * 0.04,
                b.rs[0] * 0.9,
                H * 0.05,
                rgb("#c8102e"),
                rgb("#d81b3a"),
                0,
                4,
            )
            return
        stage(
            sc,
            ["rose", "plum", "teal", "maroon"],
            ["velvet_red", "dark", "walnut"],
            0.62,
            arch=False,
            edge=None,
        )
        for k in range(3):
            sheet = bindi_sheet(rng, 800, 560, cards[(k + v) % len(cards)])
            x0 = W * (0.14 + 0.1 * k)
            quad = [
                (x0 + W * 0.06, H * (0.56 + 0.07 * k)),
                (x0 + W * 0.52, H * (0.5 + 0.07 * k)),
                (x0 + W * 0.56, H * (0.82 + 0.05 * k)),
                (x0 + W * 0.0, H * (0.9 + 0.05 * k)),
            ]
            part, pic = warp(sheet, quad)
            sc.shadow(part, 20, 26, 30, 0.5)
            sc.fill(part, pic)
        box = Body(W * 0.82, H * 0.62, H * 0.72, H * 0.1, [(0, 1), (1, 1)], 0.3)
        sc.contact(W * 0.82, H * 0.73, H * 0.11, H * 0.03, 0.55)
        box.paint(sc, material("#b3122e", gloss=0.6), top_dark=0)
        lid = ell(W * 0.82, H * 0.62, H * 0.1, H * 0.03)
        sc.fill(lid, lingrad(lid.w, lid.h, GOLD, 20))
        return
    stage(sc, ["plum", "midnight", "teal"], ["velvet_blue", "velvet_red"], 0.7, arch=v == 1)
    # a necklace on a velvet bust, with jhumka earrings beside it
    cx = W * 0.5
    bust = poly(
        spline(
            [
                (cx - W * 0.2, H * 0.9),
                (cx - W * 0.19, H * 0.7),
                (cx - W * 0.13, H * 0.56),
                (cx - W * 0.06, H * 0.49),
                (cx - W * 0.05, H * 0.3),
                (cx - W * 0.045, H * 0.2),
                (cx + W * 0.045, H * 0.2),
                (cx + W * 0.05, H * 0.3),
                (cx + W * 0.06, H * 0.49),
                (cx + W * 0.13, H * 0.56),
                (cx + W * 0.19, H * 0.7),
                (cx + W * 0.2, H * 0.9),
            ],
            closed=True,
            n=6,
        )
    )
    sc.shadow(bust, 30, 10, 40, 0.5)
    sc.fill(bust, hgrad(bust.w, bust.h, material("#2a1a2a", contrast=0.7)))
    for k in range(3):
        rr = W * (0.07 + 0.025 * k)
        for i in range(22):
            a = math.pi * (0.1 + 0.8 * i / 21)
            x, y = cx - rr * math.cos(a), H * 0.45 + rr * 1.1 * math.sin(a)
            sphere(
                sc,
                x,
                y,
                H * (0.014 + 0.003 * k),
                (240, 232, 215) if k != 1 else rgb("#b3122e"),
                0.9,
            )
    pend = poly(xform(SHAPE_PETAL, cx, H * 0.74, H * 0.05, H * 0.07, math.pi))
    sc.fill(pend, lingrad(pend.w, pend.h, GOLD, 30))
    sphere(sc, cx, H * 0.73, H * 0.025, rgb("#0f6b4f"), 0.9)
    for x in (0.22, 0.78):
        bell(sc, W * x, H * 0.5, H * 0.16, rgb("#d9aa3c"), hang=H * 0.12)
