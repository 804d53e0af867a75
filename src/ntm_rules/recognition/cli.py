"""The ``ntm-rules recognition`` commands: ``assess`` and ``revoke`` (QĐ 18/2022/QĐ-TTg).

Both evaluate a commune profile (``PROFILE`` or ``--example``, with the main command line's
``--rulebook``, ``--edition``, ``--tier`` and ``--verified-only``), read the facts of
18/2022 (``--facts``, optional: what is not given is not known) and the rules (``--rules``,
laid over the shipped ones), and print the result as lines for people or as JSON.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ntm_rules.results import Evaluation

EvaluationOf = Callable[[argparse.Namespace], "Evaluation"]
"""Builds the evaluation from ``FILE`` / ``--example`` and the edition options."""


def _command(evaluation_of: EvaluationOf, kind: str) -> Callable[[argparse.Namespace], None]:
    """The handler of ``assess`` or ``revoke``; the 18/2022 rules load when it runs."""

    def run(args: argparse.Namespace) -> None:
        # imported here, not at start-up: every other command starts faster without them
        recognition = importlib.import_module("ntm_rules.recognition")
        assess = getattr(recognition, f"assess_{kind}")
        document = getattr(recognition, f"{kind}_document")
        facts = None if args.facts is None else recognition.load_recognition_facts(args.facts)
        rules = recognition.load_recognition_rules(args.rules)
        result = assess(evaluation_of(args), facts, rules)
        if args.format == "json":
            print(json.dumps(document(result), ensure_ascii=False, indent=2))
        else:
            print("\n".join(recognition.describe(result, args.lang)))

    return run


def add_recognition_commands(
    commands: Any,
    add_common: Callable[..., None],
    evaluation_of: EvaluationOf,
) -> None:
    """Register ``recognition assess`` and ``recognition revoke``.

    Args:
        commands: the subparsers of the main parser.
        add_common: adds ``--lang``, the edition options, ``--example`` and
            ``--verified-only`` to a parser.
        evaluation_of: the main command line's evaluation of ``args.file`` or
            ``args.example``.
    """
    recognition = commands.add_parser(
        "recognition", help="recognition and revocation of NTM status (18/2022/QĐ-TTg)"
    )
    recognition_commands = recognition.add_subparsers(dest="recognition_command", required=True)
    for name, help_text, run in (
        (
            "assess",
            "whether a commune can be recognised: the four conditions",
            _command(evaluation_of, "recognition"),
        ),
        (
            "revoke",
            "whether a recognised commune's recognition must be revoked",
            _command(evaluation_of, "revocation"),
        ),
    ):
        command = recognition_commands.add_parser(name, help=help_text)
        command.add_argument("file", nargs="?", metavar="PROFILE", help="a profile (YAML or JSON)")
        command.add_argument(
            "--facts",
            metavar="FACTS",
            help="satisfaction, construction debt, security, tier, recognised (YAML or JSON; "
            "default: not known)",
        )
        command.add_argument(
            "--rules",
            metavar="RULES",
            help="a rules file laid over the shipped 18/2022 rules, e.g. with the commune "
            "satisfaction threshold",
        )
        command.add_argument("--format", choices=("table", "json"), default="table")
        add_common(command)
        command.set_defaults(run=run)
