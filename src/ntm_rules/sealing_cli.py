"""The ``ntm-rules verify`` command: is a stored evaluation intact, and does it still hold?

Exit status: 0 when the document is intact and evaluating its profile again gives the
same result on a rulebook with the recorded fingerprint; 3 when anything differs (the
document was edited, the rulebook's figures changed, or a verdict or figure differs);
2 on bad input.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from ntm_rules.exceptions import InvalidInputError
from ntm_rules.i18n import tr
from ntm_rules.sealing import VerificationReport, verify

VERIFICATION_SCHEMA = "ntm_rules.verification/1"
SHOWN_CHARACTERS = 60
"""The longest value shown in a difference (the JSON report has them whole)."""


def add_verify_commands(commands: Any, add_common: Callable[..., None]) -> None:
    """Register ``verify``."""
    verify_cmd = commands.add_parser(
        "verify", help="check a stored evaluation document: intact, and still the same result"
    )
    verify_cmd.add_argument("document", help="an evaluation document (JSON or YAML)")
    verify_cmd.add_argument("--format", choices=("table", "json"), default="table")
    add_common(verify_cmd, profile=False)
    verify_cmd.set_defaults(run=_run)


def verification_document(report: VerificationReport) -> dict[str, Any]:
    """The report as plain data (schema ``ntm_rules.verification/1``)."""
    return {
        "schema": VERIFICATION_SCHEMA,
        "rulebook": report.rulebook,
        "confirmed": report.confirmed,
        "intact": report.intact,
        "same_rulebook": report.same_rulebook,
        "differences": [
            {"path": d.path, "recorded": d.recorded, "now": d.now} for d in report.differences
        ],
        "more_differences": report.more,
    }


def report_lines(report: VerificationReport, lang: str) -> list[str]:
    """The report for people, in ``lang``."""
    lines = [
        tr(lang, "The document is intact: its content matches its fingerprint.")
        if report.intact
        else tr(
            lang,
            "The document was edited after it was written: its content does not match its fingerprint.",
        ),
        tr(lang, "The rulebook {rulebook} is the one recorded.", rulebook=report.rulebook)
        if report.same_rulebook
        else tr(
            lang,
            "The rulebook {rulebook} is not the one recorded: its figures or rules changed.",
            rulebook=report.rulebook,
        ),
    ]
    if report.differences:
        count = len(report.differences) + report.more
        lines.append(tr(lang, "Evaluated again, {count} field(s) differ:", count=count))
        lines.extend(
            "  "
            + tr(
                lang,
                "{path}: recorded {recorded}, now {now}",
                path=d.path,
                recorded=_shown(d.recorded),
                now=_shown(d.now),
            )
            for d in report.differences
        )
        if report.more:
            lines.append("  " + tr(lang, "… and {count} more", count=report.more))
    else:
        lines.append(tr(lang, "Evaluated again, the profile gives the same result."))
    lines.append(tr(lang, "Verified.") if report.confirmed else tr(lang, "Not verified."))
    return lines


def _shown(value: object) -> str:
    """The value as JSON, cut to a line."""
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"


def _run(args: argparse.Namespace) -> None:
    from ntm_rules.cli import VerdictCheckFailedError  # noqa: PLC0415 - the CLI imports this

    if args.rulebook and args.edition:
        raise InvalidInputError([], "arguments: give --rulebook or --edition, not both")
    report = verify(args.document, args.rulebook or args.edition)
    if args.format == "json":
        print(json.dumps(verification_document(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report, args.lang)))
    if not report.confirmed:
        raise VerdictCheckFailedError
