"""Fuzzing every loader and the CLI with hostile documents (issue 7, point 9).

Fed (see :mod:`tests.fuzz_inputs`): the shipped Thu Lũm profile and plan, a valid
override table and the Thu Lũm evaluation document, mutated at any depth and as YAML/JSON
text down to the byte; huge integers, non-text keys, deep and self-containing nesting,
alias bombs, recursive aliases, lone surrogates, control characters and unit-string
attacks. For every document:

* nothing escapes but :class:`ntm_rules.NtmRulesError`;
* the call finishes within :data:`LIMIT_SECONDS` (measured per document);
* every line of an error message is at most :data:`MAX_LINE` characters;
* the CLI exits 0 or 2, never prints a traceback, and on 2 prints nothing to stdout and
  only ``error:`` lines to stderr.

Numbers are also checked against what was written: a value spelled in any accepted way
(``38,5 triệu đồng/người/năm``, ``1.200.000.000 đồng``) reads as that value, a blank
reads as no data, and ``.`` and ``,`` are interchangeable.

``HYPOTHESIS_PROFILE=thorough`` runs 10 000 examples per test (16 tests: about
160 000 documents); ``NTM_FUZZ_EXAMPLES=N`` sets N examples per test instead.
``NTM_FUZZ_SUMMARY=PATH`` writes the documents per loader, the escapes and the slowest
document as JSON (see docs/fuzzing.md).

Findings are kept at the end of the file as strict xfail tests. Where a finding would
fail a property above, :data:`KNOWN` lets the property record it instead of failing;
delete the entry with the fix (its xfail test then passes and fails the suite).
"""

from __future__ import annotations

import contextlib
import gc
import io
import json
import math
import os
import re
import signal
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from types import FrameType
from typing import Any, TypeVar

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ntm_rules
from ntm_rules.cli import main
from ntm_rules.documents import evaluation_from_document
from ntm_rules.edition_files import load_edition
from ntm_rules.evaluators.numeric import NumericIndicator
from ntm_rules.files import read_document
from ntm_rules.plan.documents import plan_document
from ntm_rules.plan.load import load_plan
from ntm_rules.plan.progress import progress
from ntm_rules.reading import excerpt, is_blank
from tests import fuzz_inputs as hostile
from tests.strategies import in_unit, plan_documents, written

T = TypeVar("T")

LIMIT_SECONDS = 1.0
"""The issue's bound: no document takes over 1 s."""
GUARD_SECONDS = 5.0
"""A hung call is interrupted after this long (and fails), so a hang cannot stall the run."""
MAX_LINE = 500
"""The longest error line accepted, whatever the size of the input."""

EXAMPLES_RUN: dict[str, int] = {}
"""Documents fed, per loader."""
SLOWEST: dict[str, tuple[float, str]] = {}
"""The slowest document per loader (known findings aside): seconds and a description."""
SLOWEST_KNOWN: dict[str, tuple[float, str]] = {}
"""The slowest document per known finding (5 s at most: the guard stops it)."""
ESCAPED: Counter[str] = Counter()
"""Exceptions other than NtmRulesError that escaped, per loader (must stay empty)."""
FINDINGS_SEEN: Counter[str] = Counter()
"""How often each known finding was met by the properties."""
TESTS_RUN: set[str] = set()
NOISE: list[tuple[str, float, float, float, str]] = []
"""Documents over budget in wall time but not in CPU time or not when timed again:
(loader, first wall time, first CPU time, second wall time, what)."""

_EXAMPLES = os.environ.get("NTM_FUZZ_EXAMPLES")
_LENIENT = [
    HealthCheck.too_slow,
    HealthCheck.data_too_large,
    HealthCheck.large_base_example,
    HealthCheck.filter_too_much,
]
FUZZ = (
    settings(suppress_health_check=_LENIENT, max_examples=int(_EXAMPLES))
    if _EXAMPLES
    else settings(suppress_health_check=_LENIENT)
)
"""The profile's settings (``ci`` or ``thorough``), the example count overridable."""

# ------------------------------------------------------------------------ known findings

KNOWN: dict[str, str] = {}
"""Open findings that the properties record instead of failing on (see the xfail tests).

None is open. A new finding gets an entry here, a narrow matcher below (the message's
wording in :data:`_MESSAGES`, the exception and the library function it escaped from in
:data:`_ESCAPES`, or the library function the time was spent in in :data:`_SLOW`) and a
strict xfail test at the end of the file; the fix deletes all three and flips the test.

Fixed, and guarded by the tests below (docs/fuzzing.md lists what fixed each): F1
unknown names quoted in full, F2 extra field names, cattrs values and key paths in full,
F3 rate keys in full, F4 unchecked evaluation documents, F5 long rulebook names, F6 the
path above a non-text key in full, F7 a non-text rulebook id str()-ed, F8 a raw duplicate
key, F9 text read as a list of letters, F10 suggestions for 20 000 unknown ids, F11 the
node limit applied after the document is built, F12 dated histories merged in quadratic
time, F13 infinite rates from huge counts, F14 digits beyond a float rounding onto the
bound, F15 argparse usage lines, F16 edition criteria entries that are not mappings, F17
int() of odd digits in override ids, F18 a user's key raw and in full in the field, F19
every bad list element structured before the cut to 100, F20 explicit YAML tags escaping,
F21 check_tree writing every node's path (quadratic in long keys).
"""

_MESSAGES: dict[str, re.Pattern[str]] = {
    # the wording of an open finding's message (searched in the whole message)
}
_ESCAPES: dict[tuple[str, tuple[type[BaseException], ...]], str] = {
    # (the deepest ntm_rules function, exception types) -> finding
}
_SLOW: dict[str, str] = {
    # the deepest ntm_rules function running when the 1 s budget ran out -> finding
}
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _library_frames(frames: list[traceback.FrameSummary]) -> list[str]:
    """The ntm_rules functions among ``frames``, outermost first, comprehensions left out."""
    return [
        frame.name
        for frame in frames
        if f"{os.sep}ntm_rules{os.sep}" in frame.filename and not frame.name.startswith("<")
    ]


def _known_escape(error: BaseException) -> str | None:
    """The finding an escaped exception belongs to (by type and where it escaped from)."""
    names = _library_frames(traceback.extract_tb(error.__traceback__))
    for (function, kinds), finding in _ESCAPES.items():
        if names and names[-1] == function and isinstance(error, kinds):
            return finding
    return None


def _known_message(message: str) -> str | None:
    """The finding a too-long or raw error message belongs to (by its wording)."""
    for finding, pattern in _MESSAGES.items():
        if pattern.search(message):
            return finding
    return None


def _known_slow(stack: list[traceback.FrameSummary]) -> str | None:
    """The finding a slow document belongs to, from where it was when 1 s ran out."""
    names = _library_frames(stack)
    return _SLOW.get(names[-1]) if names else None


# ------------------------------------------------------------------------------- feeding


class Overtime(BaseException):
    """Raised in a call still running after :data:`GUARD_SECONDS` (not an ``Exception``)."""


