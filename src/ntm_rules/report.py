"""Tables for people (the only module that imports tabulate)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tabulate import tabulate

from ntm_rules import explain
from ntm_rules.diff import CommuneChange, EditionDiff
from ntm_rules.plan.model import (
    KIND_NAMES,
    SOURCE_NAMES,
    FundingKind,
    FundingSource,
    Plan,
    Target,
    TargetKind,
)
from ntm_rules.plan.progress import PlanProgress
from ntm_rules.results import Evaluation, Reason, Status, Verdict
from ntm_rules.rulebook import Rulebook
from ntm_rules.tiers import ModelResult

_MARK = {Status.PASS: "✓", Status.FAIL: "✗", Status.UNKNOWN: "?"}
_PHRASES = {
    "Source": "Nguồn vốn",
    "Indicators (met/total)": "Chỉ tiêu (đạt/tổng)",
    "Id": "Mã",
    "Value": "Giá trị",
    "Threshold": "Ngưỡng",
    "Explanation": "Giải thích",
    "Unit": "Đơn vị",
    "Verification": "Kiểm chứng",
    "Legal basis": "Căn cứ",
    "(illustrative figures)": "(số liệu minh họa)",
    "Indicator": "Chỉ tiêu",
    "Kind": "Loại",
    "Target": "Mục tiêu",
    "Text": "Nội dung",
    "Total": "Tổng",
    "million VND": "triệu đồng",
    "— (no lead body)": "— (chưa có đơn vị chủ trì)",
    "Criterion": "Tiêu chí",
    "Status": "Kết quả",
    "Lead body": "Đơn vị chủ trì",
    "Now": "Hiện tại",
    "Required": "Yêu cầu",
    "Gap": "Còn thiếu",
    "Note": "Ghi chú",
    "Body": "Đơn vị",
    "Leads": "Chủ trì",
    "Still short": "Còn thiếu",
    "Funding line": "Dòng vốn",
    "Failing criteria served": "Tiêu chí chưa đạt được phục vụ",
}
"""Vietnamese for the English phrases of the plan and progress tables."""


def say(phrase: str, lang: str) -> str:
    """``phrase`` in ``lang`` (the English phrase is the key)."""
    return phrase if lang == "en" else _PHRASES[phrase]


def headings(lang: str, *phrases: str) -> list[str]:
    """Column headings in ``lang`` (an empty phrase stays empty)."""
    return [say(phrase, lang) if phrase else "" for phrase in phrases]


def verdict_cell(status: Status, lang: str) -> str:
    """A status with its mark, e.g. ``"✓ Đạt"``."""
    return f"{_MARK[status]} {explain.status_label(status, lang)}"


def table(rows: Iterable[Sequence[object]], headers: Sequence[str]) -> str:
    """A plain-text table in the library's house style."""
    return tabulate(list(rows), headers=list(headers), tablefmt="simple", disable_numparse=True)


def evaluation_table(evaluation: Evaluation, lang: str = "vi", *, detail: bool = False) -> str:
    """The criteria table of an evaluation, with its header and summary lines."""
    profile = evaluation.profile
    basis = ""
    if evaluation.edition_basis == "year":
        basis = " (in force for the data year)" if lang == "en" else " (theo năm số liệu)"
    lines = [
        f"{profile.commune}, {profile.province} — {profile.year} — {evaluation.rulebook.id}{basis}",
        evaluation.column.describe(lang),
    ]
    if profile.illustrative:
        lines.append(say("(illustrative figures)", lang))
    rows = []
    for criterion in evaluation.criteria:
        met = sum(1 for i in criterion.indicators if i.status is Status.PASS)
        rows.append(
            [
                criterion.id,
                criterion.criterion.name(lang),
                verdict_cell(criterion.status, lang),
                f"{met}/{len(criterion.indicators)}",
            ]
        )
    lines.append(table(rows, headings(lang, "Id", "Criterion", "Status", "Indicators (met/total)")))
    if detail:
        lines.append("")
        lines.append(indicator_table(evaluation, lang))
    lines.append("")
    lines.append(_summary(evaluation, lang))
    return "\n".join(lines)


def indicator_table(evaluation: Evaluation, lang: str = "vi") -> str:
    """One row per indicator: value, threshold, verdict and explanation."""
    rows = [
        [
            result.id,
            _short(result.indicator.name(lang)),
            _short(explain.shown_value(result, lang), 30),
            explain.shown_threshold(result, lang),
            _MARK[result.status],
            explain.one_line(result, lang),
        ]
        for result in evaluation.indicators
    ]
    headers = headings(lang, "Id", "Indicator", "Value", "Threshold", "", "Explanation")
    return table(rows, headers)


