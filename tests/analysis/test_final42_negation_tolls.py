"""final42: a negation denies its own clause only (W3), tolls of nobody and of two in more wordings
(W1), and verbs of withdrawing and lifting negated in Turkish and French (W4).

W3: the "нет" of "погибших нет, эвакуированы 13 тысяч человек" is the predicate of "no dead"; the
evacuation beside it is affirmed, so the headline agrees with "13 000 personnes évacuées".
"""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negative_meaning, polarity
from storylens.analysis.quantities import extract_numbers

NEGATION_IN_ANOTHER_CLAUSE = [
    ("ru", "Наводнение в Польше: погибших нет, эвакуированы 13 тысяч человек",
     "fr", "Inondations en Pologne : 13 000 personnes évacuées"),
    ("de", "Hochwasser in Polen: keine Toten, 13.000 Menschen evakuiert",
     "en", "13,000 people were evacuated in Poland"),
    ("fr", "Il n'y a pas de morts, 13 000 personnes ont été évacuées",
     "de", "13.000 Menschen wurden evakuiert"),
    ("es", "Inundaciones en Polonia: no hay muertos; 13.000 evacuados",
     "en", "13,000 people were evacuated"),
    ("pl", "Powódź w Polsce: nie ma ofiar, ewakuowano 13 tys. osób",
     "en", "13,000 people were evacuated"),
    ("zh", "波兰洪灾无人死亡，1.3万人被疏散", "en", "13,000 people were evacuated"),
    ("en", "No one died, 13,000 people were evacuated", "en", "13,000 people were evacuated"),
]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), NEGATION_IN_ANOTHER_CLAUSE)
def test_a_negation_in_its_own_clause_denies_nothing_beside_it(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is None
    assert polarity(b, lang_b, a, lang_a) is None


STILL_CONFLICTS = [
    # the plain side states the negated clause's event
    ("ru", "Наводнение в Польше: погибших нет, эвакуированы 13 тысяч человек", "en", "Two people died in the floods"),
    ("fr", "Il n'y a pas de morts, 13 000 personnes ont été évacuées", "de", "Zwei Menschen kamen ums Leben"),
    # the negation is in the clause of the event the plain side states
    ("en", "Two people died, 13,000 people were not evacuated", "en", "13,000 people were evacuated"),
    # comma-cut phrases without an event of their own are no clauses
    ("en", "13 protesters, police said, were not arrested", "en", "13 protesters were arrested"),
    ("en", "The police, however, did not arrest the man", "en", "The police arrested the man"),
]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), STILL_CONFLICTS)
def test_a_negation_of_the_stated_event_still_conflicts(lang_a: str, a: str, lang_b: str, b: str) -> None:
    found = polarity(a, lang_a, b, lang_b)
    assert found is not None and found[1] and not found[2]


TOLLS = [
    ("it", "Alluvione in Polonia, nessuna vittima", 0.0),
    ("zh", "洪灾没有造成人员死亡。", 0.0),
    ("zh", "事故未造成人员死亡。", 0.0),
    ("tr", "Polis, iki kişinin hayatını kaybettiğini açıkladı.", 2.0),
    ("tr", "Selde iki kişi hayatlarını kaybetti.", 2.0),
    ("ar", "قالت الشرطة إن شخصين لقيا حتفهما.", 2.0),
    ("ar", "لقي شخصان حتفهما في الفيضانات.", 2.0),
    ("ar", "لقي شخصان مصرعهما في الفيضانات.", 2.0),
    ("ar", "قتل شخصان في الفيضانات.", 2.0),
]


@pytest.mark.parametrize(("lang", "text", "value"), TOLLS)
def test_tolls_of_nobody_and_of_two(lang: str, text: str, value: float) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(value, "killed")]


def test_an_arabic_dual_without_a_toll_word_stays_people_or_its_own_event() -> None:
    assert [q.unit for q in extract_numbers("وصل شخصان إلى المدينة.", "ar")] == ["شخص"]
    assert [q.unit for q in extract_numbers("أصيب شخصان بجروح.", "ar")] == ["injured"]
    assert [q.unit for q in extract_numbers("حكم عليه بالسجن سنتين.", "ar")] == ["سنة"]


WITHDRAWN_OR_NOT = [
    ("en", "The company withdrew its offer.", "tr", "Şirket teklifini geri çekmedi."),
    ("en", "The company did not withdraw its offer.", "tr", "Şirket teklifini geri çekti."),
    ("ru", "Власти отменили приказ об эвакуации в Клодзко во вторник.",
     "fr", "Les autorités n'ont pas levé mardi l'ordre d'évacuation pour Klodzko."),
    ("en", "The authorities revoked the evacuation order.", "fr", "Les autorités n'ont pas levé l'ordre d'évacuation."),
]


@pytest.mark.parametrize(("lang_a", "a", "lang_b", "b"), WITHDRAWN_OR_NOT)
def test_a_negated_verb_of_withdrawing_conflicts_with_the_withdrawal(lang_a: str, a: str, lang_b: str, b: str) -> None:
    assert polarity(a, lang_a, b, lang_b) is not None


def test_negated_withdrawing_and_lifting_keep_their_negative_meaning() -> None:
    assert negative_meaning("Şirket teklifini geri çekmedi.", "tr")
    assert negative_meaning("Les autorités n'ont pas levé mardi l'ordre d'évacuation.", "fr")
    assert not negative_meaning("Les autorités ont levé la main.", "fr")
