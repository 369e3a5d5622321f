"""Errors to HTTP, in one place: RFC 9457 ``application/problem+json`` for the API, a page for people.

Routes raise :class:`~storylens.errors.StoryLensError` subclasses (or let the
library raise them); :func:`install` registers the handlers that turn them
into responses. :data:`STATUS` is the whole mapping, most specific class
first; nothing else in :mod:`storylens.web` picks a status code for an error.
An unexpected exception is logged and answered with a 500 that carries no
traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from ..errors import (
    BinaryInputError,
    ConfigError,
    EmptyInputError,
    EncodingError,
    InputError,
    ModelError,
    NotAnArticleError,
    NotEnoughDocumentsError,
    NotFoundError,
    ReadOnlyError,
    StoreBusyError,
    StoreError,
    StoryLensError,
    TooLargeError,
)

__all__ = ["PROBLEM_TYPE", "STATUS", "install", "problem", "status_for"]

log = logging.getLogger(__name__)

PROBLEM_TYPE = "application/problem+json"

# Most specific first: the first class an error is an instance of decides.
STATUS: tuple[tuple[type[StoryLensError], int, str], ...] = (
    (NotFoundError, 404, "Not found"),
    (ReadOnlyError, 403, "Read-only server"),
    (StoreBusyError, 409, "Store busy"),
    (TooLargeError, 413, "Input too large"),
    (EmptyInputError, 422, "Empty input"),
    (BinaryInputError, 422, "Binary input"),
    (NotAnArticleError, 422, "Not an article"),
    (EncodingError, 422, "Undecodable input"),
    (NotEnoughDocumentsError, 422, "Not enough documents"),
    (InputError, 400, "Bad input"),
    (ConfigError, 400, "Bad option"),
    (ModelError, 503, "Model unavailable"),
    (StoreError, 503, "Store unavailable"),
    (StoryLensError, 400, "Bad request"),
)

_TITLES = {400: "Bad request", 403: "Forbidden", 404: "Not found", 405: "Method not allowed", 409: "Conflict",
           413: "Request too large", 415: "Unsupported media type", 422: "Unprocessable content",
           500: "Internal server error", 503: "Service unavailable"}


def status_for(exc: StoryLensError) -> tuple[int, str]:
    for cls, status, title in STATUS:
        if isinstance(exc, cls):
            return status, title
    return 400, "Bad request"  # pragma: no cover - StoryLensError is the last row


def problem(status: int, detail: str, title: str | None = None, **extra: Any) -> dict[str, Any]:
    """The problem document: ``type``, ``title``, ``status``, ``detail`` and any extension members."""
    return {"type": "about:blank", "title": title or _TITLES.get(status, "Error"), "status": status,
            "detail": detail, **extra}


def install(app: Any, render_page: Any) -> None:
    """Register the handlers on ``app``; ``render_page(request, status, title, detail)`` draws HTML errors."""
    from fastapi import Request
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from starlette.exceptions import HTTPException

    def respond(request: Request, status: int, title: str, detail: str, **extra: Any) -> Any:
        if _wants_json(request):
            return JSONResponse(problem(status, detail, title, instance=request.url.path, **extra),
                                status_code=status, media_type=PROBLEM_TYPE,
                                headers={"Cache-Control": "no-store"})
        return render_page(request, status, title, detail)

    @app.exception_handler(StoryLensError)
    async def _storylens(request: Request, exc: StoryLensError) -> Any:
        status, title = status_for(exc)
        return respond(request, status, title, str(exc), error=type(exc).__name__)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Any:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
        response = respond(request, exc.status_code, _TITLES.get(exc.status_code, "Error"), detail)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Any:
        errors = [{"loc": [str(x) for x in e.get("loc", ())], "msg": e.get("msg", "")} for e in exc.errors()]
        detail = "; ".join(f"{'.'.join(e['loc'])}: {e['msg']}" for e in errors) or "invalid request"
        return respond(request, 422, _TITLES[422], detail, errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Any:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, _TITLES[500],
                       f"unexpected {type(exc).__name__}; the server log has the details")


def _wants_json(request: Any) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "") \
        and "text/html" not in request.headers.get("accept", "")
