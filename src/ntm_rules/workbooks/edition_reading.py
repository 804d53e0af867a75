"""Reading an edition workbook back into the edition document, every problem at its cell.

The sheets are turned into the ``ntm_rules.edition/1`` mapping that a YAML edition file
holds, remembering which cell each part of it came from; the mapping is then loaded by
:func:`~ntm_rules.edition_files.load_edition`, and its problems are moved to those cells.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from attrs import frozen

from ntm_rules.edition_files import EDITION_SCHEMA, load_edition
from ntm_rules.exceptions import InputProblem, InvalidInputError, ProblemCollector
from ntm_rules.messages import Message
from ntm_rules.reading import excerpt, is_blank
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks.edition_layout import CITATION, EDITION, HEAD, HEAD_KEYS, REQUIRED, TABLES
from ntm_rules.workbooks.grid import RawSheet, ReadValue, WorkbookError, is_date, read_year, shown
from ntm_rules.workbooks.layout import Heading, Words
from ntm_rules.workbooks.sheet_reading import relocate
from ntm_rules.workbooks.table_reading import (
    load_rulebook_table,
    read_date,
    read_status,
    rulebook_from_table,
)
from ntm_rules.workbooks.tables import SHEET as TABLE_SHEET
from ntm_rules.workbooks.xlsx import read_xlsx_sheets

_NUMBERS = ("first_year", "last_year", "official_indicator_count")
_LIST = re.compile(r"[,;\n]+")
_URLS = re.compile(r"[\s;]+")
"""URLs are split on blanks and semicolons only: a comma may be part of one."""
_IDS = frozenset({"criterion", "id", "indicator", "column", "group", "code"})
"""Columns of identifiers: a number typed there may have lost its trailing zeros (17.10)."""
_NEEDED: Mapping[str, tuple[str, ...]] = {
    "head": ("key", "value"),
    "indicators": ("criterion", "id", "kind"),
    "figures": ("indicator", "column", "value"),
}
_CITED = frozenset(h.key for h in CITATION)


def read_edition_workbook(path: str | Path) -> tuple[dict[str, Any], dict[str, str], str]:
    """The edition document in a workbook, where each of its parts came from, and the label.

    Raises:
        InvalidInputError: every problem of structure or of a cell, named by sheet, row and
            column.
    """
    return _read(read_xlsx_sheets(path), path)


def _read(
    sheets: list[tuple[str, RawSheet]], path: str | Path
) -> tuple[dict[str, Any], dict[str, str], str]:
    reader = _Reader(f'file "{excerpt(Path(path).name)[1:-1]}"')
    document = reader.document(sheets)
    reader.problems.raise_if_any(reader.label)
    return document, reader.places, reader.label


def load_rulebook_workbook(path: str | Path) -> Rulebook:
    """The rulebook in a workbook: an edition workbook, or a province's threshold table."""
    if Path(path).suffix.lower() != ".xlsx":
        return load_rulebook_table(path)
    sheets = read_xlsx_sheets(path)  # read once, whichever kind it is
    if any(EDITION.matches(title) for title, _ in sheets):
        return _loaded(sheets, path)
    if len(sheets) == 1 and TABLE_SHEET.matches(sheets[0][0]):
        return rulebook_from_table(sheets[0][1])
    return load_rulebook_table(path)  # its reader names what the workbook lacks


def load_edition_workbook(path: str | Path) -> Rulebook:
    """The edition an edition workbook defines (or completes), checked like a YAML file."""
    return _loaded(read_xlsx_sheets(path), path)


def _loaded(sheets: list[tuple[str, RawSheet]], path: str | Path) -> Rulebook:
    document, places, label = _read(sheets, path)
    try:
        return load_edition(document)
    except InvalidInputError as error:
        moved = [relocate(problem, places, label) for problem in error.problems]
        raise InvalidInputError(moved, label) from None


@frozen
class _Row:
    """One data row: its filled cells by column key, each with its value and location."""

    sheet: RawSheet
    number: int
    columns: Mapping[str, int]
    headings: Mapping[str, Heading]
    cells: Mapping[str, ReadValue]

    def at(self, key: str) -> str:
        column = self.columns.get(key)
        heading = self.headings[key].words.vi if key in self.headings else ""
        return self.sheet.location(self.number, column, heading)


