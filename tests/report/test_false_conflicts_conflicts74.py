"""Three shapes of false conflict of the BASIL tune half (issue #12, stop 74, conflicts74), each with neighbours that
must stay conflicts (benchmarks/data/conflict_probes74.jsonl holds them as whole-compare probes).

* polarity: one quotation told at two lengths, the longer going on past the shared words with a sentence of its own
  that negates something else (analysis.conflicts._negation_past_shared_run; BASIL 2ec04201, the Medicare ad);
* date: two statements on two days, each unit quoting its own words (report.pipeline._two_statements; BASIL
  0c78e748, "tweeted Saturday: 'I had to fire General Flynn …'" / "this morning says 'I feel badly …'");
* figure: two lists of amounts of money each from a source, one amount agreeing from one source, the others from
  sources that share no word (report.pipeline._one_sources; BASIL 3ae35b16, "$200 million from the Department of
  Homeland Security" / "$2.5 billion from counternarcotics programs", both beside "$600 million from the Treasury")."""

from __future__ import annotations

import pytest

from storylens.analysis import conflicts, quantities
from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures, _one_sources, _two_statements

AD_SHORT = ("The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from "
            "Medicare. Why? To pay for ObamaCare.”")
AD_LONG = ("“Now when you need it, Obama has cut $716 billion from Medicare. Why? To pay for Obamacare. So now the money "
           "you paid for your guaranteed health care is going to a massive new government program that’s not for you.”")


def test_a_quotation_told_longer_with_a_negation_past_the_shared_words_is_no_polarity_conflict():
    assert conflicts.polarity(AD_SHORT, "en", AD_LONG, "en") is None
    assert conflicts.polarity(AD_LONG, "en", AD_SHORT, "en") is None


@pytest.mark.parametrize(("language", "plain", "denial"), [
    # the negation inside the shared words
    ("en", "“The company will close the plant in March and move the jobs abroad,” the union leader said on Monday.",
     "“The company will not close the plant in March and move the jobs abroad,” the union leader said on Monday."),
    # a negation ending the run's own clause (German verb-final: conflict_probes69_idioms T10)
    ("de", "Der Bundestag unterstützte das Gesetz zur Mietpreisbremse am Dienstag.",
     "Der Bundestag unterstützte das Gesetz zur Mietpreisbremse am Dienstag nicht."),
    # the part past the run denies the run's own act again
    ("en", "The governor signed the voting bill into law on Tuesday after the senate passed it.",
     ("The governor signed the voting bill into law on Tuesday? No: the governor did not sign the voting bill, his "
     "office said.")),
    # the plain side goes on past the run in words of its own
    ("en", "“The water is safe to drink, and residents can use the taps again,” the utility said on Monday.",
     "“The water is safe to drink, but residents cannot use the taps again until Friday,” the utility said on Monday."),
])
def test_a_denial_of_the_shared_words_stays_a_polarity_conflict(language, plain, denial):
    found = conflicts.polarity(plain, language, denial, language)
    assert found is not None and found[2] and not found[1]


PUB = "2017-12-04"  # a Monday


def _unit(text: str, language: str = "en") -> Unit:
    return Unit("d1", "s1", text, 0, len(text), language)


def _statements(a: str, b: str, language: str = "en", language_b: str | None = None) -> bool:
    measures = _Measures({"d1": PUB})
    ua, ub = _unit(a, language), _unit(b, language_b or language)
    return _two_statements(ua, ub, [measures.dates(u.text, "d1", u.language) for u in (ua, ub)])


def test_two_statements_each_quoting_its_own_words_are_two_days():
    assert _statements("This was after Trump’s account tweeted Saturday: “I had to fire General Flynn because he lied "
                       "to the Vice President and the FBI.",
                       "The president this morning says 'I feel badly for General Flynn.'")
    assert _statements("El alcalde escribió el sábado: «Hemos perdido la confianza en el jefe de policía».",
                       "El alcalde dijo el lunes: «Lamento profundamente la muerte del agente Pérez».", "es")


