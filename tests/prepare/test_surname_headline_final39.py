"""A title-case headline whose first word is a byline marker that opens a surname ("Di Maio Quits",
"Von Der Leyen Re-Elected") is the headline, not a byline (final39 §5: authors 'Maio Quits', the title lost)."""
from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

_BODY = {
    "en": "Italian Foreign Minister Luigi Di Maio left the party on Tuesday after weeks of tension.",
    "it": "Il ministro degli Esteri Luigi Di Maio ha lasciato il partito martedì dopo settimane di tensioni.",
    "de": "Ursula von der Leyen wurde am Donnerstag vom Europäischen Parlament in Straßburg wiedergewählt.",
    "fr": "Ursula von der Leyen a été réélue jeudi par le Parlement européen à Strasbourg.",
    "es": "El ministro italiano Luigi Di Maio abandonó el partido el martes tras semanas de tensión.",
}

HEADLINES = [
    ("en", "Di Maio Quits"),
    ("en", "Von Der Leyen Re-Elected"),
    ("en", "Di Maio Quits Five Star Movement"),
    ("it", "Di Maio Lascia Il Movimento"),
    ("it", "Di Battista Torna In Campo"),
    ("de", "Von Der Leyen Wiedergewählt"),
    ("de", "Von Der Leyen Bleibt Kommissionschefin"),
    ("fr", "Von Der Leyen Réélue"),
    ("es", "Di Maio Dimite"),
]


@pytest.mark.parametrize(("lang", "headline"), HEADLINES)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_surname_headline_is_no_byline(lang: str, headline: str, gap: str) -> None:
    cleaned = clean_text(headline + gap + _BODY[lang] + "\n")
    assert cleaned.authors == ()
    assert cleaned.outlet is None
    assert cleaned.text.startswith(headline)


BYLINES = [
    ("it", "Di Marco Rossi", ("Marco Rossi",)),
    ("it", "Di Marco Rossi, ANSA", ("Marco Rossi",)),
    ("de", "Von Anna Schmidt", ("Anna Schmidt",)),
    ("en", "By John Smith", ("John Smith",)),
    ("fr", "Par Marie Dubois", ("Marie Dubois",)),
    ("es", "Por Ana Pérez", ("Ana Pérez",)),
]


@pytest.mark.parametrize(("lang", "line", "authors"), BYLINES)
def test_bylines_with_a_given_name_stay_bylines(lang: str, line: str, authors: tuple[str, ...]) -> None:
    cleaned = clean_text(line + "\n\n" + _BODY[lang] + "\n")
    assert tuple(cleaned.authors) == authors
    assert not cleaned.text.lstrip().startswith(line)
