"""The service's error contract, the same as the command line's.

Bad input answers 422 with ``{"problems": [{"field": …, "reason": …}, …]}``, one entry per
:class:`~ntm_rules.exceptions.InputProblem`; a body or a table over the configured limits
answers 413 in the same shape. Anything unexpected answers a generic 500: no traceback,
exception text or server path ever reaches a client.
"""

from __future__ import annotations

import math
import re
import tempfile
from typing import Any, Final

from ntm_rules.exceptions import InputProblem, InvalidInputError, NtmRulesError

INTERNAL_ERROR: Final = {"error": "internal error; the server log has the details"}
"""The whole body of a 500: nothing of the failure itself."""

_TEMPORARY = re.compile(
    re.escape(tempfile.gettempdir()) + r"/[^\s'\"]*?([^/\s'\"]*)(?=$|[\s'\",;:)])"
)


class RequestTooLargeError(InvalidInputError):
    """A body, a table or an upload over the limits the server was started with (413)."""


class UnsupportedMediaError(InvalidInputError):
    """A body of a media type the endpoint does not read (415)."""


def hide_paths(text: str) -> str:
    """``text`` with every path under the temporary folder cut to the file's own name."""
    return _TEMPORARY.sub(r"\1", text)


class _Hidden(InputProblem):
    """A problem read from a spooled upload, shown without the server's temporary path."""

    def __init__(self, problem: InputProblem) -> None:
        super().__init__(hide_paths(problem.field), hide_paths(problem.reason))
        self.inner = problem

    def render(self, lang: str) -> str:
        return hide_paths(self.inner.render(lang))


def hidden(error: InvalidInputError) -> InvalidInputError:
    """The same error, its problems free of temporary paths (for spooled uploads)."""
    kind = type(error)
    return kind([_Hidden(p) for p in error.problems], hide_paths(error.what))


def reason_text(problem: InputProblem, lang: str | None) -> str:
    """The reason, in ``lang`` when one is asked for (English otherwise, as ``str()``)."""
    if lang is None:
        return problem.reason
    shown = problem.render(lang)  # "field: reason" in lang
    prefix = f"{problem.field}: "
    return shown[len(prefix) :] if problem.field and shown.startswith(prefix) else shown


def problems_body(error: NtmRulesError, lang: str | None = None) -> dict[str, Any]:
    """The 422 (or 413, 415) body: one entry per problem, each naming its field."""
    if isinstance(error, InvalidInputError):
        entries = [{"field": p.field, "reason": reason_text(p, lang)} for p in error.problems]
        if not entries:  # an error about the request as a whole ("give FILE or --example")
            what = error.what_message
            entries = [{"field": "", "reason": error.what if lang is None else what.render(lang)}]
    elif isinstance(error, InputProblem):
        entries = [{"field": error.field, "reason": reason_text(error, lang)}]
    else:  # a rulebook document whose data is inconsistent (RulebookError)
        entries = [{"field": "rulebook", "reason": hide_paths(str(error))}]
    return {"problems": entries}


ROWS_LIMIT: Final = "more than {limit} rows (the server's limit)"
"""The message of a body with more rows than the server takes (batch and households)."""


def json_views(
    document: dict[str, Any], views: tuple[str, ...], problems: str = "problems"
) -> dict[str, Any]:
    """``document`` as a JSON answer, changed in place.

    NaN in the rows of ``views`` (a share of nothing) becomes null, JSON having no NaN, and
    the messages of the ``problems`` rows lose any server path.
    """
    for view in views:
        for row in document[view]:
            for key, value in row.items():
                if isinstance(value, float) and not math.isfinite(value):
                    row[key] = None
    for problem in document[problems]:
        problem["message"] = hide_paths(str(problem["message"]))
    return document
