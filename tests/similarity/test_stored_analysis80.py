"""The verdict rules' analysis of a text as a store keeps it (issue #13, pg80): the stream stores the ``_Text`` the rules
read of a stored article's reading (:func:`storylens.similarity.encode_analysis`, compressed JSON of plain types with
the analysis code's version) and a later process reads it back instead of analysing the text again. It must be the
very analysis, field by field, or the rules' verdicts would differ from a fresh reading's; one of another version of
the code, or of another reading, is not read. Texts: the samples of test_stored_reading_persist60 (en, de, pl, es,
fr, it) and the Chinese and Arabic reports of test_names_features_across_scripts_feat51 and test_places_trial15."""

from __future__ import annotations

import dataclasses
import json
import zlib

import pytest

import storylens.similarity._stored as stored
from storylens.similarity import VerdictRules, decode_analysis

from .test_names_features_across_scripts_feat51 import AR_IL, ZH
from .test_places_trial15 import ECB_AR
from .test_stored_reading_persist60 import LANGUAGES, SAMPLES

TEXTS = [(raw, title, lang) for (raw, title), lang in zip(SAMPLES, LANGUAGES)] + \
    [(ZH, None, "zh"), (AR_IL, None, "ar"), (ECB_AR, None, "ar")]


def _read(rules: VerdictRules, key: int, raw: str, title: str | None, lang: str | None):
    rules.add(key, raw, lang, title=title)
    return rules._sides[key][0].info


@pytest.mark.parametrize(("raw", "title", "lang"), TEXTS)
def test_a_stored_analysis_read_back_is_the_analysis_field_by_field(raw, title, lang):
    rules = VerdictRules()
    fresh = _read(rules, 0, raw, title, lang)
    blob = rules.analysis_of(0)
    back = decode_analysis(blob, fresh.text, fresh.lang, fresh.published, rules._datelines[0], rules.variant)
    assert back is not None
    for f in dataclasses.fields(fresh):
        assert getattr(back, f.name) == getattr(fresh, f.name), f.name
        assert type(getattr(back, f.name)) is type(getattr(fresh, f.name)), f.name
    assert back == fresh


def test_the_samples_hold_what_the_analysis_reads_in_each_script():
    rules = VerdictRules()
    infos = [_read(rules, k, raw, title, lang) for k, (raw, title, lang) in enumerate(TEXTS)]
    assert sum(bool(i.opening.places) for i in infos) >= 5 and sum(bool(i.places) for i in infos) >= 8
    assert any(i.names for i in infos) and any(i.name_keys for i in infos if i.lang in ("zh", "ar"))
    assert any(i.dateline_place for i in infos) and any(i.opening.event != type(i.opening.event)() for i in infos)


def test_the_rules_reading_stored_analyses_give_the_verdicts_of_the_texts_analysed_again():
    fresh, again = VerdictRules(), VerdictRules()
    for k, (raw, title, lang) in enumerate(TEXTS):
        prepared = fresh.add(k, raw, lang, title=title)
        again.add(k, raw, lang, title=title, prepared=prepared, analysis=fresh.analysis_of(k))
    assert again.analyses_read == len(TEXTS)
    pairs = [(a, b) for a in range(len(TEXTS)) for b in range(a + 1, len(TEXTS))]
    verdicts = [fresh.apart(a, b) for a, b in pairs]
    assert [again.apart(a, b) for a, b in pairs] == verdicts
    assert any(v is not None for v in verdicts)


def _blob_of(raw: str, lang: str) -> tuple[VerdictRules, bytes, object]:
    rules = VerdictRules()
    info = _read(rules, 0, raw, None, lang)
    blob = rules.analysis_of(0)
    assert blob is not None
    return rules, blob, info


def test_an_analysis_of_another_version_is_analysed_again_not_read(monkeypatch):
    rules, blob, info = _blob_of(*TEXTS[-2][::2])
    monkeypatch.setattr(stored, "_VERSION", "another")
    assert decode_analysis(blob, info.text, info.lang, info.published, rules._datelines[0], rules.variant) is None
    again = VerdictRules()
    again.add(0, TEXTS[-2][0], "ar", analysis=blob, prepared=None)
    assert again.analyses_read == 0 and again._sides[0][0].info == info


