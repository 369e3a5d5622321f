"""figures78 (issue #12, newuser78 H1/M2/M3): a figure whose counted thing is one in two reports, told with two
values, is a conflict; a part of a toll that both tell is not.

- "27 blessés parmi les passagers" / "27 heridos entre los pasajeros" / "27 injured among the passengers" is the
  whole toll told among all the people aboard (text data "among_all"), not a group of a larger toll ("Five children
  among the dead", "three dead among the rescuers" stay parts): "injuring 23 passengers" against it was shared.
- "a secouru" / "ha soccorso" are verbs of rescue (text data "rescued"): "rescued 112 migrants" against them never
  compared the figures ("rescued" against "migrants").
- "shops" / "محلا" / "magasins" and "migrants" / "migranti" / "migrantów" are measures of the text data (shop,
  migrant): their figures were "not judged: two languages' nouns".
- French "pass" was a verb-of-change stem and matched "passagers": "blessant 27 passagers" was a running reading
  (figures differ, not a conflict).
- A count one report tells as the part the other gives of its toll ("25 injured, four of them seriously" / "Four
  injured are in serious condition") is that part (quantities.parts_told), and "Parmi les rescapés figurent 23
  mineurs" / "Entre los rescatados hay 23 menores" / "quattro dei quali" are parts (text data "part_before",
  "part_after"): "injured: 25 vs 4" and "rescued: 112 vs 23" were false conflicts."""

from __future__ import annotations

import pytest

from storylens import Comparer
from storylens.analysis.quantities import compare_numbers, extract_numbers


def _counts(text: str, lang: str) -> list[tuple[float | None, str | None, bool]]:
    return [(q.value, q.unit, q.part) for q in extract_numbers(text, lang) if q.kind == "count"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers, selon les autorités."),
    ("es", "Un tren regional descarriló el martes y dejó 27 heridos entre los pasajeros, según las autoridades."),
    ("it", "Un treno regionale è deragliato martedì, causando 27 feriti tra i passeggeri, secondo le autorità."),
    ("en", "A regional train came off the rails on Tuesday, leaving 27 injured among the passengers."),
    ("pt", "Um comboio descarrilou na terça-feira, deixando 27 feridos entre os passageiros."),
    ("de", "Der Zug entgleiste, es gab 27 Verletzte unter den Fahrgästen."),
])
def test_a_toll_among_all_aboard_is_the_whole_toll(lang, text):
    assert _counts(text, lang) == [(27.0, "injured", False)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The crash killed 40 people. Five children were among the dead."),
    ("de", "Fünf Kinder sind unter den Toten."),
    ("en", "The earthquake killed 40 people, three dead among the rescuers."),
    ("it", "Il treno è deragliato: 27 feriti tra i passeggeri e 3 tra i membri dell'equipaggio."),
])
def test_a_group_of_the_toll_stays_a_part(lang, text):
    parts = [q for q in extract_numbers(text, lang) if q.kind == "count" and q.part]
    assert parts, _counts(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Parmi les rescapés figurent 23 mineurs."),
    ("es", "Entre los rescatados hay 23 menores."),
    ("de", "Unter den Geretteten sind 23 Minderjährige."),
    ("en", "Among those rescued were 23 minors."),
    ("it", "I feriti sono 25, quattro dei quali in gravi condizioni."),
    ("es", "Hubo 25 heridos, cuatro de los cuales están graves."),
])
def test_a_group_named_before_or_after_is_a_part(lang, text):
    values = {q.value for q in extract_numbers(text, lang) if q.kind == "count" and q.part}
    assert values & {23.0, 4.0}


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le navire a secouru dimanche 121 migrants."),
    ("it", "La nave ha soccorso domenica 121 migranti."),
    ("it", "12 persone sono state soccorse dai vigili del fuoco."),
])
def test_verbs_of_rescue(lang, text):
    assert [u for _, u, _ in _counts(text, lang)] == ["rescued"]


def test_first_aid_is_no_rescue():
    assert _counts("Il pronto soccorso ha curato 30 pazienti.", "it") == [(30.0, "pazienti", False)]


@pytest.mark.parametrize("text", ["Un TER a déraillé, blessant 27 passagers.",
                                  "Le train a déraillé : 27 passagers ont été blessés."])
def test_passengers_are_no_verb_of_change(text):
    assert [q.running for q in extract_numbers(text, "fr")] == [False]


