"""The FastAPI application: server-rendered pages and the JSON API over one :class:`StorySource`.

Build it with :func:`create_app` (no module-level app object); ``storylens
serve`` runs it under uvicorn, tests drive it with ``TestClient`` or a real
browser. Pages work without JavaScript; ``static/app.js`` only adds claim
highlighting, confirmation dialogs and a column picker shortcut.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from .. import __version__
from ..errors import InputError, NotEnoughDocumentsError
from ..report import differs_label, verdict_text
from . import problems
from .security import (
    CSRF_COOKIE,
    CSRF_FIELD,
    DEFAULT_MAX_BODY,
    SECURITY_HEADERS,
    BodyLimit,
    check_form_csrf,
    check_json_post,
    csrf_token,
    safe_url,
)
from .source import StorySource, with_metadata
from .views import comparison_view, coverage_bar, timeline_chart

# What a page says instead of the CLI's "compare with --align-anyway (align_anyway=True)" (trial59 F16: a CLI flag
# and a Python keyword on a web page, where neither can be given).
COMPARE_ALIGN_HINT = "to align them anyway, tick “align anyway” and compare again"
STORY_ALIGN_HINT = ("its claims are left out of this ledger; if it is another story, move it out with "
                    "storylens story move")

__all__ = ["MAX_COMPARE_DOCS", "CompareDocument", "CompareRequest", "HeadAsGet", "create_app"]

MAX_COMPARE_DOCS = 12  # claim alignment grows with the square of the documents (ten take ~1.4 s warm, README)
PAGE_SIZE = 25
_HERE = resources.files("storylens.web")


# ------------------------------------------------------------------ API bodies

class _Body(BaseModel):
    """An API request body. A misspelt field ("publshed") was ignored without a word and its
    date lost: unknown fields are a 422."""

    model_config = ConfigDict(extra="forbid")


class CompareDocument(_Body):
    """One article to compare: ``text`` or ``html``, and optional container metadata."""

    text: str | None = None
    html: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD")
    language: str | None = Field(None, description="ISO 639-1 code; detected when missing")
    url: str | None = None

    @model_validator(mode="after")
    def _one_body(self) -> CompareDocument:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


class CompareRequest(_Body):
    documents: list[CompareDocument] = Field(..., min_length=2, max_length=MAX_COMPARE_DOCS)
    align_anyway: bool = Field(False, description="align documents judged different stories too (by default "
                                                  "one is set aside; the reasons then caution)")


class MergeRequest(_Body):
    """``{"with": id}``: the other story. Whichever is named, the older of the two ids survives (story ids are
    stable, so re-clustering keeps it) and the answer names it. ``into`` is the field's former name, still
    read: it read as "the named story survives", which it never did (trial 15 #19)."""

    other: str = Field(..., validation_alias=AliasChoices("with", "into"), serialization_alias="with",
                       description="the story to merge with; the older of the two ids survives")


class SplitRequest(_Body):
    articles: list[str] = Field(..., min_length=1, description="article ids to move into a new story")


class MoveRequest(_Body):
    to: str = Field(..., description="target story id")


# ------------------------------------------------------------------ the app

def create_app(db: str | Path, *, read_only: bool = False, comparer: Any = None, query_embedder: Any = None,
               semantic: bool = True, max_body: int = DEFAULT_MAX_BODY, source: StorySource | None = None) -> FastAPI:
    """The web app over the store at ``db``.

    ``read_only`` refuses every correction (403); ``comparer`` is the process's
    one :class:`~storylens.Comparer` (default: created on first use);
    ``query_embedder`` embeds search queries (default multilingual USE);
    ``semantic=False`` makes search keyword-only; ``max_body`` caps request
    bodies (bytes; 413 over it).
    """
    source = source or StorySource(db, read_only=read_only, comparer=comparer, query_embedder=query_embedder,
                                   semantic=semantic)
    app = FastAPI(title="StoryLens", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="Stories, coverage and claim ledgers over a StoryLens store.")
    app.state.source = source
    app.state.max_body = max_body
    templates = _templates(source)

    def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
        context.update(request=request, csrf=csrf_token(request), read_only=source.read_only, version=__version__)
        return templates.TemplateResponse(request, name, context, status_code=status)

    pages = _PageCache()

    def cached_page(request: Request, key: tuple, name: str, build: Any) -> HTMLResponse:
        """A page rendered once per ``key`` (which must hold everything it shows: the store's
        fingerprint, the query); only the CSRF token differs between users, so it is put in after."""
        html = pages.get(key)
        if html is None:
            context = build()
            context.update(request=request, csrf=_CSRF_SLOT, read_only=source.read_only, version=__version__)
            html = templates.get_template(name).render(context)
            if not context.get("uncacheable"):
                pages.put(key, html)
        return HTMLResponse(html.replace(_CSRF_SLOT, csrf_token(request)))

    page.templates = templates  # type: ignore[attr-defined]
    page.cached = cached_page  # type: ignore[attr-defined]

    def error_page(request: Request, status: int, title: str, detail: str) -> HTMLResponse:
        return page(request, "error.html", status=status, title=title, detail=detail)

    problems.install(app, error_page)
    app.mount("/static", StaticFiles(directory=str(_HERE / "static")), name="static")

    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        token = getattr(request.state, "csrf", None)
        if token and request.cookies.get(CSRF_COOKIE) != token:
            response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict", path="/")
        return response

    app.include_router(_api(source))
    app.include_router(_pages(source, page))
    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(HeadAsGet)  # outermost: HEAD is answered by every GET route
    return app


class HeadAsGet:
    """ASGI middleware: a HEAD request runs as GET and is answered with the GET's status and
    headers (Content-Length included) and no body (RFC 9110 9.3.2). FastAPI routes declared
    with ``get`` answered HEAD with 405 (trial #26: ``curl -I /``)."""

    def __init__(self, app: Any):
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def headers_only(message: Any) -> None:
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _templates(source: StorySource) -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(_HERE / "templates"))
    env = templates.env
    env.autoescape = True
    env.filters["safe_url"] = safe_url
    env.filters["pct"] = lambda x: f"{100 * float(x):.0f}%"
    env.globals.update(coverage_bar=coverage_bar, timeline_chart=timeline_chart, comparison_view=comparison_view,
                       csrf_field=CSRF_FIELD, verdict_text=verdict_text, differs_label=differs_label)
    return templates


