"""Plans and their progress as workbooks: the PL 01 criteria table, funding and targets.

One sheet per table in xlsx; one CSV file with the tables one after the other. Money is in
million VND, as the plan annexes give it. Failing criteria and targets are marked red,
those without a verdict amber, as in the commune sheet.
"""

from __future__ import annotations

from pathlib import Path

from ntm_rules import explain, i18n
from ntm_rules.plan.model import (
    KIND_NAMES,
    SOURCE_NAMES,
    FundingKind,
    FundingSource,
    Plan,
    TargetKind,
)
from ntm_rules.plan.progress import PlanProgress
from ntm_rules.plan.words import target_value
from ntm_rules.results import Evaluation, Status
from ntm_rules.rulebook import Rulebook
from ntm_rules.workbooks.csv import write_csv
from ntm_rules.workbooks.grid import Cell, CellValue, Grid
from ntm_rules.workbooks.layout import ASSESSMENT, NOTHING, Words
from ntm_rules.workbooks.sheets import format_of
from ntm_rules.workbooks.texts import status_style
from ntm_rules.workbooks.xlsx import write_xlsx

W = Words
CRITERIA_SHEET = W("PL 01 Tiêu chí", "PL 01 Criteria")
FUNDING_SHEET = W("PL 02 Nguồn vốn", "PL 02 Funding")
TARGETS_SHEET = W("Mục tiêu", "Targets")
PROGRESS_SHEET = W("Tiến độ mục tiêu", "Target progress")
BODIES_SHEET = W("Đơn vị chủ trì", "Lead bodies")
LINES_SHEET = W("Dòng vốn", "Funding lines")
_KIND = {
    TargetKind.AT_LEAST: W("tối thiểu", "at least"),
    TargetKind.AT_MOST: W("tối đa", "at most"),
    TargetKind.REDUCE_POINTS: W("giảm điểm %/năm", "reduce by points a year"),
    TargetKind.REDUCE_RELATIVE: W("giảm %/năm so với chính nó", "reduce by a share a year"),
    TargetKind.KEEP_MET: W("giữ các tiêu chí đã đạt", "keep the criteria met"),
}
_NO_LEAD = W("— (chưa có đơn vị chủ trì)", "— (no lead body)")
_MILLION = W("triệu đồng", "million VND")


def _grid(name: Words, title: str, headings: list[Words], widths: list[float], lang: str) -> Grid:
    grid = Grid(name.in_(lang), widths=widths)
    grid.merge_row(grid.add(Cell(title, "title")), 1, len(headings))
    grid.add()
    grid.add(*(Cell(h.in_(lang), "heading") for h in headings))
    grid.freeze_row, grid.title_rows = 4, (3, 3)
    return grid


def _money(amount_vnd: float) -> float:
    return round(amount_vnd / 1e6, 3)


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _note(note: str, lang: str) -> str:
    """A progress note (English message ids, some followed by ``: ids``) in ``lang``."""
    parts = []
    for part in filter(None, note.split("; ")):
        head, colon, ids = part.partition(": ")
        if i18n.known(part) or not colon:
            parts.append(i18n.tr(lang, part) if i18n.known(part) else part)
        else:
            parts.append(f"{i18n.tr(lang, head) if i18n.known(head) else head}{colon}{ids}")
    return "; ".join(parts)


