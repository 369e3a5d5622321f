"""A headline over a body that is not the story: what is left to judge.

Scraped pages often hold the right headline over the wrong body: a login or registration wall, a
paywall's "free access" notice, a consent banner, a site's disclaimer or affiliate notice, a line of
menu links ("| .pl | news from Poland and the world", "OK | Zur Datenschutzerklärung"). The
cleaning (:mod:`storylens.prepare.clean`, :mod:`storylens.prepare._notices`) removes furniture
beside an article; here the furniture *is* the body, and a similarity judge reading it compares a
wall with an article (issue #11: about 15 of the 41 gold same-story dev pairs the refine left apart
were such pages). :func:`story_part` says whether a text's body is junk and keeps its headline and
the body's real sentences, the part of the page that is the story.

A piece of the body (a line, or a sentence of a line) is junk when it

- holds a junk word of any language (``text/data/<xx>.json`` "junk_body" words of every language,
  joined by :func:`storylens.text.junk_words`: the furniture is often in another language than the
  article), or
- is a line of furniture: a few words and no sentence end ("Log In Sign Up", "Google", "×", "OK"),
  or a short piece with a web address, an e-mail address, a template slot ("{{subject}}") or a
  copyright sign.

The body is junk when junk pieces hold most of its characters and what is left is short (a real
article with one sentence about a registration is not). Language-neutral signals and data words
only: no language is named here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..text import junk_words

# A line piece ends a sentence with one of these (any script's full stop, question, exclamation,
# a closing quotation after one).
_SENTENCE_END = re.compile(r"[.!?…。！？؟।][\"'”’»」』)\]]*\s*$")
_SPLIT = re.compile(r"(?<=[.!?…。！？؟])[\"'”’»」』)\]]*\s+|(?<=[。！？])")
_WORD = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_UNSPACED = re.compile(r"[\u0600-\u06ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Language-neutral furniture: a web or e-mail address, a template's unfilled slot, a copyright sign.
# Only in a short piece: a report names a press office's address or its source's site ("(www.aktiencheck.de)",
# "Questions can be sent to press@… , the utility added").
_NEUTRAL_WORDS = 8
_NEUTRAL = re.compile(r"https?://|www\.\w|\b[\w.+-]+@[\w-]+\.\w{2,}\b|\{\{[^{}]*\}\}|©|\(c\)\s*\d{4}", re.IGNORECASE)


@dataclass(frozen=True)
class StoryPart:
    """A text's headline and the real part of its body, when the body is junk.

    ``text``: the headline line, then the body's pieces that are not junk (each on its own line);
    ``junk_share``: the junk pieces' share of the body's characters, 0..1 (0 for a body about
    something else); ``reason``: for the reader; ``off_topic``: the body is real text about something
    else (:func:`storylens.prepare._topic.off_topic_part`), not page furniture. Such a body may still be
    the story told in other words than its headline's, so a pair judge also reads the whole text
    (:func:`storylens.similarity.score_pairs`).
    """

    text: str
    junk_share: float
    reason: str
    off_topic: bool = False


@lru_cache(maxsize=1)
def _junk_pattern() -> re.Pattern[str]:
    def stems(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\*", r"[\w-]*").replace(r"\ ", r"\s+")
                        for w in sorted(words, key=len, reverse=True))

    words = junk_words()
    # a word of a spaced script stands alone ("login", not "blogin"); a Han, kana, Hangul or Arabic
    # phrase is found inside a run of its script (no spaces between Chinese words, Arabic proclitics)
    unspaced = [w for w in words if _UNSPACED.search(w)]
    spaced = [w for w in words if not _UNSPACED.search(w)]
    # an empty list's alternative would match the empty string, so every piece would be junk (review33a #9)
    branches = ([rf"(?<![^\W\d_])(?:{stems(spaced)})(?![^\W\d_])"] if spaced else []) + (
        [stems(unspaced)] if unspaced else [])
    return re.compile("|".join(branches) or r"(?!)", re.IGNORECASE)


def _words(text: str) -> int:
    """Words of a piece: letter runs, a CJK character half a word (a Chinese word is ~2 characters)."""
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + (cjk + 1) // 2


def _iter_pieces(body: str) -> Iterator[str]:
    """The body's lines, each cut into sentences, empty pieces dropped, one at a time (a line is split only
    when reached)."""
    for line in body.split("\n"):
        for s in _SPLIT.split(line):
            if s.strip():
                yield s.strip()


def is_junk_piece(piece: str, furniture_words: int) -> bool:
    """Whether one line or sentence of a body is page furniture: a junk word of any language, a web or
    e-mail address, a template slot or a copyright sign; or a few words (``furniture_words`` or fewer)
    without a sentence's end."""
    return _judged(piece, furniture_words)[0]


