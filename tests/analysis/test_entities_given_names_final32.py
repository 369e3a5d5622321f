"""A given name that opens a sentence stays with its surname (final32 #6: Polish "Lech Kaczyński
powiedział" was read as bare "Kaczyński" and linked to Jarosław Kaczyński)."""

import pytest

from storylens.analysis.entities import EntityExtractor

from ._docs import doc_of

_EN = "Jarosław Kaczyński said the government had failed to prepare for the flood."


def _groups(other: str, lang: str) -> list[set[str]]:
    docs = [doc_of("d1", [_EN]), doc_of("d2", [other], lang)]
    return [set(e.variants) for e in EntityExtractor().extract(docs) if e.type == "PERSON"]


@pytest.mark.parametrize("lang,sentence,lech", [
    ("pl", "Lech Kaczyński powiedział, że rząd nie przygotował się na powódź.", "Lech Kaczyński"),
    ("cs", "Lech Kaczyński řekl, že vláda se na povodeň nepřipravila.", "Lech Kaczyński"),
    ("ru", "Лех Качиньский заявил, что правительство не подготовилось к наводнению.", "Лех Качиньский"),
    ("de", "Lech Kaczyński sagte, die Regierung habe sich nicht vorbereitet.", "Lech Kaczyński"),
])
def test_sentence_opening_given_name_kept(lang: str, sentence: str, lech: str) -> None:
    groups = _groups(sentence, lang)
    jaroslaw = next(g for g in groups if "Jarosław Kaczyński" in g)
    assert lech not in jaroslaw and not any("Kaczy" in v and " " not in v for v in jaroslaw)
    assert any(lech in g for g in groups)


@pytest.mark.parametrize("lang,sentence", [
    ("pl", "Prezydent Kaczyński powiedział, że rząd nie przygotował się na powódź."),
    ("ru", "Изображение Качиньского появилось в сети."),
])
def test_sentence_opening_common_word_still_cut(lang: str, sentence: str) -> None:
    groups = _groups(sentence, lang)
    assert not any(any(v.startswith(("Prezydent", "Изображение")) for v in g) for g in groups)
