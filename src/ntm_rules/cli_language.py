"""The language of the command line's own words: its help and its error messages.

The output of a command (tables, sheets) is in ``--lang``, Vietnamese by default. Help is
printed before any option is parsed, and errors may come from the parsing itself, so both
take the language from the command line as typed (``--lang en`` or ``--lang=vi``), else from
``NTM_RULES_LANG``, else from the locale as gettext reads it (``LANGUAGE``, ``LC_ALL``,
``LC_MESSAGES``, ``LANG``: ``vi_VN.UTF-8`` is Vietnamese), else English. English is the
fallback rather than Vietnamese so that scripts reading the messages of an unconfigured
machine keep reading the words they always read; ``--lang vi`` or a Vietnamese locale gives
Vietnamese throughout.

Help is translated by walking the finished parser (every command registers its own help
texts, in English, as message ids); argparse's own few words (``usage:``) stay English.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Mapping, Sequence

from ntm_rules.i18n import LANGUAGES, known, tr

ENVIRONMENT = ("NTM_RULES_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def asked_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str | None:
    """The language the user asked for, or ``None`` when nothing says.

    Examples:
        >>> asked_language(["evaluate", "--lang", "en"], {})
        'en'
        >>> asked_language(["evaluate"], {"LANG": "vi_VN.UTF-8"})
        'vi'
        >>> asked_language(["evaluate"], {"LANG": "C.UTF-8"}) is None
        True
    """
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv) and argv[index + 1] in LANGUAGES:
            return argv[index + 1]
        if word.startswith("--lang=") and word.removeprefix("--lang=") in LANGUAGES:
            return word.removeprefix("--lang=")
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = environ.get(name, "")
        if value:  # gettext takes the first variable set; LANGUAGE may list several
            for entry in value.split(":"):
                code = entry.split("_")[0].split(".")[0].lower()
                if code in LANGUAGES:
                    return code
            if name != "NTM_RULES_LANG":
                return None
    return None


def message_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language of help and error messages: as asked, else English."""
    return asked_language(argv, environ) or "en"


def translate_help(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put the help texts, descriptions and section titles of ``parser`` in ``lang``.

    Its commands too; a text the catalogue does not hold stays as it is.
    """
    seen: set[int] = set()
    _translate(parser, lang, seen)


def _text(text: str | None, lang: str) -> str | None:
    if text is None or "%(" in text or not known(text, lang):
        return text
    return tr(lang, text)


def _translate(parser: argparse.ArgumentParser, lang: str, seen: set[int]) -> None:
    if id(parser) in seen:
        return
    seen.add(id(parser))
    parser.message_lang = lang  # type: ignore[attr-defined]  # read by the CLI's error()
    parser.description = _text(parser.description, lang)
    for group in parser._action_groups:  # argparse's own attributes: no public way
        group.title = _text(group.title, lang)
    for action in parser._actions:
        action.help = _text(action.help, lang)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:  # the commands' help lines
                choice.help = _text(choice.help, lang)
            for command in action.choices.values():
                _translate(command, lang, seen)


_USAGE_ERRORS = (
    "the following arguments are required: {names}",
    "unrecognized arguments: {words}",
    "one of the arguments {names} is required",
    "ambiguous option: {option} could match {matches}",
    "argument {name}: invalid choice: {value} (choose from {choices})",
    "argument {name}: invalid {kind} value: {value}",
    "argument {name}: expected one argument",
    "argument {name}: not allowed with argument {other}",
)
"""argparse's own usage errors (Python 3.11–3.13 wording), as message ids with fields."""

_ONE_WORD = {"name": r"\S+", "option": r"\S+", "kind": r"\w+"}
"""The fields that are one word (an option, a type name); any other field is the rest."""


def _matcher(message: str) -> re.Pattern[str]:
    """The pattern of argparse's text for ``message``: its words, each field captured."""
    pieces = re.split(r"\{(\w+)\}", message)  # text, field, text, field, ..., text
    return re.compile(
        "".join(
            re.escape(piece) if index % 2 == 0 else f"(?P<{piece}>{_ONE_WORD.get(piece, '.+')})"
            for index, piece in enumerate(pieces)
        )
    )


_ARGPARSE = tuple((_matcher(message), message) for message in _USAGE_ERRORS)


def usage_error(text: str, lang: str) -> str:
    """An argparse usage error in ``lang``; a wording not listed stays as argparse wrote it.

    Examples:
        >>> usage_error("argument --format: invalid choice: 'x' (choose from 'table', 'json')", "vi")
        "tham số --format: lựa chọn không hợp lệ 'x' (chọn một trong 'table', 'json')"
        >>> usage_error("the following arguments are required: -o/--output", "vi")
        'thiếu tham số bắt buộc: -o/--output'
    """
    if lang == "en":
        return text
    for pattern, message in _ARGPARSE:
        match = pattern.fullmatch(text)
        if match is not None:
            values = match.groupdict()
            if "kind" in values:
                values["kind"] = _text(values["kind"], lang) or ""
            return tr(lang, message, **values)
    return text
