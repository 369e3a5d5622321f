"""Trial 17 (Poland's election in eight languages) #9: the central actors were never one entity.
A name translated before the original's acronym in brackets ("State Electoral Commission (PKW)",
"Law and Justice (PiS)") is bound to it; a Polish name is linked to its Cyrillic, Chinese and
Arabic spellings, read as Polish spelling is said (cz, sz, rz, w, j)."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._extract import _foreign_acronyms
from storylens.models import Document, Sentence
from storylens.text import polish_reading, sound_match

from ._docs import group_of as _group_of
from ._docs import one_sentence_doc as _doc


@pytest.mark.parametrize(("text", "lang", "long", "acr"), [
    ("Final results from the State Electoral Commission (PKW) showed on Tuesday that PiS lost.", "en",
     "State Electoral Commission", "PKW"),
    ("Poland's nationalist Law and Justice (PiS) party won the most votes.", "en", "Law and Justice", "PiS"),
    ("Donald Tusk's Civic Coalition (KO) took 30.70%.", "en", "Civic Coalition", "KO"),
    ("Das Ergebnis der Staatlichen Wahlkommission (PKW) kam am Dienstag.", "de", "Staatlichen Wahlkommission", "PKW"),
])
def test_a_translated_name_before_the_original_acronym_is_one_entity(extractor, text, lang, long, acr):
    assert (long, acr) in _foreign_acronyms(text, lang)
    group = _group_of(extractor.extract([_doc("a", text, lang)]), long)
    assert acr in group.variants
    assert any("acronym in brackets in the text" in link.reason for link in group.links)


@pytest.mark.parametrize("text", [
    "Reuters reported on Monday (AFP).",  # one word
    "The zloty rose 2.5% (WIG20).",  # no capitalised run
])
def test_no_translated_binding_without_a_name_run(text):
    assert _foreign_acronyms(text, "en") == []


@pytest.mark.parametrize(("text", "person", "acr"), [
    ("Foreign policy was set out by Radosław Sikorski (PO) on Monday.", "Radosław Sikorski", "PO"),
    ("Governor Petra Hálková (CNB) said so.", "Petra Hálková", "CNB"),  # a person and her employer
])
def test_a_person_with_a_party_in_brackets_is_not_the_party(extractor, text, person, acr):
    entities = extractor.extract([_doc("a", text, "en")])
    assert not any({person, acr} <= set(e.variants) for e in entities)


@pytest.mark.parametrize(("latin", "other"), [
    ("Jarosław Kaczyński", "Ярослав Качиньский"),  # ru: cz is ч
    ("Kaczyński", "Качиньский"),
    ("Mateusz Morawiecki", "Матеуш Моравецкий"),  # c is ц
    ("Kaczyński", "卡钦斯基"),  # zh
    ("Jarosław Kaczyński", "亚罗斯瓦夫·卡钦斯基"),
])
def test_polish_names_match_their_spellings_in_other_scripts(latin, other):
    assert sound_match(latin, other)


@pytest.mark.parametrize(("latin", "other"), [
    ("Jarosław Kaczyński", "Дональд Туск"),
    ("Mateusz Morawiecki", "Матеуш Мазурский"),
])
def test_other_polish_names_still_differ(latin, other):
    assert not sound_match(latin, other)


def test_polish_reading_leaves_other_names_alone():
    assert polish_reading("Andrzej Duda") == "anjey duda"
    assert polish_reading("Donald Tusk") == "Donald Tusk" and polish_reading("Olaf Scholz") == "Olaf Scholz"


def test_polish_politicians_link_to_their_russian_spelling(extractor):
    en = _doc("en", "PiS leader Jaroslaw Kaczynski spoke, and President Andrzej Duda must now ask a party to "
                    "form a government.", "en")
    ru = _doc("ru", "Лидер партии Ярослав Качиньский выступил, а президент Анджей Дуда должен поручить партии "
                    "сформировать правительство.", "ru")
    entities = extractor.extract([en, ru])
    assert "Ярослав Качиньский" in _group_of(entities, "Jaroslaw Kaczynski").variants
    assert "Анджей Дуда" in _group_of(entities, "Andrzej Duda").variants


def test_a_chinese_polish_name_is_found_whole_and_linked(extractor):
    # 卡钦斯基 was cut to 斯基: 钦 (qin) was no transliteration character
    zh = _doc("zh", "法律与公正党主席卡钦斯基表示，尽管失去多数席位，但选举结果仍是一次成功。", "zh")
    en = _doc("en", "PiS leader Jaroslaw Kaczynski said the result was a success.", "en")
    entities = extractor.extract([zh, en])
    assert not any("斯基" in e.variants for e in entities)
    assert "卡钦斯基" in _group_of(entities, "Jaroslaw Kaczynski").variants


def test_a_sentence_opening_common_word_is_no_person(extractor):
    text = ("Turnout was 74.38%, the highest since 1989, the PKW said. A referendum held the same day was invalid, "
            "with turnout of 40.91%.")
    doc = Document("a", "a", text, (Sentence("a:s0", text[:56], 0, 56, language="en"),
                                     Sentence("a:s1", text[57:], 57, len(text), language="en")), language="en")
    assert not any("Turnout" in e.variants for e in extractor.extract([doc]))
    # a name that opens a sentence stays one when the text never writes it in lower case
    other = _doc("b", "Tusk told cheering supporters in Warsaw on Sunday night that PiS rule had ended.", "en")
    assert any("Tusk" in e.variants for e in extractor.extract([other]))


@pytest.mark.parametrize(("text", "long"), [
    # review4 #5: a sentence's opening words are not the name bound to the acronym
    ("On Sunday Civic Coalition (KO) won the most seats.", "Civic Coalition"),
    ("Speaking to Polish Radio (PR), the minister denied it.", "Polish Radio"),
    ("Voters in Lower Silesia (PiS) backed the party.", "Lower Silesia"),
    ("Analysts at Goldman Sachs (GSX) expect a cut.", "Goldman Sachs"),
])
def test_the_opening_words_are_left_out_of_a_bound_name(text, long):
    assert [name for name, _ in _foreign_acronyms(text, "en")] == [long]


@pytest.mark.parametrize(("latin", "other"), [
    ("Lech Kaczyński", "Ярослав Качиньский"),  # review4 #7: twin brothers, one surname
    ("Jarosław Kaczyński", "Лех Качиньский"),
])
def test_a_given_name_that_differs_keeps_two_people_apart(latin, other):
    assert sound_match(latin, other) is None


@pytest.mark.parametrize(("latin", "other"), [
    ("Lech Kaczyński", "Лех Качиньский"),
    ("Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган"),  # one consonant of the given name dropped
])
def test_one_person_in_two_scripts_still_matches(latin, other):
    assert sound_match(latin, other)