def test_the_toll_is_still_a_running_reading_after_passer():
    assert [q.running for q in extract_numbers("Le bilan est passé à 27 morts.", "fr")] == [True]


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    ("Authorities said 25 people were injured, four of them seriously.", "en",
     "Four injured people are in serious condition.", "en"),
    ("Authorities said 25 people were injured, four of them seriously.", "en",
     "Quatre blessés sont dans un état grave.", "fr"),
    ("I feriti sono 25, quattro dei quali in gravi condizioni.", "it",
     "Quatre blessés sont dans un état grave.", "fr"),
])
def test_a_part_both_tell_is_no_conflict(a, la, b, lb):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == []
    assert compare_numbers(extract_numbers(b, lb), extract_numbers(a, la)) == []


def test_a_count_unlike_the_other_part_still_conflicts():
    a = extract_numbers("Authorities said 25 people were injured, four of them seriously.", "en")
    b = extract_numbers("Officials said 30 people were injured.", "en")
    assert compare_numbers(a, b) == ["injured: 25 vs 30"]


@pytest.mark.parametrize(("a", "la", "b", "lb", "expected"), [
    ("Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers.", "fr",
     "A regional train derailed near Grenoble on Tuesday, injuring 23 passengers.", "en", "injured: 27 vs 23"),
    ("Un tren regional descarriló el martes cerca de Grenoble y dejó 27 heridos entre los pasajeros.", "es",
     "A regional train derailed near Grenoble on Tuesday, injuring 23 passengers.", "en", "injured: 27 vs 23"),
    ("Un barco de la ONG Open Arms rescató el domingo a 112 migrantes frente a Lampedusa.", "es",
     "La nave della ong Open Arms ha soccorso domenica 121 migranti al largo di Lampedusa.", "it", "rescued: 112 vs 121"),
    ("Le navire de l'ONG Open Arms a secouru dimanche 121 migrants au large de Lampedusa.", "fr",
     "The charity ship Open Arms rescued 112 migrants off Lampedusa on Sunday.", "en", "rescued: 121 vs 112"),
])
def test_one_thing_two_values_is_a_conflict(a, la, b, lb, expected):
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == [expected]


@pytest.fixture(scope="module")
def comparer(embedder):
    return Comparer(embedder=embedder)


def test_end_to_end_among_the_passengers_conflicts(comparer):
    r = comparer.compare([
        "A regional train derailed near Grenoble on Tuesday, injuring 23 passengers, French authorities said.",
        "Un TER a déraillé mardi près de Grenoble, faisant 27 blessés parmi les passagers, selon les autorités."])
    assert any(c.conflict and "injured: 23 vs 27" in c.conflict for c in r.claims), [
        (c.status, c.conflict, c.differs) for c in r.claims]


def test_end_to_end_a_part_both_tell_is_shared(comparer):
    r = comparer.compare([
        ("A regional train derailed near Grenoble on Tuesday.\n\nAuthorities said 25 people were injured, four of them "
         "seriously."),
        "Un TER a déraillé mardi près de Grenoble.\n\nQuatre blessés sont dans un état grave."])
    assert not [c.conflict for c in r.claims if c.conflict]


@pytest.mark.parametrize(("a", "la", "b", "lb", "expected"), [
    ("Rioters looted 45 shops in the centre of Nantes.", "en", "نهب مثيرو الشغب 60 محلا تجاريا في وسط مدينة نانت.", "ar",
     ["shop: 45 vs 60"]),
    ("Rioters looted 45 shops in the centre of Nantes.", "en", "Des émeutiers ont pillé 60 magasins à Nantes.", "fr",
     ["shop: 45 vs 60"]),
    ("Randalierer haben 45 Geschäfte geplündert.", "de", "Unos alborotadores saquearon 60 tiendas.", "es",
     ["shop: 45 vs 60"]),
    ("La nave ha portato 121 migranti a Lampedusa.", "it", "Statek przywiózł 112 migrantów na Lampedusę.", "pl",
     ["migrant: 121 vs 112"]),
    ("Rioters looted 45 shops in the centre of Nantes.", "en", "نهب مثيرو الشغب 45 محلا تجاريا في وسط مدينة نانت.", "ar",
     []),
])
def test_one_noun_of_two_languages_is_one_measure(a, la, b, lb, expected):
    # text data "measures" shop / migrant: before, "shops: 45 vs 60 (not judged: two languages' nouns)"
    assert compare_numbers(extract_numbers(a, la), extract_numbers(b, lb)) == expected
