"""fieldquotes78 (fieldcases78 mojibake-lossy-quotes m1/m6/m7): UTF-8 read as cp1252 and written back loses the bytes
cp1252 leaves undefined (U+FFFD): "Ã\ufffdlvaro" (Á, C3 81), "Ð\ufffdнаÑ\ufffdтаÑ\ufffdиÑ\ufffd" (Анастасия, D0 90 /
D1 81), "Î\ufffdίκος" (Νίκος, CE 9D) kept U+FFFD in the evidence and lost the speaker. A lost byte is ambiguous (Ñ\ufffd
is с, э or я): the word is repaired only when the same text writes one of its readings whole; else each lost letter
is shown as a visible mark, never U+FFFD, never a guessed letter; the warnings say which."""

import pytest

from storylens.ingest.files import read_text
from storylens.ingest.lossy import LOST_LETTER


def _lossy(text: str) -> str:
    """``text`` as UTF-8 read as cp1252, the bytes cp1252 leaves undefined lost (U+FFFD), as the field case has it."""
    return text.encode().decode("cp1252", "replace")


_RU = _lossy("“We will reopen the port in April,” port director Анастасия Власова said.")


def test_the_test_text_is_the_field_case_mojibake() -> None:
    assert "Ð\ufffdÐ½Ð°Ñ\ufffdÑ‚Ð°Ñ\ufffdÐ¸Ñ\ufffd Ð’Ð»Ð°Ñ\ufffdÐ¾Ð²Ð°" in _RU


@pytest.mark.parametrize(("damaged", "lost"), [
    (_RU, ["Анастасия", "Власова"]),
    ("“We will restart the ferry on Monday,” Port Chief \u00ce\ufffd\u03af\u03ba\u03bf\u03c2 Σπανός said.", ["Νίκος"]),
    ("Harbour Master \u00c3\ufffdlvaro Gómez said. Engineer \u00c3\ufffd\u00c3\u00b1igo Ruiz agreed.", ["Álvaro", "Íñigo"]),
])
def test_a_lost_letter_is_marked_not_guessed(damaged: str, lost: list[str]) -> None:
    doc = read_text(damaged, "a.txt")
    assert "\ufffd" not in doc.text and LOST_LETTER in doc.text, doc.text
    assert not any(word in doc.text for word in lost), doc.text
    warnings = doc.metadata["warnings"]
    assert len(warnings) == 1 and "lost" in warnings[0] and LOST_LETTER in warnings[0], warnings


@pytest.mark.parametrize(("damaged", "whole"), [
    (_RU + " Анастасия Власова has led the port since 2019.", "port director Анастасия Власова said"),
    ("Port Chief \u00ce\ufffd\u03af\u03ba\u03bf\u03c2 Σπανός said. Νίκος Σπανός took office in May.", "Chief Νίκος Σπανός"),
    ("Harbour Master \u00c3\ufffdlvaro Gómez said. Álvaro Gómez has run the port since 2019.", "Master Álvaro Gómez"),
    # (the rest of the text in mojibake too: the whole word is read once its mojibake is repaired)
    ("Harbour Master \u00c3\ufffdlvaro G\u00c3\u00b3mez said. \u00c3\u0081lvaro G\u00c3\u00b3mez has run the port.",
     "Master Álvaro Gómez"),
])
def test_a_lost_letter_the_text_decides_is_repaired(damaged: str, whole: str) -> None:
    doc = read_text(damaged, "a.txt")
    assert whole in doc.text and "\ufffd" not in doc.text and LOST_LETTER not in doc.text, doc.text
    warnings = doc.metadata["warnings"]
    assert len(warnings) == 1 and "repaired" in warnings[0], warnings


def test_two_readings_the_text_writes_stay_marked() -> None:
    # "Ñ\ufffdто" is "это" or "сто" (D1 8D, D1 81): with both written whole, nothing decides
    doc = read_text(_lossy("Он сказал: это всё.") + " Это было сто лет назад, и это правда.", "a.txt")
    assert f": {LOST_LETTER}то " in doc.text and "\ufffd" not in doc.text, doc.text


def test_the_lost_closing_quote_is_still_a_closing_quote() -> None:
    doc = read_text("\u00e2\u20ac\u0153We will reopen the bridge,\u00e2\u20ac\ufffd J\u00c3\u00bcrgen said.", "a.txt")
    assert doc.text == "“We will reopen the bridge,” Jürgen said." and not doc.metadata.get("warnings")


def test_a_replacement_that_is_no_lost_byte_is_left() -> None:
    doc = read_text("The value was \ufffd unknown.", "a.txt")
    assert doc.text == "The value was \ufffd unknown." and not doc.metadata.get("warnings")
