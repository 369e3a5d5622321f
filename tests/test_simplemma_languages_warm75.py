"""storylens._cache.simplemma_languages: simplemma's languages without importing simplemma (warm75)."""

from __future__ import annotations

import subprocess
import sys


def test_the_languages_are_simplemmas_own_list():
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES

    from storylens._cache import simplemma_languages

    assert simplemma_languages() == frozenset(SUPPORTED_LANGUAGES) and {"en", "de"} <= simplemma_languages()
    assert "ar" not in simplemma_languages()  # the language _banks must not ask simplemma about


def test_listing_them_imports_no_simplemma():
    code = ("import sys\nfrom storylens._cache import simplemma_languages\nassert simplemma_languages()\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'simplemma'))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
