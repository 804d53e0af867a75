"""A progress bar for long batches: tqdm on standard error, only on a terminal, after a second."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TextIO


class Progress:
    """A context manager giving a function that advances the bar by a number of communes.

    Nothing is shown when ``enabled`` is false, when the stream is not a terminal, or for a
    batch done within ``delay`` seconds.
    """

    def __init__(
        self, total: int, *, enabled: bool, file: TextIO | None = None, delay: float = 1.0
    ) -> None:
        self._bar: Any = None
        if enabled:
            from tqdm import tqdm  # type: ignore[import-untyped]  # noqa: PLC0415 - batch extra

            self._bar = tqdm(
                total=total,
                unit=" communes",
                delay=delay,
                disable=None,  # tqdm: off when the stream is not a terminal
                file=file or sys.stderr,
                leave=False,
                dynamic_ncols=True,
            )

    def __enter__(self) -> Callable[[int], None]:
        bar = self._bar
        if bar is None:
            return _nothing
        return bar.update  # type: ignore[no-any-return]

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.close()


def _nothing(count: int) -> None:
    del count
