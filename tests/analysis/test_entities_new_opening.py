""""New" opening a sentence is no part of the name after it (trial 17 #9): RIA's "Новый Сейм должен
собраться не позднее 14 ноября" made a PERSON "Новый Сейм" (with "Сейме" as its surname's form); so did
"Nuova Camera" and "Yeni Meclis". A place after "new" keeps it ("New York", "Nowy Jork")."""

from __future__ import annotations

import pytest

from storylens.analysis.entities import EntityExtractor
from storylens.analysis.entities._rules import _new_before_name
from storylens.models import Document, Sentence

CASES = {
    "ru": ("Правящая партия получила 194 мандата в Сейме.", "Новый Сейм должен собраться не позднее 14 ноября."),
    "it": ("FdI ha ottenuto 119 seggi alla Camera.", "Nuova Camera deve riunirsi entro il 13 ottobre."),
    "tr": ("AKP Meclis'te 268 sandalye kazandı.", "Yeni Meclis 2 Haziran'da toplanacak."),
}


def _doc(lang: str, sentences: tuple[str, ...]) -> Document:
    parts, pos = [], 0
    for k, s in enumerate(sentences):
        parts.append(Sentence(f"d1:s{k}", s, pos, pos + len(s), language=lang))
        pos += len(s) + 1
    return Document("d1", "d1", " ".join(sentences), tuple(parts), language=lang)


@pytest.mark.parametrize("lang", sorted(CASES))
def test_new_opening_a_sentence_is_no_first_name(lang):
    entities = EntityExtractor().extract([_doc(lang, CASES[lang])])
    opening = CASES[lang][1].split()[:2]
    assert not any(" ".join(opening) in e.variants for e in entities), [(e.type, e.variants) for e in entities]
    assert not any(e.type == "PERSON" for e in entities), [(e.type, e.variants) for e in entities]


def test_a_place_after_new_keeps_it():
    assert not _new_before_name(["New", "York"], ("nu", "iork"), {"iork"})
    assert _new_before_name(["Новый", "Сейм"], ("nov", "seim"), {"seim"})
    assert not _new_before_name(["Новый", "Сейм"], ("nov", "seim"), set())  # Сейм nowhere else
