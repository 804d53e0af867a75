"""The codes of 18/2022: tiers, security status, comparisons, conditions, reasons, outcomes."""

from __future__ import annotations

import enum
from fractions import Fraction


class Tier(enum.Enum):
    """The standard a commune is recognised at."""

    BASIC = "basic"
    ADVANCED = "advanced"
    MODEL = "model"


class Security(enum.Enum):
    """A commune's security-and-order status under Ministry of Public Security rules."""

    COMPLEX = "complex"
    NOT_COMPLEX = "not_complex"


class Comparison(enum.Enum):
    """How a value is compared with a figure: at least (``>=``) or above (``>``)."""

    AT_LEAST = "at_least"
    ABOVE = "above"

    def holds(self, value: Fraction, bound: Fraction) -> bool:
        """Whether ``value`` is on the passing side of ``bound``."""
        return value >= bound if self is Comparison.AT_LEAST else value > bound

    @property
    def symbol(self) -> str:
        """``≥`` or ``>``."""
        return "≥" if self is Comparison.AT_LEAST else ">"


class ConditionCode(enum.Enum):
    """The conditions of recognition (first four) and the grounds of revocation (last two)."""

    CRITERIA_MET = "criteria_met"
    SATISFACTION = "satisfaction"
    NO_CONSTRUCTION_DEBT = "no_construction_debt"
    SECURITY_NOT_COMPLEX = "security_not_complex"
    HALF_OR_MORE_FAILING = "half_or_more_failing"
    SHARE_WITH_KEY_FAILING = "share_with_key_failing"


RECOGNITION_CODES = (
    ConditionCode.CRITERIA_MET,
    ConditionCode.SATISFACTION,
    ConditionCode.NO_CONSTRUCTION_DEBT,
    ConditionCode.SECURITY_NOT_COMPLEX,
)
REVOCATION_CODES = (ConditionCode.HALF_OR_MORE_FAILING, ConditionCode.SHARE_WITH_KEY_FAILING)


class ConditionReason(enum.Enum):
    """Why a condition's status is what it is."""

    ALL_CRITERIA_MET = "all_criteria_met"
    CRITERIA_FAILING = "criteria_failing"
    CRITERIA_UNKNOWN = "criteria_unknown"
    SET_NOT_EVALUATED = "set_not_evaluated"
    NO_FACT = "no_fact"
    UNKNOWN_THRESHOLD = "unknown_threshold"
    COMPARED = "compared"
    STATED = "stated"
    COUNTED = "counted"
    DEPENDS_ON_UNKNOWN = "depends_on_unknown"


class RecognitionOutcome(enum.Enum):
    """Whether a commune can be recognised."""

    CAN_BE_RECOGNISED = "can_be_recognised"
    CANNOT_BE_RECOGNISED = "cannot_be_recognised"
    CANNOT_CONCLUDE = "cannot_conclude"


class RevocationOutcome(enum.Enum):
    """Whether a recognised commune's recognition must be revoked."""

    REVOKE = "revoke"
    KEEP = "keep"
    CANNOT_CONCLUDE = "cannot_conclude"
    NOT_APPLICABLE = "not_applicable"
