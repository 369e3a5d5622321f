"""storylens.text: language knowledge from maintained libraries plus per-language data files."""

import pytest

from storylens import text


def test_every_name_loads_on_first_use_from_its_module():
    """The package imports no submodule itself (PEP 562): `storylens stories` needs only base() and
    reader_language(), not the language profiles or the sound keys; every listed name still resolves."""
    import importlib
    import subprocess
    import sys

    code = ("import sys; import storylens.text as t; t.base('de-AT'); "
            "print(sorted(m for m in sys.modules if m.startswith('storylens.text.')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["['storylens.text._codes']"]
    for name in text.__all__:
        module = importlib.import_module(f"storylens.text.{text._LAZY[name]}")
        assert getattr(text, name) is getattr(module, name)
    assert set(text.__all__) == set(text._LAZY) and set(text.__all__) <= set(dir(text))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        text.nothing  # noqa: B018 - the attribute access is the test


def test_ten_languages_have_data():
    assert {"ar", "de", "en", "es", "fr", "it", "pl", "ru", "tr", "zh"} <= set(text.LANGUAGES)


@pytest.mark.parametrize("lang, word", [("de", "nicht"), ("fr", "selon"), ("pl", "się"), ("ru", "что"), ("zh", "的"), ("ar", "في")])
def test_spacy_stop_words(lang, word):
    assert word in text.stop_words(lang)


def test_unknown_language_has_no_stop_words():
    assert text.stop_words("xx") == frozenset() and text.stop_words(None) == frozenset()


@pytest.mark.parametrize(
    "lang, word, month",
    [("pl", "stycznia", 1), ("pl", "styczeń", 1), ("ru", "января", 1), ("es", "enero", 1), ("it", "gennaio", 1),
     ("tr", "ocak", 1), ("ar", "يناير", 1), ("de", "märz", 3), ("fr", "août", 8)],
)
def test_month_names_from_babel(lang, word, month):
    assert text.month_names(lang)[word] == month


@pytest.mark.parametrize("lang, word, day", [("de", "donnerstag", 3), ("pl", "czwartek", 3), ("zh", "星期四", 3), ("ar", "الخميس", 3)])
def test_weekday_names_from_babel(lang, word, day):
    assert text.weekday_names(lang)[word] == day


def test_territory_names_in_every_language():
    assert text.territory_names("pl")["niemcy"] == "DE"
    assert text.territory_names("zh")["瑞士"] == "CH"
    assert text.territory_names("de")["schweiz"] == "CH"


def test_stem_lemmatises_known_languages_only():
    assert text.stem("Häuser", "de") == "haus"
    assert text.stem("Häuser", "zh") == "häuser"


def test_profile_data():
    pl = text.profile("pl-PL")
    assert dict(pl.scale_words)["tys"] == 1e3 and pl.decimal_comma
    assert "woj" in pl.abbreviations and "powiedział" in pl.reporting_verbs
    assert dict(text.profile("zh").scale_words)["亿"] == 1e8
    assert "nicht" in text.profile("de").negation
    assert text.profile("xx").reporting_verbs == ()


def test_threat_verbs_are_kept_apart_from_the_reporting_verbs():
    # a verb of threatening takes things as subjects ("The storm threatened to …"): the modules that read the
    # reporting verbs (claims, framing, conflicts) must not see it; analysis.quotes reads "threat_verbs"
    for lang, verb in (("en", "threatened"), ("es", "amenazó"), ("pl", "zagroziła"), ("ru", "пригрозил")):
        prof = text.profile(lang)
        assert verb in prof.threat_verbs and not set(prof.threat_verbs) & set(prof.reporting_verbs), lang


def test_scale_words_over_languages():
    scales = text.scale_words()
    assert scales["millones"] == 1e6 and scales["مليون"] == 1e6 and scales["mln"] == 1e6


def test_normalise_digits_keeps_length():
    raw = "٤٥ مليون و١٢٫٥"
    out = text.normalise_digits(raw)
    assert out == "45 مليون و12.5" and len(out) == len(raw)


def test_normalise_digits_fast_path_is_the_translation():
    # a text without any mapped character is returned as it is (perf56); one with any is translated whole:
    # each mapped character alone, inside Latin, Cyrillic and Han text, and texts without one in five scripts
    from storylens.text._lang import _DIGITS

    for code, ascii_char in _DIGITS.items():
        for around in ("Toll {} dead", "Погибли {} человек", "死亡{}人", "{}"):
            raw = around.format(chr(code) + "7")
            assert text.normalise_digits(raw) == raw.translate(_DIGITS) and chr(ascii_char) in text.normalise_digits(raw)
    for raw in ("12 killed in Paris", "Погибли 12 человек", "死亡１２人", "٣ قتلى", "Zürich: 3,5 Mio.", ""):
        assert text.normalise_digits(raw) == raw.translate(_DIGITS)


def test_every_data_file_is_complete():
    # adding a language is adding text/data/<xx>.json: each one carries the same kinds of knowledge
    for lang in text.LANGUAGES:
        p = text.profile(lang)
        assert p.language == lang and p.scale_words and p.negation and p.reporting_verbs, lang
        assert text.month_names(lang), lang  # babel knows every one of them


def test_shipped_cldr_names_match_installed_babel():
    # text/data/cldr.json is babel's output, written by scripts/build_cldr_names.py; rerun it after a babel upgrade
    from storylens.text._lang import _shipped_cldr, cldr_names_from_babel

    shipped = _shipped_cldr()
    assert set(shipped) == set(text.CALENDAR_LANGUAGES)
    for lang in ("pl", "zh", "ar"):
        assert shipped[lang] == cldr_names_from_babel(lang)


def test_search_spellings_reads_no_word_of_a_text_without_cyrillic_or_greek(monkeypatch):
    """Every stored article is asked (articles.spelled): a Latin-script text has nothing to spell and
    is not read word by word (0.066 -> 0.015 ms a dev text); with marked_latin, or with Cyrillic, the
    words are read as before."""
    from storylens.text import _stems, search_spellings

    assert search_spellings("Сепульведа встретился с Sepúlveda") == "s sepulveda vstretilsya"
    assert search_spellings("Sepúlveda met Tohá", marked_latin=True) == "sepulveda toha"
    monkeypatch.setattr(_stems, "search_spelling", lambda *a: pytest.fail("a Latin text was read word by word"))
    assert search_spellings("Sepúlveda met Tohá in Santiago on Tuesday.") == ""


@pytest.mark.parametrize(("text", "script"), [
    ("Moscow flood: hundreds evacuated", "latin"),
    ("Паводок в Подмосковье: сотни эвакуированы (МЧС)", "cyrillic"),
    ("北京暴雨 Beijing", "cjk"),
    ("Πλημμύρες στη Θεσσαλία", "greek"),
    ("2026 — 12", None),
])
def test_main_script_counts_letters(text, script):
    from storylens.text import main_script

    assert main_script(text) == script
