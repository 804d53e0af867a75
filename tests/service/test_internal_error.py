"""An unexpected failure answers a generic 500: nothing of the exception reaches the client.

No request can make the real routes fail (the junk-body properties check that), so this
app gets one extra route that fails on purpose, served by a real uvicorn on 127.0.0.1.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from starlette.requests import Request
from starlette.responses import Response

from ntm_rules.service import create_app, load_config
from ntm_rules.service.errors import INTERNAL_ERROR

SECRET = "/srv/secret/path.py: KeyError('internal detail')"


async def _fails(request: Request) -> Response:
    raise RuntimeError(SECRET)


@pytest.fixture(scope="module")
def failing_server() -> Iterator[str]:
    """The service plus a failing route, on a real uvicorn in a thread."""
    app = create_app(load_config())
    app.add_route("/fails", _fails, methods=["GET"])
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="critical", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


def test_a_failure_answers_a_generic_500(failing_server: str) -> None:
    """The body is the generic one: no exception text, no path, no traceback."""
    answer = httpx.get(f"{failing_server}/fails", timeout=10)
    assert answer.status_code == 500
    assert answer.json() == INTERNAL_ERROR
    for leak in ("secret", "KeyError", "RuntimeError", "Traceback"):
        assert leak not in answer.text
