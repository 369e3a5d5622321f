"""StoryLens in the browser: server-rendered pages and a JSON API over the store.

``storylens serve`` runs :func:`create_app` under uvicorn. Needs the ``web``
extra (``pip install 'storylens[web]'``); importing this package without it
raises :class:`~storylens.errors.ModelError` with that hint.

Modules: :mod:`.app` (routes, one :func:`create_app`), :mod:`.source` (the
store as the web sees it: the only module that knows how stories are queried),
:mod:`.problems` (errors to HTTP in one place), :mod:`.security` (CSRF, size
limits, safe links, headers), :mod:`.views` (dicts to template data).
"""

from __future__ import annotations

from ..errors import ModelError

try:
    import fastapi  # noqa: F401
    import jinja2  # noqa: F401
    import python_multipart  # noqa: F401
except ImportError as exc:  # pragma: no cover - depends on the install
    raise ModelError(f"the web app needs the 'web' extra ({exc.name} is missing); "
                     "install it with: pip install 'storylens[web]'") from exc

from .app import create_app
from .source import StorySource

__all__ = ["StorySource", "create_app"]
