"""Reading every cell of a table with the strict reader of single profiles.

Each distinct value of a column is read once, by the indicator's own ``read`` (for counts
in two columns, each distinct pair), and the verdict is spread to every row holding it:
a table of a million rows reads as many values as it has distinct ones. The fields that
decide a commune's column (region or group, categories, year, group facts) are read for
each distinct combination by :func:`~ntm_rules.profile.load_profile` itself, and the
column is chosen by the edition's own rules; only the commune's name and its province are
read per distinct text. A row with any bad cell is rejected, with every problem named.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
from attrs import define, field, frozen

from ntm_rules.batch.distinct import Distinct, combine, encode, value_key
from ntm_rules.batch.header import FACTS, IndicatorColumns, Layout
from ntm_rules.batch.problems import RowProblem
from ntm_rules.batch.table import Column, RawTable, RefusedCell
from ntm_rules.columns import ColumnChoice
from ntm_rules.evaluators.base import Context
from ntm_rules.evaluators.numeric import RateIndicator
from ntm_rules.exceptions import InputProblem, InvalidInputError
from ntm_rules.measurements import Measurement
from ntm_rules.profile import CommuneProfile, load_profile
from ntm_rules.reading import is_blank
from ntm_rules.rulebook import Rulebook

MISSING = -1
"""A cell with no data."""
BAD = -2
"""A cell the reader refused."""
Index = npt.NDArray[np.int32]
HEAD_FIELDS = ("region", "group", "categories", "year", *FACTS)
_YEAR = re.compile(r"\s*\d{1,6}\s*")
_LIST = re.compile(r"[;,|\n]")


@frozen
class Head:
    """What decides a row's thresholds: the profile without values, and its column.

    Attributes:
        profile: the profile read from the row's region, group, categories, year and facts.
        choice: the column the edition's rules choose.
        context: the index of the row's context (column and date) in the reader.
    """

    profile: CommuneProfile
    choice: ColumnChoice
    context: int


@define
class Values:
    """One indicator's distinct values read so far, and what each became."""

    measurements: list[Measurement] = field(factory=list)
    read: dict[Hashable, int | Refusal] = field(factory=dict)


@frozen
class Parsed:
    """One slice of a table, read.

    Attributes:
        rows: the row numbers (as the user sees them) of the rows evaluated.
        communes: their communes' names (a pyarrow string array).
        provinces: their provinces.
        heads: each row's index into :attr:`Reader.heads`.
        contexts: each row's index into :attr:`Reader.contexts`.
        cells: each indicator's measurement index per row (``-1``: no data), by id.
        problems: every problem found, in row order.
        rejected: how many rows were rejected.
        blank: how many rows were entirely blank (skipped, not counted).
    """

    rows: npt.NDArray[np.int64]
    communes: Any
    provinces: Any
    heads: npt.NDArray[np.intp]
    contexts: npt.NDArray[np.intp]
    cells: dict[str, Index]
    problems: tuple[RowProblem, ...]
    rejected: int
    blank: int


Report = list[tuple[npt.NDArray[np.intp], str, list[str]]]
"""Problems found in a slice: the rows, the column's heading, one message per row."""


