"""Loading profiles: every accepted input form, and every kind of bad input."""

from pathlib import Path
from typing import Any

import pytest

import ntm_rules
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    MalformedFileError,
    OutOfRangeError,
    UnitMismatchError,
    UnknownIdentifierError,
    WrongKindError,
)
from ntm_rules.measurements import Achievement, Amount, Components, Ratio, Score

BASE: dict[str, Any] = {"commune": "A", "province": "B", "region": "TDMNPB", "year": 2025}


def load(values: dict[str, Any], **head: Any) -> ntm_rules.CommuneProfile:
    return ntm_rules.load_profile({**BASE, **head, "values": values})


def problems(values: dict[str, Any] | None = None, **head: Any) -> list[InputProblem]:
    with pytest.raises(InvalidInputError) as caught:
        ntm_rules.load_profile({**BASE, **head, "values": values or {}})
    assert isinstance(caught.value, ntm_rules.NtmRulesError)
    return list(caught.value.problems)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(95, Amount(95.0), id="bare number in percent"),
        pytest.param("95 %", Amount(95.0), id="percent string"),
        pytest.param("95%", Amount(95.0), id="percent string without space"),
        pytest.param("95,5 %", Amount(95.5), id="decimal comma"),
        pytest.param("412/450", Ratio(412.0, 450.0), id="counts as text"),
        pytest.param({"numerator": 19, "denominator": 20}, Ratio(19.0, 20.0), id="counts"),
    ],
)
def test_rates_accept_every_form(raw: Any, expected: Any) -> None:
    """A rate can be a number, a string with a unit, or counts."""
    assert load({"3.1": raw}).values["3.1"] == expected


def test_income_converts_units() -> None:
    """VND per person per year and million VND per person per year agree."""
    a = load({"10": "34 million VND/person/year"}).values["10"]
    b = load({"10": "34000000 VND/person/year"}).values["10"]
    c = load({"10": 34}).values["10"]
    assert a == b == c == Amount(34.0)


def test_green_space_reads_square_metres() -> None:
    """17.4 accepts m²/person."""
    assert load({"17.4": "2.5 m²/person"}).values["17.4"] == Amount(2.5)


def test_achieved_score_and_components() -> None:
    """Booleans, scores and composite parts are read into their kinds."""
    values = load(
        {"1.1": True, "3.2": 62, "5": {"schools": 3, "meeting_minimum": 3, "meeting_level_1": 2}}
    ).values
    assert values["1.1"] == Achievement(True)
    assert values["3.2"] == Score(62.0)
    assert isinstance(values["5"], Components)


def test_region_names_with_and_without_diacritics() -> None:
    """Region codes and Vietnamese names are accepted in any case."""
    for name in ("dbsh", "ĐBSH", "Đồng bằng sông Hồng", "dong bang song hong"):
        assert load({}, region=name).region is ntm_rules.Region.DBSH


def test_yaml_and_json_files_load(tmp_path: Path) -> None:
    """Profiles load from YAML and JSON files alike."""
    (tmp_path / "p.yaml").write_text(
        'commune: Thu Lũm\nregion: TDMNPB\nyear: 2025\nvalues:\n  "3.1": 85\n', encoding="utf-8"
    )
    (tmp_path / "p.json").write_text(
        '{"commune": "Thu Lũm", "region": "TDMNPB", "year": 2025, "values": {"3.1": 85}}',
        encoding="utf-8",
    )
    assert ntm_rules.load_profile(tmp_path / "p.yaml") == ntm_rules.load_profile(
        tmp_path / "p.json"
    )


# --- the bad-input catalogue -------------------------------------------------------------


def only(found: list[InputProblem]) -> InputProblem:
    assert len(found) == 1, found
    return found[0]


def test_unknown_indicator_suggests_the_closest() -> None:
    """An unknown id names the field and offers a close match."""
    problem = only(problems({"17.11": 5}))
    assert isinstance(problem, UnknownIdentifierError)
    assert problem.field == 'values."17.11"'
    assert "did you mean" in str(problem)


def test_unknown_region_and_category() -> None:
    """Regions and categories outside the lists are errors naming the field."""
    found = problems(region="Mars", categories=["rich"])
    fields = sorted(p.field for p in found)
    assert fields == ["categories[0]", "region"]


