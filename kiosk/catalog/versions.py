"""Catalogue versions: strings that sort in the order the catalogues were made.

An import stamps the time (UTC, to the microsecond); the bundled catalogue, built from the
repository's sources, has a version that sorts before every stamp.
"""

from datetime import UTC, datetime

BUILT_VERSION_PREFIX = "0-"


def new_version() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
