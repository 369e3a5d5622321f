"""Sentence segmentation per script, with character offsets: the one splitter StoryLens uses.

- Latin, Cyrillic and Arabic script: pysbd per paragraph (it keeps quotations
  intact and knows many abbreviations), then a few repairs:
  curly quotes glued to the next sentence (``said.”The``) get a cut; two
  documents pasted without a newline (``contributed to this reportKazakhstan's``)
  are cut where a lower-case word runs straight into a capitalised one (never
  inside ``#stopTheSteal`` or ``footnoteRef``), and so are two sentences whose full stop
  lost its space (``any crimes.The manhunt``; never ``SE.pl`` or ``U.S.Army``); a closing
  bracket cut off after an abbreviation (``- ed.`` + ``) It is``) goes back; an attribution cut off after
  ``?”`` is joined back (``“…?” Tokayev added.``); a cut after an abbreviation
  of the text's language (``tys.``, ``woj.``, ``m.in.``, Arabic ``د.``) from
  ``storylens.text`` data is undone, and so is one after a number before a lower-case word (an
  ordinal: ``na 112. kilometrze``, ``17. listopada``). The Arabic comma ``،`` never ends a sentence.
- Chinese and Japanese: sentences end at ``。！？`` with any closing quote kept
  (``“…。”``); an attribution after a closed quotation
  (``“这次降雨范围很广。”市气象台首席预报员王丽说。``) stays with the quote.
- Paragraphs are separated by blank lines, bullets or a single newline, except
  that hard-wrapped lines (a line that stops mid-sentence) are joined.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache
from typing import Any

from ._lang import LANGUAGES, base, month_names, profile

__all__ = ["Segmenter", "Span", "quick_sentences", "split_paragraphs"]

_PYSBD_LANGS = {
    "en", "de", "fr", "es", "it", "ru", "nl", "pl", "da", "el", "ar", "fa", "hi", "hy",
    "am", "bg", "my", "ja", "kk", "mr", "sk", "ur", "zh",
}
_CJK_LANGS = {"zh", "ja"}
# "reportKazakhstan": a lower-case word (3+ letters, at the start of a token) running into
# one capitalised word (4+ letters) that ends the token means a lost line break; camel case
# with more humps (#stopTheSteal, footnoteRef, iPhone) is left alone.
_GLUED_WORDS = re.compile(r"(?<![\w#@/.\-&])([a-z]{3,})(?=[A-Z][a-z]{3,}(?![A-Za-z]))")
# "crimes.The manhunt": a full stop (or ! ?) between a lower-case word (3+ letters, a token of its own: not a
# domain, path or handle) and a capitalised word (3+ letters, lower-case after its capital) with no space, where a
# crawl lost it; pysbd keeps the two sentences as one (stop 37, xl25: an English report's quote and the manhunt
# sentence after it were one unit). "SE.pl", "Onet.pl", "U.S.Army", "e.g.This" and "iPhone.Apple" are left alone.
_GLUED_STOP = re.compile(r"(?<![\w#@/.\-&])([^\W\d_]{3,})[.!?]+(?=([^\W\d_]{3,})(?![\w.@/-]))")
_BULLET = re.compile(r"\s*(?:[•\-\*–—]|\d{1,2}[.)])\s")
_LINE_END = re.compile(r"[.!?:;…。！？”\"»’)\]]\s*$")


@dataclass(frozen=True)
class Span:
    text: str
    start: int
    end: int
    paragraph: int


def _lines(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, after a blank line) of each non-empty line."""
    out, pos, blank = [], 0, True
    for match in re.finditer(r"\n", text + "\n"):
        start, end = pos, match.start()
        pos = match.end()
        if text[start:end].strip():
            out.append((start, end, blank))
            blank = False
        else:
            blank = True
    return out


