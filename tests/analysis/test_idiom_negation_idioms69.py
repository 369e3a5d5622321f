"""A negated idiom denies no event (issue #12, idioms69; text data "idiom_negation"): "isn't backing down" (keeps
going), "did not hesitate to", "could not help but", "never fails to", "not to mention", "nothing short of",
"zögerte nicht", "ließ sich nicht beirren", "gab nicht auf", "n'a pas hésité à", "ne recule pas sur", "no dudó en",
"no se echó atrás". Two of the 4 false polarity parts of the BASIL tune half were "isn't backing down" read as a
denial against an affirmation. The sentence neither affirms nor denies the idiom's verb and states the act after it,
so a real negation beside the idiom still denies, and "no longer" (the state does not go on) stays a denial."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import affirmed, negated, polarity_conflict

# (idiom sentence, the same report without the idiom, language)
_IDIOMS = [
    ("Trump isn't backing down on his demand for $5 billion for the border wall.",
     "Trump is demanding $5 billion for the border wall.", "en"),
    ("Governor Tom Reed won't back down from his demand for a border wall, his aides said.",
     "Governor Tom Reed is sticking to his demand for a border wall, his aides said.", "en"),
    ("Senator Ann Cole did not hesitate to criticize the president's tariff plan on Monday.",
     "Senator Ann Cole criticized the president's tariff plan on Monday.", "en"),
    ("Coach Mark Hale couldn’t help but praise the young striker after the win.",
     "Coach Mark Hale praised the young striker after the win.", "en"),
    ("The city council approved the rent freeze on Thursday, not to mention a new tax on empty homes.",
     "The city council approved the rent freeze and a new tax on empty homes on Thursday.", "en"),
    ("The rescue of the twelve miners on Sunday was nothing short of a miracle, the fire chief said.",
     "The rescue of the twelve miners on Sunday was a miracle, the fire chief said.", "en"),
    ("Striker Leo Marsh never fails to score against Leeds, and he scored twice on Saturday.",
     "Striker Leo Marsh scored twice against Leeds on Saturday.", "en"),
    ("Die Gewerkschaft zögerte nicht, den Streik am Montag auszurufen.",
     "Die Gewerkschaft rief den Streik am Montag aus.", "de"),
    ("Die Bürgermeisterin ließ sich nicht beirren und hielt an der Schließung der Bibliothek fest.",
     "Die Bürgermeisterin hielt an der Schließung der Bibliothek fest.", "de"),
    ("Die Retter gaben nicht auf und fanden die Bergleute am Dienstag lebend.",
     "Die Retter fanden die Bergleute am Dienstag lebend.", "de"),
    ("Le syndicat n'a pas hésité à appeler à la grève lundi.", "Le syndicat a appelé à la grève lundi.", "fr"),
    ("Le gouvernement ne recule pas sur la réforme des retraites, a dit la ministre.",
     "Le gouvernement maintient la réforme des retraites, a dit la ministre.", "fr"),
    ("El sindicato no dudó en convocar la huelga el lunes.", "El sindicato convocó la huelga el lunes.", "es"),
    ("El gobierno no se echó atrás y aprobó la reforma el martes.", "El gobierno aprobó la reforma el martes.", "es"),
]


@pytest.mark.parametrize("idiom, plain, lang", _IDIOMS)
def test_a_negated_idiom_denies_nothing(idiom: str, plain: str, lang: str) -> None:
    assert not negated(idiom, lang)
    assert polarity_conflict(idiom, lang, plain, lang) is None
    assert polarity_conflict(plain, lang, idiom, lang) is None


@pytest.mark.parametrize("idiom, plain, lang", _IDIOMS)
def test_the_idiom_states_no_affirmation_of_its_verb(idiom: str, plain: str, lang: str) -> None:
    # the negation word stays in the fact: "isn't backing down" is no "is backing down"
    assert affirmed(idiom, lang) == " ".join(idiom.split())


@pytest.mark.parametrize(
    "idiom_denial, denial, lang",
    [
        # the idiom takes nothing away from the act after it: "did not hesitate to cut" cut, "did not cut" did not
        ("Halden Motors did not hesitate to cut 500 jobs at its plant on Monday, the union said.",
         "Halden Motors did not cut 500 jobs at its plant on Monday, the union said.", "en"),
        ("Die Gewerkschaft zögerte nicht, den Streik am Montag auszurufen.",
         "Die Gewerkschaft rief den Streik am Montag nicht aus.", "de"),
        ("Le syndicat n'a pas hésité à appeler à la grève lundi.", "Le syndicat n'a pas appelé à la grève lundi.", "fr"),
        ("El sindicato no dudó en convocar la huelga el lunes.", "El sindicato no convocó la huelga el lunes.", "es"),
    ],
)
def test_the_act_after_the_idiom_conflicts_with_its_denial(idiom_denial: str, denial: str, lang: str) -> None:
    assert polarity_conflict(idiom_denial, lang, denial, lang) is not None


@pytest.mark.parametrize(
    "denial, affirmation, lang",
    [
        # a real negation beside the idiom keeps denying (main's reading)
        ("Senator Ann Cole did not hesitate to say that she would not vote for the tariff bill.",
         "Senator Ann Cole said that she would vote for the tariff bill.", "en"),
        ("Die Ministerin zögerte nicht zu sagen, dass das Werk nicht schließen werde.",
         "Die Ministerin sagte, dass das Werk schließen werde.", "de"),
        ("La ministre n'a pas hésité à dire que l'usine ne fermera pas l'an prochain.",
         "La ministre a dit que l'usine fermera l'an prochain.", "fr"),
        ("La ministra no dudó en decir que la planta no cerrará el año próximo.",
         "La ministra dijo que la planta cerrará el año próximo.", "es"),
        # the same words outside the idiom deny
        ("The state senate did not back the budget bill on Tuesday.", "The state senate backed the budget bill on Tuesday.",
         "en"),
        ("The volunteers could not help the stranded families on Sunday.",
         "The volunteers helped the stranded families on Sunday.", "en"),
        ("The dam never failed during the flood, engineers said.", "The dam failed during the flood, engineers said.",
         "en"),
        ("Die Regierung gab den Plan für das Kohlekraftwerk nicht auf.",
         "Die Regierung gab den Plan für das Kohlekraftwerk auf.", "de"),
        ("Le chômage n'a pas reculé sur un an en mars.", "Le chômage a reculé sur un an en mars.", "fr"),
        # "no longer" denies that the state goes on
        ("Dana Kirk is no longer chief executive of Halden Motors.", "Dana Kirk is chief executive of Halden Motors.",
         "en"),
    ],
)
def test_a_real_denial_beside_or_outside_an_idiom_still_conflicts(denial: str, affirmation: str, lang: str) -> None:
    assert negated(denial, lang)
    assert polarity_conflict(denial, lang, affirmation, lang) is not None


@pytest.mark.parametrize(
    "idiom, verb, lang",
    [
        # against the idiom's own verb affirmed the idiom denies it, as on main (break66c's true conflict)
        ("The union won't back down in the pay dispute.", "The union backed down in the pay dispute.", "en"),
        ("Trump isn't backing down on the border wall.", "Trump is backing down on the border wall.", "en"),
        ("Die Retter gaben nicht auf.", "Die Retter gaben auf.", "de"),
        ("La maire n'a pas reculé face aux manifestants.", "La maire a reculé face aux manifestants.", "fr"),
        ("El gobierno no se echó atrás con la reforma.", "El gobierno se echó atrás con la reforma.", "es"),
    ],
)
def test_against_its_own_verb_the_idiom_denies(idiom: str, verb: str, lang: str) -> None:
    assert polarity_conflict(idiom, lang, verb, lang) is not None
    assert polarity_conflict(verb, lang, idiom, lang) is not None
