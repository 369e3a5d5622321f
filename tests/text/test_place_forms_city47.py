"""The text layer's readings of a place name in a case form or with glued prefixes (text data "place_forms"; try46 F0/F2)."""

from storylens.text import city_case_forms, prefix_splits, reads_city_cases


def test_case_forms_give_the_nominative_by_the_languages_rule():
    assert "Ostrava" in city_case_forms("Ostravě", "cs")
    assert "Brno" in city_case_forms("Brně", "cs")
    assert "Praha" in city_case_forms("Praze", "cs")
    assert "Helsinki" in city_case_forms("Helsingissä", "fi")
    assert "Tampere" in city_case_forms("Tampereella", "fi")
    assert "Budapest" in city_case_forms("Budapesten", "hu")
    assert city_case_forms("İstanbul'da", "tr")[0] == "İstanbul"


def test_no_rule_for_a_language_without_case_data_or_a_short_stem():
    assert city_case_forms("Berlin", "en") == ()
    assert city_case_forms("Brno", "de") == ()
    assert not reads_city_cases("en") and not reads_city_cases(None) and reads_city_cases("cs")
    assert all(len(f) >= 3 for f in city_case_forms("Brně", "cs"))


def test_prefix_splits_strip_up_to_the_scripts_prefixes():
    assert prefix_splits("ובחיפה") == ("בחיפה", "חיפה")
    assert prefix_splits("בברנו") == ("ברנו", "רנו")
    assert prefix_splits("חיפה") == ()  # ח is no prefix
    assert prefix_splits("بعمان") == ("عمان",)
    assert prefix_splits("Brno") == ()
