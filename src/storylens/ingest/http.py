"""Feeds and pages over HTTP (httpx): ``storylens ingest URL...`` and ``storylens watch``.

:class:`Fetcher` is a small, polite client: timeouts, retries with exponential
backoff on connection errors, 429 and 5xx, redirects (a loop or more than
``max_redirects`` is an error), conditional GET (ETag / Last-Modified, so an
unchanged feed costs one empty 304), a minimum interval between requests to
one host, and a size limit enforced while the body streams in (a server that
lies about or omits ``Content-Length`` cannot make it read more). Every fetch
failure is a :class:`FetchError` with the reason; :func:`read_url` turns it
into a recorded :class:`~storylens.models.Failure` (stage ``fetch``).

A fetched feed goes through :func:`storylens.ingest.feeds.read_feed`, a page
through :func:`storylens.ingest.files.read_bytes`, with the HTTP
``Content-Type`` charset as a declaration.
"""

from __future__ import annotations

import errno
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Self
from urllib.parse import urlsplit

from ..errors import InputError
from ..models import Failure, RawDocument
from ._records import Skipped
from .feeds import looks_like_feed, read_feed
from .files import DEFAULT_MAX_BYTES, is_url, read_bytes

__all__ = ["FetchError", "FetchSettings", "Fetched", "Fetcher", "fetch_article", "is_url", "read_url"]

_FEED_TYPES = ("rss", "atom", "xml", "rdf")


@dataclass(frozen=True)
class FetchSettings:
    """How :class:`Fetcher` behaves; times in seconds, sizes in bytes."""

    timeout: float = 10.0  # connect / read / write timeout of one request
    deadline: float = 60.0  # whole fetch of one URL, retries included: a slow-drip server cannot hold a run
    retries: int = 2  # further attempts after a connection error, 429 or 5xx
    backoff: float = 0.5  # first wait before a retry; doubles each time
    max_bytes: int = DEFAULT_MAX_BYTES  # same limit as a file given on the command line
    max_redirects: int = 5
    host_interval: float = 1.0  # at least this long between two requests to one host
    user_agent: str = "StoryLens/0.1 (news story comparison; +https://github.com/storylens)"


@dataclass(frozen=True)
class Fetched:
    """One fetched URL: ``data`` is None when the server said 304 Not Modified."""

    url: str  # the final URL after redirects
    status: int
    content_type: str = ""
    data: bytes | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


# getaddrinfo's answers (socket.EAI_*, the same numbers on glibc and musl) that no retry changes: the name does
# not exist, or has no address. EAI_AGAIN (-3, "Temporary failure in name resolution") is retried.
_NO_SUCH_NAME = frozenset(getattr(socket, n) for n in ("EAI_NONAME", "EAI_NODATA", "EAI_ADDRFAMILY") if hasattr(socket, n))


def _transport_reason(exc: BaseException, url: str) -> tuple[str, bool]:
    """(what a user reads, whether retrying is pointless) for a connection that failed before any answer.
    The cause httpx wraps says which: a host name that does not resolve ("cannot find the host
    example.invalid: no such name, or no network to look it up"; final, as no retry makes a name exist), a
    lookup that failed for now, a refused connection, an unreachable network. Trial64 F6: every one of them
    read "connection failed (ConnectError) (after 3 attempts); try again later", naming neither the host nor
    the network, for an address that could never work and for a machine with no network alike."""
    host = urlsplit(url).hostname or url
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, socket.gaierror):
            if cause.errno in _NO_SUCH_NAME:
                return (f"cannot find the host {host}: no such name, or no network to look it up; check the "
                        "address and the network connection"), True
            return f"cannot look up the host {host} (no network or no name server?)", False
        if isinstance(cause, ConnectionRefusedError):
            return f"{host} refused the connection (no server on that port)", False
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH):
            return f"no route to {host} (is the network down?)", False
        cause = cause.__cause__ or cause.__context__
    return f"connection to {host} failed ({type(exc).__name__})", False


class FetchError(InputError):
    """A URL could not be fetched (``reason`` says why: timeout, HTTP status, too large, redirect loop...)."""


