"""Threshold columns: what an edition's thresholds are indexed by, and how a commune gets one.

The 2016–2025 sets give one column per socio-economic region (1980/QĐ-TTg adds a general,
national level); 51/2025/QĐ-TTg gives one per commune group. Each edition owns its
:class:`ColumnSet` and its :class:`ColumnRules`, the legal rules that say which column a
commune is judged on and why. Nothing here holds a figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from attrs import field, frozen

from ntm_rules.citations import Citation
from ntm_rules.exceptions import InputProblem, UnknownIdentifierError
from ntm_rules.i18n import tr
from ntm_rules.reading import fold
from ntm_rules.regions import Category, Region

if TYPE_CHECKING:
    from ntm_rules.profile import CommuneProfile


@frozen
class Column:
    """One threshold column, e.g. the TDMNPB region or commune group 3.

    Attributes:
        code: the stable code used in data files and documents (``"TDMNPB"``, ``"3"``).
        name_vi: the Vietnamese name.
        name_en: the English name.
        label_vi: the short Vietnamese label printed in tables (``"ĐBSH"``, ``"Xã nhóm 3"``).
        label_en: the short English label (``"Group 3"``); the code when empty.
    """

    code: str
    name_vi: str
    name_en: str
    label_vi: str = ""
    label_en: str = ""

    @property
    def label(self) -> str:
        """The short Vietnamese label (the code where there is none)."""
        return self.label_vi or self.code

    def label_in(self, lang: str) -> str:
        """The short label in ``"vi"`` or ``"en"``."""
        return (self.label_en or self.code) if lang == "en" else self.label


@frozen
class ColumnSet:
    """The columns of one edition, in table order.

    Attributes:
        dimension: what the columns are (``"region"`` or ``"group"``).
        name_vi: the dimension's Vietnamese name (``"Vùng"``).
        name_en: its English name.
        columns: the columns.
    """

    dimension: str
    name_vi: str
    name_en: str
    columns: tuple[Column, ...]
    _index: dict[str, Column] = field(init=False, eq=False, repr=False)
    _by_code: dict[str, Column] = field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        by_code: dict[str, Column] = {}
        for column in self.columns:
            by_code.setdefault(column.code, column)  # the first of a code, as a scan finds it
        object.__setattr__(self, "_by_code", by_code)
        index: dict[str, Column] = {}
        for column in self.columns:
            for key in (column.code, column.name_vi, column.name_en, column.label_vi):
                if key:
                    index.setdefault(fold(key), column)
        object.__setattr__(self, "_index", index)

    @property
    def codes(self) -> tuple[str, ...]:
        """Every column code, in order."""
        return tuple(column.code for column in self.columns)

    def get(self, code: str) -> Column:
        """The column with this exact code."""
        found = self._by_code.get(code)
        if found is None:
            raise UnknownIdentifierError("column", "column", code, self.codes)
        return found

    def parse(self, text: str, field: str) -> Column:
        """A column from its code or name, case- and diacritics-insensitively."""
        found = self._index.get(fold(text))
        if found is None:
            raise UnknownIdentifierError(field, self.dimension, text, self.codes)
        return found


REGION_COLUMNS = ColumnSet(
    "region",
    "Vùng",
    "Region",
    tuple(Column(r.code, r.name_vi, r.name_en, r.label_vi) for r in Region),
)
"""The seven socio-economic regions of the 2016–2025 sets."""

GENERAL = Column("GENERAL", "Chỉ tiêu chung", "General (national) level", "Chung")
"""The national level 1980/QĐ-TTg gives beside the regional ones (listed, never chosen)."""

REGION_COLUMNS_WITH_GENERAL = ColumnSet(
    "region", "Vùng", "Region", (GENERAL, *REGION_COLUMNS.columns)
)
"""The columns of the 2016–2020 set: the general level, then the seven regions."""


@frozen
class Basis:
    """A fact that decided a commune's column (a category, or a 2026–2030 group fact)."""

    key: str
    name_vi: str
    name_en: str

    @classmethod
    def of(cls, category: Category) -> Basis:
        """The basis for a commune category."""
        return cls(category.key, category.name_vi, category.name_en)


@frozen
class ColumnRule:
    """A legal rule that sends communes of some categories to another column.

    Attributes:
        categories: the categories it names.
        column: the code of the column they use.
        in_force_from: the day it takes effect.
        citation: the instrument and provision.
    """

    categories: frozenset[Category]
    column: str
    in_force_from: date
    citation: Citation


