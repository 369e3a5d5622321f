from storylens.text.language import LanguageDetector


def test_detects_languages():
    det = LanguageDetector()
    assert det.language("Der Präsident dankte Putin für die schnelle Hilfe der Soldaten.") == "de"
    assert det.language("Le président a remercié Vladimir Poutine pour son aide rapide.") == "fr"
    assert det.language("Президент поблагодарил Путина за быструю помощь.") == "ru"
    assert det.language("The president thanked Putin for the quick help.") == "en"


def test_too_short_is_unknown():
    assert LanguageDetector().detect("OK") == (None, 0.0)


def test_detectors_of_one_input_length_share_one_loaded_model():
    # each pair set, rules reader and Comparer makes a detector: fastText's model is loaded once per process
    first, second = LanguageDetector(), LanguageDetector(min_confidence=0.9)
    assert first._model() is second._model()
    assert LanguageDetector(max_chars=300)._model() is not first._model()  # the input length is the detector's
    assert second.language("Der Präsident dankte Putin für die schnelle Hilfe der Soldaten.") == "de"
