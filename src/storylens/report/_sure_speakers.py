"""When "same words, different speakers" may be said: both attributions sure and the two quotations one utterance.

A quote match between two documents whose speakers name two people (``pipeline._other_speakers``) was a
contradiction. On real English news (BASIL tune half, 3 outlets per event, spk62) all 46 such pairs at c8af61f7
were false: the speaker of one side was a pronoun resolved to the wrong person ("she told MSNBC" given to Tlaib,
named in the sentence before), a name inside the object ("Malia even declined her father's offer ... "Nah""
given to Obama), no person at all ("The ad says", "Of Obama, he said", "the Fox News host"), one statement
given jointly or through a spokesman ("Pelosi and Schumer said", "a statement from Harry Reid's office"), or two
different utterances matched ("gross abuse of power" / "gross abuse of the power of the presidency").

A pair stays a speaker conflict only when, for each quotation,

- its speaker is a person named in its own sentence, outside the quotation: every name word is a word of a
  PERSON mention of that sentence (or the name is read from its written form, :func:`_person`: "Jean-Noël
  Barrot", "Chancellor Scholz"), and the surname is written there, not only as a possessive ("Reid's office");
  names and sentences are compared casefolded alike ("Maaßen", "İmamoğlu"); an attribution set inside the marks
  between commas or dashes ("« …, a déclaré Olaf Scholz, quoi qu'il arrive. »") counts as outside (:func:`_blanked`);
- the speaker is no office ("Kancelaria Premiera") and not the object of a preposition before a reporting verb
  with its own subject ("Nach einem Treffen mit Emmanuel Macron sagte der Kanzler");
- the other side's speaker is not also named there (a joint statement, "an adviser to Mr. Reid");

and the two quotations are one utterance: in one language the shorter is found word for word in the longer
(:data:`_SAME_WORDS_SHARE`) or, reworded, the match is as close as two languages' and most content words of each
are the other's (:func:`_same_content`); across two languages the match is close (``pipeline._CONFLICT_PAIR_SCORE``); and the
shorter has :data:`_MIN_UTTERANCE_WORDS` words or more (a fragment like "Nah" or "deeply troubled" is a phrase
two people can use, or one outlet's paraphrase). Any other match stays a quote match with no conflict: a false
contradiction is worse than a missed one.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache

from ..models import Document, Entity, Quote

# The share of the shorter quotation's words found in order in the longer one (difflib matching blocks) for two
# quotations of one language to be one utterance: outlets quote verbatim and cut or add a clause ("Well, I have
# people ..." / "I have people ..." 0.94), while two utterances share a phrase ("gross abuse of power" / "gross
# abuse of the power of the presidency" 0.50). Chosen on those BASIL tune pairs, not tuned.
_SAME_WORDS_SHARE = 0.8
# The share of each same-language quotation's content words found in the other for a reworded or translated
# quotation to be one utterance (with a match score >= pipeline._CONFLICT_PAIR_SCORE): break62k's rewordings
# and translations of one sentence 0.57-0.8, BASIL tune's two-utterance pairs of a score that high 0.45 or less
# one way (an ad and Priebus on Medicare). Chosen on those pairs, not tuned.
_SAME_CONTENT_SHARE = 0.55
# The fewest content words of each of two reworded quotations: a short phrase reworded is one two people use
# ("a gross abuse of power that cannot be tolerated" / "gross abuse of the power of the presidency", 4 each,
# BASIL tune), while break62k's reworded sentences have 6 or more. Chosen on those pairs, not tuned.
_MIN_REWORDED_CONTENT = 5
# The fewest words of the shorter quotation of a speaker conflict: BASIL tune's fragments "Nah", "wisdom",
# "exhilarated", "deeply troubled", "spill the beans" were each one person's phrase given to two by a resolution
# error. Chosen on those pairs, not tuned.
_MIN_UTTERANCE_WORDS = 4
# The fewest letters of an office word that heads a compound title ("Finanzminister", "Bundeskanzler"), as
# pipeline._ROLE_HEAD_CHARS.
_TITLE_HEAD_CHARS = 5
# Scripts written without spaces: their length is counted in characters, two to a word.
_UNSPACED = frozenset({"CJK", "HIRAGANA", "KATAKANA", "THAI"})


@dataclass(frozen=True)
class _Sentence:
    text: str  # the sentence with its quotations blanked out, folded (:func:`_fold`)
    language: str | None
    people: frozenset[str]  # casefolded words of the PERSON mentions of the sentence
    others: frozenset[frozenset[str]]  # the casefolded words of each of its other mentions (ORG, PLACE, OTHER)
    common: frozenset[str]  # the words its document writes in lower case ("the", "of", "news")


def sure_speaker_conflicts(quotes: Sequence[Quote], documents: Sequence[Document], entities: Sequence[Entity],
                           min_score: float) -> list[Quote]:
    """``quotes`` with ``other_speaker`` cleared on every match that is no sure speaker conflict (module
    docstring); ``min_score`` is the match score two languages' quotations need (cosine-like, 0-1)."""
    sentences = _sentences(documents, entities)
    by_id = {q.id: q for q in quotes}
    out = []
    for q in quotes:
        matches = tuple(m if not m.other_speaker or _sure_pair(q, by_id.get(m.quote), m.score, sentences, min_score)
                        else replace(m, other_speaker=None) for m in q.matches)
        out.append(replace(q, matches=matches) if matches != q.matches else q)
    return out