@frozen
class Caveat:
    """A reading of an uncertain text that changed (or could change) a commune's column.

    Attributes:
        key: a stable code, carried into results and documents.
        categories: the categories it concerns.
        before: it applies to dates before this one (``None``: always).
        text_vi: the caveat in Vietnamese.
        text_en: the caveat in English.
        citation: the text whose reading is uncertain.
    """

    key: str
    categories: frozenset[Category]
    before: date | None
    text_vi: str
    text_en: str
    citation: Citation

    def text(self, lang: str) -> str:
        """The caveat in ``"vi"`` or ``"en"``."""
        return self.text_en if lang == "en" else self.text_vi


@frozen
class ColumnChoice:
    """Which column a commune is judged on, and why.

    Attributes:
        column: the column used.
        region: the commune's own region (``None`` where the edition does not use regions).
        because: the fact that switched or decided the column (``None``: the commune's own).
        rule: the legal rule applied (``None`` when none switched the column).
        caveats: readings of uncertain texts on which the choice rests.
    """

    column: Column
    region: Region | None = None
    because: Basis | None = None
    rule: ColumnRule | None = None
    caveats: tuple[Caveat, ...] = ()

    def describe(self, lang: str = "vi") -> str:
        """Say in one line which column is used and why."""
        if self.because is None:
            text = tr(
                lang, "column {label}: the commune's own region", label=self.column.label_in(lang)
            )
        else:
            who = self.because.name_en if lang == "en" else self.because.name_vi
            basis = (
                f" ({self.rule.citation.instrument} {self.rule.citation.provision})"
                if self.rule is not None
                else ""
            )
            text = f"{self.column.label_in(lang)} ← {who}{basis}"
        for caveat in self.caveats:
            text += f" [{tr(lang, 'caveat')}: {caveat.text(lang)}]"
        return text


@runtime_checkable
class ColumnRules(Protocol):
    """How an edition decides a commune's column."""

    def choose(self, profile: CommuneProfile, as_of: date) -> ColumnChoice:
        """The column for ``profile`` on ``as_of``, or an :class:`InputProblem`."""
        ...


@frozen
class RegionColumnRules:
    """Own region, unless a dated rule sends the commune's category to another column."""

    columns: ColumnSet
    rules: tuple[ColumnRule, ...] = ()
    caveats: tuple[Caveat, ...] = ()
    _own_region: dict[Region, ColumnChoice] = field(init=False, factory=dict, eq=False, repr=False)
    """The choice of a commune holding no category, by region: the same on every date."""

    def choose(self, profile: CommuneProfile, as_of: date) -> ColumnChoice:
        """Apply the rules in force on ``as_of`` to the commune's region and categories.

        Raises:
            InputProblem: the profile names no region.
        """
        region = profile.region
        if region is None:
            raise MissingRegionError("region", "this edition's thresholds are by region: give it")
        if profile.categories:
            return choose_region_column(region, profile.categories, as_of, self)
        found = self._own_region.get(region)
        if found is None:  # most communes: one (immutable) choice per region, made once
            found = self._own_region[region] = choose_region_column(region, (), as_of, self)
        return found

    def describe_rules(self) -> Iterable[ColumnRule]:
        """The rules, for listings."""
        return self.rules


class MissingRegionError(InputProblem):
    """A profile without the region an edition needs."""


def choose_region_column(
    region: Region, categories: Iterable[Category], as_of: date, rules: RegionColumnRules
) -> ColumnChoice:
    """The column of a commune of ``region`` holding ``categories`` on ``as_of``."""
    held = set(categories)
    for rule in rules.rules:
        if rule.in_force_from > as_of or region.code == rule.column:
            continue
        for category in Category:  # enum order keeps the reason deterministic
            if category in held and category in rule.categories:
                return ColumnChoice(
                    rules.columns.get(rule.column), region, Basis.of(category), rule
                )
    caveats = tuple(
        caveat
        for caveat in rules.caveats
        if caveat.categories & held
        and (caveat.before is None or as_of < caveat.before)
        and not any(region.code == rule.column for rule in rules.rules)
    )
    return ColumnChoice(rules.columns.get(region.code), region, caveats=caveats)
