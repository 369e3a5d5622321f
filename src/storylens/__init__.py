"""StoryLens: find news articles that report the same story and compare them claim by claim.

The public API is what ``__all__`` lists::

    import storylens
    result = storylens.compare(["cnn.txt", "faz.html"])
    print(storylens.render(result, "markdown"))

``storylens.compare`` is the function; its module, :mod:`storylens.report.compare`, is
also reachable as ``storylens.compare_api`` for its other helpers.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the names below are imported on first use (PEP 562): `storylens --help` stays fast
    from . import errors, models
    from .errors import StoryLensError
    from .models import Comparison, Document
    from .report import compare as compare_api  # noqa: F401 - lazily exported via __getattr__ (see _LAZY)
    from .report import render
    from .report.compare import Comparer, compare, compare_documents, load_documents, prepare_document

# name -> (module, attribute or None for the module itself). Importing the package
# imports nothing heavy: the comparison stack (numpy, ftfy, encoders) loads on first use.
_LAZY = {
    "Comparer": ("report.compare", "Comparer"),
    "compare": ("report.compare", "compare"),
    "compare_documents": ("report.compare", "compare_documents"),
    "load_documents": ("report.compare", "load_documents"),
    "prepare_document": ("report.compare", "prepare_document"),
    "compare_api": ("report.compare", None),
    "errors": ("errors", None),
    "models": ("models", None),
    "StoryLensError": ("errors", "StoryLensError"),
    "Comparison": ("models", "Comparison"),
    "Document": ("models", "Document"),
    "render": ("report", "render"),
}


# The subpackages the README's Python tour reaches from a bare `import storylens` (storylens.stream.ingest_paths,
# storylens.store.open_store, ...): imported on first use too (trial break61u L8: AttributeError unless an earlier
# import had loaded them).
_SUBPACKAGES = frozenset({"analysis", "cluster", "ingest", "report", "similarity", "store", "stream"})


def __getattr__(name: str) -> Any:
    if name in _SUBPACKAGES:
        return importlib.import_module(f".{name}", __name__)
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    module = importlib.import_module(f".{module_name}", __name__)
    value = module if attr is None else getattr(module, attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | _SUBPACKAGES)


__version__ = "0.1.0"
__all__ = [
    "Comparer",
    "Comparison",
    "Document",
    "StoryLensError",
    "__version__",
    "compare",
    "compare_documents",
    "errors",
    "load_documents",
    "models",
    "prepare_document",
    "render",
]

# The library never configures logging; applications do.
logging.getLogger(__name__).addHandler(logging.NullHandler())