class Clock:
    """Times one call; notes where it is at :data:`LIMIT_SECONDS`; stops it at the guard.

    The stack seen when the budget runs out names the function the time goes to, which
    is how a slow document is matched to a known finding.
    """

    def __init__(self, guard_seconds: float = GUARD_SECONDS) -> None:
        self.stack: list[traceback.FrameSummary] = []
        self.elapsed = 0.0
        self.cpu = 0.0
        self.guard_seconds = guard_seconds

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        """Time the block (the alarm needs the POSIX main thread; elsewhere, time only)."""
        armed = (
            hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
        )
        previous: Any = None
        if armed:
            previous = signal.signal(signal.SIGALRM, self._ring)
            signal.setitimer(signal.ITIMER_REAL, LIMIT_SECONDS)
        # No automatic collection while timing: hypothesis keeps hundreds of megabytes of
        # examples, and a full collection of that heap (about 1 s) is the harness's time,
        # not the library's (the library's own cyclic garbage is collected after the call)
        collecting = gc.isenabled()
        gc.disable()
        start, cpu = time.perf_counter(), time.process_time()
        try:
            yield
        finally:
            self.elapsed = time.perf_counter() - start
            self.cpu = time.process_time() - cpu
            if collecting:
                gc.enable()
            if armed:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)

    def _ring(self, _signum: int, frame: FrameType | None) -> None:
        if not self.stack:  # the budget ran out: note where, and give it until the guard
            self.stack = traceback.extract_stack(frame)
            signal.setitimer(signal.ITIMER_REAL, self.guard_seconds - LIMIT_SECONDS)
            return
        if frame is not None and (
            frame.f_code.co_name == "gc_callback" or "__del__" in frame.f_code.co_name
        ):
            signal.setitimer(signal.ITIMER_REAL, 0.01)  # an exception here would be swallowed
            return
        raise Overtime(f"still running after {self.guard_seconds} s")


def _describe(document: object) -> str:
    """A short description of a document, for the slowest-document record."""
    if isinstance(document, hostile.Case):
        return repr(document)[:300]
    with contextlib.suppress(Exception):
        return excerpt(document)[:300]
    return type(document).__name__


def _count(loader: str) -> None:
    EXAMPLES_RUN[loader] = EXAMPLES_RUN.get(loader, 0) + 1


def _timed(loader: str, what: str, call: Callable[[], T]) -> T | None:
    """Run ``call`` as one document of ``loader``: count it, time it, bound it.

    Over :data:`LIMIT_SECONDS` fails, unless the time went where a known finding spends
    it; then the finding is recorded, and ``None`` is returned if the guard stopped it.
    A document over budget for no known reason is timed once more (the machine is
    shared); it fails if it is over budget twice in wall time and once in CPU time, and
    is noted in :data:`NOISE` if not.
    """
    _count(loader)
    clock = Clock()
    result: T | None = None
    try:
        with clock.running():
            result = call()
    except Overtime:
        if _known_slow(clock.stack) is None:
            ESCAPED[f"{loader}: hang"] += 1
            raise
    elapsed = clock.elapsed
    finding = _known_slow(clock.stack) if elapsed > LIMIT_SECONDS else None
    if elapsed > LIMIT_SECONDS and finding is None:
        again = Clock()  # a shared machine: a document over budget is timed once more
        with contextlib.suppress(Overtime), again.running():
            result = call()
        if again.elapsed <= LIMIT_SECONDS or max(clock.cpu, again.cpu) <= LIMIT_SECONDS:
            # under budget the second time, or under budget in CPU time both times: the
            # wall time went to other processes on the machine, not to the library
            NOISE.append(
                (loader, round(elapsed, 3), round(clock.cpu, 3), round(again.elapsed, 3), what)
            )
            elapsed = min(again.elapsed, LIMIT_SECONDS)
        else:
            elapsed = again.elapsed
    if finding is not None:
        FINDINGS_SEEN[finding] += 1
        if elapsed > SLOWEST_KNOWN.get(finding, (0.0, ""))[0]:
            SLOWEST_KNOWN[finding] = (elapsed, f"{loader}: {what}")
        return result
    if elapsed > SLOWEST.get(loader, (0.0, ""))[0]:
        SLOWEST[loader] = (elapsed, what)
    where = " < ".join(reversed(_library_frames(clock.stack)[-4:]))
    assert elapsed <= LIMIT_SECONDS, f"{loader}: {elapsed:.2f} s (twice) in {where} for {what}"
    return result


class Loaded:
    """A document that loaded: what the loader returned."""

    def __init__(self, value: Any) -> None:
        self.value = value


class Escaped:
    """A known finding: an exception that escaped, or a call stopped by the guard."""

    def __init__(self, error: BaseException | None) -> None:
        self.error = error


Outcome = ntm_rules.NtmRulesError | Loaded | Escaped


def _feed(loader: str, document: object, call: Callable[[], object]) -> Outcome:
    """Feed one document: only ``NtmRulesError`` may escape, and its lines are short."""

    def run() -> Outcome:
        try:
            return Loaded(call())
        except ntm_rules.NtmRulesError as error:
            return error
        except Exception as error:
            finding = _known_escape(error)
            if finding is None:
                ESCAPED[loader] += 1
                raise
            FINDINGS_SEEN[finding] += 1
            return Escaped(error)

    outcome = _timed(loader, _describe(document), run)
    if outcome is None:
        return Escaped(None)
    if isinstance(outcome, ntm_rules.NtmRulesError):
        _check_messages(_messages(outcome))
    elif isinstance(outcome, Loaded) and isinstance(outcome.value, ntm_rules.Evaluation):
        _check_evaluation(outcome.value)
    return outcome


def _check_evaluation(evaluation: ntm_rules.Evaluation) -> None:
    """Every value and gap of an evaluation is a finite number (or none)."""
    for result in evaluation.indicators:
        value = None if result.measurement is None else result.measurement.value
        for number in (value, result.gap):
            if isinstance(number, float):
                assert math.isfinite(number), (result.id, result.measurement, number)


def _strict_json(text: str) -> Any:
    """``text`` parsed as JSON, where NaN and Infinity are errors."""

    def constant(name: str) -> float:
        raise AssertionError(f"{name} in the JSON output")

    return json.loads(text, parse_constant=constant)


def _messages(error: ntm_rules.NtmRulesError) -> list[str]:
    """What the CLI would print for ``error``: one message per problem."""
    if isinstance(error, ntm_rules.InvalidInputError) and error.problems:
        return [str(problem) for problem in error.problems]
    return [str(error)]


def _check_messages(messages: list[str]) -> None:
    """Each message one line of at most :data:`MAX_LINE` characters, no control character."""
    for message in messages:
        if len(message) > MAX_LINE or _CONTROL.search(message) or "\n" in message:
            finding = _known_message(message)
            shown = f"{message[:100]!r}…{message[-100:]!r}"
            assert finding is not None, f"a message of {len(message)} characters: {shown}"
            FINDINGS_SEEN[finding] += 1


