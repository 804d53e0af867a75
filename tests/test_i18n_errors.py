"""Error messages in the reader's language: Vietnamese under --lang vi, English under en.

Every error keeps its English message id and values (:mod:`ntm_rules.messages`); the CLI
renders it in ``--lang``. The checks: bad input through every command prints no English
catalogue phrase in Vietnamese and no Vietnamese-only phrase in English; every message id
an error is built with (found in the source) is in both catalogues, with the same fields;
and the English text of an error is exactly its message id filled in.
"""

import ast
import contextlib
import io
import json
import pickle
import string
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from ntm_rules import i18n
from ntm_rules.cli import main
from ntm_rules.cli_language import ENVIRONMENT
from ntm_rules.exceptions import (
    InputProblem,
    InvalidInputError,
    OutOfRangeError,
    UnknownIdentifierError,
)
from ntm_rules.messages import Message
from ntm_rules.reading import split_number

SOURCE = Path(__file__).resolve().parents[1] / "src" / "ntm_rules"

NOT_YET_TRANSLATED: set[str] = set()
# Modules whose messages are still English f-strings would be listed here (so that the test
# names them); remove an entry once converted. Every module is converted.
"""Paths under src/ntm_rules whose raise sites are not yet message ids."""

ERRORS = {
    "InputProblem",
    "UnknownIdentifierError",
    "UnitMismatchError",
    "OutOfRangeError",
    "WrongKindError",
    "MalformedFileError",
    "DuplicateEntryError",
    "InconsistentTotalError",
    "WorkbookError",
    "TierNotEncodedError",
    "GroupUndecidedError",
    "MissingRegionError",
}
"""Input problems: (field, reason); UnknownIdentifierError: (field, kind, given, known)."""
WHOLE = {
    "InvalidInputError": 1,
    "RulebookError": 0,
    "NtmRulesError": 0,
    "MissingExtraError": 0,
    "RowProblem": 2,
    "RefusedCell": 0,
    "_bad": 1,
    "_malformed": 1,
}
"""Errors (and batch problems) whose message, or what was read, is at that position."""

BAD_PROFILE = (
    "commune: A\nregion: TNN\nyear: 2025\nvalues:\n"
    '  "3.1": "1.234"\n  "17.11": 5\n  "19.2": 2\n  "2.1": true\n  "10": abc\n'
    '  "5": "12,5 km"\n  "14.1": {numerator: 4, denominator: 3}\n  "3.2": .nan\n'
)


def _catalogue(lang: str) -> dict[str, str]:
    path = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "ntm_rules.po"
    with path.open("rb") as po:
        return {str(m.id): str(m.string) for m in read_po(po) if m.id}


def _skipped(path: Path) -> bool:
    relative = path.relative_to(SOURCE).as_posix()
    return any(relative == s or relative.startswith(s + "/") for s in NOT_YET_TRANSLATED)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _message_arguments(call: ast.Call) -> list[ast.expr]:
    """The arguments of an error constructor that carry text for people."""
    name, args = _name(call), call.args
    if name == "Message":
        return args[:1]
    if name == "UnknownIdentifierError":
        return args[1:2]  # the kind, a word
    if name in ERRORS:
        return args[1:2] + [k.value for k in call.keywords if k.arg == "reason"]
    if name in WHOLE:
        return args[WHOLE[name] : WHOLE[name] + 1]
    return []


def _raise_sites() -> list[tuple[str, ast.expr]]:
    sites: list[tuple[str, ast.expr]] = []
    for path in sorted(SOURCE.rglob("*.py")):
        if _skipped(path):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                where = f"{path.relative_to(SOURCE)}:{node.lineno}"
                sites.extend((where, argument) for argument in _message_arguments(node))
    return sites


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_id_of_an_error_is_in_both_catalogues() -> None:
    """Constant reasons and Message templates are catalogue ids, with the same fields in vi."""
    vi, en = _catalogue("vi"), _catalogue("en")
    ids = {
        (where, argument.value)
        for where, argument in _raise_sites()
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
    }
    assert len(ids) > 200  # the scan finds the raise sites
    missing = sorted((where, text) for where, text in ids if text not in vi or text not in en)
    assert not missing
    for _, text in ids:
        if _fields(text):
            assert _fields(vi[text]) == _fields(text), text


