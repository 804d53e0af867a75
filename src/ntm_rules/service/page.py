"""The upload page: an official sends a filled commune sheet and reads its evaluation.

Plain HTML and one form, no script: the report is rendered here from the
:class:`~ntm_rules.results.Evaluation`, every word from the gettext catalogues
(:func:`ntm_rules.i18n.tr`), Vietnamese by default.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from html import escape
from typing import Final

from ntm_rules import explain
from ntm_rules.exceptions import InputProblem
from ntm_rules.i18n import tr
from ntm_rules.report import verdict_cell
from ntm_rules.results import Evaluation, Status, Verdict
from ntm_rules.service.errors import reason_text

SHEET_SUFFIXES: Final = (".xlsx", ".csv")
_VERDICTS: Final = {
    Verdict.MET: "the commune meets the NTM standard.",
    Verdict.NOT_MET: "the commune does not meet the NTM standard.",
    Verdict.CANNOT_CONCLUDE: "cannot conclude whether the commune meets the NTM standard.",
}
_STATUS_CLASS: Final = {Status.PASS: "pass", Status.FAIL: "fail", Status.UNKNOWN: "unknown"}
_STYLE: Final = """
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 2em auto; max-width: 70em;
       color: #1d2733; padding: 0 1em; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
form { border: 1px solid #c8d1dc; padding: 1em 1.5em; border-radius: 6px; background: #f6f8fa; }
label { display: block; margin: 0.6em 0 0.2em; font-weight: bold; }
button { margin-top: 1em; padding: 0.4em 1.4em; font-size: 1em; }
table { border-collapse: collapse; margin: 0.5em 0; width: 100%; }
th, td { border: 1px solid #c8d1dc; padding: 0.25em 0.5em; text-align: left; vertical-align: top; }
th { background: #e9eef4; }
td.pass { color: #17612b; } td.fail { color: #a4161a; font-weight: bold; }
td.unknown { color: #7a5b00; }
.verdict { font-size: 1.1em; font-weight: bold; }
.problems li { margin: 0.3em 0; } .field { font-family: monospace; }
nav { float: right; }
"""


def _document(lang: str, title: str, body: Iterable[str]) -> str:
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(lang)}"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>",
            *body,
            "</body></html>",
        ]
    )


def _languages(lang: str) -> str:
    links = [
        f'<a href="/?lang={code}">{name}</a>' if code != lang else f"<strong>{name}</strong>"
        for code, name in (("vi", "Tiếng Việt"), ("en", "English"))
    ]
    return f"<nav>{' | '.join(links)}</nav>"


def upload_page(lang: str, *, token: bool, books: Iterable[str] = ()) -> str:
    """``GET /``: the upload form.

    It asks for the file and the language, and also for the access token when one is set
    and for the rulebook when provincial ones were configured at start.
    """
    title = tr(lang, "Evaluate a commune sheet")
    options = "".join(
        f'<option value="{code}"{" selected" if code == lang else ""}>{name}</option>'
        for code, name in (("vi", "Tiếng Việt"), ("en", "English"))
    )
    token_field = (
        f'<label for="token">{escape(tr(lang, "Access token"))}</label>'
        '<input type="password" id="token" name="token" autocomplete="off" required>'
        if token
        else ""
    )
    choices = "".join(f'<option value="{escape(b)}">{escape(b)}</option>' for b in books)
    book_field = (
        f'<label for="rulebook">{escape(tr(lang, "Rulebook"))}</label>'
        f'<select id="rulebook" name="rulebook"><option value="">'
        f"{escape(tr(lang, 'the one the sheet names'))}</option>{choices}</select>"
        if choices
        else ""
    )
    return _document(
        lang,
        title,
        [
            _languages(lang),
            f"<h1>{escape(title)}</h1>",
            f"<p>{escape(tr(lang, 'Upload a commune sheet filled from the template (ntm-rules template), as .xlsx or .csv, to see its evaluation.'))}</p>",
            '<form method="post" action="/report" enctype="multipart/form-data">',
            f'<label for="sheet">{escape(tr(lang, "Sheet"))}</label>',
            f'<input type="file" id="sheet" name="sheet" accept="{",".join(SHEET_SUFFIXES)}" required>',
            f'<label for="lang">{escape(tr(lang, "Language"))}</label>',
            f'<select id="lang" name="lang">{options}</select>',
            book_field,
            token_field,
            f'<div><button type="submit" id="evaluate">{escape(tr(lang, "Evaluate"))}</button></div>',
            "</form>",
        ],
    )


def _table(headings: Sequence[str], rows: Iterable[Sequence[tuple[str, str]]]) -> str:
    """A table; each cell is (text, css class)."""
    head = "".join(f"<th>{escape(h)}</th>" for h in headings)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{css}">{escape(text)}</td>' if css else f"<td>{escape(text)}</td>"
            for text, css in row
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _words(lang: str, *phrases: str) -> list[str]:
    return [tr(lang, phrase) if phrase else "" for phrase in phrases]


def report_page(evaluation: Evaluation, lang: str) -> str:
    """``POST /report``: the evaluation of the sheet, criteria then indicators."""
    profile = evaluation.profile
    title = tr(lang, "Evaluate a commune sheet")
    basis = (
        " " + tr(lang, "(in force for the data year)") if evaluation.edition_basis == "year" else ""
    )
    criteria = _table(
        _words(lang, "Id", "Criterion", "Status", "Indicators (met/total)"),
        (
            [
                (criterion.id, ""),
                (criterion.criterion.name(lang), ""),
                (verdict_cell(criterion.status, lang), _STATUS_CLASS[criterion.status]),
                (
                    f"{sum(1 for i in criterion.indicators if i.status is Status.PASS)}"
                    f"/{len(criterion.indicators)}",
                    "",
                ),
            ]
            for criterion in evaluation.criteria
        ),
    )
    indicators = _table(
        _words(lang, "Id", "Indicator", "Value", "Threshold", "Status", "Explanation"),
        (
            [
                (result.id, ""),
                (result.indicator.name(lang), ""),
                (explain.shown_value(result, lang), ""),
                (explain.shown_threshold(result, lang), ""),
                (verdict_cell(result.status, lang), _STATUS_CLASS[result.status]),
                (explain.one_line(result, lang), ""),
            ]
            for result in evaluation.indicators
        ),
    )
    summary = (
        tr(
            lang,
            "Criteria met: {met}/{total}",
            met=evaluation.criteria_met,
            total=evaluation.criteria_total,
        )
        + "; "
        + tr(lang, _VERDICTS[evaluation.verdict])
    )
    failing = ", ".join(i.id for i in evaluation.failing)
    return _document(
        lang,
        f"{profile.commune} — {title}",
        [
            f'<p><a href="/?lang={lang}">{escape(tr(lang, "Evaluate another sheet"))}</a></p>',
            f'<h1 id="commune">{escape(profile.commune)}'
            f"{escape(', ' + profile.province if profile.province else '')} — {profile.year}</h1>",
            f"<p>{escape(evaluation.rulebook.id + basis)}</p>",
            f"<p>{escape(evaluation.column.describe(lang))}</p>",
            f"<p>{escape(tr(lang, '(illustrative figures)'))}</p>" if profile.illustrative else "",
            f'<p class="verdict" id="verdict">{escape(summary)}</p>',
            f"<p>{escape(tr(lang, 'Indicators not met'))}: {escape(failing)}</p>"
            if failing
            else "",
            f"<h2>{escape(tr(lang, 'Criterion'))}</h2>",
            criteria,
            f"<h2>{escape(tr(lang, 'Indicator'))}</h2>",
            indicators,
        ],
    )


def problems_page(problems: Sequence[InputProblem], lang: str, heading: str) -> str:
    """The answer to a sheet that cannot be read: every problem, where it is and why."""
    items = "".join(
        f'<li><span class="field">{escape(p.field)}</span>: {escape(reason_text(p, lang))}</li>'
        if p.field
        else f"<li>{escape(reason_text(p, lang))}</li>"
        for p in problems
    )
    title = tr(lang, heading)
    return _document(
        lang,
        title,
        [
            f'<p><a href="/?lang={lang}">{escape(tr(lang, "Evaluate another sheet"))}</a></p>',
            f"<h1>{escape(title)}</h1>",
            f'<ul class="problems" id="problems">{items}</ul>',
            f"<p>{escape(tr(lang, 'Fix them in the sheet and upload it again.'))}</p>",
        ],
    )
