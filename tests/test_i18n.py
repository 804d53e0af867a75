"""Catalogues: complete in Vietnamese and English, compiled, and used by every command."""

import contextlib
import gettext
import io

import pytest
from babel.messages.pofile import read_po

from ntm_rules import i18n
from ntm_rules.cli import main

COMMANDS = [
    "evaluate --example thu-lum-2025 --detail",
    "evaluate --example thu-lum-2025 --verified-only --detail",
    "evaluate --example thu-lum-2020 --detail",
    "evaluate --example thu-lum-2026",
    "evaluate --example thu-lum-2025-advanced --tier advanced --detail",
    "evaluate --example thu-lum-2025-advanced --tier model",
    "explain --example thu-lum-2025 5",
    "explain --example thu-lum-2025 14.1",
    "explain --example thu-lum-2025 3.1",
    "rulebook",
    "rulebook --edition 2016-2020",
    "plan show --example thu-lum-2025",
    "plan progress --example thu-lum-2025",
    "diff --from 2016-2020 --to 2021-2025 --example thu-lum-2025",
    "diff --from 2021-2025 --to 2026-2030",
]


def _catalogue(lang: str) -> dict[str, str]:
    path = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "ntm_rules.po"
    with path.open("rb") as po:
        return {str(m.id): str(m.string) for m in read_po(po) if m.id}


def test_catalogues_are_complete_and_compiled() -> None:
    """vi and en hold the same messages, none empty, and the .mo files match the .po files."""
    vi, en = _catalogue("vi"), _catalogue("en")
    assert set(vi) == set(en)
    assert all(vi.values())
    assert all(en[key] == key for key in en)
    for lang, messages in (("vi", vi), ("en", en)):
        mo = i18n.LOCALE_DIR / lang / "LC_MESSAGES" / "ntm_rules.mo"
        with mo.open("rb") as handle:
            compiled = gettext.GNUTranslations(handle)
        assert {k: compiled.gettext(k) for k in messages} == messages, lang


def _run(command: str, lang: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main([*command.split(), "--lang", lang]) == 0, err.getvalue()
    return out.getvalue()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_message_asked_for_is_in_the_catalogue(lang: str) -> None:
    """Running every command asks only for messages the catalogues hold."""
    i18n.MISSING.clear()
    for command in COMMANDS:
        _run(command, lang)
    assert not {message for asked, message in i18n.MISSING if asked == lang}


def test_vietnamese_output_has_no_english_catalogue_phrase() -> None:
    """No English phrase of the catalogue (where it differs in Vietnamese) leaks into vi."""
    vi = _catalogue("vi")
    phrases = {
        key.split("{")[0].strip(" (:")
        for key, text in vi.items()
        if key != text and len(key.split("{")[0].split()) >= 2
    }
    for command in COMMANDS:
        output = _run(command, "vi")
        leaked = sorted(phrase for phrase in phrases if phrase and phrase in output)
        assert not leaked, (command, leaked)


def test_numbers_are_written_the_locale_way() -> None:
    """Vietnamese writes 91,56 and 1.234.567,5; English 91.56."""
    assert i18n.number(91.5555, "vi") == "91,56"
    assert i18n.number(1234567.5, "vi") == "1.234.567,5"
    assert i18n.number(91.5555, "en") == "91.56"
    assert i18n.number(-0.0, "vi") == "0"
