"""Short product codes: what the shortlist's enquiry link carries instead of product ids.

A product id such as `agra-hand-lasted-leather-shoes` is clear but long; twenty of them do
not fit one QR code. Each product therefore also has a code, a number of at most five
digits, that stays with it for good: printed labels and codes already scanned keep naming
the same product. A code is never given to a new product again once used, even after its
product is removed (the catalogue remembers the highest code it has handed out).
"""

import re
from collections.abc import Iterable, Mapping

CODE = re.compile(r"^[1-9][0-9]{0,4}$")
CODE_RULE = "a whole number from 1 to 99999"
SHORTLIST_LIMIT = 20  # products one shortlist (and its one enquiry code) can hold
LAST_CODE_KEY = "last_product_code"  # in catalog_info: the highest code ever handed out


def is_code(text: str) -> bool:
    return bool(CODE.match(text))


def assign_codes(rows: list[dict[str, str]], known: Mapping[str, str], last: int) -> int:
    """Give every row without a `code` one: the code its product id had before (`known`),
    else the next number after `last` and every code in use. Returns the new highest code."""
    used = {row["code"] for row in rows if row["code"]}
    highest = highest_code([*used, *known.values()], last)
    for row in rows:
        if row["code"]:
            continue
        previous = known.get(row["id"], "")
        if previous and previous not in used:
            row["code"] = previous
        else:
            highest += 1
            row["code"] = str(highest)
        used.add(row["code"])
    return highest


def highest_code(codes: Iterable[str], last: int = 0) -> int:
    """The highest of `last` and the well-formed `codes`."""
    return max([last, *(int(code) for code in codes if is_code(code))])
