"""A short acronym is an acronym only in capitals, and none inside a line in capitals (the acronym guards of bodies58,
break57b G4, without its cross-language body links): the alias table keyed "UN", "EU", "WHO", "UNO", "US" by their
spelling too, so a capitalised word spelled so ("Un accord", Portuguese "Eu", Spanish "Uno", "Who", "Us") was the
body or country; and a headline in capitals gave Spanish "UNO DE LOS HERIDOS" an organisation "UNO", English "WHO
KNEW?" one "KNEW". The Italian press's "l'Onu", "l'Ue" are forms of their own in the table and still link."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._aliases import _default_alias_tables
from storylens.analysis.entities._gazetteer import _alias_of
from storylens.analysis.entities._rules import _rule_mentions
from storylens.models import Document, Sentence


def _doc(doc_id: str, text: str, lang: str) -> Document:
    return Document(doc_id, doc_id, text, (Sentence(f"{doc_id}:s0", text, 0, len(text), language=lang),),
                    language=lang)


@pytest.mark.parametrize("word", ["Un", "Eu", "Who", "Uno", "Us", "Usa", "Abd"])
def test_a_word_spelled_as_a_short_acronym_is_no_alias(word):
    assert _alias_of(word, _default_alias_tables()[1]) is None


@pytest.mark.parametrize(("form", "name"), [
    ("UN", "United Nations"), ("U.N.", "United Nations"), ("UNO", "United Nations"), ("ONU", "United Nations"),
    ("WHO", "World Health Organization"), ("EU", "European Union"), ("US", "United States"),
    ("Onu", "United Nations"), ("Ue", "European Union"), ("Bce", "European Central Bank"),
    ("Nato", "North Atlantic Treaty Organization"), ("Unicef", None),
])
def test_an_acronym_in_capitals_and_the_press_s_word_forms_are_aliases(form, name):
    group = _alias_of(form, _default_alias_tables()[1])
    if name is None:  # a four-letter acronym the table lacks is no alias either way
        assert group is None or group.name != "United Nations"
    else:
        assert group is not None and group.name == name


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("es", "UNO DE LOS HERIDOS MURIÓ\nUno de los heridos murió el martes en Madrid.", "UNO"),
    ("en", "WHO KNEW? Officials in Geneva said the outbreak was contained.", "KNEW"),
    ("fr", "VIOLENCES AU MALI: DIX MORTS\nLes violences ont fait dix morts à Gao.", "AU"),
    ("it", "SCONTRI AL CONFINE, UE PREOCCUPATA\nGli scontri sono proseguiti martedì.", "UE"),
])
def test_no_acronym_is_read_inside_a_line_in_capitals(lang, text, word):
    assert word not in {form for form, _, _ in _rule_mentions(text, lang)}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("fr", "VIOLENCES AU MALI: L'ONU CONDAMNE\nLes violences ont fait dix morts, selon l'ONU.", "ONU"),
    ("es", "La OTAN y la UE se reunieron el martes en Bruselas.", "UE"),
    ("de", "Der NATO-Gipfel in Den Haag: die NATO beschloss neue Ziele.", "NATO"),
])
def test_an_acronym_the_text_writes_outside_such_a_line_is_read(lang, text, word):
    assert word in {form for form, _, _ in _rule_mentions(text, lang)}


def test_italian_onu_still_links_to_the_un():
    extractor = EntityExtractor()
    entities = extractor.extract([
        _doc("d1", "The UN said on Tuesday that aid convoys were blocked.", "en"),
        _doc("d2", "Il Consiglio di sicurezza dell'Onu si è riunito martedì a New York.", "it")])
    un = next(e for e in entities if "UN" in e.variants)
    assert "Onu" in un.variants and {m.doc for m in un.mentions} == {"d1", "d2"}
