"""A social platform named before the subject ("napisał na Twitterze Jan Nowak", "написал в своём
Telegram-канале Иван Петров") is where the words were written, not the first word of the speaker's name
(text/data "share_buttons"). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('„Sytuacja jest pod kontrolą” – napisał na Twitterze Jan Nowak.', "pl", "Jan Nowak"),
    ('„Sytuacja jest pod kontrolą” – napisał na Facebooku Jan Nowak.', "pl", "Jan Nowak"),
    ('«Ситуация под контролем», — написал в своём Telegram-канале Иван Петров.', "ru", "Иван Петров"),
], ids=["pl-twitter", "pl-facebook", "ru-telegram"])
def test_platform_is_not_part_of_the_name(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
