"""The text every entry point scores (:func:`prepare_text`): glued stories, furniture, too little text."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from ..text.segment import quick_sentences


def word_count(text: str) -> int:
    """Words of a text as the shingles count them (a CJK, kana, hangul or Thai character is one)."""
    from .shingles import _tokens

    return len(_tokens(text))


def too_little_text(text1: str, text2: str, min_words: int | None = None) -> str | None:
    """Why a pair is too short to judge (``settings.similarity_min_words`` words in each), or None.

    Two one-word texts scored "same story 0.73": the model has seen no such texts
    (99.7 % of SemEval dev texts have 20 words or more), so it has no verdict to give.
    """
    return _too_little((word_count(text1), word_count(text2)), min_words)


def _too_little(counts: tuple[int, int], min_words: int | None = None) -> str | None:
    if min_words is None:
        from ..settings import DEFAULT

        min_words = DEFAULT.similarity_min_words
    if min(counts) >= min_words:
        return None
    return (f"not enough text to judge: the texts have {counts[0]} and {counts[1]} words; "
            f"at least {min_words} words in each are needed")


def cannot_judge(text1: str, text2: str, memo: dict[str, tuple[str | None, int]] | None = None,
                 story_parts: AbstractSet[str] = frozenset()) -> str | None:
    """Why a pair gets no verdict, or None: too little text (:func:`too_little_text`), or a text that is
    data rather than article prose (a JSON document: its keys read as names and numbers, and
    a JSON body fetched as an "article" scored "same story 0.53" against a fire report).
    ``memo``: a dict kept over the pairs of one batch (text -> its kind and word count), so a text
    in many pairs (all pairs of N documents) is read once. ``story_parts``: prepared texts that are a
    headline over a junk body or over a body about something else (:attr:`PreparedText.story_part`;
    prepare.story_part), judged from ``settings.similarity_min_words_story_part`` words."""
    from ..ingest.files import not_article_text

    memo = {} if memo is None else memo
    facts = [memo[t] if t in memo else memo.setdefault(t, (not_article_text(t), word_count(t))) for t in (text1, text2)]
    for k, (kind, _) in enumerate(facts, 1):
        if kind:  # said first: more text would not help
            return f"no verdict: text {k} is {kind.split(';')[0].removeprefix('a ').removeprefix('an ')}"
    counts = (facts[0][1], facts[1][1])
    if story_parts and (text1 in story_parts or text2 in story_parts):
        from ..settings import DEFAULT

        for text, n in zip((text1, text2), counts):  # each text against its own least
            least = DEFAULT.similarity_min_words_story_part if text in story_parts else DEFAULT.similarity_min_words
            if n < least:
                return _too_little(counts, least)
        return None
    return _too_little(counts)


def document_text(doc: Any) -> str:
    """The text of a prepared ``Document`` as the similarity model reads it: title line + cleaned body."""
    return _with_title(doc.title, doc.text or " ".join(s.text for s in doc.sentences))


def _with_title(title: str | None, body: str) -> str:
    title = (title or "").strip()
    return f"{title}\n{body}" if title and not body.lstrip().startswith(title) else body


@dataclass(frozen=True)
class PreparedText:
    """An article text as every similarity entry point scores it."""

    text: str  # title line (when known) + body without boilerplate
    published: str | None = None  # ISO date from a dateline header, if the text had one
    dateline: str = ""  # the dateline header removed ("PRAGUE (Reuters) -"): where the report is from
    # The body was page furniture (a wall, a banner, a disclaimer: :func:`storylens.prepare.story_part`), or
    # real text about something else (a forum post, a verse: prepare._topic): ``text`` is the headline and
    # what was left (the headline alone for the latter), judged from ``settings.similarity_min_words_story_part`` words.
    story_part: bool = False
    # The body was real text that repeats none of the headline's words (:func:`storylens.prepare._topic.off_topic_part`):
    # the whole text (headline and body), "" otherwise. Such a body is another page's (a forum post, adverts) or
    # the story told in other words than the headline's ("Respiro para la Casa Rosada" over an IMF loan report),
    # so a pair judge reads both and the better reading counts (:func:`score_pairs`, :class:`ArticleSides`).
    whole: str = ""
    # Fewer than 2 of the headline line's content words return in the body, though the rule did not fire
    # (:func:`storylens.prepare._topic.loose_headline`): a text judged from its headline is not read whole
    # against this one (its body may be the same other page).
    loose_headline: bool = False
    # The headline ran on into the body with no line break (:func:`glued_parts`, a word test the encoder confirmed):
    # a guess at where the headline ends, so a pair that the whole reading wins says nothing of it (glued58).
    glued: bool = False
    # The reading's warnings, each a line's words (ingest's decoding warnings, prepare.clean.drop_long_runs's
    # "long runs: ..."): said by `storylens similarity` as compare says them; read_prepared sets them
    warnings: tuple[str, ...] = ()


def prepare_text(text: str, title: str | None = None, *, cleaned: Any = None,
                 parts: Mapping[str, Any] | None = None) -> PreparedText:
    """Clean a raw article text the way ``storylens compare`` and the stream do (:func:`storylens.prepare.clean.clean_text`:
    dateline header, author box, social widgets, credits removed), with ``title`` as its first line.

    Idempotent: preparing a prepared text changes nothing, so :func:`score_pairs` can
    prepare whatever it is given. A text that is all boilerplate is kept as it is. A story part's
    ``text`` (:attr:`PreparedText.story_part`) carries its flag, so preparing it again gives a story part
    again (review33b #8); a copy read back from storage as a plain ``str`` is judged as any short text.

    What a caller read of ``text`` already is not read again (the stream's ingest workers cleaned it and read
    its junk test: :class:`VerdictRules`): ``cleaned``, ``clean_text(text)``; ``parts``, text ->
    ``storylens.prepare._junk.junk_part(text)`` (None: no junk body; the story part's first test, the topic
    test is asked here), used for the text it names only.
    """
    from ..prepare import story_part
    from ..prepare._topic import loose_headline
    from ..prepare.clean import clean_text, cut_text, drop_long_runs, truncation_note
    from ..settings import DEFAULT

    if isinstance(text, _StoryPartText) and title is None:
        return PreparedText(text, None, "", True, getattr(text, "whole", ""))

    # overlong runs without spaces (a 1,500-character tracking URL, a pasted blob) are left out as compare and the
    # stream leave them out, so a text has one reading through every entry point (robust69b M3, issue #11)
    text = drop_long_runs(text)[0]
    # a long text is read as compare and the stream read it: its first 2 x settings.compare_max_chars characters
    # cleaned, the body cut at compare_max_chars (newuser78 H2: the near-duplicate rules cleaned a stored 6 MB
    # text whole, and ingest never finished), with the warning line compare gives
    limit, read = DEFAULT.compare_max_chars, len(text)
    if cleaned is None and len(text) > 2 * limit:
        text = text[: 2 * limit]
    cleaned = cleaned if cleaned is not None else clean_text(text)
    body = cleaned.text if cleaned.text.strip() else text.strip()
    cut = cut_text(body, limit)
    notes = (truncation_note(read, len(cut), limit),) if len(cut) < len(body) or len(text) < read else ()
    body = cut
    published = cleaned.published
    datelines = [r.text for r in cleaned.removed if r.kind == "dateline"]
    kinds = {r.kind for r in cleaned.removed}
    # clean_text takes one header line; a syndicated copy can stack a second (its own
    # dateline under the reseller's), which a second pass would take. Clean to a fixed
    # point, so a text cleaned once (compare, the stream, read_article) and a raw text
    # reach the same body.
    for _ in range(3 if body != text else 0):  # a text cleaning left as it was is at its fixed point
        again = clean_text(body)
        if again.text == body or not again.text.strip():
            break
        body, published = again.text, published or again.published
        datelines += [r.text for r in again.removed if r.kind == "dateline"]
        kinds |= {r.kind for r in again.removed}
    text = _with_title(title or cleaned.title, body)
    # a headline over a body that is not the story: junk (a login wall, a consent banner), where the judge
    # reads the headline and the body's real sentences, not the wall, or real text about something else (a
    # forum post, a verse: prepare._topic), where it reads the headline alone (issue #11)
    part = story_part(text, junk=parts[text]) if parts and text in parts else story_part(text)
    if part is not None:
        whole = text if part.off_topic else ""
        return PreparedText(_StoryPartText.of(part.text, whole), published, " ".join(datelines), True, whole,
                            warnings=notes)
    # the cleaning took the whole body away as page furniture (a newsletter sign-up under the headline):
    # the headline line left is a story part too
    if kinds & _FURNITURE_KINDS and "\n" not in text.strip() and word_count(text) < _min_words():
        return PreparedText(_StoryPartText(text), published, " ".join(datelines), True, warnings=notes)
    return PreparedText(text, published, " ".join(datelines), False, "", loose_headline(text), warnings=notes)


# The stored form of a PreparedText (encode_prepared): its format's tag first, so a later form can tell it apart, and
# the preparation's version (storylens.prepare.PREPARATION_VERSION) after it, so a reading made by other cleaning
# rules is not read back (break60s L2).
_READING_FORM = "p2"
# A prepared text is kept as pieces of the text it was read from when cleaning only cut pieces out of it (a dateline
# header, a correction line): [start, end) offsets into the stored text under its headline, with a few literal
# strings between. It is kept whole when that is not shorter, or when more than this share of it is not in the text.
_MAX_LITERAL_SHARE = 0.25
_ANCHOR = 24  # characters of the prepared text looked up in the stored text to start a piece


def _reading_tag() -> str:
    from ..prepare import PREPARATION_VERSION

    return f"{_READING_FORM}/{PREPARATION_VERSION}"


def _common_run(a: str, i: int, b: str, j: int) -> int:
    """How many characters ``a[i:]`` and ``b[j:]`` share from their starts (long runs by blocks)."""
    n, step = 0, 256
    while step:
        while a[i + n:i + n + step] == b[j + n:j + n + step] and i + n + step <= len(a) and j + n + step <= len(b):
            n += step
        step //= 4
    return n


def _as_pieces(prepared: str, source: str) -> list[Any] | None:
    """``prepared`` as pieces of ``source``: [start, end] offsets and literal strings, in order; None when more than
    _MAX_LITERAL_SHARE of it is not found in ``source`` (the prepared text is then kept whole)."""
    pieces: list[Any] = []
    literal, budget, j, i = [], _MAX_LITERAL_SHARE * len(prepared), 0, 0
    while j < len(prepared):
        # the text goes on where the last piece ended (a headline line over the text: up to the cut after it), or
        # a piece of it further on starts here (the cut's end), or one from further up (a headline cleaning took)
        anchor = prepared[j:j + _ANCHOR]
        s = i if _common_run(source, i, prepared, j) >= min(8, len(prepared) - j) else source.find(anchor, i)
        s = source.find(anchor) if s < 0 else s
        if s < 0:
            literal.append(prepared[j])
            j += 1
            if len(literal) > budget:
                return None
            continue
        n = _common_run(source, s, prepared, j)
        if literal:
            pieces.append("".join(literal))
            budget -= len(literal)
            literal = []
        pieces.append([s, s + n])
        i, j = s + n, j + n
    if literal:
        pieces.append("".join(literal))
    return pieces


def _kept(prepared: str, source: str) -> str | list[Any] | None:
    """How a reading keeps ``prepared``, read from ``source`` (the stored text under its headline): None when it is
    ``source``, its pieces (:func:`_as_pieces`) when they are shorter as JSON, else the text itself."""
    import json

    if prepared == source:
        return None
    pieces = _as_pieces(prepared, source)
    if pieces is not None and len(json.dumps(pieces, ensure_ascii=False)) < len(json.dumps(prepared, ensure_ascii=False)):
        return pieces
    return prepared


def _unkept(kept: Any, source: str) -> str:
    """:func:`_kept`'s inverse (TypeError or ValueError for a form it does not make)."""
    if kept is None:
        return source
    if isinstance(kept, str):
        return kept
    out = []
    for piece in kept:
        if isinstance(piece, str):
            out.append(piece)
            continue
        start, end = piece
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(source)):
            raise ValueError(f"piece {piece!r} outside a text of {len(source)} characters")
        out.append(source[start:end])
    return "".join(out)


