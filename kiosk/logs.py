"""Where the kiosk's log goes: stderr (the journal, under systemd), and rotated files in the
machine's `log_dir` when one is set, so that six months of logs never fill the disk."""

import logging
import logging.handlers
from pathlib import Path

LOG_FILE = "kiosk.log"
FILE_BYTES = 2_000_000
FILES_KEPT = 5  # kiosk.log and kiosk.log.1 .. .5: at most 12 MB
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_dir: str | Path | None) -> Path | None:
    """Log at INFO to stderr and, with a `log_dir`, to a rotated file there (its path)."""
    logging.basicConfig(level=logging.INFO, format=FORMAT)
    if not log_dir:
        return None
    path = Path(log_dir) / LOG_FILE
    try:
        Path(log_dir).mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=FILE_BYTES, backupCount=FILES_KEPT, encoding="utf-8"
        )
    except OSError as error:
        logging.getLogger(__name__).error(
            "cannot log to %s (%s); logging to stderr only", path, error
        )
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    logging.getLogger().addHandler(handler)
    return path
