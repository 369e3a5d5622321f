"""A toll of nobody written as the absence of its victims is a zero (trial50 F1/F18).

"Пострадавших нет", "Verletzte gab es nicht", "Não houve feridos", «لا إصابات», "无人受伤", "Kimse yaralanmadı"
read no figure, and "no one was injured" against "two people were injured" across languages was a shared claim.
An absence beside a flight cancellation (polar40's shape) must still conflict with a count of the injured.
"""

import pytest

from storylens.analysis import conflicts
from storylens.analysis.quantities import extract_numbers

ZEROS = [
    ("ru", "Никто не пострадал в аварии.", "injured"),
    ("ru", "Пострадавших нет.", "injured"),
    ("ru", "Раненых нет, сообщили в МЧС.", "injured"),
    ("uk", "Ніхто не постраждав.", "injured"),
    ("uk", "Поранених немає.", "injured"),
    ("cs", "Při nehodě nebyl nikdo zraněn.", "injured"),
    ("cs", "Nikdo nebyl zraněn.", "injured"),
    ("tr", "Kazada yaralanan olmadı.", "injured"),
    ("tr", "Kimse yaralanmadı.", "injured"),
    ("pt", "Não houve feridos.", "injured"),
    ("pt", "Ninguém morreu.", "killed"),
    ("ar", "لا إصابات.", "injured"),
    ("ar", "ولم يصب أحد بأذى.", "injured"),
    ("es", "No hubo heridos.", "injured"),
    ("it", "Non ci sono feriti.", "injured"),
    ("de", "Verletzte gab es nicht, teilte die Polizei mit.", "injured"),
    ("pl", "Nie było rannych.", "injured"),
    ("fr", "Il n'y a pas eu de blessés.", "injured"),
    ("en", "There were no injuries.", "injured"),
    ("zh", "无人受伤。", "injured"),
    ("ja", "けが人はいなかった。", "injured"),
    ("ko", "부상자는 없었다.", "injured"),
    # trial52 F16: the standard wordings with words between the absence and its toll
    ("en", "There were no reports of injuries, police said.", "injured"),
    ("de", "Todesopfer waren nicht zu beklagen.", "killed"),
    ("es", "No hubo que lamentar víctimas mortales.", "killed"),
    ("pt", "Não há registo de feridos.", "injured"),
]


@pytest.mark.parametrize("lang, text, toll", ZEROS)
def test_an_absence_of_victims_is_a_zero_toll(lang, text, toll):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(0.0, toll)]


@pytest.mark.parametrize("lang, text", [
    ("en", "President Tokayev said he had ordered troops to shoot to kill without warning."),
    ("en", "There was no word on injuries from the authorities."),
    ("de", "Die Polizei machte keine Angaben zu Verletzten."),
    ("en", "There were no reports of the cause of the fire; three people were injured."),
    ("ru", "Нет данных о пострадавших?"),
])
def test_no_zero_where_nothing_is_counted_as_none(lang, text):
    assert not [q for q in extract_numbers(text, lang) if q.value == 0.0]


_EN_TWO = "About 40 flights were cancelled at Medyka airport and two people were injured, the border guard said."


@pytest.mark.parametrize("lang, text", [
    ("ru", "В аэропорту Медыки отменены около 40 рейсов, пострадавших нет, сообщила пограничная служба."),
    ("de", "Am Flughafen Medyka wurden rund 40 Flüge gestrichen, Verletzte gab es nicht, teilte der Grenzschutz mit."),
    ("es", "Unos 40 vuelos fueron cancelados en el aeropuerto de Medyka, pero no hubo heridos, informó la guardia."),
    ("tr", "Medyka havalimanında yaklaşık 40 sefer iptal edildi, yaralanan olmadı, sınır muhafızları açıkladı."),
])
def test_an_absence_beside_a_cancellation_still_denies_the_injured(lang, text):
    # both sides cancel the flights alike ("lifted" read twice): that agreement must not answer the denial of
    # the injured (trial50 F18, a stop-40 regression)
    assert conflicts.polarity_conflict(text, lang, _EN_TWO, "en") is not None


def test_an_absence_alone_beside_the_same_cancellation_is_no_conflict():
    ru = "В аэропорту Медыки отменены около 40 рейсов, пострадавших нет, сообщила пограничная служба."
    en = "About 40 flights were cancelled at Medyka airport, the border guard said."
    assert conflicts.polarity_conflict(ru, "ru", en, "en") is None


@pytest.mark.parametrize("lang, text, zero", [
    # none of some group among the victims is no toll of nobody (review41): "no Russians among the dead"
    ("ru", "Россиян среди погибших и пострадавших нет, сообщило посольство.", None),
    ("ru", "Детей среди погибших нет.", None),
    ("uk", "Українців серед загиблих немає.", None),
    ("pl", "Polaków wśród rannych nie ma.", None),
    ("pl", "Polaków wśród ofiar śmiertelnych nie ma.", None),
    ("de", "Deutsche seien unter den Verletzten keine.", None),
    # a scope that names the event or the place is no group among the victims: still nobody
    ("ru", "В результате аварии пострадавших нет.", "injured"),
    ("uk", "Під час пожежі загиблих немає.", "killed"),
    ("pl", "W wypadku nie było rannych.", "injured"),
    ("de", "Bei dem Unfall gab es keine Verletzten.", "injured"),
])
def test_none_of_a_group_among_the_victims_is_no_zero_toll(lang, text, zero):
    zeros = [q.unit for q in extract_numbers(text, lang) if q.value == 0.0]
    assert zeros == ([zero] if zero else [])
