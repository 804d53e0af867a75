"""Reading a household table's cells: each distinct value once, each bad one named.

A bad cell is reported (row, column, what was expected) and read as missing, so that the
household is still classified when the rules do not need that fact. After the cells, the
record's contradictions are checked the same way (more children at school than children,
more dependants than members…).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]

from ntm_rules.batch.distinct import encode
from ntm_rules.batch.problems import RowProblem
from ntm_rules.batch.table import Column, RefusedCell
from ntm_rules.exceptions import InputProblem
from ntm_rules.households.facts import AREA_WORDS, BY_NAME, FACTS, Fact, Kind
from ntm_rules.messages import Message
from ntm_rules.reading import ACHIEVED_WORDS, describe, fold, is_blank, read_achieved, split_number
from ntm_rules.units import Unit

Floats = npt.NDArray[np.float64]
MAX_COUNT = 1000
"""More members (or devices) than this in one household is an input error."""
PER_MONTH = Unit("đồng/người/tháng", "VND/person/month", "VND/person/month")
PER_YEAR = Unit("đồng/năm", "VND/year", "VND/year")
SQUARE_METRES = Unit("m²", "m²", "m2")


def read_column(
    fact: Fact, column: Column, rows: npt.NDArray[np.int64], heading: str
) -> tuple[Floats, list[RowProblem]]:
    """One fact's column as floats (NaN: missing or bad), and a problem per bad cell.

    A typed numeric column (Parquet, Arrow, a frame) is checked with array operations; any
    other is read one distinct value at a time. Both accept and refuse the same numbers.
    """
    if isinstance(column, pa.Array) and fact.kind is not Kind.CODE and _numeric(column.type):
        return _typed(fact, column, rows, heading)
    distinct = encode(column)
    values = np.empty(len(distinct) + 1)
    messages: list[str | None] = []
    for number, raw in enumerate(distinct.values):
        value, message = read_cell(fact, raw)
        values[number] = value
        messages.append(message)
    values[-1] = np.nan
    codes = np.where(distinct.codes < 0, len(distinct), distinct.codes)
    wrong = np.array([message is not None for message in messages] + [False], dtype=bool)
    bad = np.flatnonzero(wrong[codes])
    problems = [  # the message itself (a Message keeps its id; str() would drop it)
        RowProblem(int(rows[row]), heading, messages[codes[row]] or "") for row in bad.tolist()
    ]
    return values[codes], problems


def _numeric(kind: Any) -> bool:
    return bool(pa.types.is_integer(kind) or pa.types.is_floating(kind))


def _typed(
    fact: Fact, column: Any, rows: npt.NDArray[np.int64], heading: str
) -> tuple[Floats, list[RowProblem]]:
    values = np.array(column.to_numpy(zero_copy_only=False), dtype=np.float64)  # writable
    with np.errstate(invalid="ignore"):
        good = _VALID[fact.kind](values)
    bad = np.flatnonzero(~good & ~np.isnan(values))
    problems = []
    for row in bad.tolist():
        _, message = read_cell(fact, column[row].as_py())
        problems.append(RowProblem(int(rows[row]), heading, message or ""))
    values[bad] = np.nan
    return values, problems


_VALID: dict[Kind, Any] = {
    Kind.COUNT: lambda v: (v >= 0) & (v <= MAX_COUNT) & (np.floor(v) == v),
    Kind.MONEY: lambda v: (v >= 0) & np.isfinite(v),
    Kind.NET_MONEY: np.isfinite,
    Kind.AREA: lambda v: (v >= 0) & np.isfinite(v),
    Kind.WEIGHT: lambda v: (v > 0) & np.isfinite(v),
    Kind.FLAG: lambda v: (v == 0) | (v == 1),
}
"""What a typed cell of each kind must be (NaN, a null, is missing, not bad)."""


def read_cell(fact: Fact, raw: object) -> tuple[float, str | None]:
    """One cell of ``fact``: its value (NaN when blank or bad) and what is wrong, if anything."""
    if isinstance(raw, RefusedCell):
        return math.nan, raw.message
    if is_blank(raw) or (isinstance(raw, str) and not raw.strip()):
        return math.nan, None
    if isinstance(raw, float) and math.isnan(raw):
        return math.nan, None
    try:
        return _READERS[fact.kind](fact, raw), None
    except InputProblem as problem:
        return math.nan, problem.reason


def _number(fact: Fact, raw: object, unit: Unit | None) -> float:
    if isinstance(raw, bool):
        raise InputProblem(
            fact.name, Message("expected a number, got {value}", value=describe(raw))
        )
    if isinstance(raw, int | float):
        value = float(raw)
        if not math.isfinite(value):
            raise InputProblem(
                fact.name, Message("{raw} is not a finite number", raw=describe(raw))
            )
        return value
    if isinstance(raw, str):
        if unit is not None:
            return unit.parse(raw, fact.name)
        number = split_number(raw, fact.name)
        if number.rest:
            raise InputProblem(
                fact.name, Message("expected a plain number, got {raw}", raw=describe(raw))
            )
        return float(number.value)
    raise InputProblem(fact.name, Message("expected a number, got {value}", value=describe(raw)))


def _count(fact: Fact, raw: object) -> float:
    value = _number(fact, raw, None)
    if not value.is_integer() or value < 0 or value > MAX_COUNT:
        raise InputProblem(
            fact.name,
            Message("expected a whole number from 0 to {most}, got {raw}", most=MAX_COUNT, raw=raw),
        )
    return value


def _money(fact: Fact, raw: object) -> float:
    value = _number(fact, raw, PER_MONTH if fact.name == "income_per_person_month" else PER_YEAR)
    if fact.kind is Kind.MONEY and value < 0:
        raise InputProblem(
            fact.name, Message("expected an amount of at least 0 VND, got {raw}", raw=raw)
        )
    return value


def _area(fact: Fact, raw: object) -> float:
    value = _number(fact, raw, SQUARE_METRES)
    if value < 0:
        raise InputProblem(
            fact.name, Message("expected an area of at least 0 m², got {raw}", raw=raw)
        )
    return value


def _weight(fact: Fact, raw: object) -> float:
    value = _number(fact, raw, None)
    if value <= 0:
        raise InputProblem(
            fact.name, Message("expected a sample weight greater than 0, got {raw}", raw=raw)
        )
    return value


def _flag(fact: Fact, raw: object) -> float:
    if isinstance(raw, float) and raw in (0.0, 1.0):
        return raw
    try:
        return 1.0 if read_achieved(raw, fact.name) else 0.0
    except InputProblem:
        words = ACHIEVED_WORDS.replace("Đạt / Chưa đạt / Không đạt, ", "")
        raise InputProblem(
            fact.name,
            Message("expected yes or no ({words}), got {raw}", words=words, raw=describe(raw)),
        ) from None


def _code(fact: Fact, raw: object) -> float:
    if isinstance(raw, str):
        word = fold(raw)
        if fact.name == "area":
            found = AREA_WORDS.get(raw.strip().lower()) or AREA_WORDS.get(word)
            if found is not None:
                return float(fact.vocabulary.index(found))
        for index, known in enumerate(fact.vocabulary):
            if word == fold(known):
                return float(index)
    listed = ", ".join(fact.vocabulary)
    raise InputProblem(
        fact.name,
        Message("expected one of {known}, got {value}", known=listed, value=describe(raw)),
    )


_READERS: dict[Kind, Any] = {
    Kind.COUNT: _count,
    Kind.MONEY: _money,
    Kind.NET_MONEY: _money,
    Kind.AREA: _area,
    Kind.WEIGHT: _weight,
    Kind.FLAG: _flag,
    Kind.CODE: _code,
}


def check_record(
    columns: dict[str, Floats], rows: npt.NDArray[np.int64], headings: dict[str, str]
) -> list[RowProblem]:
    """The contradictions between facts, each reported on the fact that exceeds the other.

    The fact reported is read as missing (which of the two is wrong cannot be told).
    """
    problems: list[RowProblem] = []
    members = columns["members"]
    empty = members == 0
    for row in np.flatnonzero(empty).tolist():
        message = Message("a household has at least one member (0 given)")
        problems.append(RowProblem(int(rows[row]), headings.get("members", "members"), message))
    members[empty] = np.nan
    for fact in FACTS:
        if not fact.at_most:
            continue
        value, bound = columns[fact.name], columns[fact.at_most]
        with np.errstate(invalid="ignore"):
            over = value > bound
        for row in np.flatnonzero(over).tolist():
            message = Message(
                "{value:g} is more than {bound_name} ({bound:g}), which counts them too ({meaning})",
                value=value[row],
                bound_name=fact.at_most,
                bound=bound[row],
                meaning=Message(BY_NAME[fact.name].meaning),  # a phrase of the catalogue
            )
            problems.append(RowProblem(int(rows[row]), headings.get(fact.name, fact.name), message))
        value[over] = np.nan
    return problems
