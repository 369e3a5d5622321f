"""Speakers the fresh dev gold (dev23) showed missing: a manner adverb before the inverted subject,
an addressee after the verb (the subject is in the verb), a quotation inside a clause whose
subject has no verb of saying."""

import pytest

from storylens.analysis.quotes import extract_quote_spans
from storylens.models import Document, Sentence
from storylens.text.segment import Segmenter


def _doc(text, lang):
    spans = Segmenter().split(text, lang)
    sents = tuple(Sentence(f"d1:s{i}", s.text, s.start, s.end, s.paragraph, language=lang) for i, s in enumerate(spans))
    return Document(id="d1", source="d1", text=text, sentences=sents, language=lang)


def _speakers(text, lang):
    return [q.speaker for q in extract_quote_spans([_doc(text, lang)])]


@pytest.mark.parametrize("text, lang, speaker", [
    ("« Je ne parle pas comme toi », a répondu sèchement Gantz lors d'un discours mercredi.", "fr", "Gantz"),
    ("Le chanteur a parlé de ses dettes. « Mon compte est vide », a récemment déclaré Wendler à la radio.", "fr", "Wendler"),
    ("«Nos precios son justos», respondió tajantemente Brian Cu en la radio.", "es", "Brian Cu"),
])
def test_manner_adverb_before_inverted_subject(text, lang, speaker):
    assert _speakers(text, lang) == [speaker]


@pytest.mark.parametrize("text, lang", [
    ("El gerente Brian Cu habló el jueves. \"Yo obtuve 50 pesos\", dijo a Headstart de ANC.", "es"),
    ("El gerente Brian Cu habló el jueves. \"Nada que celebrar\", reprocha al dirigente socialista.", "es"),
    ("Il manager Brian Cu ha parlato giovedì. \"Ho ottenuto 50 pesos\", ha detto ai giornalisti.", "it"),
])
def test_addressee_after_the_verb_is_not_the_speaker(text, lang):
    assert _speakers(text, lang) == ["Brian Cu"]


def test_pro_drop_verb_before_the_quotation():
    text = "L'attore Kumud Mishra loda la regista. Quando gli è stato chiesto perché, ha risposto \"la sceneggiatura\"."
    assert _speakers(text, "it") == ["Kumud Mishra"]


@pytest.mark.parametrize("text, lang, speaker", [
    ("Le chancelier autrichien Sebastian Kurz s'oppose à la taxation des « petits épargnants ».", "fr", "Sebastian Kurz"),
    ("Selon ses proches, Cressida Bonas constate que les gens essaient de la « étiqueter ».", "fr", "Cressida Bonas"),
    ("Poco antes del incidente, Francisco Ruiz predicó a su audiencia diciéndoles “dialogar” siempre.", "es", "Francisco Ruiz"),
])
def test_quotation_inside_a_clause_is_the_subjects(text, lang, speaker):
    assert _speakers(text, lang) == [speaker]


def test_clause_subject_needs_a_person():
    # a capitalised place or a single unknown word opening the clause is no speaker
    assert _speakers("En Bruselas la medida se llama “plan verde” desde marzo.", "es") == [None]
