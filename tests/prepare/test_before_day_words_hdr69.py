"""hdr69 #5: the words written before a day of the month ("on", "am", "le", "el", "il", "dnia", "em", "op", "في") were
two lists: prepare.clean._BEFORE_DAY_WORDS (the header rule that tells an event's day from a header's date) and the
text data dateline.before_day (the dateline reader). Now one, the text data: the header rule reads it, and so the
dateline reader reads a wire dateline written with the word ("BERLIN, am 14. März 2026 (dpa) -" had the place
"BERLIN, am"; "Madrid, el 14 de marzo de 2026 (EFE).-" was unread and stayed in the text)."""

import pytest

from storylens.prepare.clean import clean_text
from storylens.text import LANGUAGES, profile


def test_the_words_are_the_text_data_s():
    words = {w for lang in LANGUAGES for w in profile(lang).dateline_before_day}
    assert {"on", "am", "le", "el", "il", "dnia", "em", "op", "في"} <= words


@pytest.mark.parametrize(("line", "place", "outlet", "lead"), [
    ("BERLIN, am 14. März 2026 (dpa) - Die Regierung hat neue Maßnahmen beschlossen.", "BERLIN", "dpa", "Die Regierung"),
    ("Madrid, el 14 de marzo de 2026 (EFE).- El gobierno anunció nuevas medidas.", "Madrid", "EFE", "El gobierno"),
    ("Roma, il 14 marzo 2026 (ANSA) - Il governo ha annunciato nuove misure.", "Roma", "ANSA", "Il governo"),
    ("Lisboa, em 14 de março de 2026 (Lusa) - O governo anunciou novas medidas.", "Lisboa", "Lusa", "O governo"),
])
def test_a_dateline_with_a_word_before_its_day(line, place, outlet, lead):
    clean = clean_text(line)
    assert (clean.place, clean.outlet, clean.published) == (place, outlet, "2026-03-14")
    assert clean.text.startswith(lead)


@pytest.mark.parametrize("text", [
    "Arab Summit on 3 March 2026 Discusses Gaza Rebuild\n\nThe leaders met in Cairo.",
    "Wahlen am 15. November 2026 in Berlin\n\nDie Parteien haben ihre Listen vorgelegt.",
])
def test_an_event_s_day_is_still_no_header(text):
    assert clean_text(text).published is None
