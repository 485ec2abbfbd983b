"""Painting a product's photos and making the illustrative photos of a catalogue."""

from __future__ import annotations

import csv
import hashlib
import random
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PIL import Image

from kiosk.atomic import atomic_write
from kiosk.catalog import images
from kiosk.catalog.layout import photo_alt_texts
from kiosk.languages import LANGUAGES
from tools.illustrations.canvas import Scene
from tools.illustrations.crafts.carpets import paint_carpets
from tools.illustrations.crafts.embroidery import paint_embroidery
from tools.illustrations.crafts.fibre import paint_fibre
from tools.illustrations.crafts.food import paint_food
from tools.illustrations.crafts.glass import paint_glass
from tools.illustrations.crafts.jewellery import paint_jewellery
from tools.illustrations.crafts.leather import paint_leather
from tools.illustrations.crafts.metalcraft import paint_metalcraft
from tools.illustrations.crafts.other import paint_other
from tools.illustrations.crafts.perfume import paint_perfume
from tools.illustrations.crafts.pottery import paint_pottery
from tools.illustrations.crafts.stone import paint_stone
from tools.illustrations.crafts.textiles import paint_textiles
from tools.illustrations.crafts.toys import paint_toys
from tools.illustrations.crafts.woodcraft import paint_woodcraft

CREDIT = "Illustration: ODOP Expo kiosk team"
MEDIA_HEADER = (
    "product",
    "position",
    "display",
    "thumb",
    "width",
    "height",
    "credit",
    "alt_en",
    "alt_hi",
    "alt_ja",
    "illustrative",
)


PAINTERS: dict[str, Callable[[Scene, str], None]] = {
    "textiles": paint_textiles,
    "metalcraft": paint_metalcraft,
    "pottery-and-terracotta": paint_pottery,
    "glass": paint_glass,
    "embroidery": paint_embroidery,
    "carpets-and-rugs": paint_carpets,
    "woodcraft": paint_woodcraft,
    "stone-craft": paint_stone,
    "leather": paint_leather,
    "food-and-agro": paint_food,
    "perfume-and-cosmetics": paint_perfume,
    "toys-and-sports": paint_toys,
    "jewellery-and-accessories": paint_jewellery,
    "natural-fibre-crafts": paint_fibre,
    "other-crafts": paint_other,
}


def _seed(product_id: str, variant: int) -> int:
    digest = hashlib.sha256(f"{product_id}\x1f{variant}".encode()).digest()
    return int.from_bytes(digest[:8], "big")


def paint(craft: str, product_id: str, name_en: str, variant: int) -> Image.Image:
    """A deterministic illustration (ILLUSTRATION_SIZE, RGB) of a product of `craft`."""
    rng = random.Random(_seed(product_id, variant))
    sc = Scene(rng, (variant - 1) % 3 + 1)
    painter = PAINTERS.get(craft, paint_other)
    painter(sc, name_en.lower())
    return sc.finish()


class IllustrationError(ValueError):
    """products.csv cannot be painted from; str() names the file and what is wrong."""


REQUIRED_COLUMNS = ("id", "craft", "name_en")


def read_products(catalog_dir: Path) -> list[dict[str, str]]:
    """The rows of catalog_dir/products.csv, refused (IllustrationError) before anything is
    painted if the file is missing or lacks a column the painter needs."""
    path = Path(catalog_dir) / "products.csv"
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise IllustrationError(f"{path}: no {missing[0]!r} column")
            return list(reader)
    except OSError as error:
        raise IllustrationError(f"{path}: cannot be read ({error.strerror})") from None


def make_illustrations(catalog_dir: Path, media_dir: Path) -> int:
    """Paint the photos of every product in catalog_dir/products.csv (three for featured
    products, two for the rest), store them under media_dir, write catalog_dir/media.csv
    and delete stored photos that no row uses any more. Returns the number of photos."""
    catalog_dir, media_dir = Path(catalog_dir), Path(media_dir)
    products = read_products(catalog_dir)
    rows = []
    for product in products:
        count = 3 if product.get("featured", "").strip().lower() == "yes" else 2
        name = product["name_en"]
        alt = photo_alt_texts(
            {lang: product.get(f"name_{lang}", "") for lang in LANGUAGES}, illustrative=True
        )
        for position in range(1, count + 1):
            photo = images.store_image(
                paint(product["craft"], product["id"], name, position), media_dir
            )
            rows.append(
                (
                    product["id"],
                    position,
                    photo.display,
                    photo.thumb,
                    photo.width,
                    photo.height,
                    CREDIT,
                    alt["en"],
                    alt["hi"],
                    alt["ja"],
                    "yes",
                )
            )
    _write_csv(catalog_dir / "media.csv", MEDIA_HEADER, rows)
    keep = {r[2] for r in rows} | {r[3] for r in rows}
    for sub in (images.DISPLAY_DIR, images.THUMB_DIR):
        folder = media_dir / sub
        if folder.is_dir():
            for path in folder.iterdir():
                if path.is_file() and f"{sub}/{path.name}" not in keep:
                    path.unlink()
    return len(rows)


def _write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """Write a UTF-8 CSV with \\n line ends, atomically (kiosk/atomic.py)."""
    with atomic_write(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)
