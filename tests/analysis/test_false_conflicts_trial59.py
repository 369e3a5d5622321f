"""trial59 F6/F7/F15: false conflicts a new user met, each kind in the languages the text layer reads.

F6 polarity: a fact said once with a negation and once without, or twice with two languages' negations. Korean
joins clauses with a comma written against the word before it ("감시하고 있으며, … 없다고 밝혔다"), which the clause
links never cut, so the Korean denial of an anomaly was set against the Chinese report's monitoring sentence; and a
negated noun of loss, damage, change or anomaly ("with no loss of pay", text data "null_states") states what a whole
state does ("bei vollem Lohnausgleich", "normal", text data "whole_states").
F7 dates: "am Morgen" (the morning) is no "morgen" (tomorrow); a weekday after "a.m." keeps its clause's tense.
F15 figures: a part of a count ("of whom 3 seriously", "其中3人", "うち3人") is no second count of it, and an age
after Hebrew "בת" or Greek "ηλικίας" is no count of people."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.analysis.conflicts import clauses, compound, filter_numbers, negated, polarity
from storylens.analysis.quantities import compare_numbers, differing_numbers
from storylens.analysis.quantities._dates import extract_dates

# -- F6: a Korean comma joins two clauses ------------------------------------------------------------------------------


def test_a_korean_comma_cuts_two_clauses():
    text = ("환경 당국은 사고 현장 주변에 측정 지점을 설치해 대기와 수질을 감시하고 있으며, 지금까지 대기 중 "
            "오염물질 농도에 뚜렷한 이상은 없다고 밝혔다.")
    assert compound(text, "ko")
    assert len(clauses(text, "ko")) == 2


def test_a_korean_comma_between_digits_cuts_nothing():
    assert clauses("1,200명이 대피했다.", "ko") == ["1,200명이 대피했다."]


def test_the_korean_denial_of_an_anomaly_is_no_conflict_with_the_chinese_monitoring():
    ko = ("환경 당국은 사고 현장 주변에 측정 지점을 설치해 대기와 수질을 감시하고 있으며, 지금까지 대기 중 "
          "오염물질 농도에 뚜렷한 이상은 없다고 밝혔다.")
    zh_denial = "初步监测结果显示，周边空气中主要污染物浓度未见明显异常。"
    assert polarity(zh_denial, "zh", ko, "ko") is None  # both deny


# -- F6: a negated noun of loss, damage, change or anomaly against the whole state ---------------------------------------

_FULL_PAY = [
    ("Die Gewerkschaft fordert eine Absenkung der Wochenarbeitszeit auf 35 Stunden bei vollem Lohnausgleich.", "de"),
    ("The union wants a 35-hour week on full pay.", "en"),
]
_NO_LOSS = [
    ("The union is demanding a cut in the working week to 35 hours with no loss of pay.", "en"),
    ("Die Gewerkschaft will die 35-Stunden-Woche, es soll keine Lohneinbußen geben.", "de"),
]


@pytest.mark.parametrize("plain", _FULL_PAY)
@pytest.mark.parametrize("denial", _NO_LOSS)
def test_no_loss_of_pay_is_full_pay(plain, denial):
    assert polarity(plain[0], plain[1], denial[0], denial[1]) is None


_NORMAL = [
    ("Air quality around the plant was normal.", "en"),
    ("Die Luftwerte rund um das Werk waren unauffällig.", "de"),
    ("Les niveaux de pollution autour de l'usine sont normaux.", "fr"),
    ("Los niveles de contaminación eran normales.", "es"),
    ("I livelli di inquinamento erano normali.", "it"),
    ("Os níveis de poluição eram normais.", "pt"),
    ("Уровень загрязнения в пределах нормы.", "ru"),
    ("Рівень забруднення в межах норми.", "uk"),
    ("Poziom zanieczyszczeń jest w normie.", "pl"),
    ("Hladiny znečištění byly v normě.", "cs"),
    ("De luchtkwaliteit was normaal.", "nl"),
    ("Hava kalitesi normal seviyede.", "tr"),
    ("وقالت السلطات إن مستويات التلوث طبيعية.", "ar"),
    ("周边空气质量正常。", "zh"),
    ("大気中の汚染物質の濃度は正常だという。", "ja"),
    ("대기 중 오염물질 농도는 정상이라고 밝혔다.", "ko"),
]
_NO_ANOMALY = [
    ("No anomalies were detected in the air around the plant.", "en"),
    ("Die Messungen zeigten keine Auffälligkeiten.", "de"),
    ("Les mesures n'ont révélé aucune anomalie.", "fr"),
    ("Las mediciones no detectaron ninguna anomalía.", "es"),
    ("Non sono state rilevate anomalie.", "it"),
    ("Não foram detetadas anomalias.", "pt"),
    ("Никаких отклонений не выявлено.", "ru"),
    ("Жодних відхилень не виявлено.", "uk"),
    ("Nie stwierdzono żadnych nieprawidłowości.", "pl"),
    ("Žádné změny nebyly zjištěny.", "cs"),
    ("De metingen toonden geen afwijkingen.", "nl"),
    ("Ölçümlerde herhangi bir anormallik tespit edilmedi.", "tr"),
    ("ولم تسجل أي تغييرات في مستويات التلوث.", "ar"),
    ("初步监测结果显示，周边空气中主要污染物浓度未见明显异常。", "zh"),
    ("大気中の汚染物質の濃度に目立った異常は見られないとしています。", "ja"),
    ("지금까지 대기 중 오염물질 농도에 뚜렷한 이상은 없다고 밝혔다.", "ko"),
]


@pytest.mark.parametrize("plain, denial", list(zip(_NORMAL, _NO_ANOMALY, strict=True)))
def test_no_anomaly_is_normal_in_each_language(plain, denial):
    assert polarity(plain[0], plain[1], denial[0], denial[1]) is None  # one language
    assert polarity(_NORMAL[0][0], "en", denial[0], denial[1]) is None  # against English
    assert polarity(plain[0], plain[1], _NO_ANOMALY[0][0], "en") is None


@pytest.mark.parametrize("plain, denial", [
    (("The dam was damaged.", "en"), ("Der Damm hat keine Schäden.", "de")),
    (("The dam was damaged.", "en"), ("Дамба не была повреждена.", "ru")),
    (("Air quality was normal.", "en"), ("Air quality was not normal.", "en")),
    (("The union wants full pay.", "en"), ("The union did not demand full pay.", "en")),
    (("Die Werte waren normal.", "de"), ("Es gab keine Auffälligkeiten, doch das Werk öffnete nicht.", "de")),
])
def test_a_denial_of_anything_else_still_conflicts(plain, denial):
    assert polarity(plain[0], plain[1], denial[0], denial[1]) is not None


# -- F7: the morning is no tomorrow; a weekday after "a.m." ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "An den Hauptbahnhöfen in Frankfurt und Köln standen am Morgen Tausende Pendler vor leeren Anzeigetafeln.",
    "Am Abend blieb der Bahnhof leer. Am Morgen kamen die Pendler zurück.",
    "Der Bahnhof war jeden Morgen voll.",
])
def test_the_morning_is_no_tomorrow(text):
    assert not [d for d in extract_dates(text, published="2026-12-02", language="de") if d.date == "2026-12-03"]


@pytest.mark.parametrize("text", ["Der Streik geht morgen weiter.", "Morgen beginnt der Streik.",
                                  "Bis morgen früh bleibt die Strecke gesperrt."])
def test_tomorrow_is_still_tomorrow(text):
    assert [d.date for d in extract_dates(text, published="2026-12-02", language="de")] == ["2026-12-03"]


@pytest.mark.parametrize("text", ["In de morgen stonden duizenden reizigers op het station.", "Elke morgen staan er files.",
                                  "Deze morgen was het druk op het station."])
def test_the_dutch_morning_is_no_tomorrow(text):
    assert not extract_dates(text, published="2026-12-02", language="nl")


@pytest.mark.parametrize("text", ["De staking gaat morgen door.", "Morgen staken de machinisten."])
def test_the_dutch_tomorrow_is_still_tomorrow(text):
    assert [d.date for d in extract_dates(text, published="2026-12-02", language="nl")] == ["2026-12-03"]


def test_this_morning_is_today():
    assert [d.date for d in extract_dates("Heute Morgen standen Tausende am Bahnhof.", published="2026-12-02",
                                          language="de")] == ["2026-12-02"]


@pytest.mark.parametrize("text, lang, day", [
    ("The walkout is due to last 72 hours, ending at 2 a.m. on Saturday.", "en", "2026-12-05"),
    ("The strike will end at 2 p.m. on Friday.", "en", "2026-12-04"),
    ("Der Ausstand soll 48 Stunden dauern und am Freitag um 2.00 Uhr enden.", "de", "2026-12-04"),
    ("The strike began at 2 a.m. on Tuesday.", "en", "2026-12-01"),
])
def test_a_weekday_after_a_clock_abbreviation_keeps_its_clause_tense(text, lang, day):
    assert [d.date for d in extract_dates(text, published="2026-12-02", language=lang)] == [day]


# -- F15: a part of a count, and an age --------------------------------------------------------------------------------

_TOTAL = ("Five people died and 42 were injured.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Five people died and 42 were injured, of whom three seriously.", "en"),
    ("Fünf Menschen starben, 42 wurden verletzt, davon drei schwer.", "de"),
    ("Cinq morts et 42 blessés, dont trois grièvement.", "fr"),
    ("Cinco muertos y 42 heridos, de ellos tres graves.", "es"),
    ("Cinque morti e 42 feriti, di cui tre gravi.", "it"),
    ("Пять человек погибли, 42 пострадали, из них трое в тяжелом состоянии.", "ru"),
    ("П'ятеро загинули, 42 постраждали, з них троє у важкому стані.", "uk"),
    ("Pięć osób zginęło, 42 zostały ranne, z nich trzy ciężko.", "pl"),
    ("截至当晚21时，事故已造成5人死亡、42人受伤，其中3人伤势较重。", "zh"),
    ("けがをした人のうち3人は重傷だということです。", "ja"),
    ("부상자 가운데 3명은 중상이다.", "ko"),
])
def test_a_part_of_a_count_is_no_second_count(text, lang):
    parts = [q for q in quantities.extract_numbers(text, lang) if q.part]
    assert [q.value for q in parts] == [3]
    total = quantities.extract_numbers(*_TOTAL)
    mine = quantities.extract_numbers(text, lang)
    assert not [m for m in compare_numbers(total, mine) if "injured" in m]
    assert not [d for d in differing_numbers(total, mine) if d[0] == "injured"]


def test_two_parts_still_compare():
    a = quantities.extract_numbers("42 people were injured, of whom 3 children.", "en")
    b = quantities.extract_numbers("42 people were injured, of whom 7 children.", "en")
    assert compare_numbers(a, b) == ["child (of them): 3 vs 7"]


@pytest.mark.parametrize("text, lang", [
    ("אישה בת 81 נהרגה כאשר חלק מביתה קרס בכפר ארכנס.", "he"),
    ("Μια γυναίκα ηλικίας 81 σκοτώθηκε στις Αρχάνες.", "el"),
    ("Μια γυναίκα 81 ετών σκοτώθηκε στις Αρχάνες.", "el"),
    ("81세 여성이 숨졌다.", "ko"),
    ("81 yaşındaki bir kadın öldü.", "tr"),
    ("Eine Frau im Alter von 81 Jahren kam ums Leben.", "de"),
])
def test_an_age_is_no_count_of_people(text, lang):
    kinds = filter_numbers(text, quantities.extract_numbers(text, lang), lang)
    assert [n.text for n in kinds.get("age", [])] == ["81"]
    assert "81" not in [n.text for n in kinds.get("count", [])]


# -- the CJK negators: Korean negations in the formal and joined forms ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "현재까지 인명 피해는 없습니다.",
    "경찰은 용의자를 체포하지 않았습니다.",
    "대기 중 오염물질 농도에 이상은 없지만 감시를 계속하고 있다.",
    "당국은 원인을 밝히지 못했습니다.",
])
def test_korean_formal_and_joined_negations_deny(text):
    assert negated(text, "ko")


@pytest.mark.parametrize("text", ["6명이 숨지고 42명이 다쳤다.", "행사는 차질 없이 진행됐다."])
def test_korean_without_a_negation_affirms(text):
    assert not negated(text, "ko")


def test_a_korean_formal_denial_conflicts_with_its_affirmation():
    assert polarity("The police arrested the suspect.", "en", "경찰은 용의자를 체포하지 않았습니다.", "ko") is not None


@pytest.mark.parametrize("text, lang", [
    ("The strike runs until Friday.", "en"), ("Der Streik dauert bis Freitag.", "de"),
    ("Le gouvernement doit trancher d'ici vendredi.", "fr"), ("Il governo deciderà entro venerdì.", "it"),
    ("La huelga durará hasta el viernes.", "es"), ("Забастовка продлится до пятницы.", "ru"),
    ("Strajk potrwa do piątku.", "pl"), ("Grev cuma gününe kadar sürecek.", "tr"),
    ("罢工将持续到周五。", "zh"), ("罢工持续到周五。", "zh"), ("ストは金曜日まで続く見通しです。", "ja"),
    ("파업은 금요일까지 계속된다.", "ko"),
])
def test_a_deadline_or_a_future_takes_the_next_weekday(text, lang):
    assert [d.date for d in extract_dates(text, published="2026-12-02", language=lang)] == ["2026-12-04"]


@pytest.mark.parametrize("text, lang", [("The strike ended on Friday.", "en"), ("Der Streik endete am Freitag.", "de"),
                                        ("罢工已于周五结束。", "zh"), ("截至周五，已有5人死亡。", "zh")])
def test_a_past_weekday_stays_behind(text, lang):
    assert [d.date for d in extract_dates(text, published="2026-12-02", language=lang)] == ["2026-11-27"]
