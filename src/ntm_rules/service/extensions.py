"""Parts of the service that rest on optional extras (NumPy and pyarrow: the batch extra).

Each is looked up when a request needs it, so the rest of the service runs without it; when
it is missing the endpoint answers 501 with a body that says what is missing.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any, Final

from ntm_rules.service.config import ServiceConfig

NOT_AVAILABLE: Final = {
    "batch": {"error": "not implemented: install the batch extra: pip install 'ntm-rules[batch]'"},
}

Work = Callable[[Mapping[str, Any], ServiceConfig], dict[str, Any]]


class NotAvailableError(Exception):
    """An optional part is missing (501 with :data:`NOT_AVAILABLE` [``part``])."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


def batching() -> ModuleType:
    """The batch endpoint's module (numpy, pyarrow).

    Raises:
        NotAvailableError: the batch extra is not installed.
    """
    try:
        return importlib.import_module("ntm_rules.service.batching")
    except ImportError:  # pragma: no cover - the test extra installs it
        raise NotAvailableError("batch") from None


def households_summary() -> Work:
    """The household summary endpoint's work.

    Raises:
        NotAvailableError: the batch extra (NumPy, pyarrow) is not installed.
    """
    try:
        from ntm_rules.service.households import households_document  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the test extra installs it
        raise NotAvailableError("batch") from None
    return households_document
