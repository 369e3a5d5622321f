"""Attribution phrases in a sentence: the speaker after a quote, "according to" phrases, verb forms,
statements, agents and layout lines (part of :mod:`storylens.analysis.quotes`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ...text import (
    LANGUAGES,
    LEMMA_LANGUAGES,
    alternation,
    base,
    given_name_gender,
    organisation_words_any,
    outlets,
    profile,
    script_of,
)
from ._scripts import (
    _AR_QUOTED_AS,
    _HEBREW,
    _abjad_after_by,
    _abjad_before,
    _abjad_known_before,
    _arabic_after,
    _arabic_name,
    _cjk_attributions,
    _hebrew_after,
    _hebrew_before,
    _verb_final_attributions,
    _without_glued_li,
)
from ._subjects import (
    _ARTICLE_PLURAL_VERB_ENDINGS,
    _ARTICLED_OF,
    _CLAUSE_VERBS,
    _CLIENT_ROLES,
    _DESC_STOP,
    _GROUP_WORDS,
    _JOINT,
    _JOINT_SPEAKERS_AND,
    _NAME_ORIGIN,
    _OF,
    _ORIGIN_WORDS,
    _PERSON_RELATIVE_WORDS,
    _PLURAL_ARTICLES,
    _PLURAL_VERB_ENDINGS,
    _RELATIVE,
    _SPOKESPERSON_GAP,
    _SPOKESPERSON_LINKS,
    _SPOKESPERSON_NOUNS,
    _TIME_NOUNS,
    _TO_ADDRESSEE,
    Subject,
    _acronym,
    _clean_name,
    _client_split,
    _date_phrase,
    _en_person_noun,
    _joint_subject,
    _name_prefix,
    _name_suffix,
    _person_before_origin,
    _platform_word,
    _preposition,
    _preposition_a,
    _role_word,
    _statement_source,
    _subject_before,
    _subject_before_quote,
)
from ._vocab import (
    _ACT_RE,
    _ARABIC,
    _BY,
    _BY_RE,
    _CAP_TOKEN,
    _CONNECTORS,
    _DATELINE,
    _DETS,
    _HAN,
    _INVERTED,
    _NAME_MARKS,
    _NAME_RUN,
    _ORG_WORDS,
    _PART_RE,
    _PRONOUNS,
    _QUOTE_SLOT,
    _REPORT_RE,
    _ROLE_HEAD_ENDINGS,
    _ROLE_HEADS,
    _SAY_RE,
    _SO_RE,
    _STOP_CAPS,
    _THREATS,
    _TITLES,
    _TOKEN_RE,
    _UP,
    _Attribution,
    _case_form,
    _function_words,
    _is_title,
    _non_speakers,
    _plausible_speaker,
    _role_nominative,
    _role_phrase_length,
)

# A manner adverb between the verb and an inverted subject: "a répondu brusquement Gantz",
# "respondió tajantemente el ministro" (fr -ment, es/it -mente; dev23 fr gold).
_MANNER_ADVERB = re.compile(r"^[a-zà-ÿ]{3,}(?:ment|mente)$")


def _addressee_length(toks: Sequence[str]) -> int:
    """Tokens of an addressee phrase opening ``toks`` ("a Headstart de ANC", "al dirigente
    socialista", "aux journalistes"), up to the next article, comma or clause end; 0 when
    ``toks`` does not open with one. "a" before a verb form is the French auxiliary, no addressee."""
    if not toks or toks[0].lower() not in _TO_ADDRESSEE or len(toks) < 2:
        return 0
    if toks[0].lower() == "a" and not (toks[1][:1].isupper() or toks[1].lower() in _DETS):
        return 0
    k = 2 if toks[0].lower() != "a" or toks[1].lower() not in _DETS else 3
    while k < len(toks) and re.match(r"[\w’'\-]", toks[k]) and toks[k].lower() not in _DETS \
            and toks[k].lower() not in _CLAUSE_VERBS and (toks[k][:1].isupper() or toks[k].lower() in _OF
                                                          or toks[k].islower() and k <= 3):
        k += 1
    if toks[0].lower() == "a" and toks[1][:1].isupper() and k > 2 and _en_person_noun(toks[k - 1].rstrip(".,").lower()) \
            and toks[k - 2][:1].isupper():
        # "said a White House official", "said a State Department spokesman": the English article; only before
        # an English person noun, as "dijo a Efe ayer", "ha detto a Repubblica oggi" end in an adverb
        return 0
    return k


def _addressee_only(masked: str, pos: int) -> bool:
    """Nothing but an addressee between the verb at ``pos`` and the clause end: the subject is in
    the verb (pro-drop) — "…», dijo a Headstart de ANC.", "…», reprocha al dirigente socialista."."""
    toks = _TOKEN_RE.findall(masked[pos : pos + 120])
    k = _addressee_length(toks)
    if k == 0:
        return _lower_case_tail(toks)
    return k == len(toks) or toks[k] in (".", ";", "§", ":")


def _adjuncts_only(masked: str, pos: int, language: str | None) -> bool:
    """Nothing but a time, a place or an addressee between the verb at ``pos`` and the clause end, in any
    order: the subject is in the verb (pro-drop) — "…», dijo el lunes en Zaragoza.", "afirmó ayer ante la
    prensa.", "ha detto lunedì a Bologna.", "– mówił w poniedziałek w Lublinie.". A capitalised word counts
    only after a preposition of place or address (one or two words: a place, or the one told); an article
    only after a preposition or before a day ("el lunes"), so "dijo el lunes la ministra" is no such tail."""
    from ..quantities import is_date_word

    toks: list[str] = []
    for tok in _TOKEN_RE.findall(masked[pos : pos + 120]):
        toks += [tok[:-1], "."] if len(tok) > 1 and tok.endswith(".") else [tok]
    preps = (profile(base(language)).place_prepositions if language else frozenset()) | _TO_ADDRESSEE
    seen, i, lower = False, 0, 0
    while i < min(len(toks), _ADJUNCT_TOKENS):
        tok = toks[i]
        low = tok.lower()
        if tok in (".", ";", "§", "—", "–"):
            return seen
        # (a number only beside a month or day: "el 3 de marzo", not "zmniejszona do 20")
        if is_date_word(tok) or tok.isdigit() and any(is_date_word(t) for t in toks[max(0, i - 1) : i + 3]):
            i, seen = i + 1, True
            continue
        if low in preps and toks[i + 1 : i + 2] and toks[i + 1][:1].isupper():
            run = 0
            while i + 1 + run < len(toks) and toks[i + 1 + run][:1].isupper() and toks[i + 1 + run].replace("-", "").isalpha():
                run += 1
            if not 1 <= run <= 2:
                return False
            i, seen = i + 1 + run, True
            continue
        if not (tok.isalpha() and tok.islower()):
            return False
        after_preposition = i > 0 and toks[i - 1].lower() in _function_words() and toks[i - 1].lower() not in _DETS
        if low in _DETS and not after_preposition and not any(is_date_word(t) for t in toks[i + 1 : i + 4]):
            return False
        lower += 1
        if lower > _ADJUNCT_LOWER:
            return False  # a clause of its own ("mówi czasem z ich listy zmniejszona …"), no adjunct
        i, seen = i + 1, True
    return False


_ADJUNCT_TOKENS = 12
_ADJUNCT_LOWER = 4  # lower-case words: "(afirmó) ayer ante la prensa", "(aseguró) tras la visita"
_LOWER_TAIL = 3  # words: "(aseguró) ante los periodistas", "(oświadczył) dziennikarzom", "(сказал) журналистам"


def _lower_case_tail(toks: Sequence[str]) -> bool:
    """A short lower-case phrase and then the clause end right after a verb: an addressee or an
    adverbial in any language ("ante los periodistas", "dziennikarzom"), never a name (an inverted
    subject is capitalised; a described one is read before this is asked)."""
    for k, tok in enumerate(toks[: _LOWER_TAIL + 1]):
        word = tok.rstrip(".")
        if k > 0 and tok in (".", ";", "§"):
            return True
        if not (word.isalpha() and word.islower()):
            return False
        if word != tok:  # the token carries the full stop: "periodistas."
            return k < _LOWER_TAIL
    return 0 < len(toks) <= _LOWER_TAIL


def _leading_time_length(toks: Sequence[str]) -> int:
    """Tokens of a time phrase right after the verb: "(dijo) este martes", "(a déclaré) ce lundi", "el lunes"."""
    from ..quantities import is_date_word

    for n in (2, 1):
        if len(toks) > n and is_date_word(toks[n - 1]) and all(t.isalpha() and t.islower() and len(t) <= 5 for t in toks[: n - 1]):
            # "(a déclaré) jeudi soir": the part of the day after the day (text/data "time_nouns")
            return n + 1 if len(toks) > n + 1 and toks[n].lower() in _TIME_NOUNS else n
    return _leading_adverbial_length(toks)


def _leading_adverbial_length(toks: Sequence[str]) -> int:
    """Tokens of a prepositional phrase between the verb and an article: "(aseguró) por su parte (el
    subsecretario …)", "(indicó) en rueda de prensa (el ministro …)"; 0 when none."""
    if not toks or not toks[0].islower() or toks[0] not in _function_words() or toks[0] in _DETS \
            or toks[0].lower() in _TO_ADDRESSEE or toks[0].lower() in _PRONOUNS:
        return 0
    for j in range(2, min(5, len(toks) - 1)):
        if toks[j].lower() in _DETS:
            return j
        if not (toks[j].isalpha() and toks[j].islower()) or toks[j] in _CLAUSE_VERBS:
            return 0
    return 0


@lru_cache(maxsize=1)
def _outlets() -> frozenset[str]:
    """News outlets and agencies, casefolded (data/outlets.json): an addressee, never the speaker."""
    return frozenset(o.casefold() for o in outlets().names)


def _name_closing_addressee(toks: Sequence[str]) -> str | None:
    """The person named right after an addressee, read by :func:`_addressee_length` as part of it:
    "a EFE | Diego Pardow" (after an agency's acronym), "a la prensa | Diego Pardow" (after a common
    noun). Two capitalised words at least; an addressee that is a name alone ("a Radio Bío Bío") has none."""
    cut = max((i for i, t in enumerate(toks) if i and (_acronym(t) or t.islower())), default=0)
    # an outlet's name the outlets list knows, however written ("a Efe", "a Europa Press")
    cut = max([cut] + [n for n in range(1, min(4, len(toks) - 2)) if " ".join(toks[1 : n + 1]).casefold() in _outlets()])
    if not cut:
        return None
    run = list(toks[cut + 1 :])
    if len(run) >= 2 and all(t[:1].isupper() and not _acronym(t) for t in run) \
            and not any(t.lower() in _ORG_WORDS or t.lower() in _STOP_CAPS for t in run) and _plausible_speaker(" ".join(run)):
        return " ".join(_clean_name(run))
    return None


# Prepositions of place of every language (text/data preposition_place: "desde", "from", "aus", "из"),
# without the dative "a"/"à" of an addressee and the "de"/"di"/"do" of a genitive or a direction.
_PLACE_PREPS = frozenset(w for lang in LANGUAGES for w in profile(lang).place_prepositions | profile(lang).medium_prepositions) \
    - _TO_ADDRESSEE - {"de", "di", "do"}


def _leading_place_length(toks: Sequence[str]) -> int:
    """Tokens of a place phrase between the verb and an inverted subject: "(dijo) desde Copiapó (Diego
    Pardow)", "(declaró) desde Santiago (el ministro X)"; 0 when none. Of a run of capitalised words
    after the preposition, the last two are the person's name; a run of two is left alone (a
    place of two words, or a place and a surname, cannot be told apart)."""
    if len(toks) < 3 or toks[0] not in _PLACE_PREPS:
        return 0
    run = _name_prefix(list(toks[1:]))
    if not run:
        return 0
    rest = toks[1 + len(run) :]
    if rest and rest[0].lower() in _DETS:
        return 1 + len(run)  # "desde Santiago el ministro X", "sur France Inter la ministre X": the article opens the subject
    return 1 + len(run) - 2 if len(run) >= 3 else 0


_JOINT_CLAUSE_ENDS = frozenset({".", ";", "!", "?", ":", "(", "—", "–", _QUOTE_SLOT})
_JOINT_AFTER_TOKENS = 16  # words and commas of a listed subject after its verb, "and" included


def _joint_after(toks: Sequence[str]) -> tuple[str, str] | None:
    """People named as one subject right after the verb, up to the clause's end or a comma after them
    (:func:`_subjects._joint_subject`): "said John Smith and Mary Jones.", "dijeron Pedro García y Ana López",
    "said John Smith and Mary Jones, who met on Monday". None for one person or a body ("the Department of
    Health and Human Services")."""
    if not any(t in _JOINT_SPEAKERS_AND for t in toks[:_JOINT_AFTER_TOKENS]):
        return None
    clause: list[str] = []
    for tok in toks[:_JOINT_AFTER_TOKENS]:
        if tok in _JOINT_CLAUSE_ENDS:
            break
        if tok.endswith(".") and len(tok) > 2 and not _is_title(tok):
            clause.append(tok[:-1])  # "… and Mary Jones.": the full stop on the last word ends the clause
            break
        clause.append(tok)
    for end in [len(clause), *(i for i in range(len(clause) - 1, 0, -1) if clause[i] == ",")]:
        found = _joint_subject(clause[:end])
        if found:
            return found
    return None


def _name_after_joined_body(toks: Sequence[str], run: Sequence[str]) -> str | None:
    """The person closing a body's name that "and" splits into two capitalised runs after a role
    ("hydrolog Instytutu Meteorologii i Gospodarki Wodnej Grzegorz Walijewski"): the last two words of
    the second run when the first of them is a listed given name (text/data/given_names.json), else None."""
    rest = toks[len(run) :]
    if not run or not rest or rest[0] not in _JOINT:
        return None
    second = _name_prefix(list(rest[1:]))
    if len(second) >= 3 and given_name_gender(second[-2].rstrip(".,")):
        return " ".join(_clean_name(second[-2:]))
    return None