def test_every_translation_keeps_the_fields() -> None:
    """A translation fills the same {fields} as its English id (else format() would fail)."""
    vi = _catalogue("vi")
    wrong = {key: text for key, text in vi.items() if _fields(key) != _fields(text)}
    assert not wrong


def test_no_reason_is_an_f_string() -> None:
    """Reasons are message ids with values, never English built by f-strings."""
    built = [where for where, argument in _raise_sites() if isinstance(argument, ast.JoinedStr)]
    assert not built


def test_english_text_is_the_id_filled_in_and_survives_pickling() -> None:
    """str() of a problem is its English text; render() gives the catalogue's language."""
    with pytest.raises(InputProblem) as raised:
        split_number("abc", "values.x")
    error = raised.value
    assert str(error) == "values.x: 'abc' does not start with a number"
    assert error.reason == "'abc' does not start with a number"
    assert error.render("vi") == "values.x: 'abc' không bắt đầu bằng một số"
    assert error.render("en") == str(error)
    assert pickle.loads(pickle.dumps(error)).render("vi") == error.render("vi")


def test_words_inside_messages_are_translated() -> None:
    """The kind of an unknown name, and a kind of value, are words of the sentence."""
    error = UnknownIdentifierError("region", "region", "TNN", ["TN", "DBSH"])
    assert str(error) == "region: unknown region 'TNN'; did you mean 'TN'?"
    assert error.render("vi") == "region: vùng không xác định: 'TNN'; có phải là 'TN'?"
    nested = Message("expected a count, got {value}", value=Message("a list"))
    assert nested == "expected a count, got a list"
    assert nested.render("vi") == "cần một số đếm; nhận được một danh sách"
    collected = InvalidInputError([OutOfRangeError("x", "must be greater than 0")], "profile")
    assert collected.render("vi").splitlines() == ["1 lỗi trong hồ sơ xã:", "  x: phải lớn hơn 0"]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    (tmp_path / "bad.yaml").write_text(BAD_PROFILE, encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("commune: [\n", encoding="utf-8")
    (tmp_path / "list.yaml").write_text("- 1\n- 2\n", encoding="utf-8")
    (tmp_path / "extra.yaml").write_text(
        "commune: A\nregion: TN\nyear: 2025\ncolour: red\nvalues: {}\n", encoding="utf-8"
    )
    (tmp_path / "late.yaml").write_text("commune: A\nregion: TN\nyear: 2031\n", encoding="utf-8")
    (tmp_path / "fake.xlsx").write_bytes(b"not a zip")
    (tmp_path / "sheet.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "communes.csv").write_text(
        "commune,region,year,3.1\nA,TN,2025,abc\nB,Mars,2025,50\n", encoding="utf-8"
    )
    (tmp_path / "plan.yaml").write_text("schema: wrong\n", encoding="utf-8")
    (tmp_path / "households.csv").write_text("household,members\nH1,3\n", encoding="utf-8")
    (tmp_path / "review.csv").write_text(
        "household,year,members,children_under_16,income_per_person_month,colour\n"
        "H1,2025,0,1,abc,red\nH1,2024,2,3,-5,x\n",
        encoding="utf-8",
    )
    (tmp_path / "facts.yaml").write_text(
        "satisfaction: {satisfied: 5, surveyed: 3}\n", encoding="utf-8"
    )
    return tmp_path


COMMANDS = [
    "evaluate {d}/bad.yaml",
    "evaluate {d}/broken.yaml",
    "evaluate {d}/list.yaml",
    "evaluate {d}/extra.yaml",
    "evaluate {d}/late.yaml",
    "evaluate {d}/missing.yaml",
    "evaluate {d}/fake.xlsx",
    "evaluate {d}/sheet.csv",
    "evaluate --example nope",
    "evaluate",
    "evaluate --example thu-lum-2025 --format xlsx",
    "explain {d}/bad.yaml",
    "explain --example thu-lum-2025 99.9",
    "rulebook --region Mars",
    "rulebook --year 2040",
    "rulebook --edition 2021-2025 --rulebook 2021-2025",
    "template -o {d}/out.xlsx --region Mars",
    "diff --from 2010 --to 2021-2025",
    "plan show {d}/plan.yaml",
    "plan progress {d}/plan.yaml {d}/bad.yaml",
    "batch {d}/communes.csv --strict --quiet",
    "recognition assess {d}/bad.yaml",
    "recognition revoke --example thu-lum-2025 --facts {d}/facts.yaml",
    "households summary {d}/households.csv",
    "households summary {d}/review.csv --strict",
    "households classify {d}/review.csv --standard nope",
    "households classify {d}/review.csv --household H9",
    "serve --port 70000",
]


def _errors(command: str, lang: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*command.split(), "--lang", lang])
    assert code == 2, (command, err.getvalue())
    assert "Traceback" not in err.getvalue()
    return err.getvalue()