class _Reader:
    def __init__(self, label: str) -> None:
        self.label = label
        self.problems = ProblemCollector()  # a long sheet of bad cells: the first 100
        self.places: dict[str, str] = {}
        """Document paths (``criteria[2].indicators[0].kind``) to the cells they came from."""

    def fail(self, where: str, reason: str) -> None:
        self.problems.add(WorkbookError(where, reason))

    # ---------------------------------------------------------------- sheets and rows

    def document(self, sheets: list[tuple[str, RawSheet]]) -> dict[str, Any]:
        known: dict[str, Words] = {"head": EDITION, **{k: w for k, (w, _) in TABLES.items()}}
        found: dict[str, RawSheet] = {}
        for title, sheet in sheets:
            name = next((key for key, words in known.items() if words.matches(title)), None)
            if name is None or name in found:
                expected = ", ".join(f'"{w.vi}"' for w in known.values())
                template = (
                    "a second sheet; expected {expected}"
                    if name
                    else "an unknown sheet; expected {expected}"
                )
                self.fail(sheet.where, Message(template, expected=expected))
            else:
                found[name] = sheet  # found, merged or not: not also "no sheet" below
                if sheet.merges:
                    self.fail(
                        sheet.where,
                        Message("merged cells: unmerge them (the workbook holds tables)"),
                    )
        for name in ("head", *REQUIRED):
            if name not in found:
                words = known[name]
                self.fail(
                    self.label, Message('no sheet "{vi}" (or "{en}")', vi=words.vi, en=words.en)
                )
        if self.problems:
            return {}
        rows = {
            name: self.rows(found[name], TABLES[name][1], name) for name in TABLES if name in found
        }
        document = self.head(self.rows(found["head"], HEAD, "head"))
        if self.problems:
            return document
        self.definition(document, rows)
        document["criteria"] = self.criteria(rows["indicators"])
        self.figures(document["criteria"], rows["figures"])
        return document

    def rows(self, sheet: RawSheet, headings: tuple[Heading, ...], name: str) -> list[_Row]:
        columns: dict[str, int] = {}
        for column in range(1, sheet.last_filled(1) + 1):
            text = sheet.value(1, column)
            if is_blank(text):
                continue
            heading = next((h for h in headings if h.words.matches(text)), None)
            if heading is None or heading.key in columns:
                expected = ", ".join(f'"{h.words.vi}"' for h in headings)
                self.fail(
                    sheet.location(1, column),
                    Message(
                        "unknown or repeated heading {text}; expected {expected}",
                        text=shown(text),
                        expected=expected,
                    ),
                )
            else:
                columns[heading.key] = column
        for key in _NEEDED.get(name, ()):
            if key not in columns:
                words = next(h.words for h in headings if h.key == key)
                self.fail(
                    sheet.location(1),
                    Message('no column "{vi}" (or "{en}")', vi=words.vi, en=words.en),
                )
        by_key = {h.key: h for h in headings}
        found = []
        for number in range(2, len(sheet.rows) + 1):
            if sheet.row_is_blank(number):
                continue
            cells = {
                k: sheet.value(number, c)
                for k, c in columns.items()
                if not is_blank(sheet.value(number, c))
            }
            found.append(_Row(sheet, number, columns, by_key, cells))
        return found

    # ---------------------------------------------------------------- cell values

    def text(self, row: _Row, key: str) -> str:
        """A cell as text; an identifier typed as a decimal number is refused."""
        raw = row.cells.get(key)
        if raw is None:
            return ""
        if isinstance(raw, bool) or is_date(raw):
            self.fail(row.at(key), Message("expected text, got {value}", value=shown(raw)))
            return ""
        if isinstance(raw, float) and not raw.is_integer() and key in _IDS:
            self.fail(
                row.at(key),
                Message(
                    "{raw} is a number cell, which drops trailing zeros (17.10 becomes 17.1): "
                    "format the cell as text",
                    raw=shown(raw),
                ),
            )
            return ""
        if isinstance(raw, int | float):
            return str(int(raw)) if float(raw).is_integer() else repr(raw)
        return str(raw).strip()

    def date(self, row: _Row, key: str) -> str | None:
        if key not in row.cells:
            return None
        try:
            return read_date(row.cells[key], row.at(key)).isoformat()
        except InputProblem as problem:
            self.problems.add(problem)
            return None

    def citation(self, row: _Row, *paths: str) -> dict[str, Any] | None:
        """The row's citation cells, each remembered at every one of ``paths``."""
        if not _CITED & set(row.cells):
            return None
        citation: dict[str, Any] = {
            k: self.text(row, k) for k in ("instrument", "provision", "note")
        }
        citation["urls"] = _items(self.text(row, "urls"), _URLS)
        for path in paths:
            for key in _CITED:
                self.places[f"{path}.{key}"] = row.at(key)
            self.places[path] = row.at("instrument")
        return citation

    def plain(self, row: _Row, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
        """The text cells ``keys`` of a row, each remembered at ``path.key``."""
        entry = {}
        for key in keys:
            self.places[f"{path}.{key}"] = row.at(key)
            if key in row.cells:
                entry[key] = self.text(row, key)
        self.places[path] = row.at(keys[0])
        return entry

    # ---------------------------------------------------------------- the document

    def head(self, rows: list[_Row]) -> dict[str, Any]:
        document: dict[str, Any] = {"schema": EDITION_SCHEMA}
        for row in rows:
            key = self.text(row, "key")
            if key not in HEAD_KEYS:
                self.fail(
                    row.at("key"),
                    Message(
                        "unknown key {key}; use one of {known}",
                        key=excerpt(key),
                        known=", ".join(HEAD_KEYS),
                    ),
                )
                continue
            if "value" not in row.cells:
                continue
            raw, where = row.cells["value"], row.at("value")
            self.places[key] = where
            part, _, name = key.partition(".")
            if key in _NUMBERS:
                try:
                    document[key] = read_year(raw, where)
                except InputProblem as problem:
                    self.problems.add(problem)
            elif key == "verification":
                status = self.status(raw, where)
                if status is not None:
                    document[key] = status
            elif key == "notes":
                document.setdefault("notes", []).append(self.text(row, "value"))
            elif name:
                text = self.text(row, "value")
                document.setdefault(part, {})[name] = (
                    _items(text, _URLS) if name == "urls" else text
                )
            else:
                document[key] = self.text(row, "value")
        return document

    def status(self, raw: ReadValue, where: str) -> str | None:
        try:
            status = read_status(raw, where)
        except InputProblem as problem:
            self.problems.add(problem)
            return None
        return status.value if status is not None else None

    def definition(self, document: dict[str, Any], rows: Mapping[str, list[_Row]]) -> None:
        """The parts of an edition defined from scratch: groups, columns, column rules, caveats."""
        if rows.get("groups"):
            keys = tuple(h.key for h in TABLES["groups"][1])
            document["groups"] = [
                self.plain(r, f"groups[{n}]", keys) for n, r in enumerate(rows["groups"])
            ]
        if rows.get("columns"):
            keys = tuple(h.key for h in TABLES["columns"][1])
            columns = [
                self.plain(r, f"columns.columns[{n}]", keys) for n, r in enumerate(rows["columns"])
            ]
            document.setdefault("columns", {})["columns"] = columns
        for name, text_keys, date_key in (
            ("column_rules", ("column",), "in_force_from"),
            ("caveats", ("key", "text_vi", "text_en"), "before"),
        ):
            if not rows.get(name):
                continue
            entries = []
            for n, row in enumerate(rows[name]):
                path = f"{name}[{n}]"
                entry: dict[str, Any] = self.plain(row, path, (*text_keys, "categories"))
                entry["categories"] = _items(entry.get("categories", ""))
                entry[date_key] = self.date(row, date_key)
                self.places[f"{path}.{date_key}"] = row.at(date_key)
                citation = self.citation(row, f"{path}.citation")
                if citation is not None:
                    entry["citation"] = citation
                entries.append(entry)
            document[name] = entries

    def criteria(self, rows: list[_Row]) -> list[dict[str, Any]]:
        criteria: dict[str, dict[str, Any]] = {}
        indicator_keys = ("id", "name_vi", "name_en", "kind", "rule", "direction", "unit", "notes")
        for row in rows:
            criterion_id = self.text(row, "criterion")
            if not criterion_id:
                self.fail(row.at("criterion"), Message("the criterion's id is required"))
                continue
            n = list(criteria).index(criterion_id) if criterion_id in criteria else len(criteria)
            criterion = criteria.setdefault(criterion_id, {"id": criterion_id, "indicators": []})
            self.places.setdefault(f"criteria[{n}]", row.at("criterion"))
            self.places.setdefault(f"criteria[{n}].id", row.at("criterion"))
            for key, target in (
                ("criterion_name_vi", "name_vi"),
                ("criterion_name_en", "name_en"),
                ("group", "group"),
            ):
                if key not in row.cells:
                    continue
                value = self.text(row, key)
                if criterion.setdefault(target, value) != value:
                    self.fail(
                        row.at(key),
                        Message(
                            "differs from the criterion's first row ({first})",
                            first=excerpt(criterion[target]),
                        ),
                    )
                self.places.setdefault(f"criteria[{n}].{target}", row.at(key))
            path = f"criteria[{n}].indicators[{len(criterion['indicators'])}]"
            # blank names stay "" so that the loader says they must be written in
            indicator = {"name_vi": "", "name_en": "", **self.plain(row, path, indicator_keys)}
            counted = {lang: self.text(row, f"counted_{lang}") for lang in ("vi", "en")}
            if any(counted.values()):
                indicator["counted"] = counted
                self.places[f"{path}.counted"] = row.at("counted_vi")
            criterion["indicators"].append(indicator)
        return list(criteria.values())

    def figures(self, criteria: list[dict[str, Any]], rows: list[_Row]) -> None:
        indicators = {i.get("id"): i for c in criteria for i in c["indicators"]}
        for row in rows:
            indicator_id, column = self.text(row, "indicator"), self.text(row, "column")
            figure = self.text(row, "figure")
            if indicator_id not in indicators:
                sheet = TABLES["indicators"][0].vi
                self.fail(
                    row.at("indicator"),
                    Message(
                        '{indicator} is not an indicator of the sheet "{sheet}"',
                        indicator=excerpt(indicator_id),
                        sheet=sheet,
                    ),
                )
                continue
            if not column:
                self.fail(row.at("column"), Message("the column's code is required"))
                continue
            holder = indicators[indicator_id]
            table = (
                holder.setdefault("parameters", {}).setdefault(figure, {})
                if figure
                else holder.setdefault("thresholds", {})
            )
            history: list[dict[str, Any]] = table.setdefault(column, [])
            entry: dict[str, Any] = {"value": self.value(row)}
            if "effective_from" in row.cells:
                entry["effective_from"] = self.date(row, "effective_from")
            if "verification" in row.cells:
                entry["verification"] = self.status(
                    row.cells["verification"], row.at("verification")
                )
            paths = _figure_paths(indicator_id, figure, column, len(history))
            for path in paths:
                self.places[path] = row.at("value")
                for key in ("value", "effective_from", "verification"):
                    self.places[f"{path}.{key}"] = row.at(key)
            citation = self.citation(row, *(f"{path}.citation" for path in paths))
            if citation is not None:
                entry["citation"] = citation
            history.append(entry)

    def value(self, row: _Row) -> object:
        raw = row.cells.get("value")
        if is_date(raw):
            self.fail(
                row.at("value"),
                Message(
                    "expected a figure, got {raw}: format the cell as a number or text",
                    raw=shown(raw),
                ),
            )
            return None
        return raw


def _figure_paths(indicator: str, figure: str, column: str, k: int) -> tuple[str, str]:
    """The two ways the figure loader names one figure entry in its problems."""
    if figure:
        return (
            f"parameters['{indicator}']['{figure}']['{column}'][{k}]",
            f'parameters."{indicator}".{figure}.{column}[{k}]',
        )
    return (
        f"thresholds['{indicator}']['{column}'][{k}]",
        f'thresholds."{indicator}".{column}[{k}]',
    )


def _items(text: str, separators: re.Pattern[str] = _LIST) -> list[str]:
    """The items of a list cell (commas, semicolons or lines between them), blanks dropped."""
    return [item.strip() for item in separators.split(text) if item.strip()]
