"""Trial 12 (Portugal's election; the prime minister is Luís Montenegro): a surname that is also a
country's name was typed PLACE everywhere: an entity "Montenegro" (PLACE) beside the person, and no
quote speaker ("…," Montenegro told supporters: no speaker, or the wrong one). A name the text introduces
as a person (a title, a given name, the surname) keeps that reading in its bare mentions. Inputs
written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc

ES = ("La coalición del primer ministro Luís Montenegro ganó las elecciones. «Vamos a gobernar», afirmó "
      "Montenegro ante sus simpatizantes. Es una victoria de Montenegro, dijo un politólogo.")
EN = ("The coalition of Prime Minister Luis Montenegro won the election. \"We will govern,\" Montenegro told "
      "cheering supporters. \"This is a win for Montenegro,\" said analyst Rui Costa.")
EN_JORDAN = ("Labour Minister Ayman Jordan arrived in Amman on Monday. \"We will talk to every union,\" Jordan told "
             "reporters after the meeting.")


def _entities(extractor, *docs):
    return extractor.extract([segmented_doc(text, lang, f"d{i}") for i, (text, lang) in enumerate(docs)])


@pytest.mark.parametrize("docs", [[(ES, "es")], [(EN, "en")], [(ES, "es"), (EN, "en")]])
def test_a_titled_persons_surname_is_the_person_not_the_country(extractor, docs):
    entities = _entities(extractor, *docs)
    holding = [e for e in entities if "Montenegro" in e.variants]
    assert len(holding) == 1 and holding[0].type == "PERSON", [(e.variants, e.type) for e in holding]
    assert any(v.endswith(" Montenegro") for v in holding[0].variants)


def test_the_country_stays_a_place_when_no_person_is_so_named(extractor):
    text = "Jakov Milatović, the president of Montenegro, said Montenegro would join the bloc by 2028."
    entities = _entities(extractor, (text, "en"))
    assert next(e for e in entities if "Montenegro" in e.variants).type == "PLACE"


@pytest.mark.parametrize("text, lang, speaker", [
    (EN, "en", "Luis Montenegro"),
    (EN_JORDAN, "en", "Ayman Jordan"),
])
def test_a_titled_persons_place_named_surname_is_a_quote_speaker(text, lang, speaker):
    quotes = extract_quote_spans([segmented_doc(text, lang, "d1")])
    assert quotes[0].speaker == speaker


def test_a_title_with_its_portfolio_introduces_the_person_too(extractor):
    text = ("La ministra de Trabajo Dana Jordan llegó a Madrid. «Hablaremos con todos», dijo Jordan tras "
            "la reunión de Jordan con los sindicatos.")
    holding = [e for e in _entities(extractor, (text, "es")) if "Jordan" in e.variants]
    assert len(holding) == 1 and holding[0].type == "PERSON", [(e.variants, e.type) for e in holding]
