"""Characters lost when UTF-8 was read as cp1252 (its undefined bytes 81 8D 8F 90 9D became U+FFFD) and
left by ftfy: repaired only when the text decides it, otherwise marked (not U+FFFD) with a warning
(fieldcases78 m1/m6/m7: Spanish, Russian and Greek names)."""

from __future__ import annotations

import pytest

from storylens.ingest.files import read_text, repair_text


def _lossy(text: str) -> str:
    """``text`` as a cp1252 reading of its UTF-8 bytes shows it, the undefined bytes read as U+FFFD."""
    return text.encode("utf-8").decode("cp1252", errors="replace")


@pytest.mark.parametrize("name, clean", [
    ("es", "Harbour Master Álvaro Gómez said. Engineer Íñigo Ruiz agreed."),
    ("ru", "Директор порта Анастасия Власова сказала."),
    ("el", "Ο λιμενάρχης Νίκος Σπανός είπε."),
    ("pl", "Marszałek Łukasz Nowak powiedział."),
])
def test_no_replacement_character_is_left(name, clean):
    damaged = _lossy(clean)
    assert "\ufffd" in damaged
    fixed = repair_text(damaged)
    assert "\ufffd" not in fixed
    assert len(fixed) == len(clean)  # one mark for one lost character; the rest as ftfy repaired it
    assert all(a == b or b in "\u0241\u0242" for a, b in zip(clean, fixed))


def test_a_lost_capital_keeps_the_capital_shape_and_is_warned_about():
    doc = read_text(_lossy("Harbour Master Álvaro Gómez said on Tuesday that the pier would close."))
    assert "\u0241lvaro Gómez" in doc.text
    assert any("\u0241lvaro" in w and "mis-decoded" in w for w in doc.metadata["warnings"])


def test_a_word_written_intact_elsewhere_in_the_text_repairs_it():
    clean = "Анастасия Власова said so. Later Власова added that the port would reopen."
    damaged = _lossy(clean.split(" Later")[0]) + " Later" + clean.split(" Later")[1]
    assert "\ufffd" in damaged
    assert repair_text(damaged) == clean.replace("Анастасия", "\u0241на\u0242та\u0242и\u0242")


def test_two_words_that_fit_leave_the_mark():
    # "Ν" (CE 9D) and "Ώ" (CE 8F) are both possible for "Î" + U+FFFD: two intact words fit, no guess
    text = "Νίκα and Ώίκα met. " + _lossy("Νίκα said.").replace("Νίκα", "\u00ce\ufffdίκα")
    fixed = repair_text(text)
    assert "\u0241ίκα said." in fixed and "\ufffd" not in fixed


def test_a_guess_from_a_different_word_is_not_taken():
    # the lost letter of "Ã\ufffdlvaro" could be Á, Í, Ï, Ð or Ý; "Ílvaro" is not in the text
    fixed = repair_text("Álvarez spoke. " + _lossy("Álvaro said."))
    assert "\u0241lvaro said." in fixed and "Álvarez spoke." in fixed


def test_text_without_a_replacement_character_is_untouched():
    text = "Is this damaged? No: Ð and Ñ are letters; Łódź, Žluťoučký kůň, İstanbul, Őrség."
    assert repair_text(text) == text


def test_the_mojibake_ftfy_leaves_in_a_line_with_a_lost_character_is_decoded():
    # the lost byte of "Ł" (C5 81) kept ftfy from the whole line: "poniedziaÅ‚ek", "WiÅ›niewski" stayed
    clean = "“Otworzymy most w poniedziałek,” powiedział burmistrz Łukasz Wiśniewski."
    fixed = repair_text(_lossy(clean))
    assert fixed == clean.replace("Łukasz", "\u0241ukasz")


def test_lines_without_a_lost_character_are_left_as_ftfy_left_them():
    other = "Ã plain line with a stray Ã¡ pair"
    text = other + "\n" + _lossy("Łukasz said.")
    assert repair_text(text).split("\n")[0] == repair_text(other)


def test_a_lost_character_that_is_no_letter_is_a_symbol_and_a_line_of_it_alone_goes():
    assert repair_text("Happy New Year!\n\n\ufffd") == "Happy New Year!\n\n"  # dev: an emoji lost, its own line
    assert repair_text("Price \ufffd5 today, caf\ufffd open.") == "Price \u25a15 today, caf\u0242 open."


def test_a_lost_character_in_a_script_without_case_is_a_symbol():
    clean = "市气象台首席预报员王丽说。"
    damaged = clean.encode("utf-8").decode("cp1252", errors="replace")
    fixed = repair_text(damaged)
    assert "\ufffd" not in fixed and "\u0241" not in fixed and "\u0242" not in fixed
    assert len(fixed) == len(clean) and all(a == b or b == "\u25a1" for a, b in zip(clean, fixed))


def test_a_capital_before_a_guillemet_in_a_line_with_a_lost_character_is_not_decoded():
    # "É»" are the bytes of "ɻ" (C9 BB), but ftfy does not read them as mojibake, nor is this
    text = "Le film «ÉTÉ» sort " + _lossy("à Łódź.")
    assert repair_text(text).startswith("Le film «ÉTÉ» sort à \u0241ódź.")
