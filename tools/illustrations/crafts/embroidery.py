"""The embroidery painter, with its embroidered panels, hoops and spools."""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw

from tools.illustrations.bodies import Body, place_rotated, sphere
from tools.illustrations.canvas import BRASS, GOLD, H, Scene, W, material
from tools.illustrations.cloth import cloth_design, folded_stack
from tools.illustrations.colour import (
    BILINEAR,
    Color,
    colorize,
    dark,
    field,
    hgrad,
    light,
    lingrad,
    mix,
    rgb,
    stops,
)
from tools.illustrations.crafts.common import TABLES, ZARI, _emboss, _has, stage
from tools.illustrations.shapes import (
    SHAPE_PAISLEY,
    SHAPE_PETAL,
    TAU,
    ell,
    poly,
    rect,
    ring,
    rosette,
    spline,
    xform,
)


def embroidery_panel(
    rng: random.Random, size: int, ground: Color, thread: Color, style: str
) -> Image.Image:
    """A square of embroidered cloth: a central flower, vines, leaves and a scalloped ring
    (chikankari in white, zardozi in gold with sequins), or an applique quilt."""
    img = lingrad(size, size, stops((0, light(ground, 0.08)), (1, dark(ground, 0.1))), 60)
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    if style == "applique":
        cols = [rgb(x) for x in ("#c62828", "#f9a825", "#2e7d32", "#1565c0", "#6a1b9a", "#ef6c00")]
        rng.shuffle(cols)
        n = 4
        cell = size / n
        di = ImageDraw.Draw(img)
        for i in range(n):
            for j in range(n):
                x0, y0 = i * cell, j * cell
                di.rectangle((x0, y0, x0 + cell, y0 + cell), fill=cols[(i + j) % len(cols)])
                tri = (
                    [(x0, y0), (x0 + cell, y0), (x0 + cell / 2, y0 + cell / 2)]
                    if (i + j) % 2
                    else [(x0, y0 + cell), (x0 + cell, y0 + cell), (x0 + cell / 2, y0 + cell / 2)]
                )
                di.polygon(tri, fill=cols[(i + j + 2) % len(cols)])
                di.polygon(
                    xform(rosette(8, 0.4), x0 + cell / 2, y0 + cell / 2, cell * 0.16, cell * 0.16),
                    fill=cols[(i + 2 * j + 1) % len(cols)],
                )
        for k in range(n + 1):
            d.rectangle((k * cell - size * 0.008, 0, k * cell + size * 0.008, size), fill=255)
            d.rectangle((0, k * cell - size * 0.008, size, k * cell + size * 0.008), fill=255)
        _emboss(img, m, lingrad(size, size, GOLD, 45), 3)
        return img

    # a lotus medallion: two rings of outlined petals round a seeded centre
    def petal_ring(
        n: int, radius: float, length: float, width: float, phase: float, hollow: bool
    ) -> None:
        for k in range(n):
            a = k * TAU / n + phase
            px, py = c + radius * math.cos(a), c + radius * math.sin(a)
            d.polygon(xform(SHAPE_PETAL, px, py, width, length, a + math.pi / 2), fill=255)
            if hollow:
                d.polygon(
                    xform(SHAPE_PETAL, px, py + 0, width * 0.45, length * 0.62, a + math.pi / 2),
                    fill=0,
                )

    petal_ring(12, size * 0.2, size * 0.085, size * 0.055, 0.0, True)
    petal_ring(8, size * 0.11, size * 0.055, size * 0.04, TAU / 16, False)
    d.ellipse((c - size * 0.04, c - size * 0.04, c + size * 0.04, c + size * 0.04), fill=255)
    d.ellipse((c - size * 0.022, c - size * 0.022, c + size * 0.022, c + size * 0.022), fill=0)
    # a ring of paisleys with a dot between each pair
    for k in range(10):
        a = k * TAU / 10 + TAU / 20
        px, py = c + size * 0.335 * math.cos(a), c + size * 0.335 * math.sin(a)
        d.polygon(xform(SHAPE_PAISLEY, px, py, size * 0.045, size * 0.045, a + math.pi), fill=255)
        d.polygon(xform(SHAPE_PAISLEY, px, py, size * 0.018, size * 0.018, a + math.pi), fill=0)
        b = a + TAU / 20
        qx, qy = c + size * 0.335 * math.cos(b), c + size * 0.335 * math.sin(b)
        d.ellipse(
            (qx - size * 0.012, qy - size * 0.012, qx + size * 0.012, qy + size * 0.012), fill=255
        )
    lw = max(2, int(size * 0.005))
    for rr in (0.27, 0.405):
        d.ellipse(
            (c - size * rr, c - size * rr, c + size * rr, c + size * rr), outline=255, width=lw
        )
    if style == "zardozi":
        _emboss(img, m, lingrad(size, size, material(thread, metal=True), 35), 3, 0.6)
        sq = Image.new("L", (size, size), 0)
        ds = ImageDraw.Draw(sq)
        for k in range(16):
            a = k * TAU / 16
            x, y = c + size * 0.44 * math.cos(a), c + size * 0.44 * math.sin(a)
            ds.ellipse(
                (x - size * 0.011, y - size * 0.011, x + size * 0.011, y + size * 0.011), fill=255
            )
        _emboss(img, sq, lingrad(size, size, material("#f3e9d6", gloss=0.9), 45), 2, 0.5)
    else:
        _emboss(
            img,
            m,
            lingrad(size, size, stops((0, (255, 255, 255)), (1, mix(thread, ground, 0.25))), 35),
            2.5,
            0.35,
        )
    return img


