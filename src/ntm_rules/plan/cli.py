"""The ``ntm-rules plan`` commands: ``show`` and ``progress``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from ntm_rules import json_io, report
from ntm_rules.engine import evaluate
from ntm_rules.examples import example_plan_path, example_profile_path
from ntm_rules.exceptions import InvalidInputError
from ntm_rules.files import emit
from ntm_rules.messages import Message
from ntm_rules.overrides import load_rulebook
from ntm_rules.plan.documents import plan_document, progress_document
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.progress import progress
from ntm_rules.profile import load_profile


def _show(args: argparse.Namespace) -> None:
    if not (args.file or args.example):
        raise InvalidInputError([], "arguments: give FILE or --example NAME")
    plan = load_plan(example_plan_path(args.example) if args.example else args.file)
    rulebook = load_rulebook(args.rulebook or plan.rulebook)
    if args.format == "json":
        emit(json_io.dumps(plan_document(plan, rulebook), indent=True).decode("utf-8"), args.output)
    elif args.format in ("xlsx", "csv"):
        from ntm_rules.workbooks import write_plan  # noqa: PLC0415 - the excel extra

        write_plan(_output(args), plan, rulebook, args.format, args.lang)
    else:
        emit(report.plan_tables(plan, rulebook, args.lang), args.output)


def _progress(args: argparse.Namespace) -> None:
    if args.example:
        plan_source, profile_source = (
            example_plan_path(args.example),
            example_profile_path(args.example),
        )
    elif args.plan and args.profile:
        plan_source, profile_source = args.plan, args.profile
    else:
        raise InvalidInputError([], "arguments: give PLAN PROFILE or --example NAME")
    plan = load_plan(plan_source)
    rulebook = load_rulebook(args.rulebook or plan.rulebook)
    evaluation = evaluate(load_profile(profile_source, rulebook), rulebook)
    result = progress(plan, evaluation)
    if args.format == "json":
        emit(json_io.dumps(progress_document(result), indent=True).decode("utf-8"), args.output)
    elif args.format in ("xlsx", "csv"):
        from ntm_rules.workbooks import write_progress  # noqa: PLC0415 - the excel extra

        write_progress(_output(args), result, args.format, args.lang)
    else:
        emit(report.progress_tables(result, args.lang), args.output)


def _output(args: argparse.Namespace) -> str:
    if not args.output:
        what = Message("arguments: --format {format} needs -o FILE", format=args.format)
        raise InvalidInputError([], what)
    return str(args.output)


_FORMATS = ("table", "json", "xlsx", "csv")


def add_plan_commands(
    commands: Any,
    add_common: Callable[..., None],
) -> None:
    """Register ``plan show`` and ``plan progress``."""
    plan = commands.add_parser("plan", help="commune plans: targets, funding, ownership")
    plan_commands = plan.add_subparsers(dest="plan_command", required=True)

    show = plan_commands.add_parser("show", help="print a plan and its summary")
    show.add_argument("file", nargs="?", help="a plan (YAML or JSON)")
    show.add_argument("--example", metavar="NAME", help="an embedded example: thu-lum-2025")
    show.add_argument("--format", choices=_FORMATS, default="table")
    show.add_argument("-o", "--output", help="the file to write (standard output without)")
    add_common(show, profile=False)
    show.set_defaults(run=_show)

    progress_cmd = plan_commands.add_parser("progress", help="a plan against a commune profile")
    progress_cmd.add_argument("plan", nargs="?", help="a plan (YAML or JSON)")
    progress_cmd.add_argument("profile", nargs="?", help="a commune profile (YAML or JSON)")
    progress_cmd.add_argument(
        "--example", metavar="NAME", help="the embedded example plan and profile: thu-lum-2025"
    )
    progress_cmd.add_argument("--format", choices=_FORMATS, default="table")
    progress_cmd.add_argument("-o", "--output", help="the file to write (standard output without)")
    add_common(progress_cmd, profile=False)
    progress_cmd.set_defaults(run=_progress)
