"""Names a package exports but imports on first use (PEP 562), so that importing it is light."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_exports(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """The module ``__getattr__`` of ``package``: each name from its home module.

    ``homes`` maps a public name to ``"module"`` or ``"module:attribute"``; the value is kept
    in the package once loaded.

    Examples:
        >>> getattr_ = lazy_exports("ntm_rules", {"tr": "ntm_rules.i18n"})
        >>> getattr_("tr").__name__
        'tr'
    """

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook PEP 562 names
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        module, _, attribute = home.partition(":")
        value = getattr(importlib.import_module(module), attribute or name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
