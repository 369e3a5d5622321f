"""The subjects of a document's sentences, the candidates a pronoun or a role resolves to (part of
:mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ...models import Document, Sentence
from ...text import LANGUAGES, alternation, base, profile
from ._marks import _DOUBLE
from ._names import _name_after_complement, _NameIndex, _nominative_of, _paragraph_starts
from ._phrases import _GLUED_HEADLINE, _find_attributions, _headline_end, _subject_after_object
from ._scripts import _cjk_bare_subject
from ._spans import _mask, _RawQuote
from ._subjects import (
    _JOINT,
    _clean_name,
    _date_phrase,
    _drop_leading_complement,
    _en_person_noun,
    _name_prefix,
    _opening_person,
    _preposition,
)
from ._vocab import (
    _ARABIC,
    _BY_OPENING,
    _DATELINE,
    _DETS,
    _HAN,
    _ORG_WORDS,
    _PARTY_MEMBERS,
    _ROLE_HEADS,
    _STOP_CAPS,
    _TITLES,
    _TOKEN_RE,
    _UP,
    _Attribution,
    _is_title,
    _plausible_speaker,
)

_EPITHET_WORDS = 3  # "Wisconsin Republican", "New York Democrat"


def _party_epithet(speaker: str) -> bool:
    """"Massachusetts Democrat", "Republican": a state and a party member, not a person's name; "die
    SPD-Politikerin": a party glued to the member noun."""
    toks = [t.rstrip(".,") for t in speaker.split() if t.lower() not in _DETS]
    last = toks[-1] if toks else ""
    glued = last.rsplit("-", 1)[-1] if "-" in last and last[:1].isupper() else ""
    return 1 <= len(toks) <= _EPITHET_WORDS and (last in _PARTY_MEMBERS or glued in _PARTY_MEMBERS)


def _party_description(toks: Sequence[str]) -> bool:
    """"the presumptive Republican nominee", "the Democratic front-runner": an article, at most three words
    of which one is a party member's word or its adjective (text/data en.json "party_members": "Democrat" ->
    "Democratic"), ending in a lower-case noun for a person (a role word or an English person noun, no body); no name of its own (BASIL speakers, stop 36)."""
    words = [t for t in toks if t.lower() not in _DETS]
    if not (toks and toks[0].lower() in _DETS) or not 2 <= len(words) <= _EPITHET_WORDS:
        return False
    last = words[-1]
    noun = last.rsplit("-", 1)[-1]  # "front-runner"
    person = noun in _ROLE_HEADS or (_en_person_noun(noun) and noun not in _ORG_WORDS)  # not "the Democratic committee"
    return person and last.replace("-", "").isalpha() and last.islower() and any(
        w[:1].isupper() and w.startswith(p) for w in words[:-1] for p in _PARTY_MEMBERS)


# "Sen." stands for "senator" when a description names the role ("the Arizona senator" after "Sen. Jeff Flake")
_TITLE_ABBREVIATIONS = {k: v for lang in LANGUAGES for k, v in profile(lang).title_abbreviations}
_TITLE_ABBREVIATION = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, sorted(_TITLE_ABBREVIATIONS, key=len, reverse=True)))
                                 + r")\s") if _TITLE_ABBREVIATIONS else re.compile(r"(?!)")


_CAPITALISED_TITLE_LANGUAGES = frozenset({"en", "de", ""})  # titles and nouns capitalised: a capital says nothing
_STEM_HEAD = 6  # letters: "ministra"/"министра"/"prezydenta" are looked up by their stem, "мэра" is not
_DESCRIBED_HEAD = 5  # letters: a shorter word ("man", "son") is too common to find a person by
_ROLE_GENDER_WORDS = 12  # (with the characters) "Die Ministerin für Katastrophenschutz des Bundesstaates …, Karen"
_ROLE_GENDER_CHARS = 90  # the role before a name: "Die Ministerin für Katastrophenschutz des Bundesstaates …, "
_NARRATIVE_WORDS = 8  # a paragraph of narrative between a speaker and a pronoun: a sentence, not a credit line
_CATAPHORA_CHARS = 300  # a lead's pronoun or headline's description and the name that follows it