@pytest.fixture(scope="session")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory for the files the CLI and the file loaders read (one per session)."""
    return tmp_path_factory.mktemp("fuzz")


def _file(directory: Path, stem: str, case: hostile.Case) -> Path:
    """Write the bytes of ``case`` to ``stem.json`` or ``stem.yaml`` in ``directory``."""
    path = directory / f"{stem}.{'json' if case.as_json else 'yaml'}"
    path.write_bytes(case.document)
    return path


def _cli(argv: list[str], case: hostile.Case) -> tuple[int | None, str]:
    """Run the CLI in-process on ``argv``; check the exit contract; return code and stdout.

    0 with nothing on stderr, or 2 with nothing on stdout and only short ``error:`` lines
    on stderr; never a traceback, never an exception. ``None``: stopped (a known finding).
    """
    out, err = io.StringIO(), io.StringIO()

    def run() -> int:
        for buffer in (out, err):  # a call timed twice starts afresh
            buffer.seek(0)
            buffer.truncate()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                return main(argv)
            except Overtime:
                raise
            except BaseException as error:
                finding = _known_escape(error)
                if finding is None:
                    ESCAPED["cli"] += 1
                    raise AssertionError(f"{type(error).__name__} escaped the CLI") from error
                FINDINGS_SEEN[finding] += 1  # the real command prints a traceback here
                return _CRASHED

    code = _timed("cli", f"{' '.join(argv[:2])}: {case!r}"[:300], run)
    stdout, stderr = out.getvalue(), err.getvalue()
    lines = stderr.split("\n")[:-1] if stderr.endswith("\n") else stderr.split("\n")
    assert "Traceback" not in stderr
    if code in (None, _CRASHED):
        return code, stdout
    if code == 1 and stderr.startswith("error: internal error (") and _internal_error(argv):
        return code, stdout
    assert code in (0, 2), (code, stderr[:500])
    if code == 2:
        assert stdout == ""
        assert stderr, "exit 2 without a message"
        _check_messages(_stderr_messages(lines))
    else:
        assert stderr == ""
    return code, stdout


def _internal_error(argv: list[str]) -> bool:
    """Whether the CLI's "internal error" (exit 1) is a known finding.

    The CLI no longer lets the exception out, so each file it was given is read again,
    in-process, and what escapes is matched like any escape.
    """
    for argument in argv:
        path = Path(argument)
        if not path.is_file():
            continue
        try:
            read_document(path)
        except ntm_rules.NtmRulesError:
            continue
        except Exception as error:
            finding = _known_escape(error)
            if finding is not None:
                FINDINGS_SEEN[finding] += 1
                return True
    return False


_CRASHED = -1
"""What :func:`_cli` reports for a known exception escaping ``main``."""


def _stderr_messages(lines: list[str]) -> list[str]:
    """The messages of stderr: each starts a line with ``error:``; a line that does not is
    part of the message above it (a raw newline), which :func:`_check_messages` judges."""
    assert lines[0].startswith("error:"), lines[0][:200]
    messages: list[str] = []
    for line in lines:
        if line.startswith("error:"):
            messages.append(line.removeprefix("error: "))
        else:
            messages[-1] += "\n" + line
    return messages


def _started(name: str) -> None:
    TESTS_RUN.add(name)


# -------------------------------------------------------------------- the seed documents


def test_the_seeds_are_valid() -> None:
    """Every mutation starts from a document that loads: the fuzz starts from real data."""
    ntm_rules.evaluate(ntm_rules.load_profile(hostile.PROFILE))
    load_plan(hostile.PLAN)
    table = ntm_rules.load_overrides(hostile.OVERRIDES)
    ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
    evaluation_from_document(hostile.EVALUATION)
    load_edition(hostile.EDITION)


# --------------------------------------------------------------------------- the loaders

THU_LUM = ntm_rules.evaluate(ntm_rules.load_profile(hostile.PROFILE))
any_document = hostile.hostile_values.map(hostile.any_value)


@FUZZ
@given(
    case=st.one_of(hostile.mutated(hostile.PROFILE), any_document),
    verified_only=st.booleans(),
)
def test_profiles(case: hostile.Case, verified_only: bool) -> None:
    """load_profile + evaluate: the real profile mutated at any depth, or any value."""
    _started("profiles")

    def load() -> object:
        profile = ntm_rules.load_profile(case.document)
        return ntm_rules.evaluate(profile, verified_only=verified_only)

    _feed("profile", case, load)


@FUZZ
@given(
    values=st.dictionaries(
        st.one_of(st.sampled_from(hostile.INDICATOR_IDS), hostile.near_ids),
        st.one_of(hostile.unit_strings, hostile.hostile_values),
        min_size=1,
        max_size=12,
    ),
    keep=st.booleans(),
)
def test_profile_values(values: dict[str, Any], keep: bool) -> None:
    """Unit-string attacks and hostile values under real and near-miss indicator ids.

    A value that loads is finite and in its unit's range; a blank is no data, never 0.
    """
    _started("profile values")
    raw = {**hostile.PROFILE["values"], **values} if keep else values
    document = {**hostile.PROFILE, "values": raw}
    outcome = _feed("profile", values, lambda: ntm_rules.load_profile(document))
    if not isinstance(outcome, Loaded):
        return
    profile = outcome.value
    for key, measurement in profile.values.items():
        assert not is_blank(raw[key])
        value = measurement.value
        if isinstance(value, float) and not isinstance(measurement, ntm_rules.Score):
            unit = hostile.BOOK.indicator(key).unit
            top = unit.maximum if unit.maximum is not None else math.inf
            assert unit.minimum <= value <= top, (key, raw[key], value)
    for key, given_value in raw.items():
        if is_blank(given_value):
            assert key not in profile.values, f"{given_value!r} read as data"


@FUZZ
@given(case=hostile.document_bytes(hostile.PROFILE), verified_only=st.booleans())
def test_profile_files(fuzz_dir: Path, case: hostile.Case, verified_only: bool) -> None:
    """load_profile on YAML/JSON files: the real profile dumped, spliced and byte-mutated."""
    _started("profile files")
    path = _file(fuzz_dir, "profile", case)

    def load() -> object:
        return ntm_rules.evaluate(ntm_rules.load_profile(path), verified_only=verified_only)

    _feed("profile", case, load)


@FUZZ
@given(
    case=st.one_of(
        hostile.mutated(hostile.PLAN),
        hostile.mutated(hostile.PLAN, 1),
        plan_documents().flatmap(hostile.mutated),
        any_document,
    )
)
def test_plans(case: hostile.Case) -> None:
    """load_plan (then its summary and its progress) on the real plan mutated at any depth."""
    _started("plans")

    def load() -> object:
        plan = load_plan(case.document)
        plan_document(plan, hostile.BOOK)
        return progress(plan, THU_LUM)

    _feed("plan", case, load)


@FUZZ
@given(case=hostile.document_bytes(hostile.PLAN))
def test_plan_files(fuzz_dir: Path, case: hostile.Case) -> None:
    """load_plan on YAML/JSON files: the real plan dumped, spliced and byte-mutated."""
    _started("plan files")
    path = _file(fuzz_dir, "plan", case)
    _feed("plan", case, lambda: load_plan(path))


def _amount_spellings(vnd: int) -> list[str]:
    """``vnd`` as officials write amounts: grouped đồng, thousands, millions, billions."""
    exact = Decimal(vnd)
    return [
        f"{written(exact, 'vi')} đồng",
        f"{written(exact, 'vi')} VND",
        f"{written(exact, 'vi')} đ",
        f"{written(exact / 10**3, 'vi')} nghìn đồng",
        f"{written(exact / 10**6, 'vi')} triệu đồng",
        f"{written(exact / 10**6)} million VND",
        f"{written(exact / 10**6, 'vi')} tr.đ",
        f"{written(exact / 10**9, 'vi')} tỷ đồng",
    ]


@FUZZ
@given(
    vnd=st.one_of(st.integers(min_value=0, max_value=10**13), st.just(1_200_000_000)),
    spellings=st.tuples(st.integers(0, 7), st.integers(0, 7)),
    attack=st.one_of(st.none(), hostile.unit_strings, hostile.hostile_values),
)
def test_plan_amounts(vnd: int, spellings: tuple[int, int], attack: Any) -> None:
    """Amounts read as written (``1.200.000.000 đồng`` is 1.2e9); attacks are input errors.

    The funding line and the declared total spell one amount two ways and must agree to
    the đồng. An attack replaces the line's amount: it is an input error, or a finite
    amount of 0 or more.
    """
    _started("plan amounts")
    forms = _amount_spellings(vnd)
    amount = forms[spellings[0]] if attack is None else attack
    line = {**hostile.PLAN["funding"][0], "amount": amount}
    document = {
        **hostile.PLAN,
        "funding": [line],
        "declared_totals": [{"id": "total", "amount": forms[spellings[1]]}],
    }
    outcome = _feed("plan", line["amount"], lambda: load_plan(document))
    if attack is None:
        assert isinstance(outcome, Loaded), (forms[spellings[0]], forms[spellings[1]], outcome)
        assert outcome.value.funding[0].amount_vnd == vnd
    elif isinstance(outcome, Loaded):
        amount = outcome.value.funding[0].amount_vnd
        assert math.isfinite(amount)
        assert amount >= 0


@FUZZ
@given(case=st.one_of(hostile.override_tables.flatmap(hostile.mutated), any_document))
def test_overrides(case: hostile.Case) -> None:
    """load_overrides + apply_overrides (then an evaluation) on override tables mutated."""
    _started("overrides")

    def load() -> object:
        table = ntm_rules.load_overrides(case.document)
        book = ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)
        return ntm_rules.evaluate(ntm_rules.load_profile(hostile.PROFILE, book), book)

    _feed("overrides", case, load)


@FUZZ
@given(case=hostile.document_bytes(hostile.OVERRIDES))
def test_override_files(fuzz_dir: Path, case: hostile.Case) -> None:
    """load_overrides + apply_overrides on YAML/JSON files, spliced and byte-mutated."""
    _started("override files")
    path = _file(fuzz_dir, "overrides", case)

    def load() -> object:
        table = ntm_rules.load_overrides(path)
        return ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)

    _feed("overrides", case, load)


@FUZZ
@given(case=st.one_of(hostile.mutated(hostile.EVALUATION), any_document))
def test_evaluation_documents(case: hostile.Case) -> None:
    """evaluation_from_document on the Thu Lũm evaluation document mutated at any depth."""
    _started("evaluation documents")
    _feed("evaluation", case, lambda: evaluation_from_document(case.document))


@FUZZ
@given(case=st.one_of(hostile.mutated(hostile.EDITION), any_document))
def test_editions(case: hostile.Case) -> None:
    """load_edition on the edition file of the module's docstring, mutated at any depth."""
    _started("editions")
    _feed("edition", case, lambda: load_edition(case.document))


