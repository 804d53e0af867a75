"""The code base stays mypy --strict and ruff clean (configured in pyproject.toml)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_is_clean() -> None:
    """ruff check and ruff format --check report nothing."""
    check = _run(sys.executable, "-m", "ruff", "check", "src", "tests", "examples", "benchmarks")
    assert check.returncode == 0, check.stdout + check.stderr
    fmt = _run(
        sys.executable, "-m", "ruff", "format", "--check", "src", "tests", "examples", "benchmarks"
    )
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_strict_is_clean() -> None:
    """mypy --strict accepts the package, the tests, the examples and the benchmarks."""
    run = _run(sys.executable, "-m", "mypy")
    assert run.returncode == 0, run.stdout + run.stderr
