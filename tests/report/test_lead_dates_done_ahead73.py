"""Two leads, one dating an act done and the other an act to come, are two acts (issue #12, stop 73, conflicts73).

BASIL tune: Fox's "Mitt Romney joined several other Republicans Tuesday in calling on … Akin to give up his bid" and
the Times' "The decision … poses a tricky political challenge for Mitt Romney as he prepares to accept the
presidential nomination in Tampa, Fla., next week" (both of a Tuesday) were never aligned, and
:func:`_split_lead_dates` set them against each other: "date: Tuesday vs next week", twice (HuffPost's lead too).
A day off the publication day was already read as done or to come (``_past_against_future``); a day that is the
publication day itself now points the way its sentence's tense does (:func:`quantities.act_way`). Two leads that
are both past still conflict (break63d A17: "Sejm przyjął we wtorek" / "Posłowie uchwalili w środę"), and so do one
act's two days in one claim ("began on Tuesday" / "will begin next week": the claim's own pair compares them)."""

from __future__ import annotations

import pytest

from storylens.analysis import quantities
from storylens.models import RawDocument
from storylens.report.pipeline import _Measures

PUB = "2026-12-08"  # a Tuesday
WED = "2026-12-02"  # a Wednesday (break_conflicts73 G10/G12)

DONE = ("Senator Mark Hale joined several other Republicans on Tuesday in calling on Governor Lee Dunn to resign "
        "over his remarks.")
AHEAD = ("The party's decision to drop the tax pledge poses a challenge for Senator Mark Hale as he prepares to accept "
         "the nomination in Denver next week.")


def _way(text: str, language: str = "en", published: str | None = PUB) -> int:
    dates = _Measures({"d1": published}).dates(text, "d1", language)
    return quantities.act_way(text, dates, language=language, published=published)


@pytest.mark.parametrize(("text", "language", "way"), [
    (DONE, "en", -1),  # the publication day, in a past
    (AHEAD, "en", 1),  # next week
    ("The nationwide rail strike will begin on Tuesday, the union said.", "en", 1),
    ("Der bundesweite Bahnstreik hat am Dienstag begonnen.", "de", -1),
    ("La grève nationale a commencé mardi.", "fr", -1),
    ("The ministers meet on Tuesday.", "en", 0),  # a present: no tense chose the day
    ("Parliament voted on Monday and will vote again next week.", "en", 0),  # one done, one ahead: mixed
    ("The talks collapsed.", "en", 0),  # no date
])
def test_which_way_a_lead_dates_its_act(text, language, way):
    assert _way(text, language) == way


@pytest.mark.parametrize("text", [
    # the tense reader takes the last tense word before the date: "will last" read this past act as to come
    "The walkout, which unions say will last a week, began today.",
    "The strike that will cripple the country began on 2 December.",
    "The walkout, which union leaders said would last a week, began today.",
])
def test_today_or_a_date_on_the_publication_day_is_unsure(text):
    assert _way(text, published=WED) == 0


def test_without_a_publication_day_no_day_is_read_by_its_tense():
    assert _way(DONE, published=None) == 0


def _conflicts(comparer, a: str, b: str, language: str = "en") -> list[str]:
    raws = [RawDocument(source=f"{side}.txt", text=text, metadata={"date": PUB, "language": language})
            for side, text in (("a", a), ("b", b))]
    return [c.conflict for c in comparer.compare(raws).claims_with_status("conflicting")]


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens.report.compare import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
def test_a_lead_of_an_act_done_against_a_lead_of_one_to_come_is_no_conflict(comparer):
    a = f"Governor urged to quit. {DONE} Dunn refused to step down."
    b = (f"A challenge for Hale. {AHEAD} The vote puts the party at odds with Hale, who has urged Governor Lee Dunn "
         "to resign.")
    assert _conflicts(comparer, a, b) == []


@pytest.mark.slow
def test_one_act_done_and_to_come_in_one_claim_is_still_a_conflict(comparer):
    a = "Rail strike. The nationwide rail strike began on Tuesday, the union said. Trains were cancelled across the country."
    b = ("Rail strike ahead. The nationwide rail strike will begin next week, the union said. Trains will be cancelled "
         "across the country.")
    found = _conflicts(comparer, a, b)
    assert len(found) == 1 and "on Tuesday" in found[0] and "next week" in found[0]


@pytest.mark.slow
def test_two_past_leads_told_in_other_words_still_conflict(comparer):
    a = ("Media law passed. The Sejm passed the public media law on Tuesday. 235 deputies voted in favour. The president "
         "signed the law on Wednesday. The opposition announced a complaint.")
    b = ("Deputies back media changes. Deputies adopted the public media changes on Wednesday. 235 deputies voted in "
         "favour. The opposition announced a complaint. Experts criticise the pace.")
    found = _conflicts(comparer, a, b)
    assert any("on Tuesday" in c and "on Wednesday" in c for c in found)


# break_conflicts73 G10/G12: a past act on the publication day, "today" or its date, with a future in a relative
# clause before it, against the same act a day earlier: a true date conflict, lost when act_way read "today" as ahead
TUESDAY = "Rail staff started their strike on Tuesday, stopping most services."
TAIL = " Trains were cancelled across the country. Commuters faced long queues."


def _wednesday_conflicts(comparer, *reports: tuple[str, str]) -> list[str]:
    """The conflicts of English reports (title, text) of Wednesday 2 December 2026, titled as a JSON lines record is."""
    raws = [RawDocument(source=f"r{n}.jsonl", text=text, metadata={"title": title, "language": "en", "published": WED,
                                                                   "published_source": "jsonl", "outlet": f"Outlet{n}"})
            for n, (title, text) in enumerate(reports)]
    return [c.conflict for c in comparer.compare(raws).claims_with_status("conflicting")]


@pytest.mark.slow
@pytest.mark.parametrize(("lead", "other", "day"), [
    ("The walkout, which unions say will last a week, began today.", TUESDAY, "today"),  # G10-en-today
    ("The strike that will cripple the country began on 2 December.",
     "Rail staff started their strike on 1 December, stopping most services.", "2 December"),  # G10-en-2dec
    ("The walkout, which union leaders said would last a week, began today.", TUESDAY, "today"),  # G12-en-would
])
def test_a_past_lead_on_the_publication_day_still_conflicts(comparer, lead, other, day):
    found = _wednesday_conflicts(comparer, ("Rail strike", lead + TAIL), ("Trains halted", other + TAIL))
    assert len(found) == 1 and day in found[0]


@pytest.mark.slow
def test_a_past_lead_of_today_conflicts_with_both_tuesday_leads_of_three_reports(comparer):  # G12-en-3docs
    found = _wednesday_conflicts(comparer,
                                 ("Rail strike", "The walkout, which unions say will last a week, began today." + TAIL),
                                 ("Trains halted", TUESDAY + TAIL),
                                 ("Commuters stranded", "Train drivers downed tools on Tuesday across the network." + TAIL))
    assert len(found) == 1 and "d1/d2" in found[0] and "d1/d3" in found[0] and "today" in found[0]