def encode_prepared(prepared: PreparedText, text: str, title: str | None = None) -> str:
    """``prepared``, :func:`prepare_text`'s of ``text`` with ``title``, as a store keeps it beside ``text`` (the
    stream's stored verdict reading, :class:`storylens.stream._clusterer.VerdictApart`): JSON ``["p2/V", title,
    prepared text, published, dateline, story_part, whole, loose_headline, glued]``, V the preparation's version
    (:data:`storylens.prepare.PREPARATION_VERSION`). The prepared text (and the whole reading) is null when it is
    ``text`` under its headline as it was (cleaning left it as it is), a list of [start, end] offsets into that and
    literal strings when cleaning cut pieces out of it (a dateline header, a correction line), the text itself only
    when that is not longer. Bytes a reading: BASIL 300 + 299 SemEval dev texts (break60s' stream, 356 readings)
    1,351 -> 143 (the text kept whole 99 -> 0 times); all 300 texts of benchmarks/stream_scale.py's stream ~116.
    :func:`decode_prepared` of the same text and title gives back an equal PreparedText, its text a story part's
    again when it was one (:class:`_StoryPartText`)."""
    import json

    p, given = prepared, _with_title(title, text.strip())
    body = None if not p.story_part and p.text == given else _kept(str(p.text), given)
    whole = _kept(p.whole, given) if p.whole else p.whole  # a headline over another page's body
    return json.dumps([_reading_tag(), (title or "").strip(), body, p.published, p.dateline, p.story_part,
                       whole, p.loose_headline, p.glued], ensure_ascii=False, separators=(",", ":"))