LOADERS: dict[str, Callable[[Any], object]] = {
    "profile": lambda d: ntm_rules.evaluate(ntm_rules.load_profile(d)),
    "plan": load_plan,
    "overrides": lambda d: ntm_rules.apply_overrides(
        ntm_rules.default_rulebook(), ntm_rules.load_overrides(d)
    ),
    "evaluation": evaluation_from_document,
    "edition": load_edition,
}
SEEDS = {
    "profile": hostile.PROFILE,
    "plan": hostile.PLAN,
    "overrides": hostile.OVERRIDES,
    "evaluation": hostile.EVALUATION,
    "edition": hostile.EDITION,
}


@FUZZ
@given(
    loader=st.sampled_from(sorted(LOADERS)),
    recipe=hostile.deep_recipes,
    where=st.integers(min_value=0),
    leaf=st.sampled_from([1, "Đạt", None, "\ud800", 10**400]),
)
def test_deep_and_recursive_objects(
    loader: str, recipe: tuple[str, int], where: int, leaf: Any
) -> None:
    """Deep, self-containing and alias-bomb objects at any node of each loader's seed."""
    _started("deep objects")
    shape, depth = recipe
    seed = SEEDS[loader]
    paths = hostile.node_paths(seed)
    path = paths[where % len(paths)]
    deep = hostile.build_deep(shape, depth, leaf)
    document = hostile.rebuilt(seed, path, lambda _: deep)
    _feed(loader, f"{shape} x {depth} at {path}", lambda: LOADERS[loader](document))


# ------------------------------------------------------------------------------ numbers

NUMERIC = [i for i in hostile.BOOK.indicators() if isinstance(i, NumericIndicator)]


def _spellings(indicator: NumericIndicator, value: Decimal) -> list[str]:
    """``value`` (in the canonical unit) as officials write it, in other units too."""
    unit = indicator.unit
    forms = [
        written(value),
        written(value, "vi"),
        f"{written(value)} {unit.expression}",
        f"{written(value, 'vi')} {unit.symbol_vi}",
        f"{written(value, 'vi')}  {unit.symbol_vi.upper()}",
        f"{written(value)}{unit.symbol_en}",
    ]
    if unit.expression == "million VND/person/year":
        forms += [
            f"{written(value, 'vi')} triệu đồng/người/năm",
            f"{written(value * 10**6, 'vi')} đồng/người/năm",
            f"{written(value * 1000, 'vi')} nghìn đồng / người / năm",
            f"{written(value / 1000, 'vi')} tỷ đồng/người/năm",
            f"{written(value, 'vi')} trđ/người/năm",
            f"{written(value, 'vi')} trieu dong/nguoi/nam",
            f"{written(value * 10**6)} VND per person per year",
        ]
    elif unit.expression == "%":
        forms += [f"{written(value, 'vi')}%", f"{written(value, 'vi')} phần trăm"]
    elif unit.expression == "m2/person":
        forms += [
            f"{written(value, 'vi')} m²/người",
            f"{written(value / 10_000, 'vi')} ha/người",
        ]
    return forms


