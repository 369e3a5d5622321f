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

__all__ = ["PROBLEM_TYPE", "STATUS", "install", "plain_message", "problem", "status_for"]

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
        if status != 422:
            return respond(request, status, title, str(exc), error=type(exc).__name__)
        # invalid content (an empty or binary document, too few to compare): the same `errors` list a validation
        # error gives, as the docs promise for every 422 (newuser71 LOW-11: an empty document had none)
        where = getattr(exc, "source", None)
        errors = [{"loc": ["body", *([where] if where else [])], "msg": str(exc), "type": type(exc).__name__}]
        return respond(request, status, title, str(exc), error=type(exc).__name__, errors=errors)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Any:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "Error")
        response = respond(request, exc.status_code, _TITLES.get(exc.status_code, "Error"), detail)
        for k, v in (exc.headers or {}).items():
            response.headers[k] = v
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> Any:
        errors = [{"loc": [str(x) for x in e.get("loc", ())], "msg": plain_message(e), "type": e.get("type", "")}
                  for e in exc.errors()]
        detail = "; ".join(e["msg"] for e in errors) or "invalid request"
        # A body that is not JSON at all is bad input (400, as the docs say); 422 is JSON whose
        # content is invalid (a missing field, a wrong type, too few documents).
        status = 400 if any(e["type"] == "json_invalid" for e in errors) else 422
        return respond(request, status, _TITLES[status], detail, errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Any:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, _TITLES[500],
                       f"unexpected {type(exc).__name__}; the server log has the details")


_DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"


def _where(loc: Any) -> str:
    """``("query", "since")`` -> "parameter 'since'"; ``("body", "documents", 0, "publshed")`` ->
    "field 'documents[0].publshed'"; the request body itself -> "the request body"."""
    parts = list(loc or ())
    kind = parts.pop(0) if parts and parts[0] in ("query", "path", "header", "cookie", "body") else None
    name = ""
    for p in parts:
        name += f"[{p}]" if isinstance(p, int) else (f".{p}" if name else str(p))
    if not name:
        return "the request body" if kind == "body" else "the request"
    return f"{'field' if kind == 'body' else 'parameter'} '{name}'"


def plain_message(error: dict[str, Any]) -> str:
    """One validation error as one clear line naming the parameter and the fix (trial #22:
    ``query.since: String should match pattern '^(\\d{4}-\\d{2}-\\d{2})?$'`` said neither)."""
    kind, where, ctx = error.get("type", ""), _where(error.get("loc")), error.get("ctx") or {}
    value = error.get("input")
    given = f" = {value!r}" if isinstance(value, (str, int, float)) and not isinstance(value, bool) else ""
    if kind == "string_pattern_mismatch":
        if _DATE_PATTERN in str(ctx.get("pattern", "")):
            return f"{where}{given} is not a date; give YYYY-MM-DD (e.g. 2024-03-14)"
        return f"{where}{given} is not in the expected form ({ctx.get('pattern')})"
    if kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = {"greater_than_equal": ("at least", "ge"), "greater_than": ("more than", "gt"),
                 "less_than_equal": ("at most", "le"), "less_than": ("less than", "lt")}[kind]
        return f"{where}{given} is out of range; give a number {bound[0]} {ctx.get(bound[1])}"
    if kind in _PLAIN:
        shown, text = _PLAIN[kind]
        return f"{where}{given if shown else ''} {text}"
    if kind in _LENGTH:
        word, limit, key = _LENGTH[kind]
        unit = "characters" if kind.startswith("string_") else "items"
        return f"{where} is too {word}; give {limit} {ctx.get(key)} {unit}"
    if kind == "json_invalid":
        return f"the request body is not valid JSON ({ctx.get('error', 'malformed')}); send a JSON object"
    msg = str(error.get("msg", "invalid value"))
    msg = msg.removeprefix("Value error, ").removeprefix("Assertion failed, ")
    return f"{where}{given}: {msg[:1].lower() + msg[1:]}"


# pydantic error kinds -> (show the given value?, the rest of the one-line message)
_PLAIN = {
    **dict.fromkeys(("int_parsing", "int_from_float", "int_type"), (True, "is not a whole number; give one such as 10")),
    **dict.fromkeys(("float_parsing", "float_type"), (True, "is not a number; give one such as 0.5")),
    **dict.fromkeys(("bool_parsing", "bool_type"), (True, "is not true or false; give true or false")),
    "missing": (False, "is missing; give it"),
    "extra_forbidden": (False, "is not a known field; check its spelling (/api/openapi.json lists the fields)"),
}
# length kinds -> (too what, give what, the ctx key of the limit)
_LENGTH = {
    **dict.fromkeys(("string_too_long", "too_long"), ("long", "at most", "max_length")),
    **dict.fromkeys(("string_too_short", "too_short"), ("short", "at least", "min_length")),
}


def _wants_json(request: Any) -> bool:
    return request.url.path.startswith("/api/") or "application/json" in request.headers.get("accept", "") \
        and "text/html" not in request.headers.get("accept", "")