def decode_prepared(stored: str, text: str, title: str | None = None) -> PreparedText | None:
    """:func:`encode_prepared`'s reading of ``text`` as the PreparedText it was, when it was read with ``title`` (a
    stored article's title can change after, with a metadata update: its text is then read again) by this version of
    the preparation; None also for a form this code does not know, another preparation's version, or a reading
    that is not one (not JSON, offsets outside the text): the text is then prepared again."""
    import json

    try:
        row = json.loads(stored)
    except ValueError:  # not JSON (a damaged row, a later form)
        return None
    if not isinstance(row, list) or len(row) != 9 or row[0] != _reading_tag() or row[1] != (title or "").strip():
        return None
    _, _, body, published, dateline, story_part, whole, loose, glued = row
    given = _with_title(title, text.strip())
    try:
        text, whole = _unkept(body, given), _unkept(whole, given) if whole != "" else ""
    except (TypeError, ValueError):
        return None
    if not (published is None or isinstance(published, str)) or not isinstance(dateline, str):
        return None
    # a story part's text remembers it is one (and its whole text), as prepare_text gave it
    text = _StoryPartText.of(text, whole) if story_part else text
    return PreparedText(text, published, dateline, bool(story_part), whole, bool(loose), bool(glued))


def glued_parts(prepared: Sequence[PreparedText], embedder: Any) -> list[PreparedText]:
    """``prepared`` with each text whose headline runs on into a body about something else, with no line break
    (:func:`storylens.prepare._topic.glued_headline`, a word test), judged from that headline as a headline line over
    such a body is (:attr:`PreparedText.story_part`, read whole too: :attr:`PreparedText.whole`) when ``embedder``
    (the pair judge's sentence encoder) confirms it: the cosine between the headline and the first three sentences
    after it under ``settings.glued_headline_max_cosine``, and between the headline and each of the next _GLUED_WINDOWS
    windows of three sentences too (:func:`_glued_windows`). The words alone also flag reports whose opening says their
    headline in other words (an opinion piece, a feature); their openings are near their headline, another page's
    body is not. A feature that opens on an anecdote ("Wall Street ends at record high Janet Miller wakes at five,
    feeds her two dogs ...") is far from its headline for three sentences and comes back to it at its nut paragraph
    (games55: en, es and de features were set aside, lead cosines 0.04-0.09, windows after it 0.15-0.21); another
    page's body stays far throughout (the 12 dev texts set aside: lead under the cut, every window under it too, the
    highest 0.109) (issue #11: a forum question on notice periods under "Mindestens 16 Tote bei Kämpfen in
    mexikanischem Gefängnis" was "different stories" from a report of that riot). Only the judges that hold the
    encoder read this (:func:`score_pairs`, :class:`ArticleSides`); the encoder reads ~1 % of texts (24 of 2,502 dev
    texts have a candidate)."""
    from ..prepare._topic import glued_headline
    from ..settings import DEFAULT

    found = [(k, head) for k, p in enumerate(prepared)
             if p.text and not p.story_part and (head := glued_headline(p.text)) is not None]
    if not found:
        return list(prepared)
    # the body's lead and the windows of three sentences after it, up to _GLUED_WINDOWS of them: a feature's
    # anecdotal lead is far from its headline, its nut paragraph a few sentences on is not (games55)
    windows = [_glued_windows(prepared[k].text.strip()[len(head):].strip()) for k, head in found]
    vectors = np.asarray(embedder.embed([head for _, head in found] + [w for ws in windows for w in ws]),
                         dtype=np.float32)
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)
    out = list(prepared)
    at = len(found)
    for (k, head), a, ws in zip(found, vectors[:len(found)], windows):
        near = max(float(a @ b) for b in vectors[at:at + len(ws)])
        at += len(ws)
        if near < DEFAULT.glued_headline_max_cosine:
            whole = prepared[k].text
            out[k] = replace(prepared[k], text=_StoryPartText.of(head, whole), story_part=True, whole=whole,
                             loose_headline=False, glued=True)
    return out

