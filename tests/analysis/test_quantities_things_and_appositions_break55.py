"""Two readings of who a count's toll befell (break55 F8). A count of things for people who suffered ("40 beheizte
Zelte für Obdachlose", "30 centri per gli sfollati") counts the things, not the homeless or the evacuated: the toll
word after a preposition of whom the things are for (text data "toll_beneficiaries") is no toll of the count (it
read "evacuated: 40"). A toll whose subject is split from its verb by an apposition ("Trois personnes, une
enseignante et deux enfants, ont été tuées") is the subject's toll (it was read as a count of "personnes"), and the
apposition's people are the same people, never added to them. Inputs written for these tests."""

import pytest

from storylens.analysis.quantities import extract_numbers


def _readings(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("de", "Die Stadt stellte 40 beheizte Zelte für Obdachlose auf.", "zelte"),
    ("de", "Es wurden 30 Notunterkünfte für Vertriebene eingerichtet.", "notunterkünfte"),
    ("fr", "La préfecture a ouvert 30 centres pour les évacués.", "centres"),
    ("es", "Se instalaron 30 carpas para los damnificados.", "carpas"),
    ("it", "Sono stati allestiti 30 centri per gli sfollati.", "centri"),
    ("pt", "Foram montadas 30 barracas para os desabrigados.", "barracas"),
    ("ru", "Власти развернули 30 палаток для эвакуированных.", "палаток"),
    ("pl", "Władze ustawiły 30 namiotów dla ewakuowanych.", "namiotów"),
])
def test_things_for_the_people_a_toll_befell_are_counted_as_things(lang, text, unit):
    assert _readings(text, lang) == [(30.0 if "30" in text else 40.0, unit)]


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    # the count's own toll after it still reads
    ("de", "Das Feuer zerstörte 30 Häuser, 200 Menschen wurden evakuiert.", 200, "evacuated"),
    ("es", "12 personas fueron evacuadas.", 12, "evacuated"),
    ("de", "Bei dem Anschlag wurden 12 Menschen in Berlin verletzt.", 12, "injured"),
])
def test_a_count_of_people_keeps_its_toll(lang, text, value, unit):
    assert (float(value), unit) in _readings(text, lang)


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    ("fr", "Trois personnes, une enseignante et deux enfants, ont été tuées.", 3, "killed"),
    ("es", "Tres personas, una maestra y dos niños, murieron en el ataque.", 3, "killed"),
    ("it", "Tre persone, un'insegnante e due bambini, sono state uccise.", 3, "killed"),
    ("pt", "Três pessoas, uma professora e duas crianças, foram mortas.", 3, "killed"),
    ("de", "Drei Menschen, darunter zwei Kinder, wurden getötet.", 3, "killed"),
    ("en", "Three people, including a child, were killed in the blast.", 3, "killed"),
    ("ru", "Три человека, женщина и двое детей, погибли.", 3, "killed"),
    # the apposition's people are the count's: two, not four
    ("fr", "Deux personnes, un homme et une femme, ont été blessées.", 2, "injured"),
    ("de", "Zwei Menschen, ein Mann und eine Frau, kamen ums Leben.", 2, "killed"),
    ("en", "Five people, a man and four children, were rescued and two were injured.", 5, "rescued"),
])
def test_a_toll_past_an_apposition_is_the_subjects(lang, text, value, unit):
    readings = _readings(text, lang)
    assert (float(value), unit) in readings
    assert not any(u == unit and v != value for v, u in readings)  # no sum with the apposition's people


@pytest.mark.parametrize(("lang", "text", "value", "unit"), [
    # what someone said between commas, or a clause of its own after the apposition, is no apposition's toll
    ("en", "Three people, police said, were killed.", 3, "people"),
    ("en", "Rescuers pulled out five people, a man and four children, and 12 were injured.", 5, "people"),
    ("en", "Police questioned three people, a man and two women, who were later released.", 3, "people"),
])
def test_no_toll_is_read_past_what_is_no_apposition(lang, text, value, unit):
    assert (float(value), unit) in _readings(text, lang)
