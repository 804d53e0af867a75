"""Household records in, checked columns out: YAML/JSON reviews and tables of every kind.

A review document (YAML or JSON, schema ``ntm_rules.households/1``) names the commune and
the data year and lists its households, each with its facts or its members. A table (CSV,
Excel, Parquet, a pyarrow table, a pandas or polars frame, a mapping of columns) has one
row per household and one column per fact (``docs/households.md`` lists them); it is read
by :func:`ntm_rules.batch.read_table`. Either way each bad cell is reported by row and
column and read as missing; only a source that cannot be read at all raises.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
from attrs import Factory, field, frozen

from ntm_rules.batch.distinct import encode
from ntm_rules.batch.engine import year_of
from ntm_rules.batch.problems import RowProblem
from ntm_rules.batch.table import RawTable, read_table
from ntm_rules.exceptions import InputProblem, InvalidInputError, schema_problem
from ntm_rules.files import read_source
from ntm_rules.households.cells import check_record, read_column
from ntm_rules.households.facts import BY_NAME, FACT_NAMES, TEXT_FIELDS, YEAR_FIELD
from ntm_rules.households.record import Member, member_counts
from ntm_rules.households.standards import PovertyStandard, load_standard, standard_for_year
from ntm_rules.messages import Message
from ntm_rules.serialization import structure

REVIEW_SCHEMA = "ntm_rules.households/1"
Floats = npt.NDArray[np.float64]
_DOCUMENTS = (".yaml", ".yml", ".json")


@frozen
class ReviewMeta:
    """What a review document says of itself (a table says nothing)."""

    commune: str = ""
    province: str = ""
    year: int | None = None
    area: str | None = None
    illustrative: bool = False
    note: str = ""


@frozen
class _ReviewDocument(ReviewMeta):
    """The shape of a review document: what it says of itself, its households, its tag."""

    households: list[Any] = field(kw_only=True)
    schema: str = field(default=REVIEW_SCHEMA, kw_only=True)


@frozen
class HouseholdTable:
    """Households read and checked, as columns.

    Attributes:
        columns: one ``float64`` array per fact (NaN: missing or bad); codes are their
            index in the fact's vocabulary.
        ids: the households' identifiers (a pyarrow string array), ``None`` for row numbers.
        villages: their villages (a pyarrow string array), ``None`` when not given.
        rows: each household's row as the user sees it (a document: its position from 0).
        problems: every problem, the header's first, then by row.
        meta: the review's commune, year and notes.
        source: the file name or the kind of object.
    """

    columns: dict[str, Floats]
    ids: Any
    villages: Any
    rows: npt.NDArray[np.int64]
    problems: tuple[RowProblem, ...]
    meta: ReviewMeta = Factory(ReviewMeta)
    source: str = "table"
    _listed: dict[str, int] = field(init=False, factory=dict, eq=False, repr=False)
    """Each identifier's first position, filled with :meth:`id_list` (a table never changes)."""
    _identifiers: list[str] = field(init=False, factory=list, eq=False, repr=False)

    @property
    def length(self) -> int:
        """How many households."""
        return int(self.rows.size)

    def id_list(self) -> list[str]:
        """The identifiers as text (the row number where none is given), listed once.

        The list is the table's own: do not change it.
        """
        if self.length and not self._identifiers:
            rows = self.rows.tolist()
            given = [None] * len(rows) if self.ids is None else self.ids.to_pylist()
            self._identifiers.extend(
                text or str(row) for text, row in zip(given, rows, strict=True)
            )
            for position, identifier in enumerate(self._identifiers):
                self._listed.setdefault(identifier, position)
        return self._identifiers

    def position(self, identifier: str) -> int | None:
        """The position of the (first) household with ``identifier``, if there is one."""
        self.id_list()
        return self._listed.get(identifier)


