"""The Starlette application: the routes, the guard and the error handlers."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ntm_rules.exceptions import NtmRulesError
from ntm_rules.service import page_routes, routes
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import (
    INTERNAL_ERROR,
    RequestTooLargeError,
    UnsupportedMediaError,
    problems_body,
)
from ntm_rules.service.extensions import NOT_AVAILABLE, NotAvailableError
from ntm_rules.service.guard import Guard
from ntm_rules.service.handlers import evaluate_document, explain_document, progress_document_of

LOG = logging.getLogger("ntm_rules.service")


def _status(error: NtmRulesError) -> int:
    if isinstance(error, RequestTooLargeError):
        return 413
    if isinstance(error, UnsupportedMediaError):
        return 415
    return 422


async def _input_error(request: Request, error: Exception) -> Response:
    if not isinstance(error, NtmRulesError):  # pragma: no cover - registered for it only
        return await _internal_error(request, error)
    return JSONResponse(problems_body(error, asked_language(request)), status_code=_status(error))


def asked_language(request: Request) -> str | None:
    """``vi`` or ``en`` when ``Accept-Language`` asks for one of them first, else ``None``.

    Reasons are English by default (``str()`` of each problem, stable for programs); a
    client that asks for Vietnamese gets what ``ntm-rules`` prints with ``--lang vi``.
    """
    for part in request.headers.get("accept-language", "").split(","):
        tag = part.split(";", 1)[0].strip().lower()
        if tag.startswith("vi"):
            return "vi"
        if tag.startswith("en"):
            return "en"
    return None


async def _http_error(request: Request, error: Exception) -> Response:
    status = error.status_code if isinstance(error, HTTPException) else 500
    words = {404: "not found", 405: "method not allowed", 400: "bad request"}
    headers = getattr(error, "headers", None)
    return JSONResponse({"error": words.get(status, "error")}, status_code=status, headers=headers)


async def _not_available(request: Request, error: Exception) -> Response:
    part = error.part if isinstance(error, NotAvailableError) else "batch"
    return JSONResponse(NOT_AVAILABLE[part], status_code=501)


async def _internal_error(request: Request, error: Exception) -> Response:
    LOG.error("internal error on %s %s", request.method, request.url.path, exc_info=error)
    return JSONResponse(INTERNAL_ERROR, status_code=500)


def create_app(
    config: ServiceConfig | None = None, *, allowed_hosts: tuple[str, ...] = ()
) -> Starlette:
    """The service as an ASGI application (run it with uvicorn, or ``ntm-rules serve``).

    Args:
        config: the settings (defaults: no token, the default limits, shipped editions only).
        allowed_hosts: the ``Host`` headers answered (``()``: any); ``ntm-rules serve`` on a
            loopback address answers only loopback names, so a web page elsewhere cannot
            reach the service through DNS rebinding.
    """
    config = config or ServiceConfig()
    table = [
        Route("/", page_routes.page, methods=["GET"]),
        Route("/report", page_routes.report, methods=["POST"]),
        Route("/evaluate", routes.json_endpoint(evaluate_document), methods=["POST"]),
        Route("/explain", routes.json_endpoint(explain_document), methods=["POST"]),
        Route("/batch", routes.batch, methods=["POST"]),
        Route("/plan/progress", routes.json_endpoint(progress_document_of), methods=["POST"]),
        Route("/households/summary", routes.households, methods=["POST"]),
        Route("/rulebooks", routes.rulebooks, methods=["GET"]),
        Route("/schema/{name}", routes.schema, methods=["GET"]),
        Route("/openapi.json", routes.openapi, methods=["GET"]),
    ]
    middleware = [Middleware(Guard, config=config)]
    if allowed_hosts:
        middleware.insert(0, Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts)))
    app = Starlette(
        routes=table,
        middleware=middleware,
        exception_handlers={
            NtmRulesError: _input_error,
            NotAvailableError: _not_available,
            HTTPException: _http_error,
            Exception: _internal_error,
        },
    )
    app.state.config = config
    return app
