"""Trial57 F6: an Arabic surname written with its article and a hyphen ("al-Zoubi", "el-Sisi") was no capitalised
word, so the speaker after the quote was lost and the subject of the sentence before ("officials said") was taken
instead. Inputs written for these tests, in several languages that write such names in Latin script."""

import pytest

from ._docs import speakers_of

BEFORE = "Rescuers evacuated about 1,700 tourists on Friday, officials said. "


@pytest.mark.parametrize("text, language, speaker", [
    (BEFORE + '"All visitors were evacuated safely," civil defense spokesman Lt. Col. Hatem al-Zoubi said.', "en",
     "Hatem al-Zoubi"),
    (BEFORE + '"The road is closed," said Interior Minister Ahmed el-Masry.', "en", "Ahmed el-Masry"),
    (BEFORE + '"We are ready," Mohammed bin-Rashid told reporters.', "en", "Mohammed bin-Rashid"),
    (('Les secours ont évacué 1 200 touristes, selon les autorités. « Tous les visiteurs ont été évacués », a déclaré '
     'Hatem al-Zuabi.'), "fr", "Hatem al-Zuabi"),
    (('Die Retter brachten 1700 Touristen in Sicherheit, teilten Behörden mit. „Alle Besucher sind in Sicherheit“, '
     'sagte Ali al-Hassan.'), "de", "Ali al-Hassan"),
], ids=["en-after", "en-said-first", "en-bin", "fr", "de"])
def test_a_surname_with_its_arabic_article_is_a_name(text, language, speaker):
    assert speakers_of(text, language)[-1] == speaker
