"""Quotes of one document: :class:`_DocumentQuotes`, clause subjects, carried speakers, roles named by a
name; :func:`extract_quote_spans`, :func:`extract_quotes`, :func:`is_attribution_line` (part of
:mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from ..._imports import lazy_pattern
from ..._lost import LOST, LOST_LOWER, LOST_UPPER, marked, unmarked
from ...models import Document, Quote, Sentence
from ...text import LANGUAGES, LEMMA_LANGUAGES, base, declined_proper_form, given_name_gender, profile, weekday_names
from ...text import stem as lemma_of
from ._clauses import _sentence_speakers
from ._marks import _MARKS, QuoteSpan
from ._names import _inflected_from, _name_after_complement, _NameIndex, _script, _stop_words_of
from ._phrases import (
    _NAME_PARTICLES,
    _find_attributions,
    _holder_after_of,
    _layout_attributions,
    _principal_phrase,
    _role_noun,
    _without_glued_headline,
)
from ._resolver import _SpeakerResolver
from ._scripts import _cjk_colon_subject, _topic_speaker
from ._spans import (
    _RULE_TIER,
    _distance,
    _introduces_quotation,
    _mask,
    _paragraph_of,
    _raw_quotes,
    _RawQuote,
    _repeated_speakers,
    _sentence_index,
)
from ._subjects import _DESC_STOP, _OF, Subject, _acronym, _age_chunk, _clean_name, _name_prefix, _name_suffix
from ._vocab import (
    _ARABIC,
    _CHUNK_BREAK,
    _CREDIT_WORDS,
    _DETS,
    _ELIDED_ARTICLE,
    _HAN,
    _NAME_RUN,
    _ORG_WORDS,
    _PRONOUNS,
    _ROLE_HEADS,
    _SAY_RE,
    _STOP_CAPS,
    _TITLES,
    _TOKEN_RE,
    _Attribution,
    _case_form,
    _function_words,
    _is_title,
    _plausible_speaker,
)


def _colon_subject(masked: str, slot: int, names: _NameIndex | None = None) -> str | None:
    """The clause's subject when a colon introduces the quotation and no verb of
    saying does: "Szymon Hołownia krytykuje cenzurę w „Trójce”: – To nowy poziom …",
    "Merkel warnt: „…“". The name must open the clause and a lower-case word (its
    verb) must follow it, so "In Berlin: …" or a dateline is no speaker."""
    lead = masked[:slot].rstrip(" –—-")
    if lead.endswith("："):
        subject = _cjk_colon_subject(lead[:-1])
        return subject[1] if subject else None
    if not lead.endswith(":"):
        return None
    clause = re.split(r"[.!?;§]\s", lead)[-1]
    if _ARABIC.search(clause[:40]):
        # No capitals: the clause must open with a person the article names in full
        # ("عبير صبري تنشر صورة …: «…»", after "الفنانة عبير صبري" elsewhere), or be that
        # person under the title it introduced them with ("وزير الصحة أحمد علي: «…»", a headline)
        opening = clause.strip()
        for _, person, title in (names.names if names else ()):
            if opening.startswith(person + " ") or opening.rstrip(" :") in (person, f"{title} {person}"):
                return person
        return None
    toks = _TOKEN_RE.findall(clause)
    alpha = [t for t in toks if t.isalpha()]
    if sum(t[:1].isupper() for t in alpha) > 0.5 * len(alpha):
        return None  # a Title Case headline: the verb is capitalised too ("Klobuchar Jabs Trump …:")
    run = _name_prefix(toks)
    if not run or run[0].lower() in _STOP_CAPS or run[0].lower() in _DETS:
        return None  # "Der Entwurf biete …:": an article opens a noun phrase, not a name
    name = _clean_name(run)
    rest = toks[len(run) :]
    if not name or not rest or not (rest[0][:1].islower() and rest[0].isalpha()):
        return None
    # One word only when the article names that person in full ("Merkel warnt: …").
    known = names.surnames if names else frozenset()
    if (len(name) >= 2 or name[0] in known) and _plausible_speaker(" ".join(name)):
        return " ".join(name)
    return None


def _headline_colon_person(masked: str, slot: int) -> str | None:
    """The person a headline opens with before a colon, when the quotation follows in the same line ("Detroit
    Lions' Mike Daniels: IR trip 'precautionary,' healthy …", "Lions coach Matt Patricia: 'We are on track'",
    "Trener Jan Nowak: „Damy radę”"): no verb follows the name, so :func:`_colon_subject` does not take it.
    Only for a document's first sentence; the name is a known given name and a surname, after at most three
    capitalised words or role words ("Detroit Lions'", "coach"), so "Police arrest Jan Nowak: …" is left."""
    line = masked[:slot].rsplit("\n", 1)[-1]
    head, colon, after = line.partition(":")
    if not colon or re.search(r"[.!?]\s", head) or re.search(r"[.!?]\s", after):
        return None
    toks = _TOKEN_RE.findall(head)
    run = _name_suffix(toks)
    lead = toks[: len(toks) - len(run)]
    if len(run) < 2 or len(lead) > 3 or not all(t[:1].isupper() or _role_noun(t.lower()) or _is_title(t) for t in lead):
        return None
    start = next((i for i in range(len(run) - 1) if given_name_gender(run[i])), None)
    if start is None or len(run) - start > 3 or _title_cased(line):
        return None  # "Warren Slams Biden Over Student Debt Plan: '…'": a title-case headline's verb in the run
    person = " ".join(run[start:])
    return person if _plausible_speaker(person) else None


class _DocumentQuotes:
    """Quotes of one document and the state attribution needs while walking it in order."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.raws = _raw_quotes(doc.text, doc.language)
        self.paragraphs = _paragraph_of(doc)
        self.resolver = _SpeakerResolver(doc)
        self.sent_atts = _sentence_speakers(doc, self.raws, self.resolver.names.surnames)
        self.sentence_speaker: dict[int, str] = {}  # sentence index -> who speaks there
        self.contexts: dict[tuple[int, int], tuple[list[_RawQuote], str, dict[int, int], list[int]]] = {}  # _context's
        starts = [s.start for s in doc.sentences]
        self.spans: list[tuple[int, int]] = []  # quote -> (first, last) sentence index
        for q in self.raws:
            a = _sentence_index(doc, starts, q.start)
            # the closing mark decides: a splitter may cut between "!" and its ”
            self.spans.append((a, max(a, _sentence_index(doc, starts, min(q.close, len(doc.text) - 1)))))

    def extract(self, first_id: int) -> list[QuoteSpan]:
        out: list[QuoteSpan] = []
        for si, sent in enumerate(self.doc.sentences):
            own = [qi for qi, (a, _) in enumerate(self.spans) if a == si]
            if not own:
                self._note_reported_speech(si, sent)
            for qi in own:
                out.append(self._quote(qi, f"q{first_id + len(out)}"))
        quotes = self._open_paragraph_speakers(self._join_incises(out, first_id))
        # (a heading that repeats a quotation of the body is that quotation's first)
        return self._section_heading_speakers(_repeated_speakers(quotes, self.doc.text))

    def _open_paragraph_speakers(self, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
        """A quotation left open at its paragraph's end and re-opened in the next (the English convention for
        a quotation over several paragraphs) has the speaker its continuation is attributed to:
        "“This is a dangerous precedent. … for months.¶“We will hold them accountable,” Wyden said." """
        text = self.doc.text
        unclosed = {(r.start, r.end) for r in self.raws if r.close >= len(text) or text[r.close] not in _MARKS}
        out = list(quotes)
        for i in range(len(out) - 2, -1, -1):  # backwards: a quotation over three paragraphs takes the last's
            q, nxt = out[i], out[i + 1]
            between = text[q.end : nxt.start]
            if q.speaker is None and nxt.speaker and (q.start, q.end) in unclosed and "\n" in between \
                    and all(c.isspace() or c in _MARKS for c in between):
                out[i] = replace(q, speaker=nxt.speaker, attribution="continued-quote")
        return out

    def _section_heading_speakers(self, quotes: list[QuoteSpan]) -> list[QuoteSpan]:
        """A quotation that is a paragraph of its own inside the body, no attribution (a section heading:
        "… odchodząc z niezadowoloną miną.¶„Bóg kocha każdego człowieka”¶Okres świąteczny … – Bóg cię kocha
        … – zwracał się do wiernych papież."), has the speaker of the first quotation of the next paragraph,
        the section it heads; not the article's first paragraph (its headline has rules of its own)."""
        text, out = self.doc.text, list(quotes)
        for i, q in enumerate(out[:-1]):
            nxt = out[i + 1]
            start = text.rfind("\n", 0, q.start) + 1
            end = text.find("\n", q.end)
            end = len(text) if end < 0 else end
            if q.speaker is not None or not nxt.speaker or start == 0 \
                    or text[start : q.start].strip(" \t" + "".join(_MARKS)) \
                    or text[q.end : end].strip(" \t.!?…" + "".join(_MARKS)):
                continue
            gap = text[end : nxt.start]
            # the next quotation stands in the next paragraph: one paragraph break between, no quotation between
            if re.fullmatch(r"\s*\n\s*[^\n]*", gap):
                out[i] = replace(q, speaker=nxt.speaker, attribution="section-heading")
        return out

    def _join_incises(self, quotes: list[QuoteSpan], first_id: int) -> list[QuoteSpan]:
        """The two parts of a quotation cut at a reporting incise, attributed apart, joined again: one
        utterance, as written ("« Nous avons besoin, a poursuivi le ministre, d'une solution. »")."""
        resumed = {(r.start, r.end) for r in self.raws if r.resumes}
        if not resumed:
            return quotes
        out: list[QuoteSpan] = []
        for q in quotes:
            prev = out[-1] if out else None
            if prev is not None and (q.start, q.end) in resumed and prev.doc == q.doc and prev.end < q.start:
                out[-1] = replace(prev, text=self.doc.text[prev.start : q.end], end=q.end,
                                  speaker=prev.speaker or q.speaker,
                                  sentences=tuple(dict.fromkeys(prev.sentences + q.sentences)))
            else:
                out.append(q)
        return [replace(q, id=f"q{first_id + i}") for i, q in enumerate(out)]

    def _note_reported_speech(self, si: int, sent: Sentence) -> None:
        """A sentence of reported speech without quotes still names a speaker for the next one."""
        atts = [t for t in self.sent_atts[si] if t.rule not in ("according-to", "report")]
        if atts:
            best = min(atts, key=lambda t: (_RULE_TIER.get(t.rule, 0), t.start))
            speaker = self.resolver.resolve(best, sent.start)
            if speaker:
                self.sentence_speaker[si] = speaker

    def _context(self, ctx_start: int, ctx_end: int) -> tuple[list[_RawQuote], str, dict[int, int], list[int]]:
        """The quotations of the sentences from ``ctx_start`` to ``ctx_end``, their masked text, each one's slot and
        the slots of those closing a sentence; read once per context (every quotation of a sentence has the same:
        one sentence of 400 quotations masked its text 400 times, quotes73)."""
        found = self.contexts.get((ctx_start, ctx_end))
        if found is None:
            text = self.doc.text
            group = [r for r in self.raws if r.open < ctx_end and r.close >= ctx_start]
            masked, slots = _mask(text, ctx_start, ctx_end, group)
            # the quotations of the context that close a sentence the splitter kept whole: in a script without
            # capitals nothing marks the next sentence's start ("به گفته X، «….» Y نیز تأکید کرد که «…»", 'לדברי
            # X, "…." Y אמר')
            closed = [slots[i] for i, r in enumerate(group) if i in slots and _closes_caseless_sentence(text, r, masked, slots[i])]
            found = self.contexts[(ctx_start, ctx_end)] = (group, masked, slots, closed)
        return found

    def _quote(self, qi: int, quote_id: str) -> QuoteSpan:
        doc, q = self.doc, self.raws[qi]
        a, b = self.spans[qi]
        ctx_start, ctx_end = doc.sentences[a].start, doc.sentences[b].end
        group, masked, slots, closed = self._context(ctx_start, ctx_end)
        speaker, rule = self._speaker(q, a, b, masked, slots.get(group.index(q), 0), closed)
        if not (speaker and _principal_phrase(speaker.split())):
            # (an unnamed spokesperson keeps the name of the one they speak for: "rzecznik premiera Borisa Johnsona")
            speaker = _name_of_role(speaker, doc.text[ctx_start:ctx_end], doc.language)
            speaker = _named_by_surname(speaker, doc.text, doc.language)
            speaker = _without_common_words(speaker, doc.language)
            speaker = _role_of_declined_place(speaker, doc.text[ctx_start:ctx_end], doc.language)
            role = _role_of_region_adjective(speaker, masked, doc.language)
            if role is not None:
                # the holder the text names for that role, else the role ("Wojewoda Pomorski"), never the adjective
                found = self.resolver.resolve(_Attribution(0, 0, "description", role.split()[0].lower(),
                                                           rule or "subject-verb"), q.start)
                speaker = found if found and not set(found.lower().split()) <= set(role.lower().split()) else role
        speaker = _without_trailing_date(speaker, doc.language)
        if speaker and len(speaker.split()) >= 4:
            # "Bank of England Governor Andrew Bailey said": the role's body and its "of" complement, then the holder
            # (break51 O1: the whole span, or "Bank", was the speaker)
            toks = speaker.split()
            speaker = _holder_after_of(toks, len(_name_prefix(toks))) or speaker
        if speaker and " " not in speaker.strip() and speaker[:1].isalpha() and not speaker[:1].isupper() \
                and not speaker[:1].islower() and not _HAN.search(speaker) and _bare_role(speaker, doc.language) \
                and re.search(rf"(?<!\w){re.escape(speaker)}\s+[^\W\d_]", masked):
            # "אמר ראש האופוזיציה יאיר לפיד" gave "ראש" (head): in a script without capitals nothing marks a name, and
            # a role word cut from the words after it names no one ("אמר השר:" stays the minister; in Polish
            # "– powiedział papież" is Franciszek's, resolved from the text)
            speaker, rule = None, None
        if speaker and " " not in speaker.strip() and _caseless_word(speaker) and _cut_from_body(speaker, masked, doc.language):
            # "به گفته سخنگوی هلال احمر" gave "هلال": the first word of the body a role speaks for, no name (break51 N6)
            speaker, rule = None, None
        if speaker:
            self.sentence_speaker[b] = speaker
            self.sentence_speaker.setdefault(a, speaker)
        return QuoteSpan(
            id=quote_id,
            doc=doc.id,
            sentence=doc.sentences[a].id,
            text=doc.text[q.start : q.end],
            speaker=_tidy(speaker),
            start=q.start,
            end=q.end,
            sentences=tuple(s.id for s in doc.sentences[a : b + 1]),
            attribution=rule,
            context=doc.text[ctx_start:ctx_end],
        )

    def _speaker(self, q: _RawQuote, a: int, b: int, masked: str, slot: int,
                 closed: Sequence[int] = ()) -> tuple[str | None, str | None]:
        if _unnamed_voice(self.doc.text[q.close + 1 : q.close + 40], self.doc.language):
            return None, None  # "「…」との声も上がった": voices were heard; no one's, not the speaker before's
        atts = _find_attributions(masked, self.resolver.names.surnames, self.doc.language)
        if closed and atts:
            atts = _own_sentence_attributions(atts, masked, slot, closed)
        if any(t.end <= slot for t in atts) and masked[slot + 1 :].lstrip(" \"”’'»")[:1].isupper():
            # "X said that she was “…'racists.'” The former governor said claims “…”": after a quotation that
            # closes its sentence, an attribution that introduces a quotation of its own is that one's, when
            # one stands before ("… an “unprofessional” workplace and said he was “…”" stays one sentence)
            atts = [t for t in atts if t.end <= slot or not _introduces_quotation(masked, t.end)]
        if atts:
            # A verb of saying beats "…, saying" and "according to", which often name the medium.
            best = min(atts, key=lambda t: (_RULE_TIER.get(t.rule, 0), _distance(t, slot)))
            if best.rule == "agent":
                # "X said he was “overjoyed” by Biggs' decision", "Y a dit qu'il était « choqué » par …": a verb
                # of saying with its subject before the quotation, in the same sentence, governs it; the "by"
                # phrase is the cause of a feeling, not a passive's speaker ("jugée « lamentable » par le
                # Mexique" has no such verb)
                governing = [t for t in atts if t.rule in ("subject-verb", "verb-subject") and t.end <= slot
                             and not re.search(r"[.!?]\s", masked[t.end : slot])]
                if governing:
                    best = max(governing, key=lambda t: t.end)
            # "质问者破坏了…竞选活动：“…” 周日晚上，…被一系列质问者打断，称…": a headline's colon subject, not
            # a later clause's (a Chinese attribution of the quotation itself follows its closing mark)
            if best.end <= slot and _own_topic(masked[best.end : slot], self.doc.language):
                # a subject of its own between an earlier clause's attribution and this quotation ("石破茂首相は「…」と
                # 述べ、野党は「…」と反発した"): this quotation is that subject's, or no one's (break50b #6)
                tail = self.doc.text[q.close + 1 : self.doc.sentences[b].end]
                own = _topic_speaker(masked[best.end : slot], tail, self.doc.language or "")
                if own is None:
                    return None, None
                return self.resolver.resolve(_Attribution(best.end, slot, "name", own, "subject-verb"), q.start), \
                    "subject-verb"
            cjk_colon = _cjk_colon_subject(masked[:slot].rstrip()[:-1]) if masked[:slot].rstrip().endswith("：") \
                and best.start > slot + 1 else None
            if cjk_colon:
                return self.resolver.resolve(_Attribution(0, 0, *cjk_colon, "colon-subject"), q.start), "colon-subject"
            return self.resolver.resolve(best, q.start), best.rule
        lead = masked[:slot].rstrip()
        cjk_colon = _cjk_colon_subject(lead[:-1]) if lead.endswith("：") else None
        if cjk_colon:
            return self.resolver.resolve(_Attribution(0, 0, *cjk_colon, "colon-subject"), q.start), "colon-subject"
        colon = _colon_subject(masked, slot, self.resolver.names)
        if colon is None and a == 0:
            colon = _headline_colon_person(masked, slot)
        if colon:
            return colon, "colon-subject"
        headline = self._name_on_topic(q)
        if headline:
            return headline, "name-on-topic"
        credit = self._bracketed_credit(q)
        if credit:
            return credit, "bracketed-credit"
        speaker, rule = None, None
        lead_words = masked[:slot].split()
        if not (_SAY_RE.search(masked[:slot]) and lead_words and _caseless_word(lead_words[0])):
            # (in a script without capitals, a verb of saying before the quotation in its own sentence has its
            # subject there, read or not: "ראש הממשלה … אמר ביום חמישי כי "…". שר הביטחון יואב גלנט אמר" is not
            # Gallant's; break52 N2. In a cased script the readers take that subject; one they miss may be the next
            # sentence's person: "Jak podkreśla ekspert, związek „…”. … Mentzen")
            speaker, rule = _next_sentence_speaker(self.doc, b, self.paragraphs, self.sent_atts, self.resolver, q.start)
        if speaker is None and not masked[:slot].strip():
            speaker, rule = _credit_line_speaker(self.doc, b, self.resolver, q.start)
        if speaker is None:
            speaker, rule = self._lost_closer_speaker(q, b)
        if speaker is None:
            names = self.resolver.names
            people = [n for _, n, _ in names.names if len(n.split()) >= 2 and _plausible_speaker(n)]
            firsts = {n.split()[0]: n for n in people}
            known = frozenset(n.split()[-1] for n in people) | frozenset(firsts)
            subject = _clause_subject(masked, slot, known, self.doc.language)
            if subject and subject[0] == "name" and subject[1] in firsts:
                subject = ("name", firsts[subject[1]])  # "Cressida constate …" after "Cressida Bonas"
            if subject and subject[0] == "name" and _title_cased(masked[:slot]):
                subject = ("name", _headline_surname(subject[1], people, firsts))
            if subject:
                att = _Attribution(0, 0, subject[0], subject[1], "clause-subject")
                speaker, rule = self.resolver.resolve(att, q.start), "clause-subject"
        if speaker is None and not masked[:slot].strip() and self.doc.text[q.start : q.end].rstrip()[-1:] in ".!?…":
            speaker = _introduced_after(self.doc, b, self.paragraphs, q.close + 1)
            rule = "introduced-after" if speaker else None
        if speaker is None:
            speaker = _carried_speaker(self.doc, a, self.paragraphs, self.sentence_speaker, masked, slot)
            rule = "previous-sentence" if speaker else None
        # what follows the quotation in its sentence, unless the quotation closed its own sentence ("… aider. »")
        tail = "" if self.doc.text[q.start : q.end].rstrip()[-1:] in ".!?" else self.doc.text[q.close + 1 : self.doc.sentences[b].end]
        # (a tail opening with a number is the next sentence glued on, as an excerpt glues a headline to the
        # body: "„Był mi jak brat” 24 lutego w hali … odbyło się pożegnanie", no speaker credit)
        if speaker is None and not masked[:slot].strip() and (not _capitalised(tail) or tail.lstrip()[:1].isdigit()):
            speaker = self._narrative_subject(a, q.start, b)
            rule = "previous-subject" if speaker else None
        return speaker, rule

    def _bracketed_credit(self, q: _RawQuote) -> str | None:
        """A speaker in brackets right after the closing mark ("« … » (Commissaire de la CENI)", "“…” (Senator
        Maria Lopez)", "„…” (rzecznik MSZ)"): a person's name or a role, no credit of an agency ("(AFP)")."""
        m = _BRACKETED.match(self.doc.text, q.close + 1) if q.close < len(self.doc.text) else None
        if not m or not _BRACKET_ENDS.match(self.doc.text, m.end()):
            return None  # a gloss mid-sentence: "Le slogan « … » (Devise de la République) est inscrit …"
        who = m.group("who").strip()
        toks = who.split()
        if not 1 <= len(toks) <= _BRACKETED_WORDS or not toks[0][:1].isalpha() \
                or any(t.lower().strip(".,") in _CREDIT_WORDS for t in toks) or not _plausible_speaker(who):
            return None
        name = _clean_name(toks)
        name = name if name and name[0][:1].isupper() else []  # "(Commissaire) de la CENI" is the role's body
        while len(name) >= 3 and _acronym(name[0]):
            name = name[1:]  # the role's body: "(rzecznik MSZ Paweł Wroński)"
        titled = 0 < len(name) < len(toks) and (toks[len(toks) - len(name) - 1].lower() in _TITLES
                                                 or _role_noun(toks[0].lower()))
        if len(name) >= 2 and (len(name) == len(toks) or titled):
            return self.resolver.names.full_name(" ".join(name), q.open)
        if _role_noun(_ELIDED_ARTICLE.sub("", toks[0]).lower()) or toks[0].lower() in _TITLES:
            return who  # a role: "(Commissaire de la CENI)", "(porte-parole du gouvernement)"
        return None

    def _name_on_topic(self, q: _RawQuote) -> str | None:
        """A headline that opens with a quotation and names its speaker after it, then the topic ("“Sorry for
        the bad example I gave.” Pope Francis on the incident", "« … » : Emmanuel Macron sur la réforme",
        "„…” – Donald Tusk o wyborach"; text data "topic_prepositions"): that person."""
        text, lang = self.doc.text, self.doc.language
        preps = profile(base(lang)).topic_prepositions if lang and base(lang) in LANGUAGES else frozenset()
        line_start = text.rfind("\n", 0, q.open) + 1
        if not preps or text[line_start : q.open].strip() or q.close >= len(text):
            return None
        m = _NAME_AFTER_QUOTE.match(text, q.close + 1)
        if not m or m.group("prep").lower() not in preps:
            return None
        toks = m.group("name").split()
        name = _clean_name(toks)
        titled = 0 < len(name) < len(toks) and toks[len(toks) - len(name) - 1].lower() in _TITLES
        if not name or not (len(name) >= 2 or titled or name[0] in self.resolver.names.surnames):
            return None
        known = {n for _, n, _ in self.resolver.names.names}
        # a title the run holds ("Secretary-General Antonio Guterres"): the name the index gives it
        name = next((name[k:] for k in range(len(name) - 2, -1, -1) if " ".join(name[k:]) in known), name)
        who = self.resolver.names.full_name(" ".join(name), q.open)
        return who if _plausible_speaker(who) else None

    def _narrative_subject(self, a: int, offset: int, b: int | None = None) -> str | None:
        """A quotation that is a sentence of its own right after a narrative sentence about a person
        ("Governor Alicia Moreno toured the district on Tuesday. “No family will be left behind.”",
        "Marszałek Piotr Całbecki odwiedził we wtorek zalane wsie. „Działamy od pierwszej minuty”.",
        "Elle a ensuite dédié sa performance … aux soignants. « Je voudrais dédier … »"): the words are
        that sentence's subject's, in every language. Only in the same paragraph, or when the quotation
        is a paragraph of its own right after that sentence's (a layout of one line per paragraph:
        "Die Notenbankchefin Lucía Montaner hat den Leitzins angehoben.\n„Wir werden …“"; trial20 #12),
        and when that sentence holds no quotation of its own (then its speaker, if any, was carried already)."""
        prev = a - 1
        if prev < 0:
            return None
        last = a if b is None else b
        alone = self.paragraphs[prev] != self.paragraphs[a] and (
            last + 1 >= len(self.paragraphs) or self.paragraphs[last + 1] != self.paragraphs[last])
        # a sentence ending in a colon introduces the next paragraph's quotation ("… äußerte sich am Abend:")
        introduced = self.doc.sentences[prev].text.rstrip().endswith(":")
        if self.paragraphs[prev] != self.paragraphs[a] and not alone and not introduced:
            return None
        sent = self.doc.sentences[prev]
        if any(r.open < sent.end and r.close >= sent.start for r in self.raws):
            return None
        opening = next((name for at, name in self.resolver.subjects if sent.start <= at < sent.end), None)
        if opening and self._person(opening):
            return opening
        if self.paragraphs[prev] != self.paragraphs[a] and not introduced:
            return None  # across a paragraph break only a person named as the subject (no pronoun, no carried speaker)
        # a singular pronoun opening the sentence ("Elle a ensuite dédié …"): the person it stands for; a
        # plural one ("Ils ont accusé …") is a group the name index does not hold, and "sie" may be either
        lang = profile(base(self.doc.language)) if self.doc.language else None
        toks = _TOKEN_RE.findall(sent.text[:40])
        if lang is None or len(toks) < 2 or not toks[1][:1].islower() \
                or toks[0].lower() not in lang.pronouns_singular - lang.pronouns_plural:
            return self._speaker_across(prev)
        return self.resolver.resolve(_Attribution(0, 0, "pronoun", toks[0], "clause-subject"), offset)

    def _speaker_across(self, prev: int) -> str | None:
        """The speaker of the quotation just before a narrative sentence that names nobody, in the same
        paragraph ("«Ma famille est dévastée …», a écrit Shiffrin. Son père était le fondement de la famille.
        «Il va nous manquer terriblement.»"): the speaker goes on; None when the sentence names a person."""
        before = prev - 1
        if before < 0 or self.paragraphs[before] != self.paragraphs[prev] or not self.sentence_speaker.get(before):
            return None
        sent = self.doc.sentences[prev]
        if any(sent.start <= at < sent.end for at, _, _ in self.resolver.names.names):
            return None
        return self.sentence_speaker[before]

    def _person(self, name: str) -> bool:
        """A person's name, not a capitalised phrase ("Mit Überlebenden des …", "Zahl der Subway-Passagiere"):
        plausible, no function word first, its last word a surname the text gives in a full name."""
        toks = name.split()
        return _plausible_speaker(name) and toks[0].lower() not in _function_words() \
            and toks[-1] in self.resolver.names.surnames

    def _lost_closer_speaker(self, q: _RawQuote, b: int) -> tuple[str | None, str | None]:
        """“…还有别的东西”即使我们现在见面，也像家人一样。…我们是一家人，”赫尔顿说。 — a closing mark after a
        comma in the next sentence, its opener lost (machine translation moved it), still ends the
        quotation: the attribution right after it is the quote's."""
        nxt = b + 1
        if nxt >= len(self.doc.sentences) or self.paragraphs[nxt] != self.paragraphs[b]:
            return None, None
        sent = self.doc.sentences[nxt]
        inside = [r for r in self.raws if r.open < sent.end and r.close >= sent.start]
        if any(r.open > q.close for r in inside):
            return None, None  # another quotation opens first: the attribution is its own
        masked, _ = _mask(self.doc.text, sent.start, sent.end, inside)
        for m in _LOST_CLOSER.finditer(masked):
            for att in self.sent_atts[nxt]:
                if m.end() <= att.start <= m.end() + 1 and att.rule in ("subject-verb", "verb-subject"):
                    return self.resolver.resolve(att, q.start), "lost-closer"
        return None, None




# brackets right after a quotation's closing mark: a credit line's speaker, a role or a name of a few words
_BRACKETED = re.compile(r"[ \t]*[(（](?P<who>[^()（）\n§\d]{3,60})[)）]")
_BRACKETED_WORDS = 6
# a credit in brackets ends its line, its sentence or its run of quotations ("« … » (Commissaire de la CENI) « … »");
# a bracket the sentence goes on after is a gloss or a translation
_BRACKET_ENDS = re.compile(r"[ \t]*(?:$|\n|[.!?;:。！？«»“”„\"「」])")
# after a quotation's closing mark: an optional colon or dash, a name run, then a word (the topic's preposition)
_NAME_AFTER_QUOTE = lazy_pattern(rf"[ \t]*[:\-–—]?[ \t]*(?P<name>{_NAME_RUN.pattern})[ \t]+(?P<prep>\w+)[ \t]")
_TITLE_CASE_WORDS = 4  # words of four letters or more, all capitalised: a title-case headline


def _title_cased(lead: str) -> bool:
    """The line ``lead`` ends is a title-case headline ("Klobuchar Jabs Trump for Spending 1 of 5 Days in
    2019 at a Golf Club: "): every word of four letters or more capitalised, at least four of them."""
    line = lead.rsplit("\n", 1)[-1]
    long_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) >= 4]
    return len(long_words) >= _TITLE_CASE_WORDS and all(w[:1].isupper() for w in long_words)


