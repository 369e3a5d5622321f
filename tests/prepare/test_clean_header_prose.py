"""A body sentence that opens with "Published <date> by …" is no header (review4 #4): the keyed-line rule
(trial 17 #6, "date 2023-10-17 By الجزيرة نت") removed it and took the next sentence as the outlet."""

from __future__ import annotations

from storylens.prepare.clean import clean_text

TEXT = ("Migration report\n\n"
        "Published 2024-03-12 by the Interior Ministry, the report counts 12,000 asylum requests in 2023.\n\n"
        "The ministry said the number fell.\n\n"
        "Officials expect more requests this year.")


def test_a_sentence_after_the_date_keeps_the_body():
    cleaned = clean_text(TEXT)
    assert "the report counts 12,000 asylum requests" in cleaned.text
    assert "The ministry said the number fell." in cleaned.text
    assert cleaned.outlet != "The ministry said the number fell."


def test_a_keyed_line_with_a_short_outlet_is_still_a_header():
    cleaned = clean_text("عنوان الخبر\n\ndate 2023-10-17 By الجزيرة نت\n\nقال المسؤولون إن العدد انخفض.")
    assert "2023-10-17" not in cleaned.text
