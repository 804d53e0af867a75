"""schemathesis against the live server, from the OpenAPI description the server itself serves.

A bounded number of generated requests per operation; each answer must be no server error,
a status and content type the description declares, and a body its schema accepts.
(schemathesis' own pytest plugin does not run under pytest 9, so each operation's strategy
is driven by hypothesis here.)
"""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import checks

from ntm_rules.service.openapi import openapi_document
from tests.service.live import Server

CHECKS = [
    checks.not_a_server_error,
    checks.status_code_conformance,
    checks.content_type_conformance,
    checks.response_schema_conformance,
]
OPERATIONS = [
    (path, method.upper())
    for path, operations in openapi_document()["paths"].items()
    for method in operations
]


def test_the_served_description_is_the_written_one(server: Server) -> None:
    """GET /openapi.json serves the description this test generates from."""
    with server.client() as client:
        assert client.get("/openapi.json").json() == openapi_document()


@pytest.mark.parametrize(("path", "method"), OPERATIONS)
def test_every_operation_conforms(server: Server, path: str, method: str) -> None:
    """Generated requests get answers the OpenAPI description allows."""
    headers = {"Authorization": f"Bearer {server.token}"}
    api = schemathesis.openapi.from_url(f"{server.url}/openapi.json", headers=headers)
    operation = api[path][method]

    @given(case=operation.as_strategy())
    @settings(
        max_examples=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def conforms(case: schemathesis.Case[Any]) -> None:
        case.call_and_validate(base_url=server.url, headers=headers, checks=CHECKS)

    conforms()
