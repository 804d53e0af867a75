"""The data files shipped with the library (the embedded Thu Lũm example)."""

from __future__ import annotations

from pathlib import Path

from ntm_rules.exceptions import InvalidInputError, UnknownIdentifierError

_PROFILES = {
    "thu-lum-2020": "thu-lum-2020-profile.yaml",
    "thu-lum-2025": "thu-lum-2025-profile.yaml",
    "thu-lum-2025-advanced": "thu-lum-2025-advanced-profile.yaml",
    "thu-lum-2026": "thu-lum-2026-profile.yaml",
}
"""One illustrative profile per edition (made-up figures, marked so in each file)."""
_PLANS = {"thu-lum-2025": "thu-lum-2025-plan.yaml"}
HOUSEHOLDS = {
    "households-2025": "illustrative-households-2025.yaml",
    "households-2025-csv": "illustrative-households-2025.csv",
}
"""The illustrative household review (made-up households), as a document and as a table."""


def _path(name: str, files: dict[str, str], kind: str) -> Path:
    if name not in files:
        problem = UnknownIdentifierError("--example", kind, name, files)
        raise InvalidInputError([problem], "example")
    from importlib import resources  # noqa: PLC0415 - milliseconds of imports: only when used

    return Path(str(resources.files("ntm_rules") / "data" / files[name]))


def example_profile_path(name: str = "thu-lum-2025") -> Path:
    """The path of an embedded example profile (illustrative figures)."""
    return _path(name, _PROFILES, "example profile")


def example_plan_path(name: str = "thu-lum-2025") -> Path:
    """The path of an embedded example plan."""
    return _path(name, _PLANS, "example plan")


def example_households_path(name: str = "households-2025") -> Path:
    """The path of the embedded illustrative household review (YAML, or ``-csv``)."""
    return _path(name, HOUSEHOLDS, "household example")
