"""Entity links a new-user trial missed (trial 7, issue 12): a Turkish exonym (Dıraç = Durrës), a
Polish locative (Warszawie = Warsaw), one person in Latin, Cyrillic and Chinese (Igli Hasani /
Игли Хасани / 哈萨尼), and an Italian full name of lexicon words typed as a person, not an ORG."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._gazetteer import _inflected_city, _places
from storylens.analysis.entities._match import _pinyin_match

from ._docs import doc_of_lines

_doc = doc_of_lines


@pytest.fixture(scope="module")
def extractor():
    return EntityExtractor(nlp=_no_english)


def _no_english(_texts):  # pragma: no cover - rule languages only
    raise AssertionError("these tests use rule languages only")


def _entity(entities, form: str):
    found = [e for e in entities if form in e.variants]
    assert found, [e.variants for e in entities]
    return found[0]


def test_one_minister_in_three_scripts(extractor):
    docs = [
        _doc("d1", "Il ministro Igli Hasani ha parlato a Tirana.", "it"),
        _doc("d2", "Глава МИД Албании Игли Хасани выступил с заявлением.", "ru"),
        _doc("d3", "阿尔巴尼亚外交部长哈萨尼发表讲话。", "zh"),
    ]
    person = _entity(extractor.extract(docs), "Igli Hasani")
    assert {"Игли Хасани", "哈萨尼"} <= set(person.variants)


def test_turkish_exonym_and_polish_locative_are_the_city(extractor):
    docs = [
        _doc("d1", "Arnavutluk'un Dıraç limanında bir feribot alabora oldu.", "tr"),
        _doc("d2", "Il traghetto si è capovolto nel porto di Durazzo.\nIl vertice si è tenuto a Varsavia.", "it"),
        _doc("d3", "Spotkanie odbyło się w Warszawie.", "pl"),
    ]
    entities = extractor.extract(docs)
    assert "Durazzo" in _entity(entities, "Dıraç").variants
    assert "Varsavia" in _entity(entities, "Warszawie").variants


@pytest.mark.parametrize("form, city", [("Warszawie", "Warsaw"), ("Krakowie", "Kraków"), ("Дурресе", "Durrës"),
                                        ("Dıraç", "Durrës")])
def test_inflected_and_epenthetic_city_forms(form, city):
    assert _places()[1][_inflected_city(form, _places()[0])] == city


@pytest.mark.parametrize("form", ["Warszawski", "Bardzo", "Mamy", "Dırıltı"])
def test_other_words_are_no_city(form):
    # an adjective, short or common words: no city by a case ending or a broken cluster
    assert not _inflected_city(form, _places()[0])


@pytest.mark.parametrize("latin, han, same", [
    ("Igli Hasani", "哈萨尼", True), ("Taulant Dushku", "杜什库", True),
    ("Igli Hasani", "杜什库", False), ("Marco Ferretti", "哈萨尼", False),
])
def test_pinyin_spelling_of_a_bare_chinese_surname(latin, han, same):
    assert bool(_pinyin_match(latin, han)) is same


def test_italian_full_name_of_lexicon_words_is_a_person(extractor):
    entities = extractor.extract([_doc("d1", "A bordo c'erano anche Marco Rossi e la Guardia Costiera.", "it")])
    assert _entity(entities, "Marco Rossi").type == "PERSON"
