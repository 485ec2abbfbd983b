"""Whether a text fits the kiosk's QR codes: version 10 or below at error correction M.

The one place that counts a code's bits (kiosk/qr/codes.py draws with the version chosen
here; the import checks, `doctor` and the Save contact card ask it what fits). A text is
one byte-mode segment of its UTF-8 bytes (ISO/IEC 18004:2015 §7.4.5). Text that is not
plain ASCII comes first with the ECI designator for UTF-8 (assignment 26), so that a
reader need not guess the encoding: ZBar reads UTF-8 Japanese without it as Shift-JIS
mojibake (QT-NOTES "QR text that is not ASCII"). The ECI header costs 12 bits: the mode
indicator 0111 and the one-byte designator. ASCII text has no ECI, as before.
"""

MAX_VERSION = 10
ERROR_LEVEL = "M"
UTF8_ECI = 26  # ECI assignment number of UTF-8
ECI_HEADER_BITS = 4 + 8  # mode indicator, then an assignment number below 128 in one byte
_MODE_BITS = 4
# Data codewords of versions 1 to 10 at level M (ISO/IEC 18004:2015 Table 7)
_DATA_CODEWORDS_M = (16, 28, 44, 64, 86, 108, 124, 154, 182, 216)


def needs_eci(text: str) -> bool:
    """Whether the code of `text` carries the UTF-8 ECI designator: when it is not ASCII."""
    return not text.isascii()


def bit_length(text: str, version: int) -> int:
    """Bits the data of `text` takes in a code of `version` (1 to 10), ECI header counted."""
    count_bits = 8 if version <= 9 else 16  # byte mode's character count indicator
    header = ECI_HEADER_BITS if needs_eci(text) else 0
    return header + _MODE_BITS + count_bits + 8 * len(text.encode("utf-8"))


def qr_version(text: str) -> int | None:
    """The smallest version, 10 or below, whose level-M code holds `text`; None if none."""
    for version, codewords in enumerate(_DATA_CODEWORDS_M, start=1):
        if bit_length(text, version) <= 8 * codewords:
            return version
    return None


def qr_fits(text: str) -> bool:
    """Whether `text` fits a QR code of version 10 or below at level M."""
    return qr_version(text) is not None


def too_long(text: str) -> str:
    """Why `text` has no code: its size against the largest code, for a staff message."""
    return f"{len(text.encode('utf-8'))} bytes do not fit a QR code of version {MAX_VERSION}"
