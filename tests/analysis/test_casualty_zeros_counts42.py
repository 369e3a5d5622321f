"""Zero tolls and round counts left unread after stop 41 (trial52 F5/F6/F16/F18, issue #12).

- A toll of nobody of the killed and the injured together (text data "casualty_words"): zh «未造成人员伤亡» (Xinhua),
  ja «死傷者は出ていない», ko «인명 피해는 없었다» (Yonhap), en "There were no casualties", ar «لم تسجل خسائر بشرية», es
  «sin daños personales», de "Niemand kam zu Schaden" read no figure; each is now none killed and none injured.
- cs "Nikdo nezemřel": the toll verb carries the negation prefix (text data "negation_prefix").
- "No one else" in it/fr/es/pt (en read it already): «Nessun altro è rimasto ferito».
- cs collective numerals («Troje dětí»), and round amounts in words (text data "vague_amounts": fr «une
  cinquantaine», it «una ventina», es «decenas», pl «kilkanaście», nl "tientallen", tr «onlarca», ja «数十人»,
  ko «수십 명»): «une cinquantaine de familles» against "etwa 200 Familien" had no figure on the French side.
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import compare_numbers, extract_numbers
from storylens.report.pipeline import _Measures, _ZeroAgainstCount

CASUALTY_ZEROS = [
    ("zh", "事故未造成人员伤亡。"),
    ("zh", "事故没有造成人员伤亡。"),
    ("zh", "此次地震未造成人员伤亡和财产损失。"),
    ("zh", "事故未造成任何人员伤亡。"),
    ("zh", "无人员伤亡。"),
    ("ja", "死傷者は出ていない。"),
    ("ja", "この事故による死傷者はいない。"),
    ("ja", "人的被害はなかった。"),
    ("ko", "인명 피해는 없었다."),
    ("ko", "인명피해는 없는 것으로 알려졌다."),
    ("ko", "사상자는 없었다."),
    ("en", "There were no casualties."),
    ("en", "The quake caused no casualties, officials said."),
    ("ar", "ولم تسجل خسائر بشرية."),
    ("es", "El incendio se saldó sin daños personales."),
    ("es", "No hubo que lamentar daños personales."),
    ("de", "Niemand kam zu Schaden."),
]


@pytest.mark.parametrize(("lang", "text"), CASUALTY_ZEROS)
def test_no_casualties_is_none_killed_and_none_injured(lang: str, text: str) -> None:
    assert sorted((q.value, q.unit) for q in extract_numbers(text, lang)) == [(0.0, "injured"), (0.0, "killed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The attack caused 20 casualties."),  # a count of casualties is neither 20 dead nor 20 injured
    ("en", "The army suffered heavy casualties."),
    ("zh", "事故造成3人伤亡。"),
    ("zh", "伤亡情况正在统计中。"),
    ("ja", "死傷者の数は分かっていない。"),  # the number is unknown
    ("ko", "인명 피해가 없도록 대비해야 한다."),  # "prepare so that there are no casualties": no report of none
    ("ko", "이 사고로 3명의 사상자가 발생했다."),
])
def test_casualty_words_without_an_absence_count_no_dead_and_no_injured(lang: str, text: str) -> None:
    found = extract_numbers(text, lang)
    assert not [q for q in found if q.unit in ("killed", "injured")]
    assert not [q for q in found if q.value == 0.0]


@pytest.mark.parametrize(("lang", "text", "toll"), [
    ("cs", "Nikdo nezemřel.", "killed"),
    ("cs", "Při nehodě nikdo nezahynul.", "killed"),
    ("cs", "Nikdo nebyl zraněn.", "injured"),
    ("it", "Nessun altro è rimasto ferito.", "injured"),
    ("it", "Nessun'altra persona è rimasta ferita.", "injured"),
    ("fr", "Personne d'autre n'a été blessé.", "injured"),
    ("es", "Ninguna otra persona resultó herida.", "injured"),
    ("pt", "Ninguém mais ficou ferido.", "injured"),
    ("pt", "Nenhuma outra pessoa ficou ferida.", "injured"),
])
def test_other_zero_tolls(lang: str, text: str, toll: str) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(0.0, toll)]


@pytest.mark.parametrize(("lang", "text"), [
    ("cs", "Nemocnice nezemřela."),  # a negated toll verb with no absence of victims around it
    ("it", "Nessun altro dettaglio è stato reso noto sui feriti."),
    ("cs", "Nikdo neví, kolik lidí zemřelo."),
])
def test_no_zero_without_an_absence_of_victims(lang: str, text: str) -> None:
    assert not [q for q in extract_numbers(text, lang) if q.value == 0.0]


@pytest.mark.parametrize(("lang", "text", "value", "low", "high"), [
    ("fr", "Une cinquantaine de familles ont été évacuées.", 50, 40, 65),
    ("fr", "Une vingtaine de personnes ont été blessées.", 20, 16, 26),
    ("fr", "Plusieurs dizaines de personnes ont été blessées.", 30, 20, 99),
    ("it", "Una cinquantina di famiglie sono state evacuate.", 50, 40, 65),
    ("it", "Decine di persone sono rimaste ferite.", 30, 20, 99),
    ("it", "Decine di migliaia di persone sono state evacuate.", 30000, 20000, 99999),
    ("es", "Una veintena de personas resultaron heridas.", 20, 16, 26),
    ("es", "Un centenar de personas fueron evacuadas.", 100, 80, 130),
    ("es", "Miles de personas fueron evacuadas.", 3000, 2000, 9999),
    ("pt", "Dezenas de pessoas ficaram feridas.", 30, 20, 99),
    ("pl", "Kilkanaście osób zostało rannych.", 15, 11, 19),
    ("pl", "Setki rodzin ewakuowano.", 300, 200, 999),
    ("nl", "Tientallen mensen raakten gewond.", 30, 20, 99),
    ("tr", "Yüzlerce aile tahliye edildi.", 300, 200, 999),
    ("cs", "Desítky lidí byly zraněny.", 30, 20, 99),
    ("ar", "أصيب العشرات.", 30, 20, 99),
    ("ja", "数十人がけがをした。", 30, 20, 99),
    ("ja", "数十万人が避難した。", 300000, 200000, 999999),
    ("ko", "수십 명이 다쳤다.", 30, 20, 99),
])
def test_round_amounts_in_words(lang: str, text: str, value: float, low: float, high: float) -> None:
    found = extract_numbers(text, lang)
    assert [(q.value, q.low, q.high) for q in found] == [(value, low, high)]
    assert found[0].vague


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("fr", "Une quarantaine de 14 jours a été imposée.", 14),  # a quarantine, not about forty
    ("es", "Una cuarentena de 14 días.", 14),
    ("pl", "Dwa tysiące osób ewakuowano.", 2000),  # a number's scale, not "thousands"
    ("pl", "Trzy tysiące osób ewakuowano.", 3000),
    ("en", "He drove 30 miles de facto.", 30),  # English miles, not Spanish "miles de"
])
def test_round_amount_words_in_other_senses(lang: str, text: str, value: float) -> None:
    assert [q.value for q in extract_numbers(text, lang)] == [value]


def test_a_korean_amount_of_billions_is_not_tens() -> None:
    assert not [q for q in extract_numbers("수십억 원의 피해가 났다.", "ko") if q.value == 30]


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("cs", "Troje dětí bylo zraněno.", 3),
    ("cs", "Dvoje dveře byly rozbité.", 2),
])
def test_czech_collective_numerals(lang: str, text: str, value: float) -> None:
    assert [q.value for q in extract_numbers(text, lang)] == [value]


def test_about_fifty_families_against_about_two_hundred_conflicts() -> None:
    fr = extract_numbers("Une cinquantaine de familles ont été évacuées jeudi à Quimper.", "fr")
    de = extract_numbers("In Quimper sind am Donnerstag etwa 200 Familien in Sicherheit gebracht worden.", "de")
    assert compare_numbers(fr, de) == ["evacuated: une cinquantaine vs 200"]
    # about fifty against 45 is one figure
    assert compare_numbers(fr, extract_numbers("45 Familien wurden evakuiert.", "de")) == []


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("zero", "zero_lang"), [(t, lg) for lg, t in CASUALTY_ZEROS])
@pytest.mark.parametrize(("some", "some_lang", "key"), [
    ("Three people were slightly injured.", "en", "injured"),
    ("وأصيب ثلاثة أشخاص بجروح طفيفة.", "ar", "injured"),
    ("2명이 숨졌다.", "ko", "killed"),
])
def test_no_casualties_against_some_injured_or_dead_conflicts(zero: str, zero_lang: str, some: str, some_lang: str,
                                                               key: str) -> None:
    check = _ZeroAgainstCount(_Measures({"d1": "2026-11-26", "d2": "2026-11-26"}))
    found = check(_unit("d1", zero, zero_lang), _unit("d2", some, some_lang))
    assert [f.split(":")[0] for f in found] == [key], found


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("两国签署了6项合作文件。", 6, "合作"),
    ("双方签署了8份协议。", 8, "协议"),
    ("共发生3起交通事故。", 3, "交通"),
    ("公司召回了2万件产品。", 20000, "产品"),
    ("事故造成3人死亡。", 3, "killed"),
])
def test_a_chinese_classifier_is_no_part_of_the_unit(text: str, value: float, unit: str) -> None:
    # the unit was the classifier glued to the noun's first character: "项合", "份协" (trial52 F22)
    assert [(q.value, q.unit) for q in extract_numbers(text, "zh")] == [(value, unit)]


@pytest.mark.parametrize(("zero", "zero_lang"), [
    # none more, none else, none of a part: against another report's total no contradiction
    ("No further deaths were reported.", "en"),
    ("No further casualties were reported.", "en"),
    ("There were no new deaths overnight.", "en"),
    ("No civilian casualties were reported.", "en"),
    ("Keine weiteren Toten wurden gemeldet.", "de"),
    ("Il n'y a pas eu d'autres victimes.", "fr"),
    ("No hubo más víctimas mortales.", "es"),
    ("Nessun altro è morto.", "it"),
    ("No one else was killed.", "en"),
    ("Sonst kam niemand ums Leben.", "de"),
    ("Mais ninguém morreu.", "pt"),
    ("Nikt inny nie zginął.", "pl"),
    ("Больше никто не погиб.", "ru"),
    ("其他人员无伤亡。", "zh"),
    ("ほかに死者はいない。", "ja"),
    ("추가 인명 피해는 없었다.", "ko"),
])
def test_a_zero_of_others_is_no_contradiction_of_a_total(zero: str, zero_lang: str) -> None:
    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    a, b = _unit("d1", zero, zero_lang), _unit("d2", "Two people were killed.", "en")
    assert [q.value for q in extract_numbers(zero, zero_lang)] and all(
        q.value == 0 for q in extract_numbers(zero, zero_lang))
    assert _ZeroAgainstCount(measures)(a, b) == []
    assert measures.measure_conflicts(a, b) == []


def test_a_plain_zero_beside_another_clause_still_conflicts() -> None:
    # an "other" word in another clause leaves the zero whole
    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    a = _unit("d1", "Other roads were closed, no one was killed.", "en")
    b = _unit("d2", "Two people were killed.", "en")
    assert measures.measure_conflicts(a, b) == ["killed: no one vs 2"]


@pytest.mark.parametrize(("lang", "text"), [
    # a round amount before a scale word would lose its magnitude: left unread
    ("es", "La empresa invirtió miles de millones de euros."),
    ("es", "Cientos de millones de personas viven en la pobreza."),
    ("it", "Centinaia di milioni di euro sono stati stanziati."),
    ("nl", "Honderden miljoenen euro."),
])
def test_no_round_amount_before_a_scale_word(lang: str, text: str) -> None:
    assert not [q for q in extract_numbers(text, lang) if q.vague]