_BODY_OF = re.compile(
    rf"^\s*(?P<art>\w+)\s+[^\W\d_][\w\-]+(?:\s+(?=[a-zà-öø-ÿ])[\w\-]+)?\s+"
    rf"(?:(?:de|du|des|der|di|del|della|of)\s+(?:l['’]|la\s+|le\s+|el\s+|the\s+)?|d['’]|dell['’])"
    rf"[{_UP}][\w\-]*(?:\s+[{_UP}][\w\-]*)*"
)


def _described_openings(doc: Document) -> list[tuple[int, str, str]]:
    """(offset, description, gender) of sentences that open with an unnamed member of a named body, the
    article giving the gender (text/data "indefinite_genders"): "Une responsable de MSF sur place a décrit
    …" -> "Une responsable de MSF", "f"; "Una portavoz de Cruz Roja …", "Eine Sprecherin der Polizei …"."""
    genders = dict(profile(base(doc.language)).indefinite_genders) if doc.language else {}
    out = []
    for s in doc.sentences if genders else ():
        m = _BODY_OF.match(s.text)
        if m and m.group("art").lower() in genders:
            out.append((s.start, m.group().strip(), genders[m.group("art").lower()]))
    return out


# text/data "cleft_openers": "That's how", "C'est ainsi que" before a sentence's subject
_CLEFT_OPENERS = sorted({w for lang in LANGUAGES for w in profile(lang).cleft_openers}, key=len, reverse=True)
_CLEFT_OPENING = re.compile(rf"\s*(?:{alternation(_CLEFT_OPENERS)})\s+", re.IGNORECASE) if _CLEFT_OPENERS else None


@cache
def _cut_at_and(language: str | None) -> re.Pattern[str]:
    """"Transportation| and Infrastructure": the "and" of ``language`` (text data "people_and"; every
    language's when it is unknown) or "&", then a capital."""
    lg = base(language) if language else None
    words = profile(lg).people_and if lg in LANGUAGES else _JOINT
    return re.compile(rf"\s+(?:{alternation(words | {'&'})})\s+[{_UP}]")


_BODY_NAME_CHARS = 80  # a body's name and the role before its holder: "House … Committee Chairman Peter DeFazio"


