"""JSON documents: schema, cattrs agreement, and round-trips."""

import json

import pytest

import ntm_rules
from ntm_rules.documents import evaluation_document, evaluation_from_document, rulebook_document
from ntm_rules.examples import example_profile_path
from ntm_rules.serialization import CONVERTER


@pytest.fixture
def evaluation() -> ntm_rules.Evaluation:
    return ntm_rules.evaluate(ntm_rules.load_profile(example_profile_path()))


def test_converter_and_function_agree(evaluation: ntm_rules.Evaluation) -> None:
    """The cattrs converter produces the evaluation document."""
    assert CONVERTER.unstructure(evaluation) == evaluation_document(evaluation)
    book = ntm_rules.default_rulebook()
    assert CONVERTER.unstructure(book) == rulebook_document(book)


def test_evaluation_json_round_trip(evaluation: ntm_rules.Evaluation) -> None:
    """JSON text back to an Evaluation gives an equal object."""
    text = json.dumps(evaluation_document(evaluation), ensure_ascii=False)
    assert evaluation_from_document(json.loads(text)) == evaluation


def test_tampered_document_is_refused(evaluation: ntm_rules.Evaluation) -> None:
    """A recorded verdict that no longer holds is an error, not silently accepted."""
    document = evaluation_document(evaluation)
    document["criteria"][0]["indicators"][0]["status"] = "fail"
    with pytest.raises(ntm_rules.InvalidInputError):
        evaluation_from_document(document)


def test_rulebook_document_for_a_year() -> None:
    """Income shows its 2022 value in 2022 and unknown in 2025, with the history."""
    book = ntm_rules.default_rulebook()
    income_2022 = rulebook_document(book, 2022)["criteria"][9]["indicators"][0]
    income_2025 = rulebook_document(book, 2025)["criteria"][9]["indicators"][0]
    assert income_2022["thresholds"]["TDMNPB"]["value"] == 36
    assert income_2025["thresholds"]["TDMNPB"]["verification"] == "unknown"
    assert len(income_2025["history"]["TDMNPB"]) == 2