def _wrapped(prev: str, line: str, wrapped_before: bool) -> bool:
    """Is ``line`` the continuation of a hard-wrapped ``prev`` (one sentence over two lines)?

    A line that stops mid-sentence continues when the next starts in lower
    case or the line ends on a comma; a capital after a long line only inside
    a paragraph already seen to wrap (a headline is followed by a capital too).
    """
    if _LINE_END.search(prev) or _BULLET.match(line):
        return False
    first = line.lstrip()[:1]
    if first.islower() or first.isdigit() or prev.rstrip().endswith((",", "-", "–")):
        return True
    return wrapped_before and len(prev.strip()) >= 55 and bool(re.search(r"[a-zà-ÿа-я]$", prev.rstrip()))


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph.

    A single newline separates lines of text files too (headlines, bylines,
    bullets), except inside a hard-wrapped paragraph, whose lines are kept together.
    """
    spans: list[list[int]] = []
    for start, end, after_blank in _lines(text):
        if spans and not after_blank:
            block = text[spans[-1][0] : spans[-1][1]]
            if _wrapped(block.split("\n")[-1], text[start:end], "\n" in block):
                spans[-1][1] = end
                continue
        spans.append([start, end])
    return [(s, e) for s, e in spans]


def _char_spans(segmenter, sentences: list[str]) -> list:
    """pysbd's ``Segmenter.sentences_with_char_spans`` without a regular expression per sentence.

    pysbd finds each sentence with ``re.finditer(re.escape(sentence) + r"\\s*", text)``: one new
    pattern per sentence, compiled and pushed through ``re``'s 512-entry cache, which then
    evicts and recompiles pysbd's own abbreviation patterns and everyone else's (80 BASIL
    articles: 6,779 compiles). The same scan with ``str.find``: the leftmost occurrence at or
    after the previous match's end, extended over the whitespace after it (``\\s`` of a ``str``
    pattern is ``str.isspace``), the first whose end passes the previous sentence's end.
    The same spans (tests/text); an empty sentence keeps pysbd's own loop."""
    from pysbd.utils import TextSpan

    text = segmenter.original_text
    spans, prior = [], 0
    for sent in sentences:
        if not sent:
            for match in re.finditer(r"\s*", text):
                if match.end() > prior:
                    spans.append(TextSpan(match.group(), match.start(), match.end()))
                    prior = match.end()
                    break
            continue
        pos = 0
        while (start := text.find(sent, pos)) >= 0:
            end = start + len(sent)
            while end < len(text) and text[end].isspace():
                end += 1
            if end > prior:
                spans.append(TextSpan(text[start:end], start, end))
                prior = end
                break
            pos = end
    return spans


# Paragraphs' sentence spans, most recently used last (Segmenter._split_paragraph): at most _SPANS_MAX paragraphs
# (~2 KB each with the key's text: ~8 MB at most).
_SPANS: OrderedDict[tuple[str, str | None, str], tuple[tuple[int, int], ...]] = OrderedDict()
_SPANS_LOCK = threading.Lock()
_SPANS_MAX = 4096


# This thread's pysbd segmenters by language. pysbd's ``Segmenter.segment`` keeps the text it splits on the object
# (``original_text``, which the char spans are then read from), so two threads splitting with one segmenter (the web
# app's requests share one Comparer) could each get spans of the other's text; a segmenter per thread cannot.
_PYSBD = threading.local()


def _abbreviations_once(self: Any, text: str) -> str:
    """pysbd's ``AbbreviationReplacer.search_for_abbreviations_in_string`` with each occurrence's replacement made
    once per (occurrence text, next word's first character). pysbd rewrites the whole text for every occurrence of an
    abbreviation ("a", "no", "st" at a word start, with or without its dot): quadratic in a long sentence (quotes73:
    an unpunctuated 32 KB paragraph, 7.6 of its 9.8 CPU-s). The rewrite depends on that pair only and replaces a dot
    by "∯" where the dot still stands after the abbreviation; the others replace dots only, so none makes a place it
    did not match before match again: a second rewrite of one pair changes nothing (tests/text check it on generated
    texts against pysbd's own)."""
    lowered = text.lower()
    for abbr in self.lang.Abbreviation.ABBREVIATIONS:
        stripped = abbr.strip()
        if stripped not in lowered:
            continue
        abbrev_match = re.findall(rf"(?:^|\s|\r|\n){stripped}", text, flags=re.IGNORECASE)
        if not abbrev_match:
            continue
        next_word_start = r"(?<={" + re.escape(stripped) + "} ).{1}"  # (pysbd's pattern, braces and all)
        char_array = re.findall(next_word_start, text)
        done: set[tuple[str, str]] = set()
        for ind, match in enumerate(abbrev_match):
            key = (match, char_array[ind] if ind < len(char_array) else "")
            if key not in done:
                done.add(key)
                text = self.scan_for_replacements(text, match, ind, char_array)
    return text


# The pysbd release whose abbreviation scan :func:`_abbreviations_once` was read from and checked against (its
# ``scan_for_replacements`` and pattern are that release's): another release keeps its own scan.
_PYSBD_CHECKED_VERSION = "0.3.4"


