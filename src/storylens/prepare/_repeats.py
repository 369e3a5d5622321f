"""A text that holds its article twice: the copy's sentences read once.

A pasted blob often holds one article two times over (copied twice, or a cut copy and then the whole one, or the
whole one and then a cut copy). Compare read each sentence twice: every claim of the article unique or shared twice,
and its evidence doubled (robust70 finding 5: the CNN seed given twice had 44 unique claims for its 32, and 21
evidence sentences twice). A run of at least ``settings.repeated_copy_min_sentences`` sentences that repeats the
text from its first sentence in order, at least ``settings.repeated_copy_min_share`` of the text's characters, and
either follows the first copy at once or runs to the end of the text, is the copy (:func:`_copy_run`): it is left out,
with the line between the copies that repeats a line the text's header removed (its title, a 'date ... By ...'
header) and a sentence the file's cut left half (a prefix of the sentence at its place in the other copy). What only
one copy holds is kept where it stands, so the fuller copy's sentences are all read, each once. Text repeated on
purpose (a refrain, a transcript's answer, a law's clause) does not repeat the opening that way (break70r).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["REPEATED_TEXT", "drop_repeated_copy", "opening_again"]

# How the warning on a text that repeats itself starts (stream.metadata: a note of the text itself)
REPEATED_TEXT = "repeated text: "
_MIN_PREFIX = 2  # characters of a cut sentence taken for a copy's half sentence (at the place of its whole one)


def _norm(text: str) -> str:
    return " ".join(text.split())


def drop_repeated_copy(body: str, spans: Sequence[Any], known: Iterable[str] = (),
                       min_run: int | None = None) -> tuple[str, str | None]:
    """``body`` without the sentences of a copy of its own text, and the warning that says so (None, and ``body``
    itself, when it holds none).

    ``spans``: the segmenter's sentences of ``body`` (``.text``, ``.start``, ``.end``: character offsets in it);
    ``known``: lines the cleaning removed or took as the title (a copy's header repeats them); ``min_run``: the
    fewest sentences in order that make a copy (default ``settings.repeated_copy_min_sentences``)."""
    from ..settings import DEFAULT

    if min_run is None:
        min_run = DEFAULT.repeated_copy_min_sentences
    norm = [_norm(s.text) for s in spans]
    if len(norm) < 2 * min_run or len(set(norm)) == len(norm):
        return body, None
    lines = {_norm(k) for k in known if k and k.strip()}
    run = _copy_run(norm, lines, min_run)
    if run is None:
        return body, None
    k, length, drop = run
    if sum(len(norm[n]) for n in range(k, k + length)) < DEFAULT.repeated_copy_min_share * sum(map(len, norm)):
        return body, None  # a few lines a page repeats (share buttons, photo credits, '-'): no copy of the article
    parts, at = [], 0
    for n, span in enumerate(spans):
        if n in drop:
            parts.append(body[at:span.start])
            at = spans[n + 1].start if n + 1 < len(spans) and n + 1 not in drop else span.end
    parts.append(body[at:])
    return "".join(parts), _note(norm, k, length, drop)


def _note(norm: Sequence[str], k: int, length: int, drop: set[int]) -> str:
    """The warning on a text whose copy (``_copy_run``'s run: from sentence ``k``, ``length`` sentences) is left out."""
    if length <= k:
        return (f"{REPEATED_TEXT}{length} sentences from sentence {k + 1} on repeat sentences 1 to {length} in order "
                "(the article given twice?): read once, with what only one copy holds; remove the copy from the file")
    # the opening's k sentences over again, and again: every copy left out, the first read
    more = -(-length // k)  # the last copy may be cut, or lack the header line the others end with
    rest = len(norm) - 1 - max(drop)  # sentences after the copies: a copy that differs from the first goes on
    # (robust78's tester: a body given 7 times, a number changed in copy 5, was said "every copy left out"
    # while copy 5 from its change on and copies 6-7 were read)
    done = ("every copy left out, the first read; remove the copies from the file" if rest <= 0 else
            f"those left out, the first copy read, and the {rest} sentences from the first that differs from "
            "it on read too; check the file")
    return (f"{REPEATED_TEXT}{length} sentences from sentence {k + 1} on repeat sentences 1 to {k} in order, "
            f"{more} more time{'s' if more > 1 else ''} (the article given {more + 1} times?): {done}")


def opening_again(body: str, spans: Sequence[Any]) -> bool:
    """Whether the first sentence of ``spans`` (the segmenter's sentences of the start of ``body``) comes again after
    it in ``body``, spacing folded: a copy of the text can start there (:func:`drop_repeated_copy`). A string
    search, for a caller that split only the lead of the text (the stream)."""
    if not spans:
        return False
    first = _norm(spans[0].text)
    return len(first) > 1 and first in _norm(body[spans[0].end:])


def _copy_run(norm: Sequence[str], lines: set[str], min_run: int) -> tuple[int, int, set[int]] | None:
    """The copy of the text's opening in ``norm`` (normalised sentences), as (its first sentence, its length, the
    sentences to leave out), or None. A copy repeats the text from its first sentence, at least ``min_run`` sentences
    in order, and either follows the first copy at once (only a header line or the first copy's half sentence
    between) or runs to the end of the text (a cut copy, maybe ending in a half sentence). One run, never several
    added up: a transcript's repeated answer, a song's chorus, a law's repeated clauses, a live blog's standing
    paragraph repeat text on purpose, and none of them is read as a copy (break70r: the first version, any run of 3
    repeated sentences adding up to a quarter of the text, cut them)."""
    if not norm:
        return None
    for k in range(1, len(norm)):
        if norm[k] != norm[0]:
            continue
        length = 0
        while k + length < len(norm) and length < k and norm[k + length] == norm[length]:
            length += 1
        if length < min_run:
            continue
        if length == k:  # a whole copy: the copies after it are the opening's sentences again, in order to the end
            # (newuser78 M6: of an article given three times the third was read with the first; six times over, a
            # copy was a sixth of the text, under repeated_copy_min_share, and none was said)
            while k + length < len(norm) and norm[k + length] == norm[length]:
                length += 1
            if length > k:
                drop = set(range(k, k + length))
                b = k - 1
                while b > 0 and norm[b] in lines:  # the header line each copy opens with, after the first copy
                    drop.add(b)
                    b -= 1
                if _half_at(norm, k + length, length):
                    drop.add(k + length)  # the last copy cut inside a sentence
                return k, length, drop
        drop = set(range(k, k + length))
        between = range(length, k)
        for b in between:  # the copy's header line, the first copy's half sentence (a prefix of its twin)
            twin = k + b
            if norm[b] in lines or (twin < len(norm) and len(norm[b]) >= _MIN_PREFIX and norm[twin] != norm[b]
                                    and norm[twin].startswith(norm[b])):
                drop.add(b)
        end = k + length  # a copy cut inside a sentence ends with its half
        if _half_at(norm, end, length):
            drop.add(end)
            end += 1
        if all(b in drop for b in between) or end == len(norm):
            return k, length, drop
    return None


def _half_at(norm: Sequence[str], end: int, twin: int) -> bool:
    """Whether sentence ``end`` is a cut half of sentence ``twin`` (a prefix of it, at least _MIN_PREFIX long)."""
    return (end < len(norm) and len(norm[end]) >= _MIN_PREFIX and norm[twin] != norm[end]
            and norm[twin].startswith(norm[end]))