def _sentences(documents: Sequence[Document], entities: Sequence[Entity]) -> dict[str, _Sentence]:
    from ..analysis.quotes import quotations

    people: dict[str, set[str]] = {}
    others: dict[str, set[frozenset[str]]] = {}
    for entity in entities:
        for mention in entity.mentions:
            if entity.type == "PERSON":
                people.setdefault(mention.sentence, set()).update(_words(mention.text))
            else:
                others.setdefault(mention.sentence, set()).add(frozenset(_words(mention.text)))
    out = {}
    for doc in documents:
        common = frozenset(_fold(w) for w in re.findall(r"\w+", doc.text) if w[:1].islower())
        for s in doc.sentences:
            text = s.text
            for a, b in quotations(text):
                text = text[:a] + _blanked(text[a:b], s.language or doc.language) + text[b:]
            out[s.id] = _Sentence(_fold(text), s.language or doc.language, frozenset(people.get(s.id, ())),
                                  frozenset(others.get(s.id, ())), common)
    return out


# An attribution set inside the quotation marks between commas or dashes ("« …, a déclaré Olaf Scholz, quoi qu'il
# arrive. »", "„… – powiedział Donald Tusk – …”", the house style of French, Italian, Polish, Russian and Portuguese
# papers: trial break62k2 HIGH 1): a piece after the first of at most this many words holding a reporting verb.
_INNER_ATTRIBUTION_WORDS = 8
_INNER_BREAK = re.compile(r"[,–—]")


def _blanked(span: str, language: str | None) -> str:
    """``span`` (one quotation with its marks) in spaces, but for an attribution inside it (see
    :data:`_INNER_ATTRIBUTION_WORDS`), which names the speaker as one outside the marks does."""
    from ..text import reporting_verb_pattern

    verbs = reporting_verb_pattern(language) if language else None
    out = [" "] * len(span)
    if verbs is None:
        return "".join(out)
    cuts = [m.start() for m in _INNER_BREAK.finditer(span)] + [len(span)]
    for start, end in itertools.pairwise(cuts):
        piece = span[start + 1 : end]
        if len(piece.split()) <= _INNER_ATTRIBUTION_WORDS and verbs.search(piece.lower()):
            out[start + 1 : end] = piece
    return "".join(out)


def _sure_pair(a: Quote, b: Quote | None, score: float, sentences: Mapping[str, _Sentence], min_score: float) -> bool:
    if b is None or a.sentence not in sentences or b.sentence not in sentences:
        return False
    sa, sb = sentences[a.sentence], sentences[b.sentence]
    return (_named_here(a.speaker, sa) and _named_here(b.speaker, sb)
            and not _written_in(b.speaker, sa, possessive=True) and not _written_in(a.speaker, sb, possessive=True)
            and _one_utterance(a.text, b.text, sa.language == sb.language, score, min_score, sa.language))


