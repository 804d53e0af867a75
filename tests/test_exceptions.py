"""One exception family: typed, catchable as NtmRulesError and the matching builtin, picklable."""

import pickle

import pytest

from ntm_rules import exceptions as errors


@pytest.mark.parametrize(
    "error",
    [
        errors.InputProblem("values.x", "bad"),
        errors.UnknownIdentifierError("values.x", "indicator", "17.11", ["17.1", "17.10"]),
        errors.UnitMismatchError("values.x", "km for a percentage"),
        errors.OutOfRangeError("values.x", "120 % is outside 0–100 %"),
        errors.WrongKindError("values.x", "expected a number"),
        errors.MalformedFileError("p.yaml", "not UTF-8"),
        errors.InconsistentTotalError("declared_totals[0]", "does not add up"),
        errors.InvalidInputError([errors.InputProblem("a", "b")], "profile"),
        errors.RulebookError("3.1 TN: overlap"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_are_typed_and_picklable(error: errors.NtmRulesError) -> None:
    """Every error is an NtmRulesError, a ValueError/LookupError where it fits, and pickles."""
    assert isinstance(error, errors.NtmRulesError)
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)


def test_builtin_families() -> None:
    """Input problems are ValueErrors; unknown names are LookupErrors; wrong kinds TypeErrors."""
    assert isinstance(errors.InputProblem("a", "b"), ValueError)
    assert isinstance(errors.UnknownIdentifierError("a", "region", "x", []), LookupError)
    assert isinstance(errors.WrongKindError("a", "b"), TypeError)
    assert isinstance(errors.InvalidInputError([]), ValueError)


def test_did_you_mean() -> None:
    """The closest known id is suggested, and nothing when none is close."""
    assert (
        errors.UnknownIdentifierError("f", "indicator", "17.11", ["17.1", "2.1"]).suggestion
        == "17.1"
    )
    assert errors.UnknownIdentifierError("f", "region", "zzz", ["TN"]).suggestion is None


def test_collected_problems_read_one_per_line() -> None:
    """InvalidInputError lists each problem on its own line."""
    error = errors.InvalidInputError(
        [errors.InputProblem("a", "first"), errors.InputProblem("b", "second")], "profile"
    )
    assert str(error).splitlines() == ["2 problem(s) in profile:", "  a: first", "  b: second"]
