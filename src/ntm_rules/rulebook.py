"""Criteria and rulebook editions.

A :class:`Criterion` composes its sub-indicators; a :class:`Rulebook` is one edition of the
criteria set (instrument, years, groups, ordered criteria). Editions are registered
explicitly in :mod:`ntm_rules.editions`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import ClassVar, Self

from attrs import evolve, field, frozen

from ntm_rules.citations import Citation
from ntm_rules.columns import ColumnRules, ColumnSet
from ntm_rules.evaluators.base import Context, Indicator
from ntm_rules.exceptions import InputProblem, OutOfRangeError, RulebookError
from ntm_rules.measurements import Measurement
from ntm_rules.messages import Message
from ntm_rules.results import (
    CriterionResult,
    IndicatorResult,
    Reason,
    Status,
    combine,
    new_criterion_result,
)
from ntm_rules.thresholds import ThresholdTable

_PASS = Status.PASS  # read once per commune and criterion: a lookup costs ~80 ns in 3.11


def years_problem(year: int, name: str, first_year: int, last_year: int) -> InputProblem | None:
    """The problem of a data ``year`` outside the years a rule set ``name`` judges, if it is.

    Examples:
        >>> str(years_problem(2026, "vn.ntm.xa.2021_2025", 2021, 2025))
        'year: 2026 is outside vn.ntm.xa.2021_2025 (2021–2025)'
        >>> years_problem(2024, "x", 2021, 2025) is None
        True
    """
    if first_year <= year <= last_year:
        return None
    return OutOfRangeError(
        "year",
        Message(
            "{year} is outside {rulebook} ({span})",
            year=year,
            rulebook=name,
            span=f"{first_year}–{last_year}",
        ),
    )


@frozen
class Group:
    """One of the groups the criteria are arranged in (I–V in the 2021–2025 set)."""

    id: str
    name_vi: str
    name_en: str


class Criterion:
    """A criterion: met when every one of its sub-indicators is met.

    Subclasses name the criterion and list its indicator classes; an instance holds the
    indicator instances (with their threshold tables), built by the edition from its data.
    A criterion whose indicators are not known yet (the 2026–2030 set until an edition file
    supplies them) has none and cannot be assessed.
    """

    id: ClassVar[str]
    name_vi: ClassVar[str]
    name_en: ClassVar[str]
    group: ClassVar[Group]
    indicator_types: ClassVar[tuple[type[Indicator], ...]]
    complete: ClassVar[bool] = True
    """Whether the edition knows all of the criterion's indicators. When it does not (the
    advanced set, of which 4 of 75 are known), a criterion whose known indicators all pass
    cannot be assessed: the unknown ones could still fail."""

    __slots__ = ("indicators",)

    def __init__(self, indicators: tuple[Indicator, ...]) -> None:
        self.indicators = indicators

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Criterion):
            return NotImplemented
        return type(self) is type(other) and self.indicators == other.indicators

    def __hash__(self) -> int:
        return hash((type(self), self.id))

    def name(self, lang: str) -> str:
        """The criterion's name in ``"vi"`` or ``"en"``."""
        return self.name_en if lang == "en" else self.name_vi

    def evaluate(self, values: Mapping[str, Measurement], context: Context) -> CriterionResult:
        """Evaluate every sub-indicator and combine the verdicts."""
        return self.result_of(tuple(i.evaluate(values.get(i.id), context) for i in self.indicators))

    def result_of(
        self, results: tuple[IndicatorResult, ...], combined: Status | None = None
    ) -> CriterionResult:
        """The criterion's verdict from its indicators' (in order; none: not assessable).

        ``combined`` is :func:`~ntm_rules.results.combine` of their statuses, when the
        caller has it already.
        """
        if not results:
            return CriterionResult(self, Status.UNKNOWN, (), Reason.NO_INDICATORS)
        status = combine([r.status for r in results]) if combined is None else combined
        if status is _PASS and not self.complete:
            return CriterionResult(self, Status.UNKNOWN, results, Reason.INDICATORS_INCOMPLETE)
        return new_criterion_result(CriterionResult, (self, status, results, None))

    def with_indicators(self, indicators: tuple[Indicator, ...]) -> Self:
        """The same criterion with other indicator instances."""
        return type(self)(indicators)


