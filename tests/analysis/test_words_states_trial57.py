"""trial57 F46, F40, F32, F39: numbers and states written in words, across languages.

F46: compound number words were read in pieces — ru «полутора тысяч» (1,500) as 1000 (a false conflict against
"1,500"), «двух с половиной тысяч» as 2, ar "ألف وخمسمئة" not at all and "ألفين وخمسمئة" as 2000, tr "bin beş yüz"
as 5 and 100, fr "un millier et demi" as 1000, pl "półtora tysiąca" not at all (text data "fraction_numbers",
"half_after", "number_joiners", hundreds in "number_words"). F40: a single death without a numeral ("Un uomo di 67
anni è morto", "a man died", «погиб мужчина») was no count, and es "sin que se registraran víctimas mortales" no
zero (text data "single_person", "absence_negation"). F32/F39: "Service between A and B resumed" / "remained
suspended" and "Line 5 reopened" / "La línea 5 permanecerá cerrada hasta el lunes" had no measure, so no stance
(text data "measure_nouns")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_stance
from storylens.analysis.quantities import extract_numbers


def _values(text: str, lang: str) -> list[float]:
    return [q.value for q in extract_numbers(text, lang) if q.value is not None]


@pytest.mark.parametrize("lang, text, value", [
    ("ru", "Около полутора тысяч жителей пяти деревень эвакуировали во вторник.", 1500),
    ("ru", "Эвакуировали полторы тысячи человек.", 1500),
    ("ru", "Около двух с половиной тысяч жителей эвакуировали во вторник.", 2500),
    ("uk", "У вівторок евакуювали близько півтори тисячі мешканців п'яти сіл.", 1500),
    ("pl", "We wtorek ewakuowano około półtora tysiąca mieszkańców pięciu wsi.", 1500),
    ("pl", "Ewakuowano dwa i pół tysiąca mieszkańców.", 2500),
    ("ar", "تم إجلاء نحو ألف وخمسمئة من سكان خمس قرى يوم الثلاثاء.", 1500),
    ("ar", "تم إجلاء نحو ألفين وخمسمئة من سكان خمس قرى يوم الثلاثاء.", 2500),
    ("ar", "قتل خمسة وعشرون شخصا في الهجوم.", 25),
    ("tr", "Salı günü beş köyden yaklaşık bin beş yüz kişi tahliye edildi.", 1500),
    ("tr", "İki bin beş yüz kişi tahliye edildi.", 2500),
    ("tr", "Yaklaşık iki buçuk milyon kişi oy kullandı.", 2_500_000),
    ("fr", "Environ un millier et demi d'habitants ont été évacués mardi.", 1500),
    ("es", "Unos mil quinientos vecinos fueron evacuados.", 1500),
    ("es", "Unas dos mil quinientas personas fueron evacuadas.", 2500),
    ("es", "Murieron treinta y cinco personas.", 35),
    ("pt", "Cerca de mil e quinhentas pessoas foram retiradas.", 1500),
    ("de", "Rund eineinhalb Tausend Anwohner wurden evakuiert.", 1500),
    ("en", "Two and a half million people voted.", 2_500_000),
])
def test_compound_number_words_are_one_figure(lang, text, value):
    assert value in _values(text, lang)
    assert not any(v in (1000, 2000, 100) for v in _values(text, lang) if v != value)


@pytest.mark.parametrize("lang, text, values", [
    ("tr", "İki üç kişi yaralandı.", [2, 3]),  # a range of two words, no sum
    ("pt", "Entre cinco e dez pessoas ficaram feridas.", [5, 10]),
    ("es", "El paro subió un cinco por ciento en mayo.", [5]),  # "por ciento" is no hundred
    ("ar", "ارتفع التضخم بنسبة خمسة في المئة.", [5]),
])
def test_number_words_side_by_side_stay_apart(lang, text, values):
    assert _values(text, lang) == values


@pytest.mark.parametrize("lang, text, unit", [
    ("it", "Un uomo di 67 anni è morto.", "killed"),
    ("it", "È morto un uomo.", "killed"),
    ("en", "A man died in hospital on Sunday.", "killed"),
    ("en", "A 67-year-old woman was seriously injured.", "injured"),
    ("de", "Ein Mann starb noch am Unfallort.", "killed"),
    ("es", "Murió un hombre de 67 años.", "killed"),
    ("fr", "Un homme est mort dans l'incendie.", "killed"),
    ("pt", "Um homem morreu no incêndio.", "killed"),
    ("nl", "Een man kwam om het leven.", "killed"),
    ("ru", "В результате пожара погиб мужчина.", "killed"),
    ("ru", "Мужчина погиб на месте.", "killed"),
    ("uk", "Загинув чоловік.", "killed"),
    ("pl", "Zginął mężczyzna.", "killed"),
    ("cs", "Zemřel muž.", "killed"),
])
def test_a_single_victim_without_a_numeral_is_a_toll_of_one(lang, text, unit):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang) if q.unit in ("killed", "injured")] == [(1.0, unit)]


@pytest.mark.parametrize("lang, text, tolls", [
    ("en", "Police arrested a man who killed two people.", [2.0]),
    ("en", "A man said three people were killed.", [3.0]),
    ("en", "A man whose son died spoke to reporters.", []),
    ("ru", "Пять человек погибли.", [5.0]),
    ("en", "A man was arrested on Sunday.", []),
    ("en", "Among those killed was a child.", []),
    ("pl", "Jedna z ofiar to dziecko.", []),
    ("ru", "Среди погибших оказался мужчина.", []),
])
def test_a_singular_noun_beside_another_toll_counts_nobody(lang, text, tolls):
    assert [q.value for q in extract_numbers(text, lang) if q.unit in ("killed", "injured")] == tolls


@pytest.mark.parametrize("lang, text, unit", [
    ("es", "El incendio obligó a evacuar la estación sin que se registraran víctimas mortales.", "killed"),
    ("pt", "O incêndio obrigou a evacuar a estação sem que houvesse feridos.", "injured"),
    ("it", "L'incendio si è spento senza che si registrassero feriti.", "injured"),
])
def test_without_any_victims_in_the_subjunctive_is_a_zero(lang, text, unit):
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(0.0, unit)]


@pytest.mark.parametrize("lang, stance, text", [
    ("en", "lifted", "Service between Daejeon and Dongdaegu resumed on Thursday evening."),
    ("en", "kept", "Service between Daejeon and Dongdaegu remained suspended on Thursday evening."),
    ("ko", "kept", "사고 여파로 대전∼동대구 구간 열차 운행이 중단된 상태다."),
    ("ja", "kept", "大田―東大邱間の運行が停止している。"),  # the -te iru form: still stopped
    ("ja", "kept", "大田―東大邱間の運行は停止中だ。"),
    ("ja", "closed", "運行を停止した。"),
    ("zh", "kept", "大田至东大邱区间列车处于停运状态。"),
    ("en", "lifted", "Line 5 reopened on Sunday."),
    ("es", "kept", "La línea 5 permanecerá cerrada hasta el lunes."),
    ("pt", "lifted", "A linha 5 foi reaberta no domingo."),
    ("nl", "kept", "Lijn 5 blijft tot maandag dicht tussen Ópera en Gran Vía."),
    ("fr", "kept", "La ligne 5 restera fermée jusqu'à lundi."),
    ("it", "lifted", "La linea 5 è stata riaperta domenica."),
    ("de", "kept", "Die Linie 5 bleibt bis Montag gesperrt."),
    ("ru", "lifted", "Движение по линии 5 возобновлено в воскресенье."),
    ("uk", "kept", "Лінія 5 залишиться закритою до понеділка."),
    ("pl", "kept", "Linia 5 pozostanie zamknięta do poniedziałku."),
    ("ko", "kept", "5호선은 월요일까지 폐쇄된다."),
])
def test_a_line_or_service_by_name_has_a_state(lang, stance, text):
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize("lang, text", [
    ("en", "He crossed the line 5 times."),
    ("en", "The party line remained closed to debate."),
    ("en", "A memorial service was held on Sunday."),
])
def test_a_line_or_a_service_that_is_no_transport_has_no_state(lang, text):
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize("lang, text, values", [
    ("en", "Line 5 reopened on Sunday.", []),
    ("en", "A fire in a line 5 carriage forced the evacuation of about 600 passengers.", [600]),
    ("es", "Un incendio en un vagón de la línea 5 obligó a desalojar a unos 600 viajeros.", [600]),
    ("pt", "A linha 5 foi reaberta no domingo.", []),
    ("de", "Die Linie 5 bleibt bis Montag gesperrt.", []),
    ("ko", "5호선 운행이 중단됐다.", []),
    ("en", "The bus line 5 km long was closed.", [5]),  # a length, no name
])
def test_a_line_number_is_a_name_not_a_count(lang, text, values):
    assert _values(text, lang) == values