@pytest.mark.parametrize(
    ("raw", "kind", "field"),
    [
        pytest.param(120, OutOfRangeError, 'values."3.1"', id="rate above 100"),
        pytest.param(-1, OutOfRangeError, 'values."3.1"', id="negative rate"),
        pytest.param(float("nan"), OutOfRangeError, 'values."3.1"', id="nan"),
        pytest.param(float("inf"), OutOfRangeError, 'values."3.1"', id="infinity"),
        pytest.param(
            {"numerator": -1, "denominator": 5},
            OutOfRangeError,
            'values."3.1".numerator',
            id="negative count",
        ),
        pytest.param(
            {"numerator": 6, "denominator": 5},
            OutOfRangeError,
            'values."3.1".numerator',
            id="numerator above denominator",
        ),
        pytest.param(
            {"numerator": 0, "denominator": 0},
            OutOfRangeError,
            'values."3.1".denominator',
            id="zero denominator",
        ),
        pytest.param("3 km", UnitMismatchError, 'values."3.1"', id="wrong dimension"),
        pytest.param(True, WrongKindError, 'values."3.1"', id="bool for a number"),
        pytest.param([1, 2], WrongKindError, 'values."3.1"', id="list for a number"),
    ],
)
def test_bad_rate_values(raw: Any, kind: type[InputProblem], field: str) -> None:
    """Each bad rate is a typed problem naming the field."""
    problem = only(problems({"3.1": raw}))
    assert isinstance(problem, kind)
    assert problem.field == field


def test_number_for_an_achieved_indicator() -> None:
    """A number other than 1/0 for an achieved-type indicator is rejected."""
    assert isinstance(only(problems({"19.2": 2})), WrongKindError)
    assert isinstance(only(problems({"19.2": 0.5})), WrongKindError)


def test_indicator_ids_must_be_text() -> None:
    """A YAML number such as 17.10 would silently become 17.1: it is rejected."""
    problem = only(problems({17.10: 5}))  # type: ignore[dict-item]
    assert "quote" in str(problem)


def test_year_outside_every_edition() -> None:
    """A data year no edition judges is an error that lists the editions and their years."""
    problem = only(problems(year=2031))
    assert problem.field == "year"
    assert "2021-2025 (2022–2025" in problem.reason
    assert "2026-2030 (2026–2030" in problem.reason


def test_year_outside_the_named_edition() -> None:
    """A year outside the edition given explicitly is an error, not another edition."""
    with pytest.raises(InvalidInputError) as caught:
        ntm_rules.load_profile({**BASE, "year": 2026}, ntm_rules.default_rulebook())
    assert only(list(caught.value.problems)).field == "year"


def test_the_year_picks_the_edition() -> None:
    """2025 is judged by 318/QĐ-TTg, 2026 by 51/2025/QĐ-TTg, and the evaluation says so."""
    for year, expected in ((2025, "vn.ntm.xa.2021_2025"), (2026, "vn.ntm.xa.2026_2030")):
        head = {**BASE, "year": year, "categories": ["ethnic_minority_zone_iii"]}
        evaluation = ntm_rules.evaluate(ntm_rules.load_profile(head))
        assert evaluation.rulebook.id == expected
        assert evaluation.edition_basis == "year"


def test_every_problem_is_reported_together() -> None:
    """Several bad fields give several problems in one error."""
    found = problems({"3.1": 120, "19.2": 3, "9.9": 1}, region="Mars")
    assert len(found) == 4


def test_missing_and_extra_fields() -> None:
    """A missing required field and an unknown field are both named."""
    with pytest.raises(InvalidInputError) as caught:
        ntm_rules.load_profile({"region": "TN", "year": 2025, "colour": "red"})
    fields = sorted(p.field for p in caught.value.problems)
    assert "commune" in fields
    assert any("colour" in str(p) for p in caught.value.problems)


def test_control_characters_in_names() -> None:
    """Names with control characters are refused."""
    assert only(problems(commune="A\x00B")).field == "commune"


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        pytest.param(b"", "empty", id="empty file"),
        pytest.param(b"- a\n- b\n", "mapping", id="list at top level"),
        pytest.param(b"commune: [unclosed\n", "cannot parse", id="malformed yaml"),
        pytest.param(b"commune: A\ncommune: B\n", "duplicate", id="duplicate key"),
        pytest.param(b"commune: \xff\xfe\n", "UTF-8", id="not utf-8"),
    ],
)
def test_bad_files(tmp_path: Path, content: bytes, fragment: str) -> None:
    """Unreadable documents raise InvalidInputError saying what is wrong."""
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    with pytest.raises(InvalidInputError) as caught:
        ntm_rules.load_profile(path)
    assert fragment in str(caught.value)


def test_malformed_json(tmp_path: Path) -> None:
    """A .json file is parsed as strict JSON."""
    path = tmp_path / "bad.json"
    path.write_text("{'commune': 'A'}", encoding="utf-8")
    with pytest.raises(InvalidInputError) as caught:
        ntm_rules.load_profile(path)
    assert isinstance(caught.value.problems[0], MalformedFileError)


