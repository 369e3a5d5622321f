"""Arrests are a toll a zero may deny, and more no-victim wordings are zero tolls (trial53 F1, F17).

trial53 F1: pt «Não houve detidos nem feridos» against cs «Policie zadržela dva lidi» was one shared claim with
no note: an absence of the arrested was no figure, and «dva lidi» after «zadržela» no arrest count. F17: ru
«Жертв … нет» (the toll opening the clause, the absence closing it), tr «can kaybı yaşanmadığını», nl «vielen
geen slachtoffers» read no zero against "killed two people".
"""

import pytest

from storylens.analysis.quantities import extract_numbers

ARREST_ZEROS = [
    ("pt", "Não houve detidos nem feridos."),
    ("pt", "Ninguém foi detido."),
    ("en", "There were no arrests."),
    ("en", "Police made no arrests."),
    ("en", "The protest ended without arrests."),
    ("ru", "Задержанных нет."),
    ("ru", "Никто не был задержан."),
    ("uk", "Затриманих немає."),
    ("de", "Es gab keine Festnahmen."),
    ("de", "Festnahmen gab es keine."),
    ("fr", "Aucune interpellation n'a eu lieu."),
    ("es", "No hubo detenidos."),
    ("es", "La policía no detuvo a nadie."),
    ("it", "Non ci sono stati arresti."),
    ("nl", "Er werden geen arrestaties verricht."),
    ("pl", "Nikt nie został zatrzymany."),
    ("cs", "Nikdo nebyl zadržen."),
]


@pytest.mark.parametrize("lang, text", ARREST_ZEROS)
def test_an_absence_of_arrests_is_a_zero_arrest_count(lang, text):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)][:1] == [(0.0, "arrested")]


@pytest.mark.parametrize("lang, text", [
    ("cs", "Policie zadržela dva lidi."),
    ("ru", "Полиция задержала двух человек."),
    ("pt", "A polícia deteve duas pessoas."),
    ("es", "La policía detuvo a dos personas."),
    ("en", "Police detained two people."),
    ("pl", "Policja zatrzymała dwie osoby."),
    ("uk", "Поліція затримала двох людей."),
    ("fr", "La police a interpellé deux personnes."),
    ("it", "La polizia ha arrestato due persone."),
])
def test_an_arrest_verb_before_a_count_of_people_counts_the_arrested(lang, text):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(2.0, "arrested")]


@pytest.mark.parametrize("lang, text, units", [
    ("ru", "Жертв в результате наводнения в среду нет, сообщили региональные власти.", ["killed"]),
    ("de", "Todesopfer gab es bei dem Hochwasser am Mittwoch keine, teilten die Behörden mit.", ["killed"]),
    ("tr", "Çarşamba günkü selde can kaybı yaşanmadığını bölge yetkilileri açıkladı.", ["killed"]),
    ("tr", "Kazada yaralanan olmadığını açıkladı.", ["injured"]),
    ("nl", "Bij de overstroming van woensdag vielen geen slachtoffers, aldus de autoriteiten.", ["killed", "injured"]),
    ("de", "Es gab keine Opfer.", ["killed", "injured"]),
    # a toll word of the dead holding the casualty word stays the dead's
    ("nl", "Er vielen geen dodelijke slachtoffers.", ["killed"]),
    ("de", "Es gab keine Todesopfer.", ["killed"]),
])
def test_more_no_victim_wordings_are_zero_tolls(lang, text, units):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(0.0, u) for u in units]


@pytest.mark.parametrize("lang, text", [
    # a group among the victims: no toll of nobody (text data "zero_among")
    ("ru", "Жертв среди россиян нет."),
    ("de", "Opfer unter den deutschen Urlaubern gab es keine."),
    # the absence does not close the clause, or no toll opens it
    ("de", "Verletzte wurden nach Angaben der Polizei in keine Klinik gebracht."),
    ("tr", "Elektrik kesintisi yaşanmadı."),
    ("en", "There was no word on arrests."),
    ("en", "No one knows how many were arrested."),
    ("ru", "Задержанных среди участников акции нет."),
    ("es", "Los heridos fueron trasladados sin demora al hospital."),
    ("en", "Deaths from the virus have fallen in no time."),
    # an arrest verb before a count of things counts no arrests
    ("ru", "Рейс задержали на два часа."),
    ("pl", "Policja zatrzymała dwa samochody."),
    ("es", "Nadie detuvo el tren."),
    # an agent's verb of arresting names no event of its subject (text data "arrest_verbs", not "measures")
    ("cs", "Anna Weber zadržela dech."),
    ("pl", "Pociąg zatrzymał się na dwie godziny."),
    ("fr", "Aucun arrêté n'a été pris."),
])
def test_no_zero_and_no_arrest_where_none_is_said(lang, text):
    assert not [q for q in extract_numbers(text, lang) if q.value == 0.0 or q.unit == "arrested"]


@pytest.mark.parametrize("lang, text, unit", [
    # an auxiliary after the count opens a bracket its participle closes (text data "toll_brackets")
    ("de", "Dutzende Menschen wurden am Mittwoch im Tal verletzt.", "injured"),
    ("de", "Drei Menschen wurden am Mittwoch im Tal von der Polizei festgenommen.", "arrested"),
    ("cs", "Desítky lidí utrpěly ve středu v údolí zranění.", "injured"),
    ("cs", "Dva lidé byli ve středu v údolí zraněni.", "injured"),
    ("nl", "Drie mensen raakten woensdag in de vallei gewond.", "injured"),
    ("de", "200 Menschen wurden am Mittwoch im Tal von der Flut eingeschlossen.", "trapped"),  # a counted event (num52)
    # the clause's end is no toll: the count stays one of people
    ("de", "200 Menschen wurden am Mittwoch im Tal von der Flut überrascht.", "menschen"),
    ("cs", "Dva lidé byli ve středu převezeni do nemocnice v Brně.", "lidé"),
])
def test_a_toll_closing_the_bracket_an_auxiliary_opens(lang, text, unit):
    assert [q.unit for q in extract_numbers(text, lang)] == [unit]
