"""Figure tables: an edition's own figures, and provincial or what-if tables, as data.

Every figure of an edition lives in a figure table beside its criteria modules
(``figures.yaml``, schema ``ntm_rules.figures/1``), and a province's own table (e.g. Lai
Châu 1487/QĐ-UBND) or a what-if scenario (schema ``ntm_rules.overrides/1``) has the same
shape. One loader reads both, with the same checks::

    schema: ntm_rules.overrides/1
    id: lai-chau-1487
    base: vn.ntm.xa.2021_2025
    citation: {instrument: 1487/QĐ-UBND, provision: Phụ lục I}
    verification: verified          # default status of the values below
    thresholds:
      "17.1": {all: 70}             # every column
      "10": {TDMNPB: {value: 38, effective_from: 2025-01-01}}
      "2.2":                        # a dated history for one column
        TDMNPB: [{value: 50}, {value: 60, effective_from: 2024-03-01}]
    parameters:                     # the figures inside composite and scored rules
      "5": {level_1_share_many: {all: 60}}

A column may be named once, in any spelling (``DBSH`` and ``Đồng bằng sông Hồng`` are the
same column: naming both is an error). A specific column always beats ``all``, whatever the
order of the keys. An edition's own table may also carry its column rules and caveats.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from attrs import Factory, frozen

from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import Caveat, ColumnRule, ColumnSet, RegionColumnRules
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
from ntm_rules.messages import Message
from ntm_rules.reading import (
    describe,
    finite_float,
    id_order,
    is_blank,
    key_text,
    read_achieved,
    split_number,
)
from ntm_rules.regions import Category
from ntm_rules.rulebook import Rulebook
from ntm_rules.thresholds import Direction, ThresholdFigure, ThresholdTable, ThresholdValue

OVERRIDES_SCHEMA = "ntm_rules.overrides/1"
FIGURES_SCHEMA = "ntm_rules.figures/1"
ALL_COLUMNS = "all"
DEFAULT_BASE = "vn.ntm.xa.2021_2025"


@frozen
class OverrideValue:
    """One supplied figure: a value for one column, possibly dated and separately cited."""

    value: Any = None
    verification: Verification | None = None
    effective_from: date | None = None
    citation: Citation | None = None


@frozen
class ColumnRuleEntry:
    """A column rule as written in a figure table."""

    categories: list[Category]
    column: str
    in_force_from: date
    citation: Citation


@frozen
class CaveatEntry:
    """A reading caveat as written in a figure table."""

    key: str
    categories: list[Category]
    text_vi: str
    text_en: str
    citation: Citation
    before: date | None = None


Columns = dict[str, list[OverrideValue]]
"""A figure's entries by column key (a code, a name, or ``all``)."""


@frozen
class OverrideTable:
    """A figure table: thresholds (and rule figures) by indicator id, then by column."""

    id: str
    citation: Citation
    base: str = DEFAULT_BASE
    verification: Verification = Verification.UNVERIFIED
    thresholds: dict[str, Columns] = Factory(dict)
    parameters: dict[str, dict[str, Columns]] = Factory(dict)
    columns: list[str] | None = None
    column_rules: list[ColumnRuleEntry] | None = None
    caveats: list[CaveatEntry] | None = None
    schema: str = OVERRIDES_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The table as plain data, in the form :func:`load_overrides` reads."""
        from ntm_rules.serialization import CONVERTER  # noqa: PLC0415 - cattrs when first used

        data: dict[str, Any] = CONVERTER.unstructure(self)
        tables = [
            *data["thresholds"].values(),
            *(figure for figures in data["parameters"].values() for figure in figures.values()),
        ]
        for columns in tables:
            for entries in columns.values():
                for entry in entries:
                    for key in [k for k, v in entry.items() if v is None and k != "value"]:
                        del entry[key]
        for key in ("columns", "column_rules", "caveats"):
            if data[key] is None:
                del data[key]
        return data


def load_overrides(source: str | Path | Mapping[str, Any]) -> OverrideTable:
    """Read a figure table from a YAML/JSON file or a mapping, checking its shape."""
    document, what = read_source(source, "overrides")
    data = dict(document)
    if isinstance(data.get("thresholds"), Mapping):
        data["thresholds"] = _normalised(data["thresholds"])
    if isinstance(data.get("parameters"), Mapping):
        data["parameters"] = {
            key: _normalised(figures) if isinstance(figures, Mapping) else figures
            for key, figures in data["parameters"].items()
        }
    from ntm_rules.serialization import structure  # noqa: PLC0415 - cattrs when first used

    table, problems = structure(data, OverrideTable, what)
    if table is not None and table.schema not in (OVERRIDES_SCHEMA, FIGURES_SCHEMA):
        problems.append(
            WrongKindError(
                "schema",
                Message(
                    "expected {overrides_schema!r} or {figures_schema!r}",
                    overrides_schema=OVERRIDES_SCHEMA,
                    figures_schema=FIGURES_SCHEMA,
                ),
            )
        )
    if problems:
        raise InvalidInputError(problems, what)
    if table is None:  # pragma: no cover - structure() records a problem whenever it returns None
        raise InvalidInputError([], what)
    return table


def _normalised(tables: Mapping[Any, Any]) -> dict[Any, Any]:
    """Each column's value as a list of entries: a bare figure, one mapping, or a list."""
    return {
        key: {column: _entries(value) for column, value in columns.items()}
        if isinstance(columns, Mapping)
        else columns
        for key, columns in tables.items()
    }