def _sentence_subjects(doc: Document, names: _NameIndex) -> list[tuple[int, str]]:
    """(offset, full name) of sentences that open with a person ("On Friday, Liz Cheney issued …");
    ``names``: the document's name index (built once per document by the resolver)."""
    out = []
    datelines = [d.span() for d in (_DATELINE.match(doc.text, p) for p in _paragraph_starts(doc.text)) if d]
    for s in doc.sentences:
        head = body = s.text
        glued = _GLUED_HEADLINE.search(head)
        if glued and not re.search(r"[«»\"“”„]", head[: glued.start()]) and _headline_end(head[: glued.start()]):
            head = body = head[glued.end() :]  # a headline glued to the first sentence: the body's subject follows
        # "WASHINGTON -- President Barack Obama on Friday …": the place filed from is no subject (a splitter may cut
        # the dateline after "Calif.": the sentences inside it are read from its end)
        inside = next((b for a, b in datelines if a <= s.start < b), None)
        if inside is not None and head == s.text:
            if inside - s.start >= len(head):
                continue
            head = body = head[inside - s.start :]
        cleft = _CLEFT_OPENING.match(head) if _CLEFT_OPENING else None
        if cleft:  # "That's how John Skipper, 66, … characterized the claims": the subject follows the cleft
            head = head[cleft.end() :]
        first = re.match(r"^[^,]{0,30},\s*", head)  # a short opening adverbial ("On Friday,")
        if first and not _clean_name(_name_prefix(_TOKEN_RE.findall(head[: first.end()]))):
            head = head[first.end() :]
        # "Según Delaney, …", "Laut Müller …": the person after "according to", not the preposition
        head = _BY_OPENING.sub("", head, count=1)
        toks = _TOKEN_RE.findall(head[:80])
        raw = _drop_leading_complement(head, 0, _name_prefix(toks))
        if len(raw) >= 2 and _preposition(raw[0].lower()) and (len(raw) >= 3 or names.full_name(raw[1], s.start) != raw[1]):
            raw = raw[1:]  # "Despite Trump saying …": the preposition is no part of the name the text gives in full
        run = _clean_name(raw)
        if len(run) >= 3 and doc.language:  # "Прокурор Брешии Франческо Прете заявил": the role's place too
            run = _name_after_complement(run, " ".join(raw[: len(raw) - len(run)]), base(doc.language) or "")
        # one word after a title is a surname too: "Сам Петров вину не признал", "Richterin Weber"
        titled = 0 < len(run) < len(raw) and raw[len(raw) - len(run) - 1].lower() in _TITLES
        if len(run) == 1 and titled and run[0] not in names.surnames and _cut_at_and(doc.language).match(head, head.find(run[0]) + len(run[0])):
            # "House Transportation and Infrastructure Committee Chairman Peter DeFazio … advised": the title
            # opens a body's name cut at "and"; the subject is the person the text titles within it
            at = s.start + len(s.text) - len(head)
            holder = next((n for a, n, t in names.names if t and at < a < at + _BODY_NAME_CHARS), None)
            run = holder.split() if holder else run
        if run and run[-1].endswith(("'", "’")):
            run = []  # "On Fox News' “Hannity,” she called …": a possessor, not the subject
        if run and _party_epithet(" ".join(run)) and re.match(r"\s*the\s", head, re.IGNORECASE):
            # "The New York Democrat, who …, granted …": an epithet refers back, it names no one new ("Every
            # Senate Republican has signed …" stays the antecedent of a later "they")
            continue
        fronted = _fronted_object_subject(run, toks, names)
        if fronted:
            out.append((s.start, names.full_name(fronted, s.start)))
            continue
        if len(run) >= 2 or (run and (titled or names.full_name(run[0], s.start) != run[0])):
            out.append((s.start, names.full_name(" ".join(run), s.start)))
        else:
            # "El martes, el alcalde Jorge Sanz recorrió …": the role after an opening time phrase too (not
            # after an apposition: "Their father, former Vice President Dick Cheney, supports …, and the
            # younger Cheney …")
            opening = [w for w in _TOKEN_RE.findall(body[: len(body) - len(head)]) if w.isalnum() and w.lower() not in _DETS]
            timed = head != body and _date_phrase(opening)
            # the subject after a participle clause before a lead description: "Asked about Rashida Tlaib's remark,
            # Pelosi said …", « Interrogée sur les propos de Rachida Dati, Anne Hidalgo a parlé … » end their
            # clause with a name too, the object's (newuser61 HIGH 5)
            named = _role_opening_subject(body) or (_role_opening_subject(head) if timed else None) \
                or _subject_after_participle(s.text, names) or _lead_description_subject(head) \
                or _possessive_topic(s, names)
            if named:
                out.append((s.start, names.full_name(named, s.start)))
    if _HAN.search(doc.text):
        out = sorted(out + _cjk_sentence_subjects(doc, names))
    if _ARABIC.search(doc.text):
        out = sorted(out + _arabic_sentence_subjects(doc, names))
    if base(doc.language) in _TITLED_OPENING_LANGUAGES:
        out = sorted(out + _titled_opening_subjects(doc, names))
    return out


_TITLED_OPENING_LANGUAGES = ("he", "fa")  # caseless scripts whose subject opens the sentence (not Arabic: verb first)
_TITLED_LEAD_WORDS = 6  # a title, its complement (a ministry, a region: "استاندار خراسان رضوی") before the name


def _titled_opening_subjects(doc: Document, names: _NameIndex) -> list[tuple[int, str]]:
    """(offset, name) of Hebrew and Persian sentences that open with a title, its complement and a person the name
    index holds ("ראש העירייה אלון דוידי קרא …", "استاندار خراسان رضوی غلامحسین مظفری خواستار … شد"): no capitals
    tell the subject of a sentence in these scripts, so a later pronoun ("כך אמר", "او … گفت") went to the speaker
    named before (break57 F4/F5)."""
    data = profile(base(doc.language))
    titles = {t for t in (*data.titles, *data.role_words)}
    out = []
    for s in doc.sentences:
        for at, name, _ in names.names:
            if not s.start <= at < s.end:
                continue
            # (a quotation the splitter left in the sentence closes before it: "«…» استاندار … مظفری خواستار …")
            start = s.start + max([0] + [m.end() for m in re.finditer(r"[»”\"]\s", doc.text[s.start : at])])
            lead = doc.text[start:at].split()
            if lead and lead[0].startswith("ו") and lead[0][1:] in titles | {t.split()[0] for t in titles}:
                lead[0] = lead[0][1:]  # "וראש העירייה …": and the mayor
            titled = bool(lead) and (lead[0] in titles or " ".join(lead[:2]) in titles or " ".join(lead[:3]) in titles)
            if len(lead) <= _TITLED_LEAD_WORDS and not re.search(r"[«\"“„،,:]", doc.text[start:at]) and (not lead or titled):
                out.append((start, name))
    return out