def criteria_grid(
    plan: Plan, rulebook: Rulebook, lang: str, evaluation: Evaluation | None = None
) -> Grid:
    """Annex PL 01: each criterion with its status, the plan's targets and its lead body."""
    headings = [
        W("TT", "No."),
        W("Tiêu chí", "Criterion"),
        W("Kết quả", "Status"),
        W("Mục tiêu", "Target"),
        W("Đơn vị chủ trì", "Lead body"),
    ]
    title = f"{plan.commune}, {plan.province} — {'NTM plan' if lang == 'en' else 'Kế hoạch xây dựng NTM'} {plan.year}"
    grid = _grid(CRITERIA_SHEET, title, headings, [6, 40, 26, 34, 40], lang)
    names = {d.id: d.name_en if lang == "en" else d.name_vi for d in plan.departments}
    statuses = {c.id: c.status for c in evaluation.criteria} if evaluation is not None else {}
    for criterion in rulebook.criteria:
        leads = plan.leads_of(criterion.id)
        targets = "; ".join(
            f"{t.indicator}: {target_value(t, lang)}"
            for t in plan.targets
            if t.indicator and t.indicator.split(".")[0] == criterion.id
        )
        status = statuses.get(criterion.id)
        grid.add(
            Cell(criterion.id, "text"),
            Cell(criterion.name(lang), "text"),
            Cell(NOTHING, "text")
            if status is None
            else Cell(ASSESSMENT[status].in_(lang), status_style(status)),
            Cell(targets or NOTHING, "text"),
            Cell(
                "; ".join(names[d] for d in leads) if leads else _NO_LEAD.in_(lang),
                "text" if leads else "unknown",
            ),
        )
    return grid


def funding_grid(plan: Plan, lang: str) -> Grid:
    """Annex PL 02: funding by source and kind (million VND), with the totals."""
    index = 1 if lang == "en" else 0
    headings = [
        W(f"Nguồn vốn ({_MILLION.vi})", f"Source ({_MILLION.en})"),
        *(W(*KIND_NAMES[k]) for k in FundingKind),
        W("Tổng", "Total"),
    ]
    title = f"{plan.commune} — {'Funding' if lang == 'en' else 'Nguồn vốn'} {plan.year}"
    grid = _grid(FUNDING_SHEET, title, headings, [52, 22, 18, 16], lang)
    table: dict[FundingSource, dict[FundingKind, float]] = {}
    for line in plan.funding:
        kinds = table.setdefault(line.source, {})
        kinds[line.kind] = kinds.get(line.kind, 0.0) + line.amount_vnd
    for source, kinds in table.items():
        row: list[CellValue] = [
            SOURCE_NAMES[source][index],
            *(_money(kinds.get(k, 0.0)) for k in FundingKind),
            _money(sum(kinds.values())),
        ]
        grid.add(*(Cell(v, "text") for v in row))
    by_kind = plan.funding_by_kind()
    total: list[CellValue] = [
        "Total" if lang == "en" else "Tổng",
        *(_money(by_kind.get(k, 0.0)) for k in FundingKind),
        _money(plan.funding_total_vnd),
    ]
    grid.add(*(Cell(v, "criterion") for v in total))
    return grid


def targets_grid(plan: Plan, lang: str) -> Grid:
    """The plan's targets, in its own words."""
    headings = [
        W("Mã", "Id"),
        W("Chỉ tiêu", "Indicator"),
        W("Loại", "Kind"),
        W("Mục tiêu", "Target"),
        W("Nội dung", "Text"),
        W("Cách hiểu", "Reading"),
    ]
    grid = _grid(
        TARGETS_SHEET,
        f"{plan.commune} — {TARGETS_SHEET.in_(lang)} {plan.year}",
        headings,
        [14, 10, 20, 26, 60, 40],
        lang,
    )
    for t in plan.targets:
        row: list[CellValue] = [
            t.id,
            t.indicator or NOTHING,
            _KIND[t.kind].in_(lang),
            target_value(t, lang),
            t.text_vi,
            t.note or None,
        ]
        grid.add(*(Cell(v, "text") for v in row))
    return grid


def plan_grids(
    plan: Plan, rulebook: Rulebook, lang: str = "vi", evaluation: Evaluation | None = None
) -> list[Grid]:
    """The plan's tables: criteria (PL 01), funding (PL 02), targets."""
    return [
        criteria_grid(plan, rulebook, lang, evaluation),
        funding_grid(plan, lang),
        targets_grid(plan, lang),
    ]