# ------------------------------------------------------------------ JSON API

def _api(source: StorySource) -> APIRouter:
    api = APIRouter(prefix="/api", tags=["api"])
    answers = _PageCache()

    @api.get("/health")
    def health() -> dict:
        return source.health()

    @api.get("/stories")
    def stories(limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0),
                language: str | None = None, outlet: str | None = None, q: str | None = None,
                since: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
                until: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$")) -> Response:
        """Stories, newest activity first (``storylens.stories/1`` plus ``total``, ``limit``, ``offset``)."""
        key = ("api-stories", source.fingerprint(), limit, offset, language, outlet, q, since, until)
        body = answers.get(key)
        if body is None:  # serialised once per store state and query, like the pages
            body = json.dumps(source.stories(limit=limit, offset=offset, language=language, outlet=outlet, q=q,
                                             since=since, until=until), ensure_ascii=False)
            answers.put(key, body)
        return Response(body, media_type="application/json")

    @api.get("/stories/{story_id}", responses={301: {"description": "the story was merged into another"}})
    def story(story_id: str, ledger: bool = True) -> Any:
        """One story (``storylens.story/1``): coverage, blindspots, timeline, claim ledger.

        A story merged into another answers 301 with the surviving id in ``Location``.
        """
        sid, replacement = source.resolve(story_id)
        if replacement:
            return RedirectResponse(f"/api/stories/{replacement}", status_code=301)
        return JSONResponse(source.story(sid, ledger=ledger))

    @api.get("/search")
    def search(q: str = Query(..., max_length=1000), limit: int = Query(20, ge=1, le=100),
               min_score: float | None = Query(None, ge=-1.0, le=1.0), all_versions: bool = Query(False)) -> dict:
        """Full-text and semantic search in any language (``storylens.search/1``; ``stories`` groups the hits).

        ``min_score``: semantic matches below this cosine are dropped (default ``settings.search_min_score``).
        ``all_versions``: every version of an updated article that matched, not only its newest.
        """
        return source.search(q, limit=limit, min_score=min_score, all_versions=all_versions)

    @api.post("/compare", dependencies=[Depends(check_json_post)])
    def compare(body: CompareRequest) -> Any:
        """Compare two or more articles (``storylens.comparison/1``)."""
        from ..report import comparison_to_dict

        raws, unread = [], []
        for i, d in enumerate(body.documents, start=1):
            try:
                raws.append(_raw_document(d, i))
            except InputError as exc:  # as the CLI: skip it (listed in "failures"), compare the rest
                unread.append(exc)
        result = source.compare(lambda c: c.compare(raws, unread=unread, align_anyway=body.align_anyway))
        return JSONResponse(comparison_to_dict(result))

    @api.post("/stories/{story_id}/merge", dependencies=[Depends(check_json_post)])
    def merge(story_id: str, body: MergeRequest) -> dict:
        """Merge this story and ``with``; answers the surviving story id (the older of the two)."""
        return {"story": source.merge(story_id, body.other)}

    @api.post("/stories/{story_id}/split", dependencies=[Depends(check_json_post)])
    def split(story_id: str, body: SplitRequest) -> dict:
        """Move ``articles`` out of this story into a new one; answers the new story id."""
        return {"story": source.split(story_id, body.articles)}

    @api.post("/articles/{article_id}/move", dependencies=[Depends(check_json_post)])
    def move(article_id: str, body: MoveRequest) -> dict:
        """Move one article to story ``to``; answers the target story id."""
        return {"story": source.move(article_id, body.to)}

    return api