def test_an_analysis_of_another_reading_or_variant_is_not_read():
    rules, blob, info = _blob_of(*TEXTS[0][::2])
    dateline = rules._datelines[0]
    assert dateline  # a wire dateline the preparation cut ("LISBON (Reuters) -")
    args = (info.text, info.lang, info.published, dateline, rules.variant)
    assert decode_analysis(blob, *args) == info
    assert decode_analysis(blob, info.text + " ", *args[1:]) is None
    assert decode_analysis(blob, info.text.replace("a", "o", 1), *args[1:]) is None
    assert decode_analysis(blob, info.text, "de", *args[2:]) is None
    assert decode_analysis(blob, info.text, info.lang, "1999-01-01", dateline, rules.variant) is None
    assert decode_analysis(blob, *args[:3], "", rules.variant) is None
    assert decode_analysis(blob, *args[:4], "another-variant") is None


def _forged(blob: bytes, change) -> bytes:
    row = json.loads(zlib.decompress(blob))
    change(row)
    return zlib.compress(json.dumps(row).encode())


@pytest.mark.parametrize("damage", [
    lambda b: b"", lambda b: b[:-5], lambda b: b"not zlib", lambda b: zlib.compress(b"[1, 2"),
    lambda b: zlib.compress(b'{"a": 1}'),
    lambda b: _forged(b, lambda r: r.__setitem__(0, "a0")),
    # an object of a class the form does not list is no analysis (nothing is looked up by a stored name)
    lambda b: _forged(b, lambda r: r[8].__setitem__("opening", {"c": "os.system", "v": {}})),
    lambda b: _forged(b, lambda r: r[8].__setitem__("opening", {"c": "_Text", "v": {}})),
    lambda b: _forged(b, lambda r: r[8].__setitem__("no_such_field", 1)),
    lambda b: _forged(b, lambda r: r[8].__setitem__("sentences", [[0, 3], 7])),
])
def test_a_stored_analysis_that_is_not_one_is_analysed_again_not_raised(damage):
    rules, blob, info = _blob_of(*TEXTS[2][::2])
    args = (info.text, info.lang, info.published, rules._datelines[0], rules.variant)
    assert decode_analysis(blob, *args) == info
    assert decode_analysis(damage(blob), *args) is None


def test_a_rules_reader_with_its_own_gazetteer_neither_stores_nor_reads_analyses():
    from storylens.similarity._openings import _default_gazetteer

    _, blob, _ = _blob_of(*TEXTS[0][::2])
    own = VerdictRules(gazetteer=_default_gazetteer())
    own.add(0, TEXTS[0][0], TEXTS[0][2], analysis=blob)
    assert own.analyses_read == 0 and own.analysis_of(0) is None


def test_the_analysis_version_follows_the_code_files():
    assert stored.analysis_version() == stored.analysis_version() and len(stored.analysis_version()) == 16


# pg80fix: what a forged or damaged row of a shared store may hold fails no ingest; its text is analysed again.
def _with_fields(blob: bytes, **fields) -> bytes:
    return _forged(blob, lambda r: r[8].update(fields))


@pytest.mark.parametrize("fields", [
    {"names": 5}, {"places": "abc"}, {"places": {"f": [1, 2]}}, {"months": {"f": ["3"]}}, {"cased": 1},
    {"style": {"d": [["a", "x"]]}}, {"terms": {"d": [["a", 1.5]]}}, {"dateline_place": ["a"]},
    {"family_full": {"f": [["a", "b", "c"]]}}, {"quantities": [1]},
    {"opening": {"c": "Opening", "v": {"people": "Scholz"}}},
    {"opening": {"c": "Opening", "v": {"event": {"c": "OpeningEvent", "v": {"event_tolls": [["a", "b", 1]]}}}}},
    {"opening": {"c": "OpeningEvent", "v": {}}},
    {"sentences": [[0, 10**18]]}, {"sentences": [[-3, 2]]}, {"sentences": [[True, 4]]}, {"sentences": "abc"},
    # retester_pg80: well typed, yet the features raised (OverflowError, KeyError 'avg_sent') and the ingest stopped
    {"style": {"d": [[k, 10**400] for k in ("quote", "digit", "upper", "punct", "question", "avg_sent")]}},
    {"style": {"d": [[k, float("nan")] for k in ("quote", "digit", "upper", "punct", "question", "avg_sent")]}},
    {"style": {"d": []}}, {"style": {"d": [["quote", 0.0]]}},
])
def test_a_stored_field_of_another_type_than_declared_is_no_analysis(fields):
    # the rules read a field as its declared kind: names=5 raised TypeError in them (pg80's tester)
    rules, blob, info = _blob_of(*TEXTS[0][::2])
    args = (info.text, info.lang, info.published, rules._datelines[0], rules.variant)
    assert decode_analysis(_with_fields(blob, names=list(info.names)), *args) == info
    assert decode_analysis(_with_fields(blob, **fields), *args) is None