def _name_words(speaker: str | None) -> list[str]:
    """The casefolded words of a speaker's name after its role ("Foreign Minister Radoslaw Sikorski" -> radoslaw,
    sikorski), surname last; [] when no name is read."""
    from .pipeline import _after_role, _given_order, _speaker_name

    name = _after_role(_speaker_name(speaker))
    return _words(" ".join(_given_order(name))) if name else []


def _named_here(speaker: str | None, sentence: _Sentence) -> bool:
    """Whether ``speaker`` is a person named in ``sentence`` outside its quotations (its surname written there),
    a person (:func:`_person`), no office (:func:`_office`) and not a name before a reporting verb whose subject
    follows it (:func:`_inverted_subject`)."""
    return (_person(speaker, sentence) and not _office(speaker) and _written_in(speaker, sentence)
            and not _inverted_subject(speaker, sentence))


def _office(speaker: str | None) -> bool:
    """Whether a capitalised word of ``speaker``'s name is a word naming a body in some language (text data
    "organisation_words"): the Polish extractor tags "Kancelaria Premiera", "Biuro Bezpieczeństwa Narodowego"
    PERSON (break62k f_place_kprm, f_pl_bbn); not when a listed given name follows the body's word ("la présidente
    de la Commission Ursula von der Leyen")."""
    from ..text import given_name_gender

    bodies = _body_words()
    capitalised = [w.strip(".,") for w in (speaker or "").split() if w[:1].isupper()]
    at = next((i for i, w in enumerate(capitalised) if any(part in bodies for part in _words(w))), None)
    return at is not None and not any(given_name_gender(part) for w in capitalised[at + 1:]
                                      for part in re.split(r"[-‐]", w))


def _inverted_subject(speaker: str | None, sentence: _Sentence) -> bool:
    """Whether the surname of ``speaker`` is written inside a clause, after a word of it the document writes in
    lower case (a preposition: "mit", "neben", "z"; not a title), and followed at once by a reporting verb of the
    sentence's language and that verb's own subject, a pronoun or a title or office noun ("Nach einem Treffen mit Emmanuel Macron sagte der Kanzler: „…“", "W rozmowie z Emmanuelem Macronem
    kanclerz powiedział", "Im Interview mit Marietta Slomka sagte er"; break62k f_next_to_de, f_interview_de):
    the name is the object of a preposition, and the verb's subject, not it, the speaker."""
    words = _name_words(speaker)
    if not words:
        return False
    after, subjects = _verb_and_subject(sentence.language)
    if after is None:
        return False
    for m in re.finditer(rf"(?<!\w){re.escape(words[-1])}", sentence.text):
        clause = re.split(r"[,;:–—(\"„“”«»]", sentence.text[: m.start()])[-1]
        before = _words(clause[: clause.rfind(words[0])] if words[0] in clause else clause)
        # the name opens its clause, or a title does ("Senator Warren told the Fed chairman"): its subject
        if not before or _title(before[-1]) or not (before[-1] in sentence.common or len(before) == 1):
            continue
        follow = after.match(sentence.text, m.end())
        if follow and any(w and (w in subjects or _title(w) or (w in sentence.people and w not in words))
                          for w in follow.groups()):
            return True
    return False


@cache
def _verb_and_subject(language: str | None) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """For :func:`_inverted_subject`, once per language: the pattern of what follows a name that is a preposition's
    object (a word's end, then a reporting verb and up to three words, or a word and the verb), None for a
    language without reporting verbs; and the language's pronouns, folded."""
    from ..text import profile

    data = profile(language)
    verbs = sorted((_fold(v) for v in data.reporting_verbs), key=len, reverse=True)
    subjects = frozenset(_fold(p) for p in data.pronouns_singular | data.pronouns_plural)
    if not verbs:
        return None, subjects
    verb = "|".join(re.escape(v) for v in verbs)
    return re.compile(rf"\w*\s+(?:(?:{verb})\s+(\w+)(?:\s+(\w+))?(?:\s+(\w+))?|(\w+)\s+(?:{verb})(?!\w))"), subjects


