"""The data files shipped with the library (the embedded Thu Lũm example)."""

from __future__ import annotations

from importlib import resources
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


def _path(name: str, files: dict[str, str], kind: str) -> Path:
    if name not in files:
        problem = UnknownIdentifierError("--example", f"example {kind}", name, files)
        raise InvalidInputError([problem], "example")
    return Path(str(resources.files("ntm_rules") / "data" / files[name]))


def example_profile_path(name: str = "thu-lum-2025") -> Path:
    """The path of an embedded example profile (illustrative figures)."""
    return _path(name, _PROFILES, "profile")


def example_plan_path(name: str = "thu-lum-2025") -> Path:
    """The path of an embedded example plan."""
    return _path(name, _PLANS, "plan")
