"""The ``ntm-rules`` command line.

Exit status: 0 when the work was done (whatever the verdicts), 2 on bad input, with one
message per problem on standard error and no traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ntm_rules import __version__, explain, json_io, report, yaml_io
from ntm_rules.batch.cli import add_batch_commands
from ntm_rules.cli_language import message_language, translate_help, usage_error
from ntm_rules.documents import evaluation_json, rulebook_document
from ntm_rules.edition_files import edition_template
from ntm_rules.editions import edition_for_year
from ntm_rules.engine import evaluate
from ntm_rules.examples import example_profile_path
from ntm_rules.exceptions import InvalidInputError, NtmRulesError, OutOfRangeError, OutputError
from ntm_rules.files import emit
from ntm_rules.households.cli import add_households_commands
from ntm_rules.i18n import tr
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.plan.cli import add_plan_commands
from ntm_rules.profile import load_profile, profile_year
from ntm_rules.recognition.cli import add_recognition_commands
from ntm_rules.results import Evaluation, Verdict
from ntm_rules.rulebook import Rulebook
from ntm_rules.schemas.cli import add_schema_commands
from ntm_rules.sealing_cli import add_verify_commands
from ntm_rules.service.cli import add_serve_commands
from ntm_rules.tiers import ModelResult, evaluate_tier, load_model_facts, model_document
from ntm_rules.workbooks import (
    load_sheet,
    write_edition_workbook,
    write_evaluation,
    write_rulebook_table,
    write_template,
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
EXIT_VERDICT = 3


def _print_json(document: Any) -> None:
    print(json_io.dumps(document, indent=True).decode("utf-8"))


def _chosen_rulebook(args: argparse.Namespace) -> Rulebook | None:
    """The edition the arguments name, or ``None`` to take the one in force for the year."""
    if args.rulebook and args.edition:
        raise InvalidInputError([], "arguments: give --rulebook or --edition, not both")
    if args.rulebook or args.edition:
        return load_rulebook(args.rulebook or args.edition)
    return None


_SHEETS = (".xlsx", ".csv")


def _evaluation(args: argparse.Namespace) -> Evaluation:
    """Load the profile and evaluate it with the edition named, or in force for its year.

    A profile may be YAML/JSON or a filled commune sheet (.xlsx or .csv).
    """
    source = example_profile_path(args.example) if args.example else args.file
    if source is None:
        raise InvalidInputError([], "arguments: give FILE or --example NAME")
    rulebook = _chosen_rulebook(args)
    if Path(source).suffix.lower() in _SHEETS:
        sheet = load_sheet(source, rulebook)
        args.sheet_notes = sheet.notes
        return evaluate(sheet.profile, sheet.rulebook, verified_only=args.verified_only)
    if rulebook is None and args.tier != "basic":
        rulebook = edition_for_year(profile_year(source), args.tier)
    profile = load_profile(source, rulebook)
    return evaluate(profile, rulebook, verified_only=args.verified_only)


class VerdictCheckFailedError(Exception):
    """--fail-on: the verdict is one the caller asked to fail on (exit 3)."""


def _cmd_evaluate(args: argparse.Namespace) -> None:
    if args.tier in ("model", "modern"):
        _cmd_model(args)
        return
    evaluation = _evaluation(args)
    _print_evaluation(args, evaluation)
    failing = {
        "not-met": {Verdict.NOT_MET},
        "cannot-conclude": {Verdict.NOT_MET, Verdict.CANNOT_CONCLUDE},
    }
    if args.fail_on and evaluation.verdict in failing[args.fail_on]:
        raise VerdictCheckFailedError


def _print_evaluation(args: argparse.Namespace, evaluation: Evaluation) -> None:
    if args.format in ("xlsx", "csv"):
        if not args.output:
            raise InvalidInputError(
                [], Message("arguments: --format {format} needs -o FILE", format=args.format)
            )
        notes = getattr(args, "sheet_notes", None)
        write_evaluation(args.output, evaluation, args.format, args.lang, notes=notes)
        return
    if args.format == "json":
        emit(evaluation_json(evaluation, indent=True).decode("utf-8"), args.output)
    else:
        emit(report.evaluation_table(evaluation, args.lang, detail=args.detail), args.output)


def _cmd_model(args: argparse.Namespace) -> None:
    source = example_profile_path(args.example) if args.example else args.file
    if source is None:
        raise InvalidInputError([], "arguments: give FILE or --example NAME")
    advanced = edition_for_year(profile_year(source), "advanced")
    profile = load_profile(source, advanced)
    facts = load_model_facts(args.facts) if args.facts else None
    result = evaluate_tier(profile, args.tier, facts=facts)
    if not isinstance(result, ModelResult):  # pragma: no cover - model and modern only here
        raise InvalidInputError([], "tier")
    if args.format == "json":
        _print_json(model_document(result))
    else:
        print(report.model_table(result, args.lang))


def _cmd_explain(args: argparse.Namespace) -> None:
    targets = list(args.targets)
    if not args.example:
        if len(targets) < 2:
            raise InvalidInputError([], "arguments: expected FILE INDICATOR_ID [INDICATOR_ID …]")
        args.file = targets.pop(0)
    if not targets:
        raise InvalidInputError([], "arguments: expected INDICATOR_ID [INDICATOR_ID …]")
    evaluation = _evaluation(args)
    results = [evaluation.indicator(indicator_id) for indicator_id in targets]
    print("\n\n".join("\n".join(explain.full(result, args.lang)) for result in results))


def _cmd_rulebook(args: argparse.Namespace) -> None:
    rulebook = _chosen_rulebook(args)
    if rulebook is None and args.year is not None:
        try:
            rulebook = edition_for_year(args.year, args.tier)
        except InvalidInputError as error:
            problems = [OutOfRangeError("--year", p.reason) for p in error.problems]
            raise InvalidInputError(problems, "arguments") from None
    rulebook = rulebook or load_rulebook(None)
    if args.action == "template":
        _write_template(rulebook, args.output, args.format, args.lang)
        return
    if args.format in ("xlsx", "csv"):
        if not args.output:
            raise InvalidInputError(
                [], Message("arguments: --format {format} needs -o FILE", format=args.format)
            )
        counts = write_rulebook_table(args.output, rulebook, args.year, args.format, args.lang)
        print(counts.describe(args.lang))
        return
    if args.year is not None and not rulebook.covers(args.year):
        span = f"{rulebook.first_year}–{rulebook.last_year}"
        problem = OutOfRangeError(
            "--year",
            Message(
                "{year} is outside {rulebook} ({span})",
                year=args.year,
                rulebook=rulebook.id,
                span=span,
            ),
        )
        raise InvalidInputError([problem], "arguments")
    column = rulebook.columns.parse(args.region, "--region").code if args.region else None
    if args.format == "json":
        document = rulebook_document(rulebook, args.year)
        if column is not None:
            for criterion in document["criteria"]:
                for indicator in criterion["indicators"]:
                    indicator["thresholds"] = {column: indicator["thresholds"][column]}
        _print_json(document)
    else:
        print(report.rulebook_table(rulebook, args.lang, column=column, year=args.year))


def _write_template(rulebook: Rulebook, output: str | None, fmt: str, lang: str) -> None:
    """The edition file of ``rulebook``: YAML (on standard output without ``-o``) or xlsx."""
    if fmt == "xlsx" or (output or "").lower().endswith(".xlsx"):
        if not output:
            raise InvalidInputError([], "arguments: an edition workbook needs -o FILE.xlsx")
        write_edition_workbook(output, rulebook, lang)
        return
    header = (
        f"# Edition file for {rulebook.id} ({rulebook.citation.instrument}), schema "
        "ntm_rules.edition/1.\n# Fill names, kinds and figures (with their citation and "
        "verification) from the official text, then\n# use it: ntm-rules evaluate PROFILE "
        "--rulebook THIS_FILE\n"
    )
    text = header + yaml_io.dump(edition_template(rulebook), sort_keys=False, width=100)
    emit(text.rstrip("\n"), output)


def _cmd_template(args: argparse.Namespace) -> None:
    rulebook = _chosen_rulebook(args)
    if rulebook is None:
        rulebook = edition_for_year(args.year, args.tier) if args.year else load_rulebook(None)
    write_template(
        args.output, rulebook, column=args.region, year=args.year, fmt=args.format, lang=args.lang
    )


def _cmd_diff(args: argparse.Namespace) -> None:
    # only this command compares editions: its module is not read for the others
    from ntm_rules.diff import (  # noqa: PLC0415
        CommuneChange,
        diff_commune,
        diff_document,
        diff_editions,
    )

    old, new = load_rulebook(args.source), load_rulebook(args.target)
    source = example_profile_path(args.example) if args.example else args.file
    rows: tuple[CommuneChange, ...] = ()
    if source is not None:
        diff, _, _, rows = diff_commune(source, old, new)
    else:
        diff = diff_editions(old, new)
    if args.format == "json":
        _print_json(diff_document(diff, rows))
    else:
        print(report.diff_table(diff, args.lang, rows))


def _cmd_completion(args: argparse.Namespace) -> None:
    """Print the completion script: ``eval "$(ntm-rules completion bash)"`` in ~/.bashrc."""
    import shtab  # noqa: PLC0415 - only this command needs it

    print(shtab.complete(build_parser(), shell=args.shell))


def _add_common(parser: argparse.ArgumentParser, *, profile: bool = True) -> None:
    parser.add_argument(
        "--lang", choices=("vi", "en"), help="the language of the output (default vi)"
    )
    parser.add_argument(
        "--width", type=int, default=None, help="wrap tables to this many columns (default 100)"
    )
    parser.add_argument(
        "--rulebook",
        default=None,
        help="an edition (id or short name), an edition file or an override table (YAML/JSON)",
    )
    parser.add_argument(
        "--edition", default=None, help="a shipped edition, e.g. 2021-2025 (default: by year)"
    )
    parser.add_argument(
        "--tier",
        choices=("basic", "advanced", "model", "modern"),
        default="basic",
        help="which set of the period (default: basic)",
    )
    if profile:
        parser.add_argument(
            "--example",
            metavar="NAME",
            help="an embedded example: thu-lum-2020, thu-lum-2025, thu-lum-2025-advanced, thu-lum-2026",
        )
        parser.add_argument(
            "--verified-only",
            action="store_true",
            help="treat thresholds no public source confirms as unknown",
        )


class _Parser(argparse.ArgumentParser):
    """Usage errors as one short ``error:`` line (exit 2), like every other bad input."""

    def error(self, message: str) -> NoReturn:
        text = usage_error(" ".join(message.split()), getattr(self, "message_lang", "en"))
        self.exit(EXIT_BAD_INPUT, f"error: {text[:300]}{'…' if len(text) > 300 else ''}\n")


def _add_top_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--lang",
        choices=("vi", "en"),
        dest="top_lang",
        help="the language of the output, the help and the errors (default: vi for the output)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``ntm-rules``."""
    parser = _Parser(
        prog="ntm-rules", description="Evaluate communes against Vietnam's NTM criteria."
    )
    _add_top_options(parser)
    commands = parser.add_subparsers(dest="command", required=True)

    evaluate_cmd = commands.add_parser("evaluate", help="evaluate a commune profile")
    evaluate_cmd.add_argument("file", nargs="?", help="a profile (YAML or JSON)")
    evaluate_cmd.add_argument("--format", choices=("table", "json", "xlsx", "csv"), default="table")
    evaluate_cmd.add_argument("-o", "--output", help="the file to write (standard output without)")
    evaluate_cmd.add_argument("--detail", action="store_true", help="also list every indicator")
    evaluate_cmd.add_argument(
        "--facts", help="with --tier model: smart villages, standout field (YAML/JSON)"
    )
    evaluate_cmd.add_argument(
        "--fail-on",
        choices=("not-met", "cannot-conclude"),
        help="exit 3 if the verdict is not met (or, with cannot-conclude, not met either way)",
    )
    _add_common(evaluate_cmd)
    evaluate_cmd.set_defaults(run=_cmd_evaluate)

    explain_cmd = commands.add_parser("explain", help="the full reasoning for indicators")
    explain_cmd.add_argument(
        "targets", nargs="+", metavar="[FILE] INDICATOR_ID", help="a profile and an indicator id"
    )
    _add_common(explain_cmd)
    explain_cmd.set_defaults(run=_cmd_explain)

    rulebook_cmd = commands.add_parser("rulebook", help="list criteria, indicators and thresholds")
    rulebook_cmd.add_argument(
        "action", nargs="?", choices=("template",), help="template: write the edition file"
    )
    rulebook_cmd.add_argument("-o", "--output", help="with template: the file to write")
    rulebook_cmd.add_argument("--region", help="only this column (a region or a group)")
    rulebook_cmd.add_argument("--year", type=int, help="the thresholds in force that year")
    rulebook_cmd.add_argument("--format", choices=("table", "json", "xlsx", "csv"), default="table")
    _add_common(rulebook_cmd, profile=False)
    rulebook_cmd.set_defaults(run=_cmd_rulebook)

    template_cmd = commands.add_parser("template", help="a blank commune sheet to fill (xlsx, csv)")
    template_cmd.add_argument("-o", "--output", required=True, help="the sheet to write")
    template_cmd.add_argument("--format", choices=("xlsx", "csv"), help="default: by extension")
    template_cmd.add_argument("--region", help="the commune's region or group")
    template_cmd.add_argument("--year", type=int, help="the data year")
    _add_common(template_cmd, profile=False)
    template_cmd.set_defaults(run=_cmd_template)

    diff_cmd = commands.add_parser("diff", help="what changes between two editions")
    diff_cmd.add_argument("file", nargs="?", help="a profile, to see the changes for it")
    diff_cmd.add_argument("--from", dest="source", required=True, help="the older edition")
    diff_cmd.add_argument("--to", dest="target", required=True, help="the newer edition")
    diff_cmd.add_argument(
        "--example",
        metavar="NAME",
        help="an embedded example: thu-lum-2020, thu-lum-2025, thu-lum-2025-advanced, thu-lum-2026",
    )
    diff_cmd.add_argument("--format", choices=("table", "json"), default="table")
    diff_cmd.add_argument("--lang", choices=("vi", "en"))
    diff_cmd.set_defaults(run=_cmd_diff)

    add_plan_commands(commands, _add_common)
    add_batch_commands(commands, _add_common)
    add_households_commands(commands, _add_common)
    add_recognition_commands(commands, _add_common, _evaluation)
    add_schema_commands(commands)
    add_verify_commands(commands, _add_common)
    add_serve_commands(commands, _add_common)
    completion = commands.add_parser("completion", help="the shell completion script (shtab)")
    completion.add_argument("shell", choices=("bash", "zsh", "tcsh"))
    completion.set_defaults(run=_cmd_completion)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    0 when the work was done (whatever the verdicts), 2 on bad input (one line per problem
    on standard error), 3 when ``--fail-on`` names the verdict reached, 1 when the output
    cannot be written. A closed pipe (``| head``) ends quietly. No traceback is printed.
    """
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):  # text that cannot be encoded is escaped, not fatal
            stream.reconfigure(errors="backslashreplace")
    words = list(sys.argv[1:] if argv is None else argv)
    lang = message_language(words)  # help and errors: --lang as typed, else the locale
    parser = build_parser()
    if lang != "en":
        translate_help(parser, lang)
    try:
        args = parser.parse_args(words)
    except SystemExit as stop:  # argparse: usage errors (2), --help and --version (0)
        return stop.code if isinstance(stop.code, int) else EXIT_BAD_INPUT
    if hasattr(args, "lang"):  # the command's --lang, else the one before the command, else vi
        args.lang = args.lang or args.top_lang or "vi"
    width = report.WIDTH.set(max(40, getattr(args, "width", None) or _terminal_width()))
    try:
        return _run(args, lang)
    finally:
        report.WIDTH.reset(width)


def _run(args: argparse.Namespace, lang: str = "en") -> int:
    run: Callable[[argparse.Namespace], None] = args.run
    try:
        run(args)
        sys.stdout.flush()
    except InvalidInputError as error:
        for problem in error.problems:
            _error(problem.render(lang))
        if not error.problems:
            _error(error.what_message.render(lang))
        return EXIT_BAD_INPUT
    except NtmRulesError as error:
        _error(error.render(lang))  # a file not written (the disk, a folder) is no bad input
        return EXIT_FAILURE if isinstance(error, OutputError) else EXIT_BAD_INPUT
    except VerdictCheckFailedError:
        sys.stdout.flush()
        return EXIT_VERDICT
    except BrokenPipeError:
        _silence_stdout()
    except OSError as error:  # a full disk, a closed terminal
        _silence_stdout()
        cause = error.strerror or str(error)
        _error(tr(lang, "cannot write the output ({cause})", cause=cause))
        return EXIT_FAILURE
    except Exception as error:
        name = type(error).__name__
        _error(tr(lang, "internal error ({name}); please report it with the input", name=name))
        return EXIT_FAILURE
    return EXIT_OK


def _terminal_width() -> int:
    """100 columns, or the terminal's width when standard output is a wider terminal."""
    if not sys.stdout.isatty():
        return report.DEFAULT_WIDTH
    return max(report.DEFAULT_WIDTH, shutil.get_terminal_size().columns)


def _error(message: str) -> None:
    # "error:" stays as it is in every language: a fixed mark scripts look for, as argparse's
    # usage errors; the message after it is in the language of the output.
    with contextlib.suppress(OSError):  # nowhere left to say it
        print(f"error: {message}", file=sys.stderr)


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that the interpreter's final flush cannot fail again."""
    with contextlib.suppress(OSError, ValueError):  # no real descriptor (captured in tests)
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
