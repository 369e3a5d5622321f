"""A lemma cache that records which lexicon each question goes to (tests of "a comparison asks only its own
languages' lexicons": trial newuser61 M3)."""

from __future__ import annotations

from storylens import _cache


class LemmaSpy(_cache._Lemmas):
    """Answers as the real lemma cache; ``asked``: every (language, word) in order, ``languages``: their languages."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[tuple[str, str]] = []
        self.languages: set[str] = set()

    def lemma(self, word: str, lang: str) -> str:
        code = lang.split(":")[0]
        self.asked.append((code, word))
        self.languages.add(code)
        return super().lemma(word, lang)