def read_households(
    source: object,
    *,
    year: int | None = None,
    standard: PovertyStandard | str | Path | None = None,
    area: str | None = None,
) -> tuple[HouseholdTable, PovertyStandard]:
    """Read a review document or a table of households, and the standard to judge it by.

    Args:
        source: a YAML/JSON review, a mapping with ``households``, or a table (file or
            in-memory) with one row per household.
        year: the data year (else the document's, else the table's ``year`` column).
        standard: a standard (or its id, or a standards file) instead of the year's.
        area: the area of households that do not give one (``rural`` or ``urban``).

    Raises:
        InvalidInputError: the source cannot be read, or no standard can be chosen.
    """
    document = _as_document(source)
    if document is not None:
        meta, households, name = document
        chosen = choose_standard(standard, year if year is not None else meta.year, name)
        raw, extra = _document_table(households, chosen)
        meta = meta if area is None else attrs.evolve(meta, area=area)
        meta = meta if year is None else attrs.evolve(meta, year=year)
        return _read(raw, chosen, meta, problems=extra, year=year or meta.year), chosen
    raw = read_table(source)
    positions, header = _headings(raw)
    if YEAR_FIELD in positions and year is None and not isinstance(standard, PovertyStandard):
        year = _first_year(raw.columns[positions[YEAR_FIELD]])
    chosen = choose_standard(standard, year, raw.source)
    meta = ReviewMeta(year=year, area=area)
    return _read(raw, chosen, meta, problems=header, year=year, positions=positions), chosen


def _as_document(source: object) -> tuple[ReviewMeta, list[Any], str] | None:
    is_file = isinstance(source, str | Path) and Path(source).suffix.lower() in _DOCUMENTS
    if not is_file and not (isinstance(source, Mapping) and "households" in source):
        return None
    mapping, name = read_source(source, "households")
    document, problems = structure(mapping, _ReviewDocument, name)
    if document is None:
        raise InvalidInputError(problems, name)
    if document.schema != REVIEW_SCHEMA:
        raise InvalidInputError([schema_problem(REVIEW_SCHEMA)], name)
    meta = ReviewMeta(**{f.name: getattr(document, f.name) for f in attrs.fields(ReviewMeta)})
    return meta, document.households, name


def choose_standard(
    given: PovertyStandard | str | Path | None, year: int | None, name: str
) -> PovertyStandard:
    """The standard given (or its id, or a standards file), else the one for ``year``."""
    if isinstance(given, PovertyStandard):
        return given
    if given is not None:
        return load_standard(given)
    if year is None:
        problem = InputProblem("year", "the data year is needed to choose the poverty standard")
        raise InvalidInputError([problem], name)
    return standard_for_year(year)


def _document_table(
    households: list[Any], standard: PovertyStandard
) -> tuple[RawTable, list[RowProblem]]:
    """The households of a document as a mapping of columns, members turned into counts."""
    names = (*TEXT_FIELDS, *FACT_NAMES)
    columns: dict[str, list[object]] = {name: [] for name in names}
    problems: list[RowProblem] = []
    for row, household in enumerate(households):
        values = dict(household) if isinstance(household, Mapping) else {}
        if not isinstance(household, Mapping):
            problems.append(RowProblem(row, "", "expected a mapping of the household's facts"))
        for key in sorted(set(values) - set(names) - {YEAR_FIELD}, key=str):
            problems.append(RowProblem(row, str(key), "unknown field"))
        if isinstance(values.get("members"), list):
            _members(values, row, standard, problems)
        for name in TEXT_FIELDS:  # an id or village given as a list or mapping is no text
            if isinstance(values.get(name), Mapping | list):
                problems.append(RowProblem(row, name, "expected text"))
                values[name] = None
        for name in names:
            columns[name].append(values.get(name))
    length = len(households)
    raw = read_table(columns)
    return RawTable(raw.names, raw.columns, length, np.arange(length, dtype=np.int64)), problems


def _members(
    values: dict[str, Any], row: int, standard: PovertyStandard, problems: list[RowProblem]
) -> None:
    listed = values["members"]
    members: list[Member] = []
    for number, given in enumerate(listed):
        member, found = structure(given, Member, "member")
        for problem in found:
            where = f"members[{number}].{problem.field}" if problem.field else f"members[{number}]"
            problems.append(RowProblem(row, where, problem.reason))
        if member is not None:
            members.append(member)
    if len(members) < len(listed):
        values["members"] = len(listed)
        return
    for name, count in member_counts(members, standard).items():
        stated = values.get(name) if name != "members" else None
        if stated is None:
            values[name] = count
        elif count is not None and stated != count:
            message = Message(
                "{stated!r} given, but the members list gives {count}", stated=stated, count=count
            )
            problems.append(RowProblem(row, name, message))
            values[name] = None


