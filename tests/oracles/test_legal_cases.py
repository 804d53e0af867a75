"""Independent oracle: verdicts written by hand from the legal reference, not from the code.

The expected verdicts come from ``cases_2021_2025.yaml`` (beside this file), a table copied
by hand from ``shared/reference/criteria-2021-2025-commune.*`` and ``...-pass3.*``. Nothing
here reads a figure, a direction or a verification status from ``src/ntm_rules/criteria``:
if the encoded law is wrong, these tests fail. The table is self-contained, so these tests
do not need ``shared/reference`` to run.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import pytest
import yaml

import ntm_rules

CASES_FILE = Path(__file__).with_name("cases_2021_2025.yaml")

REGIONS = ("TDMNPB", "DBSH", "BTB", "DHNTB", "TN", "DNB", "DBSCL")
CATEGORIES = frozenset(
    {
        "especially_difficult",
        "safety_zone",
        "ethnic_minority_zone_ii",
        "ethnic_minority_zone_iii",
        "coastal_or_island",
    }
)
VERDICTS = frozenset({"pass", "fail", "unknown"})
VERIFICATIONS = frozenset({"verified", "unverified"})
YEARS = range(2022, 2026)
Verdict = Literal["pass", "fail", "unknown"]
_ID_SIGNS = str.maketrans({"≥": ">=", "≤": "<=", "→": "->", "Đ": "D", "đ": "d", "²": "2"})
UNIT_MAXIMUM: Mapping[str, float | None] = {
    "percent": 100.0,
    "houses": None,
    "million VND/person/year": None,
    "m²/person": None,
}
ACHIEVED_OUTCOMES: tuple[tuple[bool, Verdict], ...] = ((True, "pass"), (False, "fail"))
SOURCE_ID = re.compile(r"\b([SUP]\d+)\b")
"""Source keys of the reference: S…, U… (main file) and P… (third pass)."""


@dataclass(frozen=True)
class LegalCase:
    """One expected verdict: a commune, one value, and what the law says of it.

    ``because`` is checked only when ``check_because`` is set (``None`` then means "the
    commune's own column, not switched by any category").
    """

    name: str
    id: str
    region: str
    year: int
    value: Any
    expect: Verdict
    source: str
    categories: tuple[str, ...] = ()
    column: str | None = None
    because: str | None = None
    check_because: bool = False
    verification: str | None = None
    reason: str | None = None
    threshold: float | None = None
    count_needed: int | None = None
    verified_only: bool = False

    def __str__(self) -> str:
        """An ASCII test id (pytest escapes other characters), e.g. ``15.3 DBSH 2025 <=16.5``."""
        text = self.name.translate(_ID_SIGNS)
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


@cache
def _table() -> dict[str, Any]:
    data = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict), CASES_FILE
    return data


def _rows(block: str) -> list[dict[str, Any]]:
    rows = _table()[block]
    assert isinstance(rows, list), block
    return rows


def _shift(figure: float, by: float) -> float:
    return round(figure + by, 6)


def _show(number: float) -> str:
    return f"{number:g}"


def cell_cases() -> Iterator[LegalCase]:
    """Three points per known numeric cell (bound, good side, bad side); one per unknown."""
    for row in _rows("threshold_cells"):
        direction: str = row["direction"]
        at_least = direction == ">="
        step = float(row["step"])
        maximum = UNIT_MAXIMUM[row["unit"]]
        sign = "≥" if at_least else "≤"
        for year in row["years"]:
            for region in REGIONS:
                figure = row["figures"][region]
                where = f"{row['id']} {region} {year}"
                common: dict[str, Any] = {
                    "id": row["id"],
                    "region": region,
                    "year": year,
                    "source": row["source"],
                    "column": region,
                    "because": None,
                    "check_because": True,
                }
                if figure is None:
                    best = (maximum if maximum is not None else 1000.0) if at_least else 0.0
                    yield LegalCase(
                        name=f"{where} unknown cell, best value {_show(best)} → unknown",
                        value=best,
                        expect="unknown",
                        reason="unknown_threshold",
                        **common,
                    )
                    continue
                bound = float(figure)
                good = _shift(bound, step if at_least else -step)
                bad = _shift(bound, -step if at_least else step)
                points: list[tuple[float, Verdict]] = [(bound, "pass")]
                if (maximum is None or good <= maximum) and good >= 0:
                    points.append((good, "pass"))
                if (maximum is None or bad <= maximum) and bad >= 0:
                    points.append((bad, "fail"))
                for value, verdict in points:
                    yield LegalCase(
                        name=f"{where} {sign}{_show(bound)}: {_show(value)} → {verdict}",
                        value=value,
                        expect=verdict,
                        verification=row["verification"],
                        threshold=bound,
                        **common,
                    )


def achieved_cases() -> Iterator[LegalCase]:
    """Every "Đạt" cell: true passes, false fails, in every region."""
    for row in _rows("achieved_cells"):
        for year in row["years"]:
            for region in REGIONS:
                for value, verdict in ACHIEVED_OUTCOMES:
                    yield LegalCase(
                        name=f"{row['id']} {region} {year} Đạt: {str(value).lower()} → {verdict}",
                        id=row["id"],
                        region=region,
                        year=year,
                        value=value,
                        expect=verdict,
                        source=row["source"],
                        column=region,
                        because=None,
                        check_because=True,
                        verification=row["verification"],
                    )


def single_cases() -> Iterator[LegalCase]:
    """The hand-picked cases, as written."""
    for row in _rows("cases"):
        threshold = row.get("threshold")
        yield LegalCase(
            name=row["name"],
            id=row["id"],
            region=row["region"],
            year=row["year"],
            value=row["value"],
            expect=row["expect"],
            source=row["source"],
            categories=tuple(row.get("categories", ())),
            column=row.get("column"),
            because=row.get("because"),
            check_because="because" in row,
            verification=row.get("verification"),
            reason=row.get("reason"),
            threshold=None if threshold is None else float(threshold),
            count_needed=row.get("count_needed"),
            verified_only=bool(row.get("verified_only", False)),
        )


def all_cases() -> list[LegalCase]:
    """Every case of the table."""
    return [*cell_cases(), *achieved_cases(), *single_cases()]


def _number(value: object) -> float | None:
    """A threshold figure as a float; ``None`` for anything that is not a plain number."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def judge(case: LegalCase) -> ntm_rules.IndicatorResult:
    """Evaluate the case's commune with the shipped rulebook and return the one result."""
    values = {} if case.value is None else {case.id: case.value}
    profile = ntm_rules.load_profile(
        {
            "commune": "Oracle",
            "province": "Oracle",
            "region": case.region,
            "year": case.year,
            "categories": list(case.categories),
            "values": values,
        }
    )
    return ntm_rules.evaluate(profile, verified_only=case.verified_only).indicator(case.id)


@pytest.mark.parametrize("case", all_cases(), ids=str)
def test_legal_case(case: LegalCase) -> None:
    """The library's verdict, column and verification agree with the hand-written law."""
    result = judge(case)
    seen = (
        f"{case.name}: got {result.status.value} on {result.column.column.code}"
        f" (threshold {None if result.threshold is None else result.threshold.value},"
        f" {result.verification.value}, reason {result.reason.value}); source: {case.source}"
    )
    assert result.status.value == case.expect, seen
    if case.column is not None:
        assert result.column.column.code == case.column, seen
    if case.check_because:
        because = result.column.because
        assert (None if because is None else because.key) == case.because, seen
    if case.verification is not None:
        assert result.verification.value == case.verification, seen
        if case.expect != "unknown":
            assert result.rests_on_unverified is (case.verification == "unverified"), seen
    if case.reason is not None:
        assert result.reason.value == case.reason, seen
    if case.reason == "unknown_threshold":  # the cell itself is unknown: nothing to flag
        assert result.verification.value == "unknown", seen
        assert result.rests_on_unverified is False, seen
    if case.threshold is not None:
        assert result.threshold is not None, seen
        assert _number(result.threshold.value) == case.threshold, seen
    if case.count_needed is not None:
        assert result.count_needed == case.count_needed, seen


# --- The table itself ------------------------------------------------------------------


def test_cases_are_well_formed() -> None:
    """Every case names a known region, categories, year, verdict and a source."""
    for case in all_cases():
        assert case.region in REGIONS, case.name
        assert set(case.categories) <= CATEGORIES, case.name
        assert case.year in YEARS, case.name
        assert case.expect in VERDICTS, case.name
        assert case.source.strip(), case.name
        assert case.column is None or case.column in REGIONS, case.name
        assert case.because is None or case.because in case.categories, case.name
        assert case.verification is None or case.verification in VERIFICATIONS, case.name
        if case.expect == "unknown":
            assert case.verification is None, f"{case.name}: an unknown verdict rests on nothing"
    names = Counter(case.name for case in all_cases())
    assert [name for name, n in names.items() if n > 1] == []


def test_threshold_rows_state_every_region() -> None:
    """Each numeric row gives a direction and all 7 region figures; known figures carry a status."""
    for row in _rows("threshold_cells"):
        assert row["direction"] in {">=", "<="}, row["id"]
        assert row["unit"] in UNIT_MAXIMUM, row["id"]
        assert set(row["figures"]) == set(REGIONS), row["id"]
        assert set(row["years"]) <= set(YEARS), row["id"]
        known = [f for f in row["figures"].values() if f is not None]
        assert bool(known) == ("verification" in row), row["id"]


def test_source_ids_are_listed() -> None:
    """Every source key a case cites is listed, with its URL, in the table's ``sources``."""
    listed = _table()["sources"]
    rows = [*_rows("threshold_cells"), *_rows("achieved_cells"), *_rows("rule_cells")]
    cited = {key for row in [*rows, *_rows("cases")] for key in SOURCE_ID.findall(row["source"])}
    assert cited - set(listed) == set()
    assert all(str(url).startswith("http") for url in listed.values())


def test_table_covers_every_indicator_once_per_2022_cell() -> None:
    """The 2022 column of the table has 56 indicators and 65/228/99 cells, as the reference says.

    README of the reference: 56 indicators × 7 regions = 392 cells, 65 verified,
    228 unverified, 99 unknown. The ids must match the shipped rulebook's, so that no
    indicator escapes the oracle.
    """
    counts: Counter[str] = Counter()
    ids: list[str] = []
    for row in _rows("threshold_cells"):
        if 2022 not in row["years"]:
            continue
        ids.append(row["id"])
        for figure in row["figures"].values():
            counts["unknown" if figure is None else row["verification"]] += 1
    for row in [*_rows("achieved_cells"), *_rows("rule_cells")]:
        ids.append(row["id"])
        counts[row["verification"]] += len(REGIONS)
    assert len(ids) == len(set(ids)) == 56
    assert counts == Counter(verified=65, unverified=228, unknown=99)
    assert set(ids) == set(ntm_rules.default_rulebook().indicator_ids)
