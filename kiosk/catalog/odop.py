"""The ODOP list itself: which products the state named for each district, and when.

The scheme began in January 2018 with one product per district; the state added more in
April 2022 and May 2025. `odop_lines.csv` beside this file is that list, one line per
named product (district, year, the product as the state named it, craft family), copied
from the reference data in shared/data (`up_odop_districts.csv` and
`up_odop_additions.csv`; a test keeps them the same). A catalogue product records in
`odop_year` the year its district's line was listed: 2018 for the original product.
"""

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ODOP_FIRST_YEAR = 2018  # the scheme's first list, one product per district
ODOP_LAST_YEAR = 2099  # a sanity bound for what staff type
YEAR_RULE = (
    f"write the year the product's line joined its district's ODOP list: "
    f"{ODOP_FIRST_YEAR} for the original product, or the year it was added (like 2022)"
)
LINES_FILE = Path(__file__).with_name("odop_lines.csv")


@dataclass(frozen=True)
class OdopLine:
    district: str
    year: int
    product: str  # as the state named it, in English
    category: str  # the craft family the catalogue files it under

    def describe(self) -> str:
        return f"{self.district} {self.year} {self.product} ({self.category})"


def parse_year(text: str) -> int | None:
    """The ODOP year a cell holds, or None if it is not one (see YEAR_RULE)."""
    value = str(text).strip()
    if not value.isdigit():
        return None
    year = int(value)
    return year if ODOP_FIRST_YEAR <= year <= ODOP_LAST_YEAR else None


@cache
def odop_lines() -> tuple[OdopLine, ...]:
    """Every line of the ODOP list, originals first, then additions by year."""
    with LINES_FILE.open(encoding="utf-8", newline="") as handle:
        lines = [
            OdopLine(row["district"], int(row["year"]), row["product_en"], row["category"])
            for row in csv.DictReader(handle)
        ]
    return tuple(sorted(lines, key=lambda line: line.year))


def lines_without_product(
    districts: Iterable[str], products: Iterable[tuple[str, str, int]]
) -> list[OdopLine]:
    """The ODOP lines of `districts` that no product stands for: one of the same district,
    craft family and year; `products` gives each product's (district, craft, odop_year).
    Districts that are not in the catalogue are not asked about."""
    have = set(products)
    districts = set(districts)
    return [
        line
        for line in odop_lines()
        if line.district in districts and (line.district, line.category, line.year) not in have
    ]
