"""The glass painter, with its bangle stands and loose bangles."""

from __future__ import annotations

from collections.abc import Sequence

from tools.illustrations.bodies import Body, sphere
from tools.illustrations.canvas import H, Scene, W, material
from tools.illustrations.colour import Color, dark, hgrad, light, lingrad, rgb, stops, vgrad
from tools.illustrations.crafts.common import ZARI, _has, stage, vessel_scene
from tools.illustrations.shapes import ell, rect, ring


def bangle_stand(
    sc: Scene,
    cx: float,
    base: float,
    h: float,
    rx: float,
    colors: Sequence[Color],
    gold: Color = ZARI,
) -> None:
    rng = sc.rng
    post_w = rx * 0.42
    top = base - h
    sc.contact(cx, base, rx * 1.4, rx * 0.2, 0.55)
    foot = Body(cx, base - h * 0.06, base, rx * 1.2, [(0, 0.9), (1, 1.0)], 0.2)
    foot.paint(sc, material("#3a1014"), top_dark=0)
    face = ell(cx, base - h * 0.06, rx * 1.08, rx * 1.08 * 0.2)
    sc.fill(face, lingrad(face.w, face.h, material("#5a1a22"), 0))
    post = rect(cx - post_w / 2, top, cx + post_w / 2, base - h * 0.06)
    sc.fill(post, hgrad(post.w, post.h, material("#6e1622")))
    sphere(sc, cx, top, post_w * 0.7, rgb("#d9aa3c"), 0.7)
    step = rx * 0.2
    n = int(h * 0.86 / step)
    sets = []
    while len(sets) < n:  # bangles come in sets of one colour, a gold one between sets
        sets += [colors[len(sets) % len(colors)]] * rng.choice([2, 3]) + [gold]
    for i in range(n):
        y = base - h * 0.1 - i * step
        c = sets[i]
        th = rx * (0.17 if c != gold else 0.11)
        rr = rx * rng.uniform(0.98, 1.02)
        p = ring(cx, y, rr, rr * 0.26, th).minus(
            rect(cx - post_w / 2, y - rr * 0.3, cx + post_w / 2, y)
        )
        sc.fill(
            p,
            vgrad(
                p.w,
                p.h,
                stops(
                    (0, light(c, 0.55)),
                    (0.18, light(c, 0.15)),
                    (0.5, c),
                    (0.85, dark(c, 0.5)),
                    (1, dark(c, 0.3)),
                ),
            ),
        )


def loose_bangle(sc: Scene, cx: float, cy: float, r: float, c: Color, tilt: float = 0.32) -> None:
    th = r * 0.14
    p = ring(cx, cy, r, r * tilt, th)
    sc.shadow(p, 10, 16, 14, 0.45)
    sc.fill(
        p,
        vgrad(
            p.w,
            p.h,
            stops(
                (0, light(c, 0.5)),
                (0.3, c),
                (0.62, dark(c, 0.45)),
                (0.8, light(c, 0.25)),
                (1, dark(c, 0.4)),
            ),
        ),
    )


def paint_glass(sc: Scene, name: str) -> None:
    rng, v = sc.rng, sc.variant
    jewel = [
        rgb(c)
        for c in (
            "#c2185b",
            "#1e88e5",
            "#2e9e4f",
            "#f2a900",
            "#8e24aa",
            "#e53935",
            "#00897b",
            "#fb8c00",
        )
    ]
    if _has(name, "bangle", "choori", "chudi", "kangan") or (
        not _has(name, "vase", "glassware", "decor", "bottle", "lamp") and v == 1
    ):
        rng.shuffle(jewel)
        stage(
            sc,
            ["midnight", "plum", "teal"],
            ["velvet_red", "dark", "velvet_blue"],
            0.7,
            glow_x=0.45,
        )
        if v == 3:
            for i in range(14):
                loose_bangle(
                    sc,
                    W * rng.uniform(0.12, 0.88),
                    H * rng.uniform(0.78, 0.95),
                    H * rng.uniform(0.09, 0.12),
                    jewel[i % len(jewel)],
                )
            bangle_stand(sc, W * 0.5, H * 0.8, H * 0.6, H * 0.2, jewel[:5])
        elif v == 1:
            bangle_stand(sc, W * 0.46, H * 0.86, H * 0.7, H * 0.22, jewel[:4])
            for i in range(3):
                loose_bangle(sc, W * 0.76, H * (0.88 - 0.035 * i), H * 0.11, jewel[4 + i])
        else:
            bangle_stand(sc, W * 0.38, H * 0.86, H * 0.66, H * 0.2, jewel[:4])
            bangle_stand(sc, W * 0.66, H * 0.84, H * 0.5, H * 0.17, jewel[4:])
            for i in range(4):
                loose_bangle(
                    sc,
                    W * (0.14 + 0.05 * i),
                    H * (0.9 + 0.015 * (i % 2)),
                    H * 0.09,
                    jewel[(i * 3) % 8],
                )
        return
    glass_cols = rng.sample(jewel, 3)
    mats = [material(c, gloss=1.0, contrast=0.8) for c in glass_cols]
    vessel_scene(
        sc,
        mats,
        [material("#e6c26a", metal=True)],
        ["vase", "flask", "surahi", "jar", "pitcher"],
        ["midnight", "charcoal", "indigo"],
        ["dark", "velvet_blue"],
        inside=(30, 30, 40),
        busy=0.7,
        alpha=0.88,
    )
