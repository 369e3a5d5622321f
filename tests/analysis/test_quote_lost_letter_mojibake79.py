"""mojibake79 (fieldcases78 mojibake-lossy-quotes m1/m6/m7): a name whose first letter was lost in a mis-decoding
is marked with "Ɂ" (``ingest.lossy.LOST_UPPER``), a capital, and is still the quote's speaker, whole (before,
the marked word was not read as a capital and the speaker was the surname alone, or None with U+FFFD)."""

import pytest

from storylens.ingest.files import repair_text

from ._docs import speakers_of


@pytest.mark.parametrize(("name", "lang", "want"), [
    ("директор порта Анастасия Власова", "ru", "Ɂнаɂтаɂиɂ Влаɂова"),
    ("Mayor Álvaro Gómez", "en", "Ɂlvaro Gómez"),
    ("Port Chief Νίκος Σπανός", "en", "Ɂίκος Σπανός"),
])
def test_a_name_with_a_lost_capital_is_the_speaker(name: str, lang: str, want: str) -> None:
    damaged = name.encode("utf-8").decode("cp1252", errors="replace")
    text = repair_text(f"The port will reopen in April, officials said.\n\n“We will reopen the port in April,” "
                       f"{damaged} said.")
    assert speakers_of(text, lang) == [want]
