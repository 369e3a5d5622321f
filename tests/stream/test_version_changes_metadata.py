"""An update's changes never list a line the ledger reads as metadata (trial 15 #13)."""

from storylens.stream.versions import text_changes

_BODY = ("Frankfurt. Die Europäische Zentralbank (EZB) hat am Donnerstag ihre Leitzinsen erneut gesenkt.\n\n"
         "Der Einlagensatz sinkt um 0,25 Prozentpunkte auf 2,0 Prozent.\n\n"
         "Der Euro stieg auf 1,1450 Dollar.")


def test_a_header_line_and_a_lone_headline_are_no_new_sentences():
    # The text file carries a header and a headline; the JSONL update has its title in metadata.
    original = "date 2025-06-05 By Jan Mallien, Handelsblatt\n\nEZB senkt Leitzins auf 2,0 Prozent\n\n" + _BODY
    update = _BODY.replace("1,1450", "1,1420")
    assert text_changes(original, update, "de") == ("USD: 1,1450 → 1,1420",)
    assert text_changes(update, original, "de") == ("USD: 1,1420 → 1,1450",)


def test_two_headlines_are_still_compared():
    old = "Death toll rises to 12\n\nAt least 12 people were killed in the fire on Monday, police said."
    new = "Death toll rises to 19\n\nAt least 19 people were killed in the fire on Monday, police said."
    changes = text_changes(old, new, "en")
    assert any("12" in c and "19" in c for c in changes)
    assert not any(c.startswith("new sentence") for c in changes)
