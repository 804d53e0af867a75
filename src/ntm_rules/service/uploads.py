"""Uploads read through the library's file readers, from a private temporary folder.

The sheet and table readers take files (they check size, formulas, zip bombs); an upload is
written under a fresh temporary folder that only this process can read, read from there and
deleted. The name given by the client is only shown in messages (made safe first), never
used as a path, and the temporary path is cut out of every problem.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ntm_rules.exceptions import InvalidInputError
from ntm_rules.service.errors import hidden

_UNSAFE = re.compile(r"[^\w.\- ]+")


def safe_name(given: str | None, default: str, suffixes: tuple[str, ...]) -> str:
    """A file name for messages: the last part of ``given``, plain characters, a known suffix.

    Examples:
        >>> safe_name("../../etc/passwd.csv", "sheet.csv", (".csv",))
        'passwd.csv'
        >>> safe_name(None, "sheet.xlsx", (".xlsx",))
        'sheet.xlsx'
    """
    base = (given or "").replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")[-80:]
    if not base or not base.lower().endswith(suffixes):
        return default
    return base


@contextmanager
def spooled(data: bytes, name: str) -> Iterator[Path]:
    """The upload as a file named ``name`` in a private temporary folder, for the block.

    Raises:
        InvalidInputError: as raised in the block, without the temporary path.
    """
    with tempfile.TemporaryDirectory(prefix="ntm-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            yield path
        except InvalidInputError as error:
            raise hidden(error) from None
