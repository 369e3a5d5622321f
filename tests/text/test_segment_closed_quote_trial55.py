"""trial55 F10: a quotation closed after its full stop, then a space and a new sentence, stayed one sentence with
the quoting one (de «…Bevölkerung.» Die Produktion … gestoppt worden.), so the shared fact "production halted"
showed as unique. pysbd keeps what follows a closed quotation inside it in most languages; the segmenter cuts after
the closing mark when it closes a quotation opened in the same sentence and a capital follows."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter


def _split(text: str, lang: str) -> list[str]:
    return [s.text for s in Segmenter().split(text, lang)]


@pytest.mark.parametrize(("lang", "quote", "after"), [
    ("de", "Der Sprecher sagte: «Es besteht keine Gefahr für die Bevölkerung.»",
     "Die Produktion sei vorerst gestoppt worden."),
    ("de", "Der Sprecher sagte: „Es besteht keine Gefahr für die Bevölkerung.“",
     "Die Produktion sei vorerst gestoppt worden."),
    ("de", "Der Sprecher sagte: »Es besteht keine Gefahr für die Bevölkerung.«",
     "Die Produktion sei vorerst gestoppt worden."),
    ("fr", "Le porte-parole a déclaré : « Il n'y a aucun danger pour la population. »",
     "La production a été arrêtée."),
    ("es", "El portavoz dijo: «No hay ningún peligro para la población.»", "La producción ha sido detenida."),
    ("it", "Il portavoce ha detto: «Non c'è alcun pericolo per la popolazione.»", "La produzione è stata fermata."),
    ("ru", "Представитель завода сказал: «Опасности для населения нет.»", "Производство остановлено."),
    ("pl", "Rzecznik powiedział: „Nie ma zagrożenia dla ludności.”", "Produkcja została wstrzymana."),
    ("tr", "Sözcü şöyle dedi: \"Halk için bir tehlike yok.\"", "Üretim durduruldu."),
])
def test_a_sentence_after_a_closed_quotation_is_its_own(lang, quote, after):
    assert _split(f"{quote} {after}", lang) == [quote, after]


@pytest.mark.parametrize(("lang", "text"), [
    # an opening mark stays with the quotation it opens; a lower-case word after the mark continues the sentence
    ("fr", "Il l'a dit hier. « Nous reprendrons lundi », a-t-il ajouté."),
    ("de", "„Wir haben keine Wahl.“ sagte er am Abend."),
    ("en", "“We have no choice.” he said on Monday evening."),
    # a quotation left open is not closed by a later mark of the same kind opening another
    ("de", "Er sprach von «Gefahr. Sie» und ging."),
])
def test_no_cut_inside_or_before_an_opening_mark(lang, text):
    assert len(_split(text, lang)) == (2 if text.startswith("Il l'a dit") else 1)
