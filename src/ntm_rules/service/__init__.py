"""An HTTP service for apps in any language: ``ntm-rules serve`` (the ``service`` extra).

Why Starlette (with uvicorn) rather than FastAPI: FastAPI's value is pydantic models that
validate requests and generate the OpenAPI description. Here every input is already checked
by the library's own readers (cattrs and the strict grammar), which name each bad field as an
:class:`~ntm_rules.exceptions.InputProblem`; a second validation layer would disagree with
them and answer 422 in another shape than the CLI's. Starlette is the small routing layer
FastAPI itself is built on, so the service keeps one validation path, one error contract
(``422 {"problems": [{"field": …, "reason": …}]}``) and an OpenAPI 3.1 description written
once as data (:mod:`ntm_rules.service.openapi`) and checked against the live server by
schemathesis in the tests.

Safe by default: it binds 127.0.0.1, a bearer token may be required, bodies, rows and nesting
are bounded, a request can never name a file (a rulebook in a request is an id of an edition
shipped or configured at start, or an inline document), and no traceback or internal path
reaches a client. See ``docs/service.md``.

``import ntm_rules.service`` loads neither Starlette nor uvicorn; :func:`create_app` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ntm_rules._lazy import lazy_exports

if TYPE_CHECKING:
    from ntm_rules.service.app import create_app
    from ntm_rules.service.config import ServiceConfig, load_config

__all__ = ["ServiceConfig", "create_app", "load_config"]

_HOMES = {
    "create_app": "ntm_rules.service.app",
    "ServiceConfig": "ntm_rules.service.config",
    "load_config": "ntm_rules.service.config",
}


__getattr__ = lazy_exports(__name__, _HOMES)
"""Load Starlette only when the app is built."""
