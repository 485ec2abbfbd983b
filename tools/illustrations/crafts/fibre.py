"""The natural-fibre painter, with its coiled grass baskets."""

from __future__ import annotations

from collections.abc import Sequence

from tools.illustrations.bodies import Body, hcyl, sphere
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.colour import Color, dark, rgb
from tools.illustrations.crafts.common import WOOD, _has, stage
from tools.illustrations.objects import disc, radial_deco, tube, vessel
from tools.illustrations.shapes import SHAPE_DIAMOND, poly, star
from tools.illustrations.staging import pedestal


def coil_basket(
    sc: Scene,
    cx: float,
    base: float,
    h: float,
    straw: Color,
    dyes: Sequence[Color],
    kind: str = "jar",
    lid: bool = True,
) -> None:
    """A coiled grass basket (moonj, sikki) with dyed bands and, for jars, a conical lid."""
    rng = sc.rng
    motif = rng.choice([SHAPE_DIAMOND, star(4, 0.4)])
    layers = []

    def coils(d, b):
        t = 0.0
        while t < 1:
            b.band(d, t, max(2, h * 0.004))
            t += 0.07

    for i, dye in enumerate(dyes[:3]):

        def deco(d, b, i=i):
            t = 0.25 + i * 0.2
            b.band(d, t, h * 0.045)
            b.motifs(d, t + 0.1, 8, motif, h * 0.04, phase=i * 0.5)

        layers.append((material(dye), deco))
    layers.append((material(dark(straw, 0.35)), coils))
    width = 0.5 if kind == "jar" else 0.9
    b = vessel(
        sc,
        cx,
        base,
        h,
        kind,
        material(straw, contrast=0.8),
        layers,
        inside=dark(straw, 0.6),
        width=width,
    )
    if lid and kind == "jar":
        r0 = b.rs[0] * 1.08
        cone = Body(
            cx,
            b.top - h * 0.3,
            b.top + 2,
            r0,
            [(0, 0.08), (0.2, 0.35), (0.7, 0.85), (1, 1.0)],
            0.18,
        )
        cone.paint(
            sc,
            material(straw, contrast=0.8),
            [
                (
                    material(dyes[0]),
                    lambda d, bb: (
                        bb.band(d, 0.55, h * 0.04),
                        bb.motifs(d, 0.8, 8, motif, h * 0.03),
                    ),
                ),
                (
                    material(dark(straw, 0.35)),
                    lambda d, bb: [bb.band(d, t / 8, 2) for t in range(8)],
                ),
            ],
            top_dark=0,
            foot_dark=0.2,
        )
        sphere(sc, cx, b.top - h * 0.3, h * 0.04, dyes[0], 0.3)


def paint_fibre(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    dyes = [rgb(c) for c in ("#c2185b", "#2e7d32", "#6a1b9a", "#ef6c00", "#1565c0", "#d32f2f")]
    rng.shuffle(dyes)
    straw = rgb("#d8b26a")
    if _has(name, "hairbrush", "brush"):
        from tools.illustrations.crafts.additions import paint_hairbrush

        return paint_hairbrush(sc)
    if _has(name, "jute", "hanging", "macrame"):
        stage(sc, ["cream", "sage", "sand"], ["teak"], 0.86, edge=None)
        jute = rgb("#c8a46a")
        x0, x1, y0 = (W * 0.3, W * 0.7, H * 0.12) if v != 2 else (W * 0.36, W * 0.64, H * 0.1)
        if v == 3:
            sc.zoom = (1.45, 0.5, 0.42)
        hcyl(sc, x0 - W * 0.03, x1 + W * 0.03, y0, H * 0.014, material(WOOD), end=False)
        cords = 14
        for i in range(cords):
            x = x0 + (x1 - x0) * (i + 0.5) / cords
            pts = [(x, y0)]
            for k in range(1, 7):
                pts.append((x + ((-1) ** (i + k)) * (x1 - x0) / cords * 0.5, y0 + k * H * 0.08))
            pts.append((pts[-1][0], H * 0.8 - abs(i - cords / 2) * H * 0.015))
            sc.shadow(
                poly(
                    [
                        (x - 4, y0),
                        (x + 4, y0),
                        (pts[-1][0] + 4, pts[-1][1]),
                        (pts[-1][0] - 4, pts[-1][1]),
                    ]
                ),
                16,
                10,
                12,
                0.3,
            )
            tube(sc, pts, H * 0.012, jute, 0.2)
        for k in range(1, 6):
            for i in range(cords // 2):
                x = x0 + (x1 - x0) * (2 * i + 1 + (k % 2)) / cords
                if x < x1:
                    sphere(sc, x, y0 + k * H * 0.08, H * 0.014, dark(jute, 0.1), 0.2)
        for i in range(5):
            sphere(sc, x0 + (x1 - x0) * (i + 0.5) / 5, H * 0.6, H * 0.02, dyes[i % 3], 0.5)
        return
    hy = stage(
        sc, ["indigo", "teal", "sage", "terracotta"], ["teak", "walnut", "linen"], 0.7, arch=v == 1
    )
    if _has(name, "wheat"):
        straw = rgb("#e2bd6a")
        dyes = [rgb("#b3122e"), rgb("#e2bd6a"), rgb("#1d3f8f")]
    elif _has(name, "banana"):
        straw = rgb("#b89a6a")
    if v == 1:
        top = pedestal(sc, W * 0.5, hy + H * 0.07, W * 0.17, H * 0.05, rgb("#d8c8a8"))
        coil_basket(sc, W * 0.5, top + H * 0.01, H * 0.42, straw, dyes)
    elif v == 2:
        coil_basket(sc, W * 0.3, H * 0.82, H * 0.44, straw, dyes)
        coil_basket(sc, W * 0.56, H * 0.86, H * 0.28, straw, dyes[1:] + dyes[:1])
        coil_basket(sc, W * 0.78, H * 0.9, H * 0.2, straw, dyes[2:], "bowl", lid=False)
    else:

        def spiral(d, cx, cy, r):
            for k in range(1, 14):
                rr = r * k / 14
                d.ellipse((cx - rr, cy - rr, cx + rr, cy + rr), outline=255, width=3)

        disc(
            sc,
            W * 0.36,
            H * 0.48,
            H * 0.3,
            material(straw, contrast=0.6),
            spiral,
            material(dark(straw, 0.3)),
            sy=0.97,
        )
        disc(
            sc,
            W * 0.36,
            H * 0.48,
            H * 0.18,
            material(dyes[0], contrast=0.6),
            radial_deco(rng, 1),
            material(straw),
            sy=0.97,
            shadow=0,
        )
        coil_basket(sc, W * 0.72, H * 0.9, H * 0.4, straw, dyes)
