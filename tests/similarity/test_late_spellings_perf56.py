"""The verdict's rules read a pair's place spellings only when a rule asks (perf56, issue #16): the features
:class:`VerdictRules` reads are built with ``late_spellings``, whose :attr:`PairFeatures.place_spellings` is read on
first use. Checked on real pairs (SemEval dev rows sharing places, in several languages, and the witness pairs the
rules hold apart): the late features equal the eager ones field by field, the spellings are read only when used, and
the rules' answers are the same."""

from __future__ import annotations

import pickle

from storylens.similarity import VerdictRules, _features
from storylens.similarity._banks import _UnreadTerms
from storylens.similarity._openings import _default_gazetteer
from storylens.similarity._verdict import _apart

from . import test_recalled_event_break55 as recalled55
from ._dev_pairs import dev_rows


def _sides(rules: VerdictRules, key):
    return rules._sides[key][0]


def _dev_pairs_with_shared_places(data_dir, limit: int = 12):
    """(language a, text a, language b, text b) of dev rows whose two texts share a place, several languages."""
    rules, out = VerdictRules(), []
    g = _default_gazetteer()
    for n, r in enumerate(dev_rows(data_dir)[:200]):
        rules.add((n, 1), r["text1"], r["lang1"])
        rules.add((n, 2), r["text2"], r["lang2"])
        f = _features._features(_sides(rules, (n, 1)), _sides(rules, (n, 2)), g, _UnreadTerms())
        if f.place_spellings:
            out.append(((n, 1), (n, 2)))
        if len(out) >= limit:
            break
    return rules, out


def test_late_spellings_equal_the_eager_ones_on_dev_pairs(data_dir):
    rules, pairs = _dev_pairs_with_shared_places(data_dir)
    langs = {rules._sides[k][0].info.lang for pair in pairs for k in pair}
    assert len(pairs) >= 8 and len(langs) >= 3, (len(pairs), langs)  # not vacuous: spellings to read, several languages
    g = _default_gazetteer()
    for a, b in pairs:
        x, y = _sides(rules, a), _sides(rules, b)
        eager = _features._features(x, y, g, _UnreadTerms())
        late = _features._features(x, y, g, _UnreadTerms(), late_spellings=True)
        assert isinstance(late.place_spellings, _features._LateSpellings)
        assert late == eager and eager == late
        assert tuple(late.place_spellings) == eager.place_spellings and hash(late.place_spellings) == hash(eager.place_spellings)
        assert _features._place_keys(late) == _features._place_keys(eager)
        assert _features._place_items(late) == _features._place_items(eager)
        assert pickle.loads(pickle.dumps(late.place_spellings)) == eager.place_spellings
        assert _apart(late, content=False) == _apart(eager, content=False)


def test_spellings_are_read_only_when_used(data_dir, monkeypatch):
    rules, pairs = _dev_pairs_with_shared_places(data_dir, limit=3)
    calls = []
    real = _features._shared_place_spellings
    monkeypatch.setattr(_features, "_shared_place_spellings", lambda *a: calls.append(1) or real(*a))
    g = _default_gazetteer()
    late = _features._features(_sides(rules, pairs[0][0]), _sides(rules, pairs[0][1]), g, _UnreadTerms(),
                               late_spellings=True)
    assert calls == []
    assert len(late.place_spellings) >= 1 and list(late.place_spellings) == list(late.place_spellings)
    assert calls == [1]  # read once, kept


def test_the_rules_answer_as_before_on_witness_pairs(monkeypatch):
    (da, meeting), (db, other_city) = recalled55.APART["en_meetings"]
    rules = VerdictRules()
    rules.add("kyiv", meeting, "en", da)
    rules.add("madrid", other_city, "en", db)
    late = rules.apart("kyiv", "madrid", countries=False)
    monkeypatch.setattr(_features, "_LateSpellings", lambda ids, a, b, g: _features._shared_place_spellings(ids, a, b, g))
    assert late is not None and late == rules.apart("kyiv", "madrid", countries=False)
