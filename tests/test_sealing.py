"""Sealed evaluation documents: fingerprints, loading without evaluating, and verify."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import cli
from ntm_rules.citations import Citation, Verification
from ntm_rules.documents import evaluation_document
from ntm_rules.examples import example_profile_path
from ntm_rules.fingerprints import (
    canonical_json,
    document_fingerprint,
    fingerprint,
    rulebook_content,
    rulebook_fingerprint,
)
from ntm_rules.sealing import (
    TamperedDocumentError,
    differences,
    is_intact,
    load_evaluation,
    verify,
)
from ntm_rules.thresholds import ThresholdValue

WHAT_IF = {
    "schema": "ntm_rules.overrides/1",
    "id": "what-if-water-70",
    "citation": {"instrument": "What-if scenario", "note": "not a legal figure"},
    "verification": "unverified",
    "thresholds": {"17.1": {"all": 70}},
}


def _sha(text: bytes) -> str:
    return "sha256:" + hashlib.sha256(text).hexdigest()


@pytest.fixture(scope="module")
def evaluation() -> ntm_rules.Evaluation:
    return ntm_rules.evaluate(ntm_rules.load_profile(example_profile_path("thu-lum-2025")))


@pytest.fixture
def document(evaluation: ntm_rules.Evaluation) -> dict[str, Any]:
    """The evaluation document as a reader of the JSON file holds it."""
    loaded: dict[str, Any] = json.loads(json.dumps(evaluation_document(evaluation)))
    return loaded


def _leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaves(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _leaves(value, (*path, index))
    else:
        yield path, data


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        data = data[key]
    data[path[-1]] = value


def _edited(value: Any) -> Any:
    """Another value of the same kind."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 1
    if isinstance(value, str):
        return value + "x"
    return "x"


# --------------------------------------------------------------------------- fingerprints


def test_canonical_json_is_the_documented_form() -> None:
    """Sorted keys, no spaces, UTF-8, whole numbers without a fraction: an independent hash."""
    data = {"b": [70.0, 0.5, True, None], "a": "Thu Lũm", "c": {"z": 1, "y": 2.25}}
    expected = '{"a":"Thu Lũm","b":[70,0.5,true,null],"c":{"y":2.25,"z":1}}'.encode()
    assert canonical_json(data) == expected
    assert fingerprint(data) == _sha(expected)


@given(
    data=st.dictionaries(
        st.text(max_size=5),
        st.one_of(st.integers(-(10**6), 10**6), st.booleans(), st.text(max_size=5)),
        max_size=6,
    )
)
def test_fingerprint_ignores_key_order_and_float_form(data: dict[str, Any]) -> None:
    """Reversing the keys, or writing whole numbers as floats, keeps the fingerprint."""
    reordered = dict(reversed(list(data.items())))
    floats = {
        k: float(v) if isinstance(v, int) and not isinstance(v, bool) else v
        for k, v in data.items()
    }
    assert fingerprint(reordered) == fingerprint(data) == fingerprint(floats)


def test_rulebook_fingerprint_is_the_same_for_every_load() -> None:
    """Two separate loads of an edition have one fingerprint; two editions have two."""
    first = ntm_rules.load_rulebook("2021-2025")
    again = ntm_rules.edition_for_year(2024)
    other = ntm_rules.load_rulebook("2016-2020")
    assert rulebook_fingerprint(first) == rulebook_fingerprint(again)
    assert rulebook_fingerprint(first) != rulebook_fingerprint(other)


def _with_threshold(book: ntm_rules.Rulebook, value: float) -> ntm_rules.Rulebook:
    """``book`` completed with one threshold of 3.1 replaced (same id: content only)."""
    indicator = book.indicator("3.1")
    old = indicator.thresholds.cells["TDMNPB"][0]
    new = ThresholdValue(value, old.verification, old.citation, old.effective_from)
    table = indicator.thresholds.replace("TDMNPB", new)
    return book.with_indicators({"3.1": indicator.with_tables(table)})


@given(value=st.floats(min_value=0, max_value=100, allow_nan=False))
def test_rulebook_fingerprint_follows_every_threshold(value: float) -> None:
    """Changing one threshold of one column changes the fingerprint; the same figure keeps it."""
    book = ntm_rules.load_rulebook("2021-2025")
    current = book.indicator("3.1").thresholds.cells["TDMNPB"][0].value
    changed = rulebook_fingerprint(_with_threshold(book, value))
    assert (changed == rulebook_fingerprint(book)) == (value == current)


def test_rulebook_fingerprint_follows_citations_and_status() -> None:
    """A threshold's status or citation is content too: either change changes the fingerprint."""
    book = ntm_rules.load_rulebook("2021-2025")
    indicator = book.indicator("3.1")
    old = indicator.thresholds.cells["TN"][0]
    base = rulebook_fingerprint(book)
    for new in (
        ThresholdValue(old.value, Verification.UNVERIFIED, old.citation, old.effective_from),
        ThresholdValue(old.value, old.verification, Citation("another"), old.effective_from),
    ):
        table = indicator.thresholds.replace("TN", new)
        assert (
            rulebook_fingerprint(book.with_indicators({"3.1": indicator.with_tables(table)}))
            != base
        )