@FUZZ
@given(
    indicator=st.sampled_from(NUMERIC),
    data=st.data(),
    blank=st.sampled_from([None, *hostile.BLANKS]),
    use_blank=st.booleans(),
)
def test_numbers_read_as_written(
    indicator: NumericIndicator, data: st.DataObject, blank: Any, use_blank: bool
) -> None:
    """A value spelled any accepted way reads as that value; a blank is no data, never 0."""
    _started("numbers")
    if use_blank:
        document = {**hostile.PROFILE, "values": {indicator.id: blank}}
        outcome = _feed(
            "profile", blank, lambda: ntm_rules.evaluate(ntm_rules.load_profile(document))
        )
        assert isinstance(outcome, Loaded), outcome
        assert indicator.id not in outcome.value.profile.values
        assert outcome.value.indicator(indicator.id).measurement is None
        return
    value = Decimal(repr(round(data.draw(in_unit(indicator), label="value"), 6)))
    forms = _spellings(indicator, value)
    text = forms[data.draw(st.integers(0, len(forms) - 1), label="spelling")]
    document = {**hostile.PROFILE, "values": {indicator.id: text}}
    outcome = _feed("profile", text, lambda: ntm_rules.load_profile(document))
    assert isinstance(outcome, Loaded), (text, outcome)
    read = outcome.value.values[indicator.id].value
    assert math.isclose(read, float(value), rel_tol=1e-12, abs_tol=1e-300), (text, read)


_SWAP = str.maketrans(".,", ",.")
_INCOME_UNITS = {
    "": Decimal(1),
    " triệu đồng/người/năm": Decimal(1),
    " nghìn đồng/người/năm": Decimal("0.001"),
    " đồng/người/năm": Decimal("0.000001"),
}


def _income(text: str) -> float | str:
    """What ``text`` reads as for indicator 10 (``"rejected"`` on an input error)."""
    document = {**hostile.PROFILE, "values": {"10": text}}
    outcome = _feed("profile", text, lambda: ntm_rules.load_profile(document))
    if not isinstance(outcome, Loaded):
        return "rejected"
    values = outcome.value.values
    if "10" not in values:
        return "no data"
    value = values["10"].value
    assert isinstance(value, float)
    return value


@FUZZ
@given(
    number=st.from_regex(r"[+\-]?[0-9]{0,7}([.,][0-9]{0,4}){0,4}", fullmatch=True),
    unit=st.sampled_from(sorted(_INCOME_UNITS)),
)
def test_dot_and_comma_are_interchangeable(number: str, unit: str) -> None:
    """Swapping ``.`` and ``,`` never changes what a number reads as, nor whether it is read.

    And a number with at most one separator, not followed by exactly three digits, is the
    decimal it looks like (``38,5`` is 38.5).
    """
    _started("separators")
    first, second = _income(number + unit), _income(number.translate(_SWAP) + unit)
    assert first == second, (number, first, second)
    plain = number.replace(",", ".")
    unambiguous = plain.count(".") <= 1 and not re.search(r"\.\d{3}$", plain)
    if isinstance(first, float) and unambiguous and plain.strip("+-.") and plain[-1] != ".":
        expected = float(Decimal(plain) * _INCOME_UNITS[unit])
        assert math.isclose(first, expected, rel_tol=1e-12, abs_tol=1e-300), (number, first)


# --------------------------------------------------------------------------------- CLI


@FUZZ
@given(
    case=hostile.document_bytes(hostile.PROFILE),
    command=st.sampled_from(["evaluate", "explain"]),
    options=st.tuples(
        st.sampled_from(["table", "json"]),
        st.sampled_from(["vi", "en"]),
        st.booleans(),
        st.booleans(),
    ),
    indicator=st.sampled_from(hostile.INDICATOR_IDS),
)
def test_cli_evaluate_and_explain(
    fuzz_dir: Path,
    case: hostile.Case,
    command: str,
    options: tuple[str, str, bool, bool],
    indicator: str,
) -> None:
    """``evaluate`` and ``explain`` on mutated profile files: exit 0 or 2, never a traceback."""
    _started("cli evaluate")
    output, lang, detail, verified_only = options
    argv = [command, str(_file(fuzz_dir, "cli-profile", case))]
    if command == "explain":
        argv.append(indicator)
    else:
        argv += ["--format", output, *(["--detail"] if detail else [])]
    argv += ["--lang", lang, *(["--verified-only"] if verified_only else [])]
    code, stdout = _cli(argv, case)
    if code == 0 and command == "evaluate" and output == "json":
        assert _strict_json(stdout)["schema"] == "ntm_rules.evaluation/1"


@FUZZ
@given(
    case=st.sampled_from([hostile.OVERRIDES, hostile.EDITION]).flatmap(hostile.document_bytes),
    options=st.tuples(
        st.sampled_from(["table", "json"]),
        st.sampled_from([None, "TDMNPB", "Đồng bằng sông Hồng"]),
        st.sampled_from([None, 2022, 2025]),
    ),
)
def test_cli_rulebook(
    fuzz_dir: Path, case: hostile.Case, options: tuple[str, str | None, int | None]
) -> None:
    """``rulebook --rulebook FILE`` on mutated override tables and edition files: 0 or 2."""
    _started("cli rulebook")
    output, region, year = options
    argv = ["rulebook", "--rulebook", str(_file(fuzz_dir, "cli-overrides", case))]
    argv += ["--format", output, *(["--region", region] if region else [])]
    argv += ["--year", str(year)] if year else []
    code, stdout = _cli(argv, case)
    if code == 0 and output == "json":
        assert _strict_json(stdout)["schema"] == "ntm_rules.rulebook/1"


@FUZZ
@given(
    plan=hostile.document_bytes(hostile.PLAN),
    profile=st.one_of(st.none(), hostile.document_bytes(hostile.PROFILE)),
    options=st.tuples(
        st.sampled_from(["show", "progress"]),
        st.sampled_from(["table", "json"]),
        st.sampled_from(["vi", "en"]),
    ),
)
def test_cli_plan(
    fuzz_dir: Path,
    plan: hostile.Case,
    profile: hostile.Case | None,
    options: tuple[str, str, str],
) -> None:
    """``plan show`` and ``plan progress`` on mutated plans (and profiles): exit 0 or 2."""
    _started("cli plan")
    command, output, lang = options
    argv = ["plan", command, str(_file(fuzz_dir, "cli-plan", plan))]
    if command == "progress":
        seed = hostile.Case(hostile.PROFILE_YAML.encode("utf-8"))
        argv.append(str(_file(fuzz_dir, "cli-p", profile or seed)))
    code, stdout = _cli([*argv, "--format", output, "--lang", lang], plan)
    if code == 0 and output == "json":
        assert _strict_json(stdout)["schema"].startswith("ntm_rules.plan")


# ----------------------------------------------------------------------------- findings
# One minimal failing test per finding; strict, so that the fix makes them fail (then
# delete the xfail mark and the finding's entry in KNOWN and the matchers above).


