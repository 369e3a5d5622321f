"""What keeps the web app safe to run: escaping helpers, CSRF, request size limits, headers.

* Templates autoescape everything; :func:`safe_url` lets only ``http(s)``
  links through, so a ``javascript:`` URL from an article is shown as text,
  never as a link.
* CSRF: HTML forms carry a token that must equal the ``storylens_csrf``
  cookie (double submit; the cookie is ``SameSite=Strict`` and ``HttpOnly``).
  JSON POSTs must be ``application/json`` (a cross-site form cannot send that
  without a CORS preflight, and the app answers none) and, when the browser
  sends an ``Origin``, come from this server's own origin.
* Request bodies over ``max_body`` bytes are refused with 413 before they are
  read; a body without a length is counted as it streams.
* Every response gets a Content-Security-Policy that allows only the app's own
  scripts (all JavaScript lives in ``static/app.js``).
"""

from __future__ import annotations

import hmac
import json
import secrets
from typing import Any
from urllib.parse import urlsplit

from starlette.requests import Request

from ..errors import TooLargeError

__all__ = [
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "DEFAULT_MAX_BODY",
    "SECURITY_HEADERS",
    "BodyLimit",
    "check_form_csrf",
    "check_json_post",
    "csrf_token",
    "safe_url",
]

CSRF_COOKIE = "storylens_csrf"
CSRF_FIELD = "csrf_token"
DEFAULT_MAX_BODY = 2 * 1024 * 1024  # two pasted articles are ~50 KB; HTML pages rarely pass 1 MB

SECURITY_HEADERS = {
    "Content-Security-Policy": ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                                "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                                "frame-ancestors 'none'; form-action 'self'"),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def safe_url(value: Any) -> str | None:
    """``value`` if it is an absolute http(s) URL with a host, else None (render it as text)."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def csrf_token(request: Any) -> str:
    """The token for this browser (from its cookie, or a new one the response will set)."""
    token = getattr(request.state, "csrf", None)
    if token is None:
        token = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(24)
        request.state.csrf = token
    return token


def check_form_csrf(request: Any, submitted: str | None) -> None:
    """Raise 403 unless the form's token matches the cookie."""
    from fastapi import HTTPException

    cookie = request.cookies.get(CSRF_COOKIE)
    if not cookie or not submitted or not hmac.compare_digest(cookie, submitted):
        raise HTTPException(403, "the form's CSRF token is missing or stale; reload the page and submit again")


def check_json_post(request: Request) -> None:
    """Raise 415 unless the body is JSON, 403 if a browser sends it from another origin."""
    from fastapi import HTTPException

    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype != "application/json":
        raise HTTPException(415, "send the body as application/json")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if urlsplit(origin).netloc != host:
            raise HTTPException(403, f"cross-origin request from {origin} refused")


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``max_body`` bytes with 413."""

    def __init__(self, app: Any, max_body: int = DEFAULT_MAX_BODY):
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._refuse(scope, send, int(length))
            return
        seen = 0

        async def counted() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise TooLargeError(self._message(seen))
            return message

        await self.app(scope, counted, send)

    def _message(self, size: int) -> str:
        return (f"the request is {size / 1e6:.1f} MB, over the server's {self.max_body / 1e6:.1f} MB limit; "
                "send fewer or shorter articles, or start the server with a larger --max-body")

    async def _refuse(self, scope: dict, send: Any, size: int) -> None:
        detail = self._message(size)
        path = scope.get("path", "")
        if path.startswith("/api/"):
            body = json.dumps({"type": "about:blank", "title": "Request too large", "status": 413,
                               "detail": detail, "instance": path}).encode()
            ctype = b"application/problem+json"
        else:
            from markupsafe import escape

            body = (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Request too large"
                    f"</title></head><body><h1>Request too large</h1><p>{escape(detail)}</p>"
                    f"<p><a href='/compare'>Back</a></p></body></html>").encode()
            ctype = b"text/html; charset=utf-8"
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", ctype), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