def _headings(raw: RawTable) -> tuple[dict[str, int], list[RowProblem]]:
    positions: dict[str, int] = {}
    problems: list[RowProblem] = []
    known = (*TEXT_FIELDS, YEAR_FIELD, *FACT_NAMES)
    for position, heading in enumerate(raw.names):
        key = "_".join(heading.strip().lower().split())
        if key not in known:
            message = Message(
                "unknown column (ignored); the facts are listed in docs/households.md"
            )
            problems.append(RowProblem(None, heading, message))
        elif key in positions:
            problems.append(RowProblem(None, heading, "a second column for this fact (ignored)"))
        else:
            positions[key] = position
    if not set(positions) & set(FACT_NAMES):
        problem = InputProblem(
            raw.source, "no column names a household fact (see docs/households.md)"
        )
        raise InvalidInputError([problem], raw.source)
    return positions, problems


def _first_year(column: Any) -> int | None:
    for value in encode(column).values:
        year = year_of(value)
        if year is not None:
            return year
    return None


def _read(
    raw: RawTable,
    standard: PovertyStandard,
    meta: ReviewMeta,
    *,
    problems: list[RowProblem],
    year: int | None,
    positions: Mapping[str, int] | None = None,
) -> HouseholdTable:
    if positions is None:
        positions = {name: number for number, name in enumerate(raw.names)}
    rows = raw.row_numbers
    found = list(raw.problems) + problems
    columns: dict[str, Floats] = {}
    headings = {name: raw.names[position] for name, position in positions.items()}
    for name in FACT_NAMES:
        position = positions.get(name)
        if position is None:
            columns[name] = np.full(raw.length, np.nan)
            continue
        values, bad = read_column(BY_NAME[name], raw.columns[position], rows, headings[name])
        columns[name] = values
        found.extend(bad)
    if meta.area is not None:
        default, bad = read_column(BY_NAME["area"], [meta.area], rows[:1], "area")
        if bad:
            raise InvalidInputError([p.as_problem() for p in bad], raw.source)
        columns["area"] = np.where(np.isnan(columns["area"]), default[0], columns["area"])
    found.extend(check_record(columns, rows, headings))
    if YEAR_FIELD in positions and year is not None:
        found.extend(_other_years(raw.columns[positions[YEAR_FIELD]], rows, year, standard))
    ids = _texts(raw, positions.get("household"))
    found.extend(_duplicates(ids, rows, headings.get("household", "household")))
    header = [p for p in found if p.row is None]
    by_row = sorted((p for p in found if p.row is not None), key=lambda p: p.row or 0)
    return HouseholdTable(
        columns=columns,
        ids=ids,
        villages=_texts(raw, positions.get("village")),
        rows=rows,
        problems=(*header, *by_row),
        meta=meta,
        source=raw.source,
    )


def _texts(raw: RawTable, position: int | None) -> Any:
    if position is None:
        return None
    column = encode(raw.columns[position])
    texts, _ = column.texts(required=False)
    return texts.take(pa.array(np.where(column.codes < 0, len(column), column.codes)))


def _duplicates(ids: Any, rows: npt.NDArray[np.int64], heading: str) -> list[RowProblem]:
    if ids is None:
        return []
    seen: dict[str, int] = {}
    problems = []
    for row, text in zip(rows.tolist(), ids.to_pylist(), strict=True):
        if not text:
            continue
        if text in seen:
            message = Message(
                "{text!r} is also the household of row {row}", text=text, row=seen[text]
            )
            problems.append(RowProblem(row, heading, message))
        else:
            seen[text] = row
    return problems


def _other_years(
    column: Any, rows: npt.NDArray[np.int64], year: int, standard: PovertyStandard
) -> list[RowProblem]:
    distinct = encode(column)
    wrong = [
        value is not None
        and year_of(value) != year
        and not (isinstance(value, str) and not value.strip())
        for value in distinct.values
    ]
    problems = []
    for row, code in enumerate(distinct.codes.tolist()):
        if code >= 0 and wrong[code]:
            message = Message(
                "{given!r} is not the review's year {year}: classified under {standard}",
                given=distinct.values[code],
                year=year,
                standard=standard.id,
            )
            problems.append(RowProblem(int(rows[row]), YEAR_FIELD, message))
    return problems
