"""Each endpoint of a live server gives what the command line gives, and what the law says."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from tests.service.live import (
    PROVINCE_ID,
    PROVINCE_TABLE,
    cli_json,
    example,
    example_plan,
    free_port,
    start,
    stop,
)

ORACLE = Path(__file__).parents[1] / "oracles" / "cases_2021_2025.yaml"


def _percent_cells() -> list[dict[str, Any]]:
    cases = yaml.safe_load(ORACLE.read_text("utf-8"))
    return [
        cell
        for cell in cases["threshold_cells"]
        if cell["unit"] == "percent" and cell["figures"]["TN"] is not None
    ]


def _profile(values: dict[str, str], region: str = "TN", year: int = 2024) -> dict[str, Any]:
    return {"commune": "Xã thử", "region": region, "year": year, "values": values}


def _status(document: dict[str, Any], indicator_id: str) -> str:
    for criterion in document["criteria"]:
        for indicator in criterion["indicators"]:
            if indicator["id"] == indicator_id:
                status: str = indicator["status"]
                return status
    raise AssertionError(indicator_id)


def test_evaluate_gives_the_cli_document(client: httpx.Client) -> None:
    """POST /evaluate of a bare profile answers exactly what `evaluate --format json` prints."""
    answer = client.post("/evaluate", json=example())
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/json"
    assert answer.json() == cli_json("evaluate", "--example", "thu-lum-2025", "--format", "json")


def test_evaluate_with_options_gives_the_cli_document(client: httpx.Client) -> None:
    """The wrapped form takes the CLI's options: verified-only and the advanced tier."""
    answer = client.post("/evaluate", json={"profile": example(), "verified_only": True})
    expected = cli_json(
        "evaluate", "--example", "thu-lum-2025", "--format", "json", "--verified-only"
    )
    assert answer.json() == expected
    advanced = client.post(
        "/evaluate", json={"profile": example("thu-lum-2025-advanced"), "tier": "advanced"}
    )
    expected = cli_json(
        "evaluate", "--example", "thu-lum-2025-advanced", "--tier", "advanced", "--format", "json"
    )
    assert advanced.json() == expected


@pytest.mark.parametrize("cell", _percent_cells(), ids=lambda cell: cell["id"])
def test_evaluate_follows_the_hand_written_thresholds(
    client: httpx.Client, cell: dict[str, Any]
) -> None:
    """At the legal bound a commune passes; one step short of it, it fails (oracle table)."""
    figure, step = Decimal(str(cell["figures"]["TN"])), Decimal(str(cell["step"]))
    short = figure - step if cell["direction"] == ">=" else figure + step
    for value, expected in ((figure, "pass"), (short, "fail")):
        body = _profile({cell["id"]: f"{value} %"})
        document = client.post("/evaluate", json=body).json()
        assert _status(document, cell["id"]) == expected, (value, document)


def test_a_configured_rulebook_is_named_by_id(client: httpx.Client) -> None:
    """The table given at start fills 17.1 (unknown nationally): 75 % passes its 70 %."""
    body = _profile({"17.1": "75 %"})
    national = client.post("/evaluate", json={"profile": body}).json()
    provincial = client.post("/evaluate", json={"profile": body, "rulebook": PROVINCE_ID}).json()
    assert _status(national, "17.1") == "unknown"
    assert _status(provincial, "17.1") == "pass"
    assert provincial["rulebook"] == PROVINCE_ID


def test_an_inline_rulebook_is_the_same_as_the_configured_one(client: httpx.Client) -> None:
    """An override table in the request judges as the same table configured at start."""
    body = _profile({"17.1": "69 %", "3.1": "85 %"})
    inline = client.post("/evaluate", json={"profile": body, "rulebook": PROVINCE_TABLE}).json()
    named = client.post("/evaluate", json={"profile": body, "rulebook": PROVINCE_ID}).json()
    assert _status(inline, "17.1") == "fail"
    assert inline == named


def test_a_rulebook_path_in_a_request_is_never_read(client: httpx.Client, tmp_path: Path) -> None:
    """A path to a real, valid table is refused as an unknown name: the server reads no file."""
    table = tmp_path / "province.yaml"
    table.write_text(yaml.safe_dump(PROVINCE_TABLE), encoding="utf-8")
    body = _profile({"17.1": "75 %"})
    answer = client.post("/evaluate", json={"profile": body, "rulebook": str(table)})
    assert answer.status_code == 422
    assert answer.json()["problems"][0]["field"] == "rulebook"
    plan = {**example_plan(), "rulebook": str(table)}
    answer = client.post("/plan/progress", json={"plan": plan, "profile": example()})
    assert answer.status_code == 422
    assert [p["field"] for p in answer.json()["problems"]] == ["plan.rulebook"]


