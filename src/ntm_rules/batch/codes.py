"""One byte per verdict: the status and the reason of an indicator or criterion result.

A code is ``rank * 16 + reason`` where the rank orders the statuses as a criterion combines
them (pass < unknown < fail) and the reason is the index of :class:`~ntm_rules.Reason`.
The largest code of a criterion's indicators therefore has the criterion's status, so that
composing criteria is a maximum over bytes, for one commune or a million.
"""

from __future__ import annotations

from typing import Final

import numpy as np
import numpy.typing as npt

from ntm_rules.results import Reason, Status, Verdict

STATUSES: Final = (Status.PASS, Status.UNKNOWN, Status.FAIL)
"""The statuses in rank order."""
VERDICTS: Final = (Verdict.MET, Verdict.CANNOT_CONCLUDE, Verdict.NOT_MET)
"""The commune verdicts, in the rank order of the worst criterion status."""
REASONS: Final = tuple(Reason)
SLOTS: Final = 16
"""Codes per status: a power of two above the 9 reasons, so that a status is a mask away."""
_RANK = {status: rank for rank, status in enumerate(STATUSES)}
_SLOT = {reason: slot for slot, reason in enumerate(REASONS)}

Codes = npt.NDArray[np.int8]
"""An array of result codes."""


def code(status: Status, reason: Reason | None) -> int:
    """The code of a status and its reason (``None``, a criterion's plain verdict, is 0).

    Examples:
        >>> code(Status.PASS, Reason.COMPARED), code(Status.UNKNOWN, Reason.NO_INPUT)
        (0, 17)
        >>> status_of(code(Status.FAIL, Reason.COMPARED)), reason_of(17)
        (<Status.FAIL: 'fail'>, <Reason.NO_INPUT: 'no_input'>)
    """
    return _RANK[status] * SLOTS + (0 if reason is None else _SLOT[reason])


def status_of(value: int) -> Status:
    """The status a code stands for."""
    return STATUSES[value // SLOTS]


def reason_of(value: int) -> Reason:
    """The reason a code stands for (``COMPARED`` for a criterion's plain verdict)."""
    return REASONS[value % SLOTS]


PASS: Final = code(Status.PASS, Reason.COMPARED)
FAIL: Final = code(Status.FAIL, Reason.COMPARED)
NO_INPUT: Final = code(Status.UNKNOWN, Reason.NO_INPUT)
UNKNOWN_THRESHOLD: Final = code(Status.UNKNOWN, Reason.UNKNOWN_THRESHOLD)
UNVERIFIED_EXCLUDED: Final = code(Status.UNKNOWN, Reason.UNVERIFIED_EXCLUDED)
SCORE_BAND_UNKNOWN: Final = code(Status.UNKNOWN, Reason.SCORE_BAND_UNKNOWN)
ABOVE_BAND: Final = code(Status.PASS, Reason.SCORE_ABOVE_BAND)
UNKNOWN: Final = code(Status.UNKNOWN, None)
"""A criterion undecided because one of its indicators is."""
NO_INDICATORS: Final = code(Status.UNKNOWN, Reason.NO_INDICATORS)
INCOMPLETE: Final = code(Status.UNKNOWN, Reason.INDICATORS_INCOMPLETE)
COUNT: Final = len(STATUSES) * SLOTS
FIRST_UNKNOWN: Final = SLOTS
"""Codes below this one are passes."""

STATUS_MASK: Final = ~(SLOTS - 1)
"""``code & STATUS_MASK`` is the code of the status alone (a criterion's plain verdict);
``0xF0`` as a signed byte."""


def criterion_reason(value: int) -> Reason | None:
    """The reason of a criterion code: ``None`` for a plain verdict."""
    slot = value % SLOTS
    return None if slot == 0 else REASONS[slot]
