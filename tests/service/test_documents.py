"""What the live server answers fits the library's JSON Schemas; households and schemas routes."""

from __future__ import annotations

from typing import Any

import httpx
import yaml

from ntm_rules import schemas
from ntm_rules.households import classify_households
from tests.service.live import MAX_ROWS, example, example_plan


def _households() -> dict[str, Any]:
    from importlib import resources  # noqa: PLC0415

    text = (resources.files("ntm_rules") / "data" / "illustrative-households-2025.yaml").read_text(
        "utf-8"
    )
    document: dict[str, Any] = yaml.safe_load(text)
    return document


def test_answers_fit_their_schemas(client: httpx.Client) -> None:
    """The evaluation, batch and progress documents validate against the shipped schemas."""
    schemas.validate(client.post("/evaluate", json=example()).json(), "evaluation")
    rows = [{"commune": "A", "region": "TN", "year": 2024, "3.1": "80"}]
    schemas.validate(client.post("/batch", json={"rows": rows}).json(), "batch")
    body = {"plan": example_plan(), "profile": example()}
    schemas.validate(client.post("/plan/progress", json=body).json(), "plan-progress")


def test_the_schema_route_serves_the_shipped_schemas(client: httpx.Client) -> None:
    """GET /schema/NAME is `ntm-rules schema NAME`; an unknown name is 404."""
    for name in schemas.names():
        answer = client.get(f"/schema/{name}")
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "application/schema+json"
        assert answer.json() == schemas.schema(name)
    assert client.get("/schema/nothing").status_code == 404


def test_households_summary_counts_every_household(client: httpx.Client) -> None:
    """The summary accounts for each household once and hands indicator 11 its counts."""
    review = _households()
    assert len(review["households"]) > MAX_ROWS  # the whole file is over the server's limit
    assert client.post("/households/summary", json=review).status_code == 413
    review["households"] = review["households"][:MAX_ROWS]
    answer = client.post("/households/summary", json=review)
    assert answer.status_code == 200
    document = answer.json()
    assert document["households"] == len(review["households"])
    assert sum(row["households"] for row in document["summary"]) == len(review["households"])
    summary = classify_households(review).summary()
    assert document["poverty_rate_percent"] == summary.poverty_rate
    eleven = document["profile_values"]["11"]
    assert eleven["denominator"] == len(review["households"])
    assert eleven["numerator"] == summary.at_or_under_line


def test_households_without_a_list_is_422(client: httpx.Client) -> None:
    """A body that is not a review document names the missing member."""
    answer = client.post("/households/summary", json={"commune": "A"})
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["field"] == "households"
