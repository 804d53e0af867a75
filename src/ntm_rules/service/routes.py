"""The JSON routes: each reads and limits its body, then runs its work in a thread."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from ntm_rules import json_io
from ntm_rules import schemas as shipped_schemas
from ntm_rules.exceptions import InputProblem, InvalidInputError, WrongKindError
from ntm_rules.files import MAX_NODES
from ntm_rules.messages import Message
from ntm_rules.service import extensions
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import UnsupportedMediaError
from ntm_rules.service.handlers import TIERS
from ntm_rules.service.openapi import openapi_json
from ntm_rules.service.requests import json_body
from ntm_rules.service.rulebooks import resolve, rulebooks_document


def _media(request: Request) -> str:
    return request.headers.get("content-type", "").split(";", 1)[0].strip().lower()


def _need_json(request: Request) -> None:
    media = _media(request)
    if media != "application/json" and not media.endswith("+json"):
        problem = WrongKindError(
            "content-type",
            Message("expected application/json, got {media}", media=media or Message("none")),
        )
        raise UnsupportedMediaError([problem], "request")


VALUES_PER_ROW = 200
"""Values a batch row may hold (56 indicators of 2021–2025, their parts and counts)."""


class WrittenJSON(JSONResponse):
    """A document written by :mod:`ntm_rules.json_io` (orjson with the fast extra)."""

    def render(self, content: Any) -> bytes:
        """The document as compact UTF-8 JSON."""
        return json_io.dumps(content)


Work = Callable[[Mapping[str, Any], ServiceConfig], dict[str, Any]]


def json_endpoint(work: Work) -> Callable[[Request], Awaitable[Response]]:
    """A route that reads a JSON object body and answers the document ``work`` makes."""

    async def endpoint(request: Request) -> Response:
        _need_json(request)
        raw = await request.body()
        config: ServiceConfig = request.app.state.config
        document = await run_in_threadpool(lambda: work(json_body(raw), config))
        return WrittenJSON(document)

    return endpoint


async def batch(request: Request) -> Response:
    """``POST /batch``: JSON rows or CSV text, or a CSV body with options in the query."""
    config: ServiceConfig = request.app.state.config
    media = _media(request)
    if media not in ("text/csv", "application/json"):
        problem = WrongKindError(
            "content-type",
            Message(
                "expected application/json or text/csv, got {media}",
                media=media or Message("none"),
            ),
        )
        raise UnsupportedMediaError([problem], "request")
    if media == "text/csv":
        options = _csv_options(request.query_params, config)
    elif request.query_params:
        problem = WrongKindError("query", "with a JSON body, give the options in the body")
        raise InvalidInputError([problem], "request")
    raw = await request.body()
    batching = extensions.batching()

    def work() -> dict[str, Any]:
        if media == "text/csv":
            result: dict[str, Any] = batching.batch_from_csv(raw, config, **options)
        else:
            # a row holds a value for each of its indicators and parts: the rows limit, not
            # the one of other documents, bounds the values of a batch
            body = json_body(raw, max_values=max(MAX_NODES, VALUES_PER_ROW * config.max_rows))
            result = batching.batch_from_json(body, config)
        return result

    return WrittenJSON(await run_in_threadpool(work))


def _csv_options(query: Mapping[str, str], config: ServiceConfig) -> dict[str, Any]:
    problems: list[InputProblem] = []
    for key in query:
        if key not in ("rulebook", "tier", "verified_only"):
            problems.append(
                WrongKindError(key, "unknown parameter; known: rulebook, tier, verified_only")
            )
    try:  # a name only: a query string cannot carry a rulebook document
        book = resolve(query.get("rulebook"), config)
    except InvalidInputError as error:
        problems.extend(error.problems)
        book = None
    tier = query.get("tier", "basic")
    if tier not in TIERS:
        reason = Message("expected one of {choices}", choices=", ".join(TIERS))
        problems.append(WrongKindError("tier", reason))
    verified = query.get("verified_only", "false")
    if verified not in ("true", "false"):
        problems.append(WrongKindError("verified_only", "expected true or false"))
    if problems:
        raise InvalidInputError(problems, "request")
    return {"rulebook": book, "tier": tier, "verified_only": verified == "true"}


async def households(request: Request) -> Response:
    """``POST /households/summary`` (501 without the batch extra)."""
    return await json_endpoint(extensions.households_summary())(request)


async def rulebooks(request: Request) -> Response:
    """``GET /rulebooks``."""
    return JSONResponse(rulebooks_document(request.app.state.config))


async def schema(request: Request) -> Response:
    """``GET /schema/{name}``: the shipped schema's text as it is (read once per process)."""
    name = request.path_params["name"]
    if name not in shipped_schemas.names():
        return JSONResponse({"error": f"no schema named {name[:40]!r}"}, status_code=404)
    return Response(shipped_schemas.schema_text(name), media_type="application/schema+json")


async def openapi(request: Request) -> Response:
    """``GET /openapi.json``."""
    return Response(openapi_json(), media_type="application/json")