def _entries(value: object) -> object:
    if isinstance(value, list):
        return [entry if isinstance(entry, Mapping) else {"value": entry} for entry in value]
    return [value if isinstance(value, Mapping) else {"value": value}]


def apply_overrides(rulebook: Rulebook, table: OverrideTable) -> Rulebook:
    """The rulebook with the table's figures filled in or replaced.

    A table whose id is the edition's own (its shipped ``figures.yaml``) completes the
    edition; any other makes a derived edition that names the table as its source.
    """
    problems = ProblemCollector()
    completing = table.id == rulebook.id  # the edition's own data: each column as written
    replaced: dict[str, Indicator] = {}
    for key in sorted(set(table.thresholds) | set(table.parameters), key=id_order):
        indicator = _indicator(rulebook, key, problems, table)
        if indicator is None:
            continue
        entries = _columns_in_order(
            indicator,
            table,
            table.thresholds.get(key, {}),
            f'thresholds."{key_text(key)}"',
            column_set=rulebook.columns,
            problems=problems,
        )
        thresholds = _applied(indicator.thresholds, entries, fresh=completing)
        parameters = dict(indicator.parameters)
        for name, columns in table.parameters.get(key, {}).items():
            field = f'parameters."{key_text(key)}".{key_text(name)}'
            if name not in indicator.parameter_names:
                known = indicator.parameter_names
                problems.add(UnknownIdentifierError(field, "rule figure", name, known))
                continue
            figure = parameters.get(name) or _blank(rulebook.columns, table.citation)
            entries = _columns_in_order(
                None, table, columns, field, column_set=rulebook.columns, problems=problems
            )
            parameters[name] = _applied(figure, entries, fresh=completing)
        replaced[key] = indicator.with_tables(thresholds, parameters)
    column_rules = column_rules_from(table, rulebook.columns, problems)
    problems.raise_if_any(table.id)
    if table.id == rulebook.id:
        return rulebook.with_indicators(replaced, column_rules=column_rules)
    return rulebook.with_indicators(
        replaced, new_id=table.id, citation=table.citation, column_rules=column_rules
    )


def _applied(
    table: ThresholdTable,
    entries: list[tuple[tuple[str, ...], list[ThresholdValue]]],
    *,
    fresh: bool,
) -> ThresholdTable:
    """``table`` with the entries applied: replacing each column's history when ``fresh``."""
    for codes, values in entries:
        for code in codes:
            if fresh:
                table = ThresholdTable({**table.cells, code: tuple(values)})
            else:
                table = table.merged(code, values)
    return table


def _indicator(
    rulebook: Rulebook, key: str, problems: ProblemCollector, table: OverrideTable
) -> Indicator | None:
    if rulebook.has_indicator(key):
        return rulebook.indicator(key)
    section = "thresholds" if key in table.thresholds else "parameters"
    field = f'{section}."{key_text(key)}"'
    problems.add(UnknownIdentifierError(field, "indicator", key, rulebook.indicator_ids))
    return None


def _blank(columns: ColumnSet, citation: Citation) -> ThresholdTable:
    return ThresholdTable.uniform(None, Verification.UNKNOWN, citation, columns.codes)


def column_rules_from(
    table: OverrideTable, columns: ColumnSet, problems: ProblemCollector
) -> RegionColumnRules | None:
    """The column rules and caveats a figure table carries (``None`` when it has none)."""
    if table.column_rules is None and table.caveats is None:
        return None
    rules = []
    for index, entry in enumerate(table.column_rules or []):
        try:
            code = columns.parse(entry.column, f"column_rules[{index}].column").code
        except InputProblem as problem:
            problems.add(problem)
            continue
        rules.append(
            ColumnRule(frozenset(entry.categories), code, entry.in_force_from, entry.citation)
        )
    caveats = tuple(
        Caveat(c.key, frozenset(c.categories), c.before, c.text_vi, c.text_en, c.citation)
        for c in table.caveats or []
    )
    return RegionColumnRules(columns, tuple(rules), caveats)


