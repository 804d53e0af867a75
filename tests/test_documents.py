"""JSON documents: schema, cattrs agreement, and round-trips; written canonical and sealed."""

import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import json_io
from ntm_rules.documents import (
    evaluation_document,
    evaluation_from_document,
    evaluation_json,
    rulebook_document,
)
from ntm_rules.examples import example_profile_path
from ntm_rules.fingerprints import plain
from ntm_rules.measurements import Amount, Measurement, Ratio
from ntm_rules.profile import CommuneProfile
from ntm_rules.regions import Region
from ntm_rules.sealing import is_intact, load_evaluation
from ntm_rules.serialization import CONVERTER
from tests.strategies import profile_documents


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


def _same_types(built: Any, canonical: Any) -> bool:
    """Equal, and every value of the same type (``70`` is not ``70.0`` here)."""
    if type(built) is not type(canonical):
        return False
    if isinstance(built, dict):
        return built.keys() == canonical.keys() and all(
            _same_types(built[key], canonical[key]) for key in built
        )
    if isinstance(built, list):
        return len(built) == len(canonical) and all(map(_same_types, built, canonical))
    return bool(built == canonical)


def _standard(data: Any) -> bytes:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8")


@settings(max_examples=40)
@given(profile_documents())
def test_documents_are_built_canonical(profile: dict[str, Any]) -> None:
    """The document is canonical data as built: the seal hashes it without a second walk."""
    document = evaluation_document(ntm_rules.evaluate(ntm_rules.load_profile(profile)))
    assert _same_types(document, plain(document))
    assert is_intact(json.loads(json.dumps(document)))


@settings(max_examples=40)
@given(profile_documents(), st.sampled_from([0.00005, 1e-07, -0.00009, 0.5]))
def test_evaluation_json_is_the_canonical_sealed_document(
    profile: dict[str, Any], fraction: float
) -> None:
    """Compact, the bytes are the sealed document's canonical JSON, with or without orjson.

    A fraction under 10⁻⁴ (which orjson spells otherwise) is among the values: given, in
    the profile and the results, or made by counts (a share of 1 in 2,000,000 is 5e-05 %).
    """
    profile["values"]["1.1"] = True
    profile["values"]["3.1"] = fraction if fraction > 0 else 0.5
    profile["values"]["17.6"] = {"numerator": abs(fraction), "denominator": 1}
    profile["values"]["16"] = {"numerator": 1, "denominator": 2_000_000}
    evaluation = ntm_rules.evaluate(ntm_rules.load_profile(profile))
    written = evaluation_json(evaluation)
    document = json.loads(written)
    assert written == _standard(document)
    assert is_intact(document)
    assert load_evaluation(document).verdict is evaluation.verdict
    assert document == json.loads(json.dumps(evaluation_document(evaluation)))
    assert json.loads(evaluation_json(evaluation, indent=True)) == document


def test_evaluation_json_is_the_same_without_orjson(
    evaluation: ntm_rules.Evaluation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast extra changes the speed, not one byte."""
    written = evaluation_json(evaluation)
    monkeypatch.setattr(json_io, "FAST", None)
    assert evaluation_json(evaluation) == written
    assert json.loads(evaluation_json(evaluation, indent=True)) == json.loads(written)


def test_a_gap_under_a_ten_thousandth_is_written_canonical(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """A value 0.00005 under its threshold leaves a gap orjson would spell otherwise."""
    bound = evaluation.indicator("3.1").threshold
    assert bound is not None
    assert isinstance(bound.value, float | int)
    profile = evaluation.profile.to_dict()
    profile["values"]["3.1"] = bound.value - 0.00005
    near = ntm_rules.evaluate(ntm_rules.load_profile(profile))
    assert near.indicator("3.1").gap == pytest.approx(0.00005)
    written = evaluation_json(near)
    assert written == _standard(json.loads(written))


def test_a_given_value_no_result_judged_is_written_canonical(
    evaluation: ntm_rules.Evaluation,
) -> None:
    """The profile's values are written even when the results judged other objects."""
    profile = evaluation.profile.to_dict()
    profile["values"]["3.1"] = 0.00005
    other = attrs.evolve(evaluation, profile=ntm_rules.load_profile(profile))
    written = evaluation_json(other)
    assert json.loads(written)["profile"]["values"]["3.1"] == 0.00005
    assert written == _standard(json.loads(written))


def test_measurements_of_numpy_floats_are_written_as_floats() -> None:
    """A profile built by hand from NumPy floats seals and reads back as any other."""
    import numpy as np  # noqa: PLC0415 - the batch extra, installed by the test extra

    values: dict[str, Measurement] = {
        "3.1": Amount(np.float64(70.0)),
        "6.3": Ratio(np.float64(11), np.float64(12)),
    }
    profile = CommuneProfile(commune="A", province="P", year=2024, region=Region.TN, values=values)
    evaluation = ntm_rules.evaluate(profile)
    document = json.loads(json.dumps(evaluation_document(evaluation)))
    assert is_intact(document)
    assert _same_types(document, plain(document))
    written = evaluation_json(evaluation)
    assert written == _standard(json.loads(written))
    assert load_evaluation(json.loads(written)).indicator("3.1").value == 70


def test_the_indented_form_is_the_same_without_orjson(monkeypatch: pytest.MonkeyPatch) -> None:
    """Indented too, the text does not depend on the fast extra (fractions under 10⁻⁴)."""
    profile = ntm_rules.load_profile(
        {"commune": "A", "region": "TN", "year": 2024, "values": {"3.1": 0.00005}}
    )
    evaluation = ntm_rules.evaluate(profile)
    indented = evaluation_json(evaluation, indent=True)
    monkeypatch.setattr(json_io, "FAST", None)
    assert evaluation_json(evaluation, indent=True) == indented
    assert b'"value": 5e-05' in indented


def test_huge_thresholds_and_counts_are_written_and_read_back() -> None:
    """A threshold of 1e300 is explained, and a count of 10²⁰ reads back from the record."""
    table = {
        "id": "what-if-huge",
        "citation": {"instrument": "What-if scenario", "note": "not a legal figure"},
        "verification": "unverified",
        "thresholds": {"10": {"all": 1e300}},
    }
    book = ntm_rules.load_rulebook("2021-2025")
    derived = ntm_rules.apply_overrides(book, ntm_rules.load_overrides(table))
    profile = ntm_rules.load_profile(
        {
            "commune": "A",
            "region": "TN",
            "year": 2024,
            "values": {"10": 50, "6.3": {"numerator": 0, "denominator": 10**20}},
        },
        derived,
    )
    evaluation = ntm_rules.evaluate(profile, derived)
    assert (
        "1.000.000.000"
        in evaluation_document(evaluation)["criteria"][9]["indicators"][0]["explanation_vi"]
    )
    stored = load_evaluation(json.loads(evaluation_json(evaluation)))
    assert stored.indicator("6.3").count_needed == evaluation.indicator("6.3").count_needed
    assert stored.indicator("6.3").count_needed == 10**20
