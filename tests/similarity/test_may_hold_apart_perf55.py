"""The one-sided pre-check of the verdict's hold-apart rules (:func:`storylens.similarity._verdict._may_hold_apart`,
:meth:`VerdictRules.may_hold`): a text that lacks what every rule needs of a side is held apart from no text, so the
stream does not analyse the other side (perf55, issue #16). The property is checked on real pairs: SemEval dev rows
(their own pairs and neighbouring texts, with no date and with dates 11 days apart, as the date rules read
them) and every pair the rules' own witness tests hold apart (cities, counterparts of people and of teams, recalled
events): wherever a side's pre-check says False, the full rules say "not apart", both ways round."""

from __future__ import annotations

import itertools

import pytest

from storylens.similarity import VerdictRules
from storylens.stream._clusterer import VerdictApart

from . import (
    test_counterparts_occasions_ecb57 as occasions,
)
from . import (
    test_counterparts_teams_team59 as teams,
)
from . import (
    test_matches_summits_games55 as games,
)
from . import (
    test_offices_apart_ecb55 as offices,
)
from . import (
    test_recalled_event_break55 as recalled55,
)
from . import (
    test_recalled_event_break57 as recalled57,
)
from ._dev_pairs import dev_rows

# Two statements with no name, place, date, weekday, figure beside a day or dateline in their openings: no rule
# can read them (en, de, es).
UNREADABLE = [
    ("en", ("prices of bread and milk went up again this autumn, and many families say they now buy less. shop "
            "owners expect the rise to go on for a while.")),
    ("de", ("die preise für brot und milch sind in diesem herbst wieder gestiegen, und viele familien kaufen "
            "weniger ein. händler erwarten, dass es so weitergeht.")),
    ("es", ("los precios del pan y de la leche volvieron a subir este otoño y muchas familias compran menos. "
            "los comerciantes creen que la subida seguirá.")),
]


def _check(rules: VerdictRules, pairs) -> tuple[int, int]:
    """(pairs a pre-check skips, pairs held apart) over ``pairs`` read both ways, with and without the country rule;
    fails on a pair held apart that a side's pre-check would skip."""
    skipped = apart = 0
    for a, b in pairs:
        for countries in (False, True):
            skip = not (rules.may_hold(a, countries=countries) and rules.may_hold(b, countries=countries))
            for x, y in ((a, b), (b, a)):
                why = rules.apart(x, y, countries=countries)
                assert not (skip and why is not None), (x, y, countries, why)
                skipped += skip
                apart += why is not None
    return skipped, apart


def test_a_skipped_dev_pair_is_never_held_apart(data_dir):
    rows = dev_rows(data_dir)[:30]
    texts = list(dict.fromkeys((r[t], r[lang]) for r in rows for t, lang in (("text1", "lang1"), ("text2", "lang2"))))
    at = {t: i for i, (t, _) in enumerate(texts)}
    rules = VerdictRules()
    dates = (None, "2024-03-01", "2024-03-12")
    for (i, (text, lang)), date in itertools.product(enumerate(texts), dates):
        rules.add((i, date), text, lang, date)
    pairs = [(at[r["text1"]], at[r["text2"]]) for r in rows] + [(i, i + 1) for i in range(len(texts) - 1)]
    dated = [(None, None), ("2024-03-01", "2024-03-12")]
    skipped, apart = _check(rules, [((a, da), (b, db)) for a, b in pairs for da, db in dated])
    # both kinds occur in the sample: the check is not vacuous (a pre-check that never skips passes trivially)
    assert skipped >= 40 and apart >= 60, (skipped, apart)


def _witnesses() -> list[tuple[str | None, str | None, str, str | None, str]]:
    """(language, date a, text a, date b, text b) of every pair the rules' witness tests hold apart."""
    out: list[tuple[str | None, str | None, str, str | None, str]] = [
        (lang, None, a, None, b) for lang, a, b, _ in occasions.TWO_OCCASIONS]
    out += [(lang, da, a, db, b) for lang, da, a, db, b in occasions.TWO_DATED]
    out += [(lang, da, a, db, b) for lang, da, a, db, b, _, _ in teams.TWO_MATCHES]
    out += [(None, da, ta, db, tb) for module in (recalled55, recalled57) for (da, ta), (db, tb) in module.APART.values()]
    # the rules merged beside the pre-check: two matches of one club pair, a preview and another match, two summits,
    # one office's two holders
    out += [(la, da, a, db, b) for table in (games.REMATCHES, games.LEAGUE_AND_CUP, games.PREVIEW_AND_OTHER_MATCH,
                                              games.TWO_SUMMITS) for la, da, a, lb, db, b in table if la == lb]
    out += [("en", None, a, None, b) for a, b, _ in offices.TWO_HOLDERS]
    out += [(lang, None, a, None, b) for lang, a, b in offices.TWO_HOLDERS_OTHER]
    return out


def test_every_witness_held_apart_passes_both_pre_checks():
    rules = VerdictRules()
    pairs = []
    for n, (lang, da, a, db, b) in enumerate(_witnesses()):
        rules.add((n, "a"), a, lang, da)
        rules.add((n, "b"), b, lang, db)
        pairs.append(((n, "a"), (n, "b")))
    _, apart = _check(rules, pairs)
    assert apart >= len(pairs)  # each witness is apart at least one way round with the country rule off


@pytest.mark.parametrize(("lang", "text"), UNREADABLE)
def test_a_text_no_rule_can_read_is_skipped_and_held_apart_from_nothing(lang, text):
    rules = VerdictRules()
    rules.add("plain", text, lang, "2025-03-03")
    rules.add("kyiv", recalled55.APART["en_meetings"][0][1], "en", "2025-03-03")
    assert not rules.may_hold("plain", countries=False)
    assert rules.may_hold("kyiv", countries=False)
    assert rules.apart("plain", "kyiv", countries=False) is None


class _NoStore:
    def articles(self, ids):
        return []


def test_the_stream_does_not_analyse_the_other_side_of_a_skipped_read():
    (da, meeting), (db, other_city) = recalled55.APART["en_meetings"]
    apart = VerdictApart(_NoStore())
    apart.countries = False
    apart.hold({"plain": (UNREADABLE[0][1], None, "en", da), "kyiv": (meeting, None, "en", da),
                "madrid": (other_city, None, "en", db)})
    # the story's member is read first: it lacks what every rule needs, and the joining article is never analysed
    assert apart("kyiv", "plain") is None
    assert "plain" in apart.rules and "kyiv" not in apart.rules
    assert apart.skipped == 1
    # a read both sides of which a rule needs is the full rules' answer
    assert (apart("madrid", "kyiv") or "").startswith("different cities in the openings")
    assert apart.skipped == 1


def test_texts_added_without_a_language_share_one_detector(monkeypatch):
    """VerdictRules.add detected each such text with a new LanguageDetector, which loaded fastText's model again
    (~60 CPU-ms a text: 299 loads for 300 dev texts, perf55)."""
    from storylens.text import language

    made = []
    real = language.LanguageDetector.__init__

    def counted(self, *args, **kwargs):
        made.append(self)
        real(self, *args, **kwargs)

    monkeypatch.setattr(language.LanguageDetector, "__init__", counted)
    rules = VerdictRules()
    for n, (_, text) in enumerate(UNREADABLE):
        rules.add(n, text, None)
    assert len(made) == 1
    assert [rules._sides[n][0].info.lang for n in range(len(UNREADABLE))] == ["en", "de", "es"]