class Reader:
    """Reads slices of one table against one rulebook, remembering what it has read.

    Attributes:
        contexts: every (column, date) context met so far; rows refer to them by index.
        heads: every distinct head (profile fields and column choice) met so far.
        values: each indicator's distinct values and their measurements.
    """

    def __init__(self, rulebook: Rulebook, layout: Layout) -> None:
        self.rulebook = rulebook
        self.layout = layout
        self.contexts: list[Context] = []
        self.heads: list[Head] = []
        self.values: dict[str, Values] = {spec.id: Values() for spec in layout.indicators}
        self._contexts: dict[tuple[str, object], int] = {}
        self._heads: dict[Hashable, int | list[tuple[str, str]]] = {}

    def read(self, table: RawTable, start: int, stop: int) -> Parsed:
        """Read rows ``start`` to ``stop`` of ``table``."""
        length = stop - start
        columns = {
            position: encode(_slice(table.columns[position], start, stop))
            for position in self._used()
        }
        blank = np.ones(length, dtype=bool)
        for column in columns.values():
            blank &= column.blank()[column.codes]
        report: Report = []
        communes = self._texts_of(columns, "commune", length, report, required=True)
        provinces = self._texts_of(columns, "province", length, report, required=False)
        heads = self._heads_of(columns, report)
        cells = {spec.id: self._cells_of(spec, columns, report) for spec in self.layout.indicators}
        bad = np.zeros(length, dtype=bool)
        for rows, _, _ in report:
            bad[rows] = True
        bad &= ~blank
        keep = np.flatnonzero(~bad & ~blank)
        numbers = table.row_numbers[start:stop]
        problems = _problems(report, blank, numbers, self.layout.headings)
        head_rows = heads[keep].astype(np.intp)
        context_of = np.array([head.context for head in self.heads] or [0], dtype=np.intp)
        taken = pa.array(keep)
        return Parsed(
            rows=numbers[keep],
            communes=communes.take(taken),
            provinces=provinces.take(taken),
            heads=head_rows,
            contexts=context_of[head_rows],
            cells={key: value[keep] for key, value in cells.items()},
            problems=problems,
            rejected=int(bad.sum()),
            blank=int(blank.sum()),
        )

    def _used(self) -> list[int]:
        positions = set(self.layout.fields.values())
        for spec in self.layout.indicators:
            positions.update([spec.whole] if spec.whole is not None else spec.parts.values())
        return sorted(positions)

    def _texts_of(
        self,
        columns: dict[int, Distinct],
        name: str,
        length: int,
        report: Report,
        *,
        required: bool,
    ) -> Any:
        position = self.layout.fields.get(name)
        if position is None:
            return pa.array([""] * length, pa.string())
        column = columns[position]
        texts, messages = column.texts(required=required)
        codes = column.codes
        wrong = np.array([m is not None for m in messages], dtype=bool)[codes]
        rows = np.flatnonzero(wrong)
        heading = self.layout.headings[position]
        report.append((rows, heading, [messages[code] or "" for code in codes[rows].tolist()]))
        return texts.take(pa.array(np.where(codes < 0, len(column), codes)))

    def _heads_of(self, columns: dict[int, Distinct], report: Report) -> Index:
        fields = [f for f in HEAD_FIELDS if f in self.layout.fields]  # the year at least
        given = [columns[self.layout.fields[f]] for f in fields]
        inverse, combinations = combine([c.codes for c in given], [len(c) for c in given])
        heads = np.zeros(len(combinations), dtype=np.int32)
        broken: dict[int, list[tuple[str, str]]] = {}
        for number, combination in enumerate(combinations):
            raw = {
                f: None if code < 0 else column.values[code]
                for f, code, column in zip(fields, combination, given, strict=True)
            }
            found = self._head(raw)
            if isinstance(found, int):
                heads[number] = found
            else:
                broken[number] = found
        for number, problems in broken.items():
            rows = np.flatnonzero(inverse == number)
            for heading, message in problems:
                report.append((rows, heading, [message] * rows.size))
        return heads[inverse]

    def _head(self, raw: dict[str, object]) -> int | list[tuple[str, str]]:
        keys = [value_key(value) for value in raw.values()]
        key = (
            None
            if any(k is None and v is not None for k, v in zip(keys, raw.values(), strict=True))
            else tuple(keys)
        )
        if key is not None and key in self._heads:
            return self._heads[key]
        found = self._read_head(raw)
        if key is not None:
            self._heads[key] = found
        return found

    def _read_head(self, raw: dict[str, object]) -> int | list[tuple[str, str]]:
        refused = [
            (self.layout.heading(name), value.message)
            for name, value in raw.items()
            if isinstance(value, RefusedCell)
        ]
        if refused:
            return refused
        document: dict[str, Any] = {"commune": "-"}
        facts = {}
        for name, value in raw.items():
            if value is None or is_blank(value):
                continue
            if name in FACTS:
                facts[name] = value
            elif name == "year":
                document["year"] = (
                    int(value) if isinstance(value, str) and _YEAR.fullmatch(value) else value
                )
            elif name == "categories" and isinstance(value, str):
                document["categories"] = [p.strip() for p in _LIST.split(value) if p.strip()]
            elif name == "group" and isinstance(value, float) and value.is_integer():
                document["group"] = int(value)
            else:
                document[name] = value
        if facts:
            document["facts"] = facts
        try:
            profile = load_profile(document, self.rulebook)
            choice = self.rulebook.column_rules.choose(profile, self.rulebook.as_of(profile.year))
        except InvalidInputError as error:
            return [(self._heading_of(p.field), p.reason) for p in error.problems]
        except InputProblem as problem:
            return [(self._heading_of(problem.field), problem.reason)]
        as_of = self.rulebook.as_of(profile.year)
        context_key = (choice.column.code, as_of)
        if context_key not in self._contexts:
            self._contexts[context_key] = len(self.contexts)
            self.contexts.append(Context(choice, as_of))
        self.heads.append(Head(profile, choice, self._contexts[context_key]))
        return len(self.heads) - 1

    def _heading_of(self, field_path: str) -> str:
        root, _, rest = field_path.partition(".")
        root = root.split("[", 1)[0]
        if root == "facts":
            root = rest.split(".", 1)[0]
        return self.layout.heading(root) if root in HEAD_FIELDS else root

    def _cells_of(
        self,
        spec: IndicatorColumns,
        columns: dict[int, Distinct],
        report: Report,
    ) -> Index:
        indicator = self.rulebook.indicator(spec.id)
        values = self.values[spec.id]
        field_name = f'values."{spec.id}"'
        if spec.whole is not None:
            codes = columns[spec.whole].codes
            read = [
                self._cell(values, indicator, value, field_name)
                for value in columns[spec.whole].values
            ]
            headings = {"": self.layout.headings[spec.whole]}
        else:
            names = list(spec.parts)
            given = [columns[spec.parts[name]] for name in names]
            codes, combinations = combine([c.codes for c in given], [len(c) for c in given])
            read = []
            for combination in combinations:
                parts = {
                    name: None if code < 0 else column.values[code]
                    for name, code, column in zip(names, combination, given, strict=True)
                }
                read.append(self._parts(values, indicator, parts, field_name))
            headings = {name: self.layout.headings[spec.parts[name]] for name in names}
        lut = np.array([r if isinstance(r, int) else BAD for r in read] + [MISSING], np.int32)
        cells = lut[codes]
        rows = np.flatnonzero(cells == BAD)
        by_heading: dict[str, tuple[list[int], list[str]]] = {}
        for row in rows.tolist():
            refusal = read[codes[row]]
            assert isinstance(refusal, Refusal)  # BAD marks a refusal
            heading = headings.get(refusal.part) or " / ".join(headings.values())
            group = by_heading.setdefault(heading, ([], []))
            group[0].append(row)
            group[1].append(refusal.reason)
        for heading, (group_rows, messages) in by_heading.items():
            report.append((np.array(group_rows, dtype=np.intp), heading, messages))
        return cells

    def _cell(self, values: Values, indicator: Any, raw: object, field_name: str) -> int | Refusal:
        key = value_key(raw)
        if key is not None and key in values.read:
            return values.read[key]
        found = _read_cell(values, indicator, raw, field_name)
        if key is not None:
            values.read[key] = found
        return found

    def _parts(
        self, values: Values, indicator: Any, parts: dict[str, object], field_name: str
    ) -> int | Refusal:
        keys = [value_key(value) for value in parts.values()]
        cacheable = all(
            k is not None or v is None for k, v in zip(keys, parts.values(), strict=True)
        )
        key = ("parts", tuple(keys)) if cacheable else None
        if key is not None and key in values.read:
            return values.read[key]
        refused = [(n, v.message) for n, v in parts.items() if isinstance(v, RefusedCell)]
        if refused:
            found: int | Refusal = Refusal(refused[0][0], refused[0][1])
        elif all(value is None or is_blank(value) for value in parts.values()):
            found = MISSING
        else:
            if isinstance(indicator, RateIndicator):
                mapping = {n: None if v is None or is_blank(v) else v for n, v in parts.items()}
            else:
                mapping = {n: v for n, v in parts.items() if v is not None and not is_blank(v)}
            found = _read_cell(values, indicator, mapping, field_name)
        if key is not None:
            values.read[key] = found
        return found


