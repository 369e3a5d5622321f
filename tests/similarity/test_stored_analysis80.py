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