def _raw_document(d: CompareDocument, i: int) -> Any:
    from ..ingest import read_bytes, read_string
    from ..ingest.dates import stated_date

    source = d.title or d.url or f"document {i}"
    if d.text is not None:
        raw = read_string(d.text, source)  # a whole page sent as "text" is read as "html" is
    else:  # CompareDocument's validator guarantees exactly one of text and html
        raw = read_bytes((d.html or "").encode("utf-8"), source, is_html=True)
    published, warning = stated_date(d.published)  # as ingest reads a JSONL date
    warnings = [*(raw.metadata.get("warnings") or ()), warning] if warning else []
    return with_metadata(raw, title=d.title, outlet=d.outlet, published=published, language=d.language, url=d.url,
                         warnings=warnings)


# ------------------------------------------------------------------ pages

def _pages(source: StorySource, page: Any) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/", response_class=HTMLResponse)
    def index(request: Request, q: str = "", language: str = "", outlet: str = "",
              since: str = Query("", pattern=r"^(\d{4}-\d{2}-\d{2})?$"),
              until: str = Query("", pattern=r"^(\d{4}-\d{2}-\d{2})?$"),
              offset: int = Query(0, ge=0), limit: int = Query(PAGE_SIZE, ge=1, le=200)) -> HTMLResponse:
        filters = {"q": q, "language": language, "outlet": outlet, "since": since, "until": until}

        def build() -> dict:
            result = source.stories(limit=limit, offset=offset, language=language or None, outlet=outlet or None,
                                    q=q or None, since=since or None, until=until or None)
            for s in result["stories"]:  # the story's coverage, as its page and the CLI count it (trial 13)
                counted = s["coverage"] or {}  # None: the story went between listing and counting
                s["language_counts"] = counted.get("languages", {})
                s["outlet_counts"] = counted.get("outlets", {})
            return {"result": result, "filters": filters, "facets": source.facets(), "page_size": limit,
                    "title": "Stories"}

        key = ("stories", source.fingerprint(), tuple(filters.values()), offset, limit)
        return page.cached(request, key, "stories.html", build)

    @router.get("/stories/{story_id}", response_class=HTMLResponse)
    def story(request: Request, story_id: str, docs: list[str] = Query([])) -> Response:  # noqa: B008 - FastAPI parameter declaration
        sid, replacement = source.resolve(story_id)
        if replacement:
            return RedirectResponse(f"/stories/{replacement}", status_code=301)
        done = request.query_params.get("done", "")

        def build() -> dict:
            payload = source.story(sid)
            others = [s for s in source.stories(limit=500)["stories"] if s["id"] != sid]
            return {"story": payload, "ledger_html": ledger_fragment(sid, payload, docs), "others": others, "done": done,
                    "title": payload["title"] or sid, "uncacheable": bool(payload.get("claims_error"))}

        # The page is a function of the store's state (its fingerprint) and the query; the ledger is a
        # function of the story's articles. A failed ledger is not kept: the next view tries again.
        key = ("story", sid, source.fingerprint(), tuple(docs), done)
        return page.cached(request, key, "story.html", build)

    fragments: OrderedDict[tuple, Any] = OrderedDict()
    fragments_lock = threading.Lock()

    def ledger_fragment(sid: str, payload: dict, docs: list[str]) -> Any:
        """The story's ledger section as HTML, rendered once per ledger version and column choice.

        It holds no per-user data (no CSRF token), and the ledger key changes whenever
        the story's articles do, so a cached fragment is never stale.
        """
        if not payload["claims"]:
            return None
        key = (sid, payload["ledger"].get("key"), tuple(docs))
        with fragments_lock:
            html = fragments.get(key)
        if html is None:
            macro = page.templates.env.get_template("_ledger.html").module.ledger
            html = macro(comparison_view(payload["claims"], docs, align_hint=STORY_ALIGN_HINT), f"/stories/{sid}")
            with fragments_lock:
                fragments[key] = html
                while len(fragments) > 256:
                    fragments.popitem(last=False)
        return html

    @router.post("/stories/{story_id}/merge", response_class=HTMLResponse)
    def merge(request: Request, story_id: str, into: str = Form(...), confirm: str = Form(""),
              csrf_token_: str = Form("", alias=CSRF_FIELD)) -> Response:
        check_form_csrf(request, csrf_token_)
        if not confirm:
            return page(request, "confirm.html", action=f"/stories/{story_id}/merge", title="Confirm merge",
                        fields={"into": into}, question=f"Merge story {story_id} and story {into}?",
                        detail="Their articles become one story; the older id survives. The correction is logged "
                               "and re-applied when the stream is re-clustered.", back=f"/stories/{story_id}")
        return RedirectResponse(f"/stories/{source.merge(story_id, into)}?done=merged", status_code=303)

    @router.post("/stories/{story_id}/split", response_class=HTMLResponse)
    def split(request: Request, story_id: str, articles: list[str] = Form(default=[]),  # noqa: B008 - FastAPI parameter declaration
              confirm: str = Form(""),
              csrf_token_: str = Form("", alias=CSRF_FIELD)) -> Response:
        check_form_csrf(request, csrf_token_)
        if not articles:
            raise InputError("tick one or more articles to split them into a new story", record=story_id)
        if not confirm:
            return page(request, "confirm.html", action=f"/stories/{story_id}/split", title="Confirm split",
                        fields={"articles": articles}, question=f"Split {len(articles)} article(s) out of {story_id}?",
                        detail="They become a new story of their own.", back=f"/stories/{story_id}")
        return RedirectResponse(f"/stories/{source.split(story_id, articles)}?done=split", status_code=303)

    @router.post("/articles/move", response_class=HTMLResponse)
    def move(request: Request, article: str = Form(...), to: str = Form(...), confirm: str = Form(""),
             back: str = Form(""), csrf_token_: str = Form("", alias=CSRF_FIELD)) -> Response:
        check_form_csrf(request, csrf_token_)
        article_id = article
        if not confirm:
            return page(request, "confirm.html", action="/articles/move", title="Confirm move",
                        fields={"article": article, "to": to, "back": back},
                        question=f"Move article {article_id} to story {to}?",
                        detail="It leaves its current story.", back=f"/stories/{back}" if back else "/")
        return RedirectResponse(f"/stories/{source.move(article_id, to)}?done=moved", status_code=303)

    @router.get("/compare", response_class=HTMLResponse)
    def compare_form(request: Request) -> HTMLResponse:
        return page(request, "compare.html", title="Compare articles", view=None, texts=["", ""], max_docs=MAX_COMPARE_DOCS)

    @router.post("/compare", response_class=HTMLResponse)
    async def compare(request: Request) -> HTMLResponse:
        form = await request.form()
        check_form_csrf(request, str(form.get(CSRF_FIELD) or ""))
        texts = [str(v) for k, v in form.multi_items() if k == "text"]
        raws: list[Any] = []
        unread: list[InputError] = []
        for i, t in enumerate(texts, start=1):
            if t.strip():
                try:
                    raws.append(_raw_text(t, i))
                except InputError as exc:  # as the CLI: skip it (shown on the page), compare the rest
                    unread.append(exc)
        for upload in form.getlist("files"):
            if getattr(upload, "filename", None):
                try:
                    raws.append(await _raw_upload(upload))
                except InputError as exc:
                    unread.append(exc)
        given = len(raws) + len(unread)
        if given > MAX_COMPARE_DOCS:
            raise InputError(f"{given} articles given; compare at most {MAX_COMPARE_DOCS} at once")
        if given < 2:
            raise NotEnoughDocumentsError("paste or upload at least two articles to compare")
        from starlette.concurrency import run_in_threadpool

        from ..report import comparison_to_dict

        anyway = str(form.get("align_anyway") or "") == "1"
        result = await run_in_threadpool(source.compare,
                                         lambda c: c.compare(raws, unread=unread, align_anyway=anyway))
        view = comparison_view(comparison_to_dict(result), align_hint=COMPARE_ALIGN_HINT)
        return page(request, "compare.html", title="Comparison", view=view, texts=texts or ["", ""],
                    align_anyway=anyway,
                    max_docs=MAX_COMPARE_DOCS)

    @router.get("/search", response_class=HTMLResponse)
    def search(request: Request, q: str = Query("", max_length=1000)) -> HTMLResponse:
        result = source.search(q, limit=30) if q.strip() else None
        return page(request, "search.html", q=q, result=result, title=f"Search: {q}" if q else "Search")

    @router.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return Response(status_code=204)

    return router


_CSRF_SLOT = "\x00csrf\x00"  # stands for the user's token in a cached page; cannot occur in escaped text


class _PageCache:
    """A bounded LRU of rendered pages (thread-safe)."""

    def __init__(self, size: int = 256):
        self.size = size
        self._pages: OrderedDict[tuple, str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple) -> str | None:
        with self._lock:
            html = self._pages.get(key)
            if html is not None:
                self._pages.move_to_end(key)
            return html

    def put(self, key: tuple, html: str) -> None:
        with self._lock:
            self._pages[key] = html
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)


def _raw_text(text: str, i: int) -> Any:
    from ..ingest import read_bytes, read_text

    source = f"pasted text {i}"
    if text.lstrip()[:1] == "<" and "</" in text:  # pasted HTML: extract the article
        return read_bytes(text.encode("utf-8"), source, is_html=True)
    return read_text(text, source)


async def _raw_upload(upload: Any) -> Any:
    from ..ingest import read_bytes

    name = upload.filename or "upload"
    data = await upload.read()
    is_html = name.lower().endswith((".html", ".htm", ".xhtml")) or None
    return read_bytes(data, name, is_html=is_html)
