"""JSON writing: orjson, when it writes, writes what the standard library writes.

The oracle is the standard library (``json.dumps`` with sorted keys and no spaces is the
documented canonical form); arbitrary JSON data, text of any characters and numbers of
any size, must give the same bytes from the fast writer whenever its numbers are
``spelled_alike``, and the same JSON values always.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ntm_rules import json_io
from ntm_rules.fingerprints import plain


def standard(data: Any) -> bytes:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


def numbers(data: Any) -> Iterator[float | None]:
    if isinstance(data, dict):
        for value in data.values():
            yield from numbers(value)
    elif isinstance(data, list):
        for value in data:
            yield from numbers(value)
    elif not isinstance(data, str):
        yield data


finite = st.floats(allow_nan=False, allow_infinity=False)
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),  # beyond 64 bits too: orjson refuses them, the library writes them
    finite,
    st.floats(min_value=-1e-3, max_value=1e-3),  # around the fractions spelled otherwise
    st.text(),  # control characters, quotes, backslashes, any plane
)
documents = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=40,
).map(plain)


@given(documents)
def test_canonical_bytes_are_the_standard_librarys(data: Any) -> None:
    """Numbers spelled alike: orjson's bytes; otherwise the library's; the same either way."""
    alike = json_io.spelled_alike(numbers(data))
    assert json_io.canonical_bytes(data, numbers_alike=alike) == standard(data)


@given(finite)
@example(5e-05)  # orjson: 0.00005
@example(1e-07)  # orjson: 1e-7
@example(0.0001)
@example(1234567890123456.8)
def test_a_number_spelled_alike_is_written_alike(value: float) -> None:
    """What ``spelled_alike`` lets through, orjson spells as the standard library does."""
    if json_io.spelled_alike([value]):
        assert orjson.dumps(value) == json.dumps(value).encode()


def test_the_fractions_spelled_otherwise_are_refused() -> None:
    """Under 10⁻⁴ (but not zero), a fraction is not spelled alike; counts always are."""
    assert not json_io.spelled_alike([70, 0.00005])
    assert not json_io.spelled_alike([-0.00009])
    assert json_io.spelled_alike([0.0, 0.0001, 10**30, True, None])


@given(documents)
def test_both_writers_write_the_same_values(data: Any) -> None:
    """Compact or indented, with or without orjson: JSON that reads back as the data."""
    for indent in (False, True):
        assert json.loads(json_io.dumps(data, indent=indent)) == data


def test_without_orjson_the_standard_library_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast extra is optional: without it, the same bytes and the same values."""
    data = {"b": [1, 2.5, None], "a": "Thu Lũm", "n": 2**70}
    fast = json_io.canonical_bytes(data, numbers_alike=True)
    monkeypatch.setattr(json_io, "FAST", None)
    assert json_io.canonical_bytes(data, numbers_alike=True) == fast == standard(data)
    assert (
        json_io.dumps(data, indent=True) == json.dumps(data, ensure_ascii=False, indent=2).encode()
    )
    assert json.loads(json_io.dumps(data)) == data


@pytest.mark.parametrize("value", [70.0, -3.0, 1e15])
def test_whole_floats_are_written_as_integers(value: float) -> None:
    """``70.0`` is written ``70``: documents are canonical as they are built."""
    written = json_io.plain_number(value)
    assert type(written) is int
    assert written == value


@pytest.mark.parametrize("value", [91.5, math.inf, True, None, 3])
def test_other_numbers_are_kept(value: float | None) -> None:
    assert json_io.plain_number(value) is value


def test_numpy_floats_are_written_as_floats() -> None:
    """A float of a subclass (NumPy's) is a float in a document, and its fractions count."""
    import numpy as np  # noqa: PLC0415 - the batch extra, installed by the test extra

    whole, fraction = json_io.plain_number(np.float64(70.0)), json_io.plain_number(np.float64(0.5))
    assert type(whole) is int
    assert type(fraction) is float
    assert not json_io.spelled_alike([np.float64(0.00005)])
