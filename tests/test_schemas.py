"""The shipped JSON Schemas: up to date, valid, and fitting every document shipped or written."""

from __future__ import annotations

import ast
import contextlib
import copy
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

import ntm_rules
from ntm_rules import cli
from ntm_rules.batch import evaluate_many
from ntm_rules.batch.documents import batch_document
from ntm_rules.documents import evaluation_document
from ntm_rules.files import read_document
from ntm_rules.plan.load import load_plan, plan_to_dict
from ntm_rules.schemas import NAMES, problems, schema, schema_text, validate
from ntm_rules.schemas._build import BUILDERS, rendered
from tests.strategies import override_documents, plan_documents, profile_documents

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(ntm_rules.__file__).resolve().parent
EXAMPLES = ("thu-lum-2020", "thu-lum-2025", "thu-lum-2025-advanced", "thu-lum-2026")
EDITIONS = ("2016-2020", "2021-2025", "2021-2025-advanced", "2026-2030")
BY_TAG = {
    "ntm_rules.profile/1": "profile",
    "ntm_rules.plan/1": "plan",
    "ntm_rules.overrides/1": "overrides",
    "ntm_rules.figures/1": "overrides",
    "ntm_rules.edition/1": "edition",
    "ntm_rules.evaluation/1": "evaluation",
}
"""The schema of each document tag that people write by hand."""


def _json(data: Any) -> Any:
    """``data`` as a JSON reader holds it (YAML dates as ISO text)."""
    return json.loads(json.dumps(data, ensure_ascii=False, default=str))


def _cli_json(*argv: str) -> Any:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = cli.main(list(argv))
    assert status in (0, 3), (argv, status)
    return json.loads(out.getvalue())


# --------------------------------------------------------------------------- the files


@pytest.mark.parametrize("name", NAMES)
def test_shipped_file_is_up_to_date(name: str) -> None:
    """Each shipped schema is what its builder writes now (run scripts/schemas.py)."""
    assert (PACKAGE / "schemas" / f"{name}.json").read_text(encoding="utf-8") == rendered(name)


def test_every_builder_is_shipped() -> None:
    """The names listed are the schemas built, sorted, each with a file."""
    assert tuple(sorted(BUILDERS)) == NAMES
    assert sorted(p.stem for p in (PACKAGE / "schemas").glob("*.json")) == list(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_draft_2020_12(name: str) -> None:
    """Each schema is itself a valid draft 2020-12 schema with an $id of its tag's version."""
    loaded = schema(name)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(loaded)
    text = json.dumps(loaded)
    for ref in set(re.findall(r'"\$ref": "#/\$defs/([a-z_]+)"', text)):
        assert ref in loaded["$defs"], ref
    tag = loaded["x-ntm-rules-tag"]
    assert loaded["$id"] == f"urn:ntm-rules:schema:{name}:{tag.rpartition('/')[2]}"
    if name != "household":  # one record of a review: no tag of its own
        tagged = ({"const": tag}, {"enum": [tag, "ntm_rules.figures/1"]})
        assert loaded["properties"]["schema"] in tagged


def test_cli_lists_and_prints_schemas(capsys: pytest.CaptureFixture[str]) -> None:
    """`ntm-rules schema` lists every name; `schema NAME` prints the shipped file."""
    assert cli.main(["schema"]) == 0
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == list(NAMES)
    assert cli.main(["schema", "evaluation"]) == 0
    assert capsys.readouterr().out == schema_text("evaluation")
    assert cli.main(["schema", "evalution"]) == 2
    assert "'evaluation'" in capsys.readouterr().err  # the suggestion


# --------------------------------------------------------------------------- shipped examples


def _docs_yaml_blocks() -> Iterator[tuple[str, Any]]:
    """YAML blocks of the docs, the README and the loaders' docstrings that carry a tag."""
    texts = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]
    for path in texts:
        for index, block in enumerate(re.findall(r"```yaml\n(.*?)```", path.read_text(), re.S)):
            data = yaml.safe_load(block)
            if isinstance(data, dict) and data.get("schema") in BY_TAG:
                yield f"{path.name}#{index}", data
    for module in (ntm_rules.overrides, ntm_rules.edition_files):
        literal = (module.__doc__ or "").split("::\n", 1)[1]
        block = literal.split("\n\n")[0] if module is ntm_rules.overrides else literal
        yield module.__name__, yaml.safe_load(block.split("\n``")[0])


def _example_literals() -> Iterator[tuple[str, Any]]:
    """Every dictionary literal with a document tag in examples/*.py."""
    for path in sorted((ROOT / "examples").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Dict):
                with contextlib.suppress(ValueError):
                    data = ast.literal_eval(node)
                    if data.get("schema") in BY_TAG:
                        yield path.name, data


def _read(path: Path) -> Any:
    return read_document(path)