def _summary(evaluation: Evaluation, lang: str) -> str:
    met, total = evaluation.criteria_met, evaluation.criteria_total
    en = lang == "en"
    lines = [
        f"{'Criteria met' if en else 'Số tiêu chí đạt'}: {met}/{total}; "
        + _VERDICTS["en" if en else "vi"][evaluation.verdict]
    ]
    failing = ", ".join(i.id for i in evaluation.failing)
    if failing:
        lines.append(f"{'Indicators not met' if en else 'Chỉ tiêu không đạt'}: {failing}")
    by_reason: dict[Reason, list[str]] = {}
    for criterion in evaluation.open_criteria:
        if criterion.reason is not None:
            by_reason.setdefault(criterion.reason, []).append(criterion.id)
    for result in evaluation.blockers:
        by_reason.setdefault(result.reason, []).append(result.id)
    if by_reason:
        heading = (
            ("Blocking a conclusion" if en else "Chưa đủ căn cứ kết luận")
            if evaluation.verdict is Verdict.CANNOT_CONCLUDE
            else ("Also not assessable" if en else "Chưa đánh giá được")
        )
        parts = [
            f"{explain.reason_label(reason, lang)}: {', '.join(ids)}"
            for reason, ids in by_reason.items()
        ]
        lines.append(f"{heading}: " + "; ".join(parts))
    unverified = ", ".join(evaluation.resting_on_unverified) or "—"
    lines.append(
        f"{'Verdicts resting on unverified thresholds' if en else 'Kết luận dựa trên ngưỡng chưa kiểm chứng'}: {unverified}"
    )
    return "\n".join(lines)


_VERDICTS = {
    "vi": {
        Verdict.MET: "xã đạt chuẩn nông thôn mới.",
        Verdict.NOT_MET: "xã chưa đạt chuẩn nông thôn mới.",
        Verdict.CANNOT_CONCLUDE: "chưa đủ căn cứ kết luận xã đạt chuẩn nông thôn mới.",
    },
    "en": {
        Verdict.MET: "the commune meets the NTM standard.",
        Verdict.NOT_MET: "the commune does not meet the NTM standard.",
        Verdict.CANNOT_CONCLUDE: "cannot conclude whether the commune meets the NTM standard.",
    },
}


def rulebook_table(
    rulebook: Rulebook, lang: str = "vi", *, column: str | None = None, year: int | None = None
) -> str:
    """Every indicator with unit, direction and the threshold of each column (or of one)."""
    as_of = rulebook.as_of(year if year is not None else rulebook.last_year)
    codes = [column] if column is not None else list(rulebook.columns.codes)
    rows = []
    for indicator in rulebook.indicators():
        cells = []
        for code in codes:
            value = indicator.thresholds.at(code, as_of)
            cells.append(_cell(value.value, value.verification.value))
        unit = indicator.unit.symbol_en if lang == "en" else indicator.unit.symbol_vi
        rows.append(
            [indicator.id, _short(indicator.name(lang)), unit, indicator.direction.symbol, *cells]
        )
    headers = [*headings(lang, "Id", "Indicator", "Unit", ""), *codes]
    legend = (
        "plain = verified, ~ = unverified, ? = unknown"
        if lang == "en"
        else "thường = đã kiểm chứng, ~ = chưa kiểm chứng, ? = chưa biết"
    )
    title = rulebook.title_en if lang == "en" else rulebook.title_vi
    encoded = len(rulebook.indicator_ids)
    official = rulebook.official_indicator_count or encoded
    count = (
        f"{encoded} of {official} indicators encoded"
        if lang == "en"
        else f"{encoded}/{official} chỉ tiêu đã mã hóa"
    )
    return "\n".join([f"{title} ({rulebook.id}); {count}", legend, table(rows, headers)])


def _cell(value: float | bool | None, verification: str) -> str:
    if value is None:
        return "?"
    text = "Đạt" if value is True else explain.number(float(value))
    return f"~{text}" if verification == "unverified" else text


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def million(amount_vnd: float) -> str:
    """An amount in VND shown in million VND."""
    return f"{amount_vnd / 1e6:,.0f}" if amount_vnd % 1e6 == 0 else f"{amount_vnd / 1e6:,.3f}"


def plan_tables(plan: Plan, rulebook: Rulebook, lang: str = "vi") -> str:
    """Targets, funding by source and kind, and ownership (annexes PL 01–03 style)."""
    en = lang == "en"
    blocks = [
        f"{plan.commune}, {plan.province} — {'NTM plan' if en else 'Kế hoạch NTM'} {plan.year}",
        "",
        target_table(plan, lang),
        "",
        funding_table(plan, lang),
        "",
        ownership_table(plan, rulebook, lang),
    ]
    return "\n".join(blocks)