# Characters of the body's opening that glued_parts reads against a glued headline (three sentences, as the lead
# the stream embeds is read; set by hand, not tuned).
_GLUED_LEAD_CHARS = 600

# How many windows of three sentences after the lead glued_parts also reads (sentences 4 to 15): set by hand so that a
# feature's nut paragraph is reached after an anecdote of up to a dozen sentences; not tuned.
_GLUED_WINDOWS = 4


def _glued_windows(body: str) -> list[str]:
    """The lead of ``body`` (its first three sentences, at most _GLUED_LEAD_CHARS characters) and up to
    _GLUED_WINDOWS windows of the next three sentences each, as :func:`glued_parts` reads them against a glued
    headline."""
    sentences = quick_sentences(body)
    return [" ".join(sentences[i:i + 3])[:_GLUED_LEAD_CHARS]
            for i in range(0, min(len(sentences), 3 * (_GLUED_WINDOWS + 1)), 3)] or [body[:_GLUED_LEAD_CHARS]]


class _StoryPartText(str):
    """The text of a story part (a headline over a junk body, or over a body about something else): a ``str``
    that remembers it is one, since the body that made it one is gone and a second :func:`prepare_text`
    could not see it again. ``whole``: the whole text when the body was about something else
    (:attr:`PreparedText.whole`), "" otherwise."""

    whole: str = ""

    @classmethod
    def of(cls, part: str, whole: str = "") -> _StoryPartText:
        text = cls(part)
        if whole:
            text.whole = whole
        return text

# What the cleaning removes as page furniture (prepare.clean, prepare._notices), not as the article's own
# header, dateline or credits.
_FURNITURE_KINDS = frozenset({"site_notice", "site_marker", "navigation", "advert"})


def _min_words() -> int:
    from ..settings import DEFAULT

    return DEFAULT.similarity_min_words
