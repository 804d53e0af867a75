"""Reading a threshold table back: the override mapping of the cells a province changed.

The structure is checked as for the commune sheet (title, header labels, both heading rows,
every section, indicator and rule-figure row, nothing merged below the headings). Each
figure cell is read by the rules of :func:`~ntm_rules.overrides.load_overrides` and compared
with the base edition's figure, status and citation in force in the table's year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ntm_rules.citations import Verification
from ntm_rules.editions import find_edition
from ntm_rules.evaluators.base import Indicator
from ntm_rules.exceptions import InputProblem, InvalidInputError, WrongKindError
from ntm_rules.messages import Message
from ntm_rules.overrides import OVERRIDES_SCHEMA, _figure, apply_overrides, load_overrides
from ntm_rules.reading import fold, is_blank
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import ThresholdFigure, ThresholdTable, ThresholdValue
from ntm_rules.workbooks.csv import read_csv
from ntm_rules.workbooks.grid import (
    RawSheet,
    WorkbookError,
    check_extent,
    is_date,
    read_year,
    shown,
)
from ntm_rules.workbooks.layout import ACHIEVED_CHOICES, VERIFICATION
from ntm_rules.workbooks.sheet_reading import relocate
from ntm_rules.workbooks.sheets import Line
from ntm_rules.workbooks.tables import (
    DIRECTION,
    FIRST_DATA_ROW,
    FIRST_HEADER_ROW,
    FIXED,
    HEADING_ROW,
    KEYS,
    LABELS,
    SHEET,
    SUB,
    TITLE,
    VALUE_COLUMN,
    table_rows,
)
from ntm_rules.workbooks.xlsx import read_xlsx

_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})")


def read_rulebook_table(path: str | Path) -> dict[str, Any]:
    """The override mapping of a threshold table (the form ``load_overrides`` reads).

    Raises:
        InvalidInputError: every problem found, each naming the sheet, row and column.
    """
    return _Reader(_raw(path)).read()[0]


def load_rulebook_table(path: str | Path) -> Rulebook:
    """The rulebook a threshold table makes: its base edition with the table applied."""
    return rulebook_from_table(_raw(path))


def rulebook_from_table(sheet: RawSheet) -> Rulebook:
    """The rulebook a threshold table already read makes (see :func:`load_rulebook_table`)."""
    mapping, base, places = _Reader(sheet).read()
    try:
        return apply_overrides(base, load_overrides(mapping))
    except InvalidInputError as error:  # pragma: no cover - every cell is checked first
        problems = [relocate(p, places, sheet.where) for p in error.problems]
        raise InvalidInputError(problems, sheet.where) from None


def _raw(path: str | Path) -> RawSheet:
    return read_csv(path) if Path(path).suffix.lower() == ".csv" else read_xlsx(path, (SHEET,))


class _Reader:
    def __init__(self, sheet: RawSheet) -> None:
        self.sheet = sheet
        self.problems: list[InputProblem] = []
        self.places: dict[str, str] = {}

    def fail(self) -> None:
        if self.problems:
            raise InvalidInputError(self.problems, self.sheet.where)

    def read(self) -> tuple[dict[str, Any], Rulebook, dict[str, str]]:
        sheet = self.sheet
        if not TITLE.matches(sheet.value(1, 1)):
            self.problems.append(
                sheet.error(
                    1,
                    1,
                    "",
                    Message(
                        'expected the title "{vi}", found {value}: not a threshold table',
                        vi=TITLE.vi,
                        value=shown(sheet.value(1, 1)),
                    ),
                )
            )
            self.fail()
        header: dict[str, Any] = {}
        for n, key in enumerate(KEYS):
            row = FIRST_HEADER_ROW + n
            if not LABELS[key].matches(sheet.value(row, 2)):
                self.problems.append(
                    sheet.error(
                        row,
                        2,
                        "",
                        Message(
                            'expected the label "{vi}", found {value} (rows inserted or moved?)',
                            vi=LABELS[key].vi,
                            value=shown(sheet.value(row, 2)),
                        ),
                    )
                )
                continue
            try:
                header[key] = self.header(key, row)
            except InputProblem as problem:
                self.problems.append(problem)
        self.fail()
        base: Rulebook = header["base"]
        self.headings(base)
        thresholds, parameters = self.figures(base, base.as_of(header["year"]), header)
        self.problems.extend(check_extent(sheet, 6 + 3 * len(base.columns.codes)))
        self.fail()
        decision = header.get("decision")
        date = header.get("decision_date")
        instrument = decision or f"Bảng ngưỡng {header['id']}"
        citation: dict[str, Any] = {"instrument": instrument}
        if date is not None:
            citation["provision"] = f"ngày {date.day}/{date.month}/{date.year}"
        mapping = {
            "schema": OVERRIDES_SCHEMA,
            "id": header["id"],
            "base": base.id,
            "citation": citation,
            "verification": "verified" if decision else "unverified",
            "thresholds": thresholds,
            "parameters": parameters,
        }
        return mapping, base, self.places

    def figures(
        self, base: Rulebook, as_of: dt.date, header: Mapping[str, Any]
    ) -> tuple[dict[str, Any], dict[str, Any]]:
        """The changed cells of every indicator and rule-figure row."""
        thresholds: dict[str, Any] = {}
        parameters: dict[str, Any] = {}
        rows = table_rows(base)
        for n, line in enumerate(rows):
            row = FIRST_DATA_ROW + n
            if not self.same_row(row, line):
                return thresholds, parameters
            if line.indicator is None:
                continue
            if line.kind == "figure" and line.part is not None:
                table = line.indicator.parameters[line.part]
                field = f'parameters."{line.indicator.id}".{line.part}'
                entries = self.cells(row, None, table, field, (as_of, base, header))
                if entries:
                    parameters.setdefault(line.indicator.id, {})[line.part] = entries
            else:
                field = f'thresholds."{line.indicator.id}"'
                table = line.indicator.thresholds
                entries = self.cells(row, line.indicator, table, field, (as_of, base, header))
                if entries:
                    thresholds[line.indicator.id] = entries
        for row in range(FIRST_DATA_ROW + len(rows), len(self.sheet.rows) + 1):
            if not self.sheet.row_is_blank(row):
                reason = "a row below the last indicator (rows added?)"
                self.problems.append(self.sheet.error(row, 1, "", reason))
                break
        return thresholds, parameters

    def header(self, key: str, row: int) -> Any:
        sheet = self.sheet
        raw = sheet.value(row, VALUE_COLUMN)
        location = sheet.location(row, VALUE_COLUMN, LABELS[key].vi)
        if key in ("decision_date", "effective_from"):
            return None if is_blank(raw) else read_date(raw, location)
        if is_date(raw):
            raise WorkbookError(location, Message("{raw} where text goes", raw=shown(raw)))
        text = sheet.text(row, VALUE_COLUMN)
        if key == "base":
            found = find_edition(text)
            if found is None:
                raise WorkbookError(
                    location,
                    Message(
                        "unknown edition {value}: the table must name a shipped edition",
                        value=shown(text or None),
                    ),
                )
            return found
        if key == "year":
            return read_year(raw, location)
        if key == "id" and not text:
            raise WorkbookError(location, "required: give the table a short id")
        return text or None

    def headings(self, base: Rulebook) -> None:
        sheet = self.sheet
        for n, words in enumerate((*(h.words if h else DIRECTION for h in FIXED),), start=1):
            if not words.matches(sheet.value(HEADING_ROW, n)):
                self.problems.append(
                    sheet.error(
                        HEADING_ROW,
                        n,
                        "",
                        Message(
                            'expected the heading "{vi}", found {value}',
                            vi=words.vi,
                            value=shown(sheet.value(HEADING_ROW, n)),
                        ),
                    )
                )
        for k, column in enumerate(base.columns.columns):
            at = 7 + 3 * k
            found = sheet.value(HEADING_ROW, at)
            if not (
                isinstance(found, str)
                and fold(found)
                in (fold(column.label_in("vi")), fold(column.label_in("en")), fold(column.code))
            ):
                self.problems.append(
                    sheet.error(
                        HEADING_ROW,
                        at,
                        "",
                        Message(
                            'expected the column "{column}", found {found} (columns moved?)',
                            column=column.label,
                            found=shown(found),
                        ),
                    )
                )
            for s, words in enumerate(SUB):
                if not words.matches(sheet.value(HEADING_ROW + 1, at + s)):
                    self.problems.append(
                        sheet.error(
                            HEADING_ROW + 1,
                            at + s,
                            "",
                            Message(
                                'expected "{vi}", found {value}',
                                vi=words.vi,
                                value=shown(sheet.value(HEADING_ROW + 1, at + s)),
                            ),
                        )
                    )
        merge = sheet.merged_in(FIRST_DATA_ROW)
        if merge is not None:
            self.problems.append(
                sheet.error(
                    merge[0],
                    merge[1],
                    "",
                    Message(
                        "merged cells (to row {merge}) in the table: unmerge them", merge=merge[2]
                    ),
                )
            )
        self.fail()

    def same_row(self, row: int, line: Line) -> bool:
        sheet = self.sheet
        for column, expected in ((1, line.tt), (3, line.code)):
            found = sheet.text(row, column)
            if not (line.has_code(found) if column == 3 else found == expected):
                what = f"indicator {line.code}" if line.code else f"the section {line.tt}"
                self.problems.append(
                    sheet.error(
                        row,
                        column,
                        "",
                        Message(
                            "expected {value!r} for {what}, found {found} (rows inserted, deleted or moved?)",
                            value=expected or "nothing",
                            what=what,
                            found=shown(sheet.value(row, column)),
                        ),
                    )
                )
                return False
        return True

    def cells(
        self,
        row: int,
        indicator: Indicator | None,
        table: ThresholdTable,
        field: str,
        context: tuple[dt.date, Rulebook, Mapping[str, Any]],
    ) -> dict[str, list[dict[str, Any]]]:
        as_of, base, header = context
        sheet = self.sheet
        entries: dict[str, list[dict[str, Any]]] = {}
        for k, code in enumerate(base.columns.codes):
            at = 7 + 3 * k
            where = f"{field}.{code}"
            figure_at = sheet.location(row, at, f"{code}: {SUB[0].vi}")
            status_at = sheet.location(row, at + 1, f"{code}: {SUB[1].vi}")
            cite_at = sheet.location(row, at + 2, f"{code}: {SUB[2].vi}")
            self.places.update(
                {
                    where: figure_at,
                    f"{where}[0].verification": status_at,
                    f"{where}[0].citation": cite_at,
                }
            )
            try:
                figure = self.figure(indicator, sheet.value(row, at), figure_at)
                status = read_status(sheet.value(row, at + 1), status_at)
            except InputProblem as problem:
                self.problems.append(problem)
                continue
            citation = sheet.text(row, at + 2)
            if citation and not citation.partition(",")[0].strip():
                self.problems.append(
                    WorkbookError(cite_at, "a citation starts with the instrument")
                )
                continue
            current = table.at(code, as_of)
            entry = _entry(figure, status, citation, current)
            if entry is None:
                continue
            if figure is not None and entry.get("verification") == "unknown":
                self.problems.append(
                    WorkbookError(status_at, "a figure is given: its status cannot be 'unknown'")
                )
                continue
            if header.get("effective_from") is not None:
                entry["effective_from"] = header["effective_from"].isoformat()
            entries[code] = [entry]
        return entries

    def figure(self, indicator: Indicator | None, raw: Any, location: str) -> ThresholdFigure:
        if is_date(raw):
            raise WorkbookError(location, Message("{raw} where a number goes", raw=shown(raw)))
        if isinstance(raw, bool):
            raw = ACHIEVED_CHOICES["vi"][0 if raw else 1]
        return _figure(indicator, raw, location)


def _entry(
    figure: ThresholdFigure, status: Verification | None, citation: str, current: ThresholdValue
) -> dict[str, Any] | None:
    """The override entry of one cell, or ``None`` when it says what the edition says."""
    same_figure = (
        figure == current.value
        if figure is not None and current.value is not None
        else figure is current.value
    )
    new_status = status is not None and status is not current.verification
    new_citation = bool(citation) and " ".join(citation.split()) != " ".join(
        str(current.citation).split()
    )
    if same_figure and not new_status and not new_citation:
        return None
    entry: dict[str, Any] = {"value": figure}
    if new_status and status is not None:
        entry["verification"] = status.value
    if new_citation:
        instrument, _, provision = citation.partition(",")
        entry["citation"] = {"instrument": instrument.strip(), "provision": provision.strip()}
    return entry


def read_status(raw: Any, location: str) -> Verification | None:
    """A cell's verification status (``Đã kiểm chứng`` or ``verified``…); blank: ``None``."""
    if is_blank(raw):
        return None
    for verification, words in VERIFICATION.items():
        if words.matches(raw) or (isinstance(raw, str) and fold(raw) == verification.value):
            return verification
    options = " / ".join(w.vi for w in VERIFICATION.values())
    raise WrongKindError(
        location, Message("expected {options}, got {raw}", options=options, raw=shown(raw))
    )


def read_date(raw: Any, location: str) -> dt.date:
    """A cell's date: a date cell, ``dd/mm/yyyy`` or ``yyyy-mm-dd`` text."""
    if isinstance(raw, dt.datetime):
        return raw.date()
    if isinstance(raw, dt.date):
        return raw
    match = _DATE.fullmatch(str(raw).strip()) if isinstance(raw, str) else None
    if match is not None:
        day, month, year, iso_year, iso_month, iso_day = match.groups()
        try:
            if iso_year:
                return dt.date(int(iso_year), int(iso_month), int(iso_day))
            return dt.date(int(year), int(month), int(day))
        except ValueError:
            pass
    raise WorkbookError(
        location, Message("expected a date day/month/year, got {raw}", raw=shown(raw))
    )
