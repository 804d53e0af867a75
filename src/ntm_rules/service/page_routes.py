"""The page's routes: ``GET /`` (the form) and ``POST /report`` (a sheet in, HTML out)."""

from __future__ import annotations

from attrs import frozen
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from ntm_rules.engine import evaluate
from ntm_rules.exceptions import InvalidInputError, WrongKindError
from ntm_rules.service.config import ServiceConfig
from ntm_rules.service.errors import RequestTooLargeError
from ntm_rules.service.guard import bearer, token_matches
from ntm_rules.service.handlers import LANGUAGES
from ntm_rules.service.page import SHEET_SUFFIXES, problems_page, report_page, upload_page
from ntm_rules.service.rulebooks import resolve
from ntm_rules.service.uploads import safe_name, spooled


def _lang(value: object, config: ServiceConfig) -> str:
    return value if isinstance(value, str) and value in LANGUAGES else config.lang


async def page(request: Request) -> Response:
    """``GET /``: the upload form, in the language asked for (``?lang=en``)."""
    config: ServiceConfig = request.app.state.config
    lang = _lang(request.query_params.get("lang"), config)
    return HTMLResponse(upload_page(lang, token=config.token is not None, books=config.configured))


@frozen
class _Upload:
    lang: str
    token: str | None
    data: bytes
    name: str
    rulebook: str


async def _read_form(request: Request, config: ServiceConfig) -> _Upload:
    async with request.form(max_files=1, max_fields=4, max_part_size=config.max_body) as form:
        sheet, token, book = form.get("sheet"), form.get("token"), form.get("rulebook")
        lang = _lang(form.get("lang"), config)
        data = await sheet.read() if isinstance(sheet, UploadFile) else None
        name = (
            safe_name(sheet.filename, "", SHEET_SUFFIXES) if isinstance(sheet, UploadFile) else ""
        )
    header = bearer(request.headers.get("authorization"))
    problems = []
    if data is None:
        problems.append(WrongKindError("sheet", "choose a commune sheet (.xlsx or .csv) to upload"))
    elif not name:
        problems.append(
            WrongKindError("sheet", "expected an .xlsx or .csv file written by ntm-rules template")
        )
    upload = _Upload(
        lang,
        header or (token if isinstance(token, str) else None),
        data or b"",
        name,
        book if isinstance(book, str) else "",
    )
    if problems and token_matches(config, upload.token):
        raise _Refused(upload, InvalidInputError(problems, "request"))
    return upload


class _Refused(Exception):
    def __init__(self, upload: _Upload, error: InvalidInputError) -> None:
        super().__init__(upload, error)
        self.upload = upload
        self.error = error


async def report(request: Request) -> Response:
    """``POST /report``: the sheet's evaluation as HTML, or its problems (422)."""
    config: ServiceConfig = request.app.state.config
    lang = config.lang
    try:
        upload = await _read_form(request, config)
        lang = upload.lang
        if not token_matches(config, upload.token):
            problem = WrongKindError("token", "missing or wrong access token")
            return HTMLResponse(problems_page([problem], lang, "Access refused"), status_code=401)
        book = resolve(upload.rulebook or None, config)  # an unknown name: 422, not a default

        def work() -> str:
            with spooled(upload.data, upload.name) as path:
                from ntm_rules.workbooks import load_sheet  # noqa: PLC0415 - the excel extra

                read = load_sheet(path, book)
            return report_page(evaluate(read.profile, read.rulebook), lang)

        return HTMLResponse(await run_in_threadpool(work))
    except _Refused as refused:
        return HTMLResponse(
            problems_page(
                list(refused.error.problems), refused.upload.lang, "Problems in the sheet"
            ),
            status_code=422,
        )
    except RequestTooLargeError as error:
        return HTMLResponse(
            problems_page(list(error.problems), lang, "File too large"), status_code=413
        )
    except InvalidInputError as error:
        return HTMLResponse(
            problems_page(list(error.problems), lang, "Problems in the sheet"), status_code=422
        )
