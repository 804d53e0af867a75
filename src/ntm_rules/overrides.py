"""Provincial and what-if threshold tables, applied to a shipped edition as data.

A province's own table (e.g. Lai Châu 1487/QĐ-UBND) or a what-if scenario is a YAML or
JSON file that fills or replaces thresholds, with its own citation::

    schema: ntm_rules.overrides/1
    id: lai-chau-1487
    base: vn.ntm.xa.2021_2025
    citation: {instrument: 1487/QĐ-UBND, provision: Phụ lục I}
    verification: verified          # default status of the values below
    thresholds:
      "17.1": {all: 70}             # every region column
      "10": {TDMNPB: {value: 38, effective_from: 2025-01-01}}
      "2.2":                        # a dated history for one column
        TDMNPB: [{value: 50}, {value: 60, effective_from: 2024-03-01}]

A column may be named once, in any spelling (``DBSH`` and ``Đồng bằng sông Hồng`` are the
same column: naming both is an error). A specific column always beats ``all``, whatever the
order of the keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from attrs import Factory, frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.editions import COMMUNE_2021_2025, EDITIONS
from ntm_rules.evaluators.base import Indicator
from ntm_rules.exceptions import (
    DuplicateEntryError,
    InputProblem,
    InvalidInputError,
    ProblemCollector,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.files import read_source
from ntm_rules.reading import describe, finite_float, is_blank, read_achieved
from ntm_rules.regions import Region
from ntm_rules.rulebook import Rulebook
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.thresholds import Direction, ThresholdFigure, ThresholdTable, ThresholdValue

OVERRIDES_SCHEMA = "ntm_rules.overrides/1"
ALL_COLUMNS = "all"


@frozen
class OverrideValue:
    """One supplied threshold: a figure for one column, possibly dated and separately cited."""

    value: Any = None
    verification: Verification | None = None
    effective_from: date | None = None
    citation: Citation | None = None


@frozen
class OverrideTable:
    """A provincial or what-if table: thresholds by indicator id, then by column."""

    id: str
    citation: Citation
    base: str = COMMUNE_2021_2025
    verification: Verification = Verification.UNVERIFIED
    thresholds: dict[str, dict[str, list[OverrideValue]]] = Factory(dict)
    schema: str = OVERRIDES_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The table as plain data, in the form :func:`load_overrides` reads."""
        data: dict[str, Any] = CONVERTER.unstructure(self)
        for columns in data["thresholds"].values():
            for entries in columns.values():
                for entry in entries:
                    for key in [k for k, v in entry.items() if v is None and k != "value"]:
                        del entry[key]
        return data


def load_overrides(source: str | Path | Mapping[str, Any]) -> OverrideTable:
    """Read an override table from a YAML/JSON file or a mapping, checking its shape."""
    document, what = read_source(source, "overrides")
    data = dict(document)
    raw = data.get("thresholds", {})
    if isinstance(raw, Mapping):
        data["thresholds"] = {
            key: {column: _entries(value) for column, value in columns.items()}
            if isinstance(columns, Mapping)
            else columns
            for key, columns in raw.items()
        }
    table, problems = structure(data, OverrideTable, what)
    if table is not None and table.schema != OVERRIDES_SCHEMA:
        problems.append(WrongKindError("schema", f"expected {OVERRIDES_SCHEMA!r}"))
    if problems:
        raise InvalidInputError(problems, what)
    if table is None:  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    return table


def _entries(value: object) -> object:
    """A column's value as a list of entries: a bare figure, one mapping, or a list."""
    if isinstance(value, list):
        return [entry if isinstance(entry, Mapping) else {"value": entry} for entry in value]
    return [value if isinstance(value, Mapping) else {"value": value}]


def apply_overrides(rulebook: Rulebook, table: OverrideTable) -> Rulebook:
    """The rulebook with the table's thresholds filled in or replaced."""
    problems = ProblemCollector()
    tables: dict[str, ThresholdTable] = {}
    for key, columns in table.thresholds.items():
        field = f'thresholds."{key}"'
        if not rulebook.has_indicator(key):
            problems.add(UnknownIdentifierError(field, "indicator", key, rulebook.indicator_ids))
            continue
        indicator = rulebook.indicator(key)
        current = indicator.thresholds
        for regions, values in _columns_in_order(indicator, table, columns, field, problems):
            for value in values:
                for region in regions:
                    current = current.replace(region, value)
        tables[key] = current
    problems.raise_if_any(table.id)
    return rulebook.with_thresholds(tables, new_id=table.id, citation=table.citation)


