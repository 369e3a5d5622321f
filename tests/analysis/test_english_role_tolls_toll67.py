"""An English role-noun toll and a refusal to comment (toll67, newuser67 M4/M5).

M4: "Three police officers were killed" counted "police" (an attributive plural read as the counted noun), so the
German "In Valencia wurden zwei Polizisten getötet", the French "Deux policiers ont été tués" and the Italian "sono
morti due agenti" were never set against it: a true contradiction missed. Now "police officers" counts officers
and the toll after them is read (quantities._units._english_noun). People who did something else stay counted as
themselves: an active verb right after the noun with an object ("Three police officers arrested the man", "Two
firefighters rescued a child") is their act, no toll or tally of them (quantities._units._english_actors).

M5: "no quiso comentar la huelga" against "said the strike was regrettable" was "polarity: denies / affirms": a
negated wish to answer ("no quiso comentar", "n'a pas voulu commenter", "non ha voluto commentare", "wollte sich
nicht äußern") denies nothing (analysis.conflicts._no_answer_only). "No quiso firmar el acuerdo" stays a denial.

16 cases fail on int67; the rest are guards that pass there too (tolls already read, people counted as themselves,
refusals to act that stay denials) and must keep passing.
"""

from __future__ import annotations

import numpy as np
import pytest

from storylens.analysis.claims import AlignedPair, Unit
from storylens.analysis.conflicts import polarity_conflict
from storylens.analysis.quantities import extract_numbers
from storylens.report.pipeline import claim_aligner


def _units(text: str, lang: str = "en") -> list[tuple[float | None, str | None]]:
    return [(n.value, n.unit) for n in extract_numbers(text, lang)]


@pytest.mark.parametrize("text, unit", [
    ("Three police officers were killed in Valencia.", "killed"),
    ("Two police officers died in Valencia.", "killed"),
    ("Three police officers were seriously injured on Saturday.", "injured"),
    ("Two women doctors were killed in the strike.", "killed"),
])
def test_an_english_role_noun_phrases_toll_is_read(text, unit):
    assert _units(text)[0][1] == unit


@pytest.mark.parametrize("text", [
    "Three police officers arrested the man.",
    "Three policemen arrested the man.",
    "Two firefighters rescued a child.",
    "Three police officers killed a gunman.",
    "Three police officers were praised.",
])
def test_people_who_did_something_else_stay_counted(text):
    assert _units(text)[0][1] not in ("killed", "injured", "arrested", "rescued")


@pytest.mark.parametrize("text, unit", [
    # the tolls that read on int67 too stay read
    ("Two firefighters died in the blaze.", "killed"),
    ("Four soldiers were wounded.", "injured"),
    ("Five aid workers have been killed.", "killed"),
    ("Two policemen were killed in Valencia.", "killed"),
    ("Two people killed the next day.", "killed"),
])
def test_tolls_read_before_stay(text, unit):
    assert _units(text)[0][1] == unit


_EN = "Three police officers were killed in Valencia on Wednesday, the regional government said."


@pytest.mark.parametrize("lang, text", [
    ("de", "In Valencia wurden am Mittwoch zwei Polizisten getötet, teilte die Regionalregierung mit."),
    ("fr", "Deux policiers ont été tués mercredi à Valence, a indiqué le gouvernement régional."),
    ("it", "A Valencia sono morti mercoledì due agenti di polizia, ha reso noto il governo regionale."),
])
def test_two_tolls_of_officers_across_languages_conflict(lang, text):
    a, b = Unit("d1", "d1:s1", _EN, 0, len(_EN), "en"), Unit("d2", "d2:s1", text, 0, len(text), lang)
    pair = AlignedPair(a, b, 0.9, 0.9, 0.2)
    aligner = claim_aligner(lambda texts: np.eye(len(texts), dtype=np.float32), [],
                            {"d1": "2026-07-02", "d2": "2026-07-02"})
    claim = aligner._claim("c1", [a, b], [pair], [pair])
    assert claim.status == "conflicting" and claim.conflict == "killed: 3 vs 2"


_SAID = "The minister said the strike was regrettable."


@pytest.mark.parametrize("lang, text", [
    ("es", "La ministra no quiso comentar la huelga."),
    ("fr", "La ministre n'a pas voulu commenter la grève."),
    ("fr", "La ministre n'a pas voulu s'exprimer sur la grève."),
    ("it", "La ministra non ha voluto commentare lo sciopero."),
    ("de", "Die Ministerin wollte sich zu dem Streik nicht äußern."),
    ("de", "Die Ministerin wollte sich zu den Berichten über einen Streit mit dem Kanzler nicht äußern."),
    ("fr", "La ministre n'a pas souhaité commenter la grève."),
    ("en", "The minister did not want to comment on the strike."),
])
def test_a_refusal_to_comment_denies_nothing(lang, text):
    assert polarity_conflict(text, lang, _SAID, "en") is None
    assert polarity_conflict(_SAID, "en", text, lang) is None


@pytest.mark.parametrize("lang, text, other, other_lang", [
    ("es", "La ministra no quiso firmar el acuerdo.", "La ministra firmó el acuerdo.", "es"),
    ("es", "La ministra no quiso firmar el acuerdo.", "The minister signed the agreement.", "en"),
    ("fr", "La ministre n'a pas voulu signer l'accord.", "The minister signed the agreement.", "en"),
    ("it", "La ministra non ha voluto firmare l'accordo.", "The minister signed the agreement.", "en"),
    # another negation beside the refusal to comment is still read
    ("es", "La ministra no quiso comentar la huelga, que no fue convocada.", "The strike was called on Monday.", "en"),
])
def test_a_refusal_to_act_stays_a_denial(lang, text, other, other_lang):
    assert polarity_conflict(text, lang, other, other_lang) is not None


@pytest.mark.parametrize("text", ["Two soldiers killed a few hours later.", "Two soldiers killed an hour later."])
def test_a_time_after_the_verb_is_no_object_of_actors(text):
    # tester final67c M1: "a few hours later" was read as the object, so the headline's toll was lost
    assert [(n.value, n.unit) for n in extract_numbers(text, "en")] == [(2.0, "killed")]


@pytest.mark.parametrize(("lang", "denial", "plain"), [
    ("de", "Der Minister ist nicht zurückgetreten und wollte sich nicht äußern.", "Der Minister ist zurückgetreten."),
    ("de", "Die Polizei nahm niemanden fest und wollte sich nicht äußern.", "Die Polizei nahm zwei Männer fest."),
    ("es", "El ministro no firmó y no quiso comentar.", "El ministro firmó."),
])
def test_a_denial_beside_a_refusal_to_comment_stays_a_conflict(lang, denial, plain):
    # tester final67c H1: the refusal's pattern took "firmó y no" as its gap and blanked the denial with it
    assert polarity_conflict(denial, lang, plain, lang) is not None
    assert polarity_conflict(plain, lang, denial, lang) is not None