def _outlet_addressee_length(toks: Sequence[str]) -> int:
    """Tokens of a news outlet's name (data/outlets.json) opening ``toks`` when a lower-case word or a
    name of two words follows it: the outlet is told (a dative without a preposition: "powiedział PAP
    wojewoda", "powiedział PAP Jan Kowalski"), the subject comes after it; 0 otherwise."""
    for n in range(min(3, len(toks) - 1), 0, -1):
        if " ".join(toks[:n]).casefold() not in _outlets():
            continue
        rest, word = toks[n:], toks[n].rstrip(".")
        if word.isalpha() and word.islower() and word not in _DETS | _DESC_STOP \
                or len(_name_prefix(list(rest))) >= 2:
            return n
    return 0


def _quoted_title_after(masked: str, pos: int) -> str | None:
    """A capitalised name in quotation marks right after a verb, behind an article at most ("- informuje
    "Dziennik Zachodni"", "– podaje „Gazeta Wyborcza”", "reported the "Daily Mail"", "berichtet der
    „Spiegel“"): an outlet's or a body's title, which the quotation finder passes over as no quotation (a
    real quotation there is masked already), without its marks; up to five words, each capitalised or a
    connector, and the clause ends after it."""
    toks = _TOKEN_RE.findall(masked[pos : pos + 120])
    k = 1 if toks[:1] and toks[0].lower() in _DETS else 0
    if not toks[k : k + 1] or toks[k] not in _NAME_MARKS:
        return None
    close = next((j for j in range(k + 2, min(len(toks), k + 7)) if toks[j] in _NAME_MARKS), None)
    inner = toks[k + 1 : close] if close else []
    if not inner or not inner[0][:1].isupper() or not all(t[:1].isupper() or t.lower() in _CONNECTORS for t in inner):
        return None
    if close is not None and close + 1 < len(toks) and toks[close + 1][:1].isalnum():
        return None  # "said "Hamilton" was …", "a lancé "Cheech & Chong" le 20 avril": the title opens a clause
    return " ".join(inner)