def load_rulebook(spec: str | Path | None = None) -> Rulebook:
    """A shipped edition by id, or an edition derived by an override file."""
    if spec is None:
        spec = COMMUNE_2021_2025
    if str(spec) in EDITIONS:
        return EDITIONS[str(spec)]()
    if not Path(spec).exists():
        raise InvalidInputError(
            [UnknownIdentifierError("rulebook", "rulebook or file", str(spec), EDITIONS)],
            "rulebook",
        )
    table = load_overrides(spec)
    if table.base not in EDITIONS:
        problem = UnknownIdentifierError("base", "rulebook", table.base, EDITIONS)
        raise InvalidInputError([problem], str(spec))
    return apply_overrides(EDITIONS[table.base](), table)


def _columns_in_order(
    indicator: Indicator,
    table: OverrideTable,
    columns: Mapping[str, list[OverrideValue]],
    field: str,
    problems: ProblemCollector,
) -> list[tuple[tuple[Region, ...], list[ThresholdValue]]]:
    """The entries of one indicator, ``all`` first so that a specific column always wins."""
    named: dict[Region, str] = {}
    general: list[tuple[tuple[Region, ...], list[ThresholdValue]]] = []
    specific: list[tuple[tuple[Region, ...], list[ThresholdValue]]] = []
    for column, entries in columns.items():
        where = f"{field}.{column}"
        try:
            if column.strip().lower() == ALL_COLUMNS:
                regions, into = tuple(Region), general
            else:
                region = Region.parse(column, where)
                if region in named:
                    raise DuplicateEntryError(
                        where,
                        f"names the column {region.code} already named by {field}.{named[region]}",
                    )
                named[region] = column
                regions, into = (region,), specific
            values = [
                _threshold(indicator, table, entry, f"{where}[{n}]")
                for n, entry in enumerate(entries)
            ]
            _check_dates(values, where)
        except InputProblem as problem:
            problems.add(problem)
            continue
        undated_first = sorted(values, key=lambda v: v.effective_from is not None)
        into.append((regions, undated_first))
    return general + specific


def _check_dates(values: list[ThresholdValue], field: str) -> None:
    seen: dict[date | None, int] = {}
    for index, value in enumerate(values):
        if value.effective_from in seen:
            when = value.effective_from.isoformat() if value.effective_from else "undated"
            raise DuplicateEntryError(
                f"{field}[{index}]",
                f"a second {when} value for this column (first at {field}[{seen[value.effective_from]}])",
            )
        seen[value.effective_from] = index


def _threshold(
    indicator: Indicator, table: OverrideTable, entry: OverrideValue, field: str
) -> ThresholdValue:
    figure = _figure(indicator, entry.value, f"{field}.value")
    verification = entry.verification or table.verification
    if figure is None:
        verification = Verification.UNKNOWN
    elif verification is Verification.UNKNOWN:
        raise WrongKindError(f"{field}.verification", "a given figure cannot be 'unknown'")
    return ThresholdValue(
        figure, verification, entry.citation or table.citation, entry.effective_from
    )


def _is_yes(raw: str, field: str) -> bool:
    try:
        return read_achieved(raw, field)
    except InputProblem:
        return False


def _figure(indicator: Indicator, raw: object, field: str) -> ThresholdFigure:
    if is_blank(raw):
        return None
    if indicator.direction is Direction.ACHIEVED:
        if raw is not True and not (isinstance(raw, str) and _is_yes(raw, field)):
            raise WrongKindError(
                field, "an achieved-type threshold is true / Đạt (or blank: unknown)"
            )
        return True
    if isinstance(raw, str):
        value = indicator.unit.parse(raw, field)
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        value = finite_float(raw, field)
    else:
        raise WrongKindError(
            field, f"expected a number in {indicator.unit.symbol_en}, got {describe(raw)}"
        )
    indicator.unit.check_range(value, field)
    return value
