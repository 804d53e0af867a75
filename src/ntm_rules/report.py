"""Tables for people (the only module that imports tabulate)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tabulate import tabulate

from ntm_rules import explain
from ntm_rules.regions import Region
from ntm_rules.results import Evaluation, Status
from ntm_rules.rulebook import Rulebook

_MARK = {Status.PASS: "✓", Status.FAIL: "✗", Status.UNKNOWN: "?"}
_WORDS = {
    "vi": {
        "criterion": "Tiêu chí",
        "status": "Kết quả",
        "indicators": "Chỉ tiêu (đạt/tổng)",
        "id": "Mã",
        "indicator": "Chỉ tiêu",
        "value": "Giá trị",
        "threshold": "Ngưỡng",
        "note": "Giải thích",
        "unit": "Đơn vị",
        "verification": "Kiểm chứng",
        "basis": "Căn cứ",
    },
    "en": {
        "criterion": "Criterion",
        "status": "Status",
        "indicators": "Indicators (met/total)",
        "id": "Id",
        "indicator": "Indicator",
        "value": "Value",
        "threshold": "Threshold",
        "note": "Explanation",
        "unit": "Unit",
        "verification": "Verification",
        "basis": "Legal basis",
    },
}


def words(lang: str) -> dict[str, str]:
    """The column headings in ``lang``."""
    return _WORDS["en" if lang == "en" else "vi"]


def table(rows: Iterable[Sequence[object]], headers: Sequence[str]) -> str:
    """A plain-text table in the library's house style."""
    return tabulate(list(rows), headers=list(headers), tablefmt="simple", disable_numparse=True)


def evaluation_table(evaluation: Evaluation, lang: str = "vi", *, detail: bool = False) -> str:
    """The criteria table of an evaluation, with its header and summary lines."""
    w = words(lang)
    en = lang == "en"
    profile = evaluation.profile
    lines = [
        f"{profile.commune}, {profile.province} — {profile.year} — {evaluation.rulebook.id}",
        evaluation.column.describe(lang),
    ]
    if profile.illustrative:
        lines.append("(illustrative figures)" if en else "(số liệu minh họa)")
    rows = []
    for criterion in evaluation.criteria:
        met = sum(1 for i in criterion.indicators if i.status is Status.PASS)
        rows.append(
            [
                criterion.id,
                criterion.criterion.name(lang),
                f"{_MARK[criterion.status]} {explain.status_label(criterion.status, lang)}",
                f"{met}/{len(criterion.indicators)}",
            ]
        )
    lines.append(table(rows, [w["id"], w["criterion"], w["status"], w["indicators"]]))
    if detail:
        lines.append("")
        lines.append(indicator_table(evaluation, lang))
    lines.append("")
    lines.append(_summary(evaluation, lang))
    return "\n".join(lines)


def indicator_table(evaluation: Evaluation, lang: str = "vi") -> str:
    """One row per indicator: value, threshold, verdict and explanation."""
    w = words(lang)
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
    headers = [w["id"], w["indicator"], w["value"], w["threshold"], "", w["note"]]
    return table(rows, headers)


def _summary(evaluation: Evaluation, lang: str) -> str:
    met, total = evaluation.criteria_met, evaluation.criteria_total
    unverified = ", ".join(evaluation.resting_on_unverified) or "—"
    if lang == "en":
        verdict = "meets" if evaluation.standard_met else "does not meet"
        return (
            f"Criteria met: {met}/{total}; the commune {verdict} the NTM standard.\n"
            f"Verdicts resting on unverified thresholds: {unverified}"
        )
    verdict = "đạt" if evaluation.standard_met else "chưa đạt"
    return (
        f"Số tiêu chí đạt: {met}/{total}; xã {verdict} chuẩn nông thôn mới.\n"
        f"Kết luận dựa trên ngưỡng chưa kiểm chứng: {unverified}"
    )


def rulebook_table(
    rulebook: Rulebook, lang: str = "vi", *, region: Region | None = None, year: int | None = None
) -> str:
    """Every indicator with unit, direction and the threshold of each region (or of one)."""
    w = words(lang)
    as_of = rulebook.as_of(year if year is not None else rulebook.last_year)
    regions = [region] if region is not None else list(Region)
    rows = []
    for indicator in rulebook.indicators():
        cells = []
        for column in regions:
            value = indicator.thresholds.at(column, as_of)
            cells.append(_cell(value.value, value.verification.value))
        unit = indicator.unit.symbol_en if lang == "en" else indicator.unit.symbol_vi
        rows.append(
            [indicator.id, _short(indicator.name(lang)), unit, indicator.direction.symbol, *cells]
        )
    headers = [w["id"], w["indicator"], w["unit"], "", *(r.code for r in regions)]
    legend = (
        "plain = verified, ~ = unverified, ? = unknown"
        if lang == "en"
        else "thường = đã kiểm chứng, ~ = chưa kiểm chứng, ? = chưa biết"
    )
    title = rulebook.title_en if lang == "en" else rulebook.title_vi
    return "\n".join([f"{title} ({rulebook.id})", legend, table(rows, headers)])


def _cell(value: float | bool | None, verification: str) -> str:
    if value is None:
        return "?"
    text = "Đạt" if value is True else explain.number(float(value))
    return f"~{text}" if verification == "unverified" else text


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
