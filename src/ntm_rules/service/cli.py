"""The ``ntm-rules serve`` command: the HTTP service on uvicorn.

Registered without importing Starlette or uvicorn, so that the rest of the command line works
without the ``service`` extra.
"""

from __future__ import annotations

import argparse
import ipaddress
import os
import sys
from collections.abc import Callable
from typing import Any

from ntm_rules._extras import require
from ntm_rules.exceptions import InvalidInputError, OutOfRangeError
from ntm_rules.messages import Message
from ntm_rules.service.config import DEFAULT_MAX_BODY, DEFAULT_MAX_ROWS, TOKEN_VARIABLE, load_config

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
"""The ``Host`` names answered when the service listens on a loopback address."""


def add_serve_commands(commands: Any, add_common: Callable[..., None]) -> None:
    """Register ``serve`` (``add_common`` is not used: its single ``--rulebook`` differs)."""
    serve = commands.add_parser(
        "serve", help="an HTTP service for apps in any language (the service extra)"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the address to listen on (default 127.0.0.1: this machine only)",
    )
    serve.add_argument("--port", type=int, default=8000, help="default 8000")
    serve.add_argument(
        "--token",
        default=None,
        help=f"require 'Authorization: Bearer TOKEN' (default: ${TOKEN_VARIABLE}; unset: no token)",
    )
    serve.add_argument(
        "--rulebook",
        action="append",
        default=[],
        metavar="FILE",
        help="a provincial table or edition file that requests may name by id (repeatable)",
    )
    serve.add_argument(
        "--max-body",
        type=int,
        default=DEFAULT_MAX_BODY,
        metavar="BYTES",
        help="the largest request body, in bytes",
    )
    serve.add_argument(
        "--max-rows",
        type=int,
        default=DEFAULT_MAX_ROWS,
        metavar="N",
        help="the most rows of one /batch (or households of one summary) request",
    )
    serve.add_argument(
        "--lang", choices=("vi", "en"), help="the upload page's default language (default vi)"
    )
    serve.add_argument(
        "--log-level",
        choices=("critical", "error", "warning", "info", "debug"),
        default="warning",
        help="uvicorn's log level (info also logs each request)",
    )
    serve.set_defaults(run=_run)


def is_loopback(host: str) -> bool:
    """Whether ``host`` is this machine only (``127.0.0.0/8``, ``::1``, ``localhost``)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _run(args: argparse.Namespace) -> None:
    needs = "ntm-rules serve needs the service extra: pip install 'ntm-rules[service]'"
    uvicorn = require("uvicorn", needs)
    create_app = require("ntm_rules.service.app", needs).create_app
    if not 0 <= args.port <= 65535:
        problem = OutOfRangeError(
            "--port", Message("expected 0 to 65535, got {port}", port=args.port)
        )
        raise InvalidInputError([problem], "arguments")
    token = args.token if args.token is not None else os.environ.get(TOKEN_VARIABLE)
    config = load_config(
        args.rulebook,
        token=token,
        max_body=args.max_body,
        max_rows=args.max_rows,
        lang=args.lang,
    )
    loopback = is_loopback(args.host)
    if not loopback and config.token is None:
        print(
            f"warning: listening on {args.host} without a token: anyone who can reach it may "
            f"use it (give --token or ${TOKEN_VARIABLE})",
            file=sys.stderr,
        )
    app = create_app(config, allowed_hosts=LOOPBACK_NAMES if loopback else ())
    print(f"ntm-rules service on http://{args.host}:{args.port}/", file=sys.stderr, flush=True)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_level=args.log_level,
        access_log=args.log_level in ("info", "debug"),
        server_header=False,
        date_header=False,
    )
