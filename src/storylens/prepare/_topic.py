"""A headline over a body about something else: the body is real text, but not the headline's story.

Scraped pages sometimes keep the story's headline over another page's body: a forum question about
notice periods under a prison-riot headline, a Bible verse under the Pope's apology, an American
football report under a headline about masks, job adverts under a headline about credit-card rates
(issue #11: the dev stream's same-story pairs left apart after the junk bodies of
:mod:`storylens.prepare._junk`). The body is not furniture, so the junk test passes it; but a
report repeats its headline's words -- the names, the places, the things it is about -- and such a
body repeats none of them.

:func:`off_topic_part` says so when a headline line of at least ``settings.off_topic_headline_words``
content words (letter words of four or more letters that are no stop word of any language; a Han or
kana pair in Chinese and Japanese) shares none with a body of at least ``settings.off_topic_body_words``
words: the text is then judged from its headline, as a junk body is. A word of the headline is found
in the body when a body word begins with its first four letters (five for a word of seven or more):
inflected forms ("Gefängnis" / "Gefängnissen", "grecs" / "Grèce") match, case and accents folded.
Only a headline on its own line (or set off by two spaces, as pages joined to their headline are)
is read: a text whose first sentence runs on from its headline gives no headline to compare, and a
headline that opens with a quotation is left alone (a quoted phrase need not return in the body:
"'Get out now': desperate tales from ..."), and so is a headline in another script than its body (no word
of one can return in the other; :func:`loose_headline` flags it). Language-neutral: the stop words are every language's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import LANGUAGES, main_script, stop_words
from ..text import folded as _fold
from ._headline import ends_in_full_stop
from ._junk import _words

_WORD = re.compile(r"[^\W\d_]+")
# Chinese and Japanese write no spaces: a pair of Han or kana characters is a word's stand-in
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]+")
_QUOTE_OPEN = re.compile(r"^[\"'“”‘’«»„‚「『]")
# a word of at least this many letters is a content word (shorter ones are mostly function words)
_MIN_LETTERS = 4


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Every language's stop words, folded: one of the derived tables (``storylens._cache.derived``, built by
    ``storylens setup`` or on first use), as reading spaCy's 14 lists and folding their 12,000 words cost ~16
    CPU-ms of every fresh comparison (issue 16). Keyed on the text layer and its data (the languages, the fold)
    and on spaCy's version (the lists)."""
    from pathlib import Path

    from .._cache import derived

    text_dir = Path(__file__).resolve().parent.parent / "text"
    return derived("topic-stop-words", _all_stop_words, files=[Path(__file__).resolve(), *sorted(text_dir.glob("*.py")),
                                                                   *sorted((text_dir / "data").glob("*.json"))],
                   libraries=("spacy",))


def _all_stop_words() -> frozenset[str]:
    return frozenset(_fold(w) for lang in LANGUAGES for w in stop_words(lang))


def _key(word: str) -> str:
    """What a body word must begin with to be the same word: four letters, five for a long word."""
    return word[:4] if len(word) <= 6 else word[:5]


def headline_keys(headline: str) -> list[str]:
    """The content words of a headline as keys (folded, cut to their first 4-5 letters; Han/kana pairs)."""
    folded = _fold(headline)
    stop = _stop_words()
    keys = [_key(w) for w in _WORD.findall(_CJK.sub(" ", folded)) if len(w) >= _MIN_LETTERS and w not in stop]
    for run in _CJK.findall(folded):
        keys += [run[i:i + 2] for i in range(len(run) - 1)]
    return list(dict.fromkeys(keys))


def _found(keys: list[str], body: str) -> list[str]:
    folded, starts = _body_starts(body)
    return [k for k in keys if (k in folded if _CJK.fullmatch(k) else k in starts)]


@lru_cache(maxsize=2)
def _body_starts(body: str) -> tuple[str, frozenset[str]]:
    """``body`` folded and the first 4 and 5 letters of its words, kept for the last bodies: :func:`off_topic_part` and
    :func:`loose_headline` read one text's body in turn when it is prepared (perf58: the second fold was ~5 % of
    :func:`storylens.similarity.prepare_text` over 1,500 SemEval dev texts, profiled)."""
    folded = _fold(body)
    words = _WORD.findall(_CJK.sub(" ", folded))
    return folded, frozenset(w[:n] for w in words for n in (4, 5) if len(w) >= n)


def _headline_line(text: str, max_chars: int) -> tuple[str, str] | None:
    """(headline, body) when the headline is set off by two spaces (before the first line break) or is a
    line of its own, else None. A piece before two spaces that ends in a full stop is the first sentence
    of a text spaced so after its sentences ("The river crested on Tuesday.  Rescuers …"; review: it was
    read as the headline and the rest of the text as its body)."""
    stripped = text.strip()
    line, sep, _ = stripped.partition("\n")
    cut = line.find("  ")
    if cut > 0:
        head, body = stripped[:cut], stripped[cut:]
        if ends_in_full_stop(head):  # the same rule as clean's title (prepare._headline)
            return None
    elif sep:
        head, body = line, stripped[len(line):]
    else:
        return None
    head = head.strip()
    if not head or len(head) > max_chars:
        return None
    return head, body