def progress_grids(report: PlanProgress, lang: str = "vi") -> list[Grid]:
    """A progress report's tables: criteria with their status, targets, bodies, funding lines."""
    plan = report.plan
    grids = [criteria_grid(plan, report.evaluation.rulebook, lang, report.evaluation)]
    headings = [
        W("Mục tiêu", "Target"),
        W("Kết quả", "Status"),
        W("Hiện tại", "Now"),
        W("Yêu cầu", "Required"),
        W("Còn thiếu", "Gap"),
        W("Ghi chú", "Note"),
    ]
    grid = _grid(
        PROGRESS_SHEET,
        f"{plan.commune} — {PROGRESS_SHEET.in_(lang)} {plan.year}",
        headings,
        [18, 24, 12, 12, 12, 50],
        lang,
    )
    for t in report.targets:
        gap = None if t.gap in (None, 0.0) else t.gap
        grid.add(
            Cell(t.target.id, "text"),
            Cell(ASSESSMENT[t.status].in_(lang), status_style(t.status)),
            Cell(_rounded(t.current), "text"),
            Cell(_rounded(t.required), "text"),
            Cell(_rounded(gap), "fail" if gap else "text"),
            Cell(_note(t.note, lang) or None, "text"),
        )
    grids.append(grid)
    headings = [W("Đơn vị", "Body"), W("Chủ trì", "Leads"), W("Còn thiếu", "Still short")]
    grid = _grid(
        BODIES_SHEET,
        f"{plan.commune} — {BODIES_SHEET.in_(lang)} {plan.year}",
        headings,
        [36, 40, 90],
        lang,
    )
    marks = {Status.PASS: "✓", Status.FAIL: "✗", Status.UNKNOWN: "?"}
    for d in report.departments:
        led = ", ".join(f"{ref} {marks[status]}" for ref, status in d.criteria) or NOTHING
        short = "\n".join(f"{r.id}: {explain.one_line(r, lang)}" for r in d.failing)
        grid.add(
            Cell(d.department.name_en if lang == "en" else d.department.name_vi, "text"),
            Cell(led, "text"),
            Cell(short or NOTHING, "fail" if short else "text"),
        )
    grids.append(grid)
    headings = [
        W("Dòng vốn", "Funding line"),
        W(_MILLION.vi, _MILLION.en),
        W("Tiêu chí chưa đạt được phục vụ", "Failing criteria served"),
    ]
    grid = _grid(
        LINES_SHEET,
        f"{plan.commune} — {LINES_SHEET.in_(lang)} {plan.year}",
        headings,
        [30, 16, 40],
        lang,
    )
    for line in report.funding:
        grid.add(
            Cell(line.line.id, "text"),
            Cell(_money(line.line.amount_vnd), "text"),
            Cell(", ".join(line.failing_served) or NOTHING, "text"),
        )
    grid.add()
    unfunded = W("Tiêu chí chưa đạt chưa có dòng vốn", "Failing criteria with no funding line")
    unowned = W("Tiêu chí chưa có đơn vị chủ trì", "Criteria with no lead body")
    grid.add(
        Cell(unfunded.in_(lang), "summary_label"),
        Cell(", ".join(report.unfunded_failing) or NOTHING, "summary"),
    )
    grid.add(
        Cell(unowned.in_(lang), "summary_label"),
        Cell(", ".join(report.unowned) or NOTHING, "summary"),
    )
    grids.append(grid)
    return grids


def _write(path: str | Path, grids: list[Grid], fmt: str | None, lang: str) -> None:
    if (fmt or format_of(path)) == "csv":
        write_csv(path, grids, lang)
    else:
        write_xlsx(path, grids)


def write_plan(
    path: str | Path,
    plan: Plan,
    rulebook: Rulebook,
    fmt: str | None = None,
    lang: str = "vi",
    *,
    evaluation: Evaluation | None = None,
) -> None:
    """Write a plan's tables (with each criterion's status when ``evaluation`` is given)."""
    _write(path, plan_grids(plan, rulebook, lang, evaluation), fmt, lang)


def write_progress(
    path: str | Path, report: PlanProgress, fmt: str | None = None, lang: str = "vi"
) -> None:
    """Write a progress report's tables."""
    _write(path, progress_grids(report, lang), fmt, lang)