def _english_phrases() -> set[str]:
    """The English phrases of the catalogue (as tests/test_i18n.py takes them)."""
    return {
        key.split("{")[0].strip(" (:")
        for key, text in _catalogue("vi").items()
        if key != text and len(key.split("{")[0].split()) >= 2
    }


def _vietnamese_phrases() -> set[str]:
    """Phrases of the Vietnamese catalogue that no English message contains."""
    vi = _catalogue("vi")
    english = "\n".join(vi)
    return {
        phrase
        for phrase in (text.split("{")[0].strip(" (:") for key, text in vi.items() if key != text)
        if len(phrase.split()) >= 2 and phrase not in english
    }


@pytest.mark.parametrize("command", COMMANDS)
def test_errors_are_in_the_language_asked_for(inputs: Path, command: str) -> None:
    """vi: no English catalogue phrase and nothing missing; en: no Vietnamese-only phrase."""
    command = command.format(d=inputs)
    i18n.MISSING.clear()
    vietnamese = _errors(command, "vi")
    leaked = sorted(phrase for phrase in _english_phrases() if phrase in vietnamese)
    assert not leaked, (vietnamese, leaked)
    assert not {message for lang, message in i18n.MISSING if lang == "vi"}, vietnamese
    english = _errors(command, "en")
    assert not sorted(phrase for phrase in _vietnamese_phrases() if phrase in english), english


@pytest.fixture
def no_locale(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ENVIRONMENT:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def _help(argv: list[str]) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


def test_help_is_in_the_language_asked_for(no_locale: pytest.MonkeyPatch) -> None:
    """--lang vi (before or after the command) or a Vietnamese locale: Vietnamese help."""
    english = _help(["evaluate", "--help"])
    assert "also list every indicator" in english
    for argv in (["--lang", "vi", "evaluate", "--help"], ["evaluate", "--lang=vi", "--help"]):
        vietnamese = _help(argv)
        assert "liệt kê thêm từng chỉ tiêu" in vietnamese
        assert "also list every indicator" not in vietnamese
    no_locale.setenv("LANG", "vi_VN.UTF-8")
    assert "đánh giá hồ sơ một xã" in _help(["--help"])
    no_locale.setenv("LC_ALL", "en_US.UTF-8")  # the first variable set decides, as gettext
    assert "evaluate a commune profile" in _help(["--help"])


def test_errors_without_lang_follow_the_locale_else_english(
    inputs: Path, no_locale: pytest.MonkeyPatch
) -> None:
    """No --lang: the locale's language when it is one of ours, else English."""
    command = ["evaluate", str(inputs / "bad.yaml")]

    def errors() -> str:
        err = io.StringIO()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            assert main(command) == 2
        return err.getvalue()

    assert "does not start with a number" in errors()
    no_locale.setenv("LANG", "vi_VN.UTF-8")
    assert "không bắt đầu bằng một số" in errors()
    no_locale.setenv("LANG", "C.UTF-8")
    no_locale.setenv("NTM_RULES_LANG", "vi")
    assert "không bắt đầu bằng một số" in errors()


def test_the_top_level_lang_sets_the_output_language() -> None:
    """ntm-rules --lang en evaluate …: English output, as with the command's own --lang."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["--lang", "en", "evaluate", "--example", "thu-lum-2025"]) == 0
    assert "Criteria met" in out.getvalue()


def test_a_message_is_written_out_as_its_english_text() -> None:
    """Reasons end up in JSON, YAML and tables: there a message is plain text."""
    message = Message("{count} more entries not checked", count=3)
    assert json.dumps({"m": message}) == '{"m": "3 more entries not checked"}'
    assert yaml.safe_dump({"m": message}) == "m: 3 more entries not checked\n"