# --------------------------------------------------------------------------- the seal


def test_every_evaluation_document_is_sealed(document: dict[str, Any]) -> None:
    """The seal names the algorithm, the rulebook's fingerprint and the document's own."""
    seal = document["seal"]
    assert seal["algorithm"] == "sha256"
    assert seal["rulebook"] == rulebook_fingerprint(ntm_rules.load_rulebook("2021-2025"))
    content = {**document, "seal": {k: v for k, v in seal.items() if k != "document"}}
    assert seal["document"] == _sha(canonical_json(content))
    assert is_intact(document)


def test_sealing_keeps_the_existing_fields(document: dict[str, Any]) -> None:
    """The seal is added beside the fields other code reads; none of them is changed."""
    assert list(document)[:-1] == [
        "schema", "rulebook", "rulebook_derived_from", "edition_basis", "commune", "province",
        "year", "illustrative", "verified_only", "region_column", "criteria", "summary", "profile",
    ]  # fmt: skip
    assert document["schema"] == "ntm_rules.evaluation/1"


# --------------------------------------------------------------------------- load_evaluation


def test_load_evaluation_reads_the_record(
    evaluation: ntm_rules.Evaluation, document: dict[str, Any], tmp_path: Path
) -> None:
    """A stored document loads as a typed record with the evaluation's verdicts, from a file."""
    path = tmp_path / "stored.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    stored = load_evaluation(path)
    assert stored.verdict is evaluation.verdict
    assert stored.summary.criteria_met == evaluation.criteria_met
    assert [(i.id, i.status) for i in stored.indicators] == [
        (i.id, i.status) for i in evaluation.indicators
    ]
    assert stored.indicator("3.1").threshold == evaluation.indicator("3.1").threshold.value  # type: ignore[union-attr]
    assert stored.seal.document == document["seal"]["document"]
    assert ntm_rules.load_profile(stored.profile) == evaluation.profile


def test_load_evaluation_reads_yaml(document: dict[str, Any], tmp_path: Path) -> None:
    """The same document stored as YAML loads to the same record."""
    path = tmp_path / "stored.yaml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    assert load_evaluation(path) == load_evaluation(document)


def test_load_evaluation_needs_no_provincial_table() -> None:
    """An evaluation on a what-if table loads back without the table (and verify needs it)."""
    book = ntm_rules.load_rulebook("2021-2025")
    derived = ntm_rules.apply_overrides(book, ntm_rules.load_overrides(WHAT_IF))
    profile = ntm_rules.load_profile(example_profile_path("thu-lum-2025"), derived)
    document = json.loads(json.dumps(evaluation_document(ntm_rules.evaluate(profile, derived))))
    stored = load_evaluation(document)
    assert stored.rulebook == "what-if-water-70"
    assert stored.indicator("17.1").threshold == 70
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        verify(document)
    assert "--rulebook" in caught.value.problems[0].reason
    assert verify(document, derived).confirmed


@pytest.mark.parametrize(
    "path",
    [
        ("criteria", 2, "indicators", 0, "threshold"),
        ("criteria", 2, "indicators", 0, "value"),
        ("criteria", 2, "indicators", 0, "status"),
        ("summary", "verdict"),
        ("profile", "values", "3.2"),
        ("seal", "rulebook"),
    ],
)
def test_an_edited_figure_is_detected(document: dict[str, Any], path: tuple[Any, ...]) -> None:
    """A threshold, a value, a verdict, a reported figure or the rulebook's hash edited: refused."""
    leaf = document
    for key in path:
        leaf = leaf[key]
    _set(document, path, _edited(leaf))
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_evaluation(document)
    (problem,) = caught.value.problems
    assert isinstance(problem, TamperedDocumentError)
    assert problem.field == "seal.document"
    assert not verify(document).confirmed


@given(data=st.data())
def test_any_edit_anywhere_is_detected(data: st.DataObject) -> None:
    """Any leaf of the document changed (the seal's own fingerprint aside) breaks the seal."""
    book = ntm_rules.load_rulebook("2021-2025")
    profile = ntm_rules.load_profile(example_profile_path("thu-lum-2025"), book)
    document = json.loads(json.dumps(evaluation_document(ntm_rules.evaluate(profile, book))))
    leaves = [(p, v) for p, v in _leaves(document) if p != ("seal", "document")]
    path, value = data.draw(st.sampled_from(leaves))
    _set(document, path, _edited(value))
    assert not is_intact(document)


def test_a_recomputed_fingerprint_is_caught_by_verify(document: dict[str, Any]) -> None:
    """An edit that recomputes the fingerprint loads, but verify evaluates again and finds it."""
    document["criteria"][2]["indicators"][0]["threshold"] = 70
    document["seal"]["document"] = document_fingerprint(document)
    assert load_evaluation(document).indicator("3.1").threshold == 70
    report = verify(document)
    assert report.intact
    assert [(d.path, d.recorded, d.now) for d in report.differences] == [
        ("criteria[2].indicators[0].threshold", 70, 80)
    ]
    assert not report.confirmed


