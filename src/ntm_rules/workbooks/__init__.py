"""Officials' workbooks, Excel (.xlsx) and CSV, in and out.

* :func:`write_template` writes a blank commune sheet; an official fills ``Kết quả thực
  hiện``; :func:`load_sheet` reads it back as a checked profile (every problem named by
  sheet, row and column).
* :func:`write_evaluation` writes the same layout with ``Đánh giá`` filled and a summary.
* :func:`write_rulebook_table` writes an edition's threshold table; a province edits it and
  :func:`load_rulebook_table` (or :func:`read_rulebook_table`, the override mapping) uses it
  as a provincial table; :func:`completeness` counts its known cells.
* :func:`write_plan` and :func:`write_progress` export a plan's tables.
* :func:`write_edition_workbook` writes an edition file as a workbook to fill;
  :func:`load_edition_workbook` loads it like the YAML edition file, and
  :func:`load_rulebook_workbook` takes either kind of rulebook workbook.

Excel files need openpyxl (``pip install 'ntm-rules[excel]'``); CSV needs nothing more.
"""

from ntm_rules._extras import MissingExtraError
from ntm_rules.workbooks.edition_layout import write_edition_workbook
from ntm_rules.workbooks.edition_reading import (
    load_edition_workbook,
    load_rulebook_workbook,
    read_edition_workbook,
)
from ntm_rules.workbooks.grid import FORMATS, MAX_ROWS, WorkbookError
from ntm_rules.workbooks.plan import write_plan, write_progress
from ntm_rules.workbooks.sheet_reading import SheetInput, load_sheet, read_sheet
from ntm_rules.workbooks.sheets import format_of, write_evaluation, write_template
from ntm_rules.workbooks.table_reading import load_rulebook_table, read_rulebook_table
from ntm_rules.workbooks.tables import Completeness, completeness, write_rulebook_table

__all__ = [
    "FORMATS",
    "MAX_ROWS",
    "Completeness",
    "MissingExtraError",
    "SheetInput",
    "WorkbookError",
    "completeness",
    "format_of",
    "load_edition_workbook",
    "load_rulebook_table",
    "load_rulebook_workbook",
    "load_sheet",
    "read_edition_workbook",
    "read_rulebook_table",
    "read_sheet",
    "write_edition_workbook",
    "write_evaluation",
    "write_plan",
    "write_progress",
    "write_rulebook_table",
    "write_template",
]
