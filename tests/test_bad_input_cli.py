"""The bad-input catalogue through the CLI: exit 2, the field named, nothing on stdout."""

import time
from pathlib import Path

import pytest

import ntm_rules
from ntm_rules import exceptions as errors
from ntm_rules.cli import main

HEAD = "commune: A\nregion: TN\nyear: 2025\n"
CASES = {
    "unknown indicator": (
        HEAD + 'values: {"17.11": 5}\n',
        'values."17.11"',
        errors.UnknownIdentifierError,
    ),
    "unknown region": (
        "commune: A\nregion: Mars\nyear: 2025\n",
        "region",
        errors.UnknownIdentifierError,
    ),
    "unknown category": (
        HEAD + "categories: [rich]\n",
        "categories[0]",
        errors.UnknownIdentifierError,
    ),
    "rate above 100": (HEAD + 'values: {"3.1": 120}\n', 'values."3.1"', errors.OutOfRangeError),
    "negative count": (
        HEAD + 'values: {"3.1": {numerator: -1, denominator: 3}}\n',
        "numerator",
        errors.OutOfRangeError,
    ),
    "numerator above denominator": (
        HEAD + 'values: {"3.1": {numerator: 4, denominator: 3}}\n',
        "numerator",
        errors.OutOfRangeError,
    ),
    "zero denominator": (
        HEAD + 'values: {"3.1": {numerator: 0, denominator: 0}}\n',
        "denominator",
        errors.OutOfRangeError,
    ),
    "nan": (HEAD + 'values: {"3.1": .nan}\n', 'values."3.1"', errors.OutOfRangeError),
    "infinity": (HEAD + 'values: {"10": .inf}\n', 'values."10"', errors.OutOfRangeError),
    "huge number": (HEAD + 'values: {"3.1": 1.0e+308}\n', 'values."3.1"', errors.OutOfRangeError),
    "wrong dimension": (
        HEAD + 'values: {"3.1": "3 km"}\n',
        'values."3.1"',
        errors.UnitMismatchError,
    ),
    "bool for a number": (HEAD + 'values: {"3.1": true}\n', 'values."3.1"', errors.WrongKindError),
    "number for a bool": (HEAD + 'values: {"19.2": 2}\n', 'values."19.2"', errors.WrongKindError),
    "id as a number": (HEAD + "values: {2.1: 5}\n", "values.2.1", errors.WrongKindError),
    "list for a mapping": (HEAD + "values: [1, 2]\n", "values", errors.WrongKindError),
    "list at top level": ("- 1\n- 2\n", "mapping", errors.WrongKindError),
    "empty file": ("", "empty", errors.MalformedFileError),
    "duplicate keys": (HEAD + "year: 2024\n", "duplicate", errors.MalformedFileError),
    "year outside any edition": (
        "commune: A\nregion: TN\nyear: 2031\n",
        "year",
        errors.OutOfRangeError,
    ),
    "control characters": (
        'commune: "A\\x07B"\nregion: TN\nyear: 2025\n',
        "commune",
        errors.WrongKindError,
    ),
    "malformed yaml": ("commune: [\n", "cannot parse", errors.MalformedFileError),
    # Issue 7: input that used to become another number, crash or hang.
    "double percent": (
        HEAD + 'values: {"3.1": "80 %%"}\n',
        'values."3.1"',
        errors.UnitMismatchError,
    ),
    "an expression": (
        HEAD + 'values: {"3.1": "50 + 30"}\n',
        'values."3.1"',
        errors.UnitMismatchError,
    ),
    "a power tower": (
        HEAD + 'values: {"10": "10**10**10 VND/person/year"}\n',
        'values."10"',
        errors.UnitMismatchError,
    ),
    "an exponent": (HEAD + 'values: {"10": "1e999999"}\n', 'values."10"', errors.UnitMismatchError),
    "ambiguous thousands": (
        HEAD + 'values: {"10": "38.500 triệu đồng/người/năm"}\n',
        "ambiguous",
        errors.UnitMismatchError,
    ),
    "integer too large for a float": (
        HEAD + 'values: {"10": ' + "9" * 400 + "}\n",
        'values."10"',
        errors.OutOfRangeError,
    ),
    "5000-digit literal": (
        HEAD + 'values: {"10": ' + "9" * 5000 + "}\n",
        "digits",
        errors.MalformedFileError,
    ),
    "year too large": (
        "commune: A\nregion: TN\nyear: " + "9" * 400 + "\n",
        "year",
        errors.OutOfRangeError,
    ),
    "unhashable key": (
        HEAD + "values: {? [a, b] : 1}\n",
        "keys are text",
        errors.MalformedFileError,
    ),
    "null key": (HEAD + "values: {null: 1}\n", "keys are text", errors.WrongKindError),
    "date key": (HEAD + "values: {2025-01-01: 1}\n", "keys are text", errors.WrongKindError),
    "deep nesting": (
        HEAD + "note: " + "[" * 40 + "]" * 40 + "\n",
        "nested",
        errors.MalformedFileError,
    ),
    "very deep nesting": (
        HEAD + "note: " + "[" * 20000 + "]" * 20000 + "\n",
        "nested",
        errors.MalformedFileError,
    ),
    "alias bomb": (
        "a: &a [x,x,x,x,x,x,x,x,x,x]\n"
        + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n"
            for i in range(8)
        )
        + "commune: *i\nregion: TN\nyear: 2025\n",
        "aliases expanded",
        errors.OutOfRangeError,
    ),
    "recursive alias": (HEAD + "note: &a [*a]\n", "recursive", errors.MalformedFileError),
    "achieved word misspelt": (
        HEAD + 'values: {"19.2": "Đạt chưa"}\n',
        "Chưa đạt",
        errors.WrongKindError,
    ),
    "partial counts": (
        HEAD + 'values: {"3.1": {numerator: 4, denominator: ""}}\n',
        "denominator",
        errors.UnitMismatchError,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_profile_exits_2(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Each bad input exits 2 naming the field within 1 s, with no traceback and nothing written."""
    text, fragment, kind = CASES[case]
    path = tmp_path / "profile.yaml"
    path.write_text(text, encoding="utf-8")
    started = time.process_time()  # CPU time: other processes on the machine do not count
    assert main(["evaluate", str(path)]) == 2
    assert time.process_time() - started < 1.0  # the bound for every bad input
    out, err = capsys.readouterr()
    assert out == ""
    assert fragment in err
    assert "Traceback" not in err
    assert all(line.startswith("error: ") and len(line) < 500 for line in err.splitlines())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile.yaml"]
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.load_profile(path)
    assert any(isinstance(problem, kind) for problem in caught.value.problems)


def test_non_utf8_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Bytes that are not UTF-8 exit 2."""
    path = tmp_path / "profile.yaml"
    path.write_bytes(b"commune: \xc0\xff\n")
    assert main(["evaluate", str(path)]) == 2
    assert "UTF-8" in capsys.readouterr().err
