"""Optional extras: a module imported when a feature needs it, or an error saying what to install."""

from __future__ import annotations

import importlib
from types import ModuleType

from ntm_rules.exceptions import NtmRulesError


class MissingExtraError(NtmRulesError):
    """An optional dependency is not installed; the message names the extra to install."""


def require(module: str, message: str) -> ModuleType:
    """``module`` imported, or :class:`MissingExtraError` with ``message`` (the pip command).

    Examples:
        >>> require("json", "never shown").__name__
        'json'
        >>> require("no_such_module_here", "install the x extra")
        Traceback (most recent call last):
        ntm_rules._extras.MissingExtraError: install the x extra
    """
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingExtraError(message) from None
