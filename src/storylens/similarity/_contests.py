"""Verdict rules on contests: two matches of one club pair, a preview against another match's report, two
summits of the same leaders."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from ..text import LANGUAGES as TEXT_LANGUAGES
from ..text import (
    base,
    calendar_word,
    competition_names,
    profile,
)
from ._banks import _gap_days
from ._common import _WORD, PLACE_LEAD_CHARS, _fold, _word_matches, _word_strings
from ._events import (
    CITIES_APART_DAYS,
    PEOPLE_APART_MIN_DAYS,
    _date_label,
    _day_gap,
    _event_days,
    _event_sentence,
    _other_days,
    _recalls_event,
    _short,
)
from ._openings import _statement_verbs
from ._places import Gazetteer, _city_countries, _unelided
from ._sides import _Text
from ._teams import (
    _ACRONYM,
    _CLAUSE_BREAK,
    _PARTICLE_LETTERS,
    CONTEST_GAP,
    _acronym_club,
    _contest_pattern,
    _contest_sides,
    _cue_pattern,
    _lead_cut,
    _result_noun_patterns,
    _results,
    _scores_marked,
    _team_contest,
    _team_fixture,
    _team_pairing,
)

# The most words between a name and a reporting verb of the opening for the name to be its speaker ("said Larry Kroon,
# the church's pastor", "Erik Feig, Summit's president of production, said"): a rule, not tuned.
SPEAKER_GAP = 5


def _teams_apart(a: _Text, b: _Text, gazetteer: Gazetteer) -> tuple[str, str, str, str] | None:
    """:func:`_counterparts_apart` for teams and firms, which no opening's actors hold (:attr:`Opening.actors`: people):
    (the subject both openings' first contest names, a's object, b's, how the texts show two occasions) when each
    opening tells a contest or deal (:func:`_team_contest`) of one subject (a word of 4+ letters in common: "Real
    Madrid" / "Madrid") with an object that has a word the other text never writes ("Barcelona" / "Mallorca",
    "Borussia Dortmund" / "Bayer Leverkusen", "Olympique de Marseille" / "Olympique lyonnais"), and the texts show two
    occasions without reading the contests' objects (:func:`_two_occasions_shown`: results none alike, places, other
    days; never on one day). One club's two matches against two others days apart (break57 F9: "Real Madrid beat
    Barcelona 3-2 on Sunday" / "Real Madrid beat Mallorca 2-1" four days later, "same story 0.82"); one match's
    reports are told the same day and share its result, whoever each names as scorer or keeper."""
    ca = _team_contest(a)
    cb = _team_contest(b) if ca is not None else None
    if ca is None or cb is None:
        return None
    named_a, named_b = _own_side_named(ca, cb, a), _own_side_named(cb, ca, b)
    if named_a is None or named_b is None or not (named_a[0] or named_b[0]):
        return None
    ca, cb = named_a, named_b
    # an elided article is no part of the name a text writes ("l'Olympique" is "Olympique")
    words_a = {_fold(_unelided(w)) for w in _word_strings(a.text)}
    words_b = {_fold(_unelided(w)) for w in _word_strings(b.text)}
    if (results := _other_clubs_results(a, b, ca, cb, gazetteer)) is not None:
        return "", _contest_label(ca), _contest_label(cb), results
    if not ({_fold(w) for w in (*ca[0], *ca[1])} & words_b or {_fold(w) for w in (*cb[0], *cb[1])} & words_a):
        # two contests, no side of either written in the other text: two matches, however alike the template
        # (a club named by its city is no place to hold them apart by: "Milan beat Juventus 2-1" / "Derby beat
        # Leeds 3-1" were "different places: Milan vs Leeds, Derby", break58)
        shown = _two_occasions_shown(a, b, "", [" ".join(ca[1])], [" ".join(cb[1])], gazetteer, contests=False)
        if shown is None:
            return None
        return "", _contest_label(ca), _contest_label(cb), shown
    # the team both contests name may be the winner in one and the loser in the other ("Barcelona beat Betis 2-0" in
    # March / "Real Madrid beat Barcelona 3-2" in May, break58 F1): its counterpart is the contest's other party
    for (sa, oa), (sb, ob) in ((ca, cb), (ca, cb[::-1]), (ca[::-1], cb), (ca[::-1], cb[::-1])):
        if not {_fold(w) for w in sa} & {_fold(w) for w in sb}:
            continue
        # a word of one's counterpart that the other text writes only inside the name of the club both name is not
        # written there ("AC Milan" / "Inter Milan beat Napoli", break59d F3)
        # (a city's name in another language counts only where it is a side: break60c N3)
        written_b = _words_beside(b.text, sb, oa, _side_words_of(b, cb))
        written_a = _words_beside(a.text, sa, ob, _side_words_of(a, ca))
        inflected = any(t.lang and (base(t.lang) or t.lang) == "pl" for t in (a, b))
        own_a = [w for w in oa if not _written(w, written_b, inflected)]
        own_b = [w for w in ob if not _written(w, written_a, inflected)]
        if not (own_a and own_b):
            continue
        shown = _two_occasions_shown(a, b, " ".join(sa), [" ".join(oa)], [" ".join(ob)], gazetteer, contests=False)
        if shown is None:
            return None
        return " ".join(sa), " ".join(oa), " ".join(ob), shown
    return None


def _own_side_named(contest: tuple[list[str], list[str]], other: tuple[list[str], list[str]],
                    t: _Text) -> tuple[list[str], list[str]] | None:
    """``contest`` (:func:`_team_contest` of ``t``) with its subject named: a result told as a noun phrase names no
    side of its own ("nach dem 3:0 gegen den FSV Mainz 05"), and the text's side is then the one side of the
    ``other`` contest that ``t`` writes (a word of 4+ letters, a compound's part too: "Bayern-Trainer Vincent
    Kompany"), its own opponent apart; when it writes none, the subject a verb's cue of the opening reads for the
    same opponent (as before such phrases were read), else none (two contests, whoever won this one); None when it
    writes both (a text naming both clubs of the other's match). break59d F9: "Bayern-Trainer Vincent Kompany hat Harry Kane nach dem 3:0 gegen den
    FSV Mainz 05 am Samstag gelobt" and "Bayern Munich beat Celtic 3-0 ... on Wednesday" were one story."""
    if contest[0]:
        return contest
    written = {_fold(_unelided(part)) for w in _word_strings(t.text) for part in w.split("-")}
    opponent = _club_keys(contest[1])
    sides = [side for side in other if (keys := _club_keys(side)) & written and not keys & opponent]
    if not sides:
        # no side of the other's match written: the side a verb's cue reads ("Bayern Munich clinched the title with a
        # 2-0 win over Bayer Leverkusen"), as without the phrase, or none (two contests, whoever won this one)
        verb = _team_pairing(t, _contest_pattern(t.lang))
        return (verb[0], contest[1]) if verb and verb[0] and _club_keys(verb[1]) & opponent else contest
    return (sides[0], contest[1]) if len(sides) == 1 and other[0] else None


def _contest_label(contest: tuple[list[str], list[str]]) -> str:
    """A contest as the reasons write it: "Real Madrid – Barcelona", "… – Barcelona" when it names no side of its
    own (a result told as a noun phrase: "the 2-1 win over Barcelona")."""
    return f"{' '.join(contest[0]) or '…'} – {' '.join(contest[1])}"


def _written(word: str, written: AbstractSet[str], inflected: bool = False) -> bool:
    """Whether a side's ``word`` is among a text's ``written`` words (:func:`_words_beside`), as written or as the
    city it names in any language ("Mayence", "Maguncia", "Magonza": Mainz); with ``inflected`` (a Polish text of
    the pair), in another case too (:func:`_case_stem`: "Lechem" / "Lech", "Legią" / "Legia", "Barceloną" /
    "Barcelona"; break60c2 P1). The word is matched with its elided article as the rule read it before ("L'Inter" is
    not the "Inter" of another text's league table)."""
    city = _city_name(word)
    if _fold(word) in written or (city is not None and f"@{city}" in written):
        return True
    if not inflected or (stem := _case_stem(_fold(word))) is None:
        return False
    return any(_case_stem(w) == stem for w in written if w[:1] == stem[:1])


# Polish case endings of a club's name, folded (no diacritics: "ą" is "a"), longest first: instrumental "-em",
# "-iem", "-ami", dative "-owi", "-om", genitive/accusative/locative "-a", "-e", "-u", "-y", "-i". A rule of the
# language, not tuned.
_PL_CASE_ENDINGS = ("iem", "ami", "owi", "em", "om", "a", "e", "u", "y", "i")


def _case_stem(word: str) -> str | None:
    """A folded word's stem with one Polish case ending cut off (:data:`_PL_CASE_ENDINGS`), the stem of 3+ letters
    (4+ letters of the word); None for a shorter word."""
    if len(word) < 4:
        return None
    for ending in _PL_CASE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _city_name(word: str) -> str | None:
    """The large city a word names in any language (GeoNames' names: the entity linker's index), or None."""
    from ..analysis.entities import exact_key, place_names

    return place_names()[0].get(exact_key(_unelided(word)))


def _side_words_of(t: _Text, contest: tuple[list[str], list[str]]) -> frozenset[str]:
    """The folded words (an elided article cut off) of both sides of ``contest`` (``t``'s opening's) and of every
    contest ``t`` tells with a result (:func:`_contest_sides`)."""
    return frozenset(_fold(_unelided(w)) for w in (*contest[0], *contest[1], *_contest_sides(t.text, t.lang)))


def _words_beside(text: str, club: Sequence[str], other: Sequence[str], sides: AbstractSet[str] = frozenset()
                  ) -> frozenset[str]:
    """The folded words of ``text`` (an elided article cut off) but those of its names (runs of capitalised words,
    short particles between: "Atlético de Madrid") that hold a word of ``club`` ``other`` lacks ("Inter Milan" beside
    "AC Milan" or "Milan"): where ``text`` writes ``other``'s words only inside ``club``'s name, it does not write
    ``other`` (break59d F3: "Inter Milan beat AC Milan 2-1" on Sunday and "Inter Milan beat Napoli 2-1" on Wednesday
    were one story, the derby's "Milan" read as written in "Inter Milan"). A club with no word of 4+ letters of its
    own ("Milan" beside "AC Milan") is no other name: every word counts then. Beside the words, "@" and the large
    city each word of a contest's side (``sides``, folded) names in any language ("@Mainz" for "Mayence" in "a battu
    Mayence 3-0": :func:`_city_name`), not a city the text names as a place: a venue, a dateline, a trip ("in Rome",
    "à Séville", "avant de se rendre à Mayence" are no Roma, Sevilla or Mainz: break60c N3), and the words of the
    club each acronym stands for (:func:`_acronym_club`: "BVB" writes "borussia", "dortmund")."""
    words = _word_matches(text)
    folded = [_fold(_unelided(w.group(0))) for w in words]
    own = {_fold(_unelided(w)) for w in club if len(_unelided(w)) > _PARTICLE_LETTERS} - _club_keys(other)
    out: set[str] = set()
    for run in _name_runs(text, words):
        names = {folded[k] for k in run}
        if len(run) < 2 or not own or not names & own:
            out |= names
            out |= {f"@{city}" for k in run if folded[k] in sides
                    and (city := _city_name(words[k].group(0))) is not None}
            # an acronym is the club it stands for ("den BVB": Borussia Dortmund, :func:`_acronym_club`)
            out |= {_fold(w) for k in run if _ACRONYM.fullmatch(words[k].group(0))
                    for w in _acronym_club([words[k].group(0)], text)}
    return frozenset(out)


def _name_runs(text: str, words: Sequence[re.Match[str]]) -> list[list[int]]:
    """The indices of ``words`` (matches in ``text``) in runs: a name's capitalised words with a space or a hyphen
    between, a lowercase particle of _PARTICLE_LETTERS or fewer letters between two of them ("Atlético de Madrid");
    every other word a run of its own."""
    runs: list[list[int]] = []
    for k, w in enumerate(words):
        prev = runs[-1] if runs else None
        joined = prev is not None and text[words[k - 1].end():w.start()] in (" ", "-") \
            and _unelided(words[prev[0]].group(0))[:1].isupper()
        particle = len(w.group(0)) <= _PARTICLE_LETTERS and k + 1 < len(words) \
            and text[w.end():words[k + 1].start()] == " " and words[k + 1].group(0)[:1].isupper()
        if prev is not None and joined and (_unelided(w.group(0))[:1].isupper() or particle):
            prev.append(k)
        else:
            runs.append([k])
    return runs


def _other_clubs_results(a: _Text, b: _Text, ca: tuple[list[str], list[str]], cb: tuple[list[str], list[str]],
                         gazetteer: Gazetteer) -> str | None:
    """How two openings' contests (``ca``, ``cb``: :func:`_team_contest`) show two matches on any day, even one: each
    opening writes a result, none alike either way round ("3-0" / "2-0"; "3-2" is "2-3"), and no club of either
    contest is a side of the other's (:func:`_club_written`: "Real Madrid" is not written where only "Atlético
    Madrid" and the dateline "MADRID" are). break56b F4: "Real Madrid beat Getafe 3-0" and "Atlético Madrid beat
    Sevilla 2-0", one league's matches of one Saturday, were "same story 0.65" on "same names: La Liga" and the
    league table's "Barcelona"; the same-day guard of :func:`_two_occasions_shown` (one event's stages and sites)
    let them pass, and the city word both clubs' names hold made "Madrid" the side in common. A club the other text
    names outside its contest is the table's, not a side of its match (break57 F2: "... to go a point clear of
    Atletico Madrid" / "... a point behind leaders Real Madrid", the two title rivals naming each other, were "same
    story 0.75-0.85"). One match's reports share its result, and name its clubs however they spell them. None
    otherwise."""
    ra, rb = _opening_results(a), _opening_results(b)
    if not (ra and rb) or {_unordered(r) for r in ra} & {_unordered(r) for r in rb}:
        return None
    sides_a, sides_b = (_with_place_ids(frozenset(_fold(_unelided(w)) for w in (*c[0], *c[1])), gazetteer)
                        for c in (ca, cb))
    if any(_club_written(club, sides_b, gazetteer) for club in ca) or \
            any(_club_written(club, sides_a, gazetteer) for club in cb):
        return None
    return f"results {_short(sorted(ra), 3)} vs {_short(sorted(rb), 3)}"


def _unordered(result: str) -> str:
    """A result read either way round ("3-2" and "2-3" are one: a win told as a loss)."""
    return "-".join(sorted(result.split("-")))


def _club_written(club: Sequence[str], written: AbstractSet[str], gazetteer: Gazetteer) -> bool:
    """Whether a text whose words are ``written`` (:func:`_with_place_ids`) writes every word of a club's name
    (:func:`_club_keys`), a word that names a place read by its gazetteer id ("Bayern Munich" is written where "FC
    Bayern München" is; "Real Madrid" is not where "Atlético Madrid" is); a name of no such word is written."""
    keys = _club_keys(club)
    return not keys or all((gazetteer.names.get(k) or k) in written for k in keys)


def _with_place_ids(words: AbstractSet[str], gazetteer: Gazetteer) -> frozenset[str]:
    """A text's folded ``words``, with the gazetteer id of each word that names a place."""
    return frozenset(words | {p for w in words if (p := gazetteer.names.get(w)) is not None})


# How many words of its own each summit's event sentence must write (:func:`_summits_apart`: a content word none of
# whose forms the other text writes, "Sanktionen" / "Kredit", "defensa" / "migratoria"): a rule, not tuned; one is
# any two wordings' (another verb for "agreed").
SUMMIT_OWN_WORDS = 2


def _summits_apart(a: _Text, b: _Text, gazetteer: Gazetteer) -> str | None:
    """Why two texts tell two summits of the same leaders, or None: each event sentence (:func:`_event_sentence`: the
    title and the first sentence) names a summit (text data ``summit_cues``: "summit", "G7-Gipfel", "cumbre", "sommet",
    the European Council), the openings date their events (:attr:`OpeningEvent.event_days`) on days none in common,
    CITIES_APART_DAYS or more apart (by the publication dates when both are known, a weekday read against each),
    neither text names the other's event by its day or by what came of it (:func:`_recalls_event`: a follow-up of
    the summit is its story), and each event sentence writes SUMMIT_OWN_WORDS words of its own, none of whose forms
    the other text writes (what each summit agreed: "Sanktionen gegen Russland" / "Kredit über 50 Milliarden
    Dollar"). games55: the G7 summits of Hiroshima 2023 and Apulia 2024 and two EU summits in Brussels in March and
    June were "same story 0.54-0.67" in de and es: one city, one group, one chancellor; the cities rule reads only
    two cities (Apulien is a region, Brussels both)."""
    from ..prepare._topic import _found, headline_keys

    pattern_a, pattern_b = _cue_pattern(a.lang, "summit_cues"), _cue_pattern(b.lang, "summit_cues")
    sentence_a, sentence_b = _event_sentence(a), _event_sentence(b)
    if pattern_a is None or pattern_b is None or not (pattern_a.search(sentence_a) and pattern_b.search(sentence_b)):
        return None
    da, db = a.opening.event.event_days, b.opening.event.event_days
    if not (da and db) or da & db:
        return None
    gap = _gap_days(a.published, b.published)
    days = gap if gap is not None else min(abs(_day_gap(x, y)) for x in da for y in db)
    if days < CITIES_APART_DAYS or _recalls_event(a, b, gazetteer) is not None:
        return None

    def own(sentence: str, other: _Text) -> list[str]:
        # the content words (as :func:`headline_keys` reads them: no stop word, no short one) none of whose forms
        # the other text writes (:func:`_found`: a word beginning with the same four or five letters), no weekday
        return [w for w in dict.fromkeys(_WORD.findall(sentence))
                if not calendar_word(w) and (keys := headline_keys(w)) and not _found(keys, other.text)]

    own_a, own_b = own(sentence_a, b), own(sentence_b, a)
    if len(own_a) < SUMMIT_OWN_WORDS or len(own_b) < SUMMIT_OWN_WORDS:
        return None
    when = f"published {int(gap)} days apart" if gap is not None else \
        f"{', '.join(sorted(map(_date_label, da)))} vs {', '.join(sorted(map(_date_label, db)))}"
    return (f"two summits in the openings, {when}, each with words of its own ({_short(own_a, 3)} vs "
            f"{_short(own_b, 3)}), neither naming the other's day or outcome")

# Publication dates at least this many days apart are two matches of one club pair (:func:`_rematch_apart`, beside
# another kind of evidence): one match's reports come out the day after it at the latest, and a series' games are two
# days apart at the closest (a play-off's game 1 and game 2). A rule, not tuned: the SemEval rows carry no dates.
REMATCH_DAYS = 2

# Kinds of evidence two openings of one club pair must show to be two matches (:func:`_rematch_apart`: results,
# competitions, days, places): one alone is one match told twice (a report a day later, a shoot-out's 4-3 beside the
# 1-1 draw, another outlet's word for the venue). A rule, not tuned.
REMATCH_KINDS = 2

# A preview names its match by its weekday, in the coming week: a report published more than this many days after it
# is of a later match of the same two clubs (:func:`_fixture_apart`). A rule, not tuned.
PREVIEW_AHEAD_DAYS = 7


def _matches_apart(a: _Text, b: _Text) -> str | None:
    """Why two texts tell two matches of one club pair (:func:`_rematch_apart`) or a match to come and another match
    played (:func:`_fixture_apart`), as the verdict's reason writes it; else None."""
    return _rematch_apart(a, b) or _fixture_apart(a, b)


def _club_keys(words: Sequence[str]) -> frozenset[str]:
    """The folded words of 4+ letters of a club's name as :func:`_team_pairing` reads it ("Olympique Marseille")."""
    return frozenset(_fold(_unelided(w)) for w in words if len(_unelided(w)) > _PARTICLE_LETTERS)


def _club_label(words: Sequence[str]) -> str:
    """A club's name as the reasons write it, without an elided article ("L'Inter" -> "Inter")."""
    return " ".join(_unelided(w) for w in words)


def _same_pairing(x: tuple[list[str], list[str]], y: tuple[list[str], list[str]]) -> str | None:
    """"A v B" when two pairings (:func:`_team_pairing`) name the same two clubs, either way round ("Real Madrid beat
    Barcelona" / "Barcelona lost to Real Madrid"): a word of each club's name in common; else None."""
    (sx, ox), (sy, oy) = (_club_keys(x[0]), _club_keys(x[1])), (_club_keys(y[0]), _club_keys(y[1]))
    if (sx & sy and ox & oy) or (sx & oy and ox & sy):
        return f"{_club_label(x[0])} v {_club_label(x[1])}"
    return None


def _competitions(t: _Text) -> frozenset[str]:
    """The keys of the football competitions ``t``'s opening (:func:`_lead_cut`) names (text data competitions.json:
    "Bundesliga", "DFB-Pokal", "Copa del Rey", "Coupe de France"), as written, the longest name first ("Club World Cup"
    is not the "World Cup")."""
    names = competition_names()
    if not names:
        return frozenset()
    opening = _lead_cut(t.text.strip())
    found: set[str] = set()
    for name in sorted(names, key=len, reverse=True):
        pattern = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if re.search(pattern, opening):
            found.add(names[name])
            opening = re.sub(pattern, " ", opening)
    return frozenset(found)


def _rematch_apart(a: _Text, b: _Text) -> str | None:
    """Why two texts whose openings tell a contest of the same two clubs (:func:`_team_contest`, either way round:
    :func:`_same_pairing`) tell two matches, or None: never on one day (a day of the month in common or one publication
    date; without days of the month, one weekday, as :func:`_two_occasions_shown`), and at least REMATCH_KINDS of:
    results in both openings, none alike either way round ("3-2" is "2-3": one match told as a win and as a loss);
    competitions in both openings, none in common (:func:`_competitions`: the Bundesliga vs the DFB-Pokal); dates
    apart (published REMATCH_DAYS or more apart, or the openings dating their events on other days:
    :func:`_other_days`); places of the event in both openings, none named in the other text. A result alike in both
    openings is one match's unless the competitions differ too. One club pair's league
    match in March and play-off tie in October (games55: Inter Miami v Columbus Crew, 2-1 in Fort Lauderdale / 1-1
    and 4-3 on penalties in Columbus, "same story 0.91"), or its league match and cup tie ("same story 0.83"), were
    one story to the model: the clubs, the coach and the scorer are every such match's. One match's reports share its
    day, and its result or its competition and place."""
    ca = _team_contest(a)
    cb = _team_contest(b) if ca is not None else None
    if ca is None or cb is None:
        return None
    pairing = _same_pairing(ca, cb)
    if pairing is None:
        return None
    da, db = a.opening.event.event_days, b.opening.event.event_days
    if bool(da & db) or bool(a.published and a.published == b.published) \
            or (not (da and db) and bool(a.opening.weekdays & b.opening.weekdays)):
        return None
    shown = []
    ra, rb = ({"-".join(sorted(r.split("-"))) for r in _opening_results(t)} for t in (a, b))
    if ra and rb and not ra & rb:
        shown.append(f"results {_short(sorted(_opening_results(a)), 3)} vs {_short(sorted(_opening_results(b)), 3)}")
    ka, kb = _competitions(a), _competitions(b)
    competitions = bool(ka and kb and not ka & kb)
    if ra & rb and not competitions:
        # one result in both is one match's, told again days later from elsewhere (a sanction, a column), unless the
        # openings name two competitions: a league match and a cup tie that ended alike
        return None
    if competitions:
        shown.append(f"competitions {', '.join(sorted(ka))} vs {', '.join(sorted(kb))}")
    gap = _gap_days(a.published, b.published)
    when = f"published {int(gap)} days apart" if gap is not None and gap >= REMATCH_DAYS \
        else _other_days(a.opening, b.opening)
    if when is not None:
        shown.append(f"days {when}" if not when.startswith("published") else when)
    pa, pb = _event_places(a), _event_places(b)
    if pa and pb and not pa & _all_places(b) and not pb & _all_places(a):
        shown.append("places apart")
    if len(shown) < REMATCH_KINDS:
        return None
    return f"two matches of {pairing} in the openings ({'; '.join(shown)})"


def _fixture_apart(a: _Text, b: _Text) -> str | None:
    """Why a preview (an opening telling a match to come, :func:`_team_fixture`, with no result and no contest done)
    and a report (an opening telling a contest done, :func:`_team_contest`, with its result) are of two matches, or
    None. Either the clubs differ: a club both name, the preview's other club no word of the report's pairing and the
    report's other club no word of the preview's ("Inter Miami face Columbus Crew on Saturday" / "Inter Miami beat
    Toronto FC 2-1"; a report that names the next opponent further down is still of its own match); or the same two
    clubs and the dates say two matches: the preview published a day or more after the report (the report's match was
    played before the preview was written: a second leg's preview and the first leg's report) or the report published
    more than PREVIEW_AHEAD_DAYS after the preview. A preview and the report of its own match are one story, as a
    match is one event (SemEval 2022 task 8 rates whether two articles tell the same story: same event, same
    people, same place, same time): they name the same two clubs within the week (games55: previews of the next
    match were "same story 0.61-0.83" with the report of the last one, en/de/es/fr)."""
    for p, r in ((a, b), (b, a)):
        if _opening_results(p) or _team_contest(p) is not None or not _opening_results(r):
            continue
        fixture, contest = _team_fixture(p), _team_contest(r)
        if fixture is None or contest is None:
            continue
        said = f"a preview of {_club_label(fixture[0])} v {_club_label(fixture[1])}"
        if _same_pairing(fixture, contest) is not None:
            gap = _gap_days(p.published, r.published)
            if gap is None or not gap:
                continue
            later = (p.published or "") > (r.published or "")
            if later or gap > PREVIEW_AHEAD_DAYS:
                how = "after" if later else "before"
                return (f"{said} published {int(gap)} days {how} the report of their match "
                        f"({_short(sorted(_opening_results(r)), 3)}): two matches")
            continue
        fs, fo = _club_keys(fixture[0]), _club_keys(fixture[1])
        cs, co = _club_keys(contest[0]), _club_keys(contest[1])
        for (own, mine), (their, theirs) in (((fs, fo), (cs, co)), ((fs, fo), (co, cs)),
                                            ((fo, fs), (cs, co)), ((fo, fs), (co, cs))):
            if own & their and mine and theirs and not mine & (cs | co) and not theirs & (fs | fo):
                return (f"{said} and the report of {_club_label(contest[0])} v {_club_label(contest[1])} "
                        f"({_short(sorted(_opening_results(r)), 3)}) in the openings: two matches")
    return None


def _two_occasions_shown(a: _Text, b: _Text, actor: str, own_a: Sequence[str], own_b: Sequence[str],
                         gazetteer: Gazetteer, contests: bool = True) -> str | None:
    """How two texts whose openings name one ``actor`` with two others (``own_a``, ``own_b``:
    :func:`_counterparts_apart`) show two occasions, or None. Never when the openings tell one result
    (:func:`_opening_results`, either way round: "beat Columbus Crew 3-2" in both, "2-0" / "0-2"), nor when they date their events on one day (a day of
    the month in common, :func:`_event_days`, or one publication date; without days of the month, one weekday) and
    name a place in common (:func:`_event_places`). Else the first of: each opening tells a completed contest or deal
    of the actor with its own counterpart as the object (:func:`_contest_objects`: "stopped Tony Thompson" /
    "blasted a sluggish Hasim Rahman", "signed X" / "signed Y"); and, unless they date one day (one day's other
    results and places are one event's stages and sites: "trailed 14-0" / "31-24", the count in another town), each
    tells results, none alike ("52-3, 46 KOs" / "58-3"); each names places the other text never names ("Mannheim,
    Germany" / "Bern, Switzerland"); they date their events on other days (:func:`_other_days`). One event's reports
    told the same day with other second people share its result or its place, or tell no contest with them (break56
    F1: "Trump signed the stopgap bill on Friday evening with House Speaker Mike Johnson" / "... after Chuck Schumer
    dropped his opposition", "2:0 gegen Borussia Mönchengladbach, Harry Kane traf zum 1:0" / "Michael Olise erzielte
    das zweite Tor"). ``contests`` False: the contests' objects are no evidence (a team's objects are read from the
    opening's words, not from its actors: :func:`_teams_apart`)."""
    ra, rb = _opening_results(a), _opening_results(b)
    da, db = _event_days(a, b, gazetteer), _event_days(b, a, gazetteer)
    # a result read either way round is one (:func:`_unordered`): a loss told in the loser's order is the winner's
    # result ("Widzew przegrał z Lechem 0:2" / "Lech pokonał Widzew 2:0" were two occasions, break60c2 P1)
    alike = sorted(r for r in ra if _unordered(r) in {_unordered(x) for x in rb})
    if alike:
        # One result in both openings is one match's, but for the teams rule's two contests dated days apart (break57b
        # G5: "Bayern Munich beat Mainz 05 3-0 on Saturday" / "Bayern Munich beat Celtic 3-0 ... on Wednesday", "same
        # story 0.69-0.87"): a club's two wins by one scoreline in a week are common, and one match's reports date
        # it on one day. The people rule (``contests``) keeps the tie (one bout's reports name other second people).
        when = None if contests else _dated_apart(a, b, da, db)
        return None if when is None else f"days {when}, one result ({_short(alike, 2)}) against two sides"
    pa, pb = _event_places(a), _event_places(b)
    # one day: a day of the month in common or one publication date; or, one opening dating no day of the month,
    # one weekday ("on Saturday": perhaps two weeks', read as one)
    one_day = bool(da & db) or bool(a.published and a.published == b.published) \
        or (not (da and db) and bool(a.opening.weekdays & b.opening.weekdays))
    if one_day and pa & pb:
        return None
    won_a, won_b = (_contest_objects(a, actor, own_a), _contest_objects(b, actor, own_b)) if contests else ([], [])
    if won_a and won_b:
        return f"{_short(won_a, 2)} vs {_short(won_b, 2)} as the object of a contest or deal"
    if one_day:
        # one day's (or one weekday's) other results or places are one event's stages or sites ("trailed 14-0" /
        # "beat the Jaguars 31-24" on Thursday night, the count in another town): only a contest with two others
        # tells two occasions then
        return None
    if ra and rb:
        return f"results {_short(sorted(ra), 3)} vs {_short(sorted(rb), 3)}"
    only_a, only_b = _apart_places(pa - _all_places(b), pa, pb - _all_places(a), pb)
    if only_a and only_b and not pa & pb:
        return (f"places {_short(sorted(gazetteer.labels.get(p, p) for p in only_a), 3)} vs "
                f"{_short(sorted(gazetteer.labels.get(p, p) for p in only_b), 3)}")
    when = _other_days(a.opening, b.opening, da, db)
    if when is not None:
        return f"days {when}"
    return None


def _dated_apart(a: _Text, b: _Text, da: frozenset[str], db: frozenset[str]) -> str | None:
    """How two openings date their matches apart ("21 November vs 25 November"), or None: each dates its result on a
    day of its own clause (:func:`_contest_days`), none in common and PEOPLE_APART_MIN_DAYS or more apart, or one
    of them on a day PEOPLE_APART_MIN_DAYS or more after the other text was published (its ``published`` ISO date),
    when that text's result clause dates no day and its opening none near that day: a text reports an event that
    has happened by its publication, so an event days after it is another ("hat den FSV Mainz 05 mit 3:0 besiegt",
    published 21 November, and "beat Celtic 3-0 ... on Wednesday", 25 November; break59d F11: also when the opening
    dates the match outside the result's clause, "Bayern Munich beat Mainz 05 3-0 to stay top of the Bundesliga.
    Harry Kane scored twice in Saturday's game", then dated neither way). ``da``, ``db``: the openings' event days (:func:`_event_days`). A day of the opening
    outside the result's clause, or one a verb of saying or reporting dates, is no match's day (break59b M3: "Ruben
    Amorim said on Tuesday that the 3-0 win over Spurs ...", "Harry Kane, who scored twice as Bayern Munich beat
    Borussia Dortmund 3-0, was named ... player of the round on Monday" were each dated on the day of the word or
    the award, days after the match's report, and held apart from it). Weekdays a text's date does not resolve date
    no match here."""
    ca, cb = _contest_days(a), _contest_days(b)
    if ca and cb:
        if ca & cb or min(abs(_day_gap(x, y)) for x in ca for y in cb) < PEOPLE_APART_MIN_DAYS:
            return None
        return f"{', '.join(sorted(map(_date_label, ca)))} vs {', '.join(sorted(map(_date_label, cb)))}"
    for days, other, own in ((ca, b, db), (cb, a, da)):
        # the other text's result clause dates no day (``days`` are this match's): dated by its publication, unless a
        # day of its opening outside that clause is near this match's (it may date this very match: no evidence then)
        if days and not any(abs(_day_gap(d, o)) < PEOPLE_APART_MIN_DAYS for d in days for o in own) \
                and other.published and len(other.published) >= 10:
            issued = other.published[5:10]
            if min(_day_gap(d, issued) for d in days) >= PEOPLE_APART_MIN_DAYS:
                return (f"{', '.join(sorted(map(_date_label, days)))}, after the other text's publication "
                        f"on {_date_label(issued)}")
    return None


# The most words of a clause before a result's own ("On Wednesday, Bayern beat Celtic 3-0", "MUNICH (Reuters) -
# Bayern ...") read with it: a fronted day and its preposition, or a dateline's agency. A rule, not tuned.
FRONTED_CLAUSE_WORDS = 3


def _contest_days(t: _Text) -> frozenset[str]:
    """The 'month-day' days ``t``'s opening (:func:`_lead_cut`) dates a result (:func:`_opening_results`) on: a day
    (resolved against its publication date) written in the result's own clause, from the clause break (``_CLAUSE_BREAK``,
    a result's colon or dash no break) or the word that opens a reported clause (text data "complementizers":
    "that", "dass") before it to the break after it, a clause of FRONTED_CLAUSE_WORDS words or fewer right before it
    included ("On Wednesday, ..."), and no day of a statement (:func:`_statement_day`, ``date_role`` "report":
    "said on Tuesday", "teilte am Montag mit"). Empty when the date reader fails."""
    from ..analysis.quantities import date_role
    from ._openings import _opening_dates, _statement_day

    opening = _lead_cut(t.text.strip())
    clauses = _result_clauses(opening, t.lang)
    if not clauses:
        return frozenset()
    try:
        found = _opening_dates(opening, published=t.published, lang=t.lang)
    except Exception:  # noqa: BLE001 - evidence for a reason line; never worth failing a pair
        return frozenset()
    days = set()
    for d in found:
        if d.precision != "day" or d.until is not None or not d.date or len(d.date) != 10:
            continue
        if not any(start <= d.start and d.end <= end for start, end in clauses):
            continue
        if date_role(opening, d, t.lang) != "event" or _statement_day(opening, d.start, d.end, t.lang):
            continue
        days.add(d.date[5:])
    return frozenset(days)


def _result_clauses(opening: str, lang: str | None) -> list[tuple[int, int]]:
    """(start, end) offsets in ``opening`` of the clause of each result it writes (:func:`_contest_days`)."""
    # a result's colon or dash is no clause break ("mit 3:0 besiegt", "3–0"), nor a clock time's ("um 20:30 Uhr"),
    # which is no result either (:func:`_results`, read on the opening as written): offsets kept
    text = _scores_marked(opening)
    code = (base(lang) or lang) if lang else None
    reported = profile(code).complementizers if code in TEXT_LANGUAGES else frozenset()
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text)]
    # a result told as a noun phrase ("hat Kane am Dienstag für seine Tore beim 3:0 gegen Mainz gelobt"): its clause
    # opens with the phrase, a day before it the verb's (the praise's), not the match's
    nouns = [n.span() for pattern in _result_noun_patterns(lang) for n in pattern.finditer(text)]
    spans = []
    for m in _results(opening):
        start = max((k for k in breaks if k <= m.start()), default=0)
        end = min((k - 1 for k in breaks if k - 1 >= m.end()), default=len(text))
        phrase = next((n for n, n_end in nouns if n <= m.start() < n_end), None)
        if phrase is not None:
            spans.append((max(start, phrase), end))
            continue
        said = [w.end() for w in _WORD.finditer(text, start, m.start()) if w.group(0).casefold() in reported]
        if said:
            start = said[-1]  # "said on Tuesday that the 3-0 win ...": the reported clause
        elif start:
            before = max((k for k in breaks if k < start), default=0)
            if len(_WORD.findall(text[before:start])) <= FRONTED_CLAUSE_WORDS:
                start = before
        spans.append((start, end))
    return spans


