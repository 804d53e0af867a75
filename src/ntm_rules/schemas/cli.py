"""The ``ntm-rules schema`` command: list the shipped JSON Schemas, or print one."""

from __future__ import annotations

import argparse
from typing import Any

from ntm_rules.schemas import names, schema, schema_text


def add_schema_commands(commands: Any) -> None:
    """Register ``schema``."""
    schema_cmd = commands.add_parser(
        "schema", help="the JSON Schema of a document (without NAME: list them)"
    )
    schema_cmd.add_argument("name", nargs="?", help="a schema name, e.g. evaluation or profile")
    schema_cmd.set_defaults(run=_run)


def _run(args: argparse.Namespace) -> None:
    if args.name is not None:
        print(schema_text(args.name), end="")
        return
    width = max(map(len, names()))
    for name in names():
        loaded = schema(name)
        print(f"{name:<{width}}  {loaded['x-ntm-rules-tag']:<28}  {loaded['$id']}")
