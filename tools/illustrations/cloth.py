"""Cloth: flat woven designs, draped and folded cloth, and the warp that lays them."""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from PIL import Image, ImageChops, ImageDraw

from tools.illustrations.bodies import hcyl, sphere
from tools.illustrations.canvas import H, Scene, material
from tools.illustrations.colour import BILINEAR, Color, dark, hgrad, light, mix, stops, vgrad
from tools.illustrations.shapes import (
    SHAPE_LEAF,
    SHAPE_PAISLEY,
    TAU,
    Part,
    Point,
    _bounds,
    ell,
    rect,
    xform,
)


def cloth_design(
    rng: random.Random,
    w: int,
    h: int,
    base: Color,
    zari: Color,
    accent: Color,
    motif: Sequence[Point] = SHAPE_PAISLEY,
    spacing: float = 0.25,
    border: float = 0.16,
    pallu: float = 0.0,
    motif_size: float = 0.3,
) -> Image.Image:
    """A flat woven design: ground with a half-drop grid of butas, a brocade border along
    the bottom and an optional dense pallu at the right end."""
    img = vgrad(w, h, stops((0, light(base, 0.06)), (1, dark(base, 0.08))))
    d = ImageDraw.Draw(img)
    s = spacing * h
    body_h = h * (1 - border)
    row = 0
    y = s * 0.5
    buta = mix(zari, base, 0.18)
    while y < body_h - s * 0.3:
        x = s * (0.5 if row % 2 else 0.0)
        while x < w + s:
            d.polygon(xform(motif, x, y, s * motif_size, s * motif_size, 0.5), fill=buta)
            ((ex, ey),) = xform([(0.02, 0.3)], x, y, s * motif_size, s * motif_size, 0.5)
            d.ellipse((ex - s * 0.045, ey - s * 0.045, ex + s * 0.045, ey + s * 0.045), fill=accent)
            x += s
        y += s * 0.75
        row += 1
    # border: guard lines, a wide zari band with leaves, a fine edge
    by = body_h
    bh = h - by
    d.rectangle((0, by, w, by + bh * 0.05), fill=zari)
    d.rectangle((0, by + bh * 0.1, w, by + bh * 0.14), fill=accent)
    d.rectangle((0, by + bh * 0.2, w, by + bh * 0.82), fill=zari)
    leaf = bh * 0.24
    x = leaf
    k = 0
    while x < w + leaf:
        cy = by + bh * 0.51
        d.polygon(xform(SHAPE_LEAF, x, cy, leaf * 0.7, leaf, 0.6 if k % 2 else -0.6), fill=base)
        d.ellipse(
            (x + leaf * 0.75, cy - leaf * 0.16, x + leaf * 1.07, cy + leaf * 0.16), fill=accent
        )
        x += leaf * 1.8
        k += 1
    d.rectangle((0, by + bh * 0.88, w, by + bh * 0.92), fill=accent)
    if pallu > 0:
        px = int(w * (1 - pallu))
        d.rectangle((px, 0, w, by), fill=dark(base, 0.12))
        stripe = max(4, int(h * 0.012))
        d.rectangle((px, 0, px + stripe * 3, by), fill=zari)
        d.rectangle((px + stripe * 4, 0, px + stripe * 5, by), fill=accent)
        big = s * 1.3
        yy = big * 0.75
        col = 0
        while yy < by - big * 0.4:
            xx = px + stripe * 8 + big * (0.9 if col % 2 else 0.5)
            while xx < w:
                d.polygon(xform(SHAPE_PAISLEY, xx, yy, big * 0.42, big * 0.42, 0.5), fill=zari)
                d.polygon(xform(SHAPE_PAISLEY, xx, yy, big * 0.22, big * 0.22, 0.5), fill=accent)
                xx += big * 1.1
            yy += big * 0.9
            col += 1
    return img