@pytest.mark.parametrize(("a", "b", "language", "language_b"), [
    # one quotation said on two days
    ("“We will rebuild the bridge within a year,” the mayor said on Monday.",
     "“We will rebuild the bridge within a year,” the mayor said on Sunday.", "en", None),
    # two parts of one statement sharing a word
    ("“We will strike until the pay offer is doubled,” the union chief said on Monday.",
     "“The pay offer must be doubled or we strike,” the union chief said on Thursday.", "en", None),
    # a quotation against its paraphrase
    ("“We will rebuild the bridge within a year,” the mayor said on Monday.",
     "The mayor said on Sunday that the city would rebuild the bridge within a year.", "en", None),
    # an act's day, not a statement's
    ("The minister resigned on Friday: “I have no choice.”", "“I feel badly for him,” the president said on Monday.",
     "en", None),
    # a quotation and its translation share no word
    ("“We will rebuild the bridge,” the mayor said on Monday.",
     "„Wir bauen die Brücke wieder auf“, sagte der Bürgermeister am Sonntag.", "en", "de"),
    # German nouns are capitalised and still count: one statement
    ("„Wir bauen die Brücke innerhalb eines Jahres wieder auf“, sagte der Bürgermeister am Montag.",
     "„Die Brücke steht in einem Jahr wieder“, sagte der Bürgermeister am Sonntag.", "de", None),
])
def test_one_statement_or_an_act_stays_dated(a, b, language, language_b):
    assert not _statements(a, b, language, language_b)


def _sources(a: str, b: str, language: str = "en") -> list[str]:
    ua, ub = _unit(a, language), _unit(b, language)
    qa, qb = (list(quantities.extract_numbers(u.text, language)) for u in (ua, ub))
    found = quantities.compare_numbers(qa, qb)
    assert found  # the figures differ before the rule
    return _one_sources(ua, qa, ub, qb, found)


def test_amounts_of_two_pots_beside_one_agreeing_amount_are_no_conflict():
    assert _sources("The administration plans to move about $200 million from the Department of Homeland Security "
                    "and another $600 million from the Treasury Department’s asset forfeiture account.",
                    "Mr. Trump will also tap $2.5 billion from counternarcotics programs and $600 million from a "
                    "Treasury Department asset forfeiture fund.") == []
    assert _sources("Le gouvernement prélèvera 200 millions d'euros sur le fonds de réserve et 600 millions d'euros "
                    "sur le budget de la défense.",
                    "Le gouvernement prélèvera 450 millions d'euros sur les crédits agricoles et 600 millions d'euros "
                    "sur le budget de la défense.", "fr") == []


@pytest.mark.parametrize(("a", "b", "language"), [
    # one pot, two amounts, beside the agreeing one
    (("The government will move $200 million from the Department of Homeland Security and another $600 million from "
     "the Treasury asset forfeiture fund."),
     ("The government will also tap $900 million from the Department of Homeland Security and $600 million from a "
     "Treasury asset forfeiture fund."), "en"),
    # no agreeing amount
    ("The ministry moved $200 million from the road budget and $300 million from the rail budget.",
     "The ministry moved $250 million from the road budget and $350 million from the rail budget.", "en"),
    # a source on one side only
    ("The EU will send $40 million and $10 million in aid.",
     "The EU will send $25 million from its emergency reserve and $10 million from its aid budget.", "en"),
    ("Die Regierung nimmt 200 Millionen Euro aus dem Klimafonds und weitere 600 Millionen Euro aus dem Sondervermögen.",
     "Die Regierung nimmt 500 Millionen Euro aus dem Klimafonds und weitere 600 Millionen Euro aus dem Sondervermögen.",
     "de"),
    (("El Gobierno tomará 200 millones de euros del fondo de reserva y otros 600 millones de euros del presupuesto de "
     "defensa."),
     ("El Gobierno tomará 350 millones de euros del fondo de reserva y otros 600 millones de euros del presupuesto de "
     "defensa."), "es"),
])
def test_amounts_of_one_pot_or_without_an_anchor_stay_conflicts(a, b, language):
    assert _sources(a, b, language)