def _title(word: str) -> bool:
    titles = _title_words()
    return word in titles or any(len(t) >= _TITLE_HEAD_CHARS and word.endswith(t) for t in titles)


def _person(speaker: str | None, sentence: _Sentence) -> bool:
    """Whether ``speaker`` names a person in ``sentence``: each name word a word of a PERSON mention there; else no
    other kind of mention within it ("Fox News", "White House", "Arizona" of "Arizona Republican") unless a
    word is a listed given name (the French extractor's ORG "Commission Ursula von der Leyen", "Jean-Noël
    Barrot"), two capitalised name words or more ("Jean-Noël Barrot", "Massimo D'Alema", "Dominique de
    Villepin"), and none of them a word the document writes in lower case ("The ad", "Of Obama": "the", "of");
    or a lone surname written after a title or office word of the text data ("Chancellor Scholz", "Kanzler
    Scholz", "Finanzminister Lindner", "M. Scholz"; :func:`_titled`). The entity extractor misses or mislabels
    names in some languages, hence the second and third readings."""
    words = _name_words(speaker)
    if not words:
        return False
    if all(w in sentence.people for w in words):
        return True
    if len(words) == 1:
        return _titled(words[0], sentence)
    from ..text import given_name_gender

    # the speaker's written name words ("Jean-Noël", "D'Alema"), capitalised, each made of name words
    capitalised = [w.strip(".,") for w in (speaker or "").split()
                   if w[:1].isupper() and (parts := _words(w)) and all(part in words for part in parts)]
    # a listed given name before a surname outweighs the extractor's kind ("Commission Ursula von der Leyen" read
    # as one ORG; not "Casa Blanca", whose "Blanca" is a given name too); a part of a hyphenated one counts
    # ("Anne" of "Anne-Marie", "Luc" of "Jean-Luc")
    organisation = any(mention and mention <= set(words) for mention in sentence.others) \
        and not any(given_name_gender(part) for w in capitalised[:-1] for part in re.split(r"[-‐]", w))
    return (not organisation and len(capitalised) >= 2
            and not any(part in sentence.common for w in capitalised for part in _words(w) if len(part) > 1))


def _titled(surname: str, sentence: _Sentence) -> bool:
    """Whether the lone name word ``surname`` (folded) is written in ``sentence`` right after a title or office
    word (:func:`_title_words`; a compound ending in an office word: "Bundeskanzler", "Finanzminister"), itself
    no word the document writes in lower case ("Chancellor Scholz said"). Not in a language that writes an
    office's country in the genitive after it (text.NAME_INFLECTING_LANGUAGES): "kanclerz Niemiec" is the
    chancellor of Germany, "premier Polski" Poland's (break62k f_after_pl), and such a genitive is no listed form."""
    from ..text import NAME_INFLECTING_LANGUAGES

    if surname in sentence.common or (sentence.language or "").split("-")[0] in NAME_INFLECTING_LANGUAGES:
        return False
    return any(_title(match.group(1).strip("."))
               for match in re.finditer(rf"([\w.'’-]+)\s+{re.escape(surname)}(?!\w)", sentence.text))


def _written_in(speaker: str | None, sentence: _Sentence, possessive: bool = False) -> bool:
    """Whether the surname of ``speaker`` is written in ``sentence`` outside its quotations, as the start of a word
    (an inflected form counts: "Sikorskiego"); an English possessive counts only with ``possessive`` ("a
    statement from Harry Reid's office" does not name Reid as the speaker, whose spokesman may give it, but
    "Sanders read out Trump's tweet" names Trump as the other side's author)."""
    words = _name_words(speaker)
    if not words:
        return False
    from .pipeline import _script

    # (Chinese and Japanese write a name between other letters: "外交部长王毅说")
    start = "" if _script(words[-1]) in _UNSPACED else r"(?<!\w)"
    pattern = re.compile(rf"{start}{re.escape(words[-1])}\w*")
    return any(possessive or not _possessive(sentence.text, m.end()) for m in pattern.finditer(sentence.text))