def test_an_edited_explanation_is_found_even_with_a_recomputed_seal(
    document: dict[str, Any],
) -> None:
    """Text for people is sealed, and verify compares it when this library wrote it.

    A forger who recomputes the seal after making a failing indicator read "Met" is caught
    by the explanation evaluated again; a document of another library version (other
    words) is compared by its codes and numbers only.
    """
    forged = copy.deepcopy(document)
    forged["criteria"][0]["indicators"][0]["explanation_en"] = "Met: all good"
    assert (verify(forged).intact, verify(forged).confirmed) == (False, False)
    forged["seal"]["document"] = document_fingerprint(forged)
    report = verify(forged)
    assert report.intact
    assert [d.path for d in report.differences] == ["criteria[0].indicators[0].explanation_en"]
    assert not report.confirmed
    older = copy.deepcopy(forged)
    older["seal"]["library"] = "0.0.1"
    older["seal"]["document"] = document_fingerprint(older)
    assert verify(older).differences == ()


def test_a_changed_rulebook_is_reported(document: dict[str, Any]) -> None:
    """Verifying against a rulebook with another figure names the rulebook and the differences."""
    book = _with_threshold(ntm_rules.load_rulebook("2021-2025"), 95)
    report = verify(document, book)
    assert report.intact
    assert not report.same_rulebook
    paths = [d.path for d in report.differences]
    assert "seal.rulebook" in paths
    assert "criteria[2].indicators[0].threshold" in paths


@pytest.mark.parametrize(
    ("change", "field"),
    [({"seal": None}, "seal"), ({"schema": "ntm_rules.profile/1"}, "schema")],
)
def test_unsealed_or_other_documents_are_refused(
    document: dict[str, Any], change: dict[str, Any], field: str
) -> None:
    """A document without a seal, or not an evaluation, is bad input naming the field."""
    document.update(change)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_evaluation(document)
    assert caught.value.problems[0].field == field


def test_a_field_of_the_wrong_kind_is_named(document: dict[str, Any]) -> None:
    """A sealed document with a field of the wrong kind names the field."""
    document["summary"]["criteria_met"] = "six"
    document["seal"]["document"] = document_fingerprint(document)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_evaluation(document)
    assert [p.field for p in caught.value.problems] == ["summary.criteria_met"]


def test_differences_read_numbers_as_json_does() -> None:
    """70 and 70.0 are one number, true is not 1, and explanations are not compared."""
    assert list(differences({"a": 70, "b": True}, {"a": 70.0, "b": True})) == []
    assert [d.path for d in differences({"b": True}, {"b": 1})] == ["b"]
    assert list(differences({"explanation_vi": "x"}, {"explanation_vi": "y"})) == []
    assert [d.path for d in differences({"a": [1]}, {"a": [1, 2]})] == ["a"]


# --------------------------------------------------------------------------- the command


def test_verify_command_exit_statuses(
    document: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """0 when verified, 3 when anything differs, 2 on bad input; the text says which."""
    path = tmp_path / "stored.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert cli.main(["verify", str(path), "--lang", "en"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "Verified."
    tampered = copy.deepcopy(document)
    tampered["summary"]["verdict"] = "met"
    path.write_text(json.dumps(tampered), encoding="utf-8")
    assert cli.main(["verify", str(path), "--lang", "en"]) == 3
    out = capsys.readouterr().out
    assert "edited after it was written" in out
    assert 'summary.verdict: recorded "met", now "not_met"' in out
    assert cli.main(["verify", str(tmp_path / "missing.json")]) == 2
    path.write_text("[1, 2]", encoding="utf-8")
    assert cli.main(["verify", str(path)]) == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_stored_document_cannot_make_verify_read_a_file(tmp_path: Path) -> None:
    """The rulebook a document names is looked up among the shipped editions only.

    A document naming a file (here a what-if table that exists) is refused unless the
    user gives that rulebook, so reading a stored document never opens another file.
    """
    table = Path(__file__).parents[1] / "examples" / "data" / "what-if-table.yaml"
    assert table.exists()
    profile = ntm_rules.load_profile(example_profile_path())
    document = evaluation_document(ntm_rules.evaluate(profile))
    document["rulebook"] = str(table)
    path = tmp_path / "stored.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    for call in (
        lambda: verify(path),
        lambda: ntm_rules.documents.evaluation_from_document(document),
    ):
        with pytest.raises(ntm_rules.InvalidInputError, match="not shipped"):
            call()


@pytest.mark.parametrize("name", ["2016-2020", "2021-2025", "2021-2025-advanced", "2026-2030"])
def test_rulebook_fingerprint_is_that_of_its_content(name: str) -> None:
    """The cached fingerprint skips the second canonical walk: same digest as the general path."""
    book = ntm_rules.load_rulebook(name)
    assert rulebook_fingerprint(book) == fingerprint(rulebook_content(book))
