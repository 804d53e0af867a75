"""The error contract of a live server: 422 per problem, 413, 415, 401, and nothing internal."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.service.live import MAX_BODY, MAX_ROWS, Server, example

POSTS = ("/evaluate", "/explain", "/batch", "/plan/progress", "/households/summary")
GETS = ("/rulebooks", "/schema/profile", "/openapi.json")
LEAKS = ("Traceback", 'File "', "/tmp/", "site-packages", "ntm_rules/", "Error(")
"""Text that only an internal failure would put in a response."""


def _cli_problems(document: dict[str, Any], tmp_path: Path, lang: str) -> list[str]:
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps(document), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "ntm_rules.cli", "evaluate", str(profile), "--lang", lang],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    return [line.removeprefix("error: ") for line in done.stderr.splitlines()]


def test_each_problem_is_one_entry_as_the_cli_reports_it(
    client: httpx.Client, tmp_path: Path
) -> None:
    """Three bad fields answer 422 with the CLI's three problems (English, or as asked)."""
    bad = {
        "commune": "X",
        "region": "TN",
        "year": 2024,
        "values": {"3.1": "abc", "15.3": "-5 %", "99.9": "1"},
    }
    answer = client.post("/evaluate", json=bad)
    assert answer.status_code == 422
    problems = answer.json()["problems"]
    assert len(problems) == 3
    assert {p["field"] for p in problems} == {'values."3.1"', 'values."15.3"', 'values."99.9"'}
    assert [f"{p['field']}: {p['reason']}" for p in problems] == _cli_problems(bad, tmp_path, "en")
    in_vietnamese = client.post(
        "/evaluate", json=bad, headers={"accept-language": "vi-VN,vi;q=0.9"}
    )
    shown = [f"{p['field']}: {p['reason']}" for p in in_vietnamese.json()["problems"]]
    assert shown == _cli_problems(bad, tmp_path, "vi")


def test_the_service_own_reasons_are_in_the_language_asked_for(client: httpx.Client) -> None:
    """The service's own checks (a member's kind, the media type) answer in Vietnamese too."""
    body = {"profile": {"commune": "X", "region": "TN", "year": 2024}, "verified_only": "yes"}
    vi = {"accept-language": "vi"}
    answer = client.post("/evaluate", json=body, headers=vi)
    assert answer.status_code == 422
    reasons = {p["field"]: p["reason"] for p in answer.json()["problems"]}
    assert reasons["verified_only"] == "cần đúng hoặc sai (true/false); nhận được chữ"
    english = client.post("/evaluate", json=body).json()["problems"]
    assert {p["field"]: p["reason"] for p in english}["verified_only"] == (
        "expected true or false, got text"
    )
    media = client.post("/evaluate", content=b"x", headers={**vi, "content-type": "text/plain"})
    assert media.status_code == 415
    assert media.json()["problems"][0]["reason"] == "cần application/json; nhận được text/plain"


def test_wrapped_problems_name_the_member(client: httpx.Client) -> None:
    """In the wrapped form each field is placed under its member; unknown members are named."""
    body = {
        "profile": {"commune": "X", "region": "TN", "year": 2024, "values": {"3.1": "abc"}},
        "verified_only": "yes",
        "colour": "red",
    }
    answer = client.post("/evaluate", json=body)
    assert answer.status_code == 422
    fields = sorted(p["field"] for p in answer.json()["problems"])
    assert fields == ["colour", 'profile.values."3.1"', "verified_only"]


def test_unknown_indicators_are_named_by_position(client: httpx.Client) -> None:
    """/explain names each unknown indicator by its place in the list."""
    body = {"profile": example(), "indicators": ["3.1", "99", "x"]}
    answer = client.post("/explain", json=body)
    assert answer.status_code == 422
    assert [p["field"] for p in answer.json()["problems"]] == ["indicators[1]", "indicators[2]"]


def test_a_body_over_the_limit_is_413(client: httpx.Client) -> None:
    """A body over --max-body answers 413, whether its length is declared or not."""
    big = b'{"commune": "' + b"x" * MAX_BODY + b'"}'
    declared = client.post("/evaluate", content=big, headers={"content-type": "application/json"})
    assert declared.status_code == 413
    assert declared.json()["problems"][0]["field"] == "body"

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(big), 65536):
            yield big[start : start + 65536]

    streamed = client.post(
        "/evaluate", content=chunks(), headers={"content-type": "application/json"}
    )
    assert streamed.status_code == 413