def _fronted_object_subject(run: list[str], toks: list[str], names: _NameIndex) -> str | None:
    """The subject after the verb when a sentence opens with its object, a noun and a name in a case form
    ("Wypowiedź Leszka Mazura skomentował rzecznik spółki Mirosław Siemieniec." — the name's nominative,
    "Leszek Mazur", is in the text): the role's holder after the verb, else None."""
    if len(run) < 3 or not names.language or not profile(base(names.language)).surname_gender:
        return None
    if _nominative_of(" ".join(run[1:]), {name for _, name, _ in names.names}) is None:
        return None
    after = toks[len(run) :]
    if not after or not after[0].isalpha() or not after[0].islower():
        return None
    return _subject_after_object(after)


_PARTICIPLE_CHUNKS = 3  # comma chunks a clause opening with a participle may take: "asked if …, Pence denied it"


def _subject_after_participle(head: str, names: _NameIndex) -> str | None:
    """The subject after an adverbial or participle clause that opens a sentence without a person ("Weeks before
    the election, asked if the campaign was “in cahoots” with WikiLeaks, Pence denied it."): the first later
    comma chunk that opens with a person the text names, then a lower-case verb; else None."""
    return _participle_clause_subject(head, names.surnames)


def _participle_clause_subject(head: str, surnames: frozenset[str]) -> str | None:
    """:func:`_subject_after_participle` with the surnames the text names (``_NameIndex.surnames``)."""
    chunks = head.split(",")
    first = _clean_name(_name_prefix(_TOKEN_RE.findall(chunks[0])))
    if first and (len(first) >= 2 or first[0] in surnames) or not any(t.islower() for t in chunks[0].split()):
        return None  # the sentence opens with a person (or is no clause)
    for chunk in chunks[1 : 1 + _PARTICIPLE_CHUNKS]:
        toks = _TOKEN_RE.findall(chunk)
        run = _clean_name(_name_prefix(toks))
        nxt = toks[len(run)] if len(toks) > len(run) else ""
        if run and nxt.isalpha() and nxt.islower() and (len(run) >= 2 or run[0] in surnames):
            return " ".join(run)
    return None


def _lead_description_subject(head: str) -> str | None:
    """The person a sentence opens with after a description in lower-case words, its first word
    capitalised only as the sentence's first ("Tea party activist Alex Poulter, who co-founded …, also
    disputed …"): the clause before the first comma, read as _opening_person reads it."""
    toks = _TOKEN_RE.findall(head.split(",", 1)[0])
    if len(toks) < 3 or not toks[0].isalpha() or not toks[0][:1].isupper() or toks[0].lower() in _STOP_CAPS:
        return None
    named = _opening_person([toks[0].lower(), *toks[1:]])
    # the name closes the clause ("Like other Republican White House hopefuls, Huckabee …" names no one)
    return named if named and toks[-1] == named.split()[-1] else None


def _possessive_topic(sentence: Sentence, names: _NameIndex) -> str | None:
    """The one person a sentence names, in the possessive ("Then there was New Jersey Sen. Bob
    Menendez's response."): what follows is about that person, so "He" after it is that person."""
    if any(mark in sentence.text for mark in _DOUBLE):
        return None  # a sentence with a quotation has its own speaker
    inside = [(at, n, title) for at, n, title in names.names if sentence.start <= at < sentence.end]
    if len(inside) != 1 or not inside[0][2]:
        return None  # a person the text titles ("Sen. Bob Menendez's"), not "Chuck E. Cheese's" or "Patriot Act's"
    name = inside[0][1]
    return name if re.search(rf"{re.escape(name)}['’]s\b", sentence.text) else None


def _role_opening_subject(sentence: str) -> str | None:
    """The person a sentence opens with by role: "La ministra de Servicios de Emergencia, Karen Whitfield,
    negó …", "Die Ministerin für …, Karen Whitfield, wies … zurück" (the name in apposition), "Министр
    по чрезвычайным ситуациям штата Карен Уитфилд опровергла …" (the name after the role's complement)."""
    chunks = sentence.split(",")
    toks = _TOKEN_RE.findall(chunks[0])
    if toks and toks[0].lower() in _DETS:
        toks = toks[1:]
    if not toks or not (toks[0].lower() in _ROLE_HEADS or _is_title(toks[0])):
        return None
    if len(chunks) >= 3:
        appos = _TOKEN_RE.findall(chunks[1])
        run = _name_prefix(appos)
        name = _clean_name(run)
        if len(run) == len(appos) and len(name) >= 2 and _plausible_speaker(" ".join(name)):
            return " ".join(name)
    return _opening_person(toks)


