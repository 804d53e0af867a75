"""Bounded structuring: the same objects as cattrs, fewer errors built, short key paths."""

from __future__ import annotations

from typing import Any

import attrs
import cattrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ntm_rules.exceptions import EntriesNotChecked, ProblemCollector, WrongKindError
from ntm_rules.serialization import CONVERTER, structure
from ntm_rules.structuring import FAILURES


@attrs.frozen
class Entry:
    """A small record, as the loaders' documents hold."""

    value: int
    names: tuple[str, ...] = ()


@attrs.frozen
class Table:
    """Collections of every kind the hooks structure, nested."""

    numbers: list[int]
    unique: frozenset[int]
    entries: tuple[Entry, ...]
    by_key: dict[str, list[Entry]]


PLAIN = cattrs.Converter(forbid_extra_keys=True)
"""cattrs as it comes: the oracle for what valid data structures to."""

entries = st.builds(
    lambda value, names: {"value": value, "names": names},
    st.integers(-1000, 1000),
    st.lists(st.text(alphabet="abcxyz", max_size=5), max_size=3),
)
tables = st.fixed_dictionaries(
    {
        "numbers": st.lists(st.integers(-1000, 1000), max_size=20),
        "unique": st.lists(st.integers(0, 50), max_size=20),
        "entries": st.lists(entries, max_size=5),
        "by_key": st.dictionaries(
            st.text(alphabet="abc", min_size=1, max_size=4), st.lists(entries, max_size=3)
        ),
    }
)


@given(data=tables)
def test_valid_data_structures_as_cattrs_does(data: dict[str, Any]) -> None:
    """Valid documents give the object plain cattrs gives (the hooks only bound failures)."""
    assert CONVERTER.structure(data, Table) == PLAIN.structure(data, Table)


@given(
    good=st.lists(st.integers(0, 9), max_size=30),
    bad=st.integers(min_value=1, max_value=3 * FAILURES),
)
def test_a_list_stops_after_enough_failures(good: list[int], bad: int) -> None:
    """Every failing entry up to the allowance is a problem; the rest are counted unchecked."""
    numbers: list[object] = [*good, *(["x"] * bad)]
    _, problems = structure({**_valid(), "numbers": numbers}, Table, "t")
    failing = [p for p in problems if not isinstance(p, EntriesNotChecked)]
    assert [p.field for p in failing] == [
        f"numbers[{len(good) + n}]" for n in range(min(bad, FAILURES))
    ]
    assert all(isinstance(p, WrongKindError) for p in failing)
    unchecked = [str(p) for p in problems if isinstance(p, EntriesNotChecked)]
    rest = bad - FAILURES
    assert unchecked == ([f"numbers: {rest} more entries not checked"] if rest > 0 else [])


def test_nested_collections_share_one_allowance() -> None:
    """300 mappings of 300 bad lists: about 100 failures are built, not 90 000."""
    bad_entry = {"value": "x"}
    by_key = {f"k{n}": [bad_entry] * 300 for n in range(300)}
    _, problems = structure({**_valid(), "by_key": by_key}, Table, "t")
    assert FAILURES <= len(problems) <= FAILURES + 3
    assert "by_key: 299 more entries not checked" in map(str, problems)


def test_text_or_a_mapping_where_a_list_belongs() -> None:
    """Inside a mapping too (where no attrs field names the list), text is not a list of letters."""
    for given_value in ("abc", {"a": 1}, 5):
        _, problems = structure({**_valid(), "by_key": {"k": given_value}}, Table, "t")
        assert [p.field for p in problems] == ["by_key['k']"]
        assert str(problems[0]).startswith("by_key['k']: expected a list, got ")


@pytest.mark.parametrize("key", ["x" * 5000, "\x1b[2J" + "y" * 300])
def test_a_long_key_is_an_excerpt_in_the_path(key: str) -> None:
    """A user's key in a cattrs path is a short, escaped excerpt, not the key in full."""
    _, problems = structure({**_valid(), "by_key": {key: [{"value": "v"}]}}, Table, "t")
    (problem,) = problems
    assert len(problem.field) < 80
    assert problem.field.startswith("by_key['")
    assert problem.field.endswith("'][0].value")
    assert "..." in problem.field
    assert "\x1b" not in str(problem)


def test_the_collector_keeps_the_unchecked_note() -> None:
    """A full collector still lists "N more entries not checked" (it is not a problem count)."""
    collector = ProblemCollector()
    for n in range(ProblemCollector.LIMIT + 5):
        collector.add(WrongKindError(f"x[{n}]", "bad"))
    collector.add(EntriesNotChecked("x", "7 more entries not checked"))
    with pytest.raises(Exception, match="x: 7 more entries not checked") as caught:
        collector.raise_if_any("t")
    assert str(caught.value).splitlines()[-1] == "  … and 5 more problems"


def _valid() -> dict[str, Any]:
    return {"numbers": [], "unique": [], "entries": [], "by_key": {}}
