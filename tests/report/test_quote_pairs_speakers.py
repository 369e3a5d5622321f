"""Two quotations matched across documents keep their sentences together in the ledger only when they may
be one person's (final29 #9): « Nous ne laisserons personne seul … », a déclaré … Michele de Pascale was
matched with Meloni's "Vatandaşlarımızı yalnız bırakmayacağız" (0.41) and the two were one shared claim."""

from __future__ import annotations

from storylens.models import Quote, QuoteMatch
from storylens.report.pipeline import quote_sentence_pairs


def _pair(speaker_a: str | None, speaker_b: str | None) -> list[tuple[str, str, float]]:
    a = Quote("q1", "d1", "d1:s3", "Nous ne laisserons personne seul", speaker_a, (QuoteMatch("q2", 0.41),))
    b = Quote("q2", "d2", "d2:s5", "Vatandaşlarımızı yalnız bırakmayacağız", speaker_b, (QuoteMatch("q1", 0.41),))
    return quote_sentence_pairs([a, b])


def test_two_named_speakers_with_no_name_in_common_are_two_people():
    assert _pair("Michele de Pascale", "Giorgia Meloni") == []


def test_one_person_unknown_or_another_script_keeps_the_pair():
    assert _pair("Giorgia Meloni", "Meloni") == [("d1:s3", "d2:s5", 0.41)]
    assert _pair(None, "Giorgia Meloni") == [("d1:s3", "d2:s5", 0.41)]
    assert _pair("جورجا ميلوني", "Giorgia Meloni") == [("d1:s3", "d2:s5", 0.41)]


def test_a_speaker_that_is_no_name_keeps_the_pair():
    # the seeds' misread speaker of Tokayev's "bandits and terrorists"
    assert _pair("The riots of the", "Kassym-Jomart Tokayev") == [("d1:s3", "d2:s5", 0.41)]


def test_one_name_spelled_per_language_is_one_person():
    # trial45 W8: the lawyer's quotation in en/fr and pl/en was matched, but her name as each language spells it
    # shares no word, so both sentences were left unique; a name by its sounds (text.sound_match) is one person
    for a, b in [("Aigerim Nurlanova", "Aïguerim Nourlanova"), ("Ajgerim Nurłanowa", "Aigerim Nurlanova"),
                 ("Aiguerim Nurlánova", "Aigerim Nurlanova"), ("Aigerim Nurlanowa", "Aïguerim Nourlanova")]:
        assert _pair(a, b) == [("d1:s3", "d2:s5", 0.41)], (a, b)
    assert _pair("Aigerim Nurlanova", "Jomart Seitkali") == []  # two names by their sounds too: two people
