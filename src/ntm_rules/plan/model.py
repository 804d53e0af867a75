"""The commune plan: targets, funding lines, departments and content areas (frozen values)."""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Iterable
from typing import TypeVar

from attrs import frozen

from ntm_rules.citations import Citation

PLAN_SCHEMA = "ntm_rules.plan/1"
K = TypeVar("K")


class TargetKind(enum.Enum):
    """What a target asks for."""

    AT_LEAST = "at_least"
    """Reach at least a level (e.g. income ≥ 34 million VND/person/year)."""
    AT_MOST = "at_most"
    """Stay at or below a level."""
    REDUCE_POINTS = "reduce_percentage_points_per_year"
    """Lower a rate by so many percentage points a year (4 %/year read as 4 points)."""
    REDUCE_RELATIVE = "reduce_relative_per_year"
    """Lower a rate by so many percent of itself a year (4 %/year read as ×0.96)."""
    KEEP_MET = "keep_met_criteria"
    """Keep every criterion already met."""


class FundingSource(enum.Enum):
    """Where money comes from (QĐ 263/QĐ-TTg; Decree 27/2022/NĐ-CP)."""

    CENTRAL_BUDGET = "central_budget"
    LOCAL_BUDGET = "local_budget"
    INTEGRATED_POVERTY = "integrated_poverty_reduction"
    INTEGRATED_ETHNIC_MINORITY = "integrated_ethnic_minority"
    CREDIT = "credit"
    ENTERPRISES = "enterprises"
    COMMUNITY = "community"

    @property
    def integrated(self) -> bool:
        """Funds of another national target programme (QĐ 90 or QĐ 1719)."""
        return self in (FundingSource.INTEGRATED_POVERTY, FundingSource.INTEGRATED_ETHNIC_MINORITY)


SOURCE_NAMES = {
    FundingSource.CENTRAL_BUDGET: ("Ngân sách Trung ương", "Central budget"),
    FundingSource.LOCAL_BUDGET: (
        "Ngân sách địa phương (tỉnh, xã)",
        "Local budget (province, commune)",
    ),
    FundingSource.INTEGRATED_POVERTY: (
        "Lồng ghép CTMTQG giảm nghèo bền vững (QĐ 90/QĐ-TTg)",
        "Integrated: sustainable poverty reduction (QĐ 90/QĐ-TTg)",
    ),
    FundingSource.INTEGRATED_ETHNIC_MINORITY: (
        "Lồng ghép CTMTQG vùng đồng bào DTTS và miền núi (QĐ 1719/QĐ-TTg)",
        "Integrated: ethnic-minority and mountain areas (QĐ 1719/QĐ-TTg)",
    ),
    FundingSource.CREDIT: ("Vốn tín dụng", "Credit"),
    FundingSource.ENTERPRISES: ("Doanh nghiệp", "Enterprises"),
    FundingSource.COMMUNITY: ("Cộng đồng, người dân đóng góp", "Community contributions"),
}


class FundingKind(enum.Enum):
    """Development investment (vốn đầu tư phát triển) or recurrent (vốn sự nghiệp)."""

    DEVELOPMENT_INVESTMENT = "development_investment"
    RECURRENT = "recurrent"


KIND_NAMES = {
    FundingKind.DEVELOPMENT_INVESTMENT: ("Vốn đầu tư phát triển", "Development investment"),
    FundingKind.RECURRENT: ("Vốn sự nghiệp", "Recurrent"),
}


@frozen
class Target:
    """One target of the plan, tied to a rulebook indicator where one exists.

    Attributes:
        id: a short stable id.
        text_vi: the plan's own words.
        kind: what is asked.
        year: the year the target is for.
        indicator: the rulebook indicator (``None`` for a free metric).
        value: the level or the yearly reduction, in ``unit``.
        unit: the unit of ``value`` (checked against the indicator's unit).
        baseline: the starting rate for reduction targets (``None`` when the plan gives none).
        baseline_met: for "keep met criteria": the criteria met before the plan.
        note: the interpretation chosen, where the text is ambiguous.
    """

    id: str
    text_vi: str
    kind: TargetKind
    year: int
    indicator: str | None = None
    value: float | None = None
    unit: str = ""
    baseline: float | None = None
    baseline_met: tuple[str, ...] = ()
    note: str = ""


