"""Two texts published weeks apart that share nothing of one event are two stories (issue #11, newuser66: Michael
Steele's minority-outreach remarks and the RNC's nightclub bill 163 days later were "same story" with "published 163
days apart" listed among the reasons for it; two chemical-plant blasts in two cities, two companies, 72 days apart,
"same story 0.65" on one template's wording). The far-apart rule (similarity._verdict._published_apart): both dates
known, settings.published_apart_days or more apart, no copy, no recall of the other's event, no place below the
country, dated day or telling figure in common, and no name but office holders'. A same-story verdict beside such a
gap says that the gap weighs against it. Reasons and verdict only: the model's features are unchanged."""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

import pytest

from storylens import similarity as sim
from storylens.settings import DEFAULT

from ._pairs import dated_features, score_row

STEELE_OUTREACH = (
    "Steele says GOP must reach out to minority voters\n"
    "Republican National Committee Chairman Michael Steele said on Sunday that the party must do more to reach out to "
    "black and Hispanic voters. Speaking on ABC's This Week, Steele said the GOP had given people no reason to vote for "
    "it. Democrats said Steele's remarks showed the party was in disarray.")
STEELE_NIGHTCLUB = (
    "Steele under fire over RNC spending at nightclub\n"
    "Republican National Committee Chairman Michael Steele faced calls to resign on Monday after reports that the "
    "committee spent nearly $2,000 at a Los Angeles nightclub. Steele said he had not been aware of the expense and that "
    "the staffer responsible had been fired. Several donors said they would stop giving to the RNC.")
LAUTERBACH_KLINIKEN = (
    "Lauterbach legt Klinikreform vor\n"
    "Bundesgesundheitsminister Karl Lauterbach hat seine Pläne für eine Reform der Krankenhäuser vorgestellt. "
    "Lauterbach sagte, die Reform werde die Versorgung auf dem Land sichern. Die Opposition kritisierte die Pläne als "
    "unausgegoren.")
LAUTERBACH_CANNABIS = (
    "Lauterbach verteidigt Cannabis-Gesetz\n"
    "Bundesgesundheitsminister Karl Lauterbach hat das geplante Cannabis-Gesetz gegen Kritik verteidigt. "
    "Lauterbach sagte, das Gesetz werde den Schwarzmarkt austrocknen. Die Opposition kritisierte die Pläne als "
    "unausgegoren.")
BLAST_BASF = (
    "Explosion at chemical plant kills four workers\n"
    "An explosion at a chemical plant in Ludwigshafen killed four workers on Tuesday, the company BASF said. Fire crews "
    "brought the blaze under control after three hours. Mayor Jutta Steinruck said residents should keep their windows "
    "closed. Two more workers were taken to hospital with burns. The cause of the blast is under investigation.")
BLAST_COVESTRO = (
    "Explosion at chemical plant kills six workers\n"
    "An explosion at a chemical plant in Leverkusen killed six workers on Thursday, the company Covestro said. Fire crews "
    "brought the blaze under control after four hours. Mayor Uwe Richrath said residents should keep their windows "
    "closed. Three more workers were taken to hospital with burns. The cause of the blast is under investigation.")
# the BASF blast's follow-up seven weeks later: it names the company and the city again
BASF_REPORT = (
    "Investigators find faulty valve caused deadly BASF explosion\n"
    "A faulty valve caused the explosion at the BASF chemical plant in Ludwigshafen in March that killed five workers, "
    "investigators said on Wednesday. The company said it had shut down the unit and would review safety checks at all "
    "its sites. Mayor Jutta Steinruck welcomed the findings.")
# a syndicated copy of the BASF report, re-headed, published weeks later
BASF_COPY = BLAST_BASF.replace("Explosion at chemical plant kills four workers", "Four workers killed in chemical blast")
MODEL = SimpleNamespace(threshold_=0.5, variant_="full")


_features, _row = dated_features, score_row


@pytest.mark.parametrize(("a", "b", "lang", "published", "gap"), [
    (STEELE_OUTREACH, STEELE_NIGHTCLUB, "en", ("2009-10-18", "2010-03-30"), 163),  # one office holder, two events
    # (Lauterbach's two events in German: the rule abstains there, test_published_apart_german_samestory68b.py)
    (BLAST_BASF, BLAST_COVESTRO, "en", ("2026-03-10", "2026-05-21"), 72),  # no name in common, one template
])
def test_far_apart_with_nothing_of_one_event_in_common_is_two_stories(a, b, lang, published, gap, hashing_embedder):
    f = _features(a, b, lang, lang, published, hashing_embedder)
    score = sim._scoring._pair_score(_row(0.73), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith(f"published {gap} days apart, and nothing in common ties one event")
    assert "0.73 alone is not a same-story verdict" in score.reasons[0]
    assert sim.verdict_apart(f, content=False) is not None  # the refine judge and the online join hold it apart too


def test_the_far_apart_rule_reads_both_dates_and_the_settings_gaps(hashing_embedder):
    # the Steele pair, whose one name in common is an office holder's: apart from the holders' gap on, left to the model
    # below it (one holder's policy story runs for months: ECB+ train topic 9, Obama's species memo and Salazar's
    # reversal 55 days later, test_title_case_people_lead53.py) or with a date unknown
    cut, holders = DEFAULT.published_apart_days, DEFAULT.published_apart_holder_days
    assert 7 < cut <= holders  # a follow-up a week later is no far-apart pair
    later = (date(2026, 1, 20) + timedelta(days=holders)).isoformat()  # days over 12: no date read both ways
    far = _features(STEELE_OUTREACH, STEELE_NIGHTCLUB, "en", "en", ("2026-01-20", later), hashing_embedder)
    assert far.published_gap_days == holders and sim.verdict_apart(far, content=False) is not None
    nearer = (date(2026, 1, 20) + timedelta(days=holders - 1)).isoformat()
    for published in (("2026-01-20", nearer), ("2026-01-20", "2026-02-08"), ("2026-01-20", None), (None, None)):
        f = _features(STEELE_OUTREACH, STEELE_NIGHTCLUB, "en", "en", published, hashing_embedder)
        score = sim._scoring._pair_score(_row(0.73), f, MODEL)
        assert score.same_story is True and not score.reasons[0].startswith("published")


@pytest.mark.parametrize(("b", "published", "gap"), [
    (BASF_REPORT, ("2026-03-10", "2026-04-28"), 49),  # a follow-up naming the company and the city again
    (BASF_COPY, ("2026-03-10", "2026-05-21"), 72),  # a syndicated copy published weeks later
])
def test_one_story_weeks_apart_stays_and_its_gap_is_no_reason_for_it(b, published, gap, hashing_embedder):
    f = _features(BLAST_BASF, b, "en", "en", published, hashing_embedder)
    score = sim._scoring._pair_score(_row(0.73), f, MODEL)
    assert score.same_story is True
    # the gap is told as evidence against, not listed among the reasons for the verdict as "published 72 days apart"
    assert f"published {gap} days apart" not in score.reasons
    assert any(r.startswith(f"published {gap} days apart, which weighs against one story") for r in score.reasons)
    assert sim.verdict_apart(f, content=False) is None