@frozen
class Rulebook:
    """One edition of a criteria set.

    Attributes:
        id: a stable identifier, e.g. ``"vn.ntm.xa.2021_2025"``.
        title_vi: the Vietnamese title.
        title_en: the English title.
        citation: the instrument that issues it.
        first_year: the first data year it judges.
        last_year: the last data year it judges.
        groups: the groups of criteria, in order.
        criteria: the criteria, in rulebook order.
        official_indicator_count: how many sub-indicators the instrument has.
        columns: what the thresholds are indexed by (regions, commune groups).
        column_rules: how a commune's column is chosen, and why.
        notes: what is known to be missing or uncertain in this encoding.
        derived_from: for a provincial or what-if table, the edition it modifies.
        derivation_citation: the instrument of that table.
        tier: ``basic``, ``advanced``, ``model`` or ``modern``.
        short_name: the name users give on the command line, e.g. ``"2021-2025"``.
    """

    id: str
    title_vi: str
    title_en: str
    citation: Citation
    first_year: int
    last_year: int
    groups: tuple[Group, ...]
    criteria: tuple[Criterion, ...]
    columns: ColumnSet
    column_rules: ColumnRules
    official_indicator_count: int | None = None
    notes: tuple[str, ...] = ()
    derived_from: str | None = None
    derivation_citation: Citation | None = None
    tier: str = "basic"
    short_name: str = ""
    _index: Mapping[str, Indicator] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        index: dict[str, Indicator] = {}
        criterion_ids: set[str] = set()
        for criterion in self.criteria:
            if criterion.id in criterion_ids:
                raise RulebookError(
                    Message(
                        "{rulebook}: criterion {criterion} appears twice",
                        rulebook=self.id,
                        criterion=criterion.id,
                    )
                )
            criterion_ids.add(criterion.id)
            for indicator in criterion.indicators:
                if indicator.id in index:
                    raise RulebookError(
                        Message(
                            "{rulebook}: indicator {indicator} appears twice",
                            rulebook=self.id,
                            indicator=indicator.id,
                        )
                    )
                index[indicator.id] = indicator
        object.__setattr__(self, "_index", index)

    def check(self) -> None:
        """Check every indicator's data; raise :class:`RulebookError` on the first problem."""
        for indicator in self.indicators():
            if not (indicator.name_vi and indicator.name_en):
                raise RulebookError(
                    Message("{indicator}: both names are required", indicator=indicator.id)
                )
            indicator.check(self.columns.codes)

    def indicators(self) -> Iterator[Indicator]:
        """Every sub-indicator, in rulebook order."""
        for criterion in self.criteria:
            yield from criterion.indicators

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        """Every sub-indicator id, in rulebook order."""
        return tuple(self._index)

    def indicator(self, indicator_id: str) -> Indicator:
        """The sub-indicator with this id."""
        return self._index[indicator_id]

    def has_indicator(self, indicator_id: str) -> bool:
        """Whether the edition has this sub-indicator."""
        return indicator_id in self._index

    def title(self, lang: str) -> str:
        """The edition's title in ``"vi"`` or ``"en"``."""
        return self.title_en if lang == "en" else self.title_vi

    def covers(self, year: int) -> bool:
        """Whether the edition judges this data year."""
        return self.first_year <= year <= self.last_year

    def as_of(self, year: int) -> date:
        """The date whose thresholds apply to a data year: its last day."""
        return date(year, 12, 31)

    def with_indicators(
        self,
        indicators: Mapping[str, Indicator],
        *,
        new_id: str | None = None,
        citation: Citation | None = None,
        column_rules: ColumnRules | None = None,
    ) -> Rulebook:
        """A derived edition with some indicators replaced (new tables, or new figures).

        With ``new_id`` the result is a derivation (a provincial or what-if table) of this
        edition; without, the same edition completed by its own data.
        """
        unknown = sorted(set(indicators) - set(self._index))
        if unknown:
            raise RulebookError(
                Message(
                    "{table}: no such indicators in {rulebook}: {unknown}",
                    table=new_id or self.id,
                    rulebook=self.id,
                    unknown=unknown,
                )
            )
        criteria = tuple(
            criterion.with_indicators(tuple(indicators.get(i.id, i) for i in criterion.indicators))
            for criterion in self.criteria
        )
        derived = evolve(self, criteria=criteria, column_rules=column_rules or self.column_rules)
        if new_id is not None:
            derived = evolve(derived, id=new_id, derived_from=self.id, derivation_citation=citation)
        derived.check()
        return derived

    def with_thresholds(
        self,
        tables: Mapping[str, ThresholdTable],
        *,
        new_id: str,
        citation: Citation,
    ) -> Rulebook:
        """A derived edition with some indicators' threshold tables replaced."""
        unknown = sorted(set(tables) - set(self._index))
        if unknown:
            raise RulebookError(
                Message(
                    "{table}: no such indicators in {rulebook}: {unknown}",
                    table=new_id,
                    rulebook=self.id,
                    unknown=unknown,
                )
            )
        replaced = {key: self._index[key].with_tables(table) for key, table in tables.items()}
        return self.with_indicators(replaced, new_id=new_id, citation=citation)


@frozen
class EditionSpec:
    """What an edition package declares: its identity, its criteria and where its figures are.

    Attributes:
        id: the stable identifier, e.g. ``"vn.ntm.xa.2021_2025"``.
        short_name: the name used on the command line, e.g. ``"2021-2025"``.
        title_vi: the Vietnamese title.
        title_en: the English title.
        citation: the instrument.
        first_year: the first data year it judges.
        last_year: the last data year it judges.
        groups: the groups of criteria.
        criteria: the criterion classes, in rulebook order.
        columns: the column dimension, or a function giving it.
        figures: the figure table (``figures.yaml``), or ``None`` when none is shipped.
        column_rules: how a commune's column is chosen (default: its own region, plus the
            rules and caveats of the figure table), or a function giving it.
        official_indicator_count: how many indicators the instrument has.
        notes: what is known to be missing or uncertain.
        tier: ``basic``, ``advanced``, ``model`` or ``modern``.
        in_force_from: the day the instrument takes effect.

    ``columns`` and ``column_rules`` given as functions are called when the edition is first
    built, not when its package is imported: the 2026–2030 groups are read from their data
    file then.
    """

    id: str
    short_name: str
    title_vi: str
    title_en: str
    citation: Citation
    first_year: int
    last_year: int
    groups: tuple[Group, ...]
    criteria: tuple[type[Criterion], ...]
    columns: ColumnSet | Callable[[], ColumnSet]
    figures: Path | None = None
    column_rules: ColumnRules | Callable[[], ColumnRules] | None = None
    official_indicator_count: int | None = None
    notes: tuple[str, ...] = ()
    tier: str = "basic"
    in_force_from: date | None = None

    def column_set(self) -> ColumnSet:
        """The column dimension (:attr:`columns`, called if it is a function)."""
        return self.columns if isinstance(self.columns, ColumnSet) else self.columns()

    def rules_for_columns(self) -> ColumnRules | None:
        """:attr:`column_rules`, called if it is a function."""
        rules = self.column_rules
        return rules if rules is None or isinstance(rules, ColumnRules) else rules()
