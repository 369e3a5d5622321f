"""The entity keys' date blanking reads a text's dates in the text's language (issue #11, keys77).

``_without_dates_and_times`` called ``extract_dates(part, language)``: the language code landed in ``published``
(read as no date) and the dates were read with no language, so a German, Turkish, Spanish or Italian date the
English reading does not know ("am 5. und 6. September", "4-5 Şubat 2020", "septiembre del 2018") left its day
or year as a figure key ("#5", "#4", "#2018") that two unrelated reports of the same week could share. The date
readers now take ``published`` and the language by keyword only, so a call of that kind fails at once. The texts
are written for these tests; each keeps a figure of its story, which must stay a key.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_dates
from storylens.cluster import entity_keys
from storylens.similarity import opening_event


@pytest.mark.parametrize(("text", "language", "gone", "kept"), [
    ("Das Festival fand am 5. und 6. September in Leipzig statt. Dabei wurden 40 Menschen verletzt.", "de",
     {"#5", "#6"}, {"#40"}),
    ("Van-Bahçesaray yolu 4-5 Şubat 2020'de kapandı ve 37 köy ulaşımsız kaldı.", "tr", {"#4", "#5", "#2020"}, {"#37"}),
    ("İŞKUR ilanlarına 15-19 Haziran tarihleri arasında 300 kişi başvurdu.", "tr", {"#15", "#19"}, {"#300"}),
    ("El calendario se ejecuta desde septiembre del 2018 y ya suma 35 municipios.", "es", {"#2018"}, {"#35"}),
    ("La noche del 29 de noviembre del 2014 hallaron 43 cuerpos en Iguala.", "es", {"#29", "#2014"}, {"#43"}),
    ("Il ministro sarà a Bangalore il 2 e 3 gennaio, dove 150 scienziati lo attendono.", "it", {"#2", "#3"}, {"#150"}),
])
def test_a_date_of_the_texts_language_is_no_number_key(text, language, gone, kept):
    keys = entity_keys(text, language)
    assert not gone & keys, sorted(k for k in keys if k.startswith("#"))
    assert kept <= keys


def test_the_date_readers_take_the_publication_date_and_language_by_keyword() -> None:
    with pytest.raises(TypeError):
        extract_dates("am 5. September", "de")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        opening_event("Am Montag bebte in Malatya die Erde.", "de")  # type: ignore[call-arg]
    (d,) = extract_dates("am 5. September", published="2026-09-07", language="de")
    assert d.date == "2026-09-05"
