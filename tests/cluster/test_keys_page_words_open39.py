"""A page's buttons and labels are no stream entity keys (stop 38 closing note, issue #11).

"Actualizado", "Enviar", "Guardar" on Spanish pages were name keys (capitalised as a button is); they are
text data now (``page_words``, with the one-word time stamps, advertisement and picture-credit labels),
left out as stop words are. Texts written for these tests in the manner of the dev texts.
"""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys
from storylens.text import page_words

ES_PAGE = ("Nadal: «La Copa ATP no es una preparación para el Abierto de Australia» EFE Actualizado: 03/01/2020 "
           "Enviar Guardar Comentarios Rafael Nadal habló en Sídney antes de la Copa ATP. Foto: EFE")


@pytest.mark.parametrize(("text", "language", "gone", "kept"), [
    (ES_PAGE, "es", {"actualizado", "enviar", "guardar", "comentarios", "foto"}, {"nadal", "rafael", "atp"}),
    ("Share Subscribe Advertisement The mayor, John Smith, said Network Rail would pay. Sign up Close", "en",
     {"share", "subscribe", "advertisement", "sign", "close"}, {"john", "smith", "network", "rail"}),
    ("Güncelleme: 03.01.2020 Paylaş Vali Ahmet Kaya olay yerine gitti, dedi Edirne Valiliği.", "tr",
     {"guncelleme", "paylas"}, {"ahmet", "kaya", "@edirne"}),  # a city: its key (stop 47)
])
def test_a_pages_buttons_and_labels_are_no_keys(text, language, gone, kept):
    keys = entity_keys(text, language)
    assert not gone & keys, gone & keys
    assert kept <= keys, kept - keys


def test_page_words_come_from_the_text_data():
    assert {"enviar", "guardar", "actualizado", "publicidad", "foto"} <= page_words("es")
    assert "última actualización" not in page_words("es")  # a stamp of two words: its words may be anything
    assert page_words("xx") == frozenset()
