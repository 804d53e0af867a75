"""JSON-able documents of recognition and revocation results (codes and numbers only)."""

from __future__ import annotations

from fractions import Fraction
from typing import Any

from cattrs.gen import make_dict_unstructure_fn

from ntm_rules.recognition.results import Condition, Fact, RecognitionResult, RevocationResult
from ntm_rules.serialization import CONVERTER

RECOGNITION_SCHEMA = "ntm_rules.recognition/1"
REVOCATION_SCHEMA = "ntm_rules.revocation/1"

_DOCUMENTS = CONVERTER.copy()
"""The library converter plus the hooks of these documents (exact shares become floats)."""
_DOCUMENTS.register_unstructure_hook(Fraction, float)
_DOCUMENTS.register_unstructure_hook_func(
    lambda t: t == tuple[Fact, ...],
    lambda facts: {fact.name: _DOCUMENTS.unstructure(fact.value) for fact in facts},
)


def _with_flag(cls: type[Condition | RecognitionResult | RevocationResult]) -> None:
    """Unstructure ``cls`` by its fields plus its ``rests_on_unverified`` flag."""
    by_fields = make_dict_unstructure_fn(cls, _DOCUMENTS)
    _DOCUMENTS.register_unstructure_hook(
        cls, lambda value: {**by_fields(value), "rests_on_unverified": value.rests_on_unverified}
    )


for _cls in (Condition, RecognitionResult, RevocationResult):
    _with_flag(_cls)


def recognition_document(result: RecognitionResult) -> dict[str, Any]:
    """The recognition result as plain JSON-able data (schema ``ntm_rules.recognition/1``)."""
    data: dict[str, Any] = _DOCUMENTS.unstructure(result, RecognitionResult)
    return {"schema": RECOGNITION_SCHEMA, **data}


def revocation_document(result: RevocationResult) -> dict[str, Any]:
    """The revocation result as plain JSON-able data (schema ``ntm_rules.revocation/1``)."""
    data: dict[str, Any] = _DOCUMENTS.unstructure(result, RevocationResult)
    return {"schema": REVOCATION_SCHEMA, **data}


# Predicate hooks, as in ntm_rules.documents: the library converter gives the same documents.
CONVERTER.register_unstructure_hook_func(lambda t: t is RecognitionResult, recognition_document)
CONVERTER.register_unstructure_hook_func(lambda t: t is RevocationResult, revocation_document)
