"""Every language's profile read from one derived table (warm75): the same profiles as the data files give, the
table written once and then read, a table of other inputs or a patched data folder never read."""

from __future__ import annotations

import dataclasses

from storylens.text import _lang


def _tables(cache):
    return sorted((cache / "derived").glob("language-profiles-*.pickle"))


def test_the_table_holds_the_profiles_the_files_give_and_is_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYLENS_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("STORYLENS_DATA_DIR", "")
    monkeypatch.delenv("STORYLENS_NO_DERIVED_CACHE", raising=False)
    _lang._shipped_profiles.cache_clear()
    try:
        built = _lang._shipped_profiles()
        [table] = _tables(tmp_path)
        written = table.stat().st_mtime_ns
        _lang._shipped_profiles.cache_clear()
        read = _lang._shipped_profiles()
    finally:
        _lang._shipped_profiles.cache_clear()
    assert table.stat().st_mtime_ns == written and _tables(tmp_path) == [table]  # read, not built again
    assert read is not built and sorted(read) == sorted(_lang.LANGUAGES)
    for lang in _lang.LANGUAGES:
        fresh = _lang._read_profile(lang)
        assert read[lang] == fresh and built[lang] == fresh
        # the same value in every field, each of the same type (a frozenset may iterate in another order)
        for field in dataclasses.fields(_lang.Profile):
            assert type(getattr(read[lang], field.name)) is type(getattr(fresh, field.name)), (lang, field.name)


def test_profile_of_a_shipped_language_comes_from_the_table_other_codes_from_the_files(monkeypatch):
    table = {lang: _lang.Profile(language=lang, decimal_comma=True) for lang in _lang.LANGUAGES}
    monkeypatch.setattr(_lang, "_shipped_profiles", lambda: table)
    _lang.profile.cache_clear()
    try:
        assert _lang.profile("de-AT") is table["de"]  # a regional code reads its base language
        assert _lang.profile("xx") == _lang.Profile(language="xx") and _lang.profile(None).language == ""
        monkeypatch.setattr(_lang, "_DATA", _lang._DATA / "elsewhere")  # a patched data folder: its files
        monkeypatch.setattr(_lang, "_SHIPPED_LANGUAGES", frozenset())  # listing none (a listed one missing is an error)
        _lang.profile.cache_clear()
        assert _lang.profile("de") == _lang.Profile(language="de")  # no de.json there: an empty profile
    finally:
        _lang.profile.cache_clear()