def drape(
    flat: Image.Image,
    out_w: int,
    out_h: int,
    rng: random.Random,
    folds: float = 5.0,
    amp: float = 0.035,
    hem: float = 0.05,
    sheen: float = 0.3,
) -> tuple[Image.Image, Image.Image]:
    """Hang a flat design in vertical folds: returns (picture, mask), out_w x out_h."""
    n = max(90, out_w // 4)  # narrow strips: the hem steps by a pixel or two, not by a dozen
    ph = [rng.uniform(0, TAU) for _ in range(3)]

    def z(u: float) -> float:
        return (
            math.sin(u * folds * TAU + ph[0])
            + 0.25 * math.sin(u * folds * 2.1 * TAU + ph[1])
            + 0.3 * math.sin(u * folds * 0.5 * TAU + ph[2])
        ) / 1.55

    xs = [out_w * i / n for i in range(n + 1)]
    zs = [z(i / n) * amp * out_w for i in range(n + 1)]
    lengths = [0.0]
    for i in range(n):
        lengths.append(lengths[-1] + math.hypot(xs[i + 1] - xs[i], zs[i + 1] - zs[i]))
    us = [flat.width * run / lengths[-1] for run in lengths]
    src = flat.convert("RGBA")
    mesh = []
    for i in range(n):
        bottom = out_h * (1 - hem) + hem * out_h * (0.5 + 0.5 * zs[i] / (amp * out_w + 1e-6))
        box = (int(xs[i]), 0, int(math.ceil(xs[i + 1])), int(bottom))
        quad = (us[i], 0, us[i], flat.height, us[i + 1], flat.height, us[i + 1], 0)
        mesh.append((box, quad))
    out = src.transform((out_w, out_h), Image.Transform.MESH, mesh, BILINEAR)
    # light from the upper left: shade each fold by its slope
    shade = bytearray()
    spec = bytearray()
    for i in range(n + 1):
        j0, j1 = max(0, i - 1), min(n, i + 1)
        slope = (zs[j1] - zs[j0]) / max(1e-6, xs[j1] - xs[j0])
        nx, nz = -slope, 1.0
        norm = math.hypot(nx, nz)
        lam = max(0.0, (-0.55 * nx + 0.83 * nz) / norm)
        shade.append(int(255 * (0.42 + 0.58 * lam**1.5)))
        spec.append(int(255 * sheen * max(0.0, lam - 0.93) / 0.07))
    shade_img = Image.frombytes("L", (n + 1, 1), bytes(shade)).resize((out_w, out_h), BILINEAR)
    spec_img = Image.frombytes("L", (n + 1, 1), bytes(spec)).resize((out_w, out_h), BILINEAR)
    rgb_img = ImageChops.multiply(out.convert("RGB"), shade_img.convert("RGB"))
    rgb_img.paste((255, 250, 235), (0, 0), spec_img)
    return rgb_img, out.getchannel("A")


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [row[:] + [bv] for row, bv in zip(a, b)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[r][c]:
                k = m[r][c] / m[c][c]
                m[r] = [x - k * y for x, y in zip(m[r], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def warp(img: Image.Image, quad: Sequence[Point]) -> tuple[Part, Image.Image]:
    """Map img onto the canvas quad (top-left, top-right, bottom-right, bottom-left)."""
    x0, y0, x1, y1 = _bounds(quad, 1)
    w, h = img.size
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a, b = [], []
    for (X, Y), (u, v) in zip(quad, src):
        X, Y = X - x0, Y - y0
        a.append([X, Y, 1, 0, 0, 0, -u * X, -u * Y])
        b.append(u)
        a.append([0, 0, 0, X, Y, 1, -v * X, -v * Y])
        b.append(v)
    coeffs = _solve(a, b)
    out = (img if img.mode == "RGBA" else img.convert("RGBA")).transform(
        (x1 - x0, y1 - y0), Image.Transform.PERSPECTIVE, coeffs, BILINEAR
    )
    return Part(out.getchannel("A"), x0, y0), out.convert("RGB")


def folded_stack(
    sc: Scene,
    cx: float,
    base: float,
    fw: float,
    designs: Sequence[Image.Image],
    thick: float = 0.038,
    depth: float = 0.13,
) -> None:
    """Folded cloths piled on a table; each design shows its border along the fold."""
    rng = sc.rng
    ft, fd = H * thick, H * depth
    all_part = rect(cx - fw / 2, base - ft * len(designs) - fd, cx + fw / 2, base)
    sc.shadow(all_part, 30, 10, 40, 0.45)
    sc.contact(cx, base, fw * 0.55, ft * 0.5, 0.6)
    for k, flat in enumerate(designs):
        off = rng.uniform(-0.025, 0.025) * fw
        x0, x1 = cx - fw / 2 + off, cx + fw / 2 + off
        yb = base - k * ft
        inset = fw * 0.06
        top_quad = [
            (x0 + inset, yb - ft - fd),
            (x1 - inset, yb - ft - fd),
            (x1, yb - ft + 2),
            (x0, yb - ft + 2),
        ]
        crop = flat.crop((0, int(flat.height * 0.3), int(flat.width * 0.7), flat.height))
        part, pic = warp(crop, top_quad)
        shade = vgrad(pic.width, pic.height, stops((0, (165, 165, 165)), (1, (255, 255, 255))))
        sc.fill(part, ImageChops.multiply(pic, shade.convert("RGB")))
        front = rect(x0, yb - ft, x1, yb, ft * 0.42)
        # the fold shows the border: ground, a broad zari band and a fine coloured line
        ground = flat.getpixel((flat.width // 2, 2))
        zari = flat.getpixel((2, int(flat.height * 0.845)))
        line = flat.getpixel((2, int(flat.height * 0.848 + flat.height * 0.16 * 0.12)))
        band = Image.new("RGB", (front.w, front.h), ground)
        bd = ImageDraw.Draw(band)
        bd.rectangle((0, front.h * 0.3, front.w, front.h * 0.72), fill=zari)
        bd.rectangle((0, front.h * 0.78, front.w, front.h * 0.86), fill=line)
        fold = vgrad(
            front.w,
            front.h,
            stops((0, (255, 255, 255)), (0.35, (225, 225, 225)), (1, (95, 95, 95))),
        )
        sc.fill(front, ImageChops.multiply(band, fold.convert("RGB")))
        sc.fill(rect(x0 + ft * 0.3, yb - ft + 1, x1 - ft * 0.3, yb - ft + 4), (255, 240, 210))


def rod_stand(sc: Scene, x0: float, x1: float, y: float, floor: float, wood: Color) -> None:
    r = H * 0.012
    for x in (x0, x1):
        post = rect(x - r * 0.9, y, x + r * 0.9, floor)
        sc.shadow(post, 25, 0, 20, 0.35)
        sc.fill(post, hgrad(post.w, post.h, material(wood)))
        foot = ell(x, floor, r * 4, r * 1.1)
        sc.contact(x, floor + r * 0.5, r * 4.5, r * 1.3, 0.5)
        sc.fill(foot, hgrad(foot.w, foot.h, material(wood)))
    hcyl(sc, x0 - r * 2, x1 + r * 2, y, r, material(wood), end=False)
    for x in (x0 - r * 2, x1 + r * 2):
        sphere(sc, x, y, r * 1.8, wood, 0.3)
