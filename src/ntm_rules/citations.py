"""Legal citations and the verification scale every threshold carries."""

from __future__ import annotations

import enum

from attrs import frozen


class Verification(enum.Enum):
    """How well a threshold figure is known.

    * ``VERIFIED``: a cited public source shows the figure; evaluate.
    * ``UNVERIFIED``: a figure is recorded but no source confirms it; evaluate, and flag
      every result that uses it.
    * ``UNKNOWN``: no figure; the indicator cannot be assessed until a user supplies one.
    """

    VERIFIED = "verified"
    UNVERIFIED = "unverified"
    UNKNOWN = "unknown"

    # Members are singletons: identity hashing keeps look-ups keyed by them in C (Enum's own
    # hashes the name in Python, and string hashes vary between runs anyway).
    __hash__ = object.__hash__


def weakest(*verifications: Verification) -> Verification:
    """The weakest of several statuses: a verdict is only as sure as its least-known figure.

    Examples:
        >>> weakest(Verification.VERIFIED, Verification.UNVERIFIED).value
        'unverified'
    """
    if not verifications:
        raise ValueError("weakest() needs at least one status")
    # Membership tests by identity: a composite verdict asks this for every commune.
    if Verification.UNKNOWN in verifications:
        return Verification.UNKNOWN
    if Verification.UNVERIFIED in verifications:
        return Verification.UNVERIFIED
    return Verification.VERIFIED


@frozen
class Citation:
    """Where a rule or a figure comes from.

    Attributes:
        instrument: the legal instrument, e.g. ``"318/QĐ-TTg"``.
        provision: the appendix, article or indicator within it.
        urls: public pages that show the figure (empty when none was found).
        note: what the source says or why it is uncertain.

    Examples:
        >>> str(Citation("318/QĐ-TTg", "Phụ lục I, chỉ tiêu 3.1"))
        '318/QĐ-TTg, Phụ lục I, chỉ tiêu 3.1'
    """

    instrument: str
    provision: str = ""
    urls: tuple[str, ...] = ()
    note: str = ""

    def __str__(self) -> str:
        return f"{self.instrument}, {self.provision}" if self.provision else self.instrument