# the body's script is read from its opening: enough letters to know it, cheap on a long text (set at
# stop 34 by hand: 600 characters hold some 100 words of a Latin or Cyrillic body, not tuned)
_SCRIPT_SAMPLE = 600


def other_script(head: str, body: str) -> bool:
    """Whether the headline ``head`` is written in another script than ``body`` (its first characters)."""
    # a headline in one script over a body in another ("Moscow flood: hundreds evacuated" over a Russian
    # report) shares no word with it whatever its story, so the word test cannot speak (review of stop 34)
    a, b = main_script(head), main_script(body[:_SCRIPT_SAMPLE])
    return a is not None and b is not None and a != b


def _headline_over_body(text: str) -> tuple[str, str] | None:
    """(headline line, body) when ``text`` has a headline line the rules read (at most
    ``settings.junk_headline_chars`` characters, not opening with a quotation) over a body of at least
    ``settings.off_topic_body_words`` words, else None."""
    from ..settings import DEFAULT

    split = _headline_line(text, DEFAULT.junk_headline_chars)
    if split is None:
        return None
    head, body = split
    if _QUOTE_OPEN.match(head) or _words(body) < DEFAULT.off_topic_body_words:
        return None
    return head, body


def loose_headline(text: str) -> bool:
    """Whether ``text`` has a headline line (as :func:`off_topic_part` reads one, over a body of at least
    ``settings.off_topic_body_words`` words) fewer of whose content words than
    ``settings.off_topic_other_headline_found`` (all of them, for a shorter headline) return in its body:
    the rule's chance escape (one 4-letter prefix in common) or a headline too short for the rule, so the
    body may be another page's all the same. A text judged from its headline is not read whole against
    such a text (similarity's whole readings: the same forum page under two stories' headlines would
    read as a copy)."""
    from ..settings import DEFAULT

    split = _headline_over_body(text)
    if split is None:
        return False
    keys = headline_keys(split[0])
    body = split[1]
    # a headline of one content word vouches for its body when that word returns in it; a header line over the
    # real headline ("VnExpress" over the section, date and author lines) does not make the body another page's
    if not keys or len(_found(keys, body)) >= min(len(keys), DEFAULT.off_topic_other_headline_found):
        return False
    short = len(keys) < DEFAULT.off_topic_headline_words  # an outlet's name or a section, too short for a headline
    return not ((short or _fields_line(split[0])) and _headline_below(body))


def off_topic_part(text: str) -> str | None:
    """The headline of ``text`` when its body is about something else (see the module), else None.

    Needs a headline line (at most ``settings.junk_headline_chars`` characters, not opening with a
    quotation) with at least ``settings.off_topic_headline_words`` content words, a body of at least
    ``settings.off_topic_body_words`` words, and none of the headline's words in the body; never for a
    headline in another script than its body (:func:`other_script`: no word can return, the test cannot
    speak). :func:`loose_headline` still flags such a text: its body may be another page's all the same.
    """
    from ..settings import DEFAULT

    split = _headline_over_body(text)
    if split is None or other_script(*split):
        return None
    head, body = split
    keys = headline_keys(head)
    if len(keys) < DEFAULT.off_topic_headline_words or _found(keys, body):
        return None
    if _fields_line(head) and _headline_below(body):  # a byline or date stamp over the headline, not a headline
        return None
    return head


# A sentence ends in one of these (any script's), after a closing quotation mark or bracket too: a glued headline
# lies in the text's first sentence.
_SENTENCE_END = re.compile(r"[.!?…。！？؟][\"'”’»」』)\]]*$")


# the scripts whose capitals mark where a glued body's first sentence begins
_CASED = frozenset({"latin", "cyrillic", "greek"})


def _ends_headline(token: str) -> bool:
    """Whether a headline can end in ``token``: not a function word ("die", "the", "en", "w"), which a sentence
    runs on from (an opening that ends in one is a headline and the body's first words)."""
    words = _WORD.findall(_fold(token))
    return bool(words) and words[-1] not in _stop_words() and len(words[-1]) > 1


