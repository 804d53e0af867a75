"""Results: looking up one indicator's verdict (docs/mutation.md).

The 2021–2025 commune set has indicators 3.1 and 3.2 in criterion 3 and no 3.9 or 99.9
(reference §2).
"""

import pytest

import ntm_rules
from ntm_rules.exceptions import UnknownIdentifierError


@pytest.fixture(scope="module")
def evaluation() -> ntm_rules.Evaluation:
    """A Central Highlands commune, 2024, with only 3.1 reported."""
    profile = ntm_rules.load_profile(
        {"commune": "Test", "region": "TN", "year": 2024, "values": {"3.1": 85}}
    )
    return ntm_rules.evaluate(profile)


def test_an_indicator_is_found_in_its_criterion(evaluation: ntm_rules.Evaluation) -> None:
    """3.1 and 17.10 are found under criteria 3 and 17."""
    assert evaluation.indicator("3.1").id == "3.1"
    assert evaluation.indicator("17.10").id == "17.10"


@pytest.mark.parametrize(
    ("indicator_id", "message"),
    [
        ("3.9", "indicator: unknown indicator '3.9'; did you mean '3.2'?"),
        ("99.9", "indicator: unknown indicator '99.9'; did you mean '9.2'?"),
        ("3", "indicator: unknown indicator '3'; did you mean '8.3'?"),
    ],
)
def test_an_unknown_indicator_is_refused_with_a_suggestion(
    evaluation: ntm_rules.Evaluation, indicator_id: str, message: str
) -> None:
    """A criterion id or a missing indicator is not an indicator of the edition."""
    with pytest.raises(UnknownIdentifierError) as caught:
        evaluation.indicator(indicator_id)
    assert caught.value.field == "indicator"
    assert caught.value.kind == "indicator"
    assert str(caught.value) == message