def _error_lines(call: Callable[[], object]) -> list[str]:
    """The lines of the ``InvalidInputError`` that ``call`` raises."""
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        call()
    return str(caught.value).split("\n")


def _seconds(call: Callable[[], object], guard_seconds: float = 1.2) -> float:
    """How long ``call`` runs (``inf`` when stopped after ``guard_seconds``), errors ignored."""
    clock = Clock(guard_seconds)
    try:
        with clock.running():
            call()
    except Overtime:
        return math.inf
    except ntm_rules.NtmRulesError:
        pass
    return clock.elapsed


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(argv)
    return code, out.getvalue(), err.getvalue()


def test_finding_f1_unknown_names_are_quoted_in_full() -> None:
    """``values: {"xxx…" (100 000 x): 1}`` and ``region: "xxx…"``: 100 000-character lines."""
    long = "x" * 100_000
    unknown_id = {**hostile.PROFILE, "values": {long: 1}}
    unknown_region = {**hostile.PROFILE, "region": long}
    for call in (
        lambda: ntm_rules.load_profile(unknown_id),
        lambda: ntm_rules.load_profile(unknown_region),
    ):
        assert max(map(len, _error_lines(call))) <= MAX_LINE


def test_finding_f1_through_the_cli(fuzz_dir: Path) -> None:
    """``explain FILE <3000 chars>`` and ``rulebook --region <3000 chars>``: 3 000-char lines."""
    profile = _file(fuzz_dir, "f1", hostile.Case(hostile.PROFILE_YAML.encode("utf-8")))
    for argv in (["explain", str(profile), "9" * 3000], ["rulebook", "--region", "x" * 3000]):
        code, _, err = _run_cli(argv)
        assert code == 2
        assert max(map(len, err.splitlines())) <= MAX_LINE


def test_finding_f2_field_names_and_values_in_full() -> None:
    """200 extra top-level keys make one 1 100-char line; ``source: "s" * 1000`` a 1 000-char one."""
    many = {**hostile.PROFILE, **{f"k{n}": 1 for n in range(200)}}
    line = {**hostile.PLAN["funding"][0], "source": "s" * 1000}
    for call in (
        lambda: ntm_rules.load_profile(many),
        lambda: load_plan({**hostile.PLAN, "funding": [line]}),
    ):
        assert max(map(len, _error_lines(call))) <= MAX_LINE


def test_finding_f2_key_paths_in_full() -> None:
    """Fixed (this change): a bad date under a 1 000-character threshold key.

    cattrs' ``transform_error`` named the key in full (a 1 094-character line); the path
    is now built by ``ntm_rules.structuring.error_leaves`` with each key an excerpt.
    """
    entry = {"value": 70, "effective_from": b"2022-01-01"}
    document = {**hostile.OVERRIDES, "thresholds": {"x" * 1000: {"all": [entry]}}}
    lines = _error_lines(lambda: ntm_rules.load_overrides(document))
    assert max(map(len, lines)) <= MAX_LINE


def test_finding_f2_control_characters_reach_the_terminal(fuzz_dir: Path) -> None:
    """A key ``"\\e[2J\\rok"``: ``unknown field(s):`` prints the escape sequence raw."""
    text = hostile.PROFILE_YAML + '"\\e[2J\\rok": 1\n'
    path = _file(fuzz_dir, "f2", hostile.Case(text.encode("utf-8")))
    code, _, err = _run_cli(["evaluate", str(path)])
    assert code == 2
    assert not _CONTROL.search(err.replace("\n", ""))


def test_finding_f3_rate_keys_in_full() -> None:
    """``"2.1": {"x" * 1000: 1}``: the key is listed in full (1 077-char line)."""
    document = {**hostile.PROFILE, "values": {"2.1": {"x" * 1000: 1}}}
    assert max(map(len, _error_lines(lambda: ntm_rules.load_profile(document)))) <= MAX_LINE


@pytest.mark.parametrize(
    "document",
    [None, {"schema": "ntm_rules.evaluation/1"}, {**hostile.EVALUATION, "rulebook": 5}],
    ids=["None", "schema only", "rulebook 5"],
)
def test_finding_f4_evaluation_documents_unchecked(document: Any) -> None:
    """AttributeError, KeyError 'rulebook' and TypeError escape instead of input errors."""
    with pytest.raises(ntm_rules.NtmRulesError):
        evaluation_from_document(document)


def test_finding_f5_long_rulebook_name_in_a_plan() -> None:
    """``rulebook: "a" * 300`` in a plan: OSError (File name too long) escapes load_plan."""
    with pytest.raises(ntm_rules.NtmRulesError):
        load_plan({**hostile.PLAN, "rulebook": "a" * 300})


def test_finding_f5_long_rulebook_name_on_the_cli() -> None:
    """``rulebook --rulebook aaa…`` (300): exit 1, "cannot write the output"."""
    code, _, err = _run_cli(["rulebook", "--rulebook", "a" * 300])
    assert (code, err.startswith("error: rulebook")) == (2, True), (code, err)


def test_finding_f6_non_text_key_path_in_full() -> None:
    """Fixed (this change): ``{"x" * 1000: {5: 1}}`` named the parent key in full."""
    document = {**hostile.PROFILE, "x" * 1000: {5: 1}}
    assert max(map(len, _error_lines(lambda: ntm_rules.load_profile(document)))) <= MAX_LINE