def _read_cell(values: Values, indicator: Any, raw: object, field_name: str) -> int | Refusal:
    """A measurement's index in ``values``, ``MISSING``, or why the value was refused."""
    if isinstance(raw, RefusedCell):
        return Refusal("", raw.message)
    if not isinstance(raw, dict) and is_blank(raw):
        return MISSING
    try:
        measurement = indicator.read(raw, field_name)
    except InputProblem as problem:
        part = problem.field.removeprefix(field_name).lstrip(".")
        return Refusal(part, problem.reason)
    values.measurements.append(measurement)
    return len(values.measurements) - 1


@frozen
class Refusal:
    """Why a distinct value was not read.

    Attributes:
        part: the composite part concerned (``""``: the whole value).
        reason: what is wrong (a message, translated at the edge).
    """

    part: str
    reason: str


def _slice(column: Column, start: int, stop: int) -> Column:
    if isinstance(column, pa.Array):
        return column.slice(start, stop - start)
    return column[start:stop]


def _problems(
    report: Report,
    blank: npt.NDArray[np.bool_],
    numbers: npt.NDArray[np.int64],
    headings: tuple[str, ...],
) -> tuple[RowProblem, ...]:
    found: list[tuple[int, int, RowProblem]] = []
    for rows, heading, messages in report:
        order = headings.index(heading) if heading in headings else len(headings)
        for row, message in zip(rows.tolist(), messages, strict=True):
            if not blank[row]:
                found.append((row, order, RowProblem(int(numbers[row]), heading, message)))
    found.sort(key=lambda item: (item[0], item[1]))
    return tuple(item[2] for item in found)