def test_a_value_nested_deeper_than_python_recurses_is_no_analysis_not_a_recursion_error():
    rules, blob, info = _blob_of(*TEXTS[0][::2])
    args = (info.text, info.lang, info.published, rules._datelines[0], rules.variant)
    row = json.dumps(json.loads(zlib.decompress(blob))[:8]).encode()
    inside = zlib.compress(row[:-1] + b"," + b"[" * 100_000 + b"]" * 100_000 + b"]")
    assert len(inside) < 2000  # a small row of a shared store
    assert decode_analysis(inside, *args) is None
    assert decode_analysis(zlib.compress(b"[" * 100_000 + b"]" * 100_000), *args) is None
    assert decode_analysis(_with_fields(blob, names=[[[[]]]] * 3 + [[["a"] * 2] * 2]), *args) is None
    again = VerdictRules()
    again.add(0, TEXTS[0][0], TEXTS[0][2], analysis=inside)
    assert again.analyses_read == 0 and again._sides[0][0].info == info


def test_a_stored_analysis_that_inflates_beyond_the_cap_is_none():
    rules, blob, info = _blob_of(*TEXTS[0][::2])
    args = (info.text, info.lang, info.published, rules._datelines[0], rules.variant)
    data = zlib.decompress(blob)

    def padded(size: int) -> bytes:  # the very row, padded with JSON's whitespace to ``size`` bytes
        return zlib.compress(data[:-1] + b" " * (size - len(data)) + data[-1:], 9)

    assert decode_analysis(padded(stored._MAX_JSON), *args) == info
    assert decode_analysis(padded(stored._MAX_JSON + 1), *args) is None
    assert decode_analysis(padded(200 * stored._MAX_JSON), *args) is None


def test_an_analysis_longer_than_the_cap_is_not_stored(monkeypatch):
    rules, blob, _ = _blob_of(*TEXTS[0][::2])
    monkeypatch.setattr(stored, "_MAX_JSON", len(zlib.decompress(blob)))
    assert rules.analysis_of(0) == blob
    monkeypatch.setattr(stored, "_MAX_JSON", len(zlib.decompress(blob)) - 1)
    assert rules.analysis_of(0) is None


def test_the_analysis_version_is_of_the_files_contents_not_their_place_or_times(tmp_path):
    import os

    def tree(at: str, body: bytes) -> list:
        root = tmp_path / at
        (root / "text" / "data").mkdir(parents=True)
        (root / "a.py").write_bytes(body)
        (root / "text" / "data" / "words.txt").write_bytes(b"alpha\n")
        os.utime(root / "a.py", ns=(10**18, 10**18))
        return [root, [root / "a.py", root / "text" / "data" / "words.txt"]]

    one, two = tree("one", b"x = 1\n"), tree("elsewhere/two", b"x = 1\n")
    os.utime(two[1][0], ns=(2 * 10**18, 2 * 10**18))
    assert stored._contents_digest(*one) == stored._contents_digest(*two)  # another place, another time
    edited = tree("three", b"x = 2\n")  # the same size and time, another content
    assert stored._contents_digest(*edited) != stored._contents_digest(*one)
    (one[0] / "text" / "data" / "words.txt").rename(one[0] / "text" / "data" / "other.txt")
    assert stored._contents_digest(one[0], [one[0] / "a.py", one[0] / "text" / "data" / "other.txt"]) \
        != stored._contents_digest(*two)  # the same bytes under another name
