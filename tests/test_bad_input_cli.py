"""The bad-input catalogue through the CLI: exit 2, the field named, nothing on stdout."""

from pathlib import Path

import pytest

from ntm_rules.cli import main

HEAD = "commune: A\nregion: TN\nyear: 2025\n"
CASES = {
    "unknown indicator": (HEAD + 'values: {"17.11": 5}\n', 'values."17.11"'),
    "unknown region": ("commune: A\nregion: Mars\nyear: 2025\n", "region"),
    "unknown category": (HEAD + "categories: [rich]\n", "categories[0]"),
    "rate above 100": (HEAD + 'values: {"3.1": 120}\n', 'values."3.1"'),
    "negative count": (HEAD + 'values: {"3.1": {numerator: -1, denominator: 3}}\n', "numerator"),
    "numerator above denominator": (
        HEAD + 'values: {"3.1": {numerator: 4, denominator: 3}}\n',
        "numerator",
    ),
    "zero denominator": (HEAD + 'values: {"3.1": {numerator: 0, denominator: 0}}\n', "denominator"),
    "nan": (HEAD + 'values: {"3.1": .nan}\n', 'values."3.1"'),
    "infinity": (HEAD + 'values: {"10": .inf}\n', 'values."10"'),
    "huge number": (HEAD + 'values: {"3.1": 1e308}\n', 'values."3.1"'),
    "wrong dimension": (HEAD + 'values: {"3.1": "3 km"}\n', 'values."3.1"'),
    "bool for a number": (HEAD + 'values: {"3.1": true}\n', 'values."3.1"'),
    "number for a bool": (HEAD + 'values: {"19.2": 1}\n', 'values."19.2"'),
    "id as a number": (HEAD + "values: {2.1: 5}\n", "values.2.1"),
    "list for a mapping": (HEAD + "values: [1, 2]\n", "values"),
    "list at top level": ("- 1\n- 2\n", "mapping"),
    "empty file": ("", "empty"),
    "duplicate keys": (HEAD + "year: 2024\n", "duplicate"),
    "year outside any edition": ("commune: A\nregion: TN\nyear: 2031\n", "year"),
    "control characters": ('commune: "A\\x07B"\nregion: TN\nyear: 2025\n', "commune"),
    "malformed yaml": ("commune: [\n", "cannot parse"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_profile_exits_2(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each bad input exits 2 naming the field, with no traceback and nothing written."""
    text, fragment = CASES[case]
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    assert main(["evaluate", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert fragment in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile.yaml"]


def test_non_utf8_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 exit 2."""
    path = tmp_path / "profile.yaml"
    path.write_bytes(b"commune: \xc0\xff\n")
    assert main(["evaluate", str(path)]) == 2
    assert "UTF-8" in capsys.readouterr().err
