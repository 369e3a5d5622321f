"""The analysis tests' shared fixtures."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def extractor():
    """One entity extractor with the English spaCy pipeline for the test process: eight modules each
    built their own (a spaCy load each, ~0.5-1 CPU-s, on each worker that ran one of their tests). It holds
    no state but the loaded pipeline and the alias tables, so sharing it changes no answer."""
    from storylens.analysis.entities import EntityExtractor

    return EntityExtractor()
