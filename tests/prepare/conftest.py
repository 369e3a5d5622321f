"""Fixtures of the prepare tests."""

from __future__ import annotations

import dateparser
import pytest

from storylens.prepare import clean


@pytest.fixture
def dateparser_calls(monkeypatch) -> list[tuple[str, object]]:
    """Each (text, languages) ``dateparser.parse`` is asked while the test runs, from an empty cache of the answers
    prepare.clean keeps per process (suite80: a spy sees every call only then)."""
    calls: list[tuple[str, object]] = []
    real = dateparser.parse

    def parse(text, *args, **kwargs):
        calls.append((text, kwargs.get("languages")))
        return real(text, *args, **kwargs)

    monkeypatch.setattr(dateparser, "parse", parse)
    clean._dateparser_date.cache_clear()
    return calls