@frozen
class FundingLine:
    """One line of money: amount in VND, source, kind, purpose and the criteria it serves."""

    id: str
    amount_vnd: float
    source: FundingSource
    kind: FundingKind
    purpose: str = ""
    criteria: tuple[str, ...] = ()
    counts_as_counterpart: bool = False


@frozen
class DeclaredTotal:
    """A total the plan states, to check against its lines (``None`` filters match all)."""

    id: str
    amount_vnd: float
    source: FundingSource | None = None
    kind: FundingKind | None = None


@frozen
class Department:
    """A body of the commune with its duties and the criteria or indicators it leads."""

    id: str
    name_vi: str
    name_en: str
    duties: tuple[str, ...] = ()
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()
    mapping_notes: tuple[str, ...] = ()


@frozen
class ContentArea:
    """A content area of the plan's section II, with its tasks and criteria."""

    id: str
    title_vi: str
    title_en: str
    tasks: tuple[str, ...] = ()
    criteria: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()


@frozen
class Plan:
    """A commune's yearly NTM plan."""

    commune: str
    province: str
    year: int
    rulebook: str
    legal_bases: tuple[Citation, ...] = ()
    general_objective: str = ""
    specific_objectives: tuple[str, ...] = ()
    areas: tuple[ContentArea, ...] = ()
    targets: tuple[Target, ...] = ()
    funding: tuple[FundingLine, ...] = ()
    declared_totals: tuple[DeclaredTotal, ...] = ()
    departments: tuple[Department, ...] = ()
    note: str = ""
    schema: str = PLAN_SCHEMA

    @property
    def funding_total_vnd(self) -> float:
        """The sum of every funding line."""
        return sum((line.amount_vnd for line in self.funding), 0.0)

    def funding_by_source(self) -> dict[FundingSource, float]:
        """Totals by source."""
        return _totals((line.source, line.amount_vnd) for line in self.funding)

    def funding_by_kind(self) -> dict[FundingKind, float]:
        """Totals by kind (development investment / recurrent)."""
        return _totals((line.kind, line.amount_vnd) for line in self.funding)

    def funding_by_criterion(self) -> dict[str, float]:
        """Totals by linked criterion or indicator (a line serving several counts for each)."""
        return _totals((c, line.amount_vnd) for line in self.funding for c in line.criteria)

    @property
    def local_counterpart_vnd(self) -> float:
        """Local-budget money counted as counterpart; integrated funds never count."""
        return sum(
            (
                line.amount_vnd
                for line in self.funding
                if line.counts_as_counterpart and not line.source.integrated
            ),
            0.0,
        )

    def unowned(self, criterion_ids: Iterable[str]) -> tuple[str, ...]:
        """The criteria no department leads."""
        return tuple(c for c in criterion_ids if not self.leads_of(c))

    def shared(self, criterion_ids: Iterable[str]) -> tuple[str, ...]:
        """The criteria led by more than one department."""
        return tuple(c for c in criterion_ids if len(self.leads_of(c)) > 1)

    def leads_of(self, criterion_id: str) -> tuple[str, ...]:
        """Departments that lead a criterion, directly or through one of its indicators."""
        return tuple(
            d.id
            for d in self.departments
            if any(lead == criterion_id or lead.split(".")[0] == criterion_id for lead in d.leads)
        )


def _totals(pairs: Iterable[tuple[K, float]]) -> dict[K, float]:
    totals: dict[K, float] = defaultdict(float)
    for key, amount in pairs:
        totals[key] += amount
    return dict(totals)
