"""Running a real ``ntm-rules serve`` on 127.0.0.1 (a subprocess), and the documents sent to it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import yaml
from attrs import frozen

TOKEN = "test-token-3f9c"
MAX_BODY = 1_000_000
MAX_ROWS = 300
PROVINCE_ID = "vn.province.test.water-70"
PROVINCE_TABLE = {
    "schema": "ntm_rules.overrides/1",
    "id": PROVINCE_ID,
    "citation": {"instrument": "Test table", "note": "not a legal figure"},
    "verification": "unverified",
    "thresholds": {"17.1": {"all": 70}},
}


@frozen
class Server:
    """A running service: its address, token and log."""

    url: str
    token: str
    log: Path

    def client(self, *, token: str | None = TOKEN) -> httpx.Client:
        """A client that sends ``token`` (none when ``None``)."""
        headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=60)


def free_port() -> int:
    """A port nobody listens on now (the server binds it right after)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start(arguments: list[str], log: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    """Start ``ntm-rules serve`` and wait until it answers ``GET /``."""
    port = arguments[arguments.index("--port") + 1]
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "ntm_rules.cli", "serve", *arguments],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {log.read_text(errors='replace')}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/", timeout=2).status_code == 200:
                return process
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise RuntimeError("the server did not answer within 60 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server (SIGTERM, then SIGKILL after 10 s)."""
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)


def example(name: str = "thu-lum-2025") -> dict[str, object]:
    """An embedded example profile, as a document."""
    from ntm_rules.examples import example_profile_path  # noqa: PLC0415

    document: dict[str, object] = yaml.safe_load(example_profile_path(name).read_text("utf-8"))
    return document


def example_plan() -> dict[str, object]:
    """The embedded example plan, as a document."""
    from ntm_rules.examples import example_plan_path  # noqa: PLC0415

    document: dict[str, object] = yaml.safe_load(example_plan_path().read_text("utf-8"))
    return document


def cli_json(*arguments: str) -> object:
    """What ``ntm-rules ARGS`` prints, parsed (run as a separate process)."""
    done = subprocess.run(
        [sys.executable, "-m", "ntm_rules.cli", *arguments],
        capture_output=True,
        check=True,
        timeout=120,
    )
    return json.loads(done.stdout)
