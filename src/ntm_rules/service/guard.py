"""The guard in front of every route: the bearer token, the body limit, safe headers."""

from __future__ import annotations

import hmac

from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.types import Message as AsgiMessage

from ntm_rules.exceptions import OutOfRangeError
from ntm_rules.messages import Message
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import RequestTooLargeError, problems_body

OPEN_PATHS = frozenset({"/", "/report"})
"""Paths the guard lets through without a bearer token: the page (``/report`` checks the
token itself, since a browser form sends it as a field, not a header)."""
_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"cache-control", b"no-store"),
    (b"referrer-policy", b"no-referrer"),
]
_PAGE_POLICY = (
    b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
)


def token_matches(config: ServiceConfig, given: str | None) -> bool:
    """Whether ``given`` is the configured token (always, when none is configured)."""
    if config.token is None:
        return True
    return given is not None and hmac.compare_digest(given.encode(), config.token.encode())


def bearer(authorization: str | None) -> str | None:
    """The token of an ``Authorization: Bearer …`` header, or ``None``."""
    if authorization is None:
        return None
    scheme, _, value = authorization.partition(" ")
    return value.strip() if scheme.lower() == "bearer" else None


class Guard:
    """Refuses requests without the token (401) or with too large a body (413); adds headers.

    The body is counted as it arrives, whatever ``Content-Length`` says, so a chunked body
    is cut at the limit too.
    """

    def __init__(self, app: ASGIApp, config: ServiceConfig) -> None:
        self.app = app
        self.config = config

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the request, then pass it on with its body counted."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        send = self._with_headers(send, html=scope["path"] in OPEN_PATHS)
        if scope["path"] not in OPEN_PATHS and not token_matches(
            self.config, bearer(headers.get("authorization"))
        ):
            response = JSONResponse(
                {"error": "missing or wrong bearer token"},
                status_code=401,
                headers={"WWW-Authenticate": "Bearer"},
            )
            await response(scope, receive, send)
            return
        length = headers.get("content-length", "")
        if length.strip().isdigit() and int(length) > self.config.max_body:
            await _too_large(self.config)(scope, receive, send)
            return
        await self.app(scope, self._counted(receive), send)

    def _counted(self, receive: Receive) -> Receive:
        seen = 0
        limit = self.config.max_body

        async def counted() -> AsgiMessage:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise RequestTooLargeError([_body_problem(limit)], "request")
            return message

        return counted

    def _with_headers(self, send: Send, *, html: bool) -> Send:
        async def sending(message: AsgiMessage) -> None:
            if message["type"] == "http.response.start":
                extra = (
                    [*_HEADERS, (b"content-security-policy", _PAGE_POLICY)] if html else _HEADERS
                )
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        return sending


def _body_problem(limit: int) -> OutOfRangeError:
    return OutOfRangeError(
        "body", Message("larger than {limit} bytes (the server's limit)", limit=limit)
    )


def _too_large(config: ServiceConfig) -> Response:
    error = RequestTooLargeError([_body_problem(config.max_body)], "request")
    return JSONResponse(problems_body(error), status_code=413)