def _headline_surname(name: str, people: Sequence[str], firsts: dict[str, str]) -> str:
    """A title-case headline capitalises its verb, so a name run goes on into it ("Klobuchar Jabs Trump for
    …", "Elizabeth Warren Unveils Plan"): a person the text names in full, or that person's surname, then a
    word that is no given name, is that person alone."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        if words[k] in firsts or given_name_gender(words[k]):
            continue  # the run goes on into another name
        prefix = " ".join(words[:k])
        # (the headline's run is in the name index too: the person is another name, in full or by surname)
        if prefix in people and prefix != name:
            return prefix
        full = next((p for p in people if p != name and p.split()[-1] == prefix), None) if k == 1 else None
        if full:
            return full
    return name


def _capitalised(text: str) -> bool:
    """A capitalised word: after a quotation in its sentence, maybe its speaker ("…,” political scientist Andre Brod.)."""
    return any(w[:1].isupper() for w in text.split())

# a right double mark glued to a comma or a stop: a closer (see _can_open)
_LOST_CLOSER = re.compile(r"[,，.。!！?？]\s?[”\"»]\s?")
_CLAUSE_SUBJECT_CHUNKS = 5
_PERSON_RELATIVES = frozenset(w for lang in LANGUAGES for w in profile(lang).person_relatives)
_ANTECEDENT_WORDS = 5  # "The GOP front-runner", "La ministra de Sanidad": a short phrase, not a clause


def _relative_antecedent(toks: list[str], known: frozenset[str]) -> Subject | None:
    """The person a relative clause hangs on: a name ("Senator Jane Roe, who …") or a short phrase
    opening with an article ("The GOP front-runner, who …")."""
    name = _clean_name(_name_suffix(toks))
    if name and (len(name) >= 2 or name[-1] in known) and _plausible_speaker(" ".join(name)):
        return "name", " ".join(name)
    if 2 <= len(toks) <= _ANTECEDENT_WORDS and toks[0].lower() in _DETS and all(t[:1].isalpha() for t in toks) \
            and not any(t.lower() in _DESC_STOP for t in toks):
        return "description", " ".join(toks)
    return None
_PLURAL_DETS = {"des", "les", "los", "las", "gli", "the"}


# Words opening a condition or a subordinate clause (text/data "conditionals", one-word "subordinators")
_CONDITIONALS = frozenset(w for lang in LANGUAGES for w in (*profile(lang).conditionals, *profile(lang).subordinators)
                          if " " not in w)


_COMPLEMENTIZERS = frozenset(w for lang in LANGUAGES for w in profile(lang).complementizers)
# relative pronouns, the last word of a two-word one ("el cual"): "during which she", "durante el cual ella"
_RELATIVE_WORDS = frozenset(w.split()[-1] for lang in LANGUAGES
                            for w in (*profile(lang).thing_relatives, *profile(lang).person_relatives))
_FUNCTION_LEAD = 3  # function words before a clause's pronoun subject: "during which she", "durante el cual ella"


def _pronoun_after_function_words(toks: Sequence[str], language: str | None) -> str | None:
    """A personal pronoun subject after a preposition and a relative ("during which she attempted to make
    an argument … who can “…”", "durante el cual ella intentó …", "pendant lequel elle a tenté …"): the
    clause's subject is the pronoun when only function words of the text's language (spaCy's stop words)
    stand before it, the last a relative (text data "thing_relatives", "person_relatives"), and a lower-case
    word follows it."""
    stop = _stop_words_of(language)
    if not stop:
        return None
    for j in range(1, min(_FUNCTION_LEAD, len(toks) - 2) + 1):
        word = toks[j].lower()
        if word in _personal_pronouns(language) and toks[j + 1][:1].islower() \
                and toks[j + 1][:1].isalpha() and all(t.lower() in stop and t.isalpha() for t in toks[:j]) \
                and toks[j - 1].lower() in _RELATIVE_WORDS and not any(t.lower() in _COMPLEMENTIZERS for t in toks[:j]):
            # (not after "that": "Trump believes that she is “…”" reports the clause subject's belief)
            return toks[j]
    return None


@cache
def _personal_pronouns(language: str | None) -> frozenset[str]:
    """Third-person subject pronouns of ``language`` (text data "pronouns": French "il", not the Italian
    article "il"); when the language is unknown or has none listed, the hand list of every language less the
    words that are an article in one of them ("il")."""
    lg = base(language) if language else None
    if lg in LANGUAGES:
        own = profile(lg).pronouns_singular | profile(lg).pronouns_plural
        if own:
            return own
    return frozenset(_PRONOUNS - _DETS)


@cache
def _clause_links(language: str | None) -> frozenset[str]:
    """One-word clause links of ``language`` (text data "clause_links": "and", "but", "y", "et"), or of every
    language when it is unknown."""
    langs = [base(language)] if language and base(language) in LANGUAGES else list(LANGUAGES)
    return frozenset(w for lg in langs for w in profile(lg).clause_links if w.isalpha())


def _shares_subject(toks: Sequence[str], language: str | None) -> bool:
    """A chunk that opens with a clause link and goes on in lower case ("and even invited Trump", "y luego
    invitó a Trump", "et a même invité Trump") is a second predicate of the clause before it: a name after
    its verb is the object, and the subject is the earlier chunk's. A pronoun, an article or a name right
    after the link opens a clause of its own ("and the minister said", "and she called it")."""
    if len(toks) < 2 or toks[0].lower() not in _clause_links(language):
        return False
    nxt = toks[1].lower()
    if not (nxt[:1].isalpha() and toks[1][:1].islower()) or nxt in _PRONOUNS:
        return False
    # an article of the text's language opens a subject ("and the minister said"); French "et a même
    # invité" is the auxiliary, which the language's lexicon reads as "avoir"
    return nxt not in _DETS or bool(language) and lemma_of(nxt, base(language or "")) not in _DETS


_COMPLEMENT_WORDS = 4  # lower-case words a role's complement may run on past the role scan: "partito di opposizione"


def _complement_end(toks: Sequence[str], end: int, language: str | None) -> int:
    """Where a role phrase ``toks[:end]`` cut by the role scan ends: at the next perfect auxiliary (text data
    "perfect_auxiliaries", by lemma: "ha" -> "avere") within :data:`_COMPLEMENT_WORDS` lower-case words, else
    at ``end`` (no verb found: the phrase as cut)."""
    from ..._cache import lemmatize

    auxiliaries = profile(language).perfect_auxiliaries if language else frozenset()
    if not auxiliaries:
        return end
    for j in range(end, min(len(toks), end + _COMPLEMENT_WORDS + 1)):
        if not (toks[j].isalpha() and toks[j].islower()):
            return end
        if j > end and lemmatize(toks[j], language or "") in auxiliaries:
            return j
    return end


def _clause_subject(masked: str, slot: int, known: frozenset[str], language: str | None = None) -> Subject | None:
    """The subject of the clause a quotation stands in when no verb of saying is there: "Le
    chancelier autrichien Sebastian Kurz s'oppose à la taxation des « petits épargnants »",
    "Cressida constate que les gens essaient de la « étiqueter »", "Poco antes, Francisco predicó
    … diciéndoles “…”" (the words are the subject's; dev23 fr/es/ru gold). The nearest clause
    before the quotation that opens with a person (two capitalised words, or a surname the text
    gives in full, then a lower-case verb), a pronoun, or an article and a role word; Latin and
    Cyrillic scripts only (Chinese and Arabic have their own rules)."""
    lead = masked[:slot]
    lead = _without_glued_headline(re.split(r"[.!?]\s", lead)[-1])
    if not lead.strip() or _HAN.search(lead) or _ARABIC.search(lead):
        return None
    chunks = [c for c in _CHUNK_BREAK.split(lead)]
    last_nonempty = max((i for i, c in enumerate(chunks) if c.strip()), default=-1)
    for i in range(len(chunks) - 1, max(-1, len(chunks) - 1 - _CLAUSE_SUBJECT_CHUNKS), -1):
        toks = _TOKEN_RE.findall(chunks[i])
        if any(t.lower() in _CONDITIONALS for t in toks[:3]):
            continue  # "… but that if the allegations are true, “…”": a condition's subject says nothing
        if _shares_subject(toks, language):
            continue  # "He later apologized, and even invited Trump “…”": the verb's subject is the earlier clause's
        while toks and toks[0].lower() in _STOP_CAPS and toks[0].lower() not in _PRONOUNS | _DETS:
            toks = toks[1:]
        if not toks:
            continue
        inner = _pronoun_after_function_words(toks, language)
        if inner:
            return "pronoun", inner
        if toks[0].lower() in _PERSON_RELATIVES and i > 0:
            # "The GOP front-runner, who has made … calling Mexican immigrants “criminals”": the antecedent
            antecedent = _relative_antecedent(_TOKEN_RE.findall(chunks[i - 1]), known)
            if antecedent:
                return antecedent
        # "il" is the Italian article ("Il dispensario …") and the French pronoun: the text language's pronouns
        if toks[0].lower() in _personal_pronouns(language):
            if len(toks) > 1 and toks[1][:1].islower():
                return "pronoun", toks[0]
            continue
        # an article, then role words: "Il direttore Marco Ferretti ha respinto …"; a hyphenated role is one
        # word ("o vice-primeiro-ministro Carlo Sanna tinha classificado …", trial59 F18)
        k = 1 if len(toks) > 2 and toks[0].lower() in _DETS else 0
        while k < min(4, len(toks) - 1) and toks[k].replace("-", "").isalpha() and (
                toks[k].islower() and toks[k].lower() not in _DESC_STOP or _is_title(toks[k])
                or toks[k].lower() in _ROLE_HEADS):
            k += 1
        if k == 1 and toks[0].lower() in _DETS and not toks[1][:1].isupper():
            k = 0  # the article of a plain noun phrase, no role before a name
        run = _name_prefix(toks[k:])
        name = _clean_name(run)
        rest = toks[k + len(run) :]
        before_run = [t for t in toks[:k] if t.lower() not in _DETS]
        heads = [j for j, t in enumerate(before_run) if t.lower() in _ROLE_HEADS or _is_title(t)]
        if heads and any(t.lower() in _OF for t in before_run[heads[-1] + 1 :]) and toks[0].lower() in _DETS:
            # the role's complement, not its holder: "Le Premier ministre de Thuringe exhorte …"; a complement
            # longer than the role scan runs on to its verb ("La segretaria del principale partito di
            # opposizione ha parlato di …" was "La segretaria del principale", trial59 F18)
            return "description", " ".join(toks[: _complement_end(toks, k + len(run), language)])
        if not heads and any(t.lower() in _OF for t in before_run):
            # a noun's complement, no role: "autrice del libro Automating Inequality" names a book; with an
            # article and a verb after it the whole phrase is the subject ("le parti du Likud de Netanyahu a accusé")
            phrase = toks[: k + len(run)]
            # an English phrase cut at "of the" is no subject: "The riots of the past few days had come from
            # … «bandits and terrorists»" (final29 #17, the seeds: speaker "The riots of the")
            cut = toks[0].lower() == "the" and phrase[-1].lower() in ("the", "of")
            if toks[0].lower() in _DETS and rest and rest[0].isalpha() and rest[0].islower() and not cut:
                return "description", " ".join(toks[: _complement_end(toks, len(phrase), language)])
            name = []
        verb_follows = bool(rest) and rest[0][:1].islower() and rest[0][:1].isalpha()
        # "Le gouverneur du Minnesota, Tim Walz, « … »"; "El director de Adria Lines, Marco Ferretti,
        # rechazó las acusaciones: «…»" (the name in apposition, its verb in the next chunk)
        after = _TOKEN_RE.findall(chunks[i + 1]) if i + 1 < len(chunks) else []
        whole = not rest and (i == last_nonempty or bool(after) and after[0].isalpha() and after[0].islower()
                              and after[0].lower() not in _DESC_STOP)
        # one word: a name the text gives in full ("Cressida" of Cressida Bonas) or one after a role
        # ("Le chancelier autrichien Kurz accuse …")
        titled = any(t.lower() in _ROLE_HEADS or _is_title(t) for t in toks[:k])
        if name and (verb_follows or whole) and (len(name) >= 2 or name[0] in known or titled) \
                and name[0].lower() not in _STOP_CAPS and (_plausible_speaker(" ".join(name)) or name[0] in known or titled):
            return "name", " ".join(name)
        if len(toks) >= 3 and toks[0].lower() in _DETS | {"les", "des"}:
            for j in range(1, min(4, len(toks) - 1)):
                if toks[j].lower() in _ROLE_HEADS:
                    return "description", " ".join(toks[: j + 1])
        if len(toks) >= 3 and toks[0].lower() in _PLURAL_DETS and toks[1].isalpha() and toks[1].islower() \
                and toks[1].endswith("s") and toks[1].lower() not in _DESC_STOP:
            # "Des camarades horrifiés l'appellent le « … »": a group of people as the subject
            j = 2
            while j < min(4, len(toks)) and toks[j].isalpha() and toks[j].islower() and toks[j].endswith(("s", "es")):
                j += 1
            # English "the" is every number's article: "The riots of the past few days had come from …
            # «bandits and terrorists»" names no group of people (final29 #17); "Los manifestantes de …" does
            english_of = toks[0].lower() == "the" and toks[j].lower() in _OF
            if j < len(toks) and toks[j][:1].islower() and not english_of:
                return "description", " ".join(toks[:j])
    return None


def _extract_document(doc: Document, first_id: int) -> list[QuoteSpan]:
    if not doc.sentences:
        return []
    if LOST in doc.text and LOST_UPPER not in doc.text and LOST_LOWER not in doc.text:
        return _extract_lost(doc, first_id)
    return _DocumentQuotes(doc).extract(first_id)


def _extract_lost(doc: Document, first_id: int) -> list[QuoteSpan]:
    """The quotes of a text holding a letter lost in a mis-decoding (U+FFFD, :mod:`storylens.ingest.lossy`),
    found in a view of it where each lost letter is a letter mark, one for one ("Влаɂова" is a word and a
    name, "Вла" + U+FFFD was not: fieldcases78 m6 read no speaker), and given back with U+FFFD again: the
    analysis and the speaker keys read U+FFFD, only a shown text the mark (mojibake80)."""
    view = replace(doc, text=marked(doc.text, letters_only=True),
                   sentences=tuple(replace(s, text=marked(s.text, letters_only=True)) for s in doc.sentences))
    out = []
    named: dict[str, str | None] = {}  # a speaker as the view read it -> as given back, for the quotes after
    for q in _DocumentQuotes(view).extract(first_id):
        speaker = _lost_first_name(q.speaker, q.context, view.text)
        if q.speaker and unmarked(q.speaker) != speaker:
            named[q.speaker] = speaker
        elif q.speaker and q.speaker.split()[-1] in q.context:
            named.pop(q.speaker, None)  # said by its name again: that person's from here on
        elif q.speaker in named:
            speaker = named[q.speaker]  # the same person's next quote, no name in its sentence ("“…,” he said")
        out.append(replace(q, text=unmarked(q.text), speaker=speaker, context=unmarked(q.context)))
    return out


def _lost_first_name(speaker: str | None, context: str, text: str = "") -> str | None:
    """``speaker`` (read in the marked view) with U+FFFD again. A word holding a lost letter right before the
    surname where the quote is said is taken as the first name only on the text's word: when a word written
    whole in ``text`` fits it and stands before that surname there, the name is that whole one; when the
    finder completed the surname from elsewhere with a whole first name the damaged word does not fit
    ("dijo ɂlvaro Gómez", completed as the text's "Pedro Gómez": retester_mojibake79 cmp2 gomez, 0.982 to
    Pedro's quote), or when the text writes the damaged word before that surname each time, twice or more
    ("Ɂlvaro Núñez" ... "dijo Ɂlvaro Núñez": tester_mojibake80 cmp8 vs_pedro), the damaged word and the
    surname, whose key compares the letters still there. Otherwise the
    speaker as the finder read it, as main: "δήλωσε ο υπουργός ɂαυτιλίας Παπαδόπουλος" is no "Ναυτιλίας
    Παπαδόπουλος" (tester_mojibake80 cmp9, 0.785 as another person; mojibake80fix)."""
    if not speaker:
        return speaker
    if LOST_UPPER not in speaker and LOST_LOWER not in speaker:
        surname = speaker.split()[-1]
        found = re.search(rf"(?<!\w)(\w*[{LOST_UPPER}{LOST_LOWER}]\w*) +{re.escape(surname)}(?!\w)", context)
        if found:
            damaged = found.group(1)
            fits = [w for w in dict.fromkeys(re.findall(rf"(?<!\w)\w{{{len(damaged)}}}(?!\w)", text))
                    if _fits_lost(damaged, w)]
            before = [w for w in fits if re.search(rf"(?<!\w){re.escape(w)} +{re.escape(surname)}(?!\w)", text)]
            first = speaker.split()[0] if speaker != surname else ""
            written = re.findall(rf"(?<!\w){re.escape(damaged)}(?!\w)( +{re.escape(surname)}(?!\w))?", text)
            if len(before) == 1:
                speaker = f"{before[0]} {surname}"  # the same name written whole in the text
            elif fits:
                pass
            elif first and speaker not in context and _whole(first) and not _fits_lost(damaged, first):
                speaker = f"{damaged} {surname}"  # completed as another person the damaged word is not
            elif len(written) >= 2 and all(written):
                speaker = f"{damaged} {surname}"  # the damaged word written before that surname each time
    return unmarked(speaker)


def _whole(word: str) -> bool:
    return LOST_UPPER not in word and LOST_LOWER not in word


def _fits_lost(damaged: str, word: str) -> bool:
    """``word``, written whole, may be ``damaged`` with its lost letters filled in."""
    return (len(word) == len(damaged) and LOST_UPPER not in word and LOST_LOWER not in word and word != damaged
            and all(a == b or a in (LOST_UPPER, LOST_LOWER) for a, b in zip(damaged, word)))


def _next_sentence_speaker(
    doc: Document, b: int, paragraphs: list[int], sent_atts: list, resolver: _SpeakerResolver, offset: int
) -> tuple[str | None, str | None]:
    """“…!” Fox told Jorge Ramos. — the splitter cut after "!”", so the attribution opens the next sentence."""
    nxt = b + 1
    if nxt >= len(doc.sentences) or paragraphs[nxt] != paragraphs[b]:
        return None, None
    text = doc.sentences[nxt].text
    if text[:1] in _MARKS:
        return None, None
    for att in sent_atts[nxt]:
        if att.rule in ("subject-verb", "verb-subject") and _SAY_RE.match(text, len(text) - len(text.lstrip())) is None:
            verb = _SAY_RE.search(text)
            if verb and verb.start() <= 30:
                return resolver.resolve(att, offset), "next-sentence"
    return None, None


def _credit_line_speaker(doc: Document, b: int, resolver: _SpeakerResolver, offset: int) -> tuple[str | None, str | None]:
    """A quotation, then a line that is only a dash and the speaker's name ("“…”\n-Governor Lucía Montaner";
    trial20 #12): the credit of the field case's "“…” -Commissioner Daniel Starke" on a line of its own."""
    nxt = b + 1
    if nxt >= len(doc.sentences):
        return None, None
    text = doc.sentences[nxt].text
    if not _CREDIT_LINE.match(text):
        return None, None
    for att in _layout_attributions("§ " + text.strip()):
        if att.rule == "credit":
            return resolver.resolve(att, offset), "credit-line"
    return None, None


_CREDIT_LINE = re.compile(r"\s*(?:--|[-–—])\s*\w")


def is_attribution_line(text: str) -> bool:
    """Whether a sentence only says who spoke: a credit line, a dash and the speaker's name with their
    title ("-Governor Lucía Montaner", "— Commissioner Daniel Starke"), or a line introducing the next
    quotation ("And from Finance Minister Andrés Solano:"). It states no fact: the claim ledger makes no
    claim of it (trial20 #12: "-Governor Lucía Montaner" was a shared claim with "Die Notenbankchefin
    Lucía Montaner hat den Leitzins … angehoben")."""
    line = text.strip()
    if len(line) > 120 or "\n" in line:
        return False
    if _CREDIT_LINE.match(line):
        return any(a.rule == "credit" for a in _layout_attributions("§ " + line))
    return any(a.rule == "from-x" for a in _layout_attributions(line))
_INTRODUCED = re.compile(r"\s*([^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2})\s*,([^,]{1,24}),")


def _introduced_after(doc: Document, b: int, paragraphs: list[int], after: int) -> str | None:
    """A quotation that is a sentence of its own, then a sentence introducing a person by name and age in the
    same paragraph: "« On a entendu des explosions. » Nathalie, 52 ans, habite à deux cents mètres." (a
    witness's words, then who she is; "María, de 52 años, vive …", "Jan Kowalski, 45 lat, mieszka …")."""
    rest = doc.text[after : doc.sentences[b].end]
    if not rest.strip():  # (the splitter may keep "» Nathalie, 52 ans, …" in the quotation's sentence)
        nxt = b + 1
        if nxt >= len(doc.sentences) or paragraphs[nxt] != paragraphs[b]:
            return None
        rest = doc.sentences[nxt].text
    m = _INTRODUCED.match(rest)
    if not m or not _age_chunk(m.group(2)):
        return None
    toks = m.group(1).split()
    if not all(t[:1].isupper() for t in toks) or toks[0].lower() in _STOP_CAPS or _is_title(toks[0]):
        return None
    return m.group(1) if _plausible_speaker(m.group(1)) else None


def _closes_caseless_sentence(text: str, r: _RawQuote, masked: str, slot: int) -> bool:
    """The quotation ``r`` (at ``slot`` of ``masked``) ends its sentence ("….»", '…."', "«…».") and a word of a
    script without capitals follows it: the next sentence, which the splitter cannot see start (break56 F2)."""
    after = masked[slot + 1 :]
    ends = text[r.start : r.end].rstrip()[-1:] in (".", "!", "?", "…") or after.lstrip()[:1] in (".", "!", "?")
    nxt = after.lstrip(" .!?\"”’'»").split(maxsplit=1)
    return ends and bool(nxt) and _caseless_word(nxt[0])


def _own_sentence_attributions(atts: list[_Attribution], masked: str, slot: int, closed: Sequence[int]) -> list[_Attribution]:
    """The attributions of ``atts`` in the sentence of the quotation at ``slot``, where ``closed`` are the slots of the
    quotations that end a sentence (:func:`_closes_caseless_sentence`): after the last one before it, up to the
    quotation itself when it ends its sentence, else up to the next. "به گفته وزیر عباس عراقچی، «….» رئیس‌جمهور
    مسعود پزشکیان نیز تأکید کرد که «…»": the first is Araghchi's, not the next sentence's subject's; 'דובר צה"ל אפי
    דפרין אמר: "…." לדברי יאיר לפיד, "…"': the second is Lapid's (break56 F2). With none there, the attributions
    that introduce a quotation of a later sentence are dropped (a quotation between two is no later one's)."""
    lo = max((c for c in closed if c < slot), default=-1)
    hi = min((c for c in closed if c >= slot), default=len(masked))
    own = [t for t in atts if t.start > lo and t.end <= hi + 1]
    if own:
        return own
    return [t for t in atts if t.start <= hi or not _introduces_quotation(masked, t.end)]


def _caseless_word(word: str) -> bool:
    """A word of a script without capitals (Hebrew, Arabic, Persian), not Han."""
    return word[:1].isalpha() and not word[:1].isupper() and not word[:1].islower() and not _HAN.search(word)


def _cut_from_body(speaker: str, masked: str, language: str | None) -> bool:
    """``speaker`` stands right after a role word of ``language`` and before another word that is no verb of
    saying: the first word of the body the role speaks for ("سخنگوی هلال احمر", Red Crescent), not a name."""
    for m in re.finditer(rf"(?<!\w)(\w+)\s+{re.escape(speaker)}\s+(\w+)", masked):
        if _bare_role(m.group(1), language) and not _SAY_RE.fullmatch(m.group(2)):
            return True
    return False


def _bare_role(word: str, language: str | None) -> bool:
    """``word`` is a title or role word of ``language`` (text data "titles", "role_words")."""
    if not language:
        return False
    data = profile(language)
    low = word.strip(" ,.:;").lower()
    return low in data.role_words or low in {t.lower() for t in data.titles}


def _without_trailing_date(speaker: str | None, language: str | None) -> str | None:
    """``speaker`` without a weekday that ends it (babel's names, text data "weekday_forms"): the
    date of the statement, no part of the speaker ("وزیر کشور روز دوشنبه گفت" gave "وزیر کشور روز دوشنبه",
    break51 N6); a date of several words alone is no speaker."""
    if not speaker or not language:
        return speaker
    # (weekdays only: months are surnames too, "Theresa May", "باسكال مايو", "Anna Lis")
    # (a date of several words: one word may be a surname, "Jan Niedziela", "Marta Piątek")
    forms = {w for w in (*weekday_names(language), *(w for w, _ in profile(language).weekday_forms)) if " " in w}
    low = speaker.lower()
    if " " in low and low in forms:
        return None  # a date of several words is no one ("שר האוצר יום שני אמר" gave "יום שני")
    for form in sorted(forms, key=len, reverse=True):
        if form and low.endswith(form) and len(low) > len(form) and low[-len(form) - 1].isspace():
            return speaker[: -len(form)].rstrip(" ,،") or None
    return speaker


def _carried_speaker(
    doc: Document, si: int, paragraphs: list[int], sentence_speaker: dict[int, str], masked: str, slot: int
) -> str | None:
    """Speaker of an unattributed quote from the sentence(s) just before it.

    Within a paragraph look back two sentences; across a paragraph break only
    when the quote opens its sentence or follows a colon ("cheered them on: “…”"),
    the way news continues a speaker's words in a new paragraph.
    """
    if _own_topic(masked[:slot], doc.language):
        # the subject of its own is the speaker before only when it writes that speaker's family name
        # ("上川陽子外相は…と述べた。上川外相は5日、…「…」と述べた"); else no one (break51 N7: 林官房長官 got ブリンケン)
        before = _speaker_before(doc, si, paragraphs, sentence_speaker, masked, slot)
        return before if before and len(before) >= 2 and before.split()[0][:2] in masked[:slot] else None
    if _SAY_RE.search(masked) and _new_role(doc, si, masked):
        # the sentence has a verb of saying and a role of its own: its subject, left unread ("בשבוע שעבר אמר ראש
        # האופוזיציה יאיר לפיד כי", "«…»، این را فرماندار … گفت"), is not the speaker before (break51 N5 N6): none
        # rather than a wrong one ("It said", "dijo", "powiedziała" name no role and still carry)
        return None
    before = _speaker_before(doc, si, paragraphs, sentence_speaker, masked, slot)
    own = _unread_subject(masked[:slot], doc.language)
    if before and own and not set(own) & set(before.split()):
        # the sentence writes a subject of its own before its verb of saying, in a script without capitals where
        # the readers did not take it for a name ("גנץ אמר כי "…"" after Gallant's words): not the speaker before
        # (break52 N2: a name with no title got the carried speaker)
        return None
    return before


def _unread_subject(lead: str, language: str | None) -> list[str]:
    """The words a clause in a script without capitals (Hebrew, Arabic, Persian) writes before its verb of saying
    in ``lead`` (the words before a quotation): one to three words, none a stop word, pronoun or weekday of
    ``language`` ("גנץ אמר כי" -> ["גנץ"]); [] when there is no such verb or no such subject ("הוא הוסיף כי",
    "ביום שני אמר", "בשיחה טלפונית אמר": a day or a setting, text data "statement_days", "statement_settings";
    "وقال …": the verb first)."""
    verb = _SAY_RE.search(lead)
    if verb is None or not language:
        return []
    words = re.split(r"[.!?;:,،()\"“”«»–—§]", lead[: verb.start()])[-1].split()
    data = profile(language)
    stops = _stop_words_of(base(language)) | data.pronouns_singular | data.pronouns_plural
    days = {w for form, _ in data.weekday_forms for w in form.split()} | data.statement_days | data.statement_settings
    if not 1 <= len(words) <= 3 or not all(_caseless_word(w) and w.isalpha() for w in words) \
            or any(w in stops or w in days or _bare_role(w, language) for w in words):
        return []
    return words


def _new_role(doc: Document, si: int, masked: str) -> bool:
    """Whether ``masked`` (sentence ``si`` with its quotations masked) writes a title or role word of its
    language (text data "titles", "role_words") for someone the text before it has not named: the word after
    the role (its body or name: "ראש האופוזיציה", "فرماندار سرپل ذهاب") appears nowhere earlier, nor, with no
    word after it, the role itself. "وكان مدير منظمة الصحة العالمية قال" after "المدير العام لمنظمة الصحة
    العالمية تيدروس …" is the same person (منظمة written before)."""
    data = profile(doc.language) if doc.language else None
    if data is None:
        return False
    earlier = doc.text[: doc.sentences[si].start].lower()
    for w in {w for w in (*data.titles, *data.role_words) if w}:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", masked, re.IGNORECASE):
            after = re.match(r"\s+([^\W\d_][\w\"״'’-]{2,})", masked[m.end():])
            key = after.group(1) if after else w
            if key.lower() not in earlier:
                return True
    return False


def _speaker_before(
    doc: Document, si: int, paragraphs: list[int], sentence_speaker: dict[int, str], masked: str, slot: int
) -> str | None:
    """The speaker of the sentence(s) before sentence ``si`` that a quotation in it may carry (see
    :func:`_carried_speaker`, which first rules out a sentence with a subject of its own)."""
    for back in (1, 2):
        prev = si - back
        if prev < 0:
            return None
        if paragraphs[prev] != paragraphs[si]:
            if back > 1:
                return None
            lead = masked[:slot].strip()
            if lead == "" or lead.endswith(":") or _continues(doc, paragraphs, prev, si, masked):
                return sentence_speaker.get(prev)
            return None
        if prev in sentence_speaker:
            return sentence_speaker[prev]
        if not _SAY_RE.search(doc.sentences[prev].text):
            # A narrative sentence in between ends the speaker's turn ("Głosów
            # oburzenia jest zdecydowanie więcej. – Zawsze „Trójka” …": someone
            # else); reported speech in between ("He added that …") does not.
            return None
    return None


def _own_topic(lead: str, language: str | None) -> bool:
    """Whether the words before a quotation in a verb-final language end in a subject of their own, marked by a
    topic particle (text data "topic_particles": "気象庁は「最大級の警戒」を呼びかけた", 全日空も): then the quotation is
    not the sentence before's speaker's (break50 N3: 全日空's words went to the JAL spokesperson before it)."""
    data = profile(language) if language else None
    if data is None or not data.verb_final or not data.topic_particles:
        return False
    lead = lead.rstrip(" \t、，,")
    # (no subject before "については", "会見では": text data "topic_not_after"); the subject need not end the
    # lead: "林官房長官は記者会見で「…」と評価した" (break51 N7 gave it the speaker before)
    for p in data.topic_particles:
        for m in re.finditer(re.escape(p), lead):
            head = lead[: m.start()]
            # mid-lead only before a kanji or katakana word ("は記者会見で"), not inside a kana word (はず, ともに)
            if head and not head[-1].isspace() and not head.endswith(data.topic_not_after) \
                    and (m.end() == len(lead) or _TOPIC_NEXT.match(lead, m.end())):
                return True
    return False


_TOPIC_NEXT = lazy_pattern(r"[\u4e00-\u9fff\u30a0-\u30ff0-9０-９]")


@cache
def _unnamed_voice_patterns(language: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in profile(language).unnamed_voices)


def _unnamed_voice(after: str, language: str | None) -> bool:
    """Whether the words after a quotation's closing mark say no one in particular spoke it (text data
    "unnamed_voices": "「…」との声も上がった", voices were heard; break50b #6 gave it the speaker before)."""
    return bool(language) and any(rx.match(after) for rx in _unnamed_voice_patterns(base(language) or ""))


def _continues(doc: Document, paragraphs: list[int], prev: int, si: int, masked: str) -> bool:
    """One-sentence paragraphs (wire style) go on with the last speaker unless someone else is named."""
    one_sentence = prev == 0 or paragraphs[prev - 1] != paragraphs[prev]
    first = paragraphs[si - 1] != paragraphs[si]
    return one_sentence and first and not _NAME_RUN.search(masked)


# Words that join a role to its portfolio ("ministro delle Infrastrutture e dei Trasporti", "presidente
# del Consiglio", "Minister of State for Europe"): the entity rules' links and their contracted forms.
_PORTFOLIO_LINKS = frozenset({"dei", "delle", "degli", "dello", "dos", "das", "for", "e", "y", "et", "and", "und"})


def _named_by_surname(speaker: str | None, text: str, language: str | None) -> str | None:
    """A name in a case form after its role's capitalised complement, in the nominative the text gives its
    surname ("Terlecki: Wybory …", then "wicemarszałka Sejmu Ryszarda Terleckiego" -> "Ryszard Terlecki";
    pl/ru, where a role's place or body stands in the genitive before the name). The given name is the one
    the text writes before the nominative surname, else its case ending taken off (:func:`_given_nominative`),
    else left out ("Kowal"). A name already in the nominative stays ("Anna Kowalska" beside "u Kowala")."""
    toks = speaker.split() if speaker else []
    if len(toks) < 3 or not language or not profile(base(language) or "").genitive_after_title:
        return speaker
    given, surname = toks[-2], toks[-1]
    for m in re.finditer(rf"(?<!\w)({re.escape(given[:3])}\w*)\s+({re.escape(surname[:3])}\w*)", text):
        if _inflected_from([given, surname], [m.group(1), m.group(2)]):
            return m.group()  # "posłanki Lewicy Anny Nowak" after "Posłanka Lewicy Anna Nowak"
    for m in re.finditer(rf"(?<!\w){re.escape(surname[:3])}\w*", text):
        nominative = m.group()
        if nominative != surname and len(nominative) >= 4 and _case_form(surname, nominative) \
                and _case_suffix(surname, nominative) in _SURNAME_CASE_ENDINGS:
            written = re.search(rf"(?<!\w)([^\W\d_]+)\s+{re.escape(nominative)}(?!\w)", text)
            if written and _case_form(given, written.group(1)):
                return f"{written.group(1)} {nominative}"  # "Marek Kowal" written elsewhere in the text
            first = _given_nominative(given, nominative)
            return f"{first} {nominative}" if first else nominative
    return speaker


def _common_word(token: str, language: str) -> bool:
    """``token`` is a word of ``language``'s dictionary written with a capital (a noun, an adjective opening a
    sentence), not a given name; German also by its last part, since compounds are mostly missing from the
    dictionary ("Rettungsteams" -> "Teams")."""
    from ..._cache import is_known

    word = token.lower()
    if not word.replace("-", "").isalpha() or token.isupper() or given_name_gender(token):
        return False
    if is_known(word, language):
        return True
    return language == "de" and any(is_known(word[i:], "de") for i in range(3, len(word) - 3))


def _role_of_declined_place(speaker: str | None, context: str, language: str | None) -> str | None:
    """The role, not its place, when the speaker read is a place in an oblique case right after a role word: pl
    "Prezydent Warszawy nazwał je …", "Burmistrz Krakowa", ru "мэр Москвы сказал", cs "Primátor Prahy", uk "Мер
    Києва" (break53 F13: the speaker was "Warszawy"). Every word simplemma knows must be a case form of a proper
    name (:func:`~storylens.text.declined_proper_form`: "Warszawy" -> "Warszawa"); a holder's name in the nominative
    ("Prezydent Andrzej Duda", "Министр Лавров") is no such form. Returns "<role> <place>" as written."""
    bare = speaker.rstrip(".,;:") if speaker else ""  # (the sentence's full stop may close it: "сказал мэр Москвы.")
    toks = bare.split()
    if not toks or len(toks) > 3 or not all(declined_proper_form(t, language) for t in toks):
        return speaker
    at = re.search(r"([^\W\d_]+)\s+" + re.escape(bare) + r"(?![\w-])", context)
    if at is None or at.group(1).lower() not in _ROLE_HEADS:
        return speaker
    return f"{at.group(1)} {bare}"


def _role_of_region_adjective(speaker: str | None, masked: str, language: str | None) -> str | None:
    """The role, when the speaker read is a region's adjective right after a role word or title: pl "Wojewoda
    Pomorski powiedział", "– powiedział Wojewoda Dolnośląski", cs "Hejtman Jihomoravský řekl" (break56: the speaker
    was "Pomorski", read as a surname after the title). The adjectives are text data "region_adjectives" (their
    lemmas, as simplemma gives them: "Pomorska", "Pomorskiego" are "pomorski"). "<role> <adjective>" as written;
    None when the speaker is no such adjective ("Wojewoda Kowalski" keeps its surname)."""
    from ..._cache import known_lemma

    bare = speaker.rstrip(".,;:") if speaker else ""
    toks = bare.split()
    lang = base(language) if language else None
    if not toks or len(toks) > 2 or lang not in LANGUAGES:
        return None
    regions = profile(lang).region_adjectives
    if not regions or not all(t.lower() in regions or known_lemma(t.lower(), lang) in regions for t in toks):
        return None
    at = re.search(r"([^\W\d_]+)\s+" + re.escape(bare) + r"(?![\w-])", masked)
    if at is None or not (at.group(1).lower() in _ROLE_HEADS or _is_title(at.group(1))):
        return None
    return f"{at.group(1)} {bare}"


def _without_common_words(speaker: str | None, language: str | None) -> str | None:
    """The person of a capitalised run that opens with capitalised common words before a given name and a surname: a
    German noun in the genitive after its role ("die Leiterin des örtlichen Rettungsteams Anna Berger" read
    "Rettungsteams Anna Berger", final44 W7), an adjective or role opening a sentence ("Zapłakany Michael
    Jordan", "Manager Jurgen Klopp"). Only dictionary words before a known given name go, and not in a body's
    name ("New York Times"), so "Deutsche Bank" and names without a listed given name stay as they are."""
    toks = speaker.split() if speaker else []
    lang = base(language) if language else None
    if len(toks) < 3 or lang not in LEMMA_LANGUAGES or not toks[-1][:1].isupper() \
            or any(t.lower().strip(".,’'") in _ORG_WORDS for t in toks):
        return speaker  # "New York Times", "The Washington Post now": a body's name ("York" is a given name too)
    for i in range(1, len(toks) - 1):
        if given_name_gender(toks[i]) and toks[i + 1][:1].isupper() \
                and all(_common_word(t, lang) for t in toks[:i]):
            return " ".join(toks[i:])
        if not (toks[i - 1][:1].isupper() and _common_word(toks[i - 1], lang)):
            break  # a lower-case word: a description ("The lawyer of Harvey Weinstein"), kept whole
    return speaker


# Endings a pl/ru case adds to a surname's nominative (or puts for its final -a): "Terlecki-ego", "Kowal-a",
# "Лавров-а", "Dud-y"; not "-ska" ("Kowalska" is no case form of "Kowala", though it starts so).
_SURNAME_CASE_ENDINGS = frozenset(
    "a u owi em iem ie y i ego emu ym im ą ę ej ów om "
    "а у ом е ой ою ы и я ю ем его ему ым им ой".split()
)


def _case_suffix(word: str, nominative: str) -> str:
    """What ``word`` adds to ``nominative`` (after its final -a, or its mobile e, when those go)."""
    if word.startswith(nominative):
        return word[len(nominative) :]
    if len(nominative) >= 4 and nominative[-2] in "eе" and word.startswith(nominative[:-2] + nominative[-1]):
        return word[len(nominative) - 1 :]
    return word[len(nominative) - 1 :]


def _given_nominative(given: str, surname: str) -> str | None:
    """A given name's nominative from its case form beside the nominative ``surname``: "Ryszarda" -> "Ryszard"
    beside "Terlecki", "Katarzyny" -> "Katarzyna" beside "Nowakowska", "Marka" -> "Marek", "Pawła" -> "Paweł"
    (the mobile e), "Jerzego" -> "Jerzy", "Сергея" -> "Сергей"; None when no ending tells it."""
    if surname.endswith(("a", "а")):  # a woman's surname (or a man's: "Andrzeja Dudy", read below)
        if given.endswith("ии"):
            return given[:-1] + "я"  # "Марии" -> "Мария"
        for end in ("y", "i", "ej", "ą", "ы", "ой", "и", "е"):
            if given.endswith(end) and len(given) > len(end) + 2:
                return given[: -len(end)] + ("a" if _script(given) == "latin" else "а")
    if re.search(r"[^i]ego$", given) and len(given) > 5:
        return given[:-3] + "y"  # "Jerzego" -> "Jerzy" ("Antoniego" -> "Antoni" below)
    if re.search(r"[аеиоуыэюяё]я$", given):
        return given[:-1] + "й"  # "Сергея" -> "Сергей", "Дмитрия" -> "Дмитрий", "Николая" -> "Николай"
    for end in ("ego", "owi", "iem", "em", "a", "а", "у", "ом", "ем"):  # a man's: the nominative has no ending
        if given.endswith(end) and len(given) > len(end) + 2:
            stem = given[: -len(end)]
            if re.search(r"[^aeiouyąęó][kł]$", stem) or re.search(r"[^аеиоуыэюяё]л$", stem):
                return stem[:-1] + "e" + stem[-1] if _script(stem) == "latin" else stem[:-1] + "е" + stem[-1]
            return stem
    return None


def _name_of_role(speaker: str | None, context: str, language: str | None) -> str | None:
    """The person's name out of a speaker span that carries the end of their role (trial 14):
    "Trasporti Matteo Salvini" after "il ministro delle Infrastrutture e dei Trasporti", "Consiglio
    Giorgia Meloni" after "la presidente del", and a Chinese run around a dotted name
    ("…交通部长马泰奥·萨尔维尼在事故现场" -> "马泰奥·萨尔维尼"). A span is cut only where a title of the
    language (text data) and its portfolio words stand before the cut, so "la esposa de Juan Carlos
    Pérez" keeps its name."""
    if not speaker:
        return speaker
    from ..entities._rules import _COUNTRY_LINKS, _is_title
    from ..entities._scripts import _dot_names

    if _HAN.search(speaker):
        spans = _dot_names(speaker)
        return speaker[spans[0][0] : spans[0][1]] if len(spans) == 1 else speaker
    toks = speaker.split()
    lang = base(language) if language else None
    pos = context.find(speaker)
    if lang is None or len(toks) < 3 or pos < 0:
        return speaker
    trimmed = _name_after_complement(toks, context[:pos], lang)
    if trimmed != toks:
        return " ".join(trimmed)
    before = _TOKEN_RE.findall(context[:pos])[-7:]
    links = _COUNTRY_LINKS | _PORTFOLIO_LINKS
    if toks[1][:1].islower() or given_name_gender(toks[0]) or toks[1].lower() in _NAME_PARTICLES:
        # (a listed given name opens the person's name: "(concejal de Ciudadanos) Rubén Pérez Carcedo"; so does
        # the word before a name particle: "(Minister of Health) Majed Abu Ramadan")
        return speaker
    linked = False  # a portfolio hangs on its title by a link ("ministra de Transición Ecológica"), so
    for word in reversed(before):  # "Minister Mary Ann Cole" (a title right before the name) keeps its name
        if _is_title(word, lang):
            return " ".join(toks[1:]) if linked else speaker
        if word.casefold() in links:
            linked = True
        elif not word[:1].isupper():
            return speaker  # a word that is neither portfolio nor link: no role runs into the name
    return speaker


def _tidy(speaker: str | None) -> str | None:
    if not speaker:
        return None
    speaker = speaker.strip(" ,.;:")
    return speaker or None


def extract_quote_spans(documents: Sequence[Document]) -> list[QuoteSpan]:
    """Every direct quotation of every document, with offsets and speaker; ids q1, q2, ... across all."""
    out: list[QuoteSpan] = []
    for doc in documents:
        out.extend(_extract_document(doc, len(out) + 1))
    return out


def extract_quotes(documents: Sequence[Document]) -> list[Quote]:
    """Direct quotations as plain :class:`~storylens.models.Quote` (what the report carries)."""
    return [q.to_quote() for q in extract_quote_spans(documents)]
