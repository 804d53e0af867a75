"""Edition files: a data-defined edition evaluates exactly like a built-in one."""

import copy
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings

import ntm_rules
from ntm_rules import Verdict
from ntm_rules.cli import main
from ntm_rules.edition_files import edition_template, load_edition
from tests.strategies import profile_documents

BUILT_IN = ntm_rules.load_rulebook("2021-2025")
DATA_COPY = load_edition(yaml.safe_load(yaml.safe_dump(edition_template(BUILT_IN))))


@settings(suppress_health_check=[HealthCheck.too_slow])
@given(document=profile_documents())
def test_a_data_defined_copy_gives_identical_verdicts(document: dict[str, Any]) -> None:
    """The 2021–2025 edition written out as a file and read back judges every profile alike."""
    ours = ntm_rules.evaluate(ntm_rules.load_profile(document, BUILT_IN), BUILT_IN)
    theirs = ntm_rules.evaluate(ntm_rules.load_profile(document, DATA_COPY), DATA_COPY)
    assert [
        (r.id, r.status, r.gap, r.count_needed, r.verification, r.reason) for r in ours.indicators
    ] == [
        (r.id, r.status, r.gap, r.count_needed, r.verification, r.reason) for r in theirs.indicators
    ]
    assert ours.verdict is theirs.verdict
    assert ours.column.column == theirs.column.column


def _filled_2026() -> dict[str, Any]:
    """The 2026–2030 template filled as a province would (a fixture, not real figures)."""
    document = edition_template(ntm_rules.load_rulebook("2026-2030"))
    document["id"] = "fixture-2026"
    document["citation"] = {"instrument": "Test fixture (not a real decision)"}
    for criterion in document["criteria"]:
        indicator = criterion["indicators"][0]
        indicator["name_vi"] = f"Chỉ tiêu thử {indicator['id']}"
        indicator["name_en"] = f"Test indicator {indicator['id']}"
        indicator["thresholds"] = {"1": 90, "2": "80 %", "3": "70,5 %"}
    return document


def test_a_filled_2026_file_completes_the_edition() -> None:
    """Figures per group are applied to the commune's group; every criterion then decides."""
    book = load_edition(_filled_2026())
    assert book.derived_from == "vn.ntm.xa.2026_2030"
    values = {f"{n}.1": 70.5 for n in range(1, 11)}
    group_3 = {"commune": "A", "year": 2026, "categories": ["ethnic_minority_zone_iii"]}
    met = ntm_rules.evaluate(ntm_rules.load_profile({**group_3, "values": values}, book), book)
    assert met.column.column.code == "3"
    assert met.verdict is Verdict.MET
    group_2 = {"commune": "A", "year": 2026, "values": values}
    short = ntm_rules.evaluate(ntm_rules.load_profile(group_2, book), book)
    assert short.verdict is Verdict.NOT_MET
    threshold = short.indicator("1.1").threshold
    assert threshold is not None
    assert threshold.value == 80


def test_the_unfilled_template_names_every_field_to_fill() -> None:
    """The template does not load until its names are written in; each is named."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_edition(edition_template(ntm_rules.load_rulebook("2026-2030")))
    fields = {problem.field for problem in caught.value.problems}
    assert "criteria[0].indicators[0].name_vi" in fields
    assert len(fields) == 20


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["criteria"][0]["indicators"][0].update(kind="guess"), "kind"),
        (lambda d: d["criteria"][0]["indicators"][0].update(kind="composite", rule="x"), "rule"),
        (lambda d: d["criteria"][0]["indicators"][0].update(direction="achieved"), "direction"),
        (lambda d: d["criteria"][0]["indicators"][0].update(thresholds={"4": 1}), "thresholds"),
        (
            lambda d: d["criteria"][0]["indicators"][0].update(thresholds={"1": "80 %%"}),
            "thresholds",
        ),
        (lambda d: d["criteria"][0].update(id="11"), "criteria[0].id"),
        (lambda d: d.update(base="nowhere"), "base"),
        (lambda d: d.pop("base"), "columns"),
    ],
)
def test_bad_edition_files_name_the_field(change: Any, field: str) -> None:
    """Every problem names where it is."""
    document = copy.deepcopy(_filled_2026())
    change(document)
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        load_edition(document)
    assert any(field in problem.field for problem in caught.value.problems), caught.value


def test_the_cli_writes_and_reads_the_template(tmp_path: Any) -> None:
    """`rulebook template` writes a file that `evaluate --rulebook` reads once filled."""
    template = tmp_path / "2026.yaml"
    assert main(["rulebook", "template", "--edition", "2026-2030", "-o", str(template)]) == 0
    document = yaml.safe_load(template.read_text(encoding="utf-8"))
    assert document["base"] == "vn.ntm.xa.2026_2030"
    filled = tmp_path / "filled.yaml"
    filled.write_text(yaml.safe_dump(_filled_2026(), allow_unicode=True), encoding="utf-8")
    profile = tmp_path / "p.yaml"
    profile.write_text("commune: A\nyear: 2026\ngroup: 1\nvalues: {'1.1': 95}\n", encoding="utf-8")
    assert main(["evaluate", str(profile), "--rulebook", str(filled), "--format", "json"]) == 0
