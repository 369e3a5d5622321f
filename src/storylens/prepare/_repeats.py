"""A text that holds its article twice: the copy's sentences read once.

A pasted blob often holds one article two times over (copied twice, or a cut copy and then the whole one, or the
whole one and then a cut copy). Compare read each sentence twice: every claim of the article unique or shared twice,
and its evidence doubled (robust70 finding 5: the CNN seed given twice had 44 unique claims for its 32, and 21
evidence sentences twice). A run of at least ``settings.repeated_copy_min_sentences`` sentences that repeats earlier
sentences in their order, and together at least ``settings.repeated_copy_min_share`` of the text's characters, is the
copy: it is left out, with the line between the copies that repeats a line the text's
header removed (its title, a 'date ... By ...' header) and a sentence the file's cut left half (a prefix of the
sentence at its place in the other copy). What only one copy holds is kept where it stands, so the fuller copy's
sentences are all read, each once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

__all__ = ["REPEATED_TEXT", "drop_repeated_copy"]

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
    first: dict[str, int] = {}
    drop: set[int] = set()
    runs: list[tuple[int, int, int]] = []  # (first sentence repeated, the copy's first sentence, length)
    k = 0
    while k < len(norm):
        i = first.get(norm[k])
        if i is not None:
            length = 0
            while k + length < len(norm) and i + length < k and norm[k + length] == norm[i + length]:
                length += 1
            if length >= min_run:
                runs.append((i, k, length))
                drop.update(range(k, k + length))
                # between the copied sentences and the copy: its header's line, the first copy's half sentence
                for b in range(i + length, k):
                    twin = k + (b - i)
                    if norm[b] in lines or (twin < len(norm) and len(norm[b]) >= _MIN_PREFIX
                                            and norm[twin] != norm[b] and norm[twin].startswith(norm[b])):
                        drop.add(b)
                end = k + length  # a copy cut inside a sentence ends with its half
                if (end < len(norm) and len(norm[end]) >= _MIN_PREFIX and norm[i + length] != norm[end]
                        and norm[i + length].startswith(norm[end])):
                    drop.add(end)
                    end += 1
                k = end
                continue
        first.setdefault(norm[k], k)
        k += 1
    copied_chars = sum(len(norm[n]) for _, k, length in runs for n in range(k, k + length))
    if not runs or copied_chars < DEFAULT.repeated_copy_min_share * sum(map(len, norm)):
        return body, None  # a few lines a page repeats (share buttons, photo credits, '-'): no copy of the article
    parts, at = [], 0
    for n, span in enumerate(spans):
        if n in drop:
            parts.append(body[at:span.start])
            at = spans[n + 1].start if n + 1 < len(spans) and n + 1 not in drop else span.end
    parts.append(body[at:])
    copied = sum(length for _, _, length in runs)
    i, k, length = runs[0]
    where = (f"from sentence {k + 1} on repeat sentences {i + 1} to {i + length} in order" if len(runs) == 1
             else f"in {len(runs)} runs repeat earlier ones in order")
    note = (f"{REPEATED_TEXT}{copied} sentences {where} (the article given twice?): read once, with what only one "
            "copy holds; remove the copy from the file")
    return "".join(parts), note
