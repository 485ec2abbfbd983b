"""The carpets and rugs painter, with its carpet designs and rolled rugs."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageChops, ImageDraw

from tools.illustrations.bodies import hcyl, place_rotated
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.cloth import drape, folded_stack, warp
from tools.illustrations.colour import dark, light, lingrad, rgb, stops, vgrad
from tools.illustrations.crafts.common import TABLES, WALLS, WOOD, _has, stage
from tools.illustrations.objects import _avg
from tools.illustrations.shapes import (
    SHAPE_DIAMOND,
    SHAPE_PAISLEY,
    TAU,
    Part,
    ell,
    rect,
    rosette,
    star,
    xform,
)
from tools.illustrations.staging import backdrop


def carpet_design(
    rng: random.Random, w: int, h: int, durrie: bool = False, fringe: float = 0.04
) -> Image.Image:
    """A flat rug, RGBA, with fringes at its short ends (left and right)."""
    fr = int(w * fringe)
    img = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    iw = w - 2 * fr
    core = Image.new("RGB", (iw, h))
    d = ImageDraw.Draw(core)
    pals = [
        ("#8e1b1f", "#1f2f5c", "#eadcbf", "#d9a441", "#2f5d45"),
        ("#1f2f5c", "#8e1b1f", "#eadcbf", "#d9a441", "#6f93b8"),
        ("#e6d6b5", "#7a2a22", "#2b3e63", "#c98b2b", "#51704f"),
        ("#6b2436", "#223044", "#e9d9b8", "#caa048", "#3f6d6a"),
    ]
    field_c, border_c, ivory, gold, green = [rgb(c) for c in rng.choice(pals)]
    if durrie:
        bands = [field_c, ivory, border_c, gold, ivory, field_c, border_c]
        y = 0
        k = 0
        while y < h:
            bh = h * rng.choice([0.07, 0.14, 0.18])
            col = bands[k % len(bands)]
            d.rectangle((0, y, iw, y + bh), fill=col)
            if bh > h * 0.07:
                other = bands[(k + 2) % len(bands)]
                step = bh * 1.5
                x = step / 2
                while x < iw:
                    d.polygon(xform(SHAPE_DIAMOND, x, y + bh / 2, bh * 0.6, bh * 0.42), fill=other)
                    d.polygon(xform(SHAPE_DIAMOND, x, y + bh / 2, bh * 0.28, bh * 0.2), fill=col)
                    x += step
            else:
                tri = bh
                x = 0
                other = bands[(k + 3) % len(bands)]
                while x < iw:
                    d.polygon([(x, y + bh), (x + tri / 2, y), (x + tri, y + bh)], fill=other)
                    x += tri * 2.0
            y += bh
            k += 1
    else:
        d.rectangle((0, 0, iw, h), fill=border_c)
        bw = min(iw, h) * 0.13
        d.rectangle(
            (bw * 0.18, bw * 0.18, iw - bw * 0.18, h - bw * 0.18),
            outline=ivory,
            width=max(2, int(bw * 0.05)),
        )
        d.rectangle((bw, bw, iw - bw, h - bw), fill=ivory)
        d.rectangle((bw * 1.08, bw * 1.08, iw - bw * 1.08, h - bw * 1.08), fill=field_c)
        # border rosettes
        for horizontal, length in ((True, iw), (False, h)):
            n = max(3, int(length / (bw * 1.7)))
            for i in range(n):
                t = (i + 0.5) / n * length
                for edge in (bw * 0.58, (h if horizontal else iw) - bw * 0.58):
                    x, y = (t, edge) if horizontal else (edge, t)
                    if bw * 0.6 < (x if horizontal else y) < length - bw * 0.6:
                        d.polygon(
                            xform(rosette(8, 0.35), x, y, bw * 0.3, bw * 0.3),
                            fill=gold if i % 2 else ivory,
                        )
                        d.ellipse(
                            (x - bw * 0.08, y - bw * 0.08, x + bw * 0.08, y + bw * 0.08),
                            fill=field_c,
                        )
        cx, cy = iw / 2, h / 2
        ms = min(iw, h) * 0.3
        d.polygon(xform(SHAPE_DIAMOND, cx, cy, ms * 2.0, ms * 1.35), fill=border_c)
        d.polygon(xform(star(8, 0.7), cx, cy, ms * 0.9, ms * 0.9), fill=ivory)
        d.polygon(xform(star(8, 0.7), cx, cy, ms * 0.75, ms * 0.75, 0.2), fill=green)
        d.polygon(xform(rosette(12, 0.3), cx, cy, ms * 0.55, ms * 0.55), fill=gold)
        d.polygon(xform(rosette(8, 0.35), cx, cy, ms * 0.3, ms * 0.3), fill=field_c)
        d.ellipse((cx - ms * 0.08, cy - ms * 0.08, cx + ms * 0.08, cy + ms * 0.08), fill=ivory)
        for sx in (-1, 1):
            d.polygon(xform(SHAPE_DIAMOND, cx + sx * ms * 1.45, cy, ms * 0.3, ms * 0.22), fill=gold)
        fx0, fy0, fx1, fy1 = bw * 1.08, bw * 1.08, iw - bw * 1.08, h - bw * 1.08
        for x, y in ((fx0, fy0), (fx1, fy0), (fx0, fy1), (fx1, fy1)):
            d.pieslice(
                (x - ms * 0.8, y - ms * 0.8, x + ms * 0.8, y + ms * 0.8), 0, 360, fill=border_c
            )
            d.pieslice(
                (x - ms * 0.55, y - ms * 0.55, x + ms * 0.55, y + ms * 0.55), 0, 360, fill=ivory
            )
            d.pieslice((x - ms * 0.4, y - ms * 0.4, x + ms * 0.4, y + ms * 0.4), 0, 360, fill=green)
        step = ms * 1.1
        y = fy0 + step
        row = 0
        while y < fy1 - step * 0.5:
            x = fx0 + step * (1 if row % 2 else 0.5)
            while x < fx1 - step * 0.5:
                inside = abs(x - cx) / (ms * 2.2) + abs(y - cy) / (ms * 1.5) < 1
                corner = any(
                    math.hypot(x - a, y - b) < ms * 0.95 for a in (fx0, fx1) for b in (fy0, fy1)
                )
                if not inside and not corner:
                    d.polygon(
                        xform(SHAPE_PAISLEY, x, y, step * 0.22, step * 0.22, 0.4),
                        fill=gold if row % 2 else ivory,
                    )
                x += step
            y += step * 0.8
            row += 1
    core = Image.blend(core, Image.new("RGB", core.size, field_c), 0.14)
    img.paste(core, (fr, 0))
    fd = ImageDraw.Draw(img)
    fringe_c = (236, 226, 204, 255)
    for x0, x1 in ((0, fr), (w - fr, w)):
        y = 0
        while y < h:
            fd.line([(x0, y + 2), (x1, y + 2)], fill=fringe_c, width=max(2, int(h * 0.006)))
            y += h * 0.04
    return img


def rolled_rug(sc: Scene, x0: float, x1: float, cy: float, r: float, design: Image.Image) -> None:
    body = rect(x0, cy - r, x1, cy + r)
    sc.shadow(body, 20, r * 0.6, r * 0.5, 0.5)
    strip = (
        design.convert("RGB")
        .crop((0, 0, design.width, int(design.height * 0.35)))
        .resize((body.w, body.h))
    )
    shade = vgrad(
        body.w, body.h, stops((0, (150, 150, 150)), (0.3, (255, 255, 255)), (1, (70, 70, 70)))
    )
    sc.fill(body, ImageChops.multiply(strip, shade.convert("RGB")))
    end = ell(x1, cy, r * 0.35, r)
    sc.fill(
        end,
        lingrad(end.w, end.h, stops((0, light(_avg(strip), 0.2)), (1, dark(_avg(strip), 0.3))), 20),
    )
    spiral = [
        (
            x1 + r * 0.33 * (1 - t) * math.cos(t * 5 * TAU),
            cy + r * 0.95 * (1 - t) * math.sin(t * 5 * TAU),
        )
        for t in [i / 120 for i in range(121)]
    ]
    sc.line(spiral, dark(_avg(strip), 0.5), 3)


def paint_carpets(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    durrie = _has(name, "durrie", "dari", "durry") and (not _has(name, "carpet") or v == 2)
    design = carpet_design(rng, 1800, 1200, durrie)
    other = carpet_design(
        rng, 1800, 1200, not durrie if _has(name, "carpet") and _has(name, "durr") else durrie
    )
    if v == 1:
        backdrop(
            sc,
            WALLS[rng.choice(["sand", "cream", "sage"])],
            TABLES["teak"],
            0.48,
            glow=(255, 228, 190),
            glow_at=(0.5, 0.3),
            edge=None,
        )
        quad = [(W * 0.2, H * 0.56), (W * 0.8, H * 0.56), (W * 1.0, H * 0.98), (W * 0.0, H * 0.98)]
        part, pic = warp(design.rotate(90, expand=True), quad)
        sc.shadow(part, 0, 10, 20, 0.5)
        shade = vgrad(pic.width, pic.height, stops((0, (200, 200, 200)), (1, (255, 255, 255))))
        sc.fill(part, ImageChops.multiply(pic, shade.convert("RGB")))
        rolled_rug(sc, W * 0.55, W * 0.86, H * 0.5, H * 0.05, other)
    elif v == 2:
        stage(sc, ["cream", "sand", "ochre"], ["teak", "walnut"], 0.8, edge=0.94)
        pic, mask = drape(
            design.convert("RGB"),
            int(W * 0.5),
            int(H * 0.62),
            rng,
            folds=2.2,
            amp=0.012,
            hem=0.01,
            sheen=0.05,
        )
        mask = ImageChops.multiply(mask, design.getchannel("A").resize(mask.size).rotate(0))
        p = Part(mask, int(W * 0.12), int(H * 0.1))
        sc.shadow(p, 30, 30, 40, 0.5)
        sc.fill(p, pic)
        hcyl(sc, W * 0.1, W * 0.64, H * 0.1, H * 0.014, material(WOOD), end=False)
        flats = [
            carpet_design(rng, 1200, 800, d).convert("RGB") for d in (durrie, not durrie, durrie)
        ]
        folded_stack(sc, W * 0.8, H * 0.92, W * 0.3, flats, thick=0.05, depth=0.12)
    else:
        sc.img.paste(lingrad(W, H, TABLES["teak"], 80), (0, 0))
        sc.glow(W * 0.45, H * 0.4, W * 0.6, H * 0.6, (255, 230, 190), 0.3)
        pic = design.resize((int(W * 0.72), int(H * 0.62)))
        place_rotated(
            sc, pic.convert("RGB"), pic.getchannel("A"), W * 0.46, H * 0.45, -6, shadow=0.5
        )
        rolled_rug(sc, W * 0.55, W * 0.98, H * 0.9, H * 0.06, other)
