"""polar68 finding 2, tolls read wrongly (analysis.quantities):

* a count in digits after an active toll verb is its object, as a number word is: "Two soldiers killed 5 militants"
  counts soldiers and 5 dead (main: 2 killed too), not "… killed 5 km from the border" (a distance);
* an English compound people noun does NOT join a run of counts (polar68b, tester break68p K10): summed, "Three police
  officers and two civilians were killed" was a toll of 5 against "Two civilians were killed", a report of a part;
  main's reading (police 3, killed 2) stays until a part of a run can be compared as a part;
* a German or Dutch people word's verb bracket closes with its participle, never a noun ("an der Bergung der Toten
  beteiligt", "bij de berging van de doden"), as role nouns' brackets already did (break67p);
* German verb-final "der das Leben von 12 Menschen forderte" and Spanish "cobrándose la vida de 12 personas" are
  tolls (main: no toll)."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers


def _read(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit if q.unit in ("killed", "injured") else None) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize("text", ["Two soldiers killed 5 militants.", "2 soldiers killed 5 militants on Monday.",
                                  "Two suspects killed 3 people."])
def test_a_count_in_digits_after_an_active_toll_verb_is_its_object(text):
    assert _read(text, "en")[0][1] is None
    assert _read(text, "en")[1][1] == "killed"


@pytest.mark.parametrize("text", ["Two soldiers killed 5 km from the border.", "Two soldiers killed on 5 May.",
                                  "Two soldiers were killed 5 km from the border."])
def test_a_distance_or_a_day_after_the_verb_is_no_object(text):
    assert _read(text, "en")[0] == (2.0, "killed")


@pytest.mark.parametrize("lang, text", [
    ("de", "Zwei Menschen waren an der Bergung der Toten beteiligt."),
    ("nl", "Twee mensen waren betrokken bij de berging van de doden."),
])
def test_a_people_words_bracket_closed_by_a_noun_is_no_toll(lang, text):
    assert _read(text, lang) == [(2.0, None)]


@pytest.mark.parametrize("lang, text, unit", [
    ("de", "Zwei Menschen sind am Samstag bei einem Lawinenabgang in den Alpen getötet worden.", "killed"),
    ("nl", "Drie mensen die in de auto zaten werden gedood.", "killed"),
    ("de", "Zwei Menschen wurden bei dem Unglück in der Nacht schwer verletzt.", "injured"),
])
def test_a_bracket_closed_by_its_participle_is_still_a_toll(lang, text, unit):
    assert _read(text, lang)[0][1] == unit


@pytest.mark.parametrize("lang, text", [
    ("de", "Ein Sturm, der das Leben von 12 Menschen forderte, zog über das Land."),
    ("es", "La tormenta azotó el país, cobrándose la vida de 12 personas."),
])
def test_lives_taken_in_a_relative_clause_or_a_gerund_are_a_toll(lang, text):
    assert _read(text, lang) == [(12.0, "killed")]
