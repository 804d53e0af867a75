"""Edition diffs: counterparts only where known, thresholds per common column."""

import json

import pytest

import ntm_rules
from ntm_rules.cli import main
from ntm_rules.diff import diff_commune, diff_document, diff_editions
from ntm_rules.examples import example_profile_path

OLD = ntm_rules.load_rulebook("2016-2020")
BASIC = ntm_rules.load_rulebook("2021-2025")
NEW = ntm_rules.load_rulebook("2026-2030")


def test_1980_to_318_links_only_what_the_reference_records() -> None:
    """3.1 stays at 80 %, 6.3 at 100 %; 15.1 changes (85 % → unknown); no other link."""
    change = {c.old_id: c for c in diff_editions(OLD, BASIC).indicators}
    assert change["3.1"].status == "unchanged"
    assert change["6.3"].status == "unchanged"
    assert change["15.1"].status == "changed"
    tn = next(t for t in change["15.1"].thresholds if t.column == "TN")
    assert tn.old.value == 85
    assert not tn.new.is_known
    assert change["14.3"].new_id is None  # "appears to move to criterion 12": not asserted
    linked = {c.old_id for c in change.values() if c.new_id}
    assert linked == {"3.1", "6.3", "15.1"}
    assert all(t.column != "GENERAL" for c in change.values() for t in c.thresholds)


def test_318_to_51_2025_has_criteria_lineage_but_no_indicators() -> None:
    """The criteria map by name (low confidence); no indicator of 51/2025 is known."""
    diff = diff_editions(BASIC, NEW)
    assert {c.confidence for c in diff.criteria} == {"low"}
    assert next(c for c in diff.criteria if c.new_id == "7").old_ids == ("8",)
    assert {c.status for c in diff.indicators} == {"no_known_counterpart"}


def test_a_provincial_table_is_diffed_by_id() -> None:
    """A derived edition keeps the ids: the changed figure shows, the rest is unchanged."""
    table = ntm_rules.load_overrides(
        {"id": "what-if", "citation": {"instrument": "What-if"}, "thresholds": {"3.1": {"TN": 85}}}
    )
    derived = ntm_rules.apply_overrides(BASIC, table)
    change = {c.old_id: c for c in diff_editions(BASIC, derived).indicators}
    assert change["3.1"].status == "changed"
    assert [t.column for t in change["3.1"].thresholds if t.changed] == ["TN"]
    assert change["3.2"].status == "unchanged"


def test_for_one_commune() -> None:
    """Thu Lũm's linked indicators with its verdict under each edition."""
    _, before, after, rows = diff_commune(example_profile_path(), OLD, BASIC)
    assert before.rulebook.id == OLD.id
    assert after.rulebook.id == BASIC.id
    verdicts = {r.change.old_id: (r.old, r.new) for r in rows}
    old, new = verdicts["3.1"]
    assert old is not None
    assert new is not None
    assert old.threshold is not None
    assert old.threshold.value == 80
    document = diff_document(diff_editions(OLD, BASIC), rows)
    assert json.loads(json.dumps(document))["schema"] == "ntm_rules.diff/1"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_cli(capsys: pytest.CaptureFixture[str], lang: str) -> None:
    """`ntm-rules diff` prints the table, and JSON on request."""
    assert main(["diff", "--from", "2016-2020", "--to", "2021-2025", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert ("unchanged" if lang == "en" else "giữ nguyên") in out
    assert main(["diff", "--from", "2021-2025", "--to", "2026-2030", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["basis"] == "lineage"
    assert main(["diff", "--from", "2021-2025", "--to", "nowhere"]) == 2
