"""A document in a language the sentence encoder does not read says so (trial57 F7, F47).

Ukrainian and Czech have language data but are outside USE m3's 16 languages (storylens/data/use-languages.json):
their documents carried no warning while their text similarity to an English twin was 0.26. A Hebrew or Greek
document's note (no language data) promised "the sentence alignment still [is read]". Now the first carry one
warning naming the encoder, and the second's note says the same in its tail. Texts written for the test.
Greek and Hebrew have language data since lang46 (issue #12): their documents carry the encoder's note alone.
"""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.ingest import read_text
from storylens.report.compare import prepare_document
from storylens.store import open_store
from storylens.text import LANGUAGES, unread_encoder_note, unread_language_note, use_covers

TEXTS = {
    "uk": ("У Харкові прорвало магістральний водогін\n\nУ вівторок у Київському районі Харкова прорвало "
           "магістральний водогін. Без води залишилися близько 40 тисяч мешканців, повідомив директор "
           "комунального підприємства Олександр Коваленко. Ремонт триватиме до четверга."),
    "cs": ("V Charkově praskl hlavní vodovodní řad\n\nV úterý v Kyjivském obvodu Charkova praskl hlavní vodovodní "
           "řad. Bez vody zůstalo asi 40 000 obyvatel, uvedl ředitel městského podniku Oleksandr Kovalenko. Oprava "
           "potrvá do čtvrtka."),
}
HE = ("שלושה מטוסי כיבוי ישראליים יצאו לקפריסין\n\nשלושה מטוסי כיבוי של חיל האוויר יצאו ביום רביעי לקפריסין כדי "
      "לסייע בכיבוי השריפה באזור לימסול, שבה נהרגו שני בני אדם. כ-1,500 תושבים מחמישה כפרים פונו מבתיהם.")


@pytest.mark.parametrize(("code", "name"), [("uk", "Ukrainian"), ("cs", "Czech"), ("cs-CZ", "Czech"), ("he", "Hebrew"),
                                            ("el", "Greek")])
def test_a_data_language_outside_the_encoder_has_a_note(code, name):
    note = unread_encoder_note(code)
    assert note is not None and note.startswith(f"language: {code[:2]} ({name}): the sentence encoder (USE) does not read")
    assert "undecided" in note


@pytest.mark.parametrize("code", [c for c in LANGUAGES if use_covers(c)] + ["ro", "hi", None])
def test_no_encoder_note_for_the_encoders_languages_nor_those_outside_the_data(code):
    assert unread_encoder_note(code) is None


@pytest.mark.parametrize("code", ["ro", "hi", "sv"])
def test_the_note_of_a_language_without_data_says_the_encoder_does_not_read_it_either(code):
    note = unread_language_note(code)
    assert note is not None and f"the sentence encoder (USE) does not read {code}" in note
    assert "sentence alignment still" not in note


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_ukrainian_or_czech_document_carries_the_note(lang):
    doc = prepare_document(read_text(TEXTS[lang], f"{lang}.txt"), "d1")
    assert doc.language == lang
    assert doc.warnings == (unread_encoder_note(lang),)


def test_a_hebrew_document_carries_one_note():
    doc = prepare_document(read_text(HE, "he.txt"), "d1")
    assert doc.language == "he"
    assert doc.warnings == (unread_encoder_note("he"),)
    assert unread_language_note("he") is None


def test_ingest_keeps_the_note_and_does_not_count_them_as_without_data(tmp_path, hashing_embedder):
    for lang, text in TEXTS.items():
        (tmp_path / f"{lang}.txt").write_text(text, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        report = stream.ingest_paths([str(tmp_path / f"{x}.txt") for x in TEXTS], store, embedder=hashing_embedder)
        assert report.unread_languages == ()
        stored = {a.language: a for a in store.articles()}
    assert stored["uk"].metadata["warnings"] == [unread_encoder_note("uk")]
