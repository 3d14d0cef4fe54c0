"""Spreadsheet cells that hold what a person typed.

A citizen's comment that begins with ``=`` (``=HYPERLINK(...)``) would be a live
formula in the Office's copy of an export; one beginning with ``+``, ``-`` or ``@``
becomes one as soon as someone edits the cell in Excel. Every XLSX we write puts
user text through `text_cell`: stored as a string, and marked so that Excel keeps
it a string when the cell is edited (the cell's "quote prefix").
"""

# What Excel or LibreOffice read as the start of a formula when a cell is typed in.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def text_cell(sheet, value):
    """A cell of `sheet` (openpyxl) holding `value` as text, for `sheet.append`."""
    from openpyxl.cell import Cell

    cell = Cell(sheet)
    if value is None or value == "":
        return cell
    cell.value = str(value)
    cell.data_type = "s"  # openpyxl makes "=…" a formula and "#N/A" an error otherwise
    if cell.value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    return cell