def _opening_results(t: _Text) -> frozenset[str]:
    """The results ``t``'s opening (:func:`_lead_cut`) writes (``_RESULT``), as "3-2" (colon and dash alike: "2:0" is
    "2-0"); a colon between a figure below 24 and two digits is a clock time ("5:55", "14:30"), no result."""
    found = set()
    for m in _results(_lead_cut(t.text.strip())):
        found.add("-".join(g for g in (m.group(1), m.group(3), m.group(4)) if g))
    return frozenset(found)


def _event_places(t: _Text) -> frozenset[str]:
    """The places (gazetteer ids: cities and countries) ``t``'s opening names as where its event is: its dateline's,
    those read only inside a name, in lower case or with doubt, and where someone was taken left out."""
    off = t.dateline_places | t.name_places | t.lower_places | t.doubtful_places | t.destination_places
    return frozenset((t.opening.places | t.opening.spelled) - off)


def _all_places(t: _Text) -> frozenset[str]:
    """Every place ``t`` names anywhere, however read (a place the other opening names is no other place if ``t``
    writes it at all)."""
    return t.places | t.spelled_places | t.dateline_places | t.inflected_places | t.opening.places


def _contest_objects(t: _Text, actor: str, people: Sequence[str]) -> list[str]:
    """The ``people`` that ``t``'s opening (:func:`_lead_cut`) writes as the object of a completed contest or deal of
    ``actor`` (text data ``contest_cues``: "beat", "stopped", "defeated", "victory over", "vs", "signed"; "besiegte",
    "venció a"): a word of the person's name is one of the CONTEST_GAP + 1 words after the cue, with no clause break
    between, and the actor's surname stands before the cue in its sentence or among those words ("am Samstag
    besiegte Klitschko Tony Thompson"); a cue word of another sentence is no act of the actor ("Beat writer Larry
    Holder says Bush could sit out")."""
    pattern = _contest_pattern(t.lang)
    if pattern is None:
        return []
    opening = _lead_cut(t.text.strip())
    surname = _fold(actor.split()[-1])
    heads = []
    for m in pattern.finditer(opening):
        before = re.split(r"[.!?\n。！？]", opening[: m.start()])[-1]
        after = _WORD.findall(_CLAUSE_BREAK.split(opening[m.end(): m.end() + 120], maxsplit=1)[0])[: CONTEST_GAP + 1]
        if any(_fold(w) == surname for w in (*_WORD.findall(before), *after)):
            heads.append({_fold(w) for w in after})
    return [p for p in people if any(_fold(w) in words for w in p.split() for words in heads)]