def test_too_many_rows_is_413(client: httpx.Client) -> None:
    """More rows than --max-rows answers 413, as JSON rows and as CSV."""
    rows = [{"commune": f"X{n}", "region": "TN", "year": 2024} for n in range(MAX_ROWS + 1)]
    assert client.post("/batch", json={"rows": rows}).status_code == 413
    text = "commune,region,year\n" + "".join(f"X{n},TN,2024\n" for n in range(MAX_ROWS + 1))
    answer = client.post("/batch", content=text, headers={"content-type": "text/csv"})
    assert answer.status_code == 413
    at_limit = client.post("/batch", json={"rows": rows[:MAX_ROWS]})
    assert at_limit.status_code == 200
    assert at_limit.json()["evaluated"] == MAX_ROWS


def test_deep_nesting_is_422_naming_the_depth(client: httpx.Client) -> None:
    """A body nested deeper than the document limit is refused, not parsed."""
    answer = client.post(
        "/evaluate", content=b"[" * 50_000, headers={"content-type": "application/json"}
    )
    assert answer.status_code == 422
    assert "nested more than" in answer.json()["problems"][0]["reason"]


@pytest.mark.parametrize("path", [*POSTS, *GETS])
def test_a_missing_or_wrong_token_is_401(server: Server, path: str) -> None:
    """Every route but the page needs the bearer token."""
    for token in (None, "wrong", "Test-Token-3F9C"):
        with server.client(token=token) as client:
            answer = client.post(path, json={}) if path in POSTS else client.get(path)
        assert answer.status_code == 401, (path, token)
        assert answer.headers["www-authenticate"] == "Bearer"
        assert answer.json() == {"error": "missing or wrong bearer token"}


def test_the_page_is_open_but_its_upload_checks_the_token(server: Server) -> None:
    """GET / needs no token; POST /report without the right one is refused (401)."""
    with server.client(token=None) as client:
        assert client.get("/").status_code == 200
        files = {"sheet": ("x.csv", b"a,b\n", "text/csv")}
        refused = client.post("/report", files=files, data={"token": "wrong"})
    assert refused.status_code == 401
    assert "text/html" in refused.headers["content-type"]


def test_other_media_types_are_415(client: httpx.Client) -> None:
    """A body that is not JSON (or CSV for /batch) is refused as such."""
    answer = client.post("/evaluate", content=b"commune,year", headers={"content-type": "text/csv"})
    assert answer.status_code == 415
    assert answer.json()["problems"][0]["field"] == "content-type"


def test_unknown_routes_answer_json(client: httpx.Client) -> None:
    """404 and 405 are JSON bodies too."""
    assert client.get("/nowhere").json() == {"error": "not found"}
    assert client.get("/evaluate").status_code == 405


def test_a_request_for_another_host_is_refused(server: Server) -> None:
    """On loopback the server answers loopback host names only (no DNS rebinding)."""
    with server.client() as client:
        answer = client.get("/rulebooks", headers={"host": "evil.example"})
    assert answer.status_code == 400


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "profile",
                    "values",
                    "commune",
                    "year",
                    "region",
                    "rulebook",
                    "plan",
                    "rows",
                    "csv",
                    "indicators",
                    "tier",
                    "lang",
                    "verified_only",
                    "3.1",
                    "schema",
                    "base",
                    "thresholds",
                ]
            )
            | st.text(max_size=8),
            children,
            max_size=6,
        )
    ),
    max_leaves=30,
)


@given(path=st.sampled_from(POSTS), body=_JSON)
def test_junk_json_never_reaches_an_internal_error(server: Server, path: str, body: Any) -> None:
    """Any JSON value to any endpoint answers 2xx, 4xx or 501, and nothing internal leaks."""
    with server.client() as client:
        text = json.dumps(body)  # NaN and Infinity included, as some clients send them
        answer = client.post(path, content=text, headers={"content-type": "application/json"})
    assert answer.status_code < 500 or answer.status_code == 501, answer.text
    assert not any(leak in answer.text for leak in LEAKS), answer.text


@given(
    path=st.sampled_from(POSTS),
    body=st.binary(max_size=300),
    media=st.sampled_from(["application/json", "text/csv", "multipart/form-data", ""]),
)
def test_junk_bytes_never_reach_an_internal_error(
    server: Server, path: str, body: bytes, media: str
) -> None:
    """Any bytes of any media type answer 4xx (or 501), and nothing internal leaks."""
    with server.client() as client:
        answer = client.post(path, content=body, headers={"content-type": media})
    assert answer.status_code < 500 or answer.status_code == 501, answer.text
    assert not any(leak in answer.text for leak in LEAKS), answer.text


def test_the_server_logged_no_internal_error(server: Server, client: httpx.Client) -> None:
    """Nothing sent so far made the server fail (its log holds no traceback)."""
    client.post("/evaluate", json={"values": [1, 2]})
    assert "Traceback" not in server.log.read_text(errors="replace")