def hoop(
    sc: Scene,
    cx: float,
    cy: float,
    r: float,
    panel: Image.Image,
    sy: float,
    ground: Color,
    skirt: bool = True,
) -> None:
    rng = sc.rng
    if skirt:
        pts = [
            (math.cos(a) * rng.uniform(1.3, 1.6), math.sin(a) * rng.uniform(1.3, 1.6))
            for a in [k * TAU / 9 + rng.uniform(-0.1, 0.1) for k in range(9)]
        ]
        cloth = poly(xform(spline(pts, n=8), cx, cy, r, r * sy))
        sc.shadow(cloth, 20, 30, 40, 0.45)
        ph = rng.uniform(0, TAU)

        def folds(u, v):
            du, dv = (u - 0.5) * 2, (v - 0.5) * 2
            a = math.atan2(dv, du)
            rad = min(1.0, math.hypot(du, dv))
            return 0.5 + 0.32 * math.sin(7 * a + ph) * rad**1.5 - 0.18 * dv

        sc.fill(
            cloth,
            colorize(
                field(cloth.w, cloth.h, folds, 64),
                stops((0, dark(ground, 0.35)), (0.5, ground), (1, light(ground, 0.2))),
            ),
        )
    wood = rgb("#b98a52")
    th = r * 0.07
    band = ring(cx, cy + th * 0.6, r + th, (r + th) * sy, th * 1.2)
    sc.shadow(band, 10, 18, 20, 0.5)
    sc.fill(band, lingrad(band.w, band.h, material(dark(wood, 0.2)), 0))
    fab = ell(cx, cy, r, r * sy)
    sc.fill(fab, panel.resize((fab.w, fab.h), BILINEAR))
    inner_sh = ring(cx, cy, r, r * sy, th * 0.8)
    sc.fill(inner_sh.faded(0.3), (0, 0, 0))
    top = ring(cx, cy, r + th, (r + th) * sy, th)
    sc.fill(top, lingrad(top.w, top.h, material(wood, contrast=0.7), 30))
    # the brass screw clamp at the back of the hoop
    sx, sy0 = cx, cy - (r + th) * sy
    clamp = rect(sx - th * 1.1, sy0 - th * 1.4, sx + th * 1.1, sy0 + th * 0.4, th * 0.3)
    sc.fill(clamp, hgrad(clamp.w, clamp.h, BRASS))
    sphere(sc, sx, sy0 - th * 1.9, th * 0.8, rgb("#c9962e"), 0.7)