def target_table(plan: Plan, lang: str = "vi") -> str:
    """The plan's targets."""
    rows = [
        [t.id, t.indicator or "—", t.kind.value, _target_value(t), _short(t.text_vi, 70)]
        for t in plan.targets
    ]
    return table(rows, headings(lang, "Id", "Indicator", "Kind", "Target", "Text"))


def _target_value(target: Target) -> str:
    if target.value is None:
        return "—"
    if target.kind in (TargetKind.REDUCE_POINTS, TargetKind.REDUCE_RELATIVE):
        points = " pts" if target.kind is TargetKind.REDUCE_POINTS else ""
        return f"−{explain.number(target.value)} {target.unit}{points}/year"
    return f"{explain.number(target.value)} {target.unit}".strip()


def funding_table(plan: Plan, lang: str = "vi") -> str:
    """Funding by source and kind, in million VND, with the total."""
    en = lang == "en"
    index = 1 if en else 0
    grid: dict[FundingSource, dict[FundingKind, float]] = {}
    for line in plan.funding:
        grid.setdefault(line.source, {}).setdefault(line.kind, 0.0)
        grid[line.source][line.kind] += line.amount_vnd
    rows = [
        [
            SOURCE_NAMES[source][index],
            *(million(kinds.get(kind, 0.0)) for kind in FundingKind),
            million(sum(kinds.values())),
        ]
        for source, kinds in grid.items()
    ]
    by_kind = plan.funding_by_kind()
    rows.append(
        [
            say("Total", lang),
            *(million(by_kind.get(kind, 0.0)) for kind in FundingKind),
            million(plan.funding_total_vnd),
        ]
    )
    unit = say("million VND", lang)
    headers = [
        f"{say('Source', lang)} ({unit})",
        *(KIND_NAMES[k][index] for k in FundingKind),
        say("Total", lang),
    ]
    return table(rows, headers)


def ownership_table(
    plan: Plan, rulebook: Rulebook, lang: str = "vi", evaluation: Evaluation | None = None
) -> str:
    """The criteria table of annex PL 01: status, the plan's targets and the lead body."""
    en = lang == "en"
    names = {d.id: d.name_en if en else d.name_vi for d in plan.departments}
    statuses = {c.id: c.status for c in evaluation.criteria} if evaluation else {}
    rows = []
    for criterion in rulebook.criteria:
        leads = plan.leads_of(criterion.id)
        if not leads:
            lead_text = say("— (no lead body)", lang)
        else:
            lead_text = "; ".join(names[d] for d in leads)
        targets = ", ".join(
            f"{t.indicator}: {_target_value(t)}"
            for t in plan.targets
            if t.indicator and t.indicator.split(".")[0] == criterion.id
        )
        status = statuses.get(criterion.id)
        shown = "—" if status is None else verdict_cell(status, lang)
        rows.append([criterion.id, criterion.name(lang), shown, targets or "—", lead_text])
    return table(rows, headings(lang, "Id", "Criterion", "Status", "Target", "Lead body"))


def progress_tables(report: PlanProgress, lang: str = "vi") -> str:
    """Targets against the evaluation, then each department's criteria and shortfalls."""
    en = lang == "en"
    target_rows = [
        [
            t.target.id,
            verdict_cell(t.status, lang),
            "—" if t.current is None else explain.number(t.current),
            "—" if t.required is None else explain.number(t.required),
            "" if t.gap in (None, 0.0) else explain.number(t.gap or 0.0),
            t.note,
        ]
        for t in report.targets
    ]
    target_headers = headings(lang, "Target", "Status", "Now", "Required", "Gap", "Note")
    department_rows = [
        [
            d.department.name_en if en else d.department.name_vi,
            ", ".join(f"{ref} {_MARK[status]}" for ref, status in d.criteria) or "—",
            "\n".join(d.short) or "—",
        ]
        for d in report.departments
    ]
    department_headers = headings(lang, "Body", "Leads", "Still short")
    funding_rows = [
        [line.line.id, million(line.line.amount_vnd), ", ".join(line.failing_served) or "—"]
        for line in report.funding
    ]
    funding_headers = headings(lang, "Funding line", "million VND", "Failing criteria served")
    footer = (
        f"Failing criteria with no funding line: {', '.join(report.unfunded_failing) or '—'}\n"
        f"Criteria with no lead body: {', '.join(report.unowned) or '—'}"
        if en
        else f"Tiêu chí chưa đạt chưa có dòng vốn: {', '.join(report.unfunded_failing) or '—'}\n"
        f"Tiêu chí chưa có đơn vị chủ trì: {', '.join(report.unowned) or '—'}"
    )
    return "\n\n".join(
        [
            ownership_table(report.plan, report.evaluation.rulebook, lang, report.evaluation),
            table(target_rows, target_headers),
            table(department_rows, department_headers),
            table(funding_rows, funding_headers),
            footer,
        ]
    )


