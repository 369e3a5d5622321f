"""Resolution of a quote's speaker to a name of the document: :class:`_SpeakerResolver` (part of
:mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cached_property
from itertools import pairwise

from ...models import Document
from ...text import LANGUAGES, base, given_name_gender, nominative_name, profile
from ._clauses import (
    _CAPITALISED_TITLE_LANGUAGES,
    _CATAPHORA_CHARS,
    _DESCRIBED_HEAD,
    _NARRATIVE_WORDS,
    _ROLE_GENDER_CHARS,
    _ROLE_GENDER_WORDS,
    _STEM_HEAD,
    _TITLE_ABBREVIATION,
    _TITLE_ABBREVIATIONS,
    _described_openings,
    _party_description,
    _party_epithet,
    _sentence_subjects,
)
from ._marks import _DOUBLE
from ._names import _BODY_OPENING, _NameIndex
from ._phrases import (
    _comitative_name,
    _organisation_re,
    _prepositional_object,
    _principal_phrase,
    _role_noun,
    _without_role_phrase,
)
from ._scripts import _arabic_named_body, _arabic_surname, _arabic_titled, _cjk_titled
from ._spans import _OPENING_ROLE_WORDS, _RULE_TIER
from ._subjects import _JOINT, _JOINT_GAP, _JOINT_SPEAKERS_AND, _OF, _joint_part, joint_parts
from ._vocab import (
    _AGE_RE,
    _ARABIC,
    _BODY_HEADS,
    _CONNECTORS,
    _DEPUTY_WORDS,
    _DETS,
    _FORMER,
    _HAN,
    _INDEFINITE,
    _ORG_WORDS,
    _PARTY_MEMBERS,
    _PLURAL_PRONOUNS,
    _PRONOUNS,
    _ROLE_DETS,
    _ROLE_HEADS,
    _ROLE_PHRASES,
    _SAY_RE,
    _STOP_CAPS,
    _TITLES,
    _TOKEN_RE,
    _Attribution,
    _fold,
    _function_words,
    _is_title,
    _plausible_speaker,
    _role_nominative,
    _role_phrase_re,
    _role_phrase_roles,
    _role_tokens,
    _statement_owner_re,
)

_PARTY_TIE_WORDS = 4  # "Republican presidential candidate | Mitt Romney", "Clinton, | the Democratic front-runner"
_PARTY_TIE_CHARS = 60  # characters read either side of a mention for those words
_CASELESS_SUBJECT_LANGUAGES = ("he", "fa", "ar")  # no capitals tell a sentence's subject: _unread_subject_since
_BODY_BACK_CHARS = 400  # "the group" refers to a body named in the sentence or two before it


def _named_then_clause(phrase: str) -> bool:
    """Whether the words after a role word hold a capitalised word and then a lower-case word of a clause
    ("President Trump had directed …"): the role names that word's person, and a name later in the phrase is
    another one (BASIL speakers, stop 36: "the president" was Michael D. Cohen). A role's complement in lower
    case ("Ministre de l'Intérieur", "министр иностранных дел России") and name particles ("von der Leyen") are none."""
    words = _TOKEN_RE.findall(phrase)[1:]
    for a, b in pairwise(words):
        if a[:1].isupper() and a[:1].isalpha() and b.isalpha() and b.islower() \
                and b not in _DETS and b not in _OF and b not in _CONNECTORS:
            return True
    return False


# A relative word between a role and a name opens a clause about the role's holder, and the name is another
# person's: every language's person relatives (text/data "person_relatives") but the articles ("der", "die")
_CLAUSE_RELATIVES = frozenset(w for lang in LANGUAGES for w in profile(lang).person_relatives
                              if " " not in w and w not in _DETS) | {"which"}


class _SpeakerResolver:
    """Turns an attribution into a speaker name, remembering recent speakers."""

    def __init__(self, doc: Document):
        self.names = _NameIndex.build(doc.text, doc.language)
        self.text = doc.text
        # (head, modifiers, former) -> the names a description may stand for (_role_holders), read once
        self.role_holders: dict[tuple[str, tuple[str, ...], bool], tuple[list[tuple[int, str]], list[tuple[int, str]]]] = {}
        self.last_named: str | None = None
        self.last_named_at = -1
        self.language = doc.language
        # the sentence subjects first: a description with an age ("The 72-year-old senator, …") reads its
        # antecedent from them while the description subjects are collected
        self.subjects = sorted(_sentence_subjects(doc, self.names))
        self.subjects = sorted(self.subjects + self._description_subjects(doc))
        self.genders: dict[tuple[str, bool], str | None] = {}  # (name, listed) -> "m" | "f" | None, read once
        self.text_votes: dict[str, tuple[dict[str, int], str] | None] = {}  # name -> the text's votes, read once
        self.last_described: tuple[str, int] | None = None  # an unnamed speaker's description, and where
        self.openings = _described_openings(doc)  # (offset, "Une responsable de MSF", "f")
        self._words = frozenset(re.findall(r"[^\W\d_]+", doc.text))  # the text's word forms

    def _description_subjects(self, doc: Document) -> list[tuple[int, str]]:
        """(offset, full name) of sentences that open with a role description the text names a person
        with: "L'ex ministro, 67 anni, ha sempre respinto le accuse." after "l'ex ministro francese
        Bernard Caillaux" — a later "ha detto ai giornalisti" is his."""
        out = []
        for s in doc.sentences:
            words = s.text.split()[:_OPENING_ROLE_WORDS + 1]
            for j in range(min(_OPENING_ROLE_WORDS, len(words))):
                toks = _role_tokens(" ".join(words[: j + 1]))
                if not toks:
                    break
                head = toks[-1].lower()
                nxt = words[j + 1] if j + 1 < len(words) else ""
                ends = words[j].endswith(",") or nxt[:1].islower() or nxt[:1].isdigit()
                if head in _ROLE_HEADS and ends and (toks[0].lower() in _ROLE_DETS or any(_FORMER.fullmatch(t) for t in toks)):
                    phrase = " ".join(words[: j + 1]).rstrip(",")
                    named = self._resolve(_Attribution(0, 0, "description", phrase, "verb-subject"), s.start)
                    # an antecedent only: the role's own sentence may name someone else after it
                    if named and _plausible_speaker(named) and any(named == n and at < s.start for at, n, _ in self.names.names):
                        out.append((s.start, named))
                    break
        return out

    def _gender(self, name: str, listed: bool = True) -> str | None:
        """"m"/"f" from the past-tense verbs next to the name in the text ("Кастро похитил", "сказала
        Берри"; text/data "past_gender"), its role and name endings, and (``listed``) its given name in the
        name lists (text/data/given_names.json); None when nothing tells."""
        key = (name, listed)
        if key not in self.genders:
            self.genders[key] = self._read_gender(name, listed)
        return self.genders[key]

    def _read_gender(self, name: str, listed: bool = True) -> str | None:
        read = self._text_votes(name)
        if read is None:
            return None
        votes, first = dict(read[0]), read[1]
        # a given name the name lists of every locale agree on ("prefekt Claire Dumas … – podkreśliła": the
        # Polish role and ending say nothing of a French given name; final34 #5)
        # (a given name alone counts too: "Martine, 71 ans")
        in_list = given_name_gender(first or name.split()[0]) if listed else None
        if listed and in_list is None and (nominative := self._oblique_nominative(name)) != name:
            in_list = given_name_gender(nominative.split()[0])  # "Pawłem Górskim": Paweł
        if in_list:
            votes[in_list] += 1
        if votes["m"] == votes["f"]:
            return None
        return "m" if votes["m"] > votes["f"] else "f"

    def _text_votes(self, name: str) -> tuple[dict[str, int], str] | None:
        """The text's votes for a name's gender (verbs and roles beside each mention, name endings) and its
        given name, read once per name whether or not the name lists then vote; None when nothing can tell."""
        if name not in self.text_votes:
            self.text_votes[name] = self._read_text_votes(name)
        return self.text_votes[name]

    def _read_text_votes(self, name: str) -> tuple[dict[str, int], str] | None:
        if not self.language:
            return None
        lang = profile(base(self.language))
        endings = lang.past_gender
        surname = name.split()[-1]
        if len(surname) < 3:
            return None
        votes = {"m": 0, "f": 0}
        # where surnames inflect, every case form of it ("Ольгой Лисовой" … "Лисова покинула")
        form = re.escape(surname[:-2]) + r"\w{0,3}" if lang.surname_gender and len(surname) >= 6 else re.escape(surname)
        for m in re.finditer(rf"(?:(\w+)\s+)?(?<!\w){form}(?!\w)(?:\s+(\w+))?", self.text):
            for word in m.groups():
                if endings and word and word.islower() and len(word) >= 4:
                    gender = next((g for end, g in endings if word.endswith(end)), None)
                    if gender:
                        votes[gender] += 2  # a verb outweighs a given name's ending (that may be a case ending)
            role = self._role_gender(m.start(1) if m.group(1) else m.start(), lang)
            if role:
                votes[role] += 2
        first = name.split()[0] if len(name.split()) >= 2 else ""
        # "Джина", "Anna" (a given name), "Смирнова", "Kowalska" (a surname): endings that may also be a
        # case ending ("Ариэля", "Волкова" genitive), so they count less than a verb; a name written only in
        # the instrumental by its nominative ("Анной Лисицыной": Анна Лисицына, no man's "-ой" surname)
        nominative = self._oblique_nominative(name).split()
        for part, ends in ((nominative[0] if first else "", lang.given_name_gender),
                           (nominative[-1] if first else "", lang.surname_gender)):
            g = next((g for end, g in ends if part[:1].isupper() and part.endswith(end)), None)
            if g:
                votes[g] += 1
        return votes, first

    @cached_property
    def _name_ends(self) -> list[tuple[int, int]]:
        """(offset, end of its surname's first occurrence from there) of every name, found once per text."""
        return [(a, self.text.find(n.split()[-1], a) + len(n.split()[-1])) for a, n, _ in self.names.names]

    def _role_gender(self, at: int, lang) -> str | None:
        """The gender of the role the text gives a name at ``at`` in the words right before it ("Die
        Ministerin …, Karen Whitfield", "Feuerwehrchef Mark Delaney", "le chef des pompiers, Mark
        Delaney"; text/data "role_genders", "article_genders"), within its sentence."""
        if not lang.role_genders:
            return None
        # not past another person's name: "Le maire Paul Mercadier et Claire Dumas" is no "maire" (final34)
        ends = [end for a, end in self._name_ends if a < at]
        start = max([max(0, at - _ROLE_GENDER_CHARS)] + [e for e in ends if e <= at])
        lead = re.split(r"[.!?;:«»\"“”„]", self.text[start:at])[-1]
        words = [w.lower() for w in re.findall(r"[\w.'’-]+", lead)][-_ROLE_GENDER_WORDS:]
        roles = dict(lang.role_genders)
        articles = dict(lang.article_genders)
        for i in range(len(words) - 1, -1, -1):
            word = words[i]
            gender = roles.get(word) or next((g for w, g in lang.role_genders if len(w) >= 4 and word.endswith(w)), None)
            if gender in (None, "any") and (word in _ROLE_HEADS or gender == "any") and i and words[i - 1] in articles:
                gender = articles[words[i - 1]]  # "le chef", "la ministre": the article tells
            gender = None if gender == "any" else gender
            if gender:
                return gender
        return None

    def _sexed_noun(self, noun: str, offset: int) -> str | None:
        """The person a bare noun of one sex stands for ("– mówi kobieta" after "64-letnia Halina Wróbel,
        …"; text data "person_noun_genders"): the latest person named within the last two sentences
        whose gender agrees, else None."""
        if not self.language or " " in noun.strip():
            return None
        gender = dict(profile(base(self.language) or "").person_noun_genders).get(noun.strip().lower())
        if not gender:
            return None
        start = max([0] + [m.end() for m in re.finditer(r"[.!?…]\s", self.text[:offset])][-3:-2])
        for at, name, _ in sorted(self.names.names, reverse=True):
            if start <= at < offset and self._gender(name) == gender:
                return self.names.full_name(name, offset)
        return None

    def _case_form_only(self, name: str, role: str) -> bool:
        """Every mention of ``name`` follows ``role`` in another case form ("wojewody" for "wojewoda"), in a
        language that writes names in case forms after a role (text data "genitive_after_title")."""
        if not self.language or not profile(base(self.language) or "").genitive_after_title or len(role) < 4:
            return False
        lead = [self.text[max(0, at - 40) : at].split()[-2:] for at, n, _ in self.names.names if n == name]
        forms = [w.lower().strip(",") for words in lead for w in words]
        # (a case form adds at most a few letters to the role's stem: "wojewody", "prezesa"; not "prezydenta")
        inflected = [f for f in forms if f != role and f.startswith(role[:-1]) and len(f) - len(role) <= 3]
        return bool(inflected) and not any(f == role for f in forms)

    def _joint_subject(self, first: str, second: str, offset: int) -> bool:
        """The text's last mentions of ``first`` and ``second`` before ``offset`` are joined by "and" (in any
        language: "i", "et", "y"), with at most a role between ("Le maire X et la préfète Y")."""
        a, b = self._last_mention(first, offset), self._last_mention(second, offset)
        if a < 0 or b < 0:
            return False
        (lo, low), (hi, high) = sorted([(a, first), (b, second)])
        end = self.text.find(low.split()[-1], lo) + len(low.split()[-1])  # (a run may open with its title)
        start = self.text.find(high.split()[0], hi)
        gap = self.text[end:start] if lo < hi and end <= start else ""
        words = [w.lower() for w in re.findall(r"\w+", gap)]
        return len(gap) <= _JOINT_GAP and not re.search(r"[.!?;:]", gap) and bool(words) and words[0] in _JOINT

    def _gender_agreement(self, found: str, gender: str, offset: int) -> str:
        """The person a pronoun or verb of ``gender`` stands for, given its antecedent ``found``.

        The text's own evidence first (verbs, roles, name endings): an antecedent it gives the other gender
        yields to the latest person it gives this one ("она" after "Кастро похитил …"); one whose gender it
        does not give yields to such a person named after it ("sagte sie"). A given name in the name lists
        (text/data/given_names.json) is weaker: it never turns the speaker just named ('said Hilary Shelton
        … "…," he said') unless the one who agrees is named after that speaker ("… a précisé Laurent
        Cabrol. … Martine, 71 ans, balaie … « … », raconte-t-elle"), and otherwise only towards someone in
        the antecedent's sentence ("Owen Pritchard met Lucia Benn. "…," she said"; not a brand in brackets
        two sentences on, "(Daniel Wellington)") or named with it as one subject ("Jean Dupont i minister
        Marie Laurent … – zapewniła"; not "Mr. Hutchinson … at Chuck E. Cheese's … he said")."""
        own = self._gender(found, listed=False)
        if own not in (None, gender):
            # (the text makes the antecedent the other gender: a person the name lists give this one beats it,
            # "Anna Lis spotkała się z burmistrzem Pawłem Górskim. „…” – powiedział")
            return self._agreeing_person(gender, offset, listed=False) or self._agreeing_person(gender, offset) or found
        agreeing = self._agreeing_person(gender, offset, listed=False)
        if own is None and agreeing and self._last_mention(agreeing, offset) > self._last_mention(found, offset):
            return agreeing
        if own is None and agreeing and found == self.last_named and self._gender(found) is None \
                and self._narrative_since(found, offset):
            # ("« … », a déclaré le politologue Jean Martin. ¶ La candidate centriste … ¶ « … », a-t-elle dit"
            # after "La sénatrice Claire Dubois": the woman the text names, not the last speaker)
            return self._latest_agreeing(gender, offset, listed=False) or agreeing
        listed = self._agreeing_person(gender, offset)
        if not listed or listed == found:
            return found
        if found == self.last_named:
            named_after = self._last_mention(listed, offset) > self.last_named_at
            if not named_after and self._gender(found) not in (None, gender) and self._narrative_since(found, offset):
                return self._latest_agreeing(gender, offset) or listed
            return listed if named_after and self._gender(found) not in (None, gender) else found
        if self._gender(found) not in (None, gender):
            return listed if self._one_sentence(found, listed, offset) else found
        return listed if self._joint_subject(found, listed, offset) else found

    def _latest_agreeing(self, gender: str, offset: int, listed: bool = True) -> str | None:
        """The person of ``gender`` whose surname the text writes last before ``offset``, whether in full or
        alone ("Mrs. Clinton first said she …" after "Hillary Clinton" early and "Madeleine Albright" later)."""
        best, best_at = None, (-1, -1)
        # Text order, not a set's (whose order follows the hash seed): two people sharing the surname ("Eric
        # Trump" and "Donald Trump") tie on it, and the one named in full last wins the tie.
        named_at: dict[str, int] = {}
        for at, n, _ in self.names.names:
            if at < offset:
                named_at[n] = max(at, named_at.get(n, -1))
        for name, full_at in named_at.items():
            surname = name.split()[-1]
            at = max((m.start() for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", self.text[:offset])), default=-1)
            if (at, full_at) > best_at and self._gender(name, listed) == gender:
                best, best_at = name, (at, full_at)
        return self._oblique_nominative(self.names.full_name(best, offset)) if best else None

    def _narrative_since(self, speaker: str, offset: int) -> bool:
        """A paragraph of narrative (no quotation mark, _NARRATIVE_WORDS words or more, not naming ``speaker``)
        stands between the last speaker's attribution and ``offset``: the last speaker is no longer the
        topic ('"She's gotten better …," analyst David Axelrod said …¶The moderate candidate, who's …, has
        declared that she's well-positioned …¶"I can appeal to independents, too," she told supporters' is
        the candidate's, not Axelrod's; 'said Hilary Shelton …¶"…," he said' has no such paragraph)."""
        surname = speaker.split()[-1]
        for para in self.text[self.last_named_at : offset].split("\n")[1:]:
            if len(para.split()) >= _NARRATIVE_WORDS and not any(c in _DOUBLE for c in para) and surname not in para:
                return True
        return False

    def _one_sentence(self, first: str, second: str, offset: int) -> bool:
        """The text's last mentions of ``first`` and ``second`` before ``offset`` stand in one sentence."""
        a, b = self._last_mention(first, offset), self._last_mention(second, offset)
        return a >= 0 and b >= 0 and not re.search(r"[.!?;»”\"]\s", self.text[min(a, b) : max(a, b)])

    def _last_mention(self, name: str, offset: int) -> int:
        """Where the text last names ``name`` (or its surname) before ``offset``; -1 when it does not."""
        surname = name.split()[-1]
        return max((at for at, n, _ in self.names.names if at < offset and n.split()[-1] == surname), default=-1)

    def _antecedent(self, offset: int) -> str | None:
        """Who a pronoun (or "the 48-year-old") before ``offset`` stands for: the subject of a sentence
        newer than the last speaker named ("On Friday, Liz Cheney issued a statement. “…,” she said."),
        else that speaker, else the last person named, else the first named right after."""
        subject = None
        for at, name in self.subjects:
            if at >= offset:
                break
            if at > self.last_named_at:
                subject = name
        if subject is None and self.last_named and self._unread_subject_since(offset):
            return None  # someone else's sentence stands between: no guess (a wrong name is worse than none)
        return subject or self.last_named or self._last_person(offset) or self._cataphora(offset)

    def _unread_subject_since(self, offset: int) -> bool:
        """In a caseless script (Hebrew, Persian, Arabic), a sentence between the last speaker's quotation and
        ``offset`` opens with an office (text data "titles", "role_words": "سخنگوی اورژانس کشور … خواستار … شد") whose
        holder the name index could not read, and neither names the last speaker nor reports speech: its subject,
        not the last speaker, is the likelier antecedent of a pronoun, and no name is better than a wrong one
        (break57 F4: the governor's sentence stood between, the pronoun went to the minister quoted before)."""
        lang = base(self.language) if self.language else None
        if lang not in _CASELESS_SUBJECT_LANGUAGES or self.last_named is None:
            return False
        data = profile(lang)
        titles = {t for t in (*data.titles, *data.role_words)}
        titles |= {t.replace("״", '"') for t in titles}  # (an acronym's gershayim typed as '"': "מנכ"ל")
        verbs = sorted(data.reporting_verbs, key=len, reverse=True)
        surname = self.last_named.split()[-1]
        between = self.text[max(0, self.last_named_at) : offset]
        for chunk in re.split(r"[.!?»”\n]|(?<!\w)\"|\"(?!\w)", between):
            words = chunk.split()
            if len(words) < 3 or surname in chunk or any(re.search(rf"(?<!\w){re.escape(v)}(?!\w)", chunk) for v in verbs):
                continue
            first = words[0][1:] if words[0][:1] in ("ו", "و") and words[0][1:] in titles else words[0]
            if first in titles or f"{first} {words[1]}" in titles:
                return True
        return False

    def _as_written(self, at: int, name: str) -> str:
        """``name`` of the name index (its words cleaned of dots) as the text writes it from ``at``, with the
        dots of its abbreviations ("St. Louis Tea Party", "U.S. Chamber of Commerce"; review36a L6); ``name``
        itself when the text has it otherwise."""
        words = name.split()
        pattern = r"\.?\s+".join(map(re.escape, words[:-1])) + (r"\.?\s+" if len(words) > 1 else "") + re.escape(words[-1])
        m = re.compile(pattern).search(self.text, at, at + len(name) + 2 * len(words) + 40)
        return m.group(0) if m else name

    def _tied_to_party(self, name: str, description: Sequence[str]) -> bool:
        """The text ties the person ``name`` to the party of a description ("the Democratic front-runner"):
        a word of that party (text/data "party_members": "Democrat", "Democratic", "Democrats") or its tag
        ("D-N.Y.", "(D)") within _PARTY_TIE_WORDS words of a mention of the name's last word, in the same
        sentence ("Democrat Hillary Clinton", "Republican presidential candidate Mitt Romney", "Clinton, a
        Democrat,"). Without it the description is no one's in particular: "President Donald Trump" is no
        Democratic front-runner (review36a M7)."""
        parties = {p for w in description if w[:1].isupper() for p in _PARTY_MEMBERS if w.startswith(p)}
        surname = name.split()[-1]
        if not parties or not surname[:1].isupper() or surname.lower() in _ORG_WORDS:
            return False  # (a body is no front-runner: "the Republican National Committee")
        for m in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", self.text):
            before = re.split(r"[.!?]\s+(?=[A-Z])|\n", self.text[max(0, m.start() - _PARTY_TIE_CHARS) : m.start()])[-1]
            after = re.split(r"[.!?]\s+(?=[A-Z])|\n", self.text[m.end() : m.end() + _PARTY_TIE_CHARS])[0]
            words = re.findall(r"[^\W\d_][\w.\-]*", before)[-_PARTY_TIE_WORDS:] \
                + re.findall(r"[^\W\d_][\w.\-]*", after)[:_PARTY_TIE_WORDS]
            for w in words:
                if any(w.startswith(p) for p in parties):
                    return True
                if re.fullmatch(r"[A-Z](?:-[A-Z][\w.]*)?", w.rstrip(".")) and any(w[0] == p[0] for p in parties) \
                        and (len(w) > 1 or f"({w})" in after or f"({w})" in before):
                    return True  # "Clinton (D-N.Y.)", "Romney (R)"
        return False

    def _last_person(self, offset: int) -> str | None:
        """The last name before ``offset`` that may be a person: not one the text writes only after a place
        preposition ("le refuge de Puerto Calvén", "schronisko w Puerto Calvén": final34, "a-t-elle insisté"
        was credited to the refuge's village)."""
        people = [name for at, name, _ in self.names.names if at < offset and not self._place_like(name)]
        return people[-1] if people else None

    def _place_like(self, name: str) -> bool:
        """The text writes ``name`` only right after a place preposition of its language (text/data
        "preposition_place": "de", "en", "w") and never with a title (no gender test: "Puerto" reads as a
        Spanish man's given name)."""
        if not self.language:
            return False
        preps = profile(base(self.language)).place_prepositions
        mentions = [(at, t) for at, n, t in self.names.names if n == name]
        if not preps or not mentions or any(t for _, t in mentions):
            return False
        before = [re.search(r"(\w+)\s+(\w+)\s+$", self.text[max(0, at - 40) : at]) for at, _ in mentions]
        # (a role's complement is no place: "el concejal de Ciudadanos Rubén Pérez")
        return all(b and b.group(2).lower() in preps and not _role_noun(b.group(1).lower()) for b in before)

    def _cataphora(self, offset: int) -> str | None:
        """A pronoun before the text names anyone ("他的回答是：“继续吧。”威廉·詹姆斯·瑞恩 …", "“…,” he said.
        Mayor Ann Cole …"): the first person named right after it."""
        if self.names.last_person(offset) is not None:
            return None
        for at, name, _ in self.names.names:
            if at >= offset:
                return name if at - offset <= _CATAPHORA_CHARS and _plausible_speaker(name) else None
        return None

    def _language_role(self, description: str) -> bool:
        """The description opens with a title or role word of the document's language (text data "titles",
        "role_words": "استاندار کرمانشاه", the governor of Kermanshah)."""
        first = description.split()[0].lower() if description.split() else ""
        if not self.language or not first:
            return False
        data = profile(base(self.language) or "")
        return first in data.role_words or first in {t.lower() for t in data.titles}

    def _singular_pronoun(self, pronoun: str) -> bool:
        """A personal pronoun of the list or of the document's language (text data "pronouns": وی, او)."""
        word = pronoun.lower()
        return word in _PRONOUNS or (bool(self.language) and word in profile(base(self.language) or "").pronouns_singular)

    def _pronoun_gender(self, pronoun: str) -> str | None:
        """"она" -> "f"; a verb that carries its subject ("– powiedziała.") by its past-tense ending."""
        if not self.language:
            return None
        lang = profile(base(self.language))
        own = dict(lang.pronoun_genders)
        if pronoun.lower() in own:
            return own[pronoun.lower()]
        endings = lang.past_gender
        return next((g for end, g in endings if pronoun.islower() and pronoun.endswith(end)), None)

    def _described_opening(self, pronoun: str, offset: int) -> str | None:
        """The unnamed speaker a gendered pronoun refers to: the latest sentence before ``offset`` opening
        with "Une responsable de MSF …" whose article agrees, when no person is named and no attribution
        resolved since (final29: "…, a-t-elle affirmé" was credited to Macron, named before her)."""
        gender = self._pronoun_gender(pronoun)
        found = next(((at, desc) for at, desc, g in reversed(self.openings) if at < offset and g == gender), None) \
            if gender else None
        if found is None:
            return None
        at, end = found[0], found[0] + len(found[1])  # (the body inside the description names no one else)
        named_since = self.last_named_at > at or any(end < n_at < offset for n_at, _, _ in self.names.names) \
            or any(at < s_at < offset for s_at, _ in self.subjects)
        return None if named_since else found[1]

    def _agreeing_person(self, gender: str, offset: int, listed: bool = True) -> str | None:
        """The latest person before ``offset`` whose verbs or name agree with the pronoun's gender ("она"
        after "Кастро похитил …" is not Castro); ``listed``: a listed given name counts ("Claire")."""
        people = sorted([(at, n) for at, n, _ in self.names.names if at < offset], reverse=True)
        for _, name in people:
            if self._gender(name, listed) == gender:
                return self._oblique_nominative(self.names.full_name(name, offset))
        return None

    def _oblique_nominative(self, name: str) -> str:
        """A name the text writes only in the instrumental, in the nominative ("(z) Pawłem Górskim" -> "Paweł
        Górski", "(с) Павлом Горским" -> "Павел Горский"; text data "name_instrumental"), when only that
        reading makes its given name one the name lists know; else ``name``."""
        if not self.language or len(name.split()) < 2 or given_name_gender(name.split()[0]):
            return name
        nominative = nominative_name(name, self.language, self._words, case="instrumental")
        return nominative if nominative != name and given_name_gender(nominative.split()[0]) else name

    def resolve(self, att: _Attribution, offset: int) -> str | None:
        parts = joint_parts(att.speaker) if att.kind in ("name", "description") else [att.speaker]
        joint = self._resolve_joint(att, parts, offset) if len(parts) > 1 else None
        if joint:
            return joint
        if att.kind == "description" and _principal_phrase(att.speaker.split()):
            return att.speaker  # "rzecznik premiera Borisa Johnsona": the spokesman, unnamed, not the premier
        named = _without_role_phrase(att.speaker) if att.kind in ("name", "description") else att.speaker
        if named != att.speaker:
            att = replace(att, kind="name", speaker=named)
        found = self._resolve(att, offset)
        found = self._without_common_noun(found)
        head = att.speaker.rstrip(".,;:!?").split()[-1].lower() if att.speaker.split() else ""
        if att.kind == "description" and found and found != att.speaker and self._case_form_only(found, head):
            # "Według wojewody … Macieja Awiżenia …" then "– powiedział wojewoda": the holder in the nominative
            found = nominative_name(found, self.language, self._words)
        role = head in _ROLE_HEADS or bool(_role_phrase_roles(att.speaker))
        if att.kind == "description" and role and found and found != att.speaker and att.rule not in _RULE_TIER:
            # "– mówił prezydent" resolved to Andrzej Duda: the next "– powiedział." is his too
            self.last_named, self.last_named_at = found, offset
        if att.kind == "description" and found == att.speaker and att.speaker.split()[0].lower() in _INDEFINITE:
            # "une responsable de Médecins sans frontières a décrit …": no name stands for her, so the next
            # "a-t-elle affirmé" is hers unless someone is named after her
            self.last_described = (found, offset)
        elif att.kind == "description" and found == att.speaker and (role or self._language_role(att.speaker)):
            # "استاندار کرمانشاه اظهار کرد: «…». وی افزود: «…»": a role the text names no one for is the next
            # pronoun's, not the person named before it (break51 N6 gave the earlier مجتبی خالدی)
            self.last_described = (found, offset)
        return found

    def _resolve_joint(self, att: _Attribution, parts: list[str], offset: int) -> str | None:
        """A coordinated speaker (``_subjects._joint_subject``) with each person resolved on its own ("Smith and
        Jones" -> "John Smith and Mary Jones", "the mayor and the governor" -> their names where the text gives
        them), joined as written; a part nothing resolves stays as written. None, and the speaker is read as one,
        when a part is no person of its own (a body's name holding "and": "Prawo" of "Prawo i Sprawiedliwość"
        resolves to the whole name), two parts are one person, or a part of one word is named in full nowhere."""
        conj = next(w for w in att.speaker.split(" ") if w in _JOINT_SPEAKERS_AND)  # (joint_parts: exactly one)
        # one word a side is as often one firm's name ("Marks and Spencer", "Procter and Gamble"): people only
        # when the text names each of them in full (speakers75: "Stuart Marks and Spencer" after "Stuart Marks")
        surnames = all(len(part.split()) == 1 for part in parts)
        found = []
        for part in parts:
            read = _joint_part(part.split())
            if read is None:
                return None
            one = self.resolve(replace(att, kind=read[0], speaker=part), offset) or part
            if conj in one.split() or one in found or surnames and len(one.split()) < 2:
                return None
            found.append(one)
        return f"{', '.join(found[:-1])} {conj} {found[-1]}"

    def _without_common_noun(self, name: str | None) -> str | None:
        """"Enfermera Ana Soto" -> "Ana Soto" when the text also writes "la enfermera Ana Soto": a
        common noun capitalised at a sentence start is the person's description, not her name."""
        toks = name.split() if name else []
        if len(toks) < 3 or not toks[0].isalpha() or not toks[0][:1].isupper():
            return name
        rest = " ".join(toks[1:])
        if re.search(rf"(?<!\w){re.escape(toks[0].lower())}\s+{re.escape(rest)}", self.text):
            return rest
        return name

    def _organisation(self, offset: int, noun: str = "") -> str | None:
        """The organisation the text names last before ``offset`` ("İstanbul Valiliği, … duyurdu.",
        "Ankara İl Emniyet Müdürlüğünden yapılan açıklamaya göre"), in the head noun's own form;
        with ``noun``, one whose head is that noun ("Bakanlık" -> "Sağlık Bakanlığı")."""
        rx = _organisation_re(base(self.language))
        found = [m.group(1) for m in rx.finditer(self.text, 0, offset)] if rx else []
        if noun:  # the head's stem: "Bakanlı-k" / "Bakanlı-ğı" (a final consonant softens before the suffix)
            found = [f for f in found if f.split()[-1].startswith(noun[:-1])]
        return found[-1] if found else None

    def _resolve(self, att: _Attribution, offset: int) -> str | None:
        if att.rule == "statement":
            return self._organisation(offset)
        if att.rule == "statement-owner":
            single = " " not in att.speaker and len(att.speaker) >= 5
            return (self._organisation(offset, att.speaker) if single else None) or self.names.full_name(att.speaker, offset)
        roles = _role_phrase_roles(att.speaker) if att.kind != "pronoun" else ()
        if roles:
            # "le chef de l'État" -> the person the text titles président, "szef rządu" -> premier
            for role in roles:
                named = (self._titled(role, offset) if " " not in role else None) or self._described(role, offset)
                if named:
                    return named
            return self._introduced_by_phrase(roles, offset) or att.speaker
        if att.kind in ("name", "description") and _party_epithet(att.speaker):
            # "the Massachusetts Democrat said" after "Sen. Elizabeth Warren …": an epithet refers back
            # like a pronoun does
            att = replace(att, kind="pronoun")
        if att.kind == "pronoun":
            if att.speaker.lower() in _PLURAL_PRONOUNS:
                # "In a joint statement, they said:" -> the people the last sentence was about
                subjects = [name for at, name in self.subjects if at < offset]
                return subjects[-1] if subjects else None
            found = self._antecedent(offset)
            opening = self._described_opening(att.speaker, offset)
            if opening:
                return opening
            if self.last_described and self._singular_pronoun(att.speaker) and self.last_described[1] > max(
                    self.last_named_at, max((at for at, _, _ in self.names.names if at < offset), default=-1),
                    max((at for at, _ in self.subjects if at < offset), default=-1)):
                return self.last_described[0]  # the unnamed speaker just described, named by no one since
            gender = self._pronoun_gender(att.speaker)
            if found and gender and found.split()[-1].lower() in _ORG_WORDS:
                # "he said" after "Sen. Mark Warner spoke … The White House did not respond …": a body takes no
                # personal pronoun; the sentence subject before it that is no body does, else the last speaker
                people = [(at, n) for at, n in self.subjects if at < offset and n.split()[-1].lower() not in _ORG_WORDS]
                found = people[-1][1] if people and people[-1][0] > self.last_named_at else self.last_named
            # a listed given name (text/data/given_names.json) is weaker than the text: it never turns the
            # speaker just named ('said Hilary Shelton … "…," he said'), and it names another person only in
            # the sentence that names this one ("Owen Pritchard met Lucia Benn. "…," she said"; not a brand
            # in brackets two sentences on: "(Daniel Wellington) … — сказал он")
            if found and gender:
                found = self._gender_agreement(found, gender, offset)
            return found if found and _plausible_speaker(found) else None  # None: no antecedent
        if att.kind == "description":
            owner = _statement_owner_re().match(att.speaker)
            if owner:
                return self._statement_owner(owner.group("owner"), offset) or att.speaker
            if _ARABIC.search(att.speaker):
                return _arabic_surname(self.names.names, att.speaker, offset) \
                    or _arabic_titled(self.names.names, att.speaker, offset) \
                    or _arabic_named_body(self.text, att.speaker, offset) or att.speaker
            if _HAN.search(att.speaker):
                return _cjk_titled(self.text, att.speaker, offset) or att.speaker
            described = self._sexed_noun(att.speaker, offset)
            if described:
                return described
            toks = _role_tokens(att.speaker)
            of = next((k for k in range(2, len(toks) - 1) if toks[k].lower() in _OF and toks[k - 1].lower() in _ROLE_HEADS
                       and toks[k + 1][:1].isupper()), None)
            if of is not None:
                # "la maire de Paris", "the mayor of London": the person the text names after that role and place
                # ("La maire de Paris, Anne Hidalgo"), the place telling apart two holders of the role
                named = self._described(toks[of - 1].lower(), offset, [*toks[: of - 1], *toks[of + 1 :]])
                if named and not set(named.split()) <= set(toks[of + 1 :]):  # (the place itself is no holder)
                    return named
                return att.speaker
            age = _AGE_RE.search(att.speaker)
            if age:
                # "der 48-Jährige": the person the text gives that age, else the last speaker
                person = self._aged(re.search(r"\d+", age.group()), offset) or self._antecedent(offset)
                if person:
                    return person
            # a lone role in the genitive ("według ministra"); in a longer phrase the last word is a complement
            head = _role_nominative(toks[-1].lower()) if len(toks) == 1 else toks[-1].lower()
            if head not in _ROLE_HEADS and len(toks) >= 3 and toks[-2].lower() in _ROLE_HEADS and toks[-1].islower():
                # "il presidente francese", "le président français": the adjective after the role
                toks = toks[:-2] + toks[-1:] + toks[-2:-1]
                head = toks[-1].lower()
            # "the chancellor", "der Kanzler"; without an article in pl/ru/tr ("kanclerz", "министр")
            bare = len(toks) == 1 or (all(t.islower() for t in toks) and toks[0].lower() not in _DETS)
            # a former-word stands where the article would: "Бывший мэр", "Były minister"
            if head in _ROLE_HEADS and (toks[0].lower() in _ROLE_DETS or bare or _FORMER.fullmatch(toks[0])):
                former = any(_FORMER.fullmatch(t) for t in toks)
                deputy = "vice " if any(t.lower() in _DEPUTY_WORDS for t in toks) else ""
                named = self.names.titled(("former " if former else "") + deputy + head, offset)
                if named:
                    return named
                if head == "leader" and self.last_named:
                    return self.last_named
                # "L'ex ministro" -> the one the text calls "l'ex ministro francese Bernard Caillaux"
                named = self._described(head, offset, toks[:-1], former)
                if named and not (former or deputy) and self._described(head, offset, toks[:-1], former, before_only=True) is None:
                    # a holder named only after the quotation is weaker than one titled by surname before it
                    # ("President Trump had directed …" … "the president" … "President Vladimir V. Putin")
                    named = self._titled_surname(head, offset) or named
                if named:
                    return named
                named = None if former else self._described_by_phrase(head, offset)
                if named:
                    return named
                named = None if former or deputy else self._titled_surname(head, offset)
                if named:
                    return named
            elif toks[0].lower() in _ROLE_DETS and toks[-1].isalpha() and toks[-1].islower() and len(head) >= _DESCRIBED_HEAD \
                    and head not in _ORG_WORDS and head not in _BODY_HEADS:
                # (a body's kind word names no person: "The Palestinian health ministry said" is not the "Prime
                # Minister Mohammed Shia al-Sudani" before it, whose role the stem "minist-" matched; break50 P7)
                # any other noun the text put right before a name: "el australiano" after "El australiano
                # Adam Scott", "the golfer" after "golfer Tiger Woods"
                named = self._described(head, offset, toks[:-1])
                if named:
                    return named
            if toks[0].lower() in _ROLE_DETS and head not in _ROLE_HEADS:
                # a title the text put before a name, capitalised as a German noun: "der Regierungssprecher"
                # after "Regierungssprecher Steffen Hebestreit"
                named = self.names.titled(head, offset)
                if named:
                    return named
            if _party_description(toks):
                # "the presumptive Republican nominee", "the Democratic front-runner": a party and a noun refer
                # back to the person the text is about, as "the Massachusetts Democrat" does; only to one the
                # text ties to that party (the one it is about first, else the last named so)
                named_before = [n for at, n, _ in reversed(self.names.names) if at < offset and not self._place_like(n)]
                member = next((n for n in [self._antecedent(offset), *named_before]
                               if n and _plausible_speaker(n) and self._tied_to_party(n, toks)), None)
                while member and len(member.split()) > 2 and member.split()[0] in _PARTY_MEMBERS:
                    member = member.split(" ", 1)[1]  # "Democrat Hillary Clinton": the party word is no part of the name
                if member:
                    return member
            if len(toks) <= 3 and toks[0].lower() in _ROLE_DETS and toks[-1].islower() and toks[-1] in _ORG_WORDS:
                # "The nearby St. Louis Tea Party had … The group has drafted …": a body's kind word refers back to
                # the body named just before (its name ends in a word of that kind: "Party", "Committee")
                body = next(((at, name) for at, name, _ in reversed(self.names.names)
                             if offset - _BODY_BACK_CHARS <= at < offset and name.split()[-1].lower() in _ORG_WORDS), None)
                if body:
                    return self._as_written(*body)
            return att.speaker
        if all(t.lower().rstrip(".") in _TITLES for t in att.speaker.split()):
            # "The President said:", "Der Kanzler sagte:" -> the person the article titles so
            return self._titled(att.speaker.split()[-1].lower().rstrip("."), offset) or att.speaker
        role = att.speaker.rstrip(".,;:!?").lower()
        if " " not in role:
            # German capitalises nouns: "Die Ministerin erklärte:" reads "Ministerin" as a name; it is
            # the person titled so ("Der Bundespräsident schrieb"), also in a compound ("Außenministerin
            # Annalena Baerbock")
            named = self._titled(role, offset)
            if named:
                return named
        if att.kind == "name" and len(att.speaker.split()) > 1 and att.speaker.split()[0].lower() in _BODY_HEADS:
            return att.speaker  # "Міністерство охорони здоров'я": a body by its head, no title before a name
        name = self.names.full_name(att.speaker, offset)
        if att.rule in ("according-to", "utterance-owner") and name == att.speaker and att.kind == "name":
            # "Zdaniem Jana Nowaka", "По словам Ивана Петрова", "oświadczenie … Andersa Igemana o „…”" where the
            # text never writes the nominative
            name = nominative_name(name, self.language, self._words)
        if att.rule not in _RULE_TIER:  # "according to X" / "…, saying" names are not reliable antecedents
            self.last_named, self.last_named_at = name, offset
        return name

    def _statement_owner(self, owner: str, offset: int) -> str | None:
        """Whose statement it is: a name ("un communiqué de Renault"), or for a definite description of a body
        ("l'établissement", "the agency", "del organismo") the body opening the sentence of the quotation or
        the one before ("Météo-France prévoit …, « … », selon un communiqué de l'établissement"); None when
        that opening is a person or no name."""
        toks = _TOKEN_RE.findall(owner)
        if toks and toks[0][:1].isupper() and toks[0].lower() not in _DETS:
            return owner.rstrip(".,;")
        starts = [m.end() for m in re.finditer(r"(?:^|(?<=[.!?»”\"])\s+|\n+)", self.text[:offset])]
        for start in reversed(starts[-2:]):
            opening = _BODY_OPENING.match(self.text, start)
            if opening and not given_name_gender(opening.group(1).split()[0]) and _plausible_speaker(opening.group(1)):
                return opening.group(1)
        return None

    def _aged(self, number: re.Match[str] | None, offset: int) -> str | None:
        """The full name written next to the age: "Karl Huber (48)", "Karl Huber, 48,", "der 48-jährige Karl Huber"."""
        if number is None:
            return None
        n = re.escape(number.group())
        found = None
        for at, name, _ in self.names.names:
            if at >= offset:
                break
            surname = re.escape(name.split()[-1])
            window = self.text[at : at + len(name) + 60]
            if re.search(rf"{surname}\s*[(,]\s*{n}\b", window) or re.search(rf"\b{n}[-\s]?\w*\s+(?:\w+\s+)?{surname}", self.text[max(0, at - 25) : at + len(name) + 25]):
                found = name
        return found

    def _titled_surname(self, role: str, offset: int) -> str | None:
        """The person the text titles ``role`` by surname alone ("WASHINGTON — President Trump and …",
        then "Mr. Trump"): "the president" is the latest one so titled before ``offset``. The name index
        holds full names only, so a lone surname after the title is read here."""
        found = None
        for m in re.finditer(rf"(?<![\w-])(?:vice\s+|deputy\s+)?{re.escape(role)}\s+([^\W\d_][\w'’-]+)", self.text[:offset], re.IGNORECASE):
            word = re.sub(r"[’']s?$", "", m.group(1))  # "President Biden's plan": the possessive is no name
            if m.group().lower().startswith(("vice", "deputy")) or not word[:1].isupper() \
                    or word.lower() in _STOP_CAPS or _is_title(word) or word.lower() in _function_words():
                continue
            if self.text[m.end(1) : m.end(1) + 2].strip()[:1].isupper():
                continue  # "President Donald Trump": a full name, which the name index holds
            # "The President Hotel in Kyiv": in English a title after an article and a word name a thing, unless
            # the word is a person's name elsewhere too ("el presidente Sánchez" is the Spanish way to title)
            before = re.findall(r"[^\W\d_]+", self.text[max(0, m.start() - 12) : m.start()])
            english = not self.language or base(self.language) == "en"
            if not (english and before and before[-1].lower() in _DETS) or self._person_word(word, role):
                found = word
        if not found or not _plausible_speaker(found):
            return None
        if self.language and profile(base(self.language) or "").surname_gender:
            return self.names.full_name(found, offset)  # "президента Путина" -> the nominative the text gives
        # elsewhere the surname as written: a full name with it may be a relative's ("President Obama" beside
        # "Sasha Obama")
        return found

    def _person_word(self, word: str, role: str) -> bool:
        """Whether a capitalised word after an article and the title ``role`` is a person's surname: the last
        word of a name the text gives, after "Mr."/"Ms." and the like, no common noun of the language ("the
        President Biden administration"), or a common noun's spelling written capitalised without the title
        too ("Trump said"); not "The President Hotel in Kyiv", a hotel."""
        from ..._cache import is_known  # simplemma, answered from disk when asked before

        if any(name.split()[-1] == word for _, name, _ in self.names.names):
            return True
        if re.search(rf"(?<![\w.])(?:Mr|Mrs|Ms|Dr|Herr|Frau|M|Mme)\.?\s+{re.escape(word)}(?![\w-])", self.text):
            return True
        bare = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        if any(not self.text[max(0, m.start() - len(role) - 3) : m.start()].rstrip().lower().endswith(role.lower()) for m in bare.finditer(self.text)):
            return True  # "President Trump …", then "Trump said"
        lang = base(self.language) if self.language else None
        try:
            return not (lang and is_known(word.lower(), lang))
        except ValueError:  # a language simplemma does not know
            return True

    def _titled(self, role: str, offset: int) -> str | None:
        """The latest person before ``offset`` the text titles ``role``; for a role word also in a
        compound title ("Bundeskanzler Friedrich Merz" for "Kanzler", "Außenministerin" for "Ministerin")."""
        named = self.names.titled(role, offset)
        if named or role not in _ROLE_HEADS:
            return named
        found = [name for at, name, title in self.names.names
                 if at < offset and title and len(title) > len(role) and title.lower().endswith(role)]
        return found[-1] if found else None

    def _introduced_by_phrase(self, roles: Sequence[str], offset: int) -> str | None:
        """The latest person before ``offset`` introduced by a role phrase standing for one of
        ``roles``: "Szef MSZ Radosław Sikorski …" then "– powiedział szef dyplomacji" (both phrases
        stand for the foreign minister)."""
        wanted = {_fold(r) for r in roles}
        found = None
        for at, name, _ in self.names.names:
            if at >= offset:
                break
            pos = self.text.find(name, at)
            lead = _fold(self.text[max(0, pos - 40) : max(pos, 0)])
            phrases = _role_phrase_re().findall(lead) if _ROLE_PHRASES else []
            if phrases and wanted & {_fold(r) for r in _ROLE_PHRASES[phrases[-1]]} \
                    and lead.rstrip(" ,").endswith(phrases[-1]):
                found = name
        return found

    def _described_by_phrase(self, role: str, offset: int) -> str | None:
        """The person a role phrase standing for ``role`` introduced: "Szef francuskiej dyplomacji
        Jean-Noël Barrot …" then "– przekazał minister" (text/data "role_phrases"). The phrase is found
        by its last word, so an adjective inside it ("francuskiej") does not hide it."""
        for phrase, roles in _ROLE_PHRASES.items():
            words = phrase.split()
            if len(words) > 1 and role in (_fold(r) for r in roles):
                named = self._described(words[-1], offset)
                if named:
                    return named
        return None

    def _role_holders(self, head: str, modifiers: tuple[str, ...], former: bool) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
        """The names of the text :func:`_described` may give for ``head``, whatever the quotation's offset: (those
        the description's adjective picks, those right after the role word), each (offset, name) in text order.
        Read once per role and modifiers: a long paragraph of many quotations read every name of the text again
        for each (quotes73: 32 KB, 334 quotations, 11 of 16 CPU-s)."""
        cache_key = (head, modifiers, former)
        if cache_key in self.role_holders:
            return self.role_holders[cache_key]
        stems = [m.lower()[:3] for m in modifiers if len(m) >= 5 and m.isalpha() and m.lower() not in _DETS]
        by_role: list[tuple[int, str]] = []
        by_modifier: list[tuple[int, str]] = []
        previous_end = 0
        for at, name, title in self.names.names:
            pos = self.text.find(name, at)
            # the words before the name, back to the sentence start or the person named before it: in
            # "Le président Emmanuel Macron a appelé Edi Rama" the role is Macron's, not Rama's
            lead_start = max(0, pos - 45, previous_end if previous_end <= pos else 0)
            previous_end = max(previous_end, pos + len(name))
            # "Sen. Jeff Flake": the abbreviation is the role word, and its dot no sentence end
            lead = _TITLE_ABBREVIATION.sub(lambda m: _TITLE_ABBREVIATIONS[m.group(1)] + " ", self.text[lead_start : max(pos, 0)])
            lead = re.split(r"[.!?;:»”\"]\s", lead)[-1]
            lead_toks = _TOKEN_RE.findall(lead)
            if _prepositional_object(lead_toks, len(lead_toks)):
                continue  # "premier podczas wizyty w Nowym Targu": a place, named after the role's preposition
            if _comitative_name([*lead_toks, *name.split()], len(lead_toks)):
                continue  # "министр после встречи с Анной Смирновой": the one met, not the role's holder
            cased = lead
            lead = lead.lower()
            if ((title or "").startswith("former") or bool(_FORMER.search(lead))) != former:
                continue  # "the minister" is not the former one, "the former minister" not the serving one
            # the role's own phrase: at most four words between it and the name ("Министр
            # иностранных дел России Сергей Лавров"), not a role earlier in the sentence
            # (an apposition's comma right before the name is fine: "La ministra de Sanidad, Carmen López")
            # (an inflected description finds its nominative by the stem: "ministra" -> "minister zdrowia")
            key = head if head in lead or len(head) < _STEM_HEAD else head[:-2]
            deputy = key in lead and any(w in _DEPUTY_WORDS for w in lead[: lead.rfind(key)].split()[-2:])
            if deputy != any(m.lower() in _DEPUTY_WORDS for m in modifiers):
                continue  # "the president" is not "Vice President Mike Pence", nor "the vice president" Trump
            phrase = lead[lead.rfind(key) :]
            near = key in lead and len(phrase.split()) <= 5 and not re.search(r"[,–—(]", phrase.rstrip(" ,")) \
                and not _SAY_RE.search(phrase)  # "The woman told the New York Daily News": the verb's object
            if near and len(cased) == len(lead) and _named_then_clause(cased[len(lead) - len(phrase) :]):
                near = False  # "President Trump had directed Michael D. Cohen": the role is Trump's, not Cohen's
            if near and any(w in _CLAUSE_RELATIVES for w in _TOKEN_RE.findall(phrase)[1:]):
                near = False  # "The senator who met Joe Biden", "Il sindaco che ha incontrato Giorgia Meloni" (quotes73)
            words = lead.split()[-5:]
            # the adjective must be the role's own, not a clause's before a comma ("Also on the Republican
            # side, Sen. Susan Collins" is no "Republican senator")
            # (the apposition's own comma right before the name is none: "El alcalde de Madrid, José Almeida")
            own = lead.rstrip(" ,").rsplit(",", 1)[-1].split()[-5:]
            modified = bool(stems) and any(w[:3] in stems for w in own if len(w) >= 4)
            if near:
                by_role.append((at, name))
                if modified:
                    by_modifier.append((at, name))
            elif modified and any(w.strip(".,") in _ROLE_HEADS or _is_title(w.strip(".,")) for w in words):
                by_modifier.append((at, name))
        self.role_holders[cache_key] = (by_modifier, by_role)
        return by_modifier, by_role

    def _described(self, head: str, offset: int, modifiers: Sequence[str] = (), former: bool = False,
                   before_only: bool = False) -> str | None:
        """The latest person named right after the role word ("Le ministre de l'Intérieur Gérald Martin",
        "Bundeskanzler Olaf Scholz", "kanclerza Olafa Scholza": the role inflected or in a compound);
        when none is named before the quote, the first named so after it. An adjective of the
        description picks among several ("francuski prezydent" -> the one after "Prezydent Francji",
        not "prezydentem Andrzejem Dudą") and stands in for a different role word ("турецкий лидер" ->
        "Президент Турции Реджеп Тайип Эрдоган")."""
        by_modifier, by_role = self._role_holders(head, tuple(modifiers), former)
        # "le Premier ministre" is not "la ministre de la Transition écologique, Claire Fontaine": where titles are
        # written in lower case, a capitalised word before the head is part of the title, which must then agree
        titled = len(modifiers) >= 2 and modifiers[-1][:1].isupper() and modifiers[-1].isalpha() \
            and (base(self.language) or "") not in _CAPITALISED_TITLE_LANGUAGES
        for found in ((by_modifier,) if titled else (by_modifier, by_role)):
            before = [name for at, name in found if at < offset]
            if before:
                return before[-1]
        if before_only:
            return None
        # none before: the first named after whose role's article agrees ("le ministre" is not "la ministre
        # allemande …, Annalena Baerbock" named later: written_dev28_fr's incise « …, a poursuivi le ministre, … »)
        lang = profile(self.language) if self.language else None
        gender = dict(lang.article_genders).get(modifiers[0].lower()) if lang and modifiers else None
        for found in ((by_modifier,) if titled else (by_modifier, by_role)):
            found = [(at, name) for at, name in found if gender is None or self._role_gender(at, lang) in (None, gender)]
            if found:
                return found[0][1]
        return None