def _phrase_after(masked: str, pos: int, known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(kind, speaker) of the phrase right after a verb: "said a foreign ministry spokesman"."""
    interview = _interview_re().match(masked, pos)
    if interview:
        # "powiedział w rozmowie z RMF FM minister zdrowia Jan Nowak": the outlet interviewing is no subject
        return _phrase_after(masked, interview.end(), known)
    elided = _ELIDED_AFTER_VERB.match(masked, pos)
    if elided:
        # "…», explique l'avocat de la famille", "ha detto l'allenatore": the article elided onto the noun is
        # read apart, as "le"/"il" would be
        found = _phrase_after(masked[: elided.end()] + " " + masked[elided.end() :], pos, known)
        return (found[0], _ELIDED_SPACE.sub(r"\1", found[1])) if found else None
    source = _statement_source(masked, pos)
    if source:  # "— говорится в сообщении Министерства обороны": the body whose statement it is
        return "name", source
    title = _quoted_title_after(masked, pos)
    if title:  # "- informuje "Dziennik Zachodni"", "reported the "Daily Mail"": the outlet reporting
        return "name", title
    toks = _TOKEN_RE.findall(masked[pos : pos + 160])
    while len(toks) > 1 and _MANNER_ADVERB.match(toks[0]) and toks[1][:1].isupper():
        toks = toks[1:]
    outlet = _outlet_addressee_length(toks)
    if outlet:  # "– powiedział PAP wojewoda", "заявил ТАСС министр …": the agency told, then the subject
        ends = [m.end() for m in _TOKEN_RE.finditer(masked, pos, pos + 160)]
        return _phrase_after(masked, ends[outlet - 1], known)
    place = _leading_place_length(toks)
    if place:  # "dijo desde Copiapó Diego Pardow", "said from Geneva X": the subject after the place
        ends = [m.end() for m in _TOKEN_RE.finditer(masked, pos, pos + 160)]
        return _phrase_after(masked, ends[place - 1], known)
    lead = _leading_time_length(toks)
    if lead and _leading_place_length(toks[lead:]):
        # "a déclaré jeudi soir sur France Inter la ministre …": the time, then the medium, then the subject
        ends = [m.end() for m in _TOKEN_RE.finditer(masked, pos, pos + 160)]
        return _phrase_after(masked, ends[lead + _leading_place_length(toks[lead:]) - 1], known)
    k = _addressee_length(toks[lead:])
    if k:
        named = _name_closing_addressee(toks[lead : lead + k])
        if named:  # "declaró a EFE Diego Pardow", "explicó a la prensa Diego Pardow": the subject follows
            return "name", named
    if k and _addressee_only(masked, pos) and not lead:
        return None  # the addressee, not the subject: the caller reads the subject from the verb
    if lead + k and lead + k < len(toks) and toks[lead + k][:1].isalpha():
        # "dijo este martes a los periodistas el ministro …": the subject after the time and the addressee
        ends = [m.end() for m in _TOKEN_RE.finditer(masked, pos, pos + 160)]
        return _phrase_after(masked, ends[lead + k - 1], known)
    if not toks:
        return None
    if _ARABIC.search(toks[0]):
        return _arabic_after(toks)
    if _HEBREW.search(toks[0]) or toks[0] in (".", ";") and _HEBREW.search(masked[max(0, pos - 12) : pos]):
        hebrew = _hebrew_after(toks)
        if hebrew:
            return hebrew
    # "…«, sagte sie."; "il" before a word is the Italian article ("ha detto il sindaco"), French inverts "dit-il"
    if toks[0].lower().rstrip(".") in _PRONOUNS and not (toks[0] == "il" and toks[1:2] and toks[1][:1].isalpha()):
        return "pronoun", toks[0].rstrip(".")
    joint = _joint_after(toks)
    if joint:  # "said John Smith and Mary Jones", "ont déclaré Jean Dupont et Marie Martin" (quotes74)
        return joint
    name = _name_prefix(toks)
    of_holder = _holder_after_of(toks, len(name)) if name else None
    if of_holder:  # "said Bank of England Governor Andrew Bailey": the role's body, then its holder
        return "name", of_holder
    client = None if name else _client_phrase(toks)
    if client:  # "заявила адвокат Сейткали Айгерим Нурланова": the client in the genitive, then the lawyer
        return client
    if len(name) == 1:
        named = _subject_after_object(toks)
        if named:  # "— ответила Петрову министр финансов Анна Соколова": the first name is the addressee
            return "name", named
    for k, tok in enumerate(toks[:5]):
        # "– … – powiedział papież.", "zwracał się do wiernych papież": no article in Polish or Russian
        low = tok.lower().rstrip(".")
        phrase = _role_phrase_length(toks[k:]) if not name else 0
        if phrase:  # "powiedział szef rządu", "заявил глава правительства": the role the phrase stands for
            named = _name_after_role(toks, k + phrase)  # "dodał szef MSZ Radosław Sikorski": the holder named
            if named:
                return "name", named
            return "description", " ".join(t.rstrip(".") for t in toks[: k + phrase])
        if low in _ROLE_HEADS and not name:
            if tok.endswith(".") and not _is_title(tok):
                # "- powiedział premier. Dał przekonanie, …": the role ends the sentence; no name follows
                return "description", " ".join(t.rstrip(".") for t in toks[: k + 1])
            run = _name_prefix(toks[k + 1 :])
            joined = _name_after_joined_body(toks[k + 1 :], run)
            if joined:  # "ocenił hydrolog Instytutu Meteorologii i Gospodarki Wodnej Grzegorz Walijewski"
                return "name", joined
            if len(run) == 1 and toks[k + 2 : k + 3] and toks[k + 2].isalpha() and toks[k + 2].islower():
                # "сказал губернатор Камчатского края Владимир Солодов", "губернатор Московской области …": the
                # capitalised word opens the role's complement (an adjective before its lower-case noun), the
                # holder follows it (trial55 F7: the speaker was "Камчатского")
                named = _name_after_role(toks, k + 2)
                if named:
                    return "name", named
            if run and not (len(run) == 1 and (run[0].isupper() or _acronym(run[0]))) and _plausible_speaker(" ".join(run)) \
                    and not (len(run) >= 3 and _acronym(run[0])):
                # "заявил министр Сергей Иванов"; "заявил глава Банка Англии Эндрю Бейли": the role's body, then a
                # name a listed given name opens
                return "name", " ".join(_from_given_name(_clean_name(run)))
            named = _name_after_role(toks, k + 1)  # "mówił rzecznik rządu Piotr Müller", "rzecznik PiS Rafał Bochenek"
            if named:
                return "name", named
            principal = _principal_phrase(toks[: k + 6])
            if principal:  # "powiedział rzecznik premiera Borisa Johnsona": the spokesman, unnamed
                return "description", principal
            return "description", " ".join(t.rstrip(".") for t in toks[: k + 1])  # "powiedział kanclerz", "dodał szef MSZ"
        if not tok[:1].isalpha() or not tok.islower() or low in _DESC_STOP or low in _CLAUSE_VERBS or low in _DETS:
            break
    group = None if name else _plural_group_after(masked, pos, toks)
    if group:
        return "description", group
    body = None if name else _body_at_place_after(masked, pos, toks)
    if body:
        return "name", body
    if not name:
        # "powiedział wojewoda Jan Kowalski", "заявил министр Сергей Иванов": role words, then the name
        k = 0
        # (an academic title with its dot counts as such a word: "Zdaniem prof. Anny Materskiej-Sosnowskiej")
        while k < min(3, len(toks)) and (toks[k].isalpha() or (toks[k].endswith(".") and _is_title(toks[k]))) \
                and toks[k].islower() and toks[k] not in _DESC_STOP \
                and toks[k] not in _CLAUSE_VERBS and toks[k].lower() not in _DETS:
            k += 1
        run = _name_prefix(toks[k:]) if k else []
        met = _comitative_name(toks, k) if run else 0
        if met and k + met < len(toks) and toks[k + met][:1].isalpha():
            # "сказал после встречи с Анной Смирновой министр Иван Петров": the one met, then the subject
            ends = [m.end() for m in _TOKEN_RE.finditer(masked, pos, pos + 160)]
            return _phrase_after(masked, ends[k + met - 1], known)
        if met:
            return None
        if len(run) == 3 and _acronym(run[0]) and not any(map(_acronym, run[1:])):
            # "Zdaniem prezesa PiS Jarosława Kaczyńskiego", "По словам главы МИД Сергея Лаврова": the body of the
            # lower-case role before it, then the person (a longer run, "МИД России Сергея Лаврова", is read whole)
            run = run[1:]
        if len(run) >= 2 and not any(t.lower() in _STOP_CAPS for t in run):
            return "name", " ".join(_clean_name(run))
        if k and toks[k : k + 1] == [","] and (_role_word(toks[0]) or _role_nominative(toks[0].lower()) in _ROLE_HEADS):
            # "Według rzecznika ministerstwa, Pawła Wrońskiego, …": the role, then its holder in apposition
            run = _name_prefix(toks[k + 1 :])
            if len(run) >= 2 and toks[k + 1 + len(run) : k + 2 + len(run)] == [","] \
                    and not any(t.lower() in _STOP_CAPS for t in run) and _plausible_speaker(" ".join(run)):
                return "name", " ".join(_clean_name(run))
        if k == 1 and _lone_surname_after_word(toks):
            # "„…,“ řekl novinářům Babiš.", "– powiedział dziennikarzom Tusk.": one word (an addressee, an
            # adverb), then a surname alone at the clause end (final31 #4)
            return "name", toks[1].rstrip(".")
    cleaned = _clean_name(name) if name else []
    mark = next((m for m in _POSSESSIVE_MARKS if cleaned[-1].endswith(m)), "") if cleaned else ""
    if mark:
        # "added Aryan's father Simran Walia", "dedi Seytkali'nin avukatı Aygerim Nurlanova": the possessor, a
        # role, then the speaker
        k = len(name)
        while k < min(len(name) + 3, len(toks)) and toks[k].rstrip(".").isalpha() and toks[k].islower():
            k += 1
            if toks[k - 1].endswith("."):
                break  # "said Albania's head of government.": the sentence ends
        run = _clean_name(_name_prefix(toks[k:])) if k > len(name) else []
        if len(run) >= 2:
            return "name", " ".join(run)
        named = _name_after_role(toks, k) if k > len(name) else None
        if named:  # "said Albania's head of government, Edi Rama": the name in apposition
            return "name", named
        owner = cleaned[-1][: -len(mark)].lower()
        role = [t.rstrip(".") for t in toks[len(name) : k]]
        if role and role[-1].lower() in _ORG_WORDS:
            # "according to Iran's foreign ministry", "said Poland's health ministry": the body, not "Iran's"
            return "name", " ".join(cleaned + role)
        if role and owner in _non_speakers()[2] and (role[-1].lower() in _ROLE_HEADS or _role_phrase_length(role) == len(role)):
            # "said Albania's head of government": a role, not "Albania's"
            return "description", " ".join(t.rstrip(".") for t in toks[:k])
        if any(t.lower() in _CLAUSE_VERBS for t in role):
            return None  # "said Trump's offer was …": the possessor opens the reported clause
        if role and len(role) <= 2 and _person_role(role[-1]):
            # "said Seitkali's lawyer.", "dedi Seytkali'nin avukatı.": the role with its possessor, not the
            # possessor (the client, whose lawyer speaks)
            return "description", " ".join(t.rstrip(".") for t in toks[:k])
    if cleaned and len(toks) > len(name) + 2 and toks[len(name)].islower() and _is_title(toks[len(name)]):
        # "Zdaniem eksperta Instytutu Zdrowia Publicznego dr. Piotra Nowaka": a body, then a lower-case
        # academic title ("dr.", "prof.") before the person
        run = _clean_name(_name_prefix(toks[len(name) + 1 :]))
        if len(run) >= 2 and _plausible_speaker(" ".join(run)):
            return "name", " ".join(run)
    if len(name) == 1 and _acronym(name[0]):
        # "said NASA chief Bill Nelson", "said EU foreign policy chief Kaja Kallas": a body's short name, lower-case
        # role words, then the person
        k = 1
        while k < min(1 + _GROUP_WORDS, len(toks)) and toks[k].isalpha() and toks[k].islower() \
                and toks[k] not in _DESC_STOP and toks[k] not in _CLAUSE_VERBS and toks[k].lower() not in _DETS:
            k += 1
        run = _clean_name(_name_prefix(toks[k:])) if k > 1 else []
        if len(run) >= 2 and _plausible_speaker(" ".join(run)):
            return "name", " ".join(run)
    if cleaned:
        if len(toks) > len(name) and toks[len(name)].lower() in _CLAUSE_VERBS \
                and not _preposition_a(toks[len(name) :]):
            return None  # "said Mr. Scotto was …": the name starts the reported clause
        return "name", " ".join(cleaned)
    from ..quantities import is_date_word

    if toks[0].lower() in _DETS or _plural_article_opens(masked, pos, toks) or (toks[0].lower() in _DESCRIPTION_OPENERS and toks[1:2] and toks[1].rstrip(".").isalpha()
                                    and toks[1].islower() and toks[1] not in _DESC_STOP):
        desc = [toks[0]]
        for j, tok in enumerate(toks[1:9], 1):
            if not re.match(r"[\w’'\-]", tok) or tok.lower() in _DESC_STOP:
                break
            if tok.lower().rstrip(".") in _VERB_PARTICLES and (tok.endswith(".") or toks[j + 1 : j + 2] in ([], ["."], [","], [";"])):
                break  # "teilte die Polizei mit.", "deelde de politie mee": the verb's particle closes the clause
            desc.append(tok)
        # "said a lawyer for the family of George Floyd, Ben Crump": the spokesperson's own name after a comma is the
        # speaker (break54 1: the description was, and "different speakers" conflicted with "Ben Crump told")
        after = toks[len(desc) : len(desc) + 2]
        apposed = len(after) == 2 and after[0] == "," and given_name_gender(after[1]) is not None
        principal = None if apposed else _principal_phrase(desc)
        if not principal and not apposed and len(desc) < len(toks) and toks[len(desc)].lower() in _SPOKESPERSON_LINKS \
                and any(_ELIDED_ARTICLE.sub("", t.lower()) in _SPOKESPERSON_NOUNS for t in desc):
            # "said a source close to President Emmanuel Macron": the link "to" ends a description (_DESC_STOP), but
            # after a noun that speaks for someone it opens the principal; the phrase is whole, or the speaker was
            # "a source close" (fix54 / break53 F5)
            principal = _principal_phrase(toks[: len(desc) + 2 + _SPOKESPERSON_GAP])
        if principal:
            # "said a spokesman for Prime Minister Boris Johnson", "sagte ein Sprecher von Premierminister Boris
            # Johnson": the spokesman speaks, unnamed (names43: the speaker was "Boris Johnson")
            return "description", principal
        # "dijo el ministro el viernes.": a time phrase after the description is none of it
        day = next((i for i in range(2, len(desc)) if is_date_word(desc[i].rstrip(".,;"))), None)
        if day is not None:
            desc = desc[: day - 1] if desc[day - 1].lower() in _DETS and day - 1 >= 2 else desc[:day]
        phrase = _role_phrase_length(toks[1:])
        named = _name_after_role(toks, 1 + phrase) if phrase else None
        if named:  # "afirmó el jefe del Ejecutivo Pedro Sánchez": not "Ejecutivo Pedro Sánchez"
            return "name", named
        # "sagte der Sprecher der Polizei, Thomas Berger:": the name in apposition
        rest = toks[len(desc) :]
        comma = next((i for i, t in enumerate(toks[len(desc) : _APPOSITION_TOKENS], len(desc)) if t == ","), None)
        if comma and all(re.match(r"[\w’'\-/]", t) and (t.lower() not in _DESC_STOP or toks[k + 1][:1].isupper())
                         for k, t in enumerate(toks[1:comma], 1)):
            # "afirmó el jefe del Servicio de Prevención y Lucha contra Incendios Forestales, Diego Ferreyra",
            # "sagte die Ministerin für Katastrophenschutz …, Karen Whitfield": a long role (a word that ends
            # a description may join an organisation's capitalised words), then the name in apposition
            rest = toks[comma:]
        if rest[:1] and rest[0].lower() in _PERSON_RELATIVE_WORDS:
            # "said the man who found the bodies, Piotr Lis": the relative clause describes the person, whose
            # name follows it in apposition
            comma = next((i for i, t in enumerate(rest[1:_APPOSITION_TOKENS], 1)
                          if t == "," or not re.match(r"[\w’'\-]", t) or t.endswith(".")), None)
            if comma is not None and rest[comma] == ",":
                rest = rest[comma:]
        if rest[:1] == [","]:
            raw = _name_prefix(rest[1:])
            run = _clean_name(raw)
            after = rest[1 + len(raw) : 2 + len(raw)]  # past a title the name drops ("…, Me Arié Alimi.")
            # (the dash closes an attribution inside Spanish dialogue: "—dijo el ministro de Energía, Diego Pardow—.")
            if len(run) >= 2 and (not after or after[0] in ",:.;§—–") and _plausible_speaker(" ".join(run)):
                return "name", " ".join(run)
        # "dijo el lunes el presidente Donald Trump": the name inside wins over the words around it
        for i in range(1, len(desc)):
            raw = _name_prefix(desc[i:])
            run = _clean_name(raw)
            if i >= 2 and desc[i - 1].lower() in _DETS and run == raw and run and not given_name_gender(run[0]) \
                    and any(_role_noun(t.lower()) for t in desc[: i - 1]):
                # "el portavoz del Partido de los Socialistas de Cataluña Pedro Pérez", "ein Sprecher der Partei
                # Bündnis 90": the body the role speaks for, after its article, is no person (names43: the
                # speakers were "Socialistas de Cataluña", "Partei Bündnis"); its holder may follow it
                whole = _name_prefix(toks[i:])
                # (a surname's particles count for no word: "Banque de France François Villeroy de Galhau")
                holder = next((whole[p:] for p in range(1, len(whole) - 1) if given_name_gender(whole[p])
                               and 2 <= sum(t.lower() not in _CONNECTORS for t in whole[p:]) <= 3), None)
                if holder and _plausible_speaker(" ".join(holder)):
                    return "name", " ".join(t.rstrip(".") for t in holder)
                of_holder = _holder_after_of(toks[i:], len(whole))
                if of_holder:  # "der Gouverneur der Bank of England Andrew Bailey": the body's "of", then the holder
                    return "name", of_holder
                break
            if len(run) >= 3 and desc[i - 1].lower() in _OF:
                run = run[1:]  # "il sindaco di Milano Giuseppe Sala": the role's place, then the name
            low = [t.lower() for t in run]
            # German capitalises nouns: "Sprecher der Polizei" is no name ("von der Leyen" is)
            article = next((k for k, t in enumerate(low) if t in ("der", "des", "die", "das", "dem")
                            and (k == 0 or low[k - 1] not in ("von", "van"))), None)
            if article is not None and article >= 2 and desc[i - 1].lower() in _DETS:
                # "berichtete die Bergarbeiterin Carolina Sepúlveda der Nachrichtenagentur AFP": the name,
                # then a dative object ("Sprecher der Polizei" keeps one word before the article: no name)
                run, article = run[:article], None
            after = desc[i + len(run) : i + len(run) + 1]
            if len(run) >= 2 and after and after[0].rstrip(".,").isalpha() and after[0].islower() \
                    and run[-1].lower() in _ORG_WORDS:
                continue  # "said a White House official", "the White House spokesman Josh Earnest": a body's name qualifies the noun after it
            while len(run) >= 3 and run[0].lower() in _CONNECTORS:
                run = run[1:]  # "(del Banco) de España …": the link the place cut left
            run = _from_given_name(run)  # "(el gobernador del Banco de) España José Luis Escrivá"
            if len(run) >= 2 and article is None and not any(t.lower() in _STOP_CAPS for t in run):
                return "name", " ".join(run)
            surname = run[0].rstrip(".") if len(run) == 1 else ""
            if surname.isalpha() and i == len(desc) - 1 and desc[i - 1].lower() in _ROLE_HEADS \
                    and not _acronym(surname) and surname.lower() not in _STOP_CAPS and _plausible_speaker(surname):
                return "name", surname  # "dijo el ministro Pardow": the surname after the role word
        if len(desc) > 1 and not _date_phrase(desc[1:]):
            return "description", " ".join(desc)
    named = _role_holder_after_adverbial(toks)
    if named:
        return "name", named
    return _speaker_at_clause_end(toks, known)


def _plural_group_after(masked: str, pos: int, toks: list[str]) -> str | None:
    """People described after a plural verb of saying, with their place or body ("– … – powiedzieli strażacy
    z Krakowa.", "— заявили пожарные из Кракова.", "– mówili politycy PiS."; text/data "plural_verb_endings",
    "name_origin"): one to three lower-case words, then the origin preposition and a capitalised run of at most
    three words, or an acronym, closing the clause; the whole phrase (no speaker before: the place alone was no
    person, so the quote had none)."""
    before = masked[:pos].split()
    if len(before) >= 3 and _preposition(before[-2].lower()):
        before = before[:-2]  # "mówili w poniedziałek": the verb before the adverbial the caller stepped over
    verb = before[-1].rstrip(",.;:") if before else ""
    plural = bool(_PLURAL_VERB_ENDINGS) and verb.isalpha() and verb.islower() and verb.endswith(_PLURAL_VERB_ENDINGS)
    # "hanno detto residenti di Roma", "disseram moradores de Lisboa": the group's noun, then "of" and its place
    articled = not plural and _articled_plural_before(masked, pos)
    skip = 0
    while skip + 1 < len(toks) and _preposition(toks[skip].lower()) and toks[skip + 1].isalpha() and toks[skip + 1].islower():
        skip += 2  # "– mówili w poniedziałek mieszkańcy Gdańska": a time or place adverbial before the subject
    toks = toks[skip:]
    bare = toks[:1] if toks and toks[0].rstrip(".").isalpha() and toks[0].islower() else []
    if plural and bare and _plural_person_noun(bare[0].rstrip(".")) \
            and (bare[0].endswith(".") or len(toks) == 1 or toks[1] in _CLAUSE_END or toks[1] in {",", "—", "–"}):
        return bare[0].rstrip(".")  # "– przekazali w nocy strażacy.": the people, named by no place or body
    k = 0
    while k < min(_GROUP_WORDS, len(toks)) and toks[k].isalpha() and toks[k].islower() and toks[k] not in _DESC_STOP \
            and toks[k] not in _CLAUSE_VERBS and not _preposition(toks[k]) and toks[k] not in _NAME_ORIGIN \
            and not (articled and toks[k] in _ARTICLED_OF):
        k += 1
    if not k or k >= len(toks):
        return None
    head = toks[k - 1]
    # English has no plural verb form of saying: a plural person noun ("said residents of Gdansk") says it
    if not plural and not articled and not (head.endswith("s") and _en_person_noun(head[:-1])):
        return None
    if toks[k].lower() in _NAME_ORIGIN or articled and toks[k].lower() in _ARTICLED_OF:
        run = _name_prefix(toks[k + 1 : k + 1 + _ORIGIN_WORDS + 1])
        if not 1 <= len(run) <= _ORIGIN_WORDS:
            return None
        end = k + 1 + len(run)
    elif _acronym(toks[k].rstrip(".")):
        end = k + 1
    else:
        # a place or body in the genitive right after the noun ("mieszkańcy Gdańska", "жители Москвы"), no person
        run = _name_prefix(toks[k : k + _ORIGIN_WORDS + 1])
        if not plural or not 1 <= len(run) <= _ORIGIN_WORDS or any(given_name_gender(t.rstrip(".")) for t in run):
            return None
        end = k + len(run)
    closed = toks[end - 1].endswith(".") or end == len(toks) or toks[end] in _CLAUSE_END or toks[end] in {",", "—", "–"}
    return " ".join(t.rstrip(".") for t in toks[:end]) if closed else None


_ARTICLED_VERB_REACH = 40  # characters of the two words of "hanno sottolineato", "afirmaram"


def _articled_plural_before(masked: str, pos: int) -> bool:
    """Whether a plural verb of saying of a language whose group subject takes an article ends right before ``pos``
    (text/data "article_plural_verb_endings"): "hanno detto", "disseram"."""
    words = [w.rstrip(",.;:") for w in masked[max(0, pos - _ARTICLED_VERB_REACH) : pos].split()[-2:]]
    return any(w.isalpha() and w.islower() and w.endswith(_ARTICLE_PLURAL_VERB_ENDINGS) for w in words)


def _plural_article_opens(masked: str, pos: int, toks: Sequence[str]) -> bool:
    """A plural article and a lower-case word after such a verb: "hanno detto gli abitanti", "disseram os
    moradores" (quotes74: "gli" is no article of _DETS, and the speaker was "di Roma")."""
    word = toks[1].removesuffix(".") if len(toks) > 1 else ""  # "hanno detto i residenti." (retest_quotes74 HIGH:
    # the group closing the sentence was no subject, and the verb's unnamed subject took the next sentence's name)
    return toks[0].lower() in _PLURAL_ARTICLES and word.isalpha() and word.islower() \
        and word not in _DESC_STOP and _articled_plural_before(masked, pos)


def _body_at_place_after(masked: str, pos: int, toks: list[str]) -> str | None:
    """The body a plural verb of saying with no subject names as the place it was said in ("— заявили в
    Кремле.", "— сообщили в Минздраве России.", "– przekazali w MSZ."; the people there speak for it: "said
    in the Kremlin"): a preposition of place, then one to three capitalised words closing the clause, no
    given name among them (text/data "plural_verb_endings", "adverbial_prepositions"); as written, else None."""
    before = masked[:pos].split()
    verb = before[-1].rstrip(",.;:") if before else ""
    if not (_PLURAL_VERB_ENDINGS and verb.isalpha() and verb.islower() and verb.endswith(_PLURAL_VERB_ENDINGS)):
        return None
    if len(toks) < 2 or not _preposition(toks[0].lower()):
        return None
    run = _name_prefix(toks[1 : 1 + _ORIGIN_WORDS + 1])
    end = 1 + len(run)
    if not 1 <= len(run) <= _ORIGIN_WORDS or any(given_name_gender(t.rstrip(".")) for t in run) \
            or any(t.rstrip(".").lower() in _STOP_CAPS for t in run):
        return None
    closed = toks[end - 1].endswith(".") or end == len(toks) or toks[end] in _CLAUSE_END or toks[end] in {",", "—", "–"}
    return " ".join(t.rstrip(".") for t in run) if closed else None


def _lone_surname_after_word(toks: Sequence[str]) -> bool:
    """``toks`` open with a lower-case word that is no function word and no role's case form ("premierowi":
    the addressee's role, whose name follows in the same case), then one capitalised word and the clause end."""
    word = toks[0]
    if len(toks) < 2 or word in _function_words() or any(word.startswith(r) for r in _ROLE_HEADS if len(r) >= 4):
        return False
    name = toks[1].rstrip(".")
    end = toks[1].endswith(".") or len(toks) == 2 or toks[2] in (".", ";", "§", ",")
    return bool(end and name[:1].isupper() and name.isalpha() and not _acronym(name) and len(name) >= 3
                and name.lower() not in _STOP_CAPS and _plausible_speaker(name))


# Separable verbs' particles of every language (text/data "verb_particles": "mit", "an", "mee")
_VERB_PARTICLES = frozenset(w for lang in LANGUAGES for w in profile(lang).verb_particles)
_DESCRIPTION_OPENERS = frozenset(w for lang in LANGUAGES for w in profile(lang).description_openers)
_ADVERBIAL_WORDS = 6  # "(написала) в своём Telegram-канале (депутат Мария Колесникова)"


def _role_holder_after_adverbial(toks: Sequence[str]) -> str | None:
    """The person named after a role that follows an adverbial, where the clause goes on after the name
    ("— написала в своём Telegram-канале депутат Мария Колесникова после встречи с Фонтаной"): the
    adverbial is lower-case words and a platform's name; the role's holder, else None."""
    for j, tok in enumerate(toks[: _ADVERBIAL_WORDS + 1]):
        if tok.isalpha() and tok.islower() and (tok in _ROLE_HEADS or _role_word(tok)):
            return _name_after_role(list(toks), j + 1) if j else None
        if not (tok.isalpha() and tok.islower()) and not _platform_word(tok):
            return None
    return None


_APPOSITION_TOKENS = 20  # a role's words before the name in apposition: "el jefe del Servicio de … Forestales, X"


@lru_cache(maxsize=1)
def _interview_re() -> re.Pattern[str]:
    """"in an interview with CNN", "w rozmowie z RMF FM", "в интервью ТАСС" (text/data "interview_phrases") and
    the outlet's capitalised words after it."""
    phrases = sorted({w for lang in LANGUAGES for w in profile(lang).interview_phrases}, key=lambda w: (-len(w), w))
    if not phrases:
        return re.compile(r"(?!)")
    outlet = rf"(?:[{_UP}0-9][\w.\-]*(?:\s+|$))+"
    return re.compile(r"\s*(?i:" + "|".join(map(re.escape, phrases)) + r")\s+" + outlet)


def _only_interview_after(masked: str, pos: int) -> bool:
    interview = _interview_re().match(masked, pos)
    return interview is not None and masked[interview.end() :].strip()[:1] in ("", ".", ";")


# (also before a capital: "déclare l'Association de la défense du consommateur", "a dit l'Union des …")
_ELIDED_AFTER_VERB = re.compile(rf"\s*[lL]['’](?=[a-zà-ÿ{_UP}])")
_ELIDED_SPACE = re.compile(r"\b([lL]['’]) ")


def _prepositional_object(toks: Sequence[str], k: int) -> bool:
    """Whether the capitalised run at ``toks[k]``, after a role, is the object of a preposition, not the role's
    holder: right after one ("premier podczas wizyty w Nowym Targu") or after one and a noun that is no role
    ("prezydent dziennikarzom przed powitaniem Nowego Roku"; "kandydat na prezydenta Szymon Hołownia" is
    a role's complement). Without a role before it such a run may be the subject after an adverbial
    ("– ocenił po spotkaniu Macron", "añadió entre risas Nadal"): see _speaker_at_clause_end."""
    if k >= 1 and _preposition(toks[k - 1]):
        return True
    noun = toks[k - 1] if k >= 2 else ""
    return k >= 2 and _preposition(toks[k - 2]) and noun.isalpha() and noun.islower() and not _role_noun(noun)


def _role_noun(word: str) -> bool:
    """A role word in any case form or compound ("prezydenta", "exalcalde", "Bergarbeiterin")."""
    return _role_word(word) or _role_nominative(word) in _ROLE_HEADS or word.endswith(_ROLE_HEAD_ENDINGS)


_OBJECT_GAP = 4  # words after a one-word object and before the role: "(написала) Аллену в ответ сенатор штата"


def _subject_after_object(toks: list[str]) -> str | None:
    """The role and name that follow a one-word capitalised object right after the verb ("— написала
    Аллену в ответ сенатор штата Лена Тейлор", "– odpowiedziała Kowalskiemu minister finansów Anna Nowak"):
    verb, object, subject is the order of languages whose cases mark the object; that holder, else None."""
    for j in range(1, min(len(toks), 2 + _OBJECT_GAP)):
        tok = toks[j]
        if not tok.isalpha() or not tok.islower():
            return None
        if tok in _ROLE_HEADS or _role_word(tok):
            return _name_after_role(toks, j + 1)
    return None


# Words that join a spokesperson to the one they speak for: "a spokesman *for* X", "un porte-parole *du* …",
# "ein Sprecher *von* / *des* …" (with data "of" words: de, del, du, di, of …)
_FOR_WORDS = frozenset(_OF) | {"for", "von", "des", "dello", "della"}
_GENITIVE_TABLES = tuple(lang for lang in LANGUAGES if profile(lang).name_genitive)


def _genitive_given_name(word: str, surname: str) -> bool:
    """Whether ``word`` is a listed given name in the genitive ("Borisa", "Бориса", "Andrzeja") and not a
    nominative one itself ("Piotr", "Anna"): text/data "name_genitive" and the given-name lists."""
    if not word[:1].isupper() or given_name_gender(word):
        return False
    from ...text._names import may_read_given_name, nominative_name

    name = f"{word} {surname}"
    # a language none of whose readings of the first word is a given name cannot answer yes: not asked (its lexicon)
    return any(given_name_gender(nominative_name(name, lang).split()[0]) for lang in _GENITIVE_TABLES
               if may_read_given_name(word, lang))


_INSTRUMENTAL_TABLES = tuple(lang for lang in LANGUAGES if profile(lang).name_instrumental)


def _comitative_name(toks: Sequence[str], k: int) -> int:
    """How many words the name at ``toks[k]`` holds when it is in the instrumental after a short preposition
    ("(после встречи) с Анной Смирновой", "(po spotkaniu) z Anną Nowak": the one met, no speaker; text/data
    "name_instrumental" and the given-name lists); 0 otherwise."""
    if k < 1 or k + 1 >= len(toks) or not (toks[k - 1].isalpha() and toks[k - 1].islower() and len(toks[k - 1]) <= 3):
        return 0
    run = _name_prefix(list(toks[k : k + 3]))
    if len(run) < 2 or given_name_gender(run[0]):
        return 0
    from ...text._names import may_read_given_name, nominative_name

    name = " ".join(t.rstrip(".,") for t in run)
    first = next(iter(name.split()), "")
    for lang in _INSTRUMENTAL_TABLES:
        if not may_read_given_name(first, lang, case="instrumental"):
            continue  # no reading of the first word is a given name: its lexicon is not asked (trial newuser61 M3)
        read = nominative_name(name, lang, case="instrumental")
        if read != name and given_name_gender(read.split()[0]):
            return len(run)
    return 0


def _principal_after(words: Sequence[str], i: int) -> bool:
    """Whether the name at ``words[i]`` is the one a spokesperson speaks for, not the spokesperson: "(a
    spokesman) for Prime Minister Boris Johnson", "(un porte-parole) du Premier ministre Boris Johnson", "(un
    portavoz) del primer ministro …", "(ein Sprecher) von Premierminister …" (a role and its modifier may stand
    between); "rzecznik premiera Borisa Johnsona", "представитель премьер-министра Бориса Джонсона" (the name in
    the genitive). A body between ("el portavoz del Partido … Pedro Pérez") leaves the name the holder's."""
    j = i - 1
    while j > 0 and i - j <= 3 and (_role_noun(words[j].lower()) or words[j].lower() in _TITLES
                                    or (words[j].isalpha() and words[j].lower() not in _FOR_WORDS and words[j].lower() not in _DETS
                                        and j + 1 < i and _role_noun(words[j + 1].lower()))):
        j -= 1
    if _role_noun(words[i].lower()) or words[i].lower() in _TITLES:
        return False  # "(un porte-parole du) Premier ministre": the principal's title, the name comes after it
    person = j < i - 1 or given_name_gender(words[i]) is not None  # a role before it, or a given name opens it
    if person and words[j].lower() in _FOR_WORDS and j >= 1 and words[j - 1].lower() in _SPOKESPERSON_NOUNS:
        return True
    if person and _principal_described(words, i):
        return True
    # Polish, Russian: the spokesperson, the principal's role in the genitive, the principal's name in it too
    return j == i - 2 and words[j].lower() in _SPOKESPERSON_NOUNS and _role_nominative(words[j + 1].lower()) != words[j + 1].lower() \
        and _genitive_given_name(words[i], words[i + 1].rstrip(".,") if i + 1 < len(words) else "")


# Words naming a body ("Police", "Ministry", "Ministère", "Gobierno": text/data "organisation_words"): a body between
# a spokesperson's link and a name makes the name the spokesperson's ("the spokesman of the interior ministry John
# Smith"), not the principal's.
_BODY_WORDS = organisation_words_any()


_ELIDED_ARTICLE = re.compile(r"^(?:l|un|dell|all|d)['’]")


def _principal_described(words: Sequence[str], i: int) -> bool:
    """Whether the name at ``words[i]`` is the principal of a spokesperson, lawyer or source before it, with words
    between the link and the name that describe the principal rather than name a role (break53 F5: "(said) the
    lawyer of steel worker John Evans", "a source close to President Emmanuel Macron", "l'avocat du militant
    écologiste Jean Dupont", Arabic "المتحدث باسم رئيس الوزراء الإسرائيلي بنيامين نتنياهو": the speaker was the
    principal). Within ``_SPOKESPERSON_GAP`` words: a noun of text/data "spokesperson" or "speaks_for", one of their
    link words after it, then only lower-case words, titles and roles (in a script without case, a title first: "رئيس
    الوزراء …"), no body ("the spokesman of the interior ministry John Smith" names the spokesman) and no
    punctuation."""
    links = _FOR_WORDS | _SPOKESPERSON_LINKS
    for k in range(i - 1, max(-1, i - 2 - _SPOKESPERSON_GAP), -1):
        if any(ch in ",;:()\"“”«»„" for ch in words[k]):
            return False
        if _ELIDED_ARTICLE.sub("", words[k].lower()) not in _SPOKESPERSON_NOUNS:
            continue  # (French and Italian elide the article onto the noun: "l'avocat du militant …")
        between = list(words[k + 1 : i])
        at = next((n for n, t in enumerate(between) if t.lower() in links), None)
        if at is None:
            return False
        after = between[at + 1 :]
        if not after or any(t.casefold() in _BODY_WORDS for t in after):
            return False  # (no words between: the name after the link is read by _principal_after's own rule)
        caseless = [t for t in after if t.lower() == t.upper()]
        if caseless and not (after and (after[0] in _TITLES or _role_noun(after[0].lower()))):
            return False
        return all(t.islower() or t.lower() == t.upper() or t.lower() in _TITLES or _role_noun(t.lower()) for t in after)
    return False


def _principal_phrase(words: Sequence[str]) -> str | None:
    """``words`` up to the name of the one a spokesperson among them speaks for ("a spokesman for Prime
    Minister Boris Johnson", "rzecznik premiera Borisa Johnsona"): the unnamed spokesperson's description,
    whole, so that the name inside is not read as the speaker. None without such a name."""
    for i in range(1, len(words)):
        raw = _name_prefix(list(words[i:]))
        run = _clean_name(raw)
        if run and _principal_after(words, i + len(raw) - len(run)):
            return " ".join(t.rstrip(".") for t in words[: i + len(raw)])
    return None


# Particles inside a person's name ("Majed Abu Ramadan", "Osama bin Laden"): the word before one opens the name
_NAME_PARTICLES = frozenset({"abu", "bin", "ibn", "ben", "al", "el", "van", "von", "de", "da", "di", "del", "le", "la"})


def _from_given_name(run: list[str]) -> list[str]:
    """``run`` from the listed given name (text/data/given_names.json) that opens its last two or three words,
    a surname's particles not counted, when its first word is no given name ("España José Luis Escrivá",
    "Банка Англии Эндрю Бейли": the role's place or body before the person); else ``run``."""
    if len(run) < 3 or given_name_gender(run[0].rstrip(".")):
        return run
    given = next((p for p in range(1, len(run) - 1) if given_name_gender(run[p])
                  and 2 <= sum(t.lower() not in _CONNECTORS for t in run[p:]) <= 3), None)
    return run[given:] if given is not None else run


def _holder_after_of(toks: list[str], n: int) -> str | None:
    """The person a capitalised role or body ``toks[:n]`` and its "of" complements end with ("(said) Bank of
    England Governor Andrew Bailey", "Minister of Health Majed Abu Ramadan", "Secretary of State Antony Blinken",
    "Director-General of the World Health Organization Tedros Adhanom Ghebreyesus", "Ministry of Water Resources
    spokesman Ali Rahim"): in the last complement's run, the name after a title (:func:`_clean_name`), after an
    organisation word, from a listed given name or from the word before a name particle; else the name after a
    lower-case role word that follows the run. None when ``toks[:n]`` is a name itself ("John Smith of Oxford")
    or nothing names a person (break51 O1: the speaker was "Bank", a false speaker conflict)."""
    if n == 0 or len(_clean_name(toks[:n])) >= 2 or n >= len(toks) or toks[n] not in _OF:
        return None
    k, last = n, []
    while k < len(toks) and toks[k] in _OF:
        k += 1
        if k < len(toks) and toks[k].lower() in _DETS:
            k += 1
        run = _name_prefix(toks[k:])
        if not run:
            return None
        last, k = run, k + len(run)
    words = [t.rstrip(".") for t in last]
    found: list[str] = []
    cleaned = [t.rstrip(".") for t in _clean_name(last)]
    if 2 <= len(cleaned) < len(words):
        found = cleaned
    org = next((p for p in range(len(words) - 2, -1, -1) if words[p].lower() in _ORG_WORDS), None)
    if not found and org is not None and 2 <= len(words) - org - 1 <= 4:
        found = words[org + 1 :]
    given = next((p for p in range(1, len(words) - 1) if given_name_gender(words[p]) and 2 <= len(words) - p <= 3
                  and words[p].lower() not in _NAME_PARTICLES), None)
    if not found and given is not None:
        found = words[given:]
    # (a particle written onto the surname too: "Younis al-Khatib")
    particle = next((p for p in range(2, len(words)) if words[p].lower() in _NAME_PARTICLES
                     or words[p].lower().split("-")[0] in _NAME_PARTICLES and "-" in words[p]), None)
    if not found and particle is not None:
        found = words[particle - 1 :]
    if not found and k < len(toks) and toks[k].islower() and _role_noun(toks[k].lower()):
        named = _name_after_role(toks, k + 1)
        return named if named and len(named.split()) >= 2 else None
    who = " ".join(found)
    return who if len(found) >= 2 and _plausible_speaker(who) else None


def _name_after_role(toks: list[str], j: int) -> str | None:
    """The person named after a role that ends at ``toks[j]``: "(szef MSZ) Radosław Sikorski",
    "(jefe de la diplomacia) española José Manuel Albares", "(rzecznik) rządu Piotr Müller",
    "(head of government), Edi Rama". The role's complements (lower-case words, an acronym)
    come first, at most three; the name has two words at least."""
    k = j
    while k < min(j + 3, len(toks)) and (
            (toks[k].isalpha() and toks[k].islower() and toks[k] not in _DESC_STOP and toks[k] not in _CLAUSE_VERBS
             and toks[k] not in _DETS) or _acronym(toks[k])):
        k += 1
    if k < len(toks) and toks[k] == ",":
        k += 1
    if _prepositional_object(toks, k):
        return None  # "(powiedział prezydent) dziennikarzom przed powitaniem Nowego Roku": a time, no holder
    run = _name_prefix(toks[k:])
    if run and j >= 1 and _principal_after(toks, k):
        return None  # "rzecznik premiera Borisa Johnsona": the one the spokesman speaks for
    if run and _comitative_name(toks, k):
        return None  # "(сказал министр) после встречи с Анной Смирновой": the one met
    while len(run) >= 3 and _acronym(run[0]):
        run = run[1:]
    run = _clean_name(run)
    if len(run) >= 2 and not any(t.lower() in _STOP_CAPS for t in run) and _plausible_speaker(" ".join(run)):
        return " ".join(t.rstrip(".") if not re.fullmatch(r".\.", t) else t for t in run)
    return _holder_after_body(toks, j)


_BODY_NAME_WORDS = 6  # words of the body a role speaks for before its holder: "hnutí Starostové a nezávislí"
_BODY_NAME_MARKS = frozenset("«»„“”\"'‚‘’")


def _holder_after_body(toks: list[str], j: int) -> str | None:
    """The person after a role whose body's name holds lower-case words or quotation marks, so that no plain
    run of complements reaches the name (trial53 F5: "mluvčí hnutí Starostové a nezávislí Rita Silvová" gave
    the speaker "mluvčí"; "представитель движения «Новые люди» Анна Смирнова", "rzeczniczka partii Prawo i
    Sprawiedliwość Anna Nowak"): a listed given name (text/data/given_names.json) opening a capitalised run of
    two or three words that closes the clause, at most :data:`_BODY_NAME_WORDS` words after the role, with
    only the body's words, "and" words and quotation marks between (no clause verb, no preposition before the
    name: "mluvčí hnutí s Ritou Silvovou" is no holder). None otherwise."""
    for p in range(j + 1, min(len(toks), j + 1 + _BODY_NAME_WORDS)):
        words = [t for t in toks[j:p] if t not in _BODY_NAME_MARKS]
        # an "and" inside the body's name ("Prawo i Sprawiedliwość"; Czech "Starostové a nezávislí")
        joint = {k for k in range(1, len(words)) if words[k] in _JOINT or len(words[k]) <= 2 and words[k - 1][:1].isupper()}
        if any(not t.isalnum() or k not in joint and (t.lower() in _CLAUSE_VERBS or t.lower() in _DETS
                                                       or t.lower() in _DESC_STOP) for k, t in enumerate(words)):
            return None
        if not (toks[p][:1].isupper() and given_name_gender(toks[p])) or _preposition(toks[p - 1].lower()):
            continue
        raw = _name_prefix(toks[p:])
        run = _clean_name(raw)
        after = toks[p + len(raw) : p + len(raw) + 1]
        ends = raw and raw[-1].endswith(".") or not after or after[0] in _CLAUSE_END or after[0] in ",—–"
        if 2 <= len(run) <= 3 and ends and not any(t.lower() in _STOP_CAPS for t in run) \
                and _plausible_speaker(" ".join(run)):
            return " ".join(t.rstrip(".") for t in run)
    return None


# text/data "possessive_marks": a name's possessive ending ("'s", Turkish "'nin", "'ın")
_POSSESSIVE_MARKS = tuple(sorted({m for lang in LANGUAGES for m in profile(lang).possessive_marks}, key=len, reverse=True))
_CLIENT_ROLE_AT = 3  # lower-case words before the lawyer's noun: "(mówili) wtedy obrońcy (Stonogi)"


def _person_role(word: str) -> bool:
    """A noun for a person by office or by whom they act for ("lawyer", "father", "avukatı", "spokesman")."""
    low = word.lower()
    return low in _ROLE_HEADS or low in _TITLES or low in _SPOKESPERSON_NOUNS or low in _CLIENT_ROLES \
        or _en_person_noun(low)


def _client_phrase(toks: Sequence[str]) -> tuple[str, str] | None:
    """(kind, speaker) when a noun for one who acts for a client (text/data "client_roles") opens the phrase
    after a verb, at most a few lower-case words in, and a capitalised run follows it ("заявила адвокат
    Сейткали Айгерим Нурланова", "mówili wtedy obrońcy Stonogi", "mówił obrońca Zbigniewa Stonogi, Jan
    Kowalski"): what :func:`_client_split` reads; None for any other phrase."""
    at = next((j for j, t in enumerate(toks[:_CLIENT_ROLE_AT]) if not (t.isalpha() and t.islower())
               or t.lower() in _CLIENT_ROLES), None)
    if at is None or toks[at].lower() not in _CLIENT_ROLES or any(t in _DESC_STOP or t in _CLAUSE_VERBS for t in toks[:at]):
        return None
    return _client_split(toks[at], toks[at + 1 :])


def _without_role_phrase(speaker: str) -> str:
    """The name after a role phrase that opens a subject: "Szef MSZ Radosław Sikorski", "Глава МИД
    Сергей Лавров", "Il capo dello Stato Sergio Mattarella" -> the person; a name alone stays."""
    toks = speaker.split()
    for i in range(len(toks) - 2):
        n = _role_phrase_length(toks[i:])
        if n:
            named = _name_after_role(toks, i + n)
            if named and speaker.endswith(named):
                return named
            break
    return speaker


# Nouns of those who speak for someone close to them, unnamed (text/data "speaks_for": "source", "proche", "Quelle")
_SPEAKS_FOR_NOUNS = frozenset(w for lang in LANGUAGES for w in profile(lang).speaks_for_nouns)


# Tokens that end the clause a post-quote attribution stands in.
_CLAUSE_END = frozenset(".;!?:")
_CLAUSE_END_WINDOW = 14


def _speaker_at_clause_end(toks: list[str], known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The subject after adverbials, at the end of the attribution clause:
    "– … – mówił na konferencji prasowej przed radiową „Trójką” kandydat na
    prezydenta Szymon Hołownia.", "– napisała na Twitterze wicepremier Jadwiga
    Emilewicz", "dijo el lunes en una rueda de prensa el ministro Juan Pérez."
    (verb-subject order after a quote: pl, ru, es, it, de, fr). The last name run
    of two or more words wins when nothing but the clause end follows it and no
    finite verb of a new clause stands between (then the name starts the reported
    clause: "said Mr. Scotto was …")."""
    window: list[str] = []
    for tok in toks[:_CLAUSE_END_WINDOW]:
        bare = tok.rstrip(".")
        if tok in _CLAUSE_END or tok == ",":
            break
        window.append(bare)
        if bare != tok:  # "Hołownia." ends the sentence
            break
    if any(t.lower() in _CLAUSE_VERBS for t in window):
        return None
    k = len(window)
    while k > 0 and (_CAP_TOKEN.match(window[k - 1]) or window[k - 1].lower() in _CONNECTORS):
        k -= 1
    if k >= 1 and _preposition(window[k - 1]):
        k += 1  # "(powiedział) w Warszawie Donald Tusk": the place, then the subject; "w Nowym Targu" alone is none
    run = _clean_name(window[k:])
    if len(run) >= 2 and window[-len(run) :] == run and any(t.lower() in _SPEAKS_FOR_NOUNS for t in window) \
            and _principal_after(window, len(window) - len(run)):
        # "said sources close to Prime Minister Keir Starmer", "ha detto una fonte vicina al presidente …": the name
        # at the clause end is the principal the sources speak for, not the speaker (fix54 / break53 F5); a
        # lawyer's or spokesman's description may end in their own name ("o advogado de defesa Stefan Brandl")
        return "description", " ".join(window)
    # a particle written in lower case inside the name is no capitalised stop word ("sagte von der Leyen")
    if len(run) >= 2 and not any(t.lower() in _STOP_CAPS for t in run if not (t.islower() and t in _CONNECTORS)) \
            and _plausible_speaker(" ".join(run)):
        return "name", " ".join(run)
    if len(run) == 1 and k > 0 and run[0] in known:
        return "name", run[0]  # "– … – ocenił po spotkaniu Macron.": a surname the text gives in full
    # a place or medium after a preposition may stand before the role ("– … – mówił w Sejmie premier.")
    skip = 0
    while skip + 2 < len(window) and _preposition(window[skip]) and window[skip + 1][:1].isupper():
        skip += 2
    if not run and window and window[-1].lower() in _ROLE_HEADS and all(t.islower() for t in window[skip:]):
        # "– … – powiedział na konferencji prasowej francuski prezydent.": the role and its adjectives
        j = len(window) - 1
        while j > skip and len(window) - j < 3 and window[j - 1].lower() not in _function_words():
            j -= 1
        return "description", " ".join(window[j:])
    if not run and _bare_description(window, toks):
        # "— Когда? — спросил журналист.", "— ответила жена одного из шахтёров.": a person described, not named
        return "description", " ".join(window)
    return None


_CYRILLIC_WORD = re.compile(r"[а-яё\-]+")


# Nouns for a person in languages without articles (text/data "person_nouns": "dziennikarz", "żona")
_PERSON_NOUNS = frozenset(w for lang in LANGUAGES for w in profile(lang).person_nouns if w.isalpha() and w.islower())
_PARTITIVE_PERSONS = frozenset(w for lang in LANGUAGES for w in profile(lang).partitive_persons)


def _bare_description(window: list[str], toks: list[str]) -> bool:
    """Lower-case words alone from the verb to the sentence end, the first of them no function word
    ("в заявлении" is where it was said): a noun phrase without an article, which Russian and Polish
    write for a person the text does not name. Latin script needs a person noun among them ("zapytał
    dziennikarz", "odpowiedziała żona jednego z górników"; "powiedziała cicho" is an adverb)."""
    ended = bool(window) and (toks[len(window) - 1].endswith(".") or len(window) < len(toks) and toks[len(window)] in _CLAUSE_END)
    if not (0 < len(window) <= 5 and ended):
        return False
    if " ".join(window[:2]) in _PARTITIVE_PERSONS and len(window) > 2:
        return True  # "zapytał jeden z ratowników"
    if window[0] in _function_words():
        return False
    if all(_CYRILLIC_WORD.fullmatch(w) for w in window):
        return True
    return all(w.isalpha() and w.islower() for w in window) and any(w in _PERSON_NOUNS for w in window)


# Languages whose person nouns are listed in Latin script and that simplemma lemmatizes: a plural or a case
# form is looked up by its lemma ("strażacy" -> "strażak", "hasiči" -> "hasič")
_PERSON_NOUN_LEMMAS = tuple(sorted(lang for lang in LANGUAGES if lang in LEMMA_LANGUAGES and profile(lang).person_nouns))


_OBLIQUE_PLURAL_ENDINGS = tuple(sorted({e for lang in LANGUAGES for e in profile(lang).oblique_plural_endings}))


def _plural_person_noun(word: str) -> bool:
    """A plural of a person noun of text/data "person_nouns" that simplemma reads back to it ("strażacy" ->
    "strażak"), not in a case a subject never takes ("reporterom", "ratownikami": text/data
    "oblique_plural_endings")."""
    from ..._cache import lemmatize

    if word in _PERSON_NOUNS or (_OBLIQUE_PLURAL_ENDINGS and word.endswith(_OBLIQUE_PLURAL_ENDINGS)):
        return False
    # The listed nouns are Latin-script, so a word of another script never reads back to one; asking anyway
    # built Polish's whole lexicon (104 MB, ~4 CPU-s on an empty cache) for a Russian "— заявили спасатели"
    # (trial break62p M1: 3 of 88 Russian dev texts)
    if script_of(word, fine=True) != "latin":
        return False
    return any(lemmatize(word, lang) in _PERSON_NOUNS for lang in _PERSON_NOUN_LEMMAS)


_SENTENCE_START = re.compile(r"[.!?]\s+(?=[^\W\d_])|\n")  # "on Jan. 15" ends no sentence


def _described_by_relative(masked: str, pos: int) -> Subject | None:
    """The person a relative clause describes in the sentence of a verb at ``pos`` whose own subject was not
    found: "Another leading Dem, Sen. Kristen Gillibrand of New York, who announced … in an episode of «…»,
    said": the full name right before "who" (with its place: _person_before_origin), else None."""
    ends = [m.end() for m in _SENTENCE_START.finditer(masked, 0, pos)]
    start = ends[-1] if ends else 0
    rel = list(_RELATIVE.finditer(masked, start, pos))
    if not rel:
        return None
    before = _TOKEN_RE.findall(masked[start : rel[0].start()])
    while before and not re.match(r"\w", before[-1]):
        before = before[:-1]
    suffix = _name_suffix(before)
    person = _person_before_origin(before, len(before) - len(suffix))
    run = person.split() if person else _clean_name(suffix)
    return ("name", " ".join(run)) if len(run) >= 2 and _plausible_speaker(" ".join(run)) else None


# A relative clause about a thing between commas (text/data "thing_relatives": ", which The Washington Post first
# reported,"): the names in it are no subject of the sentence it stands in
_THING_RELATIVES = sorted({w for lang in LANGUAGES for w in profile(lang).thing_relatives}, key=len, reverse=True)
_THING_RELATIVE_CLAUSE = re.compile(rf",\s*(?:{alternation(_THING_RELATIVES)})\b[^,§.;]*,", re.IGNORECASE) \
    if _THING_RELATIVES else None


def _in_thing_relative(masked: str, pos: int) -> bool:
    """Whether ``pos`` stands inside a relative clause about a thing (see _THING_RELATIVE_CLAUSE)."""
    return bool(_THING_RELATIVE_CLAUSE) and any(
        m.start() < pos < m.end() for m in _THING_RELATIVE_CLAUSE.finditer(masked))  # type: ignore[union-attr]


def _first_person_before(masked: str, pos: int, known: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """The person a participle hangs on: the antecedent of "who", else the sentence's first person.

    A person is a run of two capitalised words, a titled one ("Mr. Fox") or a
    surname the document gives in full; other single words ("Latinos",
    "Facebook") are too often groups or media.
    """
    head = _THING_RELATIVE_CLAUSE.sub(lambda m: " " * len(m.group()), masked[:pos]) if _THING_RELATIVE_CLAUSE else masked[:pos]
    dateline = _DATELINE.match(head)
    if dateline:  # "DES MOINES, Iowa (AP) — Senator Amy Carter …, saying": the place filed from is no person
        head = " " * dateline.end() + head[dateline.end() :]
    rel = [m for m in _RELATIVE.finditer(head)]
    if rel:
        # "… President Vicente Fox – who went on a tear declaring …"
        before = _TOKEN_RE.findall(head[: rel[-1].start()])
        while before and not re.match(r"\w", before[-1]):
            before = before[:-1]
        run = _clean_name(_name_suffix(before))
        if run and (len(run) >= 2 or run[-1] in known):
            return "name", " ".join(run)
    toks = _TOKEN_RE.findall(head)
    j = 1 if toks[:1] and toks[0].lower() in _DETS else 0
    opening = _name_prefix(toks[j:])
    if len(opening) == 1 and len(opening[0]) >= 3 and opening[0].isupper() and opening[0].isalpha() \
            and toks[j + 1 : j + 2] and toks[j + 1].islower() and toks[j + 1].isalpha():
        # "The NAACP adopted a resolution Tuesday condemning …": an organisation's short name opening the
        # sentence as its subject (a single capitalised word elsewhere is too often a group or a medium)
        return "name", opening[0]
    own = _OWN_SUBJECT.search(head)
    description = None if own else _opening_description(_TOKEN_RE.findall(re.split(r"[.!?]\s", head)[-1]))
    if description and all(t[:1].islower() for t in description.split()[1:]):
        # a subject described in lower-case words is the one who speaks, whoever its verb names after it
        # ("The union criticised Jane Holt, calling …"; "Many used …, accusing Trump …")
        return "description", description
    i = 0
    while i < len(toks):
        if toks[i].lower() in _PRONOUNS:
            return "pronoun", toks[i]
        run = _name_prefix(toks[i:])
        if len(run) >= 2 and _preposition(run[0].lower()):
            i += 1  # "Despite Trump saying …": the sentence's capitalised preposition is no part of a name
            continue
        if run:
            cleaned = _clean_name(run)
            titled = len(cleaned) < len(run) and run[len(run) - len(cleaned) - 1].lower() in _TITLES
            person = bool(cleaned) and (len(cleaned) >= 2 or titled or cleaned[-1] in known)
            if person and cleaned[0].lower() not in _STOP_CAPS:
                return "name", " ".join(cleaned)
            i += len(run)
        else:
            i += 1
    # (a subject described with a name in it, "One of the nation’s largest … groups", when no person stands
    # before the participle; none when "with" gives the participle a subject of its own)
    return ("description", description) if description else None


# A participle's own subject after "with" ("The strike started Monday, with workers calling …"); what may
# open a sentence's subject described, not named ("Many used …, accusing …"); where it ends besides a past
# form in -ed ("The group has drafted", "Moore’s campaign denied"): text data "described_subject"
_OWN_SUBJECT = re.compile(r"\b(?:" + alternation(sorted({w for lg in LANGUAGES for w in profile(lg).own_subject_words}))
                          + r")\s+[^,;§]*$", re.IGNORECASE)
_QUANTIFIERS = frozenset(w for lg in LANGUAGES for w in profile(lg).subject_openers)
_SUBJECT_END = frozenset(w for lg in LANGUAGES for w in profile(lg).subject_ends)
_DESCRIPTION_WORDS = 10


def _opening_description(toks: Sequence[str]) -> str | None:
    """The subject described by a noun phrase that opens a sentence, up to its verb: "The group (has drafted …
    condemning …)", "Moore’s campaign (denied …, telling …)", "Many (used …, accusing …)", "One of the
    nation’s largest civil rights groups (passed a resolution … calling …)"; None when no verb closes it
    within ten words, or something other than words stands before it (dev27/dev32 en gold: the words of
    a participle hanging on a described subject). A word in -ed right after the opener is the verb only
    when no verb follows it: "Many displaced residents (returned …)" (review33b #7)."""
    if not toks:
        return None
    first = toks[0].lower()
    quantified = first in _QUANTIFIERS
    if not (quantified or first in _DETS or toks[0].endswith(("’s", "'s"))):
        return None
    k = _description_end(toks, 1)
    if k is not None and (k == 1 or toks[k - 1].lower() in _DETS or toks[k - 1].lower() in _QUANTIFIERS) \
            and toks[k].lower() not in _SUBJECT_END:
        # "Many displaced residents", "Some frustrated voters": an adjective in -ed before its noun
        k = _description_end(toks, k + 1) or k
    if k is None:
        return None
    return " ".join(toks[:k]) if k >= 2 or quantified and first != "one" else None


def _description_end(toks: Sequence[str], start: int) -> int | None:
    """Index of the verb ending a described subject at ``start`` or after (:func:`_opening_description`)."""
    for k in range(start, min(len(toks), _DESCRIPTION_WORDS + 1)):
        low = toks[k].lower()
        if not re.match(r"\w", low):
            return None
        after = toks[k - 1].lower()
        if (low in _DETS or low.endswith(("’s", "'s"))) and not (after in _OF or _preposition(after) or after in _DETS):
            return None  # another noun phrase, not after "of" or "in": a verb went by ("The former boxer made the remarks")
        if low in _SUBJECT_END or (len(low) >= 4 and low.endswith("ed") and low.isalpha()):
            return k
    return None


# "(R)", "(R-Wyo.)", "(D-Calif.)": party tags look like one-letter names
_AS_CLAUSE = re.compile(r"(?:^|[\s,;:§(])(?:" + alternation(sorted({w for lang in LANGUAGES for w in profile(lang).as_clauses}))
                        + r")$", re.IGNORECASE)
# How far back from the verb an as-clause match can start: one opening character and its longest word (literals:
# the match is as long as the word). From there, not the whole text before each verb (quadratic on a paragraph of
# one sentence; "^" matches only at the text's real start, as before, since the search starts at ``pos``)
_AS_CLAUSE_REACH = 1 + max(len(w) for lang in LANGUAGES for w in profile(lang).as_clauses)
# "As the scholar X puts it, §", "Come lo coglie la studiosa X, autrice del libro …, §": an as-clause opening the
# sentence, ending right before the quotation (text/data "as_openers")
_AS_OPENER = re.compile(r"(?:^|(?<=[.!?]\s))(?i:" + alternation(sorted({w for lang in LANGUAGES for w in profile(lang).as_openers}))
                        + r")\s+(?P<clause>[^§.!?;]{3,200}?)[,:]\s*" + _QUOTE_SLOT)
# (full-width brackets too: "佐藤花子さん（54）は")
_PAREN_TAG = re.compile(r"[(（][^()（）§]{0,15}[)）]")


def _find_attributions(masked: str, known: frozenset[str] = frozenset(), language: str | None = None) -> list[_Attribution]:
    """Attribution phrases in a quote-masked sentence; ``known`` holds surnames the document names in full.

    A date or a place is never a speaker ("Am Montagnachmittag sagte …").
    """
    return list(_kept_attributions(masked, known, language))


@lru_cache(maxsize=64)
def _kept_attributions(masked: str, known: frozenset[str], language: str | None) -> tuple[_Attribution, ...]:
    """:func:`_find_attributions`, read once per masked sentence: each quotation of a sentence masks the same
    text (every quotation of the context becomes a slot), and a paragraph of one sentence and 167 quotations
    read its whole text 168 times (quotes73)."""
    # a surname the text gives in full is a name even when it is a word elsewhere ("Kurz", "Rama")
    return tuple(a for a in _attributions(masked, known, language)
                 if a.kind != "name" or _plausible_speaker(a.speaker) or a.speaker in known)


# Verb-second and free-order languages front an adverbial of place before the verb, and
# its name is not the subject: "Vor Anhängern in Tel Aviv sprach der 70-jährige Netanjahu
# …" (dev de-fr Netanyahu). Only in those languages: applied to English it cost four
# speakers on the dev gold ("… in X said Y" does not invert).
_FRONTED_PLACE = {lang: profile(lang).place_prepositions for lang in ("de", "pl", "ru")}


def _after_place_preposition(masked: str, name_start: int, language: str | None) -> bool:
    preps = _FRONTED_PLACE.get((language or "").split("-")[0])
    before = masked[max(0, name_start - 12) : max(0, name_start)].split()
    return bool(preps and before and before[-1].lower() in preps)


# Languages whose subject follows the verb after an opening adverb: "Ensuite ont répondu les habitants",
# "Seguidamente dijo el alcalde" (speakers75)
_ADVERB_INVERSION = frozenset({"fr", "es", "it", "pt"})


def _opening_adverb(masked: str, verb_start: int, word: str, language: str | None, known: frozenset[str]) -> bool:
    """Whether the one-word "name" ``word`` before a verb is a capitalised adverb opening its sentence, no person:
    alone before the verb, no listed given name nor a name the text knows, and an adverb of the language: listed
    (text/data "inversion_adverbs", "day_adverbs") or of manner, "-ment(e)" after a word of the language's
    dictionary ("Finalement", "Posteriormente", "Récemment" of "récent"). ("Ensuite ont répondu les habitants",
    "Aussitôt a réagi le maire": speakers75, the speaker was "Ensuite"; the adverbs among the stop words, "Puis",
    "Luego", were dropped already.) Any known noun was one at first, and a surname that is a word ("Berger a prévenu
    les syndicats", "Petit a averti les habitants") lost its quote to the object (speakers76fix). The caller reads
    the subject after the verb instead, only when there is one ("Blanco dijo a los periodistas" stays Blanco's)."""
    lg = base(language) if language else None
    if lg not in _ADVERB_INVERSION or " " in word or given_name_gender(word) is not None \
            or any(word in name.split() for name in known):
        return False
    pre = masked[:verb_start]
    opening = pre[max(pre.rfind(c) for c in ".!?;:\n" + _QUOTE_SLOT) + 1 :].split()
    if opening != [word]:
        return False
    low = word.lower()
    prof = profile(lg or "")
    return low in prof.inversion_adverbs or low in prof.day_adverbs or _manner_adverb(low, lg or "")


def _manner_adverb(word: str, language: str) -> bool:
    """Whether ``word`` is an adverb of manner of a Romance language: "-ment"/"-mente" after a word of its
    dictionary ("finale-ment", "posterior-mente"; "récemment", "constamment" of "récent", "constant"). A surname in
    "-ment" has no such stem ("Froment", "Clément")."""
    for suffix in ("mente", "ment"):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            stems = [stem]
            if stem.endswith(("em", "am")):
                stems.append(stem[:-1] + "nt")  # "récemment" -> "récent", "constamment" -> "constant"
            return any(_known_noun(s, language) for s in stems)
    return False


def _subject_after(found: Subject | None) -> bool:
    """Whether a phrase read after a verb is its subject, a person named or described (no pronoun)."""
    return bool(found) and found is not None and found[0] != "pronoun"


# text/data "clause_conjunctions": "فيما", "بينما" before a verb that comes first in its clause
_CLAUSE_CONJUNCTIONS = frozenset(w for lang in LANGUAGES for w in profile(lang).clause_conjunctions)


_VERB_CLITICS = frozenset(w for lang in LANGUAGES for w in profile(lang).verb_clitics)


# A headline glued to the first sentence by a run of spaces ("… con la Sindicatura de Cuentas  El concejal …")
_GLUED_HEADLINE = re.compile(r"(?<=\w) {2,}(?=[A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ])")


def _headline_end(before: str) -> bool:
    """Whether ``before`` (the text before a run of spaces) ends as a headline does: a capitalised word or
    a figure, not a clause cut in the middle ("… affirmait qu  Santé")."""
    words = before.split()
    return bool(words) and (words[-1][:1].isupper() or words[-1][:1].isdigit())


def _without_glued_headline(masked: str) -> str:
    """``masked`` with a headline glued before the body's first sentence blanked (offsets kept), when the
    headline quotes nothing: its words are neither the speaker nor the subject ("Ciudadanos critica … la
    Sindicatura de Cuentas  El concejal Rubén Pérez pide … «…»" gave no speaker, then "Sindicatura de
    Cuentas El")."""
    found = list(_GLUED_HEADLINE.finditer(masked))
    if not found or _QUOTE_SLOT in masked[: found[0].start()] or not _headline_end(masked[: found[0].start()]):
        return masked
    cut = found[0].end()
    return " " * cut + masked[cut:]


def _attributions(masked: str, known: frozenset[str], language: str | None = None) -> list[_Attribution]:
    out: list[_Attribution] = []
    masked = _without_glued_headline(masked)
    masked = _PAREN_TAG.sub(lambda m: " " * len(m.group(0)), masked)
    if language and profile(language).verb_final and profile(language).quote_links:
        return _verb_final_attributions(masked, base(language) or "")
    if _HAN.search(masked):
        return _cjk_attributions(masked)
    out += _layout_attributions(masked)
    for m in _SAY_RE.finditer(masked):
        # "The storm threatened to “…”": a verb of threatening gives only a person its words
        threat = " ".join(m.group().lower().split()) in _THREATS
        inverted = _INVERTED.search(m.group())
        if inverted:  # "a-t-il ajouté", "dit-elle"
            out.append(_Attribution(m.start(), m.end(), "pronoun", inverted.group(1), "verb-subject"))
            continue
        subj = _subject_before(masked, m.start())
        if subj is None and _ARABIC.search(m.group()):
            # Persian puts the verb last: "مجتبی خالدی، سخنگوی اورژانس کشور، گفت: «…»" (issue 12: no Persian speaker)
            subj = _abjad_before(masked, m.start(), language, known) or _abjad_known_before(masked, m.start(), known)
        if subj is None and _HEBREW.search(m.group()):
            # Hebrew has no capitals: "ראש העירייה יונה יהב אמר: …", read by its role or its words (break50 kind:
            # Hebrew speakers before the verb were never found)
            after = _TOKEN_RE.findall(masked[m.end() : m.end() + 80])
            subj = _hebrew_before(masked, m.start(), after, known)
            later = _hebrew_after(after) if subj is None and masked[: m.start()].rstrip()[-1:].isalpha() else None
            if later and later[0] != "pronoun":
                # "בהמשך היום אמר השר: …": a fronted time, then the verb and its subject
                out.append(_Attribution(m.start(), m.end() + 1 + len(later[1]), later[0], later[1], "verb-subject"))
                continue
            lead = masked[: m.start()].split()
            if later and len(lead) >= 2 and lead[-2] == _QUOTE_SLOT and lead[-1] in profile(language).quote_anaphors:
                # ""…" כך אמר לאחר ישיבת חירום.": "thus" stands for the quotation, the verb holds its subject (text
                # data "quote_anaphors"; break57 F5 read the occasion, "ישיבת חירום", as the speaker)
                out.append(_Attribution(m.start(), m.end(), "pronoun", m.group().strip(), "verb-subject"))
                continue
        # a surname the text gives in full ("Prime Minister Luis Montenegro") is the person, not the country
        fronted = bool(subj and subj[0] == "name" and (
            not (_plausible_speaker(subj[1]) or subj[1] in known)
            or _after_place_preposition(masked, m.start() - 1 - len(subj[1]), language)))
        if subj and subj[0] == "name" and language and profile(base(language)).surname_gender \
                and any(_case_form(subj[1].split()[-1], k) for k in known):
            # "Wypowiedź Leszka Mazura skomentował rzecznik …": a surname the text names in the nominative
            # stands in a case form, so the phrase is the fronted object and the subject follows the verb
            fronted = True
        if subj and subj[0] == "name" and not fronted and _opening_adverb(masked, m.start(), subj[1], language, known):
            fronted = _subject_after(_phrase_after(masked, m.end(), known))
        if fronted:
            subj = None  # "Am Montagnachmittag sagte der Sprecher …": a fronted date, the subject follows
        pre = masked[: m.start()].rstrip()
        clitic = pre.rsplit(None, 1)[-1] if pre else ""
        if clitic.lower() in _VERB_CLITICS and pre[: -len(clitic)].rstrip()[-1:] in (",", _QUOTE_SLOT):
            pre = pre[: -len(clitic)].rstrip()  # "«…», le dijo el pontífice": the object pronoun before the verb
        # A spaced ASCII hyphen stands for the dash ("…rozsądek" - napisała …) where no dash key is at hand.
        dash = pre[-1:] == "-" and pre[-2:-1] in (" ", "§", "")
        # "…», según precisó a EFE el ministro X": "according to" before the verb, the subject after it
        by_verb = pre.rsplit(None, 1)[-1].lower() in _BY if pre else False
        # "…، فيما هدد الرئيس X": a conjunction opens a clause, the subject follows its verb (Arabic)
        by_verb = by_verb or bool(pre) and pre.rsplit(None, 1)[-1] in _CLAUSE_CONJUNCTIONS
        # "Comme le souligne la chercheuse X, « … »", "Como señala X", "Как отмечает X": "as X says", the
        # subject after its verb (text/data "as_clauses")
        as_clause = bool(_AS_CLAUSE.search(pre, max(0, len(pre) - _AS_CLAUSE_REACH)))
        by_verb = by_verb or as_clause
        if subj is None and (fronted or not pre or pre[-1] in ",;:§—–(،" or dash or by_verb or pre.endswith(_QUOTE_SLOT)):
            subj = _phrase_after(masked, m.end(), known)
            if subj is None and pre.endswith(_QUOTE_SLOT):
                subj = _subject_before_quote(masked, len(pre) - 1)  # Turkish: Erdoğan, "…" dedi.
            if subj is None and _ARABIC.search(m.group()):
                subj = ("pronoun", "هو")  # "وعلقت: «…»": the subject is in the verb
            if subj is None and profile(language).pro_drop and (
                    (not pre and masked[m.end() : m.end() + 2].strip()[:1] in ",:")
                    or (pre and masked[m.end() :].strip()[:1] in ("", ".", ";", "—", "–"))  # "—dijo—."
                    or (as_clause and masked[m.end() :].strip()[:1] == ",")  # "Jak podkreślił, „…”"
                    or (pre and _only_interview_after(masked, m.end()))  # "– powiedział w rozmowie z RMF FM."
                    or _addressee_only(masked, m.end())
                    or (pre and _adjuncts_only(masked, m.end(), language))
                    or (pre and masked[m.end() :].lstrip(" :")[:1] == _QUOTE_SLOT)):
                # "Mówił, że Teheran „…”", "„…” – powiedział.": the subject is in the verb
                subj = ("pronoun", m.group().strip())
            if subj and not (threat and not _threat_subject(subj, known, language)):
                out.append(_Attribution(m.start(), m.end() + 1 + len(subj[1]), subj[0], subj[1], "verb-subject"))
                continue
        if subj is None and pre.rstrip("\"”»’'").endswith((",", _QUOTE_SLOT)):
            # "Sen. X of New York, who announced … in "The Late Show," said Trump's offer …": the person the
            # relative clause describes, when neither side of the verb gave a subject
            subj = _described_by_relative(masked, m.start())
        if subj and not (threat and not _threat_subject(subj, known, language)):
            out.append(_Attribution(max(0, m.start() - 1 - len(subj[1])), m.end(), subj[0], subj[1], "subject-verb"))
    out += _verb_form_attributions(masked, known, language, out)
    statements = _statement_attributions(masked, language, out)
    if any(a.kind == "name" for a in statements):
        out = [a for a in out if a.kind != "pronoun"]  # the statement's owner, not a subject left out
    out += statements
    for m in _ACT_RE.finditer(masked):
        subj = _subject_before(masked, m.start(), bare_plural=False)
        if subj:
            out.append(_Attribution(max(0, m.start() - 1 - len(subj[1])), m.end(), subj[0], subj[1], "speech-act"))
    for m in _REPORT_RE.finditer(masked):
        if _in_thing_relative(masked, m.start()):
            continue  # "…, which The Washington Post first reported, telling the paper … «…»"
        subj = _subject_before(masked, m.start(), bare_plural=False)
        if subj:
            out.append(_Attribution(max(0, m.start() - 1 - len(subj[1])), m.end(), subj[0], subj[1], "report"))
    for m in _PART_RE.finditer(masked):
        subj = _first_person_before(masked, m.start(), known)
        if subj and subj[0] == "description" and _QUOTE_SLOT not in masked[m.end() :]:
            continue  # a described subject speaks the words its participle introduces, not a name before it
        if subj:
            out.append(_Attribution(m.start(), m.end(), subj[0], subj[1], "participle"))
    for m in _BY_RE.finditer(masked):
        subj = _abjad_after_by(masked, m.end(), language, known) if _ARABIC.search(m.group()) else None
        subj = subj or _phrase_after(_without_glued_li(masked, m.end()) if _ARABIC.search(m.group()) else masked, m.end())
        if subj is None and m.group().strip().lower() == "по словам":
            # "По словам ганского богослова, христиане …" (in the words of): a lower-case description
            # closed by a comma; "selon ses proches" is a source, not the speaker of what follows
            desc = re.match(r"\s*((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s*,", masked[m.end() : m.end() + 60])
            if desc and desc.group(1).islower() and desc.group(1).split()[-1] not in _DESC_STOP:
                subj = ("description", desc.group(1))
        if subj:
            out.append(_Attribution(m.start(), m.end() + 1 + len(subj[1]), subj[0], subj[1], "according-to"))
    for m in _AS_OPENER.finditer(masked):
        # the first person the as-clause names, whatever its verb ("puts it", "coglie", "formuliert")
        first = next((r for r in _NAME_RUN.finditer(m.group("clause")) if len(_clean_name(r.group().split())) >= 2), None)
        name = " ".join(_clean_name(first.group().split())) if first else ""
        before = m.group("clause")[: first.start()].split()[-1:] if first else []
        # a person: a given name the name lists know, or a role word before the name ("As the storm hit Miami
        # Beach, "…"" names a place)
        person = bool(name) and (given_name_gender(name.split()[0]) is not None
                                 or any(_role_word(w) or _is_title(w) or w.lower() in _ROLE_HEADS for w in before))
        if person and _plausible_speaker(name):
            out.append(_Attribution(m.start(), m.end() - 1, "name", name, "as-clause"))
    for m in _AR_QUOTED_AS.finditer(masked):
        # "نقلت وكالة الأنباء عن الأمين العام … أحمد أبو الغيط قوله إن «…»": the one quoted, not the agency
        found = _arabic_name(m.group(1).split())
        if found:
            out.append(_Attribution(m.start(), m.end(), found[0], found[1], "quoted-as-saying"))
    lang = (base(language) or "") if language else ""
    rx = _participle_quote_re(lang) if lang else None
    for m in (rx.finditer(masked) if rx else ()):
        # "… \"…\" şeklinde paylaşımda bulunan şüphelinin …": the noun the participle clause qualifies wrote it
        noun = _strip_case(m.group(1), lang)
        run = _clean_name(_name_prefix(_TOKEN_RE.findall(masked[m.end() : m.end() + 60])))
        if noun[:1].isupper() or len(run) >= 2:  # "… diyen Bakan Fahrettin Koca": the title's holder
            named = " ".join(run) if len(run) >= 2 else None
            if named:
                out.append(_Attribution(m.start(), m.end() + len(named) + 1, "name", named, "participle-relative"))
                continue
        out.append(_Attribution(m.start(), m.end(), "description", noun, "participle-relative"))
    for m in _opinion_re().finditer(masked):
        # "Pour Paul Martin, maire de Lyon, « … »", "Zdaniem Jana Nowaka „…”": the clause's opinion holder
        subj = _phrase_after(masked, m.end())
        if subj and subj[0] == "name":
            out.append(_Attribution(m.start(), m.end() + 1 + len(subj[1]), subj[0], subj[1], "according-to"))
    for m in _agent_re().finditer(masked):
        agent = _agent_after(masked, m.end())
        if agent:
            out.append(_Attribution(m.start(), m.end() + len(agent[1]), agent[0], agent[1], "agent"))
    for m in _SO_RE.finditer(masked):
        subj = _phrase_after(masked, m.end())
        if subj and subj[0] != "pronoun":
            out.append(_Attribution(m.start(), m.end() + 1 + len(subj[1]), subj[0], subj[1], "so-x"))
    out += _utterance_owner_attributions(masked, language)
    return out


_OWNER_ROLE_WORDS = 7  # "oświadczenie ministra energetyki i technologii informacyjnych Andersa Igemana"


def _utterance_owner_attributions(masked: str, language: str | None) -> list[_Attribution]:
    """The owner of the words a quotation gives as the topic of an utterance noun (text/data "utterance_nouns",
    "topic_prepositions"): "nazwała urojeniem oświadczenie ministra … Andersa Igemana o „rosyjskich trollach”",
    "dismissed Igeman's statement about "Russian trolls"", "kritisierte die Äußerung von Anna Berger über
    „…“": the name after the noun (past lower-case role words in the genitive) or its possessor before it,
    right before the topic preposition and the quotation; the clause's subject only judged those words."""
    lang = base(language) if language else None
    prof = profile(lang) if lang in LANGUAGES else None
    if prof is None or not prof.utterance_nouns or not prof.topic_prepositions:
        return []
    # the topic's preposition ("statement about") or the content's link ("statement that", "statement:";
    # review37a M3: "criticised Igeman's statement that "…"" gave the critic the minister's words)
    links = prof.topic_prepositions | prof.utterance_links | {":"}
    out = []
    for slot in (i for i, ch in enumerate(masked) if ch == _QUOTE_SLOT):
        toks = _TOKEN_RE.findall(masked[max(0, slot - 240) : slot])
        if toks and toks[-1] in ",:" and len(toks) > 1 and toks[-2].lower() in prof.utterance_links:
            toks = toks[:-1]  # "die Aussage, dass" has its comma before the link, not after
        if len(toks) < 3 or toks[-1].lower() not in links:
            continue
        head = toks[:-1]
        if head and head[-1] == "," and prof.utterance_links:
            head = head[:-1]  # "die Aussage, dass „…“": the comma before the link
        run = _name_suffix(head)
        owner = None
        if run and run[-1].endswith(("'s", "’s")):
            continue
        inside = [k for k, t in enumerate(run) if t.lower() in prof.utterance_nouns]
        if inside:  # German capitalises the noun: "die Äußerung von Verteidigungsminister Peter Hultqvist über"
            owner_run = [t for t in run[inside[-1] + 1 :] if t.lower() not in _CONNECTORS or t[:1].isupper()]
            name = _clean_name(owner_run)
            if len(name) >= 2 and _plausible_speaker(" ".join(name)):
                out.append(_Attribution(max(0, slot - 2 - len(" ".join(name))), slot - 1, "name", " ".join(name),
                                        "utterance-owner"))
            continue
        name = _clean_name(run)
        if len(name) >= 2:
            lead = head[: len(head) - len(run)]
            for k in range(len(lead) - 1, max(-1, len(lead) - 1 - _OWNER_ROLE_WORDS), -1):
                word = lead[k].lower()
                if word in prof.utterance_nouns:
                    owner = " ".join(name)
                    break
                if not (lead[k].isalpha() and lead[k].islower()):
                    break
        elif len(head) >= 2 and head[-1].lower() in prof.utterance_nouns and head[-2].endswith(("'s", "’s")):
            possessor = _clean_name(_name_suffix(head[:-1]))
            if possessor:
                possessor[-1] = possessor[-1][:-2]
                owner = " ".join(possessor) if possessor[-1] else None
        if owner and _plausible_speaker(owner):
            out.append(_Attribution(max(0, slot - 2 - len(owner)), slot - 1, "name", owner, "utterance-owner"))
    return out


@lru_cache(maxsize=32)
def _quote_verb_re(language: str | None, with_subject: bool = False) -> re.Pattern[str] | None:
    lang = profile(language) if language else None
    form = (lang.quote_verb_with_subject if with_subject else lang.quote_verb_form) if lang else ""
    # a verb of a form nouns share needs the comma or dash of an attribution ("«…» contre la pandémie" is none)
    sep = r"(?:,[ \t]*)?(?:[–—-][ \t]*)?" if not with_subject or lang and lang.comma_inside_quotes \
        else r"(?:,[ \t]*[–—-]?|[–—-])[ \t]*"
    return re.compile(rf"§[ \t]*{sep}({form})(?![\w-])") if form else None


@lru_cache(maxsize=16)
def _statement_re(language: str | None) -> re.Pattern[str] | None:
    nouns = profile(language).statement_nouns if language else ()
    return re.compile(rf"(?<!\w)({alternation(nouns)})\s*,?\s*§", re.IGNORECASE) if nouns else None


def _statement_attributions(masked: str, language: str | None, found: list[_Attribution]) -> list[_Attribution]:
    """"Açıklamada, “…” uyarısında bulunuldu." (in the statement, an impersonal passive): a statement
    without a speaker in its sentence; the resolver names the organisation that made it."""
    rx = _statement_re(base(language))
    if rx is None or any(a.kind != "pronoun" for a in found):
        return []
    out = []
    for m in rx.finditer(masked):
        # "THY açıklamasında “…” ifadelerine yer verdi": its statement, the owner named right before it,
        # rather than the subject a verb without one would take from the sentences before
        owner = _clean_name(_name_prefix(_TOKEN_RE.findall(masked[: m.start(1)])[-4:][::-1])[::-1])
        if owner and _plausible_speaker(" ".join(owner)):
            out.append(_Attribution(m.start(1) - len(" ".join(owner)) - 1, m.end(1), "name", " ".join(owner), "statement-owner"))
        elif not found:
            out.append(_Attribution(m.start(1), m.end(1), "description", m.group(1), "statement"))
    return out


@lru_cache(maxsize=16)
def _organisation_re(language: str | None) -> re.Pattern[str] | None:
    heads = profile(language).organisation_heads if language else ()
    # capitalised words, also joined by a short lower-case link ("Enerji ve Tabii Kaynaklar Bakanlığı")
    genitive = profile(language).genitive_suffixes if language else ()
    # a genitive after the name ("Bakanlığı'nın genelgesi") is the organisation owning a thing
    owner = rf"(?!['’]?(?:{alternation(genitive)})\b)" if genitive else ""
    return re.compile(rf"(?<!\w)((?:[{_UP}][\w’']*[ \t]+(?:\w{{1,3}}[ \t]+(?=[{_UP}]))?){{0,5}}"
                      rf"(?:{alternation(heads)})){owner}") if heads else None


def _verb_form_attributions(masked: str, known: frozenset[str], language: str | None,
                            found: list[_Attribution]) -> list[_Attribution]:
    """A verb of saying the lists miss, known by its form right after the quotation: "«…», a
    raconté le maire.", "«…», poursuit-elle.", "\"…\", recalcó el ministro.", "„…” – zażartował
    premier." (text/data "quote_verb_form"); then the subject after it, as for a listed verb."""
    out = _subject_verb_form_attributions(masked, known, language, found)
    rx = _quote_verb_re(base(language))
    if rx is None:
        return out
    for m in rx.finditer(masked):
        if any(a.start <= m.start(1) < a.end or m.start(1) <= a.start < m.end(1) for a in found + out):
            continue  # a listed verb already reads it
        inverted = _INVERTED.search(m.group(1))
        if inverted:  # "poursuit-elle", "a-t-il raconté"
            out.append(_Attribution(m.start(1), m.end(1), "pronoun", inverted.group(1), "verb-subject"))
            continue
        subj = _phrase_after(masked, m.end(1), known)
        if subj is None and profile(language).pro_drop and (
                masked[m.end(1) :].strip()[:1] in ("", ".", ";") or _addressee_only(masked, m.end(1))):
            subj = ("pronoun", m.group(1))  # "„…” – zażartował.": the subject is in the verb
        if subj:
            out.append(_Attribution(m.start(1), m.end(1) + 1 + len(subj[1]), subj[0], subj[1], "verb-subject"))
    return out


def _subject_verb_form_attributions(masked: str, known: frozenset[str], language: str | None,
                                    found: list[_Attribution]) -> list[_Attribution]:
    """A verb the lists miss, known by a form nouns share (present tenses, reflexives: text/data
    "quote_verb_with_subject"), right after the quotation and followed at once by its subject: "«…»,
    explica la pediatra Amira Haddad", "„…“, klagt Landwirt Josef Huber", "«…», — жалуется фермер Иван
    Кузнецов", "„…” – skarży się rolnik Józef Kmiecik". Between the verb and the subject at most an
    article or two lower-case words (a role), never another function word ("historia derivada de Harry
    Potter" is a noun and its complement); no subject in the verb alone ("«…», correspondiente.")."""
    rx = _quote_verb_re(base(language), with_subject=True)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(masked):
        if any(a.start <= m.start(1) < a.end or m.start(1) <= a.start < m.end(1) for a in found):
            continue  # a listed verb already reads it
        if all(w.lower() in _function_words() for w in m.group(1).split()):
            continue  # "«…», entre otros", "„…“, weil": a word of the sentence, no verb of saying
        subj = _phrase_after(masked, m.end(1), known)
        if subj is None or subj[0] == "description" and not _person_description(subj[1]):
            continue  # "«катастрофой», проголосует против.": no subject after the verb
        at = masked.find(subj[1], m.end(1))
        gap = _TOKEN_RE.findall(masked[m.end(1) : at]) if at >= 0 else ["?"]
        if len(gap) > 2 or any(t.lower() in _function_words() and t.lower() not in _DETS for t in gap):
            continue
        out.append(_Attribution(m.start(1), m.end(1) + 1 + len(subj[1]), subj[0], subj[1], "verb-subject"))
    return out


def _person_description(phrase: str) -> bool:
    """A description of a person: it opens with an article or holds a role word ("la pediatra", "фермер")."""
    toks = phrase.split()
    return bool(toks) and (toks[0].lower() in _DETS or any(_role_word(t) or _is_title(t) for t in toks))


@lru_cache(maxsize=16)
def _participle_quote_re(language: str) -> re.Pattern[str] | None:
    """Turkish: the quotation, "şeklinde"/"diye" (as), at most two words, a participle in -an/-en and the noun it
    qualifies (text/data "quote_participles")."""
    spec = profile(language).quote_participles
    if not spec:
        return None
    markers, endings = spec
    return re.compile(rf"{_QUOTE_SLOT}\s+(?:{alternation(markers)})\s+(?:\w+\s+){{0,2}}?\w+(?:{alternation(endings)})\s+(\w+)")


def _strip_case(noun: str, language: str) -> str:
    """"şüphelinin" -> "şüpheli", "kullanıcıyı" -> "kullanıcı": a buffered case ending (text/data "case_suffixes")."""
    for suffix in profile(language).case_suffixes if language else ():
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 3:
            return noun[: -len(suffix)]
    return noun


@lru_cache(maxsize=1)
def _opinion_re() -> re.Pattern[str]:
    """A clause opening "for X" / "in X's opinion" (text/data "opinion_openers"): at a sentence or clause start only,
    so "voted for Paul Martin" is no attribution."""
    words = sorted({w for lang in LANGUAGES for w in profile(lang).opinion_openers}, key=lambda w: (-len(w), w))
    return re.compile(r"(?:^|(?<=[,;:§.!?]))\s*(?:" + "|".join(map(re.escape, words)) + r")\s+(?=[" + _UP + "])",
                      re.IGNORECASE) if words else re.compile(r"(?!)")


_AGENT_PREPOSITIONS = {w for lang in LANGUAGES for w in profile(lang).agent_prepositions}


@lru_cache(maxsize=1)
def _agent_re() -> re.Pattern[str]:
    """A quotation followed by the preposition of a passive's agent (text/data "agent_prepositions")."""
    return re.compile(rf"§\s*(?:{alternation(_AGENT_PREPOSITIONS)})\s+", re.IGNORECASE)


_RELATIVE_AFTER_ARTICLE = {"cual", "cuales", "quale", "quali", "quel", "quelle", "quels", "quelles", "laquelle",
                           "lequel", "lesquels", "lesquelles"}


def _agent_after(masked: str, pos: int) -> Subject | None:
    """The agent phrase opening at ``pos``, up to its own complement: "le Mexique (par l'intermédiaire
    de …)", "la Cour constitutionnelle", "Mexico". Only a name or a determiner phrase that opens right
    there ("by any measure" is no agent)."""
    toks = _TOKEN_RE.findall(masked[pos : pos + 120])
    if not toks or not (_CAP_TOKEN.match(toks[0]) or toks[0].lower() in _DETS or re.match(r"[lL]['’]\w", toks[0])):
        return None
    if len(toks) > 1 and toks[1].lower() in _RELATIVE_AFTER_ARTICLE:
        return None  # "una razón «más profunda» por la cual Filipinas …": a relative clause, no agent
    phrase: list[str] = []
    for tok in toks[:8]:
        low = tok.lower()
        if not any(c.isalpha() for c in tok) or (phrase and (low in _AGENT_PREPOSITIONS or low in _DESC_STOP
                                                             or low in _CLAUSE_VERBS)):
            break
        phrase.append(tok)
    words = [t for t in phrase if t.lower() not in _DETS]
    if not words or not any(_CAP_TOKEN.match(t) or re.match(r"[lL]['’][A-ZÀ-Þ]", t) for t in phrase):
        return None
    text = " ".join(phrase)
    return ("name", " ".join(_clean_name(phrase))) if _CAP_TOKEN.match(phrase[0]) and phrase[0].lower() not in _DETS \
        else ("description", text)


# "“…” -Commissioner Daniel Starke": a credit line after the quotation
# ("--Senator Luis Ortega": a double hyphen, the typewriter's dash, fieldquotes78)
_CREDIT = re.compile(r"§\s*(?:--|[-–—])\s*(?P<who>[^\n§]{3,80}?)\s*\.?$")
# "And from Chairwoman Rita Moreno:" introducing the next paragraph's quotation; "Statement from Council President
# Maria Lopez:", "Erklärung von …:", "Declaración de la alcaldesa …:" (a statement noun before the preposition,
# fieldquotes78: the quotation got the next paragraph's speaker). No "reaction" / "response": its tester's "Reaction
# from Berlin:" made the place the speaker, where a statement names its author
_STATEMENT_NOUNS = (r"(?:(?:a|the|eine|die|la|une|el|una)\s+)?(?:(?:joint|full|written|official)\s+)?"
                    r"(?:statement|comment|comments|remarks|message|erklärung|stellungnahme"
                    r"|mitteilung|déclaration|communiqué|declaración|comunicado|dichiarazione"
                    r"|oświadczenie|komentarz|заявление|комментарий)\s+")
_FROM = re.compile(r"^\s*(?:(?:and|also|but|und|et|y|i|и)\s+)?(?:" + _STATEMENT_NOUNS + r"(?:de|di|des|del|du)\s+|"
                   r"(?:" + _STATEMENT_NOUNS + r")?(?:from|von|de la part de|de parte de|od|от)\s+)"
                   r"(?P<who>[^:§]{3,80}):\s*§?\s*$", re.IGNORECASE)


def _layout_attributions(masked: str) -> list[_Attribution]:
    out = []
    for rx, rule in ((_CREDIT, "credit"), (_FROM, "from-x")):
        m = rx.search(masked)
        if not m:
            continue
        toks = _TOKEN_RE.findall(m.group("who"))
        if rule == "from-x":  # a credit line's lower-case words are a verb ("– dodał szef MSZ …"), no role
            toks = toks[_lower_role_length(toks):]
        run = _name_prefix(toks)
        name = _clean_name(run)
        if name and len(run) == len([t for t in toks if t not in ".,"]):
            out.append(_Attribution(m.start("who"), m.end("who"), "name", " ".join(name), rule))
    return out


_LOWER_ROLE_WORDS = 5  # "the defence lawyer", "l'avocat de la défense": a lower-case role of at most five words


def _lower_role_length(toks: Sequence[str]) -> int:
    """How many lower-case words open a credit with the role of the person named after them ("(from)
    defence counsel Stefan Brandl", "(de la part de) l'avocat de la défense Stefan Brandl"): a role noun
    among them (text/data "role_words"; or an English person noun last), and a name of two words at least
    follows; else 0 (the credit must be the name alone)."""
    k = 0
    while k < min(len(toks), _LOWER_ROLE_WORDS + 1) and toks[k][:1].islower():
        k += 1
    if not 0 < k <= _LOWER_ROLE_WORDS:
        return 0
    words = [re.split(r"['’]", t.lower())[-1] for t in toks[:k]]
    if not (any(_role_noun(w) for w in words if w.isalpha()) or _en_person_noun(words[-1])):
        return 0
    return k if len(_name_prefix(list(toks[k:]))) >= 2 else 0


def _threat_subject(subj: tuple[str, str], known: frozenset[str], language: str | None) -> bool:
    """Whether the subject (kind, phrase) of a verb of threatening is a person, who can speak: a pronoun; a
    name opening with a listed given name (text/data/given_names.json), a surname the text gives in full
    (``known``), or a name whose first word the language's lexicon does not know as a word ("Giuliani amenaza
    con …"; not "Susza zagroziła", "Кризис пригрозил", "Hurricane Ian threatened"); a description holding a
    role or person noun ("The mayor", not "The storm", "La sequía")."""
    kind, phrase = subj
    toks = phrase.split()
    if kind == "pronoun":
        return True
    if kind == "name":
        if given_name_gender(toks[0]) is not None or (len(toks) == 1 and toks[0] in known):
            return True
        lg = base(language) if language else None
        return not (lg in LEMMA_LANGUAGES and _known_noun(toks[0].lower(), lg or ""))
    return any(_role_noun(t) or _is_title(t) or (base(language) == "en" and _en_person_noun(t.lower())) for t in toks)


def _known_noun(word: str, language: str) -> bool:
    from ..._cache import is_known

    return len(word) >= 4 and word.isalpha() and is_known(word, language)
