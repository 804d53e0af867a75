"""``ntm-rules serve``: its options, refused at start like any bad input, and its defaults."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from ntm_rules.service.cli import is_loopback
from tests.service.live import free_port, start, stop


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (["--max-body", "0"], "--max-body"),
        (["--max-rows", "-1"], "--max-rows"),
        (["--port", "70000"], "--port"),
        (["--token", " "], "--token"),
        (["--rulebook", "no-such-table.yaml"], "rulebook"),
    ],
)
def test_bad_options_exit_2_naming_the_option(arguments: list[str], field: str) -> None:
    """A bad option stops the server before it listens: exit 2, one line, no traceback."""
    done = subprocess.run(
        [sys.executable, "-m", "ntm_rules.cli", "serve", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "NTM_RULES_TOKEN"},
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"error: {field}")
    assert "Traceback" not in done.stderr


def test_loopback_addresses() -> None:
    """Only this machine's addresses count as loopback."""
    assert all(map(is_loopback, ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "192.168.1.2", "example.org", "::"]))


def test_the_token_flag_and_the_page_language(tmp_path: Path) -> None:
    """--token beats the environment; --lang sets the page's language; no token, no warning."""
    port = free_port()
    env = {**os.environ, "NTM_RULES_TOKEN": "from-environment"}
    log = tmp_path / "server.log"
    process = start(["--port", str(port), "--token", "from-flag", "--lang", "en"], log, env)
    try:
        url = f"http://127.0.0.1:{port}"
        page = httpx.get(f"{url}/").text
        assert '<html lang="en">' in page
        assert 'id="token"' in page
        flag = httpx.get(f"{url}/rulebooks", headers={"Authorization": "Bearer from-flag"})
        environment = httpx.get(
            f"{url}/rulebooks", headers={"Authorization": "Bearer from-environment"}
        )
        assert (flag.status_code, environment.status_code) == (200, 401)
    finally:
        stop(process)
    assert "warning" not in log.read_text()