def spool(sc: Scene, cx: float, base: float, h: float, thread: Color) -> None:
    wood = rgb("#c8a070")
    r = h * 0.36
    sc.contact(cx, base, r * 1.2, r * 0.2, 0.5)
    Body(cx, base - h * 0.14, base, r, [(0, 1), (1, 1)], 0.22).paint(sc, material(wood), top_dark=0)
    Body(cx, base - h * 0.86, base - h * 0.14, r * 0.82, [(0, 1), (1, 1)], 0.22).paint(
        sc,
        material(thread, contrast=0.8),
        [
            (
                material(dark(thread, 0.2)),
                lambda d, b: [b.band(d, t, 3) for t in (0.2, 0.4, 0.6, 0.8)],
            )
        ],
        top_dark=0.2,
        foot_dark=0.2,
    )
    top = Body(cx, base - h, base - h * 0.86, r, [(0, 1), (1, 1)], 0.22)
    top.paint(sc, material(wood), top_dark=0)
    sc.fill(
        ell(cx, base - h, r, r * 0.22),
        lingrad(int(2 * r) + 5, int(2 * r * 0.22) + 5, material(light(wood, 0.15)), 0),
    )
    sc.fill(ell(cx, base - h, r * 0.22, r * 0.06), (60, 40, 20))


def paint_embroidery(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    if _has(name, "chikan"):
        style = "chikan"
        ground = rgb(rng.choice(["#bcd3e6", "#cfe6d8", "#f1cfd3", "#f4efe4", "#e6d5f0", "#f5e3b8"]))
        thread = (255, 255, 255)
        walls = ["teal", "indigo", "plum", "olive"]
    elif _has(name, "applique", "patch"):
        style = "applique"
        ground = rgb("#7a1030")
        thread = ZARI
        walls = ["sand", "cream", "teal"]
    else:
        style = "zardozi"
        ground = rgb(rng.choice(["#5e0f1f", "#14284f", "#0f3d2c", "#2b0f3d", "#1a1414"]))
        thread = ZARI
        walls = ["sand", "ochre", "rose", "cream"]
    panel = embroidery_panel(rng, 1400, ground, thread, style)
    spools = (
        [rgb(c) for c in ("#c2185b", "#1e88e5", "#f9a825", "#2e7d32", "#ffffff")]
        if style == "chikan"
        else [ZARI, rgb("#d8d8de"), rgb("#b3202e")]
    )
    if v == 3:
        sc.img.paste(lingrad(W, H, TABLES[rng.choice(["walnut", "teak"])], 70), (0, 0))
        sc.glow(W * 0.45, H * 0.42, W * 0.6, H * 0.6, (255, 236, 200), 0.3)
        side = int(H * 0.62)
        sq = panel.resize((side, side), BILINEAR)
        place_rotated(sc, sq, Image.new("L", sq.size, 255), W * 0.42, H * 0.48, -7, shadow=0.5)
        hoop(sc, W * 0.8, H * 0.3, H * 0.16, panel, 1.0, ground, skirt=False)
        for i, col in enumerate(spools[:3]):
            spool(sc, W * (0.76 + 0.07 * (i % 2)), H * (0.72 + 0.1 * i), H * 0.13, col)
        return
    stage(sc, walls, ["walnut", "teak", "linen"], 0.6 if v == 1 else 0.7, glow_x=0.5)
    if v == 1:
        hoop(sc, W * 0.47, H * 0.7, H * 0.3, panel, 0.55, ground)
        for i, col in enumerate(spools[:3]):
            spool(sc, W * (0.8 + 0.06 * (i % 2)), H * (0.8 + 0.07 * i), H * 0.13, col)
    else:
        zari, acc = (thread if style != "chikan" else (250, 250, 250), light(ground, 0.3))
        designs = [
            cloth_design(
                rng,
                1400,
                700,
                ground if k == 0 else mix(ground, rgb(c), 0.6),
                zari,
                acc,
                SHAPE_PAISLEY,
                spacing=0.16,
                motif_size=0.3,
            )
            for k, c in enumerate(("#000000", "#7a1030"))
        ]
        folded_stack(sc, W * 0.72, H * 0.88, W * 0.34, designs, thick=0.045, depth=0.13)
        hoop(sc, W * 0.33, H * 0.5, H * 0.28, panel, 0.95, ground, skirt=False)
        sc.shadow(rect(W * 0.2, H * 0.8, W * 0.46, H * 0.84), 0, 0, 20, 0.3)
        spool(sc, W * 0.5, H * 0.92, H * 0.12, spools[0])