def _shipped() -> list[tuple[str, Any]]:
    found = [
        (path.name, _read(path))
        for path in sorted((PACKAGE / "data").glob("*.yaml"))
        if _read(path).get("schema") in BY_TAG
    ]
    found += [
        (str(path.relative_to(PACKAGE)), read_document(path))
        for path in sorted((PACKAGE / "criteria").glob("*/figures.yaml"))
    ]
    return found + list(_docs_yaml_blocks()) + list(_example_literals())


SHIPPED = _shipped()


def test_examples_are_found() -> None:
    """The search finds the shipped profiles, the plan, the figure tables and the docs' blocks."""
    names = [name for name, _ in SHIPPED]
    assert sum(name.endswith("-profile.yaml") for name in names) == 4
    assert "thu-lum-2025-plan.yaml" in names
    assert sum(name.endswith("figures.yaml") for name in names) == 3
    assert {"overrides.md#0", "ntm_rules.overrides", "ntm_rules.edition_files"} <= set(names)
    assert "provincial_table.py" in names


@pytest.mark.parametrize(("where", "document"), SHIPPED, ids=[name for name, _ in SHIPPED])
def test_shipped_example_validates(where: str, document: Any) -> None:
    """Every shipped example document fits the schema of its tag."""
    validate(_json(document), BY_TAG[document["schema"]])


def test_edition_template_validates() -> None:
    """The edition file `ntm-rules rulebook template` writes fits the edition schema."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["rulebook", "template", "--edition", "2026-2030"]) == 0
    validate(_json(yaml.safe_load(out.getvalue())), "edition")


# --------------------------------------------------------------------------- CLI documents


@pytest.mark.parametrize("example", EXAMPLES)
def test_evaluate_json_validates(example: str) -> None:
    """`evaluate --format json` of every example fits the evaluation schema."""
    tier = ["--tier", "advanced"] if "advanced" in example else []
    validate(_cli_json("evaluate", "--example", example, "--format", "json", *tier), "evaluation")


@pytest.mark.parametrize("edition", EDITIONS)
@pytest.mark.parametrize("year", [None, "first"])
def test_rulebook_json_validates(edition: str, year: str | None) -> None:
    """`rulebook --format json` of every edition, with and without --year, fits its schema."""
    book = ntm_rules.load_rulebook(edition)
    extra = ["--year", str(book.first_year)] if year else []
    validate(_cli_json("rulebook", "--edition", edition, "--format", "json", *extra), "rulebook")


def test_plan_documents_validate() -> None:
    """`plan show` and `plan progress` of the shipped plan fit their schemas."""
    validate(
        _cli_json("plan", "show", "--example", "thu-lum-2025", "--format", "json"), "plan-show"
    )
    progress = _cli_json("plan", "progress", "--example", "thu-lum-2025", "--format", "json")
    validate(progress, "plan-progress")


@pytest.mark.parametrize("example", [None, "thu-lum-2025"])
def test_diff_json_validates(example: str | None) -> None:
    """`diff --format json`, for two editions and for a commune, fits the diff schema."""
    extra = ["--example", example] if example else []
    document = _cli_json(
        "diff", "--from", "2016-2020", "--to", "2021-2025", "--format", "json", *extra
    )
    validate(document, "diff")


def test_model_json_validates() -> None:
    """The model-commune verdict fits the model schema."""
    argv = ["evaluate", "--example", "thu-lum-2025-advanced", "--tier", "model", "--format", "json"]
    validate(_cli_json(*argv), "model")


def test_verify_json_validates(tmp_path: Path) -> None:
    """`verify --format json` fits the verification schema, confirmed or not."""
    path = tmp_path / "evaluation.json"
    document = _cli_json("evaluate", "--example", "thu-lum-2025", "--format", "json")
    path.write_text(json.dumps(document), encoding="utf-8")
    validate(_cli_json("verify", str(path), "--format", "json"), "verification")
    document["summary"]["verdict"] = "met"
    path.write_text(json.dumps(document), encoding="utf-8")
    report = _cli_json("verify", str(path), "--format", "json")
    assert report["confirmed"] is False
    validate(report, "verification")


def test_batch_document_validates() -> None:
    """A batch with a bad row and two provinces fits the batch schema."""
    result = evaluate_many(
        {
            "commune": ["A", "B", "C"],
            "province": ["Lai Châu", "Điện Biên", "Lai Châu"],
            "region": ["TDMNPB", "TDMNPB", "TDMNPB"],
            "year": [2025, 2025, 2025],
            "3.1": ["79,5", "x", "90 %"],
        }
    )
    document = _json(batch_document(result))
    validate(document, "batch")
    assert len(document["communes"]) == 2
    assert len(document["problems"]) == 1


# --------------------------------------------------------------------------- generated documents


@given(document=profile_documents())
def test_generated_profiles_and_their_evaluations_validate(document: dict[str, Any]) -> None:
    """A generated profile, its profile.to_dict() and its evaluation document fit their schemas."""
    validate(_json(document), "profile")
    profile = ntm_rules.load_profile(document)
    validate(_json(profile.to_dict()), "profile")
    validate(_json(evaluation_document(ntm_rules.evaluate(profile))), "evaluation")


@given(document=plan_documents())
def test_generated_plans_validate(document: dict[str, Any]) -> None:
    """A generated plan and the plan the library writes back fit the plan schema."""
    validate(_json(document), "plan")
    validate(_json(plan_to_dict(load_plan(document))), "plan")


@given(document=override_documents())
def test_generated_override_tables_validate(document: dict[str, Any]) -> None:
    """A generated figure table and its to_dict() fit the overrides schema."""
    validate(_json(document), "overrides")
    validate(_json(ntm_rules.load_overrides(document).to_dict()), "overrides")


# --------------------------------------------------------------------------- refusals


@pytest.fixture(scope="module")
def evaluation() -> Any:
    return _cli_json("evaluate", "--example", "thu-lum-2025", "--format", "json")


def test_wrong_kind_and_extra_field_are_named(evaluation: dict[str, Any]) -> None:
    """A status that is no status and an unknown field are two problems, each at its path."""
    evaluation["criteria"][1]["indicators"][0]["status"] = "passed"
    evaluation["summary"]["comment"] = "looks fine"
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        validate(evaluation, "evaluation")
    fields = [problem.field for problem in caught.value.problems]
    assert fields == ["criteria[1].indicators[0].status", "summary"]
    assert "'comment' was unexpected" in caught.value.problems[1].reason


@pytest.mark.parametrize(
    ("change", "path"),
    [
        ({"year": "2025"}, "year"),
        ({"commune": None}, "commune"),
        ({"values": ["3.1", 85]}, "values"),
        ({"categories": "ATK"}, "categories"),
        ({"regoin": "TN"}, ""),
        ({"schema": "ntm_rules.profile/2"}, "schema"),
    ],
)
def test_profile_refusals_match_the_loader(change: dict[str, Any], path: str) -> None:
    """What the schema refuses in a profile, the loader refuses too, at the same field."""
    document = {"schema": "ntm_rules.profile/1", "commune": "A", "region": "TN", "year": 2025}
    document.update(change)
    found = problems(document, "profile")
    assert [problem.field for problem in found] == [path]
    with pytest.raises(ntm_rules.InvalidInputError):
        ntm_rules.load_profile(document)


@given(
    key=st.text(min_size=1, max_size=12).filter(lambda k: k not in schema("profile")["properties"])
)
def test_unknown_profile_fields_are_refused_by_both(key: str) -> None:
    """Any field the profile does not have is refused by the schema and by the loader alike."""
    document = {"commune": "A", "region": "TN", "year": 2025, key: 1}
    assert problems(document, "profile")
    with pytest.raises(ntm_rules.InvalidInputError):
        ntm_rules.load_profile(document)


def test_unknown_schema_name_is_an_input_error() -> None:
    """Asking for a schema that does not exist names the schema field and suggests one."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        validate({}, "profil")
    assert caught.value.problems[0].field == "schema"


