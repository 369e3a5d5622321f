"""Evacuees counted as people in one language and as the evacuated in another are one count (issue #12, newuser72
HIGH-1, LOW-13; stop 73).

"About 2,000 residents … were evacuated" reads "person", "Rund 1200 Anwohner … wurden evakuiert" reads "evacuated":
two keys, so 2,000 against 1,200 evacuees was shown as agreement (the same for pl, tr, ar, zh). Stop 72 read such
counts as evacuated at extraction and lost 27 cases ("were not evacuated", "many of whom were evacuated", "while the
factory was evacuated"); here only two aligned sentences that both count evacuees are read so, and only a count
of people tied to an affirmed evacuation word (:func:`storylens.analysis.quantities.evacuee_reading`). Inputs
written for these tests (newuser72's texts and units72's tester probes, /tmp/break_units72).
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.quantities import compare_numbers, evacuee_reading, extract_numbers
from storylens.report.pipeline import _Measures

EN = ("en", "About 2,000 residents living near the site were evacuated as a precaution, police said.")
DE = ("de", "Rund 1200 Anwohner in der Nähe des Geländes wurden vorsorglich evakuiert, so die Polizei.")


def _read(a: tuple[str, str], b: tuple[str, str]) -> tuple[list, list]:
    return evacuee_reading(a[1], a[0], extract_numbers(a[1], a[0]), b[1], b[0], extract_numbers(b[1], b[0]))


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    return compare_numbers(*_read(a, b))


@pytest.mark.parametrize(("lang", "text", "figure"), [
    ("de", DE[1], "1200"),
    ("pl", "Około 1200 mieszkańców z okolicy ewakuowano profilaktycznie – przekazała policja.", "1200"),
    ("tr", "Polis, tesisin yakınında yaşayan yaklaşık 1.200 kişinin önlem olarak tahliye edildiğini açıkladı.", "1.200"),
    ("ar", "وقالت الشرطة إنه تم إجلاء نحو 1200 من السكان القريبين من الموقع كإجراء احترازي.", "1200"),
    ("zh", "警方说，出于预防考虑，约1200名附近居民已被疏散。", "1200"),
    ("fr", "Environ 1 200 habitants vivant près du site ont été évacués par précaution, selon la police.", "1 200"),
    ("ru", "Около 1200 жителей, проживающих рядом с предприятием, были эвакуированы, сообщила полиция.", "1200"),
], ids=["de", "pl", "tr", "ar", "zh", "fr", "ru"])
def test_evacuees_as_people_meet_the_evacuated_of_another_language(lang: str, text: str, figure: str) -> None:
    assert _conflicts(EN, (lang, text)) == [f"evacuated: 2,000 vs {figure}"]
    assert _conflicts((lang, text), EN) == [f"evacuated: {figure} vs 2,000"]
    same = ("en", EN[1].replace("2,000", "1,200"))
    assert _conflicts(same, (lang, text)) == []


def test_two_english_reports_name_the_evacuated_not_persons() -> None:
    # LOW-13: "person: 1,200 vs 2,000" between two English reports of evacuees
    assert _conflicts(("en", EN[1].replace("2,000", "1,200")), EN) == ["evacuated: 1,200 vs 2,000"]


def test_an_evacuation_verb_before_its_count_ties_it() -> None:
    a = ("en", "Police evacuated about 2,000 residents from the area near the plant on Thursday.")
    assert _conflicts(a, DE) == ["evacuated: 2,000 vs 1200"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 2,000 residents living near the site were not evacuated, police said."),
    ("en", "About 2,000 residents weren’t evacuated, police said."),
    ("en", "The town has 3,000 residents, many of whom were evacuated."),
    ("en", "Of the town's 3,000 residents, about half were evacuated."),
    ("en", "About 2,000 residents were told to stay indoors while the factory was evacuated."),
    ("en", "Officials said about 5,000 residents could be evacuated if the dam fails."),
    ("en", "The village, home to 800 people, was evacuated on Sunday."),
    ("en", "Some 2,000 residents protested against the plan to evacuate the area."),
    ("en", "About 2,000 residents and 300 tourists were evacuated."),
    ("en", "The census counted 12,000 inhabitants; the old town was evacuated in 1990."),
    ("fr", "Environ 1 500 habitants vivant près du site n'ont pas été évacués."),
    ("es", "El pueblo tiene 3.000 vecinos, muchos de los cuales fueron evacuados."),
    ("it", "Il paese conta 3.000 residenti, molti dei quali sono stati evacuati."),
    ("ru", "В городе проживают 40 тысяч жителей, часть из которых была эвакуирована."),
    ("zh", "该镇有5000名居民，其中一半已被疏散。"),
    ("zh", "警方说，约2000名居民没有被疏散。"),
    ("zh", "约500人参加了音乐会，随后场馆被疏散。"),
], ids=["not", "n't", "of-whom", "half", "while", "could-if", "was", "plan-to", "and-figure", "semicolon", "fr-not",
        "es-partitive", "it-partitive", "ru-partitive", "zh-partitive", "zh-not", "zh-comma"])
def test_a_count_not_tied_to_an_affirmed_evacuation_is_no_evacuee_count(lang: str, text: str) -> None:
    # both sides as extraction read them: no count of people re-read as evacuated (extraction's own reading of
    # "weren't evacuated" as evacuated is main's, left as it was)
    read_a, read_b = _read((lang, text), DE)
    assert read_a == list(extract_numbers(text, lang)) and read_b == list(extract_numbers(DE[1], "de"))


def test_a_sentence_that_counts_no_evacuees_leaves_both_as_read() -> None:
    # "Rund 3000 Anwohner leben in der Nähe" counts residents, no evacuees: 2,000 evacuated is no reading of it
    other = ("de", "Rund 3000 Anwohner leben in der Nähe des Werks.")
    read_a, read_b = _read(EN, other)
    assert read_a == list(extract_numbers(EN[1], "en")) and read_b == list(extract_numbers(other[1], "de"))


def test_turkish_negative_verb_is_no_evacuation() -> None:
    read_a, _ = _read(("tr", "Yaklaşık 1200 kişi tahliye edilmedi."), EN)
    assert all(q.unit != "evacuated" for q in read_a)


def test_a_chinese_people_noun_after_a_modifier_of_place_counts_evacuees_only_when_tied() -> None:
    read_a, _ = _read(("zh", "警方说，出于预防考虑，约2000名附近居民已被疏散。"), EN)
    assert [(q.value, q.unit) for q in read_a] == [(2000, "evacuated")]
    # not evacuated, or unwilling: the count is left as extraction reads it (no "person" to meet a report's people)
    for text in ("约2000名附近居民未被疏散。", "约2000名附近居民不愿撤离。"):
        read_a, _ = _read(("zh", text), EN)
        assert read_a == list(extract_numbers(text, "zh"))


# break_evac73: a plan, a help, an adjective, a noun, a partitive, a population, a Turkish negative or future, and
# the extraction's "evacuated" on the other side is no proof: nothing is read as evacuees
_UNTIED = [
    ("en", "Officials are considering evacuating 5000 residents."),
    ("en", "About 300 people helped evacuate residents living near the site."),
    ("en", "About 500 people were allowed back into the evacuated area on Friday."),
    ("en", "Rescuers evacuated the area, pulling 300 people from the rubble."),
    ("en", "About 3,000 people live there, a portion of whom were evacuated."),
    ("de", "Die Behörden wollen 5000 Anwohner evakuieren."),
    ("de", "Die Evakuierung von 5000 Anwohnern wurde am Abend abgesagt."),
    ("de", "Das Dorf hat 3000 Einwohner und wurde evakuiert."),
    ("de", "Rund 500 Anwohner lehnten es ab, evakuiert zu werden."),
    ("fr", "Les autorités envisagent d'évacuer 5000 habitants."),
    ("es", "Unos 300 voluntarios ayudaron a evacuar a los vecinos."),
    ("it", "Circa 500 persone sono rientrate nella zona evacuata."),
    ("ru", "Власти планируют эвакуировать 5000 жителей."),
    ("ru", "Около 500 жителей вернулись в эвакуированный район."),
    ("pl", "Władze planują ewakuować 5000 mieszkańców."),
    ("tr", "Yaklaşık 1200 kişi tahliye edilmiyor."),
    ("tr", "Yaklaşık 1200 kişi tahliye edilecek."),
    ("tr", "Kasabadaki 3.000 kişinin bir kısmı tahliye edildi."),
    ("zh", "当局计划疏散5000名居民。"),
    # retest_evac73: a future or a modal before the participle, a plan, a schedule, a help
    ("es", "Unos 5.000 vecinos serán evacuados esta noche."),
    ("it", "Circa 5.000 residenti saranno evacuati stanotte."),
    ("fr", "Quelque 5 000 habitants seront évacués cette nuit."),
    ("de", "In der Nacht sollen 5.000 Anwohner evakuiert werden."),
    ("pl", "W nocy zostanie ewakuowanych 5000 mieszkańców."),
    ("tr", "Yetkililer 5.000 kişinin tahliye edileceğini söyledi."),
    ("ar", "قالت الشرطة إنه سيتم إجلاء 5000 شخص."),
    ("ar", "السلطات تستعد لإجلاء 5000 شخص."),
    ("ar", "الجيش يساعد في إجلاء 5000 شخص."),
]


@pytest.mark.parametrize(("lang", "text"), _UNTIED)
def test_no_count_tied_to_a_plan_a_help_an_adjective_or_a_part(lang: str, text: str) -> None:
    read_a, read_b = _read((lang, text), EN)
    assert read_a == list(extract_numbers(text, lang)) and read_b == list(extract_numbers(EN[1], "en"))


def test_the_aligned_pair_check_compares_the_evacuees() -> None:
    measures = _Measures({"d1": "2026-03-12", "d2": "2026-03-12"})
    a = Unit("d1", "d1:s2", EN[1], 0, len(EN[1]), "en")
    b = Unit("d2", "d2:s2", DE[1], 0, len(DE[1]), "de")
    assert measures.number_conflicts(a, b) == ["evacuated: 2,000 vs 1200"]
