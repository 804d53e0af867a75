"""The one exception family of ``ntm_rules``.

Every error the library raises for bad input derives from :class:`NtmRulesError`.
A threshold a commune fails is a *result*, never an exception.

Input problems are collected, not raised one by one: loaders gather every
:class:`InputProblem` they find and raise them together as an :class:`InvalidInputError`,
so an official fixing a file sees every bad field at once.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from ntm_rules.messages import Message, render


class NtmRulesError(Exception):
    """Base class of every error raised by ``ntm_rules``."""

    def render(self, lang: str) -> str:
        """The error for people in ``lang`` (``str()`` is the English text)."""
        return render(self.args[0], lang) if len(self.args) == 1 else str(self)


class InputProblem(NtmRulesError, ValueError):
    """One bad field in an input: where it is and what was expected.

    Attributes:
        field: a path to the bad field, e.g. ``values."3.1"``.
        reason: what is wrong and what was expected.
    """

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(field, reason)
        self.field = field
        self.message = reason if isinstance(reason, Message) else Message(reason)
        """The reason as a message id and its values, for :meth:`render`."""
        self.reason: str = self.message  # the English text; passed on, it keeps its id

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}" if self.field else self.reason

    def render(self, lang: str) -> str:
        """The problem in ``lang``: the field as given, the reason translated."""
        from ntm_rules.i18n import location_in  # noqa: PLC0415 - i18n reads the catalogues

        reason = self.message.render(lang)
        return f"{location_in(self.field, lang)}: {reason}" if self.field else reason


class UnknownIdentifierError(InputProblem, LookupError):
    """A name (indicator id, region, category, department…) that the rulebook does not know."""

    def __init__(self, field: str, kind: str, given: str, known: Iterable[str]) -> None:
        known = list(known)
        # A suggestion for a plausible name only: difflib on long text costs seconds.
        plausible = len(given) <= 40 and len(known) <= 1000
        suggestion = difflib.get_close_matches(given, known, n=1, cutoff=0.5) if plausible else []
        from ntm_rules.reading import excerpt  # noqa: PLC0415 - reading imports this module

        shown, word = excerpt(given), Message(kind)  # the kind is a word: translated
        reason = (
            Message(
                "unknown {kind} {name}; did you mean {suggestion}?",
                kind=word,
                name=shown,
                suggestion=excerpt(suggestion[0]),
            )
            if suggestion
            else Message("unknown {kind} {name}", kind=word, name=shown)
        )
        super().__init__(field, reason)
        self.args = (field, kind, given, tuple(known))  # so that the error pickles
        self.kind = kind
        self.given = given
        self.suggestion = suggestion[0] if suggestion else None


class UnitMismatchError(InputProblem):
    """A quantity whose unit has the wrong dimension (e.g. km for a percentage)."""


class OutOfRangeError(InputProblem):
    """A number outside what the field allows (negative counts, rates above 100 %, NaN…)."""


class WrongKindError(InputProblem, TypeError):
    """A value of the wrong kind: a boolean for a numeric indicator, or a list for a mapping."""


class MalformedFileError(InputProblem):
    """A file that cannot be read as UTF-8 YAML or JSON."""


class DuplicateEntryError(InputProblem):
    """Two entries that say the same thing (one column named twice, one date given twice)."""


class InconsistentTotalError(InputProblem):
    """A declared total that differs from the sum of its parts."""


class EntriesNotChecked(InputProblem):
    """The entries of a list or mapping left unchecked once enough problems were found.

    Always listed (the collector never counts it away), so that a reader knows the
    problems shown are not all there may be.
    """


class InvalidInputError(NtmRulesError, ValueError):
    """Every problem found in one input, raised together.

    Attributes:
        problems: the individual problems, each naming its field.
    """

    def __init__(self, problems: Sequence[InputProblem], what: str = "input") -> None:
        self.problems: tuple[InputProblem, ...] = tuple(problems)
        self.what_message = what if isinstance(what, Message) else Message(what)
        """What was read (or, with no problems, what is wrong), for :meth:`render`."""
        self.what: str = self.what_message
        super().__init__(self.problems, what)

    def __str__(self) -> str:
        lines = [f"{len(self.problems)} problem(s) in {self.what}:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        return "\n".join(lines)

    def render(self, lang: str) -> str:
        """Every problem in ``lang``, one a line, after a line naming what was read."""
        head = Message(
            "{count} problem(s) in {what}:", count=len(self.problems), what=self.what_message
        )
        return "\n".join([head.render(lang), *(f"  {p.render(lang)}" for p in self.problems)])


class OutputError(NtmRulesError, OSError):
    """A file that cannot be written (a full disk, a missing folder): the CLI's exit status 1."""

    def __init__(self, path: object, error: OSError) -> None:
        from ntm_rules.reading import excerpt  # noqa: PLC0415 - reading imports this module

        name = excerpt(str(path))[1:-1]
        super().__init__(
            Message("cannot write {name}: {value}", name=name, value=error.strerror or error)
        )


class RulebookError(NtmRulesError):
    """A rulebook whose data is inconsistent (missing region, overlapping dates, duplicate id…)."""


class ProblemCollector:
    """Collects input problems so that they are raised together.

    Examples:
        >>> problems = ProblemCollector()
        >>> problems.add(OutOfRangeError("values.x", "must be at least 0"))
        >>> len(problems)
        1
    """

    LIMIT = 100
    """The most problems reported one by one; the rest are counted (a file with 30 000 bad
    values gets a readable answer, quickly)."""

    def __init__(self) -> None:
        self._problems: list[InputProblem] = []
        self._more = 0

    def add(self, problem: InputProblem) -> None:
        """Record one problem."""
        if len(self._problems) < self.LIMIT or isinstance(problem, EntriesNotChecked):
            self._problems.append(problem)
        else:
            self._more += 1

    @property
    def full(self) -> bool:
        """Whether further problems are only counted (callers may skip building them)."""
        return len(self._problems) >= self.LIMIT

    def count_more(self) -> None:
        """Count a problem not built because the collector is full."""
        self._more += 1

    def __len__(self) -> int:
        return len(self._problems) + self._more

    def raise_if_any(self, what: str) -> None:
        """Raise :class:`InvalidInputError` if any problem was recorded."""
        if self._problems:
            more = Message("… and {count} more problems", count=self._more)
            extra = [InputProblem("", more)] if self._more else []
            raise InvalidInputError([*self._problems, *extra], what)


def schema_problem(expected: str) -> WrongKindError:
    """The problem of a document whose ``schema`` tag is not ``expected`` (one message id)."""
    return WrongKindError("schema", Message("expected {schema!r}", schema=expected))