def _opening_speaker(person: str, t: _Text) -> bool:
    """Whether ``person``'s surname stands within SPEAKER_GAP words of a reporting or source verb of the text's
    language (:func:`_statement_verbs`) in its opening (PLACE_LEAD_CHARS): the opening's source, not its actor."""
    code = (base(t.lang) or t.lang) if t.lang else None
    verbs = _statement_verbs(code) if code in TEXT_LANGUAGES else ()
    if not verbs:
        return False
    words = [w.casefold() for w in _WORD.findall(t.text.strip()[:PLACE_LEAD_CHARS])]
    surname = _fold(person.split()[-1])
    at = [k for k, w in enumerate(words) if _fold(w) == surname]
    if not at:
        return False
    said = [k for k in range(len(words)) for v in verbs if tuple(words[k:k + len(v)]) == v]
    return any(abs(k - v) <= SPEAKER_GAP for k in at for v in said)


def _apart_places(only_a: AbstractSet[str], all_a: AbstractSet[str], only_b: AbstractSet[str],
                  all_b: AbstractSet[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The places each side names apart from the other, without a city that lies in a country the
    other side names and a country in which a city of the other side lies: Prague and Czechia are
    no different places. (Arguments: each side's places apart and all its places; ids are ISO
    codes for countries, "c<geonameid>" for cities.)"""
    country = _city_countries()

    def inside(place: str, other: AbstractSet[str]) -> bool:
        if place in country:  # a city, inside a country the other side names
            return country[place] in other
        return any(country.get(p) == place for p in other)  # a country, around a city of the other side

    return (frozenset(p for p in only_a if not inside(p, all_b)),
            frozenset(p for p in only_b if not inside(p, all_a)))