@dataclass
class Fetcher:
    """A polite HTTP client for feeds and pages (see the module docstring).

    ``validators`` maps a URL to its last (ETag, Last-Modified): keep the same
    Fetcher between polls so unchanged feeds answer 304. ``sleep`` and ``clock``
    are injectable for tests. Use as a context manager, or call :meth:`close`.
    """

    settings: FetchSettings = field(default_factory=FetchSettings)
    validators: dict[str, tuple[str | None, str | None]] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep
    clock: Callable[[], float] = time.monotonic
    _client: Any = None
    _last_request: dict[str, float] = field(default_factory=dict)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> Any:
        if self._client is None:
            import httpx

            s = self.settings
            self._client = httpx.Client(timeout=httpx.Timeout(s.timeout), follow_redirects=True,
                                        max_redirects=s.max_redirects, headers={"User-Agent": s.user_agent})
        return self._client

    def fetch(self, url: str) -> Fetched:
        """GET ``url`` (conditionally, when it was fetched before); raises :class:`FetchError`."""
        s = self.settings
        try:
            parts = urlsplit(url)
        except ValueError as exc:  # e.g. "http://[::1": urllib refuses it before httpx sees it
            raise FetchError(f"not a valid address ({exc}); check the URL", url) from None
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise FetchError("not a valid http(s) address; check the URL", url)
        start = self.clock()
        attempt = 0
        while True:
            self._pace(url)
            try:
                fetched = self._get(url, start)
            except _Retry as retry:
                attempt += 1
                wait = s.backoff * 2 ** (attempt - 1)
                if attempt > s.retries or self.clock() - start + wait > s.deadline:
                    raise FetchError(f"{retry.reason} (after {attempt} attempts); try again later", url) from None
                self.sleep(wait)
                continue
            if fetched.status == 200:
                self.validators[url] = (fetched.etag, fetched.last_modified)
            return fetched

    def _pace(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        last = self._last_request.get(host)
        if last is not None:
            wait = self.settings.host_interval - (self.clock() - last)
            if wait > 0:
                self.sleep(wait)
        self._last_request[host] = self.clock()

    def _conditional_headers(self, url: str) -> dict[str, str]:
        etag, modified = self.validators.get(url, (None, None))
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        return headers

    def _get(self, url: str, start: float) -> Fetched:
        import httpx

        try:
            with self.client.stream("GET", url, headers=self._conditional_headers(url)) as response:
                status = response.status_code
                if status == 429 or status >= 500:
                    raise _Retry(f"HTTP {status} {response.reason_phrase}".strip())
                ctype = response.headers.get("content-type", "")
                etag, modified = response.headers.get("etag"), response.headers.get("last-modified")
                final = str(response.url)
                if status == 304:
                    return Fetched(final, status, ctype, None, etag, modified)
                if status >= 400:
                    raise FetchError(f"HTTP {status} {response.reason_phrase}; check the address".replace(" ;", ";"), url)
                if status >= 300:
                    raise FetchError(f"HTTP {status} redirect without a usable Location; check the address", url)
                data = self._body(response, url, start)
                return Fetched(final, status, ctype, data, etag, modified)
        except httpx.TooManyRedirects:
            raise FetchError(f"redirect loop or more than {self.settings.max_redirects} redirects; "
                             "check the address", url) from None
        except httpx.TimeoutException:
            raise _Retry(f"timed out after {self.settings.timeout:g} s") from None
        except httpx.TransportError as exc:
            reason, permanent = _transport_reason(exc, url)
            if permanent:
                raise FetchError(reason, url) from None
            raise _Retry(reason) from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"not a valid address ({exc})", url) from None

    def _body(self, response: Any, url: str, start: float) -> bytes:
        limit = self.settings.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"response is {int(declared) / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit", url)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"response is over the {limit / 1e6:g} MB limit; stopped reading", url)
            if self.clock() - start > self.settings.deadline:
                raise FetchError(f"response still arriving after {self.settings.deadline:g} s; stopped reading", url)
            chunks.append(chunk)
        return b"".join(chunks)


class _Retry(Exception):
    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def _is_feed(fetched: Fetched) -> bool:
    ctype = fetched.content_type.split(";")[0].lower()
    if any(t in ctype for t in _FEED_TYPES) and "html" not in ctype:
        return True
    return "html" not in ctype and looks_like_feed(fetched.data or b"")


def read_url(url: str, fetcher: Fetcher) -> Iterator[RawDocument | Failure | Skipped]:
    """Fetch ``url`` and yield its articles: one per feed entry, or the page itself.

    A fetch error is one Failure (stage ``fetch``); an unchanged feed (304) one
    Skipped of kind ``unchanged``; a valid empty feed yields nothing.
    """
    try:
        fetched = fetcher.fetch(url)
    except FetchError as exc:
        yield Failure(url, "fetch", exc.reason)
        return
    if fetched.not_modified or fetched.data is None:
        yield Skipped(url, "not modified since the last fetch (HTTP 304)", "unchanged")
        return
    if _is_feed(fetched):
        yield from read_feed(url, data=fetched.data, content_type=fetched.content_type)
        return
    try:
        raw = read_bytes(fetched.data, url, max_bytes=fetcher.settings.max_bytes, is_html=None,
                         content_type=fetched.content_type)
    except InputError as exc:
        yield Failure(url, "read", exc.reason)
        return
    meta = {**raw.metadata, "url": fetched.url, "format": "html" if raw.html else "text"}
    yield RawDocument(source=url, text=raw.text, html=raw.html, encoding=raw.encoding, metadata=meta)


def fetch_article(url: str, fetcher: Fetcher | None = None) -> RawDocument:
    """The one article at ``url`` (a page, or a feed with one entry), for ``storylens compare URL``.

    Raises :class:`FetchError` / :class:`~storylens.errors.InputError` with the reason:
    unreachable, not HTTP 2xx, no text, or a feed of several entries (``storylens ingest`` reads those).
    """
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        records = list(read_url(url, fetcher))
    finally:
        if own:
            fetcher.close()
    docs = [r for r in records if isinstance(r, RawDocument)]
    if len(docs) == 1:
        return docs[0]
    if docs:
        raise InputError(f"is a feed of {len(docs)} entries; compare takes article pages "
                         "(storylens ingest URL reads a whole feed)", url)
    failed = next((r for r in records if isinstance(r, Failure)), None)
    raise InputError(failed.reason if failed else "no article found at this address; check the URL", url)
