"""final34 #9 and #16: a transitive toll verb before a count of people ("mató a 12 personas", "causó la
muerte de 12 personas") was no killed count in Spanish, so another outlet's "Nueve personas murieron" was
no conflict; the same verb shapes in every data language ("tötete 12 Menschen", "погубила 12 человек",
"夺走了12人的生命", "12人の命を奪った") are read from the text data's measures. A conflict shows a number
word that names one number in digits ("killed: 14 vs 9", not "14 vs nueve"), as ``differs`` does."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers

KILLED = [
    ("es", "La avalancha mató a 12 personas el miércoles."),
    ("es", "La avalancha causó la muerte de 12 personas."),
    ("es", "El incendio se cobró la vida de 12 personas."),
    ("fr", "L'incendie a coûté la vie à 12 personnes."),
    ("fr", "Le séisme a frappé la ville, tuant 12 personnes."),
    ("it", "La valanga ha ucciso 12 persone mercoledì."),
    ("it", "La valanga ha causato la morte di 12 persone."),
    ("it", "L'incendio è costato la vita a 12 persone."),
    ("pt", "A avalanche matou 12 pessoas na quarta-feira."),
    ("pt", "A avalanche causou a morte de 12 pessoas."),
    ("de", "Die Lawine tötete 12 Menschen."),
    ("de", "Die Lawine riss 12 Menschen in den Tod."),
    ("nl", "De lawine doodde 12 mensen."),
    ("nl", "De lawine eiste 12 levens."),
    ("pl", "Lawina zabiła 12 osób."),
    ("pl", "Lawina spowodowała śmierć 12 osób."),
    ("cs", "Lavina zabila 12 lidí."),
    ("ru", "Лавина убила 12 человек."),
    ("ru", "Лавина унесла жизни 12 человек."),
    ("ru", "Лавина погубила 12 человек."),
    ("ru", "Лавина привела к гибели 12 человек."),
    ("uk", "Лавина вбила 12 людей."),
    ("uk", "Лавина забрала життя 12 людей."),
    ("tr", "Çığ 12 kişiyi öldürdü."),
    ("tr", "Çığ 12 kişinin ölümüne neden oldu."),
    ("ar", "أودى الانهيار بحياة 12 شخصا."),
    ("zh", "雪崩夺走了12人的生命。"),
    ("ja", "雪崩は12人の命を奪った。"),
    ("ko", "눈사태가 12명의 목숨을 앗아갔다."),
]


@pytest.mark.parametrize(("lang", "text"), KILLED)
def test_a_transitive_toll_verb_counts_the_dead(lang, text):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(12.0, "killed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Das Unglück kostete 12 Menschen das Leben."),
    ("de", "Das Unglück hat 12 Menschen das Leben gekostet."),
    ("nl", "De lawine kostte 12 mensen het leven."),
    ("en", "The fire cost 12 people their lives."),
])
def test_a_toll_frame_around_the_count_counts_the_dead(lang, text):
    """A verb before the count and its object after the people counted (text/data "toll_frames")."""
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(12.0, "killed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Die Retter retteten 12 Menschen das Leben."),
    ("nl", "De reddingswerkers redden 12 mensen het leven."),
    ("de", "Das kostete 12 Menschen den Arbeitsplatz."),
])
def test_half_a_toll_frame_is_no_toll(lang, text):
    assert all(q.unit != "killed" for q in extract_numbers(text, lang))


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("es", "La avalancha mató a 3 personas e hirió a 12.", "injured"),
    ("pt", "O sismo matou 3 pessoas e feriu 12.", "injured"),
    ("pl", "Lawina zabiła 3 osoby i raniła 12.", "injured"),
])
def test_the_second_verb_counts_its_own_figure(lang, text, unit):
    found = [(q.value, q.unit) for q in extract_numbers(text, lang)]
    assert found == [(3.0, "killed"), (12.0, unit)]


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "El hombre que mató a su esposa fue condenado a 30 años."),
    ("es", "Los bomberos rescataron a 30 personas tras la muerte de un guía."),
    ("nl", "De reddingswerkers redden 30 levens."),
    ("ru", "Спасатели эвакуировали 30 человек после гибели проводника."),
    ("uk", "Рятувальники евакуювали 30 людей після загибелі провідника."),
    ("pl", "Mężczyzna, który zabił żonę, dostał 30 lat więzienia."),
])
def test_a_toll_word_of_another_clause_counts_no_dead(lang, text):
    assert all(q.unit != "killed" for q in extract_numbers(text, lang))


@pytest.mark.parametrize(("lang", "text"), [
    ("es", "Nueve personas murieron el miércoles."),
    ("fr", "Neuf personnes sont mortes mercredi."),
    ("de", "Neun Menschen starben am Mittwoch."),
])
def test_another_outlets_toll_in_words_is_a_conflict_in_digits(lang, text):
    mato = extract_numbers("La avalancha mató a 14 personas, informó la defensa civil.", "es")
    assert compare_numbers(mato, extract_numbers(text, lang)) == ["killed: 14 vs 9"]


def test_a_range_word_and_nobody_stay_words():
    assert compare_numbers(extract_numbers("Dozens of people were killed.", "en"),
                           extract_numbers("164 people were killed.", "en")) == ["killed: dozens vs 164"]