def load_rulebook(spec: str | Path | None = None) -> Rulebook:
    """A shipped edition by id or short name, an edition file, or a derived figure table."""
    from ntm_rules.editions import edition, find_edition, known_names  # noqa: PLC0415

    if spec is None:
        return edition(DEFAULT_BASE)
    found = find_edition(str(spec))
    if found is not None:
        return found
    if not _exists(spec):
        raise InvalidInputError(
            [UnknownIdentifierError("rulebook", "rulebook or file", str(spec), known_names())],
            "rulebook",
        )
    if Path(spec).suffix.lower() in (".xlsx", ".csv"):  # an edition or a threshold table
        from ntm_rules.workbooks import load_rulebook_workbook  # noqa: PLC0415 - optional extra

        return load_rulebook_workbook(spec)
    document, what = read_source(spec, "rulebook")
    if document.get("schema") == "ntm_rules.edition/1":
        from ntm_rules.edition_files import load_edition  # noqa: PLC0415 - it imports this

        return load_edition(document)
    table = load_overrides(document)
    base = find_edition(table.base)
    if base is None:
        problem = UnknownIdentifierError("base", "rulebook", table.base, known_names())
        raise InvalidInputError([problem], what)
    return apply_overrides(base, table)


def _exists(spec: str | Path) -> bool:
    try:
        return Path(spec).exists()
    except (OSError, ValueError):  # a name too long for the system, a NUL byte
        return False


def _columns_in_order(
    indicator: Indicator | None,
    table: OverrideTable,
    columns: Mapping[str, list[OverrideValue]],
    field: str,
    *,
    column_set: ColumnSet,
    problems: ProblemCollector,
) -> list[tuple[tuple[str, ...], list[ThresholdValue]]]:
    """The entries of one figure, ``all`` first so that a specific column always wins."""
    named: dict[str, str] = {}
    general: list[tuple[tuple[str, ...], list[ThresholdValue]]] = []
    specific: list[tuple[tuple[str, ...], list[ThresholdValue]]] = []
    for column, entries in columns.items():
        where = f"{field}.{key_text(column)}"
        try:
            if column.strip().lower() == ALL_COLUMNS:
                codes, into = column_set.codes, general
            else:
                code = column_set.parse(column, where).code
                if code in named:
                    raise DuplicateEntryError(
                        where,
                        Message(
                            "names the column {code} already named by {other}",
                            code=code,
                            other=f"{field}.{key_text(named[code])}",
                        ),
                    )
                named[code] = column
                codes, into = (code,), specific
            values: list[ThresholdValue] = []
            starts: dict[date | None, int] = {}
            for n, entry in enumerate(entries):  # a repeated date stops the column at once
                values.append(_threshold(indicator, table, entry, f"{where}[{n}]"))
                _check_date(values[-1], n, starts, where)
        except InputProblem as problem:
            problems.add(problem)
            continue
        into.append((codes, sorted(values, key=lambda v: v.effective_from or date.min)))
    return general + specific


def _check_date(
    value: ThresholdValue, index: int, seen: dict[date | None, int], field: str
) -> None:
    """Refuse a second value for one date (or a second undated one) in a column."""
    if value.effective_from in seen:
        when = value.effective_from.isoformat() if value.effective_from else "undated"
        first = seen[value.effective_from]
        raise DuplicateEntryError(
            f"{field}[{index}]",
            Message(
                "a second {when} value for this column (first at {field}[{first}])",
                when=when,
                field=field,
                first=first,
            ),
        )
    seen[value.effective_from] = index


def _threshold(
    indicator: Indicator | None, table: OverrideTable, entry: OverrideValue, field: str
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


def _figure(indicator: Indicator | None, raw: object, field: str) -> ThresholdFigure:
    """A threshold in the indicator's unit, or (``indicator`` None) a plain rule figure."""
    if is_blank(raw):
        return None
    if indicator is not None and indicator.direction is Direction.ACHIEVED:
        if raw is not True and not (isinstance(raw, str) and _is_yes(raw, field)):
            raise WrongKindError(
                field, "an achieved-type threshold is true / Đạt (or blank: unknown)"
            )
        return True
    if isinstance(raw, str):
        if indicator is not None:
            value = indicator.unit.parse(raw, field)
        else:
            number = split_number(raw, field)
            if number.rest not in ("", "%"):
                raise WrongKindError(
                    field, Message("expected a plain number, got {raw}", raw=describe(raw))
                )
            value = finite_float(number.value, field)
    elif isinstance(raw, int | float) and not isinstance(raw, bool):
        value = finite_float(raw, field)
    else:
        unit = indicator.unit.symbol_en if indicator is not None else "a number"
        raise WrongKindError(
            field, Message("expected a number in {unit}, got {raw}", unit=unit, raw=describe(raw))
        )
    if indicator is not None:
        indicator.unit.check_range(value, field)
    elif value < 0:
        raise WrongKindError(
            field, Message("expected a number of 0 or more, got {raw}", raw=describe(raw))
        )
    return value