@cache
def _pysbd_own_abbreviations() -> Any:
    """Puts :func:`_abbreviations_once` in pysbd's place (once per process) when pysbd is the release it was checked
    against, and gives pysbd's own function."""
    import pysbd
    from pysbd.abbreviation_replacer import AbbreviationReplacer

    own = AbbreviationReplacer.search_for_abbreviations_in_string
    if getattr(pysbd, "__version__", None) == _PYSBD_CHECKED_VERSION:
        AbbreviationReplacer.search_for_abbreviations_in_string = _abbreviations_once
    return own


def _pysbd_segmenter(lang: str) -> Any:
    """This thread's pysbd segmenter of ``lang`` (made on first use: its rules are its language module's)."""
    found: dict[str, Any] | None = getattr(_PYSBD, "by_language", None)
    if found is None:
        found = _PYSBD.by_language = {}
    segmenter = found.get(lang)
    if segmenter is None:
        import pysbd

        _pysbd_own_abbreviations()
        segmenter = found[lang] = pysbd.Segmenter(language=lang, clean=False, char_span=True)
        segmenter.sentences_with_char_spans = _char_spans.__get__(segmenter)
    return segmenter


class Segmenter:
    """Splits text into sentences with pysbd's rules of each language (one pysbd segmenter per language and thread,
    created lazily); thread-safe."""

    def __init__(self, default_language: str = "en"):
        self.default_language = default_language

    def _pysbd(self, language: str | None) -> Any:
        return _pysbd_segmenter(language if language in _PYSBD_LANGS else self.default_language)

    def split(self, text: str, language: str | None = None) -> list[Span]:
        """Sentences of ``text`` in order; ``language`` (ISO 639-1) picks rules, None = guess the script."""
        lang = base(language) or _script_language(text)
        out: list[Span] = []
        paragraphs = split_paragraphs(text)
        for number, (start, end) in enumerate(paragraphs):
            spans = self._split_paragraph(text[start:end], lang)
            if number == 0 and len(paragraphs) > 1 and len(spans) > 1 and _headline(text[start:end]):
                spans = [(spans[0][0], spans[-1][1])]  # "Trzęsienie ziemi w Turcji. Co najmniej 2300 ofiar"
            for s, e in spans:
                out.append(Span(text[start + s : start + e], start + s, start + e, number))
        return out

    def _split_paragraph(self, para: str, language: str | None) -> list[tuple[int, int]]:
        # One paragraph's sentence spans depend on its text, its language and the default language only: a process
        # that segments a paragraph again (a story page re-compared, a test suite's fixtures, the claim aligner and the
        # pair scorer over one document) reads them from a bounded cache (pysbd's rules are the dearest step of a
        # comparison: its per-abbreviation patterns overflow re's cache and are compiled again).
        key = (para, language, self.default_language)
        with _SPANS_LOCK:
            found = _SPANS.get(key)
            if found is not None:
                _SPANS.move_to_end(key)
                return list(found)
        spans = self._split_paragraph_uncached(para, language)
        with _SPANS_LOCK:
            _SPANS[key] = tuple(spans)
            if len(_SPANS) > _SPANS_MAX:
                _SPANS.popitem(last=False)
        return spans

    def _split_paragraph_uncached(self, para: str, language: str | None) -> list[tuple[int, int]]:
        if language in _CJK_LANGS or (language is None and _is_cjk(para)):
            return _split_cjk(para)
        # same length, so offsets hold: a hard wrap is a space, the Arabic comma is a comma
        flat = para.replace("\n", " ").replace("،", ",")
        glued = [m.end() for m in _GLUED_WORDS.finditer(flat)] + [
            m.end() for m in _GLUED_STOP.finditer(flat) if m.group(1).islower() and m.group(2)[0].isupper()
            and m.group(2)[1:].islower()]
        cuts = [0, *sorted(set(glued)), len(flat)]
        spans: list[tuple[int, int]] = []
        # (pysbd pairs every ASCII double mark: the gershayim of a Hebrew abbreviation, "יו"ר", would pair with a
        # quotation's opener and hide the sentence end between; same length, so offsets hold)
        sbd = _hebrew_gershayim(flat) if '"' in flat and _HEBREW_LETTERS.search(flat) else flat
        for a, b in itertools.pairwise(cuts):
            for span in self._pysbd(language).segment(sbd[a:b]):
                s, e = _trim(flat, a + span.start, a + span.end)
                if e > s:
                    spans.extend(_recut_kept_words(flat, s, e, language))
        spans = _merge_dash_tails(flat, _merge_orphan_marks(flat, _merge_abbreviations(flat, spans, language)))
        return _merge_attribution_tails(flat, _split_glued_quotes(flat, spans), language)


_HEADLINE_MAX = 160
_CLOSING_MARKS = "\"'”’»“」』)"


