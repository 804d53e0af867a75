"""The ``ntm-rules households`` commands: ``classify`` and ``summary`` of a household review.

Registered without importing numpy or pyarrow. Exit status as for ``ntm-rules batch``: 0
when the review was classified (problems are warnings on standard error), 2 on input that
cannot be read or, with ``--strict``, on any problem.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ntm_rules import json_io
from ntm_rules._extras import require
from ntm_rules.examples import HOUSEHOLDS, example_households_path
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    UnknownIdentifierError,
)
from ntm_rules.i18n import tr

SHOWN_PROBLEMS = 50
"""Problems printed on standard error; the problems view holds them all."""


def add_households_commands(commands: Any, add_common: Callable[..., None]) -> None:
    """Register ``households classify`` and ``households summary``."""
    households = commands.add_parser(
        "households", help="classify a household review (poverty, income)"
    )
    actions = households.add_subparsers(dest="action", required=True)
    for name, helping in (
        ("classify", "each household's class (poor, near-poor…) and why"),
        ("summary", "the commune's counts and rates, and the values for indicators 10 and 11"),
    ):
        command = actions.add_parser(name, help=helping)
        command.add_argument(
            "file", nargs="?", help="a review (YAML/JSON) or a table (CSV, .xlsx, .parquet)"
        )
        command.add_argument(
            "--example", metavar="NAME", help=f"an illustrative review: {', '.join(HOUSEHOLDS)}"
        )
        command.add_argument("--year", type=int, help="the data year (default: the file's)")
        command.add_argument(
            "--standard", help="a poverty standard id or a standards file (YAML/JSON)"
        )
        command.add_argument(
            "--area", choices=("rural", "urban"), help="for households that give none"
        )
        command.add_argument("--format", choices=("table", "json"), default="table")
        command.add_argument(
            "-o", "--output", help="also write every view: .csv, .tsv, .parquet or .xlsx"
        )
        command.add_argument(
            "--strict", action="store_true", help="any bad row or column: exit 2, write nothing"
        )
        command.add_argument(
            "--engine",
            choices=("auto", "vector", "scalar"),
            default="auto",
            help="vector (NumPy) or scalar",
        )
        if name == "classify":
            command.add_argument(
                "--household",
                action="append",
                metavar="ID",
                help="explain this household in full (repeatable)",
            )
        add_common(command, profile=False)
        command.set_defaults(run=_run_classify if name == "classify" else _run_summary)


def _result(args: argparse.Namespace) -> Any:
    needs = "ntm-rules households needs the batch extra: pip install 'ntm-rules[batch]'"
    rejection = require("ntm_rules.batch.problems", needs).rejection
    classify_households = require("ntm_rules.households.review", needs).classify_households
    if args.rulebook or args.edition or args.tier != "basic":
        problem = InputProblem(
            "--rulebook", "households are judged on a poverty standard: give --standard"
        )
        raise InvalidInputError([problem], "arguments")
    if args.example and args.file:
        raise InvalidInputError([], "arguments: give FILE or --example NAME, not both")
    source = example_households_path(args.example) if args.example else args.file
    if source is None:
        raise InvalidInputError([], "arguments: give FILE or --example NAME")
    result = classify_households(
        source, year=args.year, standard=args.standard, area=args.area, engine=args.engine
    )
    if args.strict and result.problems:
        raise rejection(result.problems, str(source))
    for found in result.problems[:SHOWN_PROBLEMS]:
        print(f"warning: {found.render(args.lang)}", file=sys.stderr)
    if len(result.problems) > SHOWN_PROBLEMS:
        more = tr(
            args.lang,
            "{count} more problems: see the problems view (-o)",
            count=len(result.problems) - SHOWN_PROBLEMS,
        )
        print(f"warning: {more}", file=sys.stderr)
    return result


def _written(result: Any, args: argparse.Namespace) -> None:
    if args.output:
        written = result.write(args.output, args.lang)
        print(", ".join(str(path) for path in written), file=sys.stderr)


def _run_classify(args: argparse.Namespace) -> None:
    from ntm_rules.households import report  # noqa: PLC0415

    result = _result(args)
    chosen = []
    for identifier in args.household or []:
        index = result.find(identifier)
        if index is None:
            problem = UnknownIdentifierError(
                "--household", "household", identifier, result.table.id_list()[:200]
            )
            raise InvalidInputError([problem], "arguments")
        chosen.append(result.classification(index))
    if args.format == "json":
        every = chosen or (result.classification(i) for i in range(result.codes.length))
        documents = [report.classification_document(c, args.lang) for c in every]
        _print_json(
            {"standard": result.standard.id, "households": documents, "problems": _problems(result)}
        )
    elif chosen:
        print("\n\n".join(report.household_text(c, args.lang) for c in chosen))
    else:
        print(report.classify_table(result, args.lang))
    _written(result, args)


def _run_summary(args: argparse.Namespace) -> None:
    from ntm_rules.households import report  # noqa: PLC0415

    result = _result(args)
    summary = result.summary()
    if args.format == "json":
        _print_json({**report.summary_document(summary), "problems": _problems(result)})
    else:
        print(report.summary_text(summary, args.lang))
    _written(result, args)


def _problems(result: Any) -> list[dict[str, Any]]:
    return [{"row": p.row, "column": p.column, "message": p.message} for p in result.problems]


def _print_json(document: Any) -> None:
    print(json_io.dumps(document, indent=True).decode("utf-8"))
