"""A real ``ntm-rules serve`` on 127.0.0.1 (a subprocess), shared by the service tests.

Started with a token, small limits (so that 413 is cheap to reach) and one provincial table
configured at start; stopped when the session ends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
import yaml

from tests.service.live import (
    MAX_BODY,
    MAX_ROWS,
    PROVINCE_TABLE,
    TOKEN,
    Server,
    free_port,
    start,
    stop,
)


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The service, token required, one provincial table configured."""
    folder = tmp_path_factory.mktemp("service")
    table = folder / "province.yaml"
    table.write_text(yaml.safe_dump(PROVINCE_TABLE), encoding="utf-8")
    port = free_port()
    env = {**os.environ, "NTM_RULES_TOKEN": TOKEN}
    arguments = ["--port", str(port), "--rulebook", str(table)]
    arguments += ["--max-body", str(MAX_BODY), "--max-rows", str(MAX_ROWS)]
    log = folder / "server.log"
    process = start(arguments, log, env)
    try:
        yield Server(f"http://127.0.0.1:{port}", TOKEN, log)
    finally:
        stop(process)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    """A client of the shared server, with the token."""
    with server.client() as session:
        yield session