def _evaluation_with_status(status: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(json.dumps(hostile.EVALUATION))
    document["criteria"][0]["indicators"][0]["status"] = status
    return document


def test_finding_f7_shared_rulebook_id_hangs() -> None:
    """``rulebook``: an alias bomb as objects (10 x 10 x … 30 levels): ``str()`` hangs."""
    document = {**hostile.EVALUATION, "rulebook": hostile.build_deep("shared", 30)}
    assert _seconds(lambda: evaluation_from_document(document)) <= LIMIT_SECONDS


def test_finding_f8_duplicate_key_printed_raw(fuzz_dir: Path) -> None:
    """A YAML key ``"\\e[2J\\rfake"`` given twice: the error starts with it, raw."""
    text = 'commune: A\nregion: TN\nyear: 2025\n"\\e[2J\\rfake": 1\n"\\e[2J\\rfake": 2\n'
    path = _file(fuzz_dir, "f8", hostile.Case(text.encode("utf-8")))
    code, _, err = _run_cli(["evaluate", str(path)])
    assert code == 2
    assert not _CONTROL.search(err.replace("\n", ""))


@pytest.mark.parametrize(
    ("section", "entry", "key", "text"),
    [("funding", 0, "criteria", "17"), ("departments", 1, "leads", "19")],
)
def test_finding_f9_text_where_a_list_belongs(
    section: str, entry: int, key: str, text: str
) -> None:
    """``criteria: "17"`` loads as criteria 1 and 7; ``leads: "19"`` as leads 1 and 9."""
    item = {**hostile.PLAN[section][entry], key: text}
    document = {**hostile.PLAN, section: [item], "declared_totals": [], "areas": []}
    with pytest.raises(ntm_rules.InvalidInputError):
        load_plan(document)


def test_finding_f9_long_text_where_a_list_belongs() -> None:
    """``areas: "x" * 30000``: 30 000 problems (2.6 MB of message) and about 5 s."""
    document = {**hostile.PLAN, "areas": "x" * 30_000}
    assert _seconds(lambda: load_plan(document)) <= LIMIT_SECONDS


def test_finding_f10_many_unknown_ids() -> None:
    """20 000 unknown ids (``"10.1"``, ``"11.1"``, …) in ``values``: over 5 s of difflib."""
    document = {**hostile.PROFILE, "values": {f"1{n}.1": 1 for n in range(20_000)}}
    assert _seconds(lambda: ntm_rules.load_profile(document)) <= LIMIT_SECONDS


@pytest.mark.parametrize("suffix", ["yaml", "json"])
@pytest.mark.parametrize("megabytes", [1, 8])
def test_finding_f11_a_long_list(fuzz_dir: Path, suffix: str, megabytes: int) -> None:
    """Fixed (this change): a 1 MB YAML flow list ``[0,0,…]`` took 2–5 s (JSON of 8 MiB 1.4 s).

    The whole document was built before the 100 000-value limit was applied; a long text
    is now counted first (``ntm_rules.prescan``) and refused at the first value over it.
    """
    path = fuzz_dir / f"f11.{suffix}"
    path.write_text("[" + "0," * (megabytes * 500_000 - 1) + "0]", encoding="utf-8")
    assert _seconds(lambda: ntm_rules.load_profile(path)) <= LIMIT_SECONDS
    lines = _error_lines(lambda: ntm_rules.load_profile(path))
    expanded = " (YAML aliases expanded)" if suffix == "yaml" else ""  # JSON has no aliases
    assert lines[1].endswith(f"more than 100000 values{expanded}"), lines


def test_finding_f12_long_dated_history() -> None:
    """Fixed (this change): 3 000 dated values for one column under ``all`` took about 4 s.

    Each value was merged by its own sort of the growing history; now one sort per column
    (``ThresholdTable.merged``).
    """
    start = date(2000, 1, 1)
    history = [{"value": 70, "effective_from": start + timedelta(days=n)} for n in range(3000)]
    table = ntm_rules.load_overrides(
        {**hostile.OVERRIDES, "thresholds": {"17.1": {"all": history}}}
    )
    book = ntm_rules.default_rulebook()
    assert _seconds(lambda: ntm_rules.apply_overrides(book, table)) <= LIMIT_SECONDS


def _status(indicator: str, raw: object) -> ntm_rules.IndicatorResult:
    profile = ntm_rules.load_profile(
        {"commune": "A", "region": "TDMNPB", "year": 2025, "values": {indicator: raw}}
    )
    return ntm_rules.evaluate(profile).indicator(indicator)


def test_finding_f13_large_counts() -> None:
    """``{numerator: 1e307, denominator: 2e307}`` (50 %) reads as inf % and passes 80 %."""
    result = _status("3.1", {"numerator": 1e307, "denominator": 2e307})
    assert result.measurement is not None
    assert result.measurement.value == 50.0
    assert result.status is ntm_rules.Status.FAIL


@pytest.mark.parametrize(
    ("indicator", "text"), [("2.1", "99,99999999999999999 %"), ("11", "13,000000000000000001 %")]
)
def test_finding_f14_rounding_onto_the_bound(indicator: str, text: str) -> None:
    """More digits than a float keeps would round onto the bound: refused, not misjudged."""
    with pytest.raises(ntm_rules.InvalidInputError, match="significant digits"):
        _status(indicator, text)


@pytest.mark.parametrize(
    "argv", [["rulebook", "--year", "x"], [], ["rulebook", "--year", "9" * 5000]]
)
def test_finding_f15_usage_errors(argv: list[str]) -> None:
    """Usage errors exit 2 but print ``usage:`` lines, and echo a 5000-digit argument."""
    code, out, err = _run_cli(argv)
    assert (code, out) == (2, "")
    lines = err.splitlines()
    assert all(line.startswith("error:") and len(line) <= MAX_LINE for line in lines), lines


def test_finding_f16_through_the_cli(fuzz_dir: Path) -> None:
    """``rulebook --rulebook FILE`` with ``criteria: ["3"]``: AttributeError, a traceback."""
    text = yaml.safe_dump({**hostile.EDITION, "criteria": ["3"]}, allow_unicode=True)
    path = _file(fuzz_dir, "f16", hostile.Case(text.encode("utf-8")))
    code, out, _ = _run_cli(["rulebook", "--rulebook", str(path)])
    assert (code, out) == (2, "")


@pytest.mark.parametrize("entry", [None, "3", 5, ["3"]])
def test_finding_f16_edition_criteria_entries(entry: Any) -> None:
    """``criteria: [null]`` / ``["3"]`` in an edition file: TypeError or AttributeError."""
    with pytest.raises(ntm_rules.NtmRulesError):
        load_edition({**hostile.EDITION, "criteria": [entry]})


@pytest.mark.parametrize("key", ["²", "3.¹", "9" * 5000], ids=["²", "3.¹", "5000 digits"])
def test_finding_f17_odd_digits_in_override_ids(key: str) -> None:
    """``thresholds: {"²": {all: 1}}``: ValueError escapes the sort of apply_overrides."""
    table = ntm_rules.load_overrides({**hostile.OVERRIDES, "thresholds": {key: {"all": 1}}})
    with pytest.raises(ntm_rules.NtmRulesError):
        ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table)


@pytest.mark.parametrize("field", ["areas", "targets"])
def test_finding_f19_many_bad_list_elements(field: str) -> None:
    """Fixed (this change): ``areas: [0] * 30000`` built 30 000 errors to show 100 (2–3 s).

    Lists now stop after 100 failing entries and say how many were left unchecked.
    """
    document = {**hostile.PLAN, field: [0] * 30_000}
    assert _seconds(lambda: load_plan(document)) <= LIMIT_SECONDS
    lines = _error_lines(lambda: load_plan(document))
    assert f"  {field}: 29900 more entries not checked" in lines, lines[-3:]


@pytest.mark.parametrize(
    ("load", "document"),
    [
        (load_edition, {**hostile.EDITION, "criteria": [{"id": 5}] * 30_000}),
        (
            ntm_rules.load_profile,
            {**hostile.PROFILE, "values": {f"x{n}": 1 for n in range(30_000)}},
        ),
    ],
    ids=["edition criteria", "profile values"],
)
def test_finding_f19_many_bad_entries_elsewhere(
    load: Callable[[Any], object], document: dict[str, Any]
) -> None:
    """Fixed (this change): the loaders that check entries one by one stop at 100 too.

    Profile values used to count the unread rest as "more problems" (they may be fine).
    """
    assert _seconds(lambda: load(document)) <= LIMIT_SECONDS
    lines = _error_lines(lambda: load(document))
    assert any(line.endswith(" more entries not checked") for line in lines), lines[-3:]
    assert not any("more problems" in line for line in lines), lines[-3:]


