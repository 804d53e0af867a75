"""Every output a person reads is wholly in its language: terminal, CSV and Excel files.

Vietnamese output holds no English phrase of the catalogue, no internal identifier
(``meeting_minimum``, ``at_least``) and no source tag of the reference (``S24``); English
output holds no Vietnamese-only phrase of the catalogue.
"""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import openpyxl
import pytest
from babel.messages.pofile import read_po

from ntm_rules import i18n
from ntm_rules.cli import main

ROOT = Path(__file__).resolve().parents[1]
COMMUNES = str(ROOT / "examples" / "data" / "communes.csv")

TERMINAL = [
    "evaluate --example thu-lum-2025 --detail",
    "evaluate --example thu-lum-2020 --detail",
    "evaluate --example thu-lum-2026 --detail",
    "evaluate --example thu-lum-2025-advanced --tier model",
    "explain --example thu-lum-2025 1.1 2.2 3.1 3.2 5 10 11 14.1 15.3 17.1 17.10",
    "explain --example thu-lum-2020 17.1",
    "rulebook --region TDMNPB --year 2025",
    "rulebook --edition 2026-2030",
    "plan show --example thu-lum-2025",
    "plan progress --example thu-lum-2025",
    "diff --from 2021-2025 --to 2026-2030 --example thu-lum-2025",
    "recognition revoke --example thu-lum-2025",
    f"batch {COMMUNES} --quiet",
    "households summary --example households-2025",
    "households classify --example households-2025 --household MH-007",
    "households classify --example households-2025 --household MH-005",
]
FILES = [
    "evaluate --example thu-lum-2025 --format {fmt} -o {out}",
    "template --region TDMNPB --year 2025 --format {fmt} -o {out}",
    "rulebook --format {fmt} -o {out}",
    "plan show --example thu-lum-2025 --format {fmt} -o {out}",
    "plan progress --example thu-lum-2025 --format {fmt} -o {out}",
]
"""Reports for people. The tables of ``batch -o`` and ``households classify -o`` are data for
other programs: codes in their columns, as in the JSON documents."""
IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z0-9]+)+\b|\b[STU]\d{1,3}\b")
"""snake_case codes and the reference's source tags (URLs are removed before the check)."""
URL = re.compile(r"https?://\S+")


def _catalogue(lang: str) -> dict[str, str]:
    path = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "ntm_rules.po"
    with path.open("rb") as po:
        return {str(m.id): str(m.string) for m in read_po(po) if m.id}


def _phrases(source: dict[str, str], *, english: bool, words: int) -> set[str]:
    """The fixed part (before any field) of messages whose two languages differ."""
    found = set()
    for key, text in source.items():
        phrase = (key if english else text).split("{")[0].strip(" (:;,.")
        if key != text and len(phrase.split()) >= words:
            found.add(phrase)
    return found


ENGLISH = _phrases(_catalogue("vi"), english=True, words=2)
VIETNAMESE = _phrases(_catalogue("vi"), english=False, words=3)
"""Three words at least: shorter Vietnamese phrases ("chỉ tiêu") are also in the legal
citations and the plan's own texts, which English output quotes as they are written."""


def _user_texts() -> list[str]:
    """Texts of the example files themselves (their notes, the plan's wording), shown as given."""
    import yaml  # noqa: PLC0415

    from ntm_rules.examples import example_plan_path, example_profile_path  # noqa: PLC0415

    found = []
    for path in (example_profile_path("thu-lum-2025"), example_plan_path("thu-lum-2025")):
        found += _strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    return sorted((t for t in found if len(t) > 12), key=len, reverse=True)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


USER_TEXTS = _user_texts()


def _run(command: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(command.split())
    assert status == 0, err.getvalue()
    return out.getvalue() + err.getvalue()


def _file_text(path: Path) -> str:
    if path.suffix == ".csv":
        return path.read_text(encoding="utf-8-sig")
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if cell is not None
    )


def _check(text: str, lang: str, where: str) -> None:
    text = URL.sub("", text)
    for given in USER_TEXTS:  # as given, and as CSV quotes it
        text = text.replace(given, "").replace(given.replace('"', '""'), "")
    if lang == "vi":
        leaked = sorted(p for p in ENGLISH if p in text)
        assert not leaked, (where, leaked)
        codes = sorted(set(IDENTIFIER.findall(text)))
        assert not codes, (where, codes)
    else:
        leaked = sorted(p for p in VIETNAMESE if p in text and p not in ENGLISH)
        assert not leaked, (where, leaked)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", TERMINAL)
def test_terminal_output_is_in_one_language(command: str, lang: str) -> None:
    _check(_run(f"{command} --lang {lang}"), lang, command)


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("command", FILES)
def test_files_are_in_one_language(command: str, fmt: str, lang: str, tmp_path: Path) -> None:
    out = tmp_path / f"out.{fmt}"
    _run(command.format(fmt=fmt, out=out) + f" --lang {lang}")
    files = [out, *sorted(p for p in tmp_path.iterdir() if p != out)]
    for path in files:
        _check(_file_text(path), lang, f"{command} ({path.name})")


def test_the_checks_can_fail() -> None:
    """The phrase sets are not empty, and a leak of each kind is caught."""
    assert "Criteria met" in ENGLISH
    with pytest.raises(AssertionError):
        _check("Criteria met: 6/19", "vi", "probe")
    with pytest.raises(AssertionError):
        _check("kind at_least", "vi", "probe")
    with pytest.raises(AssertionError):
        _check("xem S24", "vi", "probe")
    with pytest.raises(AssertionError):
        _check("Số tiêu chí đạt: 6/19", "en", "probe")
