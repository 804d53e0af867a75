"""``classify_households``: a commune's household records in, each class and the summary out.

Examples:
    >>> result = classify_households({"area": ["rural", "rural"], "members": [4, 2],
    ...     "income_per_person_month": [1_200_000, 3_000_000]}, year=2025)
    >>> [c.value for c in result.classes()]
    ['cannot_classify', 'other']
    >>> result.classification(0).missing[:2]
    ('without_stable_work', 'dependants')
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final, Literal

import numpy as np
from attrs import frozen

from ntm_rules.batch.problems import RowProblem
from ntm_rules.households.classify import CLASSES, Classification, HouseholdClass, classify
from ntm_rules.households.facts import BY_NAME, FACT_NAMES, Kind
from ntm_rules.households.io import HouseholdTable, read_households
from ntm_rules.households.record import Household
from ntm_rules.households.standards import PovertyStandard
from ntm_rules.households.summary import Summary, summarise
from ntm_rules.households.vector import Codes, classify_columns, codes_of

VECTOR_FROM: Final = 200
"""From this many households ``engine="auto"`` takes the vector path."""
Engine = Literal["auto", "vector", "scalar"]


@frozen
class ReviewResult:
    """Every household of a review classified under one standard.

    Attributes:
        standard: the standard applied.
        table: the households as read (their facts, identifiers and problems).
        codes: every household's classification, as codes.
        engine: ``"vector"`` or ``"scalar"``.
    """

    standard: PovertyStandard
    table: HouseholdTable
    codes: Codes
    engine: str = "vector"

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        """Every problem found in the input, by row."""
        return self.table.problems

    def classes(self) -> list[HouseholdClass]:
        """Each household's class, in input order."""
        return [CLASSES[code] for code in self.codes.classes.tolist()]

    def household(self, index: int) -> Household:
        """The record of the household at position ``index``."""
        return household_at(self.table, index)

    def find(self, identifier: str) -> int | None:
        """The position of the household with ``identifier``, if there is one."""
        return self.table.position(identifier)

    def classification(self, index: int) -> Classification:
        """The full classification of one household (its facts, rules and citations)."""
        return classify(self.household(index), self.standard)

    def summary(self) -> Summary:
        """The commune's counts and rates, and what goes to indicators 10 and 11."""
        return summarise(self.table, self.codes, self.standard)

    def views(self, lang: str = "en") -> dict[str, Any]:
        """Every view as a pyarrow table: households, summary, deprivations, problems."""
        from ntm_rules.households.views import views  # noqa: PLC0415 - pyarrow tables

        return views(self, lang)

    def write(self, path: str | Path, lang: str = "en") -> list[Path]:
        """Write every view to CSV, Parquet or Excel (by the file's suffix)."""
        from ntm_rules.batch.output import write  # noqa: PLC0415

        return write(self.views(lang), Path(path), main="households")


def classify_households(
    source: object,
    *,
    year: int | None = None,
    standard: PovertyStandard | str | Path | None = None,
    area: str | None = None,
    engine: Engine = "auto",
) -> ReviewResult:
    """Classify every household of a review document or table.

    Bad cells do not stop the review: each is reported with its row and column and read as
    missing, and the household is classified if the rules do not need it.

    Args:
        source: a YAML/JSON review, a mapping with ``households``, or a table with one row
            per household (CSV, Excel, Parquet, pyarrow, pandas, polars, a mapping of columns).
        year: the data year; by default the document's or the table's ``year`` column.
        standard: a standard, its id or a standards file, instead of the year's.
        area: the area of households that do not state one.
        engine: ``"vector"`` (NumPy), ``"scalar"`` (one household at a time), or
            ``"auto"``: vector from :data:`VECTOR_FROM` households.

    Raises:
        InvalidInputError: the source cannot be read, or no standard can be chosen.
    """
    table, chosen = read_households(source, year=year, standard=standard, area=area)
    vector = engine == "vector" or (engine == "auto" and table.length >= VECTOR_FROM)
    if vector:
        codes = classify_columns(table.columns, chosen)
    else:
        results = [classify(household_at(table, i), chosen) for i in range(table.length)]
        codes = codes_of(results, chosen)
    return ReviewResult(chosen, table, codes, "vector" if vector else "scalar")


def household_at(table: HouseholdTable, index: int) -> Household:
    """The record of row ``index`` of a checked table (floats back to their kinds)."""
    values: dict[str, Any] = {}
    for name in FACT_NAMES:
        value = float(table.columns[name][index])
        if np.isnan(value):
            continue
        fact = BY_NAME[name]
        if fact.kind is Kind.COUNT:
            values[name] = int(value)
        elif fact.kind is Kind.FLAG:
            values[name] = value == 1.0
        elif fact.kind is Kind.CODE:
            values[name] = fact.vocabulary[int(value)]
        else:
            values[name] = value
    village = "" if table.villages is None else str(table.villages[index].as_py() or "")
    return Household(table.id_list()[index], village, **values)
