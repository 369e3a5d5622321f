"""StoryLens: find news articles that report the same story and compare them claim by claim.

The public API is what ``__all__`` lists::

    import storylens
    result = storylens.compare(["cnn.txt", "faz.html"])
    print(storylens.render(result, "markdown"))

``storylens.compare`` is the function; the module of the same name is
reachable as ``storylens.compare_api`` for its other helpers.
"""

from __future__ import annotations

import logging
import sys

from . import errors, models
from .compare import Comparer, compare, compare_documents, load_documents, prepare_document
from .errors import StoryLensError
from .models import Comparison, Document
from .report import render

compare_api = sys.modules[__name__ + ".compare"]

__version__ = "0.1.0"
__all__ = [
    "Comparer",
    "Comparison",
    "Document",
    "StoryLensError",
    "compare",
    "compare_documents",
    "errors",
    "load_documents",
    "models",
    "prepare_document",
    "render",
    "__version__",
]

# The library never configures logging; applications do.
logging.getLogger(__name__).addHandler(logging.NullHandler())
