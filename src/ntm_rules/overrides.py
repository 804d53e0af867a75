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
    InputProblem,
    InvalidInputError,
    ProblemCollector,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.files import read_source
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
    thresholds: dict[str, dict[str, OverrideValue]] = Factory(dict)
    schema: str = OVERRIDES_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The table as plain data, in the form :func:`load_overrides` reads."""
        data: dict[str, Any] = CONVERTER.unstructure(self)
        for columns in data["thresholds"].values():
            for entry in columns.values():
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
            key: {col: v if isinstance(v, Mapping) else {"value": v} for col, v in columns.items()}
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
        for column, entry in columns.items():
            try:
                regions = _columns(column, f"{field}.{column}")
                value = _threshold(indicator, table, entry, f"{field}.{column}")
            except InputProblem as problem:
                problems.add(problem)
                continue
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


def _columns(column: str, field: str) -> tuple[Region, ...]:
    if column.lower() == ALL_COLUMNS:
        return tuple(Region)
    return (Region.parse(column, field),)


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


def _figure(indicator: Indicator, raw: object, field: str) -> ThresholdFigure:
    if raw is None:
        return None
    if indicator.direction is Direction.ACHIEVED:
        if raw is not True:
            raise WrongKindError(field, "an achieved-type threshold is true (or null: unknown)")
        return True
    if isinstance(raw, bool) or not isinstance(raw, int | float | str):
        raise WrongKindError(field, f"expected a number in {indicator.unit.symbol_en}")
    value = indicator.unit.parse(raw, field) if isinstance(raw, str) else float(raw)
    indicator.unit.check_range(value, field)
    return value
