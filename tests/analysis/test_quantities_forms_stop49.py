"""Counts whose form hid what they count or how large they are (issue #12, stop 49: try48 F5/F6, break48
F9-F11, trial63 F7): a participle with a bare number ("wounding 24"), an adjective between the number and its
noun ("12 Nederlandse soldaten"), letters that are no scale ("2B pencil"), telephone numbers, "2m barrels"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _units(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


# try48 F6: the adverbial participle of a toll verb before a bare number says what it counts
PARTICIPLES = {
    "en": "The blast killed 12 people, wounding 24.",
    "ru": "Взрыв убил 12 человек, ранив 24.",
    "uk": "Вибух убив 12 людей, поранивши 24.",
    "pl": "Wybuch zabił 12 osób, raniąc 24.",
    "el": "Η έκρηξη σκότωσε 12 ανθρώπους, τραυματίζοντας 24.",
    "nl": "De explosie doodde 12 mensen en verwondde 24.",
}


@pytest.mark.parametrize("lang", sorted(PARTICIPLES))
def test_a_participle_before_a_bare_number_names_its_toll(lang):
    assert _units(PARTICIPLES[lang], lang) == [(12.0, "killed"), (24.0, "injured")]


# try48 F5: an adjective between the number and the noun it counts; each against an English count of soldiers
ADJECTIVES = {
    "nl": ("Er zijn 12 Nederlandse soldaten in Mali.", "soldier"),
    "pl": ("W Iraku stacjonuje 12 polskich żołnierzy.", "soldier"),
    "ru": ("В Сирии находятся 12 российских военных.", "soldier"),
    "tr": ("Bölgede 12 Türk askeri bulunuyor.", "soldier"),
    "zh": ("当地驻有12名中国士兵。", "soldier"),
    "ja": ("日本兵12人が駐留している。", "soldier"),
}


@pytest.mark.parametrize("lang", sorted(ADJECTIVES))
def test_an_adjective_between_number_and_noun_is_skipped(lang):
    text, key = ADJECTIVES[lang]
    found = compare_numbers(extract_numbers(text, lang), extract_numbers("There are 14 foreign soldiers there.", "en"))
    assert found == [f"{key}: 12 vs 14"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Er werden 12 Nederlandse soldaten gedood."),
    ("pl", "W ataku zginęło 12 polskich żołnierzy."),
    ("tr", "Saldırıda 12 Türk askeri şehit oldu."),
    ("ja", "攻撃で12人の日本兵が死亡した。"),
    ("ja", "事故で12人の観光客が死亡した。"),
])
def test_the_toll_after_an_adjective_and_noun_is_read(lang, text):
    assert _units(text, lang) == [(12.0, "killed")]


def test_a_word_before_a_noun_is_kept_unless_an_adjective():
    # "mieszkańców" is no adjective: the count is not one of villages ("wsi")
    assert _units("W Iraku mieszka 12 mieszkańców wsi.", "pl") == [(12.0, "mieszkańców")]
    # 兵 names a compound only at its end: "兵庫" (Hyogo) is no soldier
    assert _units("12人の兵庫県民が避難した。", "ja")[0][1] != "soldier"


# break48 F9/F11: glued letters scale a figure only where nothing else reads them
@pytest.mark.parametrize(("text", "expected"), [
    ("Output fell by 2m barrels a day.", [(2e6, "barrels")]),
    ("It shipped 2m tonnes of grain.", [(2e6, "tonnes")]),
    ("It raised 2m euros.", [(2e6, "EUR")]),
    ("It employs 2m workers.", [(2e6, "workers")]),
    ("It is worth $2B.", [(2e9, "USD")]),
    ("The wall is 2m high.", [(2.0, "m")]),
    ("He ran the 100m final.", [(100.0, "m")]),
    ("The 2m waves hit the coast.", []),  # metres or millions: unread, not misread
    ("He signed it with a 2B pencil.", []),
    ("See Article 2b of the law.", []),
])
def test_glued_scale_letters(text, expected):
    assert _units(text, "en") == expected


def test_two_million_barrels_agree_across_languages():
    en = extract_numbers("Output fell by 2m barrels a day.", "en")
    assert compare_numbers(en, extract_numbers("Die Förderung sank um 2 Millionen Barrel am Tag.", "de")) == []
    assert compare_numbers(en, extract_numbers("La production a baissé de 3 millions de barils par jour.", "fr")) == [
        "barrel: 2m vs 3 millions"]


# break48 F10: a telephone number is no figure
@pytest.mark.parametrize(("lang", "text", "values"), [
    ("de", "Tel. +49 30 123 456 oder 030 123 456. Es kamen 30 000 Menschen.", [30000.0]),
    ("fr", "Appelez le +33 1 23 45 67 89 ou le 01 23 45 67 89. Il y a 12 000 manifestants.", [12000.0]),
    ("ru", "Телефон: +7 495 123-45-67. Погибли 12 человек.", [12.0]),
    ("en", "Call +1 (202) 555-0143 now; 1,200 people came.", [1200.0]),
])
def test_telephone_numbers_are_no_figures(lang, text, values):
    assert [v for v, _ in _units(text, lang)] == values


# trial63 F7: Indonesian and Vietnamese had no language data for numbers and units ("2.500 warga" read as 2.5)
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("id", "Gempa menewaskan 12 orang dan melukai 24 lainnya.", [(12.0, "killed"), (24.0, "injured")]),
    # the magnitude word glued to its prefix ("ber-"), else the toll verb after the figure read it as killed (break49 N3)
    ("id", "Gempa bermagnitudo 5,6 menewaskan 12 orang.", [(5.6, "magnitude"), (12.0, "killed")]),
    ("id", "Sebanyak 2.500 warga mengungsi.", [(2500.0, "evacuated")]),
    ("id", "Bantuan senilai 1,2 juta dolar AS dikirim.", [(1.2e6, "USD")]),
    ("vi", "Trận động đất làm 12 người chết.", [(12.0, "killed")]),
    ("vi", "Khoảng 2.500 người đã sơ tán.", [(2500.0, "evacuated")]),
    ("vi", "Thiệt hại lên tới 2,5 tỷ đồng.", [(2.5e9, "VND")]),
])
def test_indonesian_and_vietnamese_figures(lang, text, expected):
    assert _units(text, lang) == expected


def test_an_indonesian_toll_agrees_with_a_vietnamese_one():
    id_ = extract_numbers("Gempa itu menewaskan 12 orang.", "id")
    assert compare_numbers(id_, extract_numbers("Có 12 người thiệt mạng.", "vi")) == []
    assert compare_numbers(id_, extract_numbers("Trận động đất làm 15 người chết.", "vi")) == ["killed: 12 vs 15"]


@pytest.mark.parametrize(("text", "expected"), [
    # break49 O3: an age glued to its number by a hyphen is no toll of the participle before it
    ("The gunman opened fire, killing 3-year-old Sami.", [(3.0, "year-old")]),
    ("A car hit pedestrians, injuring 12-year-old Amy and her mother.", [(12.0, "year-old")]),
    ("The storm killed a 3-year-old boy.", [(1.0, "killed"), (3.0, "year-old")]),
    ("The attack killed 12 people.", [(12.0, "killed")]),
])
def test_an_age_is_no_toll(text, expected):
    assert [(q.value, q.unit) for q in extract_numbers(text, "en")] == expected
