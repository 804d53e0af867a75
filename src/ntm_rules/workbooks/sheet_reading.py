"""Reading a filled commune sheet (xlsx or CSV) back into the mapping ``load_profile`` takes.

The structure is checked against the rulebook the header names, row by row: title, header
labels, column headings, then every section, indicator and part row in rulebook order,
nothing merged or added below the headings. Only ``Kết quả thực hiện`` (and the header
values, sources and notes) are read; ``Đánh giá`` and the summary of an evaluated sheet are
ignored, so that an evaluated sheet can be evaluated again. Every value goes through the
indicator's own ``read``, and every problem names the sheet, row and column.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ntm_rules.editions import find_edition
from ntm_rules.evaluators.composite import CompositeIndicator
from ntm_rules.exceptions import InputProblem, InvalidInputError, ProblemCollector
from ntm_rules.messages import Message
from ntm_rules.profile import PROFILE_SCHEMA, CommuneProfile, load_profile, read_values
from ntm_rules.reading import fold, is_blank
from ntm_rules.regions import Category, Region
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks.csv import read_csv
from ntm_rules.workbooks.grid import (
    RawSheet,
    ReadValue,
    WorkbookError,
    check_extent,
    is_date,
    read_year,
    shown,
)
from ntm_rules.workbooks.layout import (
    COMMUNE_COLUMNS,
    EVALUATED_TITLE,
    HEADER_LABELS,
    SHEET,
    SHEET_TITLE,
    SUMMARY_MARK,
    column_index,
)
from ntm_rules.workbooks.sheets import (
    FIRST_DATA_ROW,
    FIRST_HEADER_ROW,
    HEADER_KEYS,
    HEADING_ROW,
    VALUE_COLUMN,
    WIDTH,
    Line,
    Notes,
    header_label,
    lines,
)
from ntm_rules.workbooks.xlsx import read_xlsx

TT, NAME, CODE = 1, 2, 3
RESULT = column_index(COMMUNE_COLUMNS, "result")
EVIDENCE = column_index(COMMUNE_COLUMNS, "evidence")
NOTE = column_index(COMMUNE_COLUMNS, "note")
_HEADINGS = {n: h.words for n, h in enumerate(COMMUNE_COLUMNS, start=1)}


@frozen
class SheetInput:
    """A commune sheet as read.

    Attributes:
        document: the profile as the mapping :func:`~ntm_rules.profile.load_profile` takes.
        rulebook_hint: the rulebook id the sheet's header names.
        rulebook: the rulebook the sheet was read against.
        profile: the checked profile.
        notes: the sources and notes written beside the results, by row code.
    """

    document: Mapping[str, Any]
    rulebook_hint: str
    rulebook: Rulebook
    profile: CommuneProfile
    notes: Notes


def read_raw(path: str | Path) -> RawSheet:
    """The sheet of an xlsx or CSV file (by extension), checked for formulas and size."""
    if Path(path).suffix.lower() == ".csv":
        return read_csv(path)
    return read_xlsx(path, (SHEET,))


def read_sheet(path: str | Path, rulebook: Rulebook | None = None) -> tuple[dict[str, Any], str]:
    """The profile mapping of a filled commune sheet, and the rulebook id its header names.

    Raises:
        InvalidInputError: every problem found, each naming the sheet, row and column.
    """
    sheet = load_sheet(path, rulebook)
    return dict(sheet.document), sheet.rulebook_hint


def load_sheet(path: str | Path, rulebook: Rulebook | None = None) -> SheetInput:
    """Read a filled commune sheet and check it as a profile.

    Args:
        path: an ``.xlsx`` or ``.csv`` file written by :func:`write_template` (or evaluated).
        rulebook: the rulebook to read it against (default: the edition its header names);
            a provincial table derived from that edition is accepted.

    Raises:
        InvalidInputError: every problem found, each naming the sheet, row and column.
    """
    sheet = read_raw(path)
    reader = _Reader(sheet)
    hint, book = reader.rulebook(rulebook)
    document, places, notes = reader.read(book)
    problems = ProblemCollector()
    read_values(document["values"], book, problems)
    found = reader.pending + [relocate(p, places, sheet.where) for p in _problems(problems)]
    if found:
        raise InvalidInputError(found, sheet.where)
    try:
        profile = load_profile(document, book)
        book.column_rules.choose(profile, book.as_of(profile.year))
    except InvalidInputError as error:
        relocate_all(list(error.problems), places, sheet)
        raise  # pragma: no cover - relocate_all raises whenever there are problems
    except InputProblem as problem:  # pragma: no cover - the header requires the region or group
        relocate_all([problem], places, sheet)
        raise
    return SheetInput(document, hint, book, profile, notes)


def _problems(problems: ProblemCollector) -> list[InputProblem]:
    try:
        problems.raise_if_any("sheet")
    except InvalidInputError as error:
        return list(error.problems)
    return []


def relocate_all(problems: list[InputProblem], places: Mapping[str, str], sheet: RawSheet) -> None:
    """Raise the problems with their fields replaced by the cells they came from."""
    if problems:
        raise InvalidInputError([relocate(p, places, sheet.where) for p in problems], sheet.where)


def relocate(problem: InputProblem, places: Mapping[str, str], where: str) -> InputProblem:
    """The problem with its field (``values."3.1"``) replaced by the cell it came from."""
    field = problem.field
    matches = [key for key in places if field == key or field.startswith((key + ".", key + "["))]
    if not matches:
        return WorkbookError(f"{where} ({field})" if field else where, problem.reason)
    location = places[max(matches, key=len)]
    moved = copy.copy(problem)
    moved.field = location
    moved.args = (location, *problem.args[1:])
    return moved


class _Reader:
    def __init__(self, sheet: RawSheet) -> None:
        self.sheet = sheet
        self.problems: list[InputProblem] = []
        """Problems of structure: reading stops at them."""
        self.pending: list[InputProblem] = []
        """Problems of values: collected, and raised with the values' own."""

    def fail(self) -> None:
        if self.problems:
            raise InvalidInputError(self.problems, self.sheet.where)

    def rulebook(self, given: Rulebook | None) -> tuple[str, Rulebook]:
        sheet = self.sheet
        title = sheet.value(1, 1)
        if not (SHEET_TITLE.matches(title) or EVALUATED_TITLE.matches(title)):
            self.problems.append(
                sheet.error(
                    1,
                    1,
                    "",
                    Message(
                        'expected the title "{vi}", found {title}: not a commune sheet',
                        vi=SHEET_TITLE.vi,
                        title=shown(title),
                    ),
                )
            )
            self.fail()
        row = FIRST_HEADER_ROW + HEADER_KEYS.index("rulebook")
        self.label(row, "rulebook", None)
        hint = sheet.text(row, VALUE_COLUMN)
        label = HEADER_LABELS["rulebook"].vi
        found = find_edition(hint) if hint else None
        if given is None:
            if found is None:
                reason = Message(
                    "unknown rulebook {value}: give the edition or the provincial table (--rulebook)",
                    value=shown(hint or None),
                )
                self.problems.append(sheet.error(row, VALUE_COLUMN, label, reason))
                self.fail()
            return hint, found  # type: ignore[return-value]  # fail() raised otherwise
        names = {given.id, given.derived_from, given.short_name}
        if hint not in names and (found is None or found.id not in names):
            reason = Message(
                "the sheet is for {value}, not {given}: write a new template for it",
                value=shown(hint or None),
                given=given.id,
            )
            self.problems.append(sheet.error(row, VALUE_COLUMN, label, reason))
            self.fail()
        return hint, given

    def label(self, row: int, key: str, rulebook: Rulebook | None) -> None:
        words = header_label(rulebook, key) if rulebook is not None else HEADER_LABELS[key]
        found = self.sheet.value(row, 2)
        if not words.matches(found):
            reason = Message(
                'expected the label "{vi}", found {found} (rows inserted or moved?)',
                vi=words.vi,
                found=shown(found),
            )
            self.problems.append(self.sheet.error(row, 2, "", reason))

    def read(self, book: Rulebook) -> tuple[dict[str, Any], dict[str, str], Notes]:
        sheet = self.sheet
        places: dict[str, str] = {}
        for n, key in enumerate(HEADER_KEYS):
            self.label(FIRST_HEADER_ROW + n, key, book)
        self.fail()
        document: dict[str, Any] = {"schema": PROFILE_SCHEMA}
        for n, key in enumerate(HEADER_KEYS):
            row = FIRST_HEADER_ROW + n
            if key in ("rulebook", "column"):
                continue
            location = sheet.location(row, VALUE_COLUMN, header_label(book, key).in_("vi"))
            field = (
                ("region" if book.columns.dimension == "region" else "group")
                if key == "dimension"
                else key
            )
            places[field] = location
            try:
                value = self.header_value(key, sheet.value(row, VALUE_COLUMN), location, book)
            except InputProblem as problem:
                self.pending.append(problem)
                continue
            if value is not None:
                document[field] = value
        for column, words in _HEADINGS.items():
            found = sheet.value(HEADING_ROW, column)
            if not words.matches(found):
                reason = Message(
                    'expected the heading "{vi}", found {found} (columns moved or renamed?)',
                    vi=words.vi,
                    found=shown(found),
                )
                self.problems.append(sheet.error(HEADING_ROW, column, "", reason))
        merge = sheet.merged_in(HEADING_ROW)
        if merge is not None:
            first_row, first_column, last_row, last_column = merge
            heading = _HEADINGS.get(first_column)
            reason = Message(
                "merged cells (to row {last_row}, column {last_column}) in the table: unmerge them",
                last_row=last_row,
                last_column=last_column,
            )
            self.problems.append(
                sheet.error(first_row, first_column, heading.vi if heading else "", reason)
            )
        self.fail()
        values, notes, end = self.rows(lines(book), places)
        self.problems.extend(check_extent(sheet, WIDTH, 1) if end is None else _extent(sheet, end))
        self.fail()
        document["values"] = values
        return document, places, notes

    def header_value(self, key: str, raw: ReadValue, location: str, book: Rulebook) -> object:
        if is_date(raw):
            raise WorkbookError(location, Message("{raw} where text goes", raw=shown(raw)))
        if is_blank(raw):
            if key in ("commune", "dimension", "year"):
                raise WorkbookError(location, "required: fill it in")
            return None
        text = (
            str(raw).strip()
            if not isinstance(raw, float) or not raw.is_integer()
            else str(int(raw))
        )
        if key == "year":
            return read_year(raw, location)
        if key == "dimension":
            if book.columns.dimension == "region":
                return Region.parse(text, location).code
            return book.columns.parse(text, location).code
        if key == "categories":
            return [
                _category(item.strip(), location)
                for item in text.replace("\n", ";").split(";")
                if item.strip()
            ]
        return text

    def rows(
        self, expected: list[Line], places: dict[str, str]
    ) -> tuple[dict[str, Any], dict[str, tuple[str, str]], int | None]:
        sheet = self.sheet
        values: dict[str, Any] = {}
        notes: dict[str, tuple[str, str]] = {}
        for n, line in enumerate(expected):
            row = FIRST_DATA_ROW + n
            if not self.same_row(row, line):
                return values, notes, None
            raw = sheet.value(row, RESULT)
            location = sheet.location(row, RESULT, "Kết quả thực hiện")
            evidence, note = sheet.text(row, EVIDENCE), sheet.text(row, NOTE)
            if evidence or note:
                notes[line.code] = (evidence, note)
            if line.kind in ("group", "criterion"):
                if not is_blank(raw):
                    self.pending.append(
                        WorkbookError(
                            location,
                            "a section row takes no result: fill the indicator rows below it",
                        )
                    )
                continue
            if is_date(raw):
                self.pending.append(
                    WorkbookError(
                        location,
                        Message(
                            "{raw} where a number or Đạt / Chưa đạt goes: format the cell as text or number",
                            raw=shown(raw),
                        ),
                    )
                )
                continue
            if line.kind == "indicator" and line.indicator is not None:
                places[f'values."{line.code}"'] = location
                if not is_blank(raw):
                    values[line.code] = raw
            elif line.part is not None and line.indicator is not None:
                places[f'values."{line.indicator.id}".{line.part}'] = location
                if not is_blank(raw):
                    self.part(values, line, raw, places)
        return values, notes, self.end_of_table(FIRST_DATA_ROW + len(expected))

    def end_of_table(self, first_row: int) -> int | None:
        """The summary row after the table, if any; any other row there is a problem."""
        sheet = self.sheet
        for row in range(first_row, len(sheet.rows) + 1):
            if SUMMARY_MARK.matches(sheet.value(row, NAME)):
                return row
            if not sheet.row_is_blank(row):
                column = next(
                    c
                    for c in range(1, sheet.last_filled(row) + 1)
                    if not is_blank(sheet.value(row, c))
                )
                reason = Message(
                    "{value}: a row below the last indicator (rows added?)",
                    value=shown(sheet.value(row, column)),
                )
                self.problems.append(sheet.error(row, column, "", reason))
                return row
        return None

    def part(
        self, values: dict[str, Any], line: Line, raw: ReadValue, places: dict[str, str]
    ) -> None:
        indicator = line.indicator
        if not isinstance(indicator, CompositeIndicator) or line.part is None:  # pragma: no cover
            return  # part rows belong to composite indicators
        whole = values.get(indicator.id)
        if whole is not None and not isinstance(whole, dict):
            location = places[f'values."{indicator.id}"']
            reason = "give Đạt / Chưa đạt here or the parts below, not both"
            self.pending.append(WorkbookError(location, reason))
            return
        values.setdefault(indicator.id, {})[line.part] = raw

    def same_row(self, row: int, line: Line) -> bool:
        sheet = self.sheet
        what = (
            f"indicator {line.code}"
            if line.code
            else f'the section "{line.name.vi if line.name else line.tt}"'
        )
        if row > len(sheet.rows) or sheet.row_is_blank(row):
            self.problems.append(
                sheet.error(
                    row,
                    CODE if line.code else TT,
                    "",
                    Message("expected {what}: rows deleted?", what=what),
                )
            )
            return False
        checks = [(TT, line.tt), (CODE, line.code)]
        for column, expected in checks:
            found = sheet.text(row, column)
            if not (line.has_code(found) if column == CODE else found == expected):
                heading = _HEADINGS[column].vi
                reason = Message(
                    "expected {value!r} for {what}, found {found} (rows inserted, deleted or moved?)",
                    value=expected or "nothing",
                    what=what,
                    found=shown(sheet.value(row, column)),
                )
                self.problems.append(sheet.error(row, column, heading, reason))
                return False
        if line.name is not None and not line.name.matches(sheet.value(row, NAME)):
            reason = Message(
                "expected {vi!r}, found {value} (rows moved?)",
                vi=line.name.vi,
                value=shown(sheet.value(row, NAME)),
            )
            self.problems.append(sheet.error(row, NAME, _HEADINGS[NAME].vi, reason))
            return False
        return True


def _extent(sheet: RawSheet, end: int) -> list[WorkbookError]:
    clipped = RawSheet(sheet.where, sheet.rows[: end - 1], sheet.merges)
    return check_extent(clipped, WIDTH, 1)


def _category(text: str, location: str) -> str:
    folded = fold(text)
    for category in Category:
        if folded in (fold(category.name_vi), fold(category.name_en)):
            return category.key
    return Category.parse(text, location).key