def glued_headline(text: str) -> str | None:
    """The headline of ``text`` when it runs on into a body about something else with no line break or gap, else
    None: the longest opening of the first sentence that ends before a capitalised word (where a glued body's first
    sentence begins), not in a function word, with at least ``settings.off_topic_headline_words`` content words none
    of which begins a word of what follows it (at least ``settings.off_topic_body_words`` words). A candidate only:
    words alone also flag reports whose opening says their headline in other words (13 of the 24 dev texts flagged),
    so :func:`storylens.similarity.glued_parts` confirms it with the sentence encoder before a judge sets the body
    aside; :func:`storylens.prepare.story_part` (the stream's keys, the near-duplicate link) does not read it.

    A report's opening sentence repeats in its body what it is about (the names, the places, the things), so only
    a headline over another page's text has four content words none of which returns: scraped pages join the
    story's title to a forum post, a list of other stories or another article by a space (issue #11: a forum
    question on notice periods glued to "Mindestens 16 Tote bei Kämpfen in mexikanischem Gefängnis" was judged
    "different stories" from a report of the riot). Only scripts that write capitals mark where the body begins
    (Latin, Cyrillic, Greek); a text in another script, or whose opening is in another script than what follows
    (:func:`other_script`), is left alone, as are an opening quotation and a header line of fields."""
    from ..settings import DEFAULT

    stripped = text.strip()
    if _headline_line(stripped, DEFAULT.junk_headline_chars) is not None:  # a headline line: off_topic_part reads it
        return None
    tokens = stripped.split()
    if len(tokens) < DEFAULT.off_topic_headline_words + DEFAULT.off_topic_body_words or _QUOTE_OPEN.match(stripped):
        return None
    # the word starts (four and five letters, as :func:`_found` reads them) of each token, and where each last occurs
    last: dict[str, int] = {}
    for t, token in enumerate(tokens):
        for w in _WORD.findall(_fold(token)):
            for n in (4, 5):
                if len(w) >= n:
                    last[w[:n]] = t
    best = None
    keys: set[str] = set()  # the content words of the opening so far, as keys (:func:`headline_keys`)
    chars = 0
    for i, token in enumerate(tokens):
        chars += len(token) + 1
        if i and token[0].isupper() and len(keys) >= DEFAULT.off_topic_headline_words and _ends_headline(tokens[i - 1]) \
                and all(last.get(k, -1) < i for k in keys) and len(tokens) - i >= DEFAULT.off_topic_body_words:
            best = i
        if chars > DEFAULT.junk_headline_chars or _SENTENCE_END.search(token):
            break
        keys.update(headline_keys(token))
        if any(last.get(k, -1) > i for k in keys):  # a word of the opening returns after it: no longer opening
            break
    if best is None:
        return None
    head = " ".join(tokens[:best])
    if main_script(head) not in _CASED:
        return None
    body = " ".join(tokens[best:])
    if other_script(head, body) or (_fields_line(head) and _headline_below(body)):
        return None
    return head


# A header line of labelled fields: "Penulis: Andi Hartanto | Editor: Rina Susanti", "Von X | Stand: 26.11.2026"
_FIELD_SEP = re.compile(r"\s*[|·•]\s*")
# a field "label: value": a label of one or two words before the colon
_LABELLED = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s*:\s*\S")


def _fields_line(line: str) -> bool:
    """Whether ``line`` is a header line of labelled fields: parted by ``|``, ``·`` or ``•``, two of them
    ``label: value`` or one beside a date stamp: a byline, an editor's or a date stamp's line, not a headline. A
    headline with a section label ("Politik: Innenminister Weber tritt zurück | Berlin") has one label and no
    date (try48 F2: it was read as a byline, and another page's body under it was no longer set aside)."""
    from .clean import _field_date

    fields = [f for f in _FIELD_SEP.split(line) if f]
    if len(fields) < 2:
        return False
    labelled = sum(bool(_LABELLED.match(f)) for f in fields)
    return labelled >= 2 or (labelled == 1 and any(_field_date(f) for f in fields))


# How many short lines under a text's first line may hold its real headline when that line is header furniture
# (:func:`_fields_line`, or an outlet's name): an outlet's header the cleaning did not read (outlet, section,
# date stamp, byline) is up to four lines over it (trial63 F3/F5: KOMPAS.com's
# "Penulis: Andi Hartanto | Editor: Rina Susanti" over "Gunung Semeru Erupsi, …"; VnExpress's outlet, section,
# date and author lines). Set by reading the trial's headers, not tuned.
_TOP_LINES = 5


def _headline_below(body: str) -> bool:
    """Whether one of the short lines at the top of ``body`` (up to :data:`_TOP_LINES` lines before the first
    long one, none ending in a full stop) is a headline the rest of the body repeats: at least
    ``settings.off_topic_other_headline_found`` of its content words (all, for a shorter headline) return. The
    first line over them is then a header line the cleaning did not read (a byline, an outlet's name), not a
    headline over another page's body: setting the body aside left "Penulis: … | Editor: …" to judge a
    volcano report by (trial63 F5: "no name, place, date or figure in common" beside Semeru, Lumajang, Malang)."""
    from ..settings import DEFAULT

    lines = [line.strip() for line in body.strip().splitlines()]
    seen = 0
    for i, line in enumerate(lines):
        if not line:
            continue
        if seen == _TOP_LINES or len(line) > DEFAULT.junk_headline_chars or ends_in_full_stop(line):
            return False
        seen += 1
        keys = headline_keys(line)
        need = min(len(keys), DEFAULT.off_topic_other_headline_found)
        if need and len(_found(keys, "\n".join(lines[i + 1:]))) >= need:
            return True
    return False
