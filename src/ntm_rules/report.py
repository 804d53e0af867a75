"""Tables for people (the only module that imports tabulate)."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from contextvars import ContextVar
from typing import TYPE_CHECKING

from tabulate import tabulate

from ntm_rules import explain, i18n
from ntm_rules.i18n import tr
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
from ntm_rules.results import Evaluation, Reason, Status, Verdict
from ntm_rules.rulebook import Rulebook
from ntm_rules.tiers import ModelResult

if TYPE_CHECKING:
    from ntm_rules.diff import CommuneChange, EditionDiff

_MARK = {Status.PASS: "✓", Status.FAIL: "✗", Status.UNKNOWN: "?"}


def say(phrase: str, lang: str) -> str:
    """``phrase`` (an English message id) in ``lang``."""
    return tr(lang, phrase)


def headings(lang: str, *phrases: str) -> list[str]:
    """Column headings in ``lang`` (an empty phrase stays empty)."""
    return [say(phrase, lang) if phrase else "" for phrase in phrases]


def verdict_cell(status: Status, lang: str) -> str:
    """A status with its mark, e.g. ``"✓ Đạt"``."""
    return f"{_MARK[status]} {explain.status_label(status, lang)}"


DEFAULT_WIDTH = 100
WIDTH: ContextVar[int] = ContextVar("WIDTH", default=DEFAULT_WIDTH)
"""The width tables and lines are wrapped to (the CLI sets it from ``--width``)."""
_NARROWEST = 6


def wrapped(text: str, width: int | None = None) -> str:
    """Lines longer than the width, wrapped at spaces (continuations indented)."""
    limit = width or WIDTH.get()
    return "\n".join(
        textwrap.fill(line, limit, subsequent_indent="  ", break_on_hyphens=False)
        if len(line) > limit
        else line
        for line in text.splitlines()
    )


def table(
    rows: Iterable[Sequence[object]], headers: Sequence[str], width: int | None = None
) -> str:
    """A plain-text table in the library's house style, wrapped to ``width`` columns.

    Long cells wrap (tabulate's own wrapping) instead of being cut: the widest columns give
    way first, down to a readable minimum.
    """
    body = [[str(cell) for cell in row] for row in rows]
    limit = width or WIDTH.get()
    budget = limit - 2 * len(headers)
    while True:  # tabulate pads columns itself: shrink until the rendered table fits
        text = tabulate(
            body,
            headers=list(headers),
            tablefmt="simple",
            disable_numparse=True,
            maxcolwidths=_column_limits(body, list(headers), budget),
        )
        overflow = max((len(line) for line in text.splitlines()), default=0) - limit
        if overflow <= 0 or budget <= 0:
            return text
        budget -= overflow


def _column_limits(rows: list[list[str]], headers: list[str], width: int) -> list[int | None]:
    """Per-column wrap widths for a table ``width`` columns wide.

    The widest columns give way first, never below their longest word (tabulate wraps at
    spaces only) nor below a readable minimum.
    """
    count = max([len(headers), *(len(row) for row in rows)], default=0)
    natural, floor = [0] * count, [0] * count
    for row in [headers, *rows]:
        for index, cell in enumerate(row):
            natural[index] = max(natural[index], *(len(line) for line in cell.splitlines() or [""]))
            floor[index] = max(floor[index], *(len(word) for word in cell.split() or [""]))
    # Words longer than the floor are broken by tabulate's wrapper; keep columns readable.
    floor = [
        min(max(min(f, 2 * _NARROWEST), _NARROWEST), n) for f, n in zip(floor, natural, strict=True)
    ]
    limits = list(natural)
    budget = width
    while sum(limits) > budget:
        shrinkable = [i for i in range(count) if limits[i] > floor[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=limits.__getitem__)
        limits[widest] -= 1
    return [limit if limit < natural[i] else None for i, limit in enumerate(limits)]


def evaluation_table(evaluation: Evaluation, lang: str = "vi", *, detail: bool = False) -> str:
    """The criteria table of an evaluation, with its header and summary lines."""
    profile = evaluation.profile
    basis = ""
    if evaluation.edition_basis == "year":
        basis = " " + tr(lang, "(in force for the data year)")
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
    lines.append(wrapped(_summary(evaluation, lang)))
    return "\n".join(lines)


def indicator_table(evaluation: Evaluation, lang: str = "vi") -> str:
    """One row per indicator: value, threshold, verdict and explanation."""
    rows = [
        [
            result.id,
            result.indicator.name(lang),
            explain.shown_value(result, lang),
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
    lines = [
        tr(lang, "Criteria met: {met}/{total}", met=met, total=total)
        + "; "
        + tr(lang, _VERDICTS[evaluation.verdict])
    ]
    failing = ", ".join(i.id for i in evaluation.failing)
    if failing:
        lines.append(f"{tr(lang, 'Indicators not met')}: {failing}")
    by_reason: dict[Reason, list[str]] = {}
    for criterion in evaluation.open_criteria:
        if criterion.reason is not None:
            by_reason.setdefault(criterion.reason, []).append(criterion.id)
    for result in evaluation.blockers:
        by_reason.setdefault(result.reason, []).append(result.id)
    if by_reason:
        heading = tr(
            lang,
            "Blocking a conclusion"
            if evaluation.verdict is Verdict.CANNOT_CONCLUDE
            else "Also not assessable",
        )
        parts = [
            f"{explain.reason_label(reason, lang)}: {', '.join(ids)}"
            for reason, ids in by_reason.items()
        ]
        lines.append(f"{heading}: " + "; ".join(parts))
    unverified = ", ".join(evaluation.resting_on_unverified) or "—"
    lines.append(f"{tr(lang, 'Verdicts resting on unverified thresholds')}: {unverified}")
    return "\n".join(lines)


_VERDICTS = {
    Verdict.MET: "the commune meets the NTM standard.",
    Verdict.NOT_MET: "the commune does not meet the NTM standard.",
    Verdict.CANNOT_CONCLUDE: "cannot conclude whether the commune meets the NTM standard.",
}
_MODEL_VERDICTS = {
    Verdict.MET: "the commune meets the model-commune standard.",
    Verdict.NOT_MET: "the commune does not meet the model-commune standard.",
    Verdict.CANNOT_CONCLUDE: "cannot conclude whether the commune meets the model-commune standard.",
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
            cells.append(_cell(value.value, value.verification.value, lang))
        unit = indicator.unit.symbol(lang)
        rows.append([indicator.id, indicator.name(lang), unit, indicator.direction.symbol, *cells])
    headers = [*headings(lang, "Id", "Indicator", "Unit", ""), *codes]
    legend = tr(lang, "plain = verified, ~ = unverified, ? = unknown")
    title = rulebook.title(lang)
    encoded = len(rulebook.indicator_ids)
    official = rulebook.official_indicator_count or encoded
    count = tr(
        lang, "{encoded} of {official} indicators encoded", encoded=encoded, official=official
    )
    return "\n".join([wrapped(f"{title} ({rulebook.id}); {count}"), legend, table(rows, headers)])


def _cell(value: float | bool | None, verification: str, lang: str = "vi") -> str:
    if value is None:
        return "?"
    text = (
        explain.status_label(Status.PASS, lang)
        if value is True
        else explain.number(float(value), lang)
    )
    return f"~{text}" if verification == "unverified" else text


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def million(amount_vnd: float, lang: str = "vi") -> str:
    """An amount in VND shown in million VND, written the language's way."""
    return i18n.number(amount_vnd / 1e6, lang, decimals=3)


def plan_tables(plan: Plan, rulebook: Rulebook, lang: str = "vi") -> str:
    """Targets, funding by source and kind, and ownership (annexes PL 01–03 style)."""
    blocks = [
        f"{plan.commune}, {plan.province} — {tr(lang, 'NTM plan')} {plan.year}",
        "",
        target_table(plan, lang),
        "",
        funding_table(plan, lang),
        "",
        ownership_table(plan, rulebook, lang),
    ]
    return "\n".join(blocks)


_KINDS = {
    TargetKind.AT_LEAST: "at least",
    TargetKind.AT_MOST: "at most",
    TargetKind.REDUCE_POINTS: "reduce by points a year",
    TargetKind.REDUCE_RELATIVE: "reduce by a share a year",
    TargetKind.KEEP_MET: "keep the criteria met",
}


def target_table(plan: Plan, lang: str = "vi") -> str:
    """The plan's targets."""
    rows = [
        [
            t.id,
            t.indicator or "—",
            tr(lang, _KINDS[t.kind]),
            target_value(t, lang),
            _short(t.text_vi, 70),
        ]
        for t in plan.targets
    ]
    return table(rows, headings(lang, "Id", "Indicator", "Kind", "Target", "Text"))


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
            *(million(kinds.get(kind, 0.0), lang) for kind in FundingKind),
            million(sum(kinds.values()), lang),
        ]
        for source, kinds in grid.items()
    ]
    by_kind = plan.funding_by_kind()
    rows.append(
        [
            say("Total", lang),
            *(million(by_kind.get(kind, 0.0), lang) for kind in FundingKind),
            million(plan.funding_total_vnd, lang),
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
            f"{t.indicator}: {target_value(t, lang)}"
            for t in plan.targets
            if t.indicator and t.indicator.split(".")[0] == criterion.id
        )
        status = statuses.get(criterion.id)
        shown = "—" if status is None else verdict_cell(status, lang)
        rows.append([criterion.id, criterion.name(lang), shown, targets or "—", lead_text])
    return table(rows, headings(lang, "Id", "Criterion", "Status", "Target", "Lead body"))


def _note(note: str, lang: str) -> str:
    """A progress note (English message ids, some followed by ``: ids``) in ``lang``."""
    parts = []
    for part in filter(None, note.split("; ")):
        head, colon, ids = part.partition(": ")
        if i18n.known(part) or not colon:
            parts.append(tr(lang, part))
        else:
            parts.append(f"{tr(lang, head)}{colon}{ids}")
    return "; ".join(parts)


def progress_tables(report: PlanProgress, lang: str = "vi") -> str:
    """Targets against the evaluation, then each department's criteria and shortfalls."""
    en = lang == "en"
    target_rows = [
        [
            t.target.id,
            verdict_cell(t.status, lang),
            "—" if t.current is None else explain.number(t.current, lang),
            "—" if t.required is None else explain.number(t.required, lang),
            "" if t.gap in (None, 0.0) else explain.number(t.gap or 0.0, lang),
            _note(t.note, lang),
        ]
        for t in report.targets
    ]
    target_headers = headings(lang, "Target", "Status", "Now", "Required", "Gap", "Note")
    department_rows = [
        [
            d.department.name_en if en else d.department.name_vi,
            ", ".join(f"{ref} {_MARK[status]}" for ref, status in d.criteria) or "—",
            "\n".join(f"{r.id}: {explain.one_line(r, lang)}" for r in d.failing) or "—",
        ]
        for d in report.departments
    ]
    department_headers = headings(lang, "Body", "Leads", "Still short")
    funding_rows = [
        [line.line.id, million(line.line.amount_vnd, lang), ", ".join(line.failing_served) or "—"]
        for line in report.funding
    ]
    funding_headers = headings(lang, "Funding line", "million VND", "Failing criteria served")
    footer = (
        f"{tr(lang, 'Failing criteria with no funding line')}: "
        f"{', '.join(report.unfunded_failing) or '—'}\n"
        f"{tr(lang, 'Criteria with no lead body')}: {', '.join(report.unowned) or '—'}"
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
                cells.append(_cell(value.value, value.verification.value, "en"))
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


_CHANGES = {
    "changed": "changed",
    "unchanged": "unchanged",
    "appears": "appears",
    "disappears": "disappears",
    "no_known_counterpart": "no known counterpart",
}


def diff_table(diff: EditionDiff, lang: str = "vi", rows: tuple[CommuneChange, ...] = ()) -> str:
    """What changes between two editions (and, with ``rows``, for one commune)."""
    by_old = {row.change.old_id: row for row in rows}
    lines = [f"{diff.old.id} → {diff.new.id}"]
    if diff.criteria:
        criteria = [
            [c.new_id or "—", ", ".join(c.old_ids) or "—", c.confidence] for c in diff.criteria
        ]
        lines += ["", table(criteria, headings(lang, "New criterion", "From", "Confidence"))]
    body = []
    for change in diff.indicators:
        status = tr(lang, _CHANGES[change.status])
        changed = "; ".join(
            f"{t.column}: {_cell(t.old.value, t.old.verification.value, lang)} → "
            f"{_cell(t.new.value, t.new.verification.value, lang)}"
            for t in change.thresholds
            if t.changed
        )
        row = [change.old_id or "—", change.new_id or "—", status, _short(changed, 50)]
        commune = by_old.get(change.old_id)
        if rows:
            row.append(_commune_cell(commune, lang))
        body.append(row)
    heads = headings(lang, "Old", "New", "Change", "Thresholds", *(("Commune",) if rows else ()))
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
            "?"
            if figure is None or figure.value is None
            else explain.number(float(figure.value), lang)
        )
        measured = condition.measured
        have = (
            ""
            if measured is None
            else (
                explain.status_label(Status.PASS if measured else Status.FAIL, lang).lower()
                if isinstance(measured, bool)
                else explain.number(float(measured), lang)
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
    heads = ["#", *headings(lang, "Condition", "Status", "Commune", "Required")]
    verdict = tr(lang, _MODEL_VERDICTS[result.verdict])
    title = result.rules.title_en if en else result.rules.title_vi
    return "\n".join(
        [
            f"{result.profile.commune} — {result.profile.year} — {title}",
            table(rows, heads),
            "",
            verdict,
        ]
    )