def test_explain_gives_the_cli_reasoning_for_several_indicators(client: httpx.Client) -> None:
    """POST /explain answers, per indicator, the lines `ntm-rules explain` prints."""
    wanted = ["3.1", "5", "14.1"]
    for lang in ("vi", "en"):
        body = {"profile": example(), "indicators": wanted, "lang": lang}
        document = client.post("/explain", json=body).json()
        assert [i["id"] for i in document["indicators"]] == wanted
        printed = subprocess.run(
            [
                sys.executable,
                "-m",
                "ntm_rules.cli",
                "explain",
                "--example",
                "thu-lum-2025",
                *wanted,
                "--lang",
                lang,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "\n\n".join(
            "\n".join(i["reasoning"]) for i in document["indicators"]
        ) == printed.rstrip("\n")


def test_plan_progress_gives_the_cli_document(client: httpx.Client) -> None:
    """POST /plan/progress answers what `plan progress --format json` prints."""
    answer = client.post("/plan/progress", json={"plan": example_plan(), "profile": example()})
    assert answer.status_code == 200
    assert answer.json() == cli_json(
        "plan", "progress", "--example", "thu-lum-2025", "--format", "json"
    )


def test_batch_rows_and_csv_agree_and_name_bad_cells(client: httpx.Client) -> None:
    """Rows as JSON and the same table as CSV give the same communes; bad cells are named."""
    rows = [
        {"commune": "A", "region": "TN", "year": 2024, "3.1": "80", "15.3": "26,5"},
        {"commune": "B", "region": "TN", "year": 2024, "3.1": "79,99", "15.3": "27"},
        {"commune": "C", "region": "TN", "year": 2024, "3.1": "abc", "15.3": "20"},
    ]
    from_rows = client.post("/batch", json={"rows": rows}).json()
    text = "commune,region,year,3.1,15.3\n" + "".join(
        f'{r["commune"]},{r["region"]},{r["year"]},"{r["3.1"]}","{r["15.3"]}"\n' for r in rows
    )
    from_csv = client.post("/batch", content=text, headers={"content-type": "text/csv"}).json()
    as_member = client.post("/batch", json={"csv": text}).json()
    assert from_rows["evaluated"] == from_csv["evaluated"] == 2
    assert from_rows["rejected"] == from_csv["rejected"] == 1
    statuses = [(c["commune"], c["3.1"], c["15.3"]) for c in from_rows["communes"]]
    assert statuses == [("A", "pass", "pass"), ("B", "fail", "fail")]  # ≥ 80 %, ≤ 26.5 %
    assert [(c["commune"], c["3.1"], c["15.3"]) for c in from_csv["communes"]] == statuses
    assert [(p["row"], p["column"]) for p in from_rows["problems"]] == [(2, "3.1")]  # position
    assert [(p["row"], p["column"]) for p in from_csv["problems"]] == [(4, "3.1")]  # CSV line
    assert as_member == from_csv


def test_a_batch_of_full_rows_is_bounded_by_its_rows_not_by_values(tmp_path: Path) -> None:
    """900 communes of 56 indicators (over 100 000 values and keys) are one batch.

    A server of its own, with the default limits (the shared one's are small).
    """
    import ntm_rules  # noqa: PLC0415

    port = free_port()
    process = start(["--port", str(port)], tmp_path / "server.log", dict(os.environ))
    try:
        ids = ntm_rules.default_rulebook().indicator_ids
        row = {"commune": "A", "region": "TN", "year": 2024, **dict.fromkeys(ids, "50")}
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=120) as session:
            answer = session.post("/batch", json={"rows": [row] * 900})
        assert answer.status_code == 200, answer.text[:300]
        judged = answer.json()
        assert judged["evaluated"] + judged["rejected"] == 900  # every row read, none refused
    finally:
        stop(process)


def test_batch_takes_a_configured_rulebook_in_the_query(client: httpx.Client) -> None:
    """A CSV body names its rulebook in the query string."""
    text = "commune,region,year,17.1\nA,TN,2024,75\n"
    answer = client.post(
        "/batch",
        content=text,
        headers={"content-type": "text/csv"},
        params={"rulebook": PROVINCE_ID},
    ).json()
    assert answer["rulebook"] == PROVINCE_ID
    assert answer["communes"][0]["17.1"] == "pass"


def test_an_unknown_rulebook_name_is_422_wherever_it_is_given(client: httpx.Client) -> None:
    """In the query of a CSV batch and in the upload form alike: refused, never a default."""
    text = "commune,region,year,17.1\nA,TN,2024,75\n"
    csv = client.post(
        "/batch", content=text, headers={"content-type": "text/csv"}, params={"rulebook": "nope"}
    )
    assert csv.status_code == 422
    assert [p["field"] for p in csv.json()["problems"]] == ["rulebook"]
    files = {"sheet": ("x.csv", text.encode(), "text/csv")}
    page = client.post("/report", files=files, data={"rulebook": "nope"})
    assert page.status_code == 422
    assert "nope" in page.text


def test_rulebooks_lists_shipped_and_configured(client: httpx.Client) -> None:
    """GET /rulebooks lists every shipped edition and the table configured at start."""
    from ntm_rules.editions import REGISTRY  # noqa: PLC0415

    listed = client.get("/rulebooks").json()["rulebooks"]
    assert [(b["id"], b["source"]) for b in listed] == [
        *((spec.id, "shipped") for spec in REGISTRY),
        (PROVINCE_ID, "configured"),
    ]
    assert listed[-1]["derived_from"] == "vn.ntm.xa.2021_2025"


def test_openapi_describes_every_route(client: httpx.Client) -> None:
    """GET /openapi.json is OpenAPI 3.1 and lists every route the server answers."""
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.1")
    assert set(spec["paths"]) == {
        "/",
        "/report",
        "/evaluate",
        "/explain",
        "/batch",
        "/plan/progress",
        "/households/summary",
        "/rulebooks",
        "/schema/{name}",
        "/openapi.json",
    }
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            assert "200" in operation["responses"], path
            assert operation["responses"]["200"]["content"], path
