"""Are the committed illustrative photos and media.csv what the painter makes?

The check repaints into a temporary folder with make_illustrations itself and compares the
result, byte for byte, with the media folder and catalog_dir/media.csv. With every=N it
repaints only every Nth product of products.csv (the 1st, the N+1th, ...) and compares those
products' rows and pictures; files the media folder holds but media.csv does not name are
reported either way.
"""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog import images
from tools.illustrations.painter import make_illustrations, read_products

MEDIA_CSV = "media.csv"
_KEY_FIELDS = ("product", "position")


@dataclass(frozen=True)
class CheckResult:
    painted: int  # photos repainted
    products: int  # products repainted
    differences: list[str]  # one line each; empty if the committed files are what is painted


def check_illustrations(catalog_dir: Path, media_dir: Path, every: int = 1) -> CheckResult:
    """Repaint every `every`-th product of catalog_dir/products.csv (all by default) and
    compare with media_dir and catalog_dir/media.csv. Changes nothing in either folder."""
    if every < 1:
        raise ValueError("every must be 1 or more")
    catalog_dir, media_dir = Path(catalog_dir), Path(media_dir)
    products = read_products(catalog_dir)[::every]
    committed_csv = catalog_dir / MEDIA_CSV
    try:
        committed_bytes = committed_csv.read_bytes()
    except OSError:
        committed_bytes = None
    with tempfile.TemporaryDirectory(prefix="illustrations-check-") as temp:
        fresh_catalog, fresh_media = Path(temp) / "catalog", Path(temp) / "media"
        fresh_catalog.mkdir()
        _write_products(fresh_catalog / "products.csv", products)
        painted = make_illustrations(fresh_catalog, fresh_media)
        fresh_bytes = (fresh_catalog / MEDIA_CSV).read_bytes()
        differences = []
        if committed_bytes is None:
            differences.append(f"{committed_csv}: missing")
            committed_rows, named = [], set()
        else:
            committed_rows = _rows(committed_bytes)
            named = {r.get(f, "") for r in committed_rows for f in ("display", "thumb")}
            ids = {p["id"] for p in products} if every > 1 else None
            differences += _compare_csv(
                committed_csv, committed_bytes, committed_rows, fresh_bytes, ids
            )
        differences += _compare_files(media_dir, fresh_media, named, full=every == 1)
    return CheckResult(painted, len(products), differences)


def _write_products(path: Path, products: list[dict[str, str]]) -> None:
    fields = list(products[0]) if products else ["id", "craft", "name_en"]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(products)


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8", "replace"), newline="")))


def _header(data: bytes) -> str:
    return data.decode("utf-8", "replace").partition("\n")[0].rstrip("\r")


def _key(row: dict[str, str]) -> tuple[str, str]:
    return (row.get("product") or "", row.get("position") or "")


def _compare_csv(
    path: Path,
    committed_bytes: bytes,
    committed_rows: list[dict[str, str]],
    fresh_bytes: bytes,
    ids: set[str] | None,
) -> list[str]:
    """One line per differing row of media.csv; ids limits the rows to those products."""
    if _header(committed_bytes) != _header(fresh_bytes):
        return [
            f"{path}: the header is {_header(committed_bytes)!r}, "
            f"the painter writes {_header(fresh_bytes)!r}"
        ]
    if ids is not None:
        committed_rows = [r for r in committed_rows if r.get("product") in ids]
    fresh_rows = _rows(fresh_bytes)
    committed = {_key(r): r for r in committed_rows}
    fresh = {_key(r): r for r in fresh_rows}
    lines = []
    for key, row in fresh.items():
        product, position = key
        if key not in committed:
            lines.append(f"{path}: no row for {product} photo {position}")
            continue
        changed = [
            f"{field} {committed[key].get(field)!r} (painted: {value!r})"
            for field, value in row.items()
            if field not in _KEY_FIELDS and committed[key].get(field) != value
        ]
        if changed:
            lines.append(f"{path}: {product} photo {position}: " + ", ".join(changed))
    for product, position in committed.keys() - fresh.keys():
        lines.append(f"{path}: {product} photo {position} is not a photo the painter makes")
    if not lines and [_key(r) for r in committed_rows] != list(fresh):
        lines.append(f"{path}: the rows are not in the painter's order")
    if not lines and ids is None and committed_bytes != fresh_bytes:
        lines.append(f"{path}: same rows, but not the painter's bytes (quoting or line ends)")
    return lines


def _stored(media_dir: Path) -> set[str]:
    """Paths (display/..., thumbs/...) of the files under the two photo folders."""
    found = set()
    for sub in (images.DISPLAY_DIR, images.THUMB_DIR):
        folder = media_dir / sub
        if folder.is_dir():
            found |= {f"{sub}/{p.name}" for p in folder.iterdir() if p.is_file()}
    return found


def _compare_files(media_dir: Path, fresh_media: Path, named: set[str], full: bool) -> list[str]:
    lines = []
    painted = _stored(fresh_media)
    for rel in sorted(painted):
        committed = media_dir / rel
        if not committed.is_file():
            lines.append(f"{committed}: missing (the painter makes it)")
        elif committed.read_bytes() != (fresh_media / rel).read_bytes():
            lines.append(f"{committed}: not the bytes the painter makes")
    stored = _stored(media_dir)
    for rel in sorted(stored - painted):
        if full:
            lines.append(f"{media_dir / rel}: not a picture the painter makes")
        elif rel not in named:
            lines.append(f"{media_dir / rel}: not named in {MEDIA_CSV}")
    return lines
