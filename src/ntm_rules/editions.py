"""The registry of rulebook editions shipped with the library, and which one is in force.

Each edition is a criteria package (one module per criterion and a ``figures.yaml``) that
declares an :class:`~ntm_rules.rulebook.EditionSpec`; it is built once, on first use, by
the same loader and checks as user edition files and provincial tables. The registry is the
explicit list :data:`REGISTRY`; a test checks it against the packages on disk.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from ntm_rules.citations import Citation, Verification
from ntm_rules.columns import RegionColumnRules
from ntm_rules.criteria import (
    commune_2016_2020,
    commune_2021_2025,
    commune_2021_2025_advanced,
    commune_2026_2030,
)
from ntm_rules.exceptions import InvalidInputError, OutOfRangeError
from ntm_rules.messages import Message
from ntm_rules.overrides import apply_overrides, load_overrides
from ntm_rules.rulebook import EditionSpec, Rulebook
from ntm_rules.thresholds import ThresholdTable

REGISTRY: tuple[EditionSpec, ...] = (
    commune_2016_2020.SPEC,
    commune_2021_2025.SPEC,
    commune_2021_2025_advanced.SPEC,
    commune_2026_2030.SPEC,
)
"""Every shipped edition, oldest first (one line per edition)."""

COMMUNE_2021_2025 = commune_2021_2025.SPEC.id


def build(spec: EditionSpec) -> Rulebook:
    """Build an edition from its package: classes for behaviour, the figure table for data.

    Every threshold starts as an explicit ``unknown`` and is filled from ``figures.yaml``,
    so a figure missing from the data reads "cannot assess", never a default.
    """
    missing = Citation(spec.citation.instrument, "", (), "no figure in the edition's data")
    columns = spec.column_set()
    blank = ThresholdTable.uniform(None, Verification.UNKNOWN, missing, columns.codes)
    criteria = tuple(
        criterion(
            tuple(
                indicator(blank, dict.fromkeys(indicator.parameter_names, blank))
                for indicator in criterion.indicator_types
            )
        )
        for criterion in spec.criteria
    )
    book = Rulebook(
        id=spec.id,
        title_vi=spec.title_vi,
        title_en=spec.title_en,
        citation=spec.citation,
        first_year=spec.first_year,
        last_year=spec.last_year,
        groups=spec.groups,
        criteria=criteria,
        columns=columns,
        column_rules=spec.rules_for_columns() or RegionColumnRules(columns),
        official_indicator_count=spec.official_indicator_count,
        notes=spec.notes,
        tier=spec.tier,
        short_name=spec.short_name,
    )
    if spec.figures is not None:
        book = apply_overrides(book, load_overrides(spec.figures))
    book.check()
    return book


@functools.cache
def edition(edition_id: str) -> Rulebook:
    """A shipped edition by its exact id (built once)."""
    for spec in REGISTRY:
        if spec.id == edition_id:
            return build(spec)
    raise KeyError(edition_id)


def find_edition(name: str) -> Rulebook | None:
    """A shipped edition by id or short name (``"2021-2025"``), or ``None``."""
    for spec in REGISTRY:
        if name in (spec.id, spec.short_name):
            return edition(spec.id)
    return None


def known_names() -> list[str]:
    """Every id and short name, for error messages."""
    return [name for spec in REGISTRY for name in (spec.short_name, spec.id)]


def edition_for_year(year: int, tier: str = "basic") -> Rulebook:
    """The edition in force for a data year (and tier).

    Raises:
        InvalidInputError: no shipped edition covers the year; the message lists them.
    """
    for spec in REGISTRY:
        if spec.tier == tier and spec.first_year <= year <= spec.last_year:
            return edition(spec.id)
    spans = ", ".join(
        f"{spec.short_name} ({spec.first_year}–{spec.last_year}, {spec.tier})" for spec in REGISTRY
    )
    problem = OutOfRangeError(
        "year",
        Message(
            "no {tier} edition covers {year}; editions: {spans}", tier=tier, year=year, spans=spans
        ),
    )
    raise InvalidInputError([problem], "profile")


def commune_2021_2025_edition() -> Rulebook:
    """The national commune set 2021–2025 (318/QĐ-TTg Phụ lục I, as amended by 211/QĐ-TTg).

    Examples:
        >>> book = commune_2021_2025_edition()
        >>> len(book.criteria), len(book.indicator_ids)
        (19, 56)
    """
    return edition(COMMUNE_2021_2025)


EDITIONS: Mapping[str, EditionSpec] = {spec.id: spec for spec in REGISTRY}
"""Every shipped edition's declaration, by id."""


def default_rulebook() -> Rulebook:
    """The edition used when none is named: the 2021–2025 commune set."""
    return edition(COMMUNE_2021_2025)
