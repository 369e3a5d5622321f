"""A correction note at the end of an article is the version's notice, no claim (final33 D6b: "Correction: An
earlier version of this story misstated the month of the interview." closing a page was a claim; fixy read
notes only under an update stamp at the top). Every language with text data."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = ("PARIS, June 2, 2026 – The governor said on Tuesday the bank could cut interest rates in June.\n\n"
        "Inflation in the euro zone stood at 2.4% in May, the statistics office said.")
NOTES = {
    "en": ["Correction: An earlier version of this story misstated the month of the interview.",
           "This article has been corrected to show the interview took place in June.",
           "Editor's note: An earlier version of this article gave the wrong month."],
    "de": ["Korrektur: In einer früheren Version hieß es, das Interview sei im Mai gewesen.",
           "Anmerkung der Redaktion: Der Monat des Interviews wurde korrigiert."],
    "fr": ["Rectificatif : une précédente version de cet article indiquait le mois de mai.",
           "Cet article a été corrigé : l'entretien a eu lieu en juin."],
    "es": ["Corrección: una versión anterior de este artículo indicaba mayo.",
           "Fe de erratas: la entrevista fue en junio."],
    "it": ["Rettifica: una versione precedente di questo articolo indicava maggio."],
    "pt": ["Correção: uma versão anterior deste texto indicava maio."],
    "pl": ["Sprostowanie: we wcześniejszej wersji artykułu podaliśmy błędny miesiąc."],
    "ru": ["Исправление: в предыдущей версии статьи был указан неверный месяц."],
    "tr": ["Düzeltme: Haberin önceki versiyonunda röportajın ayı yanlış verilmişti."],
    "ar": ["تصحيح: ذكرت نسخة سابقة من هذا الخبر شهرا خاطئا للمقابلة."],
    "zh": ["更正：本文此前版本误写了采访的月份。"],
    "cs": ["Oprava: V předchozí verzi článku byl uveden chybný měsíc."],
}
CASES = [(lang, note) for lang, notes in NOTES.items() for note in notes]


@pytest.mark.parametrize(("lang", "note"), CASES)
def test_a_closing_correction_note_is_a_notice(lang, note):
    cleaned = clean_text(f"{BODY}\n\n{note}\n")
    assert note not in cleaned.text and cleaned.text.endswith("statistics office said.")
    assert ("notice", note) in [(r.kind, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(("lang", "note"), [CASES[0], ("de", NOTES["de"][0]), ("zh", NOTES["zh"][0])])
def test_a_note_closing_the_last_paragraph_is_a_notice(lang, note):
    cleaned = clean_text(f"{BODY} {note}\n")
    assert note not in cleaned.text and cleaned.text.endswith("statistics office said.")
    assert ("notice", note) in [(r.kind, r.text) for r in cleaned.removed]


def test_a_note_before_the_last_paragraph_and_a_correction_in_the_text_stay():
    text = ("The governor said the market correction: was overdue.\n\nCorrection: the bank cut rates.\n\n"
            "Inflation stood at 2.4% in May, the statistics office said.")
    cleaned = clean_text(text)
    assert "market correction" in cleaned.text and "Correction: the bank cut rates." in cleaned.text
    assert not [r for r in cleaned.removed if r.kind == "notice"]


@pytest.mark.parametrize(("lang", "note"), [CASES[0], ("de", NOTES["de"][0]), ("fr", NOTES["fr"][0]),
                                            ("zh", NOTES["zh"][0])])
def test_a_note_that_is_the_whole_text_is_kept(lang, note):
    # a one-paragraph article that opens with its notice (break55: "Correction: An earlier version of this article
    # said … Lyon. It happened in Grenoble. Three people were injured …") was refused as "no article text left"
    story = {"zh": "巴黎圣日耳曼夺冠后，一辆汽车冲向庆祝的球迷，造成三人受伤，司机已被拘留。",
             "de": "Drei Menschen wurden am Sonntag verletzt, als ein Auto in feiernde Fans fuhr.",
             "fr": "Trois personnes ont été blessées dimanche quand une voiture a foncé sur des supporters."}
    text = f"{note} {story.get(lang, 'Three people were injured on Sunday when a car drove into fans.')}"
    cleaned = clean_text(text)
    assert cleaned.text.strip() == text
    assert not [r for r in cleaned.removed if r.kind == "notice"]