def _judged(piece: str, furniture_words: int) -> tuple[bool, int]:
    """(:func:`is_junk_piece`, the piece's words): the words counted once for both (story_part sums a
    real piece's words; it counted them twice)."""
    words = _words(piece)
    if _junk_pattern().search(piece) or (words <= _NEUTRAL_WORDS and _NEUTRAL.search(piece)):
        return True, words
    return words <= furniture_words and not _SENTENCE_END.search(piece), words


def _headline(text: str, max_chars: int) -> tuple[str, str] | None:
    """(headline, body): the first line when the text has lines, else its first sentence; None when the
    first line is no headline (too long: the text opens with its body)."""
    stripped = text.strip()
    head, sep, body = stripped.partition("\n")
    if not sep:
        parts = _SPLIT.split(stripped, maxsplit=1)
        if len(parts) < 2:
            return None
        head, body = parts
    head = head.strip()
    if not head or len(head) > max_chars:
        return None
    return head, body


_UNREAD: Any = object()


def story_part(text: str, *, junk: Any = _UNREAD) -> StoryPart | None:
    """The headline and real sentences of ``text`` when its body is junk (a wall, a banner, a
    disclaimer, menu links), the headline alone when its body is real text about something else
    (:func:`storylens.prepare._topic.off_topic_part`: a forum post, a verse), else None.

    Junk: the junk pieces (:func:`is_junk_piece`) hold at least ``settings.junk_body_share`` of the
    body's characters and the other pieces at most ``settings.junk_body_real_words`` words. A text
    without a headline line (its first line longer than ``settings.junk_headline_chars``), or with
    no body, is left alone.
    """
    from ._topic import off_topic_part

    part = junk_part(text) if junk is _UNREAD else junk  # ``junk``: the caller's junk_part(text), when read
    if part is not None:
        return part
    # real text, but maybe another page's: a forum post or a verse under the story's headline
    headline = off_topic_part(text)
    if headline is None:
        return None
    return StoryPart(headline, 0.0, "the body is about something else (none of the headline's words return in it); "
                                    "judged from the headline", off_topic=True)


def junk_part(text: str) -> StoryPart | None:
    """The headline and real sentences of ``text`` when its body is junk (:func:`story_part`'s first test), else
    None: what a caller that asks only whether a page is a wall reads (the stream's keys, its near-duplicate link)."""
    from ..settings import DEFAULT

    split = _headline(text, DEFAULT.junk_headline_chars)
    if split is None:
        return None
    head, body = split
    real: list[str] = []
    real_words = junk_chars = total = 0
    for piece in _iter_pieces(body):  # one at a time: most bodies are ruled out after a few
        total += len(piece)
        junk, words = _judged(piece, DEFAULT.junk_furniture_words)
        if junk:
            junk_chars += len(piece)
            continue
        real.append(piece)
        real_words += words
        # too much real text already: the body is an article (most bodies end here after a few
        # sentences, so the stream can ask this of every article: 0.75 -> 0.1 CPU-ms a dev text)
        if real_words > DEFAULT.junk_body_real_words:
            return None
    if not total:
        return None
    share = junk_chars / total
    if share < DEFAULT.junk_body_share:
        return None
    kept = "\n".join([head, *real])
    return StoryPart(kept, round(share, 3),
                     f"the body is page furniture ({int(share * 100)} % of it: a wall, banner, notice or links); "
                     "judged from the headline and what is left")