def rulebook_markdown(rulebook: Rulebook, year: int | None = None) -> str:
    """The rulebook as a Markdown page (``docs/criteria.md`` is generated from it)."""
    as_of = rulebook.as_of(year if year is not None else rulebook.last_year)
    rows = []
    for criterion in rulebook.criteria:
        for indicator in criterion.indicators:
            cells = []
            for code in rulebook.columns.codes:
                value = indicator.thresholds.at(code, as_of)
                cells.append(_cell(value.value, value.verification.value))
            rows.append(
                [
                    indicator.id,
                    indicator.name_en,
                    indicator.direction.symbol,
                    indicator.unit.symbol_en,
                    *cells,
                ]
            )
    headers = ["Id", "Indicator", "", "Unit", *rulebook.columns.codes]
    body = tabulate(rows, headers=headers, tablefmt="github", disable_numparse=True)
    return "\n".join(
        [
            f"# {rulebook.title_en}",
            "",
            f"`{rulebook.id}` — {rulebook.citation}. Thresholds in force at the end of "
            f"{as_of.year}; plain = verified, `~` = unverified, `?` = unknown. Generated by "
            "`ntm_rules.report.rulebook_markdown`; `tests/test_docs.py` keeps it in step.",
            "",
            body,
            "",
            *(f"- {note}" for note in rulebook.notes),
            "",
        ]
    )


_CHANGE_VI = {
    "changed": "thay đổi",
    "unchanged": "giữ nguyên",
    "appears": "mới",
    "disappears": "bỏ",
    "no_known_counterpart": "chưa rõ chỉ tiêu tương ứng",
}


def diff_table(diff: EditionDiff, lang: str = "vi", rows: tuple[CommuneChange, ...] = ()) -> str:
    """What changes between two editions (and, with ``rows``, for one commune)."""
    en = lang == "en"
    by_old = {row.change.old_id: row for row in rows}
    lines = [f"{diff.old.id} → {diff.new.id}"]
    if diff.criteria:
        criteria = [
            [c.new_id or "—", ", ".join(c.old_ids) or "—", c.confidence] for c in diff.criteria
        ]
        heads = ["New", "From", "Confidence"] if en else ["Tiêu chí mới", "Từ", "Độ tin cậy"]
        lines += ["", table(criteria, heads)]
    body = []
    for change in diff.indicators:
        status = change.status.replace("_", " ") if en else _CHANGE_VI[change.status]
        changed = "; ".join(
            f"{t.column}: {_cell(t.old.value, t.old.verification.value)} → "
            f"{_cell(t.new.value, t.new.verification.value)}"
            for t in change.thresholds
            if t.changed
        )
        row = [change.old_id or "—", change.new_id or "—", status, _short(changed, 50)]
        commune = by_old.get(change.old_id)
        if rows:
            row.append(_commune_cell(commune, lang))
        body.append(row)
    heads = ["Old", "New", "Change", "Thresholds"] if en else ["Cũ", "Mới", "Thay đổi", "Ngưỡng"]
    if rows:
        heads.append("Commune" if en else "Xã")
    lines += ["", table(body, heads)]
    return "\n".join(lines)


def _commune_cell(row: CommuneChange | None, lang: str) -> str:
    if row is None:
        return ""
    marks = [_MARK[r.status] if r is not None else "—" for r in (row.old, row.new)]
    return f"{marks[0]} → {marks[1]}"


def model_table(result: ModelResult, lang: str = "vi") -> str:
    """The model-commune verdict: the four conditions of 319/QĐ-TTg and the outcome."""
    en = lang == "en"
    rows = []
    for condition in result.conditions:
        figure = condition.figure
        shown = (
            "?" if figure is None or figure.value is None else explain.number(float(figure.value))
        )
        measured = condition.measured
        have = (
            ""
            if measured is None
            else (
                explain.status_label(Status.PASS if measured else Status.FAIL, lang).lower()
                if isinstance(measured, bool)
                else explain.number(float(measured))
            )
        )
        rows.append(
            [
                condition.number,
                condition.name(lang),
                verdict_cell(condition.status, lang),
                have,
                "" if condition.key == "advanced" else shown,
            ]
        )
    heads = (
        ["#", "Condition", "Status", "Commune", "Required"]
        if en
        else ["#", "Điều kiện", "Kết quả", "Xã", "Yêu cầu"]
    )
    verdict = (
        _VERDICTS["en" if en else "vi"][result.verdict]
        .replace("NTM standard", "model-commune standard")
        .replace("chuẩn nông thôn mới", "chuẩn nông thôn mới kiểu mẫu")
    )
    title = result.rules.title_en if en else result.rules.title_vi
    return "\n".join(
        [
            f"{result.profile.commune} — {result.profile.year} — {title}",
            table(rows, heads),
            "",
            verdict,
        ]
    )
