"""Full-text indexing of Chinese and Japanese: character bigrams.

Neither SQLite's ``unicode61`` tokenizer nor PostgreSQL's text search parser
segments Han or kana text: a run written without spaces ("德国总理朔尔茨表示") is one
token, so no word inside it can be found. Both store backends therefore index
such text in its :func:`index_form` and search a query word by its
:func:`query_parts`, the one scheme on both sides:

* each run of Han/kana characters becomes one token per character: the character
  and the next one (a bigram), the run's last character alone
  ("朔尔茨" -> "朔尔 尔茨 茨"), separated by ``sep``;
* a query word of two or more such characters asks for all of its bigrams (AND: the
  indexes keep no positions, so not as a phrase), one character asks for the tokens
  that begin with it (a prefix), since every character of the text begins one.

Korean (written with spaces) and Thai are not touched.
"""

from __future__ import annotations

import re

__all__ = ["CJK_CLASS", "collapse", "has_cjk", "index_form", "query_parts"]

# Han (URO, extension A, compatibility, supplementary planes), 々〆, kana (and halfwidth).
CJK_CLASS = ("[\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
             "\uf900-\ufaff\uff66-\uff9f\U00020000-\U0003134f]")
_RUN = re.compile(CJK_CLASS + "+")
_ONLY = re.compile(CJK_CLASS + "+$")


def has_cjk(text: str | None) -> bool:
    return bool(text) and _RUN.search(text or "") is not None


def _tokens(run: str) -> list[str]:
    return [run[i : i + 2] for i in range(len(run))]


def index_form(text: str | None, sep: str = " ") -> str | None:
    """``text`` with every Han/kana run replaced by its bigram tokens (``sep`` around and
    between them); text without such characters is returned as it is."""
    if not text or _RUN.search(text) is None:
        return text
    return _RUN.sub(lambda m: sep + sep.join(_tokens(m.group())) + sep, text)


def query_parts(word: str) -> list[tuple[str, bool]]:
    """The index tokens a query word must all match, as (token, prefix?): its non-CJK
    pieces as they are, its CJK runs as bigrams (one character: a prefix)."""
    parts: list[tuple[str, bool]] = []
    pos = 0
    for m in _RUN.finditer(word):
        if m.start() > pos:
            parts.append((word[pos : m.start()], False))
        run = m.group()
        if len(run) == 1:
            parts.append((run, True))
        else:
            parts.extend((run[i : i + 2], False) for i in range(len(run) - 1))
        pos = m.end()
    if pos < len(word):
        parts.append((word[pos:], False))
    return parts


def collapse(snippet: str, sep: str, start: str = "[", stop: str = "]", cut: str = "…") -> str:
    """The text of a snippet cut from an :func:`index_form` (made with a ``sep`` that
    occurs nowhere else), highlight marks ``start``/``stop`` kept on the characters of
    the highlighted tokens; ``cut`` is the mark of a cut end."""
    if sep not in snippet:
        return snippet
    out: list[str] = []
    run: list[tuple[str, bool]] = []  # (token, highlighted)

    def flush() -> None:
        marked = [False] * len(run)
        for i, (tok, hl) in enumerate(run):
            if hl:
                marked[i] = True
                if len(tok) == 2 and i + 1 < len(run):
                    marked[i + 1] = True
        for i, (tok, _) in enumerate(run):
            if marked[i] and (i == 0 or not marked[i - 1]):
                out.append(start)
            out.append(tok[0])
            if marked[i] and (i + 1 == len(run) or not marked[i + 1]):
                out.append(stop)
        run.clear()

    for piece in snippet.split(sep):
        head = cut if cut and piece.startswith(cut) else ""
        tail = cut if cut and piece.endswith(cut) and len(piece) > len(head) else ""
        core = piece[len(head) : len(piece) - len(tail)]
        hl = core.startswith(start) and core.endswith(stop) and len(core) > len(start) + len(stop)
        bare = core[len(start) : -len(stop)] if hl else core
        if bare and len(bare) <= 2 and _ONLY.match(bare):
            if head:
                flush()
                out.append(head)
            run.append((bare, hl))
            if tail:  # the token's second character is the text's last shown
                flush()
                out.append(bare[1:] + tail)
        else:
            flush()
            out.append(piece)
    flush()
    return "".join(out)
