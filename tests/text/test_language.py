from storylens.text.language import LanguageDetector


def test_detects_languages():
    det = LanguageDetector()
    assert det.language("Der Präsident dankte Putin für die schnelle Hilfe der Soldaten.") == "de"
    assert det.language("Le président a remercié Vladimir Poutine pour son aide rapide.") == "fr"
    assert det.language("Президент поблагодарил Путина за быструю помощь.") == "ru"
    assert det.language("The president thanked Putin for the quick help.") == "en"


def test_too_short_is_unknown():
    assert LanguageDetector().detect("OK") == (None, 0.0)