def _headline(para: str) -> bool:
    """A text's first line is a headline, one unit, when it is short and has no closing full stop:
    "Erdbeben in der Türkei. Mindestens 2300 Tote" split in two left a fragment claim without its subject."""
    line = para.strip()
    return "\n" not in line and len(line) <= _HEADLINE_MAX and line.rstrip(_CLOSING_MARKS)[-1:] not in ".!?…。！？"


def _script_language(text: str) -> str | None:
    return "zh" if _is_cjk(text[:400]) else None


def _is_cjk(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum("\u3400" <= c <= "\u9fff" or "\u3040" <= c <= "\u30ff" for c in letters) > 0.3 * len(letters)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# ----------------------------------------------------------------- CJK

_CJK_END = re.compile(r"[。！？!?]+[”’」』）)\"]*|(?<=[”」』])(?=[“「『])")
_CJK_OPEN, _CJK_CLOSE = "“「『‘", "”」』’"
# An attribution after a closed quotation ("…。」蕭茲對記者說。"): the reporting verbs of the
# CJK data files, simplified and traditional ("说"/"說", "告诉"/"告訴" plus its addressee).
_CJK_SAY = re.compile(
    r"(?:" + "|".join(re.escape(v) for v in sorted({v for lang in _CJK_LANGS for v in profile(lang).reporting_verbs},
                                                   key=lambda w: (-len(w), w)))
    + r"|告[诉訴]\S{0,6})[。！？]?$"
)


def _split_cjk(para: str) -> list[tuple[int, int]]:
    """Cut after 。！？ (with the closing marks that follow), never inside a quotation."""
    spans: list[tuple[int, int]] = []
    start, depth = 0, 0
    i = 0
    while i < len(para):
        ch = para[i]
        if ch in _CJK_OPEN:
            depth += 1
        elif ch in _CJK_CLOSE:
            depth = max(0, depth - 1)
        if ch in "。！？!?" and depth == 0:
            end = i + 1
            while end < len(para) and para[end] in "。！？!?”’」』）)\"":
                end += 1
            spans.append((start, end))
            start, i = end, end
            continue
        if ch in "。！？!?" and depth > 0:
            # "…。”" closes the quotation and the sentence, unless an attribution follows
            end = i + 1
            while end < len(para) and para[end] in "。！？!?":
                end += 1
            if end < len(para) and para[end] in _CJK_CLOSE:
                close = end + 1
                nxt = re.match(r"[^。！？“「]{1,30}[。！？]", para[close:])
                if nxt and _CJK_SAY.search(nxt.group()):
                    depth = 0
                    spans.append((start, close + nxt.end()))
                    start = i = close + nxt.end()
                    continue
                depth = 0
                spans.append((start, close))
                start = i = close
                continue
        i += 1
    if para[start:].strip():
        spans.append((start, len(para)))
    return [t for t in (_trim(para, s, e) for s, e in spans) if t[1] > t[0]]


# ----------------------------------------------------------------- repairs

# `.”The` or `."The`: a closing quote after sentence punctuation followed directly by a capital.
_QUOTE_JOIN = re.compile(r"[.!?][”\"»’](?=[A-ZÄÖÜА-Я])")


# `.» Die Produktion`, `. » La ligne`, `.“ Die`, `." The`: a quotation closed after its full stop, then a space
# and a capital: pysbd keeps what follows inside the quoting sentence (trial55 F10, de «…Bevölkerung.» Die
# Produktion … gestoppt worden. was one claim, so the shared "production halted" showed as unique). Cut after
# the mark when it closes a quotation opened in the same sentence (an opening mark stays with what it opens).
_QUOTE_SPACE = re.compile(r"[.!?…]\s?([”\"»«“’])(?=\s+[^\W\d_])")


def _closes_quote(before: str, mark: str) -> bool:
    """Does ``mark`` close a quotation opened in ``before`` (the sentence up to the mark)?"""
    if mark in "«»":
        return _closes(before, mark)
    if mark == '"':
        return before.count('"') % 2 == 1
    if mark == "“":  # German/Polish „…“
        return before.count("„") > before.count("“")
    if mark == "’":
        return before.count("‘") + before.count("‚") > before.count("’")
    return before.count("“") + before.count("„") > before.count("”") or before.count("”") % 2 == 1


def _split_glued_quotes(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        cut = s
        ends = {m.end() for m in _QUOTE_JOIN.finditer(para, s, e)}
        ends |= {m.end() for m in _QUOTE_SPACE.finditer(para, s, e)
                 if _closes_quote(para[cut:m.start(1)], m.group(1)) and para[m.end():e].lstrip()[:1].isupper()}
        for end in sorted(ends):
            out.append((cut, end))
            cut = end
        out.append((cut, e))
    out = [_trim(para, s, e) for s, e in out]
    return [(s, e) for s, e in out if para[s:e].strip()]


# (a closing bracket too: "… legally - ed." + ") It is not …" gave a sentence opening with ")")
_HEBREW_LETTERS = re.compile(r"[\u05d0-\u05ea]")
# An ASCII double mark inside a Hebrew word (its head, the mark, its tail): gershayim ("צה"ל", "יו"ר", "מנכ"לית"),
# unless the head is a proclitic alone and the tail two letters or more ('ש"אין ברירה"': a quotation glued to "that";
# text data "proclitics")
_HEBREW_MARK_IN_WORD = re.compile(r'([\u05d0-\u05ea]+)"(?=([\u05d0-\u05ea]+))')


def _hebrew_gershayim(text: str) -> str:
    """``text`` with the gershayim typed as an ASCII double mark written as ״ (U+05F4), same length."""
    clitics = frozenset(profile("he").proclitics)

    def mark(m: re.Match[str]) -> str:
        quote = m.group(1) in clitics and len(m.group(2)) >= 2
        return m.group(0) if quote else m.group(1) + "\u05f4"
    return _HEBREW_MARK_IN_WORD.sub(mark, text)


_ORPHAN = re.compile(r"[”\"»«’“)\]]+(?=\s|$)")


def _closes(prev: str, mark: str) -> bool:
    """Does ``mark`` close a quotation left open in ``prev``? Guillemets point either way: French
    « opens (« Nous … »), German « closes (»Wir …«); the first guillemet of ``prev`` is the opener."""
    if mark not in "«»":
        return True
    opener = next((c for c in prev if c in "«»"), None)
    return opener is not None and mark != opener and prev.count(opener) > prev.count(mark)


def _merge_orphan_marks(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A closing mark cut off its quotation (`„… ordnen.` + `"`) or bracket (`… - ed.` + `) It is …`) goes back
    to the sentence it closes; an opening one (`d'euros.` + `« Nous …`) stays with the sentence it opens."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = _ORPHAN.match(para, s, e) if out else None
        if m and not _closes(para[out[-1][0] : out[-1][1]], m.group()[0]):
            m = None
        if m:
            out[-1] = (out[-1][0], m.end())
            s, e = _trim(para, m.end(), e)
            if e <= s:
                continue
        out.append((s, e))
    return out


# Abbreviations after which a sentence may still end ("… 180 tys." at the end of a sentence):
# a cut after them is undone only when the next piece starts in lower case or with a digit. For a
# language's own abbreviations its data decides (``abbreviations_may_end``); this reads the others.
MAY_END = frozenset({"tys", "mln", "mld", "r", "zł", "proc", "itd", "itp", "etc", "usw", "т.д", "т.п", "г", "гг",
                     "руб", "млн", "млрд", "тыс", "mio", "mrd", "tsd", "ecc", "vb",
                     # company forms, units and scale words that end a sentence as often as not
                     "o.o", "s.a", "s.p.a", "s.r.l", "a.ş", "şti", "ltd", "inc", "corp", "co", "cie", "ag", "gmbh",
                     "u.s", "u.k", "a.m", "p.m", "al", "bn", "mlr", "md", "mds", "mill", "трлн",
                     "долл", "коп", "min", "max", "мин", "est", "chr", "н.э",
                     # an English name's suffix in another language's text: "Joseph R. Biden Jr. se rendra lundi …"
                     # was cut after "Jr." (ledger52: the French sentence lost its subject to the headline before it)
                     "jr", "sr"})
# (up to 7 letters a part: "approx.", "podinsp."; only a listed abbreviation is read as one)
_LAST_TOKEN = re.compile(r"(?:^|[\s(\[«„\"“-])((?:[^\W\d_]{1,7}\.)*[^\W\d_]{1,7})\.$")
# A spaced abbreviation ("т. е.", "d. h.", "u. a."), looked up without its spaces ("т.е").
# An abbreviation right after a number ("30,000 ft.", "50mm.", "5 os."): a unit or a count.
_AFTER_NUMBER = re.compile(r"\d\s?[^\W\d_]{1,7}\.$")
_LAST_SPACED = re.compile(r"(?:^|[\s(\[«„\"“-])((?:[^\W\d_]{1,3}\.\s)+[^\W\d_]{1,3})\.$")
# A piece that starts with a comma, semicolon or colon never starts a sentence: the cut before it
# was after an abbreviation ("do 5 proc., czym zaskoczył", "12 млн., т.е."), whatever the word.
_CONTINUES = re.compile(r"[,;:]")
# A number with a full stop before a lower-case word is an ordinal, never a sentence end (Polish,
# Czech, German, ... write "na 112. kilometrze", "17. listopada", "am 3. Oktober"; trial 14 cut there).
# Only languages that write dotted ordinals (English "born in 1985. iPhone sales rose" is two
# sentences), and only before a wholly lower-case word (not "iPhone", "eBay", "mBank").
_ORDINAL_END = re.compile(r"(?<![\d.,])\d{1,4}\.$")
DOTTED_ORDINAL_LANGUAGES = frozenset(
    ("pl", "cs", "sk", "de", "tr", "hu", "da", "no", "nb", "nn", "fi", "hr", "sl", "sr", "bs", "et", "lv", "is", "fo")
)
_NEXT_WORD = re.compile(r"[^\W\d_]+")
# Fragments (stop 37, xl25): one word after a figure's abbreviation that may end a sentence is that figure's
# noun, not a sentence ("16,54 proc." + "Polaków.", "5 mld." + "Kč."); a wholly lower-case word after a figure's
# full stop continues its sentence ("… or 10 percent." + "more voters.", "below 60%." + "country medians.":
# machine translations of "proc."), while "born in 1985." + "iPhone sales" stays two.
_ONE_WORD = re.compile(r"[^\W\d_][\w'’-]*[.!?…]?")
_FIGURE_END = re.compile(r"\d\s?(?P<word>%|[^\W\d_]{1,12})?\.$")


@cache
def _figure_words() -> frozenset[str]:
    """The words a figure's fragment may end on before a lower-case word: every language's percent words,
    scale words and abbreviations after a number (text data "percent", "scale_words",
    "abbreviations_after_number": "percent", "proc", "mld", "tys", "mln", "ft"), read in every language since a
    machine translation carries the source's ("proc." as "percent."). Any other word is a sentence's end
    ("He scored 3 goals." + "the team won.": review37a M5)."""
    out: set[str] = set()
    for lang in LANGUAGES:
        p = profile(lang)
        out.update(w.rstrip(".").split()[-1] for w in (*p.percent_before, *p.percent_after) if w.strip("."))
        out.update(w for w, _ in p.scale_words)
        out.update(p.abbreviations_after_number)
    return frozenset(out)


def _figure_fragment(prev: str) -> bool:
    """Whether ``prev`` ends on a figure's full stop that a lower-case word may continue: a bare number, "%",
    or a figure's word (:func:`_figure_words`)."""
    m = _FIGURE_END.search(prev)
    return m is not None and (m["word"] is None or m["word"] == "%" or m["word"].lower() in _figure_words())


def _lower_word(para: str, pos: int) -> bool:
    word = _NEXT_WORD.match(para, pos)
    return word is not None and word.group()[:1].islower() and word.group() == word.group().lower()
# A dash and a lower-case word after a closed quotation is its attribution (Polish and Russian
# convention: "„… do celu 2 proc.” – powiedziała prezes banku.").
_DASH_TAIL = re.compile(r"[–—-]\s*[^\W\d_]")
_QUOTE_END = re.compile(r"[”\"»«“]\s*$")


@cache
def _month_abbreviations(language: str | None) -> frozenset[str]:
    """babel's abbreviated month names ("nov", "lis", "févr", "нояб"): the forms a longer name of the
    same month starts with, so a wide name ("mai", "juin") that may end a sentence is not among them."""
    out: set[str] = set()
    for lang in (language,) if language in LANGUAGES else LANGUAGES:
        names = month_names(lang)
        out.update(w for w, m in names.items()
                   if any(o != w and o.startswith(w) and n == m for o, n in names.items()))
    return frozenset(out)


def _ordinal_word(para: str, pos: int, language: str | None) -> bool:
    """Does a wholly lower-case word at ``pos`` follow a dotted ordinal of ``language``?"""
    word = _NEXT_WORD.match(para, pos)
    return (base(language) in DOTTED_ORDINAL_LANGUAGES and word is not None
            and word.group() == word.group().lower())


# A numeric date spaced after each dot ("26. 11. 2026", as Czech, Slovak and Polish write it): pysbd cut it
# into "… 26." / "11." / "2026 …" (trial20 #10); no sentence ends inside it.
_SPACED_DATE = re.compile(r"(?<![\w.])\d{1,2}\.\s\d{1,2}\.\s\d{4}(?!\w)")


def _inside_date(para: str, cut: int) -> bool:
    """Whether the cut between two sentences at ``cut`` falls inside a spaced numeric date, or right before
    one with no sentence's end before it ("Poté vyhrál" / "11. 12. 2026 titul.")."""
    open_before = not para[:cut].rstrip().endswith((".", "!", "?", "…", ":"))
    return any(m.start() < cut < m.end() or (m.start() == cut and open_before)
               for m in _SPACED_DATE.finditer(para, max(0, cut - 12), cut + 12))


# A full stop after a word, then a capital: a sentence's end that pysbd keeps when the word is in its abbreviation
# list (it protects an abbreviation's stop before the one-letter word "I", the Italian article: "sciopero di 24
# ore. I sindacati …"; and always after a "prepositive" one, Spanish "contra", "bien": "Votaron en contra. El
# proyecto …"). Fault57b: the Italian strike report's two sentences were one unit, which held both its dates and made
# a false date conflict in the ledger.
_KEPT_STOP = re.compile(r"(?<![^\s(\[«„\"“])([^\W\d_]{2,})\.(?=\s+[^\W\d_])")


def _recut_kept_words(para: str, s: int, e: int, language: str | None) -> list[tuple[int, int]]:
    """``(s, e)``, one pysbd sentence of ``para``, cut after each lower-case word of the language's own (a spaCy
    stop word of two letters or more, never one of its listed abbreviations: :func:`_pysbd_kept_words`) that pysbd
    read as an abbreviation, where a sentence may start (:func:`_opens_sentence`: "I treni", not "J. Smith" nor "SNP") outside brackets."""
    kept = _pysbd_kept_words(language)
    if not kept:
        return [(s, e)]
    out: list[tuple[int, int]] = []
    start = s
    for m in _KEPT_STOP.finditer(para, s, e):
        word, nxt = m.group(1), para[m.end():e].lstrip()
        if not (word.islower() and word in kept and _opens_sentence(nxt)):
            continue
        if para.count("(", s, m.start()) > para.count(")", s, m.start()):  # inside brackets: "(ed. Einaudi)"
            continue
        cut = m.end() + (len(para[m.end():e]) - len(nxt))
        out.append((start, m.end()))
        start = cut
    out.append((start, e))
    return out


def _opens_sentence(text: str) -> bool:
    """Whether ``text`` starts as a sentence may: a capitalised word ("El", "Los") or a one-letter capital word (the
    Italian article "I"); not an initial ("J. Smith") nor an acronym ("nám. SNP", a square's name)."""
    return len(text) >= 2 and text[0].isupper() and (text[1].islower() or text[1].isspace())


@cache
def _pysbd_kept_words(language: str | None) -> frozenset[str]:
    """The words of ``language`` that pysbd lists as abbreviations but are the language's own stop words (spaCy's
    list: it "ore", "via", "fa"; es "contra", "bien", "entre"), less every abbreviation StoryLens itself reads (its
    data's ``abbreviations``, ``abbreviations_after_number``, ``title_abbreviations``, the months' and
    :data:`MAY_END`): words that end a sentence like any other."""
    from pysbd.languages import LANGUAGE_CODES

    from ._lang import stop_words

    lang = language if language in _PYSBD_LANGS and language in LANGUAGES else None  # a language with data
    if lang is None or lang in _CJK_LANGS:
        return frozenset()
    table = LANGUAGE_CODES[lang].Abbreviation
    # a short "prepositive" one is a rank or a title before a name (it "col.": colonnello, "Il col. Mario Rossi";
    # break57 F3), not a word; the long ones are the language's words (es "contra", "bien", "entre")
    listed = {a.strip().lower() for a in table.ABBREVIATIONS} - {a.strip().lower() for a in
                                                                  table.PREPOSITIVE_ABBREVIATIONS}
    listed |= {w for a in table.PREPOSITIVE_ABBREVIATIONS if len(w := a.strip().lower()) >= 4}
    prof = profile(lang)
    ours = {a.strip().rstrip(".").lower() for a in (*prof.abbreviations, *prof.abbreviations_after_number,
                                                    *(t for t, _ in prof.title_abbreviations))}
    ours |= set(_month_abbreviations(lang)) | set(MAY_END)
    return frozenset(w for w in listed & stop_words(lang) if len(w) >= 2 and w not in ours)


def _merge_abbreviations(para: str, spans: list[tuple[int, int]], language: str | None) -> list[tuple[int, int]]:
    abbrevs = profile(language).abbreviations
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _inside_date(para, s):
            out[-1] = (out[-1][0], e)
            continue
        if out:
            prev = para[out[-1][0] : out[-1][1]]
            m = _LAST_TOKEN.search(prev)
            word = m.group(1).lower() if m else ""
            nxt = para[s : s + 1]
            if prev.rstrip().endswith((":", "：")):  # pysbd's Arabic and Persian rules cut at a colon
                out[-1] = (out[-1][0], e)
                continue
            if _CONTINUES.match(para, s) or (_ORDINAL_END.search(prev) and _ordinal_word(para, s, language)):
                out[-1] = (out[-1][0], e)
                continue
            if _figure_fragment(prev) and _lower_word(para, s):
                out[-1] = (out[-1][0], e)  # "… 26.6 percent, or 10 percent." + "more voters." (a fragment)
                continue
            spaced = _LAST_SPACED.search(prev)
            if spaced and "".join(spaced.group(1).lower().split()) in abbrevs | MAY_END:
                word = "".join(spaced.group(1).lower().split())
            # the language's data says which of its abbreviations may end a sentence ("al." is et al. in
            # English, aleja before a name in Polish); MAY_END reads the others (a foreign "Inc.")
            ends = profile(language).abbreviations_may_end if word in abbrevs else MAY_END
            may_end = (word in ends or word in _month_abbreviations(language)  # "Mitte Nov." / "Nov. 5"
                       or (word in profile(language).abbreviations_after_number and bool(_AFTER_NUMBER.search(prev))))
            lone_word = may_end and bool(_AFTER_NUMBER.search(prev)) and _ONE_WORD.fullmatch(para, s, e) is not None
            if (word in abbrevs or may_end) and (not may_end or nxt.islower() or nxt.isdigit() or lone_word):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


def _merge_dash_tails(para: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in spans:
        m = _DASH_TAIL.match(para, s, e) if out else None
        if m and m.group()[-1].islower() and _QUOTE_END.search(para, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], e)
            continue
        out.append((s, e))
    return out


# pysbd ends a sentence after `?”` or `!”`, leaving the attribution alone:
# `“What kind of negotiations ...?” Tokayev added.` must stay one sentence.
_TAIL_NAME = r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|he|she|they|it|er|sie|il|elle|он|она|они|él|ella|lui|lei)"


@cache
def _tail_re(language: str | None) -> re.Pattern[str]:
    verbs = set(_BASE_TAIL_VERBS) | set(profile(language).reporting_verbs)
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
    # "… Tokayev added.", "… Mr. Calderón told CNBC.", "… sagte Vogel." (a longer tail stays a
    # sentence of its own, as the ledger gold was annotated)
    return re.compile(rf"^(?:{_TAIL_NAME}\s+(?:{alt})\b|(?:{alt})\s+\S+)(?:\s+\S+){{0,1}}[.!?]?\s*$", re.IGNORECASE)


_BASE_TAIL_VERBS = (
    "said", "says", "added", "adds", "asked", "asks", "told", "wrote", "writes", "continued", "explained",
    "stressed", "insisted", "sagte", "fügte hinzu", "erklärte", "a déclaré", "a ajouté", "заявил", "сказал",
    "добавил",
)


def _merge_attribution_tails(para: str, spans: list[tuple[int, int]], language: str | None = None) -> list[tuple[int, int]]:
    tail = _tail_re(language)
    out: list[tuple[int, int]] = []
    for s, e in spans:
        piece = para[s:e]
        if out:
            prev_end = para[out[-1][1] - 2 : out[-1][1]]
            closes_quote = prev_end[-1:] in "”\"»’«" and prev_end[:1] in "?!.,"
            # only after a closed quotation: "кім? не?" are two sentences
            if closes_quote and (tail.match(piece) or piece[:1].islower()):
                out[-1] = (out[-1][0], e)
                continue
        out.append((s, e))
    return out


# ----------------------------------------------------------------- the similarity features' split

# A sentence ends after . ! ? … (plus closing quotes/brackets) before a space, after CJK
# full stops, or at a line break.
_SENT_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)|[。！？]+[”’」』]*|\n+")


def quick_sentences(text: str) -> list[str]:
    """Cheap multilingual sentence split (punctuation + newlines); pieces < 3 chars dropped.

    The similarity features were trained on this split (a regex, ~50x faster
    than pysbd); :class:`Segmenter` is the splitter for everything a reader
    sees. Moving the features to the Segmenter means retraining the shipped
    similarity model.
    """
    parts, start = [], 0
    for m in _SENT_END.finditer(text):
        parts.append(text[start : m.end()])
        start = m.end()
    parts.append(text[start:])
    return [p.strip() for p in parts if len(p.strip()) >= 3]