@pytest.mark.parametrize(
    "text",
    ["a: !!timestamp x", "a: !!bool maybe", "a: !!map [1]", "a: !!int", "- !!float\n"],
)
def test_finding_f20_explicit_yaml_tags(fuzz_dir: Path, text: str) -> None:
    """Fixed (this change): AttributeError, KeyError, TypeError and IndexError escaped.

    PyYAML's scalar constructors crash on what an explicit tag forces on them; they are
    now guarded, and ``!!map`` on a list is refused, each as an input error.
    """
    path = _file(fuzz_dir, "f20", hostile.Case(text.encode("utf-8")))
    with pytest.raises(ntm_rules.NtmRulesError):
        ntm_rules.load_profile(path)


def test_finding_f20_through_the_cli(fuzz_dir: Path) -> None:
    """Fixed (this change): ``evaluate FILE`` with ``commune: !!bool maybe`` exited 1."""
    text = hostile.PROFILE_YAML.replace("commune: Thu Lũm", "commune: !!bool maybe")
    path = _file(fuzz_dir, "f20", hostile.Case(text.encode("utf-8")))
    code, out, err = _run_cli(["evaluate", str(path)])
    assert (code, out) == (2, ""), err


@pytest.mark.parametrize(
    "thresholds",
    [{"10": {"9" * 5000: 1}}, {"x" * 600: {"all": 1}}],
    ids=["column of 5000 digits", "indicator id of 600 x"],
)
def test_finding_f18_override_keys_raw(thresholds: dict[str, Any]) -> None:
    """Fixed (this change): ``thresholds: {"10": {"9" * 5000: 1}}`` named the column in full."""
    table = ntm_rules.load_overrides({**hostile.OVERRIDES, "thresholds": thresholds})
    lines = _error_lines(lambda: ntm_rules.apply_overrides(ntm_rules.default_rulebook(), table))
    assert max(map(len, lines)) <= MAX_LINE


def test_finding_f18_composite_part_names_raw() -> None:
    """Fixed (this change): ``"14.1": {"\\e[2J" + "x" * 600: 1}`` put the raw name in the field."""
    document = {**hostile.PROFILE, "values": {"14.1": {"\x1b[2J" + "x" * 600: 1}}}
    for line in _error_lines(lambda: ntm_rules.load_profile(document)):
        assert len(line) <= MAX_LINE
        assert not _CONTROL.search(line)


def test_finding_f18_json_duplicate_key_raw(fuzz_dir: Path) -> None:
    """Fixed (this change): a JSON key of 1 000 characters given twice was the raw field."""
    key = "\x1b[2J" + "k" * 1000
    path = fuzz_dir / "f18.json"
    path.write_text(json.dumps({key: 1})[:-1] + ", " + json.dumps({key: 2})[1:], "utf-8")
    for line in _error_lines(lambda: ntm_rules.load_profile(path)):
        assert len(line) <= MAX_LINE
        assert not _CONTROL.search(line)


def test_finding_f18_unknown_id_of_a_built_profile() -> None:
    """Fixed (this change): ``evaluate`` of a profile built in code named the id in full."""
    profile = ntm_rules.load_profile(hostile.PROFILE)
    measurement = next(iter(profile.values.values()))
    odd = attrs.evolve(profile, values={"x" * 5000: measurement})
    with pytest.raises(ntm_rules.InvalidInputError) as caught:
        ntm_rules.evaluate(odd)
    assert max(map(len, str(caught.value).split("\n"))) <= MAX_LINE


def test_finding_f21_long_keys_in_deep_documents() -> None:
    """Found and fixed in this change: each node's path was written out as text.

    31 nested keys of 100 000 characters over 2 000 values: every value's path copied
    the 3.1 million characters above it (5.4 s; 20 000 values did not end in a minute).
    Paths are now kept as steps and written only for an error, each key an excerpt.
    """
    document: dict[str, Any] = {}
    level = document
    for depth in range(31):
        level[f"{depth}" + "k" * 100_000] = level = {}
    level.update({str(n): 1 for n in range(20_000)})
    level["bad"] = {5: 1}
    assert _seconds(lambda: ntm_rules.load_profile(document)) <= LIMIT_SECONDS
    lines = _error_lines(lambda: ntm_rules.load_profile(document))
    assert max(map(len, lines)) <= MAX_LINE
    assert lines[1].endswith(": keys are text: quote the key (got int 5)"), lines


# ------------------------------------------------------------------------ fixed findings


@pytest.mark.parametrize(
    "status",
    [
        "x" * 10_000,
        hostile.build_deep("list", 1000),
        hostile.build_deep("shared", 30),
    ],
    ids=["10 000 characters", "1 000 lists deep", "alias bomb as objects"],
)
def test_a_recorded_status_is_cut_short(status: Any) -> None:
    """Fixed (4b6fd96): a mismatching recorded status is shown as a short excerpt.

    It was quoted in full: a 10 061-character line, a RecursionError, or a hang.
    """
    document = _evaluation_with_status(status)
    elapsed = _seconds(lambda: _error_lines(lambda: evaluation_from_document(document)))
    assert elapsed <= LIMIT_SECONDS
    assert max(map(len, _error_lines(lambda: evaluation_from_document(document)))) <= MAX_LINE


# --------------------------------------------------------------------------- the summary


FUZZ_TESTS = {
    "profiles",
    "profile values",
    "profile files",
    "plans",
    "plan files",
    "plan amounts",
    "overrides",
    "override files",
    "evaluation documents",
    "editions",
    "deep objects",
    "numbers",
    "separators",
    "cli evaluate",
    "cli rulebook",
    "cli plan",
}


def test_summary() -> None:
    """Write the figures (NTM_FUZZ_SUMMARY) and, in a thorough run, demand 100 000 documents."""
    total = sum(EXAMPLES_RUN.values())
    summary = {
        "profile": os.environ.get("HYPOTHESIS_PROFILE", "ci"),
        "examples_per_test": FUZZ.max_examples,
        "documents": dict(sorted(EXAMPLES_RUN.items())),
        "total": total,
        "escaped": dict(ESCAPED),
        "known_findings_met": dict(FINDINGS_SEEN),
        "slowest": {k: {"seconds": round(v[0], 4), "document": v[1]} for k, v in SLOWEST.items()},
        "slowest_known_findings": {
            k: {"seconds": round(v[0], 4), "document": v[1]} for k, v in SLOWEST_KNOWN.items()
        },
        "timed_twice": NOISE,
    }
    target = os.environ.get("NTM_FUZZ_SUMMARY")
    if target:
        Path(target).write_text(json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8")
    if not FUZZ_TESTS <= TESTS_RUN:
        pytest.skip("not every fuzz test ran in this session")
    assert not ESCAPED
    if os.environ.get("HYPOTHESIS_PROFILE") == "thorough":
        assert total >= 100_000, summary["documents"]