def test_profile_round_trips_through_its_dict() -> None:
    """to_dict then load gives an equal profile."""
    original = load(
        {
            "3.1": {"numerator": 3, "denominator": 4},
            "10": "34 million VND/person/year",
            "19.2": True,
        },
        categories=["safety_zone"],
    )
    assert ntm_rules.load_profile(original.to_dict()) == original


def test_unreadable_paths() -> None:
    """A path with a NUL byte, a directory, or a non-path object is a typed error."""
    with pytest.raises(InvalidInputError, match="cannot read"):
        ntm_rules.load_profile("bad\x00name.yaml")
    for special in ("/", "/dev/zero", "/dev/null"):
        with pytest.raises(InvalidInputError, match="not a regular file"):
            ntm_rules.load_profile(special)
    with pytest.raises(InvalidInputError, match="file path or a mapping"):
        ntm_rules.load_profile(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("indicator", "raw", "expected"),
    [
        ("10", "38,5 triệu đồng/người/năm", Amount(38.5)),
        ("10", "34.000.000 VND/person/year", Amount(34.0)),
        ("10", "30.500.000 đồng/người/năm", Amount(30.5)),
        ("10", "2,5 triệu đồng/người/tháng", Amount(30.0)),
        ("17.4", "2,5 m²/người", Amount(2.5)),
        ("17.4", "2,5 m2/người", Amount(2.5)),
        ("3.1", "91,56 %", Amount(91.56)),
        ("3.1", "412/450", Ratio(412.0, 450.0)),
        ("3.1", {"numerator": "2,32", "denominator": "2,9"}, Ratio(2.32, 2.9)),
        ("19.2", "Đạt", Achievement(True)),
        ("19.2", "chưa đạt", Achievement(False)),
        ("19.2", "Không đạt", Achievement(False)),
        ("19.2", "x", Achievement(True)),
        ("19.2", 1, Achievement(True)),
        ("19.2", "0", Achievement(False)),
        ("3.2", "Đạt", Achievement(True)),
        ("3.2", "55 điểm", Score(55.0)),
        ("3.2", "55,5", Score(55.5)),
    ],
)
def test_values_as_officials_write_them(indicator: str, raw: object, expected: object) -> None:
    """Vietnamese numbers, counts and achieved words read as the official means them."""
    assert load({indicator: raw}).values[indicator] == expected


@pytest.mark.parametrize("blank", [None, "", "  ", "-", "n/a", "N/A", "chưa có số liệu"])
def test_blank_values_are_no_data(blank: object) -> None:
    """An empty cell is "no data" (the indicator reads "chưa có số liệu"), never 0 or 1."""
    profile = load({"3.1": blank, "10": blank, "19.2": blank, "5": blank})
    assert profile.values == {}
    result = ntm_rules.evaluate(profile).indicator("3.1")
    assert result.status is ntm_rules.Status.UNKNOWN
    assert result.reason is ntm_rules.Reason.NO_INPUT


def test_blank_school_counts_are_left_out() -> None:
    """A blank part of a composite is a missing part, not zero schools."""
    value = load({"5": {"schools": 4, "meeting_minimum": "", "meeting_level_1": 3}}).values["5"]
    assert value == Components({"schools": 4.0, "meeting_level_1": 3.0})


def test_a_commune_at_30_5_million_fails_a_38_million_bar() -> None:
    """'30.500.000 đồng' is 30.5 million: it fails 38, where it was once read as 0 or 305."""
    table = ntm_rules.load_overrides(
        {
            "schema": "ntm_rules.overrides/1",
            "id": "fixture",
            "citation": {"instrument": "Test fixture (not a real decision)"},
            "verification": "verified",
            "thresholds": {"10": {"TDMNPB": "38 triệu đồng/người/năm"}},
        }
    )
    book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    for written in ("30.500.000 đồng/người/năm", "30,5 triệu đồng/người/năm", "30,5"):
        profile = ntm_rules.load_profile({**BASE, "values": {"10": written}}, book)
        result = ntm_rules.evaluate(profile, book).indicator("10")
        assert result.status is ntm_rules.Status.FAIL, written
        assert result.gap == pytest.approx(7.5)


def test_values_are_kept_in_rulebook_order() -> None:
    """Whatever the order of the input, values (and so documents) follow the rulebook."""
    profile = load({"17.10": 90, "2.1": 90, "10": 40, "5": True})
    assert list(profile.values) == ["2.1", "5", "10", "17.10"]
    assert list(profile.to_dict()["values"]) == ["2.1", "5", "10", "17.10"]