_AR_SUBJECT_SLOT = 3  # words: Arabic puts the verb first, "ونفى كايو ارتكاب …" (and Caillaux denied …)


def _arabic_sentence_subjects(doc: Document, names: _NameIndex) -> list[tuple[int, str]]:
    """Arabic sentences whose verb is followed by a person the text names in full: "ونفى كايو ارتكاب أي
    مخالفة، وقال للصحافيين «…»" — the subject-less "وقال" after it is that person's."""
    surnames = names.surnames
    out = []
    for s in doc.sentences:
        words = [w.strip("،,.:") for w in s.text.split()[:_AR_SUBJECT_SLOT]]
        found = next((w for w in words[1:] if w in surnames), None)
        if found:
            out.append((s.start, names.full_name(found, s.start)))
        elif titled := _titled_after_verb(s, names):
            out.append((s.start, titled))
    return out


def _titled_after_verb(s: Sentence, names: _NameIndex) -> str | None:
    """The person a title introduces right after an Arabic sentence's opening verb ("وتعهد الرئيس التركي
    رجب طيب أردوغان …، وكتب: «…»", trial 16 #5: the quote went to the minister named before)."""
    for at, name, title in names.names:
        if not (s.start < at < s.end) or not title or not _ARABIC.search(title):
            continue
        before = s.text[: at - s.start].split()  # the verb, then the title's words
        if len(before) == len(title.split()) + 1 and not before[0].startswith("ال"):
            return name
    return None


_CJK_SUBJECT_LEAD = 12  # characters before a person at a Chinese sentence's start: "随后，智利总统" (a title, an adverb)


def _cjk_sentence_subjects(doc: Document, names: _NameIndex) -> list[tuple[int, str]]:
    """Chinese sentences that open with a person ("智利总统博里奇周一抵达科皮亚波。"): a later 他/她
    refers to that person rather than to an earlier speaker, as in English."""
    out = []
    people = [(at, name) for at, name, _ in names.names if _HAN.search(name)]
    for s in doc.sentences:
        first = next((name for at, name in people if s.start <= at < s.end), None)
        at = next((at for at, name in people if s.start <= at < s.end), s.end)
        if first and at - s.start <= _CJK_SUBJECT_LEAD and "“" not in doc.text[s.start : at]:
            out.append((s.start, first))
        else:
            head = s.text.lstrip()
            # a person the text has named before, opening the sentence by that name ("博里奇走上讲台，…")
            known = next((name for name in sorted({n for _, n in people}, key=len, reverse=True)
                          if head.startswith(name) and len(name) >= 2), None)
            bare = known or _cjk_bare_subject(head)
            if bare:
                # "卡约" after "贝尔纳·卡约": the full name the text gave before
                full = [name for at, name in people if at < s.start and re.split("[·・]", name)[-1] == bare]
                out.append((s.start, full[-1] if full else bare))
    return out


def _sentence_speakers(doc: Document, raws: list[_RawQuote], known: frozenset[str]) -> list[list[_Attribution]]:
    """Per sentence: the attributions found in its quote-masked text."""
    out = []
    for s in doc.sentences:
        inside = [q for q in raws if q.open < s.end and q.close >= s.start]
        masked, _ = _mask(doc.text, s.start, s.end, inside)
        # a possessor is no speaker: "Asked about Rashida Tlaib's remark, Pelosi said …" read "asked … Tlaib's"
        # as a verb and its subject, and the next "she told" went to Tlaib (newuser61 HIGH 5); nor is the object
        # of an opening participle clause when a person opens a later clause ("Asked about Rashida Tlaib, Nancy
        # Pelosi said …": Pelosi)
        participle = _participle_clause_subject(s.text, known)
        out.append([a for a in _find_attributions(masked, known, doc.language)
                    if not a.speaker.endswith(("'s", "’s", "'", "’"))
                    and not (participle and a.rule == "verb-subject" and not masked[: a.start].strip()
                             and a.speaker != participle)])
    return out