def _possessive(text: str, end: int) -> bool:
    return bool(re.match(r"['’]s\b", text[end:end + 3]))


def _one_utterance(a: str, b: str, one_language: bool, score: float, min_score: float,
                   language: str | None = None) -> bool:
    """Whether quotations ``a`` and ``b`` are one utterance (module docstring): in one language, word for word
    (:data:`_SAME_WORDS_SHARE`), or reworded or translated into it by one outlet ("We will not raise taxes ...,
    no matter what happens" / "Whatever happens, we are not going to put up taxes ...": break62k HIGH 3) when
    the match is as close as two languages' must be and each side's content words are mostly the other's
    (:func:`_same_content`)."""
    words_a, words_b = _words(a), _words(b)
    shorter, longer = sorted((words_a, words_b), key=len)
    if min(_length(a, words_a), _length(b, words_b)) < _MIN_UTTERANCE_WORDS:
        return False
    if not one_language:
        return score >= min_score
    blocks = SequenceMatcher(None, shorter, longer, autojunk=False).get_matching_blocks()
    if sum(block.size for block in blocks) >= _SAME_WORDS_SHARE * len(shorter):
        return True
    return score >= min_score and _same_content(words_a, words_b, language)


def _same_content(words_a: list[str], words_b: list[str], language: str | None) -> bool:
    """Whether each quotation has :data:`_MIN_REWORDED_CONTENT` content words (not the language's stop words) or
    more and at least :data:`_SAME_CONTENT_SHARE` of them have a word of the other's sharing its stem (one a prefix of the other, 3 letters or more: "tax" /
    "taxes", "arbeiten" / "arbeitende"; or the first 5 letters). Both ways: a short phrase found in a long
    statement ("gross abuse of the power of the presidency" in Nadler's three sentences, BASIL tune) is another
    utterance, and so is an ad's claim and a politician's on one subject ("He stole $700 billion from Medicare
    ..." / "... Obama has cut $716 billion from Medicare ...")."""
    from ..text import stop_words

    stop = stop_words(language)
    content_a = [w for w in words_a if w not in stop]
    content_b = [w for w in words_b if w not in stop]
    if min(len(content_a), len(content_b)) < _MIN_REWORDED_CONTENT:
        return False
    return min(_found_share(content_a, content_b), _found_share(content_b, content_a)) >= _SAME_CONTENT_SHARE


def _found_share(words: list[str], other: list[str]) -> float:
    return sum(any(_one_stem(w, o) for o in other) for w in words) / len(words)


def _one_stem(a: str, b: str) -> bool:
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    return (len(short) >= 3 and long_.startswith(short)) or (len(short) >= 5 and short[:5] == long_[:5])


def _length(text: str, words: list[str]) -> int:
    from .pipeline import _script

    if _script(text) in _UNSPACED:
        return len(re.findall(r"\w", text)) // 2
    return len(words)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", _fold(text))


def _fold(text: str) -> str:
    """``text`` casefolded, as names and sentences are compared: "Maaßen" -> "maassen", and "İmamoğlu" ->
    "imamoğlu" (casefold writes "İ" as "i" and a combining dot, which splits the word in two: break62k)."""
    return unicodedata.normalize("NFC", text.casefold()).replace("\u0307", "")


@cache
def _body_words() -> frozenset[str]:
    from ..text import organisation_words_any

    return frozenset(_fold(w) for w in organisation_words_any())


@cache
def _title_words() -> frozenset[str]:
    """Every language's title and office words, folded, without a final full stop (text data "role_words",
    "role_genders", "titles", "title_abbreviations": "chancellor", "kanzler", "m", "señor", "sen")."""
    from ..text import LANGUAGES, profile

    words: set[str] = set()
    for lang in LANGUAGES:
        data = profile(lang)
        words.update(data.role_words, data.titles, (w for w, _ in data.role_genders),
                     (w for w, _ in data.title_abbreviations))
    return frozenset(_fold(w).strip(".") for w in words if w.strip("."))
