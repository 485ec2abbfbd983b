"""The stone-craft painter, with its dendritic shajar stones."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from tools.illustrations.bodies import hcyl
from tools.illustrations.canvas import SILVER, H, Scene, W, material
from tools.illustrations.colour import (
    colorize,
    dark,
    field,
    light,
    lingrad,
    rgb,
    scale_alpha,
    stops,
)
from tools.illustrations.crafts.common import _has, stage, vessel_scene
from tools.illustrations.shapes import ell, ring


def dendrite(
    d: ImageDraw.ImageDraw,
    x: float,
    y: float,
    length: float,
    angle: float,
    depth: int,
    rng: random.Random,
    width: float,
) -> None:
    if depth == 0 or length < 3:
        return
    x2, y2 = x + length * math.cos(angle), y + length * math.sin(angle)
    d.line([(x, y), (x2, y2)], fill=255, width=max(1, int(width)))
    for _ in range(rng.choice([2, 2, 3])):
        dendrite(
            d,
            x2,
            y2,
            length * rng.uniform(0.55, 0.75),
            angle + rng.uniform(-0.7, 0.7),
            depth - 1,
            rng,
            width * 0.7,
        )


def shajar_stone(
    sc: Scene, cx: float, cy: float, rx: float, ry: float, silver: bool = True
) -> None:
    rng = sc.rng
    base = rgb(rng.choice(["#d9a55a", "#e0b878", "#c98f4a", "#e8cfa0"]))
    p = ell(cx, cy, rx, ry)
    if silver:
        bez = ell(cx, cy, rx * 1.12, ry * 1.1)
        sc.shadow(bez, 10, 16, 16, 0.5)
        sc.fill(bez, lingrad(bez.w, bez.h, SILVER, 40))
        bail = ring(cx, cy - ry * 1.2, rx * 0.16, rx * 0.16, rx * 0.06)
        sc.fill(bail, lingrad(bail.w, bail.h, SILVER, 40))
    else:
        sc.shadow(p, 10, 16, 16, 0.5)
    img = colorize(
        field(p.w, p.h, lambda u, v: min(1, math.hypot(u - 0.42, v - 0.4) * 1.4), 32),
        stops((0, light(base, 0.35)), (0.5, base), (1, dark(base, 0.4))),
    )
    m = Image.new("L", img.size, 0)
    d = ImageDraw.Draw(m)
    for _ in range(rng.choice([2, 3])):
        dendrite(
            d,
            p.w * rng.uniform(0.25, 0.75),
            p.h * 0.95,
            p.h * 0.22,
            -math.pi / 2 + rng.uniform(-0.3, 0.3),
            6,
            rng,
            p.w * 0.02,
        )
    img.paste(rgb("#3a2412"), (0, 0), scale_alpha(m, 0.85))
    sc.fill(p, img)
    hl = ell(cx - rx * 0.35, cy - ry * 0.45, rx * 0.3, ry * 0.14)
    sc.fill(hl.faded(0.45), (255, 255, 255))


def paint_stone(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "cufflink"):
        from tools.illustrations.crafts.additions import paint_cufflinks

        return paint_cufflinks(sc)
    if _has(name, "shajar", "agate", "gem"):
        stage(
            sc,
            ["charcoal", "plum", "midnight"],
            ["velvet_red", "velvet_blue", "dark"],
            0.6,
            glow_x=0.5,
            edge=None,
        )
        if v == 2:
            beam = H * 0.08
            hcyl(sc, W * 0.1, W * 0.9, beam, H * 0.012, SILVER, end=False)
            for i, x in enumerate((0.25, 0.5, 0.75)):
                yy = H * (0.45 + 0.08 * (i % 2))
                sc.line([(W * x - H * 0.03, beam), (W * x, yy - H * 0.14)], (200, 200, 210), 4)
                sc.line([(W * x + H * 0.03, beam), (W * x, yy - H * 0.14)], (200, 200, 210), 4)
                shajar_stone(sc, W * x, yy, H * 0.1, H * 0.13)
            for i in range(5):
                shajar_stone(
                    sc,
                    W * (0.2 + 0.15 * i),
                    H * (0.82 + 0.05 * (i % 2)),
                    H * 0.05,
                    H * 0.04,
                    silver=False,
                )
        else:
            big = 1.0 if v == 1 else 1.25
            shajar_stone(sc, W * 0.5, H * 0.5, H * 0.2 * big, H * 0.25 * big)
            shajar_stone(sc, W * 0.22, H * 0.74, H * 0.09, H * 0.12)
            shajar_stone(sc, W * 0.78, H * 0.74, H * 0.09, H * 0.12)
            for i in range(4):
                shajar_stone(sc, W * (0.12 + 0.25 * i), H * 0.93, H * 0.05, H * 0.035, silver=False)
        return
    stone = rgb(rng.choice(["#e9e0cf", "#efe6d6", "#ddd0b8"]))
    mats = [
        material(stone, gloss=0.2, contrast=0.7),
        material(light(stone, 0.1), gloss=0.2, contrast=0.7),
    ]
    vessel_scene(
        sc,
        mats,
        [material(dark(stone, 0.25), contrast=0.6)],
        ["bowl", "vase", "jar", "pot", "lota"],
        ["terracotta", "teal", "indigo", "olive"],
        ["walnut", "dark"],
        inside=dark(stone, 0.5),
        busy=1.0,
        accents=[rgb("#e8891c")],
    )
