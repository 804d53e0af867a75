"""The ``ntm-rules plan`` commands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any


def add_plan_commands(
    commands: Any,
    add_common: Callable[..., None],
) -> None:
    """Register ``plan show`` and ``plan progress``."""
    _ = (commands, add_common, argparse)
