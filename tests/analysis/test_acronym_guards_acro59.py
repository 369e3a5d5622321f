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
def test_a_word_spelled_as_a_short_acronym_is_no_alias_in_no_known_language(word):
    assert _alias_of(word, _default_alias_tables()[1]) is None


# break59a F2: the press writes some short acronyms as a capitalised word ("die Uno", "gli Usa", "l'Oms"); such a
# word is the acronym unless it is a word of the text's language (a stop word or a common word of its lexicon)
@pytest.mark.parametrize(("word", "lang", "name"), [
    ("Uno", "de", "United Nations"), ("Usa", "it", "United States"), ("Oms", "it", "World Health Organization"),
    ("Ppe", "it", "European People's Party"), ("Oms", "es", "World Health Organization"),
    ("Uno", "es", None), ("Uno", "it", None), ("Un", "fr", None), ("Au", "fr", None), ("Eu", "pt", None),
    ("Who", "en", None), ("Us", "en", None), ("Usa", "es", None), ("Usa", "pt", None),
])
def test_a_short_acronym_written_as_a_word_is_an_alias_unless_a_word_of_the_language(word, lang, name):
    group = _alias_of(word, _default_alias_tables()[1], lang)
    assert (group.name if group is not None else None) == name


@pytest.mark.parametrize(("lang", "text", "form", "acronym", "other"), [
    ("de", "Die Uno verurteilte den Putsch in Niger. Die Uno sei besorgt, sagte ein Sprecher.", "Uno", "UN",
     "The UN condemned the coup in Niger. The UN was concerned, a spokesman said."),
    ("it", "Gli Usa hanno annunciato nuove sanzioni contro la Russia. Negli Usa il Congresso discute.", "Usa", "US",
     "The United States announced new sanctions against Russia. In the US, Congress is debating."),
    ("it", "L'Oms lancia l'allarme sul morbillo in Europa. Secondo l'Oms i casi sono triplicati.", "Oms", "WHO",
     "The WHO warned of a measles surge in Europe. According to the WHO, cases tripled."),
])
def test_the_press_s_acronym_word_links_across_languages(lang, text, form, acronym, other):
    entities = EntityExtractor().extract([_doc("d1", text, lang), _doc("d2", other, "en")])
    linked = next(e for e in entities if form in e.variants)
    assert acronym in linked.variants and {m.doc for m in linked.mentions} == {"d1", "d2"}


@pytest.mark.parametrize(("lang", "text", "word"), [
    ("es", "Uno de los heridos murió el martes en el hospital de Madrid.", "Uno"),
    ("pt", "Eu não sabia de nada, disse o ministro em Lisboa.", "Eu"),
    ("fr", "Au Mali, l'armée a annoncé mardi la mort de dix soldats près de Gao.", "Au"),
])
def test_a_word_of_the_language_gives_no_entity(lang, text, word):
    entities = EntityExtractor().extract([_doc("d1", text, lang)])
    assert not any(word in e.variants for e in entities)


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
