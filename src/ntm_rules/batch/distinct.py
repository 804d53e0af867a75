"""A column as each row's index into its distinct values, so that each is read once.

Text columns with many distinct values (communes' names) are checked with pyarrow's
string kernels: the tests that decide nothing by themselves (could this text be a "no
data" mark?) run in C++, and only the texts that pass them go to the Python reader.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.compute as pc  # type: ignore[import-untyped]

from ntm_rules.batch.table import Column, RefusedCell
from ntm_rules.exceptions import InputProblem
from ntm_rules.reading import is_blank
from ntm_rules.serialization import clean_text

Index = npt.NDArray[np.int32]
Flags = npt.NDArray[np.bool_]
NAME_REQUIRED = "the commune's name is required"
_MAYBE_BLANK = r"^[\s\p{Z}\x0b\x1c-\x1f\x85\-_–—/acdđeghiklnosu]*$"
"""Every character a "no data" mark can fold from (a necessary condition, checked in C++)."""
_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]"
"""The control characters :func:`~ntm_rules.serialization.clean_text` refuses."""


class Distinct:
    """A column's rows as indices (``-1``: null) into its distinct values.

    Attributes:
        codes: each row's index.
        array: the distinct values as a pyarrow array, when the column was one.
    """

    __slots__ = ("_values", "array", "codes")

    def __init__(self, codes: Index, array: Any = None, values: list[object] | None = None) -> None:
        self.codes = codes
        self.array = array
        self._values = values

    @property
    def values(self) -> list[object]:
        """The distinct values as Python objects."""
        if self._values is None:
            self._values = self.array.to_pylist()
        return self._values

    def __len__(self) -> int:
        return len(self.array) if self._values is None else len(self._values)

    def _text_array(self) -> bool:
        return self._values is None and pa.types.is_string(self.array.type)

    def blank(self) -> Flags:
        """Whether each distinct value means "no data", and ``True`` for null (last)."""
        if not self._text_array():
            return np.array([_empty(v) for v in self.values] + [True], dtype=bool)
        maybe = np.asarray(
            pc.and_(
                pc.less_equal(pc.utf8_length(self.array), 40),
                pc.match_substring_regex(_folded(self.array), _MAYBE_BLANK),
            ).to_numpy(zero_copy_only=False),
            dtype=bool,
        )
        flags = np.zeros(len(self) + 1, dtype=bool)
        flags[-1] = True
        for index in np.flatnonzero(maybe).tolist():
            flags[index] = is_blank(self.array[index].as_py())
        return flags

    def texts(self, *, required: bool) -> tuple[Any, list[str | None]]:
        """The distinct values as clean text (null last), and a problem for each bad one."""
        nothing = NAME_REQUIRED if required else None
        if not self._text_array():
            read = [_read_text(value, required=required) for value in self.values]
            texts = pa.array([text for text, _ in read] + [""], pa.string())
            return texts, [message for _, message in read] + [nothing]
        messages: list[str | None] = [None for _ in range(len(self))]
        messages.append(nothing)
        broken = pc.match_substring_regex(self.array, _CONTROL).to_numpy(zero_copy_only=False)
        for index in np.flatnonzero(np.asarray(broken, dtype=bool)).tolist():
            messages[index] = _read_text(self.array[index].as_py(), required=required)[1]
        cleaned = pc.utf8_trim_whitespace(pc.utf8_normalize(self.array, "NFC"))
        blank = self.blank()[:-1]
        if required:
            empty = np.asarray(pc.equal(cleaned, "").to_numpy(zero_copy_only=False), dtype=bool)
            for index in np.flatnonzero(blank | empty).tolist():
                messages[index] = messages[index] or NAME_REQUIRED
        cleaned = pc.if_else(pa.array(blank | np.asarray(broken, dtype=bool)), "", cleaned)
        return pa.concat_arrays([cleaned, pa.array([""], pa.string())]), messages


def _folded(array: Any) -> Any:
    decomposed = pc.utf8_normalize(array, "NFD")
    return pc.utf8_lower(pc.replace_substring_regex(decomposed, r"\p{M}", ""))


def encode(column: Column) -> Distinct:
    """A column as indices into its distinct values."""
    if isinstance(column, pa.Array):
        array = column
        if pa.types.is_dictionary(array.type):
            array = array.dictionary_decode()
        if pa.types.is_list(array.type) or pa.types.is_large_list(array.type):
            array = pc.binary_join(array.cast(pa.list_(pa.string())), ";")
        elif pa.types.is_decimal(array.type):
            array = array.cast(pa.string())  # the decimal as written: read exactly
        elif pa.types.is_large_string(array.type):
            array = array.cast(pa.string())
        try:
            encoded = pc.dictionary_encode(array)
        except (pa.ArrowNotImplementedError, pa.ArrowInvalid, pa.ArrowTypeError):
            return _encode_values(array.to_pylist())
        indices = pc.fill_null(encoded.indices, -1).to_numpy(zero_copy_only=False)
        return Distinct(indices.astype(np.int32, copy=False), encoded.dictionary)
    return _encode_values(column)


def _encode_values(values: Sequence[object]) -> Distinct:
    codes = np.empty(len(values), dtype=np.int32)
    seen: dict[Hashable, int] = {}
    distinct: list[object] = []
    for row, raw in enumerate(values):
        value = raw.item() if isinstance(raw, np.generic) else raw
        if value is None:
            codes[row] = -1
            continue
        key = value_key(value)
        found = seen.get(key) if key is not None else None
        if found is None:
            found = len(distinct)
            distinct.append(value)
            if key is not None:
                seen[key] = found
        codes[row] = found
    return Distinct(codes, values=distinct)


def value_key(value: object) -> Hashable | None:
    """A key telling ``1``, ``1.0`` and ``True`` apart (the readers do).

    Lists and mappings are keyed by their items; ``None`` for what cannot be keyed.
    """
    if isinstance(value, list | tuple):
        items = [value_key(item) for item in value]
        return None if any(i is None for i in items) else (type(value), tuple(items))
    if isinstance(value, dict):
        pairs = [(value_key(k), value_key(v)) for k, v in value.items()]
        if any(k is None or v is None for k, v in pairs):
            return None
        return (dict, tuple(pairs))
    try:
        hash(value)
    except TypeError:
        return None
    return (type(value), value)


def combine(columns: Sequence[Index], sizes: Sequence[int]) -> tuple[Index, list[tuple[int, ...]]]:
    """Each row's index into the distinct combinations of one or more columns, and those."""
    radix = 1
    for size in sizes:
        radix *= size + 1
    if radix >= 2**62:  # pragma: no cover - more distinct combinations than a table has rows
        stacked = np.stack(columns, axis=1)
        rows, inverse = np.unique(stacked, axis=0, return_inverse=True)
        return inverse.astype(np.int32).ravel(), [tuple(r) for r in rows.tolist()]
    key = np.zeros(len(columns[0]), dtype=np.int64)
    multiplier = 1
    for codes, size in zip(columns, sizes, strict=True):
        key += (codes.astype(np.int64) + 1) * multiplier
        multiplier *= size + 1
    distinct, inverse = np.unique(key, return_inverse=True)
    combinations = []
    for value in distinct.tolist():
        parts = []
        rest = value
        for size in sizes:
            rest, part = divmod(rest, size + 1)
            parts.append(part - 1)
        combinations.append(tuple(parts))
    return inverse.astype(np.int32).ravel(), combinations


def _read_text(value: object, *, required: bool) -> tuple[str, str | None]:
    if isinstance(value, RefusedCell):
        return "", value.message
    if is_blank(value) or (isinstance(value, str) and not value.strip()):
        return "", NAME_REQUIRED if required else None
    try:
        return clean_text(value).strip(), None
    except InputProblem as problem:
        return "", problem.reason


def _empty(value: object) -> bool:
    return not isinstance(value, RefusedCell) and (is_blank(value) or value == "")
