"""Reads and writes the staff spreadsheet as XLSX (every sheet) or CSV (one sheet).

Reading never raises for a bad file: it returns what it could read and the problems, each
naming the file, row and column, so that staff see every mistake at once.
"""

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from kiosk import atomic
from kiosk.catalog.layout import SHEETS

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SPREADSHEET_ERRORS = {
    "#N/A",
    "#REF!",
    "#VALUE!",
    "#DIV/0!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}
UTF8_HOWTO = (
    "save it as UTF-8: in Excel choose File > Save As > 'CSV UTF-8 (Comma "
    "delimited)'; in LibreOffice choose 'Text CSV', tick 'Edit filter settings' "
    "and pick 'Unicode (UTF-8)'"
)


@dataclass(frozen=True)
class Problem:
    file: str
    message: str
    row: int | None = None
    column: str | None = None

    def __str__(self) -> str:
        where = [self.file]
        if self.row is not None:
            where.append(str(self.row))
        if self.column:
            where.append(self.column)
        return f"{':'.join(where)}: {self.message}"


@dataclass
class RawSheet:
    """A sheet as typed: its header and its rows, each with the row number staff see."""

    file: str
    name: str
    header: list[str]
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def read_spreadsheet(path: Path) -> tuple[dict[str, RawSheet], list[Problem]]:
    """The sheets of an XLSX or CSV file, and every problem met reading them."""
    path = Path(path)
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as error:
        return {}, [Problem(name, f"cannot read the file ({error.strerror})")]
    if not data.strip():
        return {}, [Problem(name, "the file is empty")]
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return _read_xlsx(name, data)
    if suffix == ".csv":
        return _read_csv(name, sheet_name_for_csv(path.stem), data)
    return {}, [Problem(name, "not a spreadsheet: give an .xlsx or .csv file")]


def sheet_name_for_csv(stem: str) -> str:
    """`artisans.csv` holds the artisans sheet; any other CSV name holds products."""
    return stem if stem in SHEETS else "products"


def read_csv_table(path: Path, sheet: str) -> tuple[RawSheet | None, list[Problem]]:
    """A CSV file read as the table `sheet` whatever its name (the bundled sources' media.csv,
    say), with the problems met reading it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        return None, [Problem(path.name, f"cannot read the file ({error.strerror})")]
    found, problems = _read_csv(path.name, sheet, data)
    return found.get(sheet), problems


def _read_csv(name: str, sheet: str, data: bytes) -> tuple[dict[str, RawSheet], list[Problem]]:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data):
        return {}, [Problem(name, f"the file is saved as UTF-16; {UTF8_HOWTO}")]
    if b"\x00" in data:
        return {}, [Problem(name, "not a CSV spreadsheet (it holds binary data)")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return {}, [
            Problem(
                name, f"the file is not UTF-8 (it looks like Windows-1252 or Latin-1); {UTF8_HOWTO}"
            )
        ]
    table: list[list[str]] = []
    try:
        table.extend(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as error:  # in the row after the last one read
        return {}, [Problem(name, f"not a readable CSV file ({error})", len(table) + 1)]
    return _to_sheet(name, sheet, table)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:400]
    return len(sample) >= 4 and (
        sample[1::2].count(0) > len(sample) // 4 or sample[0::2].count(0) > len(sample) // 4
    )


def _read_xlsx(name: str, data: bytes) -> tuple[dict[str, RawSheet], list[Problem]]:
    from openpyxl import load_workbook  # only XLSX work pays for importing it

    if not zipfile.is_zipfile(io.BytesIO(data)):
        return {}, [
            Problem(
                name,
                "not an XLSX workbook (save it from Excel or LibreOffice "
                "as 'Excel 2007-365 (.xlsx)')",
            )
        ]
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many types for a damaged workbook
        return {}, [Problem(name, f"not a readable XLSX workbook ({type(error).__name__})")]
    sheets: dict[str, RawSheet] = {}
    problems: list[Problem] = []
    try:
        for worksheet in workbook.worksheets:
            if worksheet.title not in SHEETS:
                problems.append(
                    Problem(
                        name, f"unknown sheet {worksheet.title!r} (sheets: {', '.join(SHEETS)})"
                    )
                )
                continue
            found, sheet_problems = _to_sheet(
                f"{name}[{worksheet.title}]", worksheet.title, _xlsx_table(worksheet)
            )
            sheets.update(found)
            problems.extend(sheet_problems)
    finally:
        workbook.close()
    return sheets, problems


def _xlsx_table(worksheet: "Worksheet") -> list[list[str]]:
    """Cell texts row by row; a formula keeps its `=` text, so that validation refuses it."""
    return [[_cell_text(cell.value) for cell in row] for row in worksheet.iter_rows()]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _to_sheet(
    file: str, sheet: str, table: list[list[str]]
) -> tuple[dict[str, RawSheet], list[Problem]]:
    while table and not any(cell.strip() for cell in table[-1]):
        table.pop()
    if not table:
        return {}, [Problem(file, "the sheet is empty")]
    header = [cell.strip() for cell in table[0]]
    while header and not header[-1]:
        header.pop()
    raw = RawSheet(file, sheet, header)
    problems = []
    for row_number, cells in enumerate(table[1:], start=2):
        if not any(cell.strip() for cell in cells):
            continue  # blank rows between entries are harmless
        extra = [c for c in cells[len(header) :] if c.strip()]
        if extra:
            problems.append(Problem(file, "a value beyond the last named column", row_number))
        padded = cells[: len(header)] + [""] * (len(header) - len(cells))
        raw.rows.append((row_number, dict(zip(header, padded))))
    return {sheet: raw}, problems


def write_spreadsheet(path: Path, tables: dict[str, list[dict[str, str]]]) -> None:
    """Write `tables` (sheet name -> rows) as XLSX, or the products sheet alone as CSV."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        csv_sheet = sheet_name_for_csv(path.stem)
        with atomic.atomic_write(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=SHEETS[csv_sheet].names, lineterminator="\n")
            writer.writeheader()
            writer.writerows(tables[csv_sheet])
        return
    if suffix != ".xlsx":
        raise ValueError(f"{path.name}: export to an .xlsx or .csv file")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    # A new workbook always has its one blank sheet active.
    workbook.remove(cast("Worksheet", workbook.active))
    for name, sheet in SHEETS.items():
        worksheet = workbook.create_sheet(name)
        worksheet.append(sheet.names)
        for cell in worksheet[1]:
            cell.font = Font(bold=True)
        for row in tables.get(name, []):
            # Text cells, so that Excel never turns an id into a date or a number.
            worksheet.append([row[column] for column in sheet.names])
        for index, column in enumerate(sheet.names, start=1):
            longest = max([len(column)] + [len(r[column]) for r in tables.get(name, [])][:200])
            worksheet.column_dimensions[worksheet.cell(1, index).column_letter].width = min(
                60, max(8, longest + 2)
            )
        worksheet.freeze_panes = "B2"
    with atomic.atomic_write(path) as handle:
        workbook.save(handle)