# --------------------------------------------------------------------------- households

REVIEW: dict[str, Any] = {
    "schema": "ntm_rules.households/1",
    "commune": "Thu Lũm",
    "year": 2025,
    "households": [
        {
            "household": "H1",
            "area": "nông thôn",
            "members": [
                {"age": 40, "health_insurance": False, "work": "self_employed"},
                {"age": 4},
            ],
            "income_per_person_month": "1.500.000",
            "walls_durable": "có",
        },
        {"household": "H2", "members": 3, "floor_area": 30, "water_source": "piped"},
    ],
}


def test_a_household_review_the_reader_accepts_validates() -> None:
    """A review read without problems fits the households schema, each household the record's."""
    from ntm_rules.households.io import read_households  # noqa: PLC0415 - batch extra

    table, _ = read_households(copy.deepcopy(REVIEW))
    assert table.problems == ()
    validate(REVIEW, "households")
    for household in REVIEW["households"]:
        validate(household, "household")


def test_household_refusals_match_the_reader() -> None:
    """An unknown field and a member's bad code are problems for the schema and the reader."""
    from ntm_rules.households.io import read_households  # noqa: PLC0415 - batch extra

    review = copy.deepcopy(REVIEW)
    review["households"][0]["members"][0]["work"] = "farmer"
    review["households"][1]["colour"] = "blue"
    table, _ = read_households(review)
    assert sorted(p.column for p in table.problems) == ["colour", "members[0].work"]
    fields = [p.field for p in problems(review, "households")]
    assert fields == ["households[0].members", "households[1]"]
