"""The OpenAPI 3.1 description of the service, written once as data (``openapi.yaml`` here).

Request schemas say what the endpoints read, no more: the library's own readers check
every value and answer 422 naming the field, so a schema that repeated their rules would
drift from them. Response schemas give each document's required members. The tests run
schemathesis against the live server with this description.
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any

import yaml

from ntm_rules import __version__


@functools.cache
def _written() -> dict[str, Any]:
    text = resources.files(__package__ or __name__).joinpath("openapi.yaml").read_text("utf-8")
    document: dict[str, Any] = yaml.safe_load(text)
    document["info"]["version"] = __version__
    return document


def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 description of every route (a fresh copy)."""
    return copy.deepcopy(_written())


@functools.cache
def openapi_json() -> bytes:
    """:func:`openapi_document` as the JSON ``GET /openapi.json`` answers, encoded once."""
    return json.dumps(_written(), ensure_ascii=False).encode("utf-8")
