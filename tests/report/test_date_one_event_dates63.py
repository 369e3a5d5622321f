"""Issue #12 (dates63): a date conflict says two reports date ONE event differently, so it needs evidence that both
dates are that event's: the date attaches to the same words in both sentences (the same predicate or anchor phrase:
"resigned on Friday" / "resigned on Saturday", "since 2002" / "since 2003"), not to two events of one story that an
aligner put side by side because they share their topic (BASIL tune: the attorney's statement on Monday against the
firing on Friday, the bill passed last week against the veto on Wednesday, the tweet on Saturday against the remark
on Monday). The same relative words on both sides ("last week" / "last week") are one expression, whatever two
publication days they count from; a date that names another event ("the Sept. 11 attacks", "the November election",
"last year's keynote") is a name, not the day of this one.

TRUE_PAIRS are conflicts main (54c937e5) reported and that must stay reported: different days, months and years,
"since", weekday against date, in en, de, fr, es, it, pl, ru, zh and across languages (en/de, en/fr, en/es, de/fr,
en/ru, fr/es). FALSE_PAIRS are shapes of the false conflicts of the BASIL tune half, which main reported."""
from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

# Wednesday 2 December 2026: "Friday" is 27 November, "Saturday" 28 November, "Tuesday" 1 December
PUB = "2026-12-02"


def _conflicts(a: tuple[str, str], b: tuple[str, str], pub_a: str | None = PUB, pub_b: str | None = PUB,
               more_a: tuple[str, ...] = (), more_b: tuple[str, ...] = ()) -> list[str]:
    """The date conflicts of ``a`` (sentence s9 of d1) and ``b`` (s9 of d2); ``more_a`` / ``more_b``: the other
    sentences of their reports."""
    ua, ub = (Unit(doc, f"{doc}:s9", text, 0, len(text), lang) for doc, (text, lang) in (("d1", a), ("d2", b)))
    sentences = {doc: ((f"{doc}:s9", text, lang), *((f"{doc}:s{i}", t, lang) for i, t in enumerate(more, 10)))
                 for doc, (text, lang), more in (("d1", a, more_a), ("d2", b, more_b))}
    measures = _Measures({"d1": pub_a, "d2": pub_b}, sentences=sentences)
    return [c for c in measures.measure_conflicts(ua, ub) if c.startswith("date:")]


TRUE_PAIRS = [
    # en: days, dates, months, years, since, weekday against a date, a near synonym beside one subject
    (("The minister resigned on Friday.", "en"), ("The minister resigned on Saturday.", "en")),
    (("The earthquake struck on 3 November.", "en"), ("The earthquake struck on 4 November.", "en")),
    (("The bridge collapsed in March 2019.", "en"), ("The bridge collapsed in April 2019.", "en")),
    (("The factory was founded in 1998.", "en"), ("The factory was founded in 1999.", "en")),
    (("Pelosi has led House Democrats since 2002.", "en"), ("Pelosi has led House Democrats since 2003", "en")),
    (("The vote took place on Tuesday.", "en"), ("The vote took place on November 30.", "en")),
    (("The minister stepped down on Friday.", "en"), ("The minister quit on Saturday.", "en")),
    (("Monday's earthquake destroyed the old town.", "en"), ("The earthquake struck on Sunday.", "en")),
    (("The February 3 vote was close.", "en"), ("The vote on February 4 was close.", "en")),
    (("Elections were held in March 2025.", "en"), ("Elections were held in April 2025.", "en")),
    # one event in other words: no word of one lemma beside the dates, but neither report gives the other's day
    (("The talks collapsed on Thursday.", "en"), ("Negotiations broke down on Friday.", "en")),
    (("Voters went to the polls on Sunday.", "en"), ("The election was held on Saturday.", "en")),
    (("The storm made landfall on Tuesday near Miami.", "en"), ("Hurricane Ian hit Florida on Wednesday.", "en")),
    (("Das Flugzeug stürzte am 3. November ab.", "de"), ("Der Absturz ereignete sich am 4. November.", "de")),
    # de
    (("Der Minister trat am Freitag zurück.", "de"), ("Der Minister trat am Samstag zurück.", "de")),
    (("Das Erdbeben ereignete sich am 3. November.", "de"), ("Das Erdbeben ereignete sich am 4. November.", "de")),
    (("Seit 2002 führt sie die Partei.", "de"), ("Seit 2003 führt sie die Partei.", "de")),
    # fr
    (("Le ministre a démissionné vendredi.", "fr"), ("Le ministre a démissionné samedi.", "fr")),
    (("Le séisme a frappé le 3 novembre.", "fr"), ("Le séisme a frappé le 4 novembre.", "fr")),
    (("Elle dirige le parti depuis 2002.", "fr"), ("Elle dirige le parti depuis 2003.", "fr")),
    # es
    (("El ministro dimitió el viernes.", "es"), ("El ministro dimitió el sábado.", "es")),
    (("El terremoto se produjo el 3 de noviembre.", "es"), ("El terremoto se produjo el 4 de noviembre.", "es")),
    (("Dirige el partido desde 2002.", "es"), ("Dirige el partido desde 2003.", "es")),
    # it, pl, ru, zh
    (("Il ministro si è dimesso venerdì.", "it"), ("Il ministro si è dimesso sabato.", "it")),
    (("Minister podał się do dymisji w piątek.", "pl"), ("Minister podał się do dymisji w sobotę.", "pl")),
    (("Землетрясение произошло 3 ноября.", "ru"), ("Землетрясение произошло 4 ноября.", "ru")),
    (("地震发生在11月3日。", "zh"), ("地震发生在11月4日。", "zh")),
    # across languages
    (("The minister resigned on Friday.", "en"), ("Der Minister trat am Samstag zurück.", "de")),
    (("The earthquake struck on 3 November.", "en"), ("Le séisme a frappé le 4 novembre.", "fr")),
    (("The bridge collapsed in March 2019.", "en"), ("El puente se derrumbó en abril de 2019.", "es")),
    (("Seit 2002 führt sie die Partei.", "de"), ("Elle dirige le parti depuis 2003.", "fr")),
    (("The minister resigned on Friday.", "en"), ("Министр ушёл в отставку в субботу.", "ru")),
    (("Le ministre a démissionné vendredi.", "fr"), ("El ministro dimitió el sábado.", "es")),
    (("The vote took place on Tuesday.", "en"), ("Die Abstimmung fand am 30. November statt.", "de")),
]


@pytest.mark.parametrize(("a", "b"), TRUE_PAIRS)
def test_one_event_dated_two_ways_conflicts(a, b):
    assert _conflicts(a, b)
    assert _conflicts(b, a)


def test_one_event_of_two_publication_days_conflicts():
    # two reports of two days: dates written with their month are compared whatever day each report is of
    assert _conflicts(("The minister resigned on 27 November.", "en"), ("The minister resigned on 28 November.", "en"),
                      PUB, "2026-12-07")


FALSE_PAIRS = [
    # (a) two events of one story: a statement and the firing it reports, a bill passed and its veto, a tweet and a
    # remark, a lawsuit and a resignation (BASIL tune 2a3fde8a, 58ed2376, 0c78e748, 06ffda2d); one of the reports
    # gives both days, as there ("d1 says both")
    (("Strzok's attorney blasted the bureau on Monday, saying the decision was political.", "en"),
     ("Strzok was fired late Friday afternoon on the orders of the deputy director.", "en"),
     ("His attorney said in a statement that his client was fired Friday afternoon.",), ()),
    (("The Arizona Legislature passed a bill last week allowing businesses to deny service.", "en"),
     (("Brewer announced her decision to veto legislation on Wednesday that would have allowed businesses to refuse "
       "service."), "en"),
     (), ("The bill cleared the legislature last week.",)),
    (("This was after Trump's account tweeted Saturday that he had to fire General Flynn.", "en"),
     ("\"I feel badly for General Flynn,\" Mr. Trump said on Monday.", "en"),
     ("Trump told reporters on Monday that Flynn had been treated unfairly.",), ()),
    (("Lauren Greene had filed a sexual harassment lawsuit in 2014.", "en"),
     ("Farenthold, who settled a sexual harassment case, abruptly resigned from Congress on Friday afternoon.", "en"),
     ("Farenthold announced his resignation on Friday.",), ("The case was filed in 2014.",)),
    # (c) a date that names another event (BASIL tune 1b96a5db)
    (("Congress is set to vote on a bill allowing families of those killed in the Sept. 11 attacks to sue.", "en"),
     ("The Senate voted Wednesday to override his veto of a bill to let 9/11 victims sue Saudi Arabia.", "en"),
     (), ("The bill lets families of victims of the Sept. 11 attacks sue.",)),
]


@pytest.mark.parametrize(("a", "b", "more_a", "more_b"), FALSE_PAIRS)
def test_two_events_of_one_story_do_not_conflict(a, b, more_a, more_b):
    assert _conflicts(a, b, more_a=more_a, more_b=more_b) == []
    assert _conflicts(b, a, more_a=more_b, more_b=more_a) == []


@pytest.mark.parametrize(("a", "b", "more_a", "more_b"), FALSE_PAIRS[:4])
def test_two_events_stay_a_conflict_where_no_report_gives_the_other_day(a, b, more_a, more_b):
    # the same sentences alone: nothing says the story has both days, so the dates are set side by side as on main
    assert _conflicts(a, b)


# the BASIL tune sentences themselves, with their reports' days: a month and a year that name other events
NAMED_PAIRS = [
    ((("DeMint, who said Afghanistan is a war the United States must win, said Steele needs to \"refocus\" on the "
      "November election."), "en"), "2010-07-04",
     ("Indeed, even Steele himself declared back in December that Afghanistan is \"a war we have to win\"", "en"),
     "2010-07-02"),
    ((("Fox News host Glenn Beck, armed with his trademark chalkboard, blamed \"progressivism\" for America's problems "
      "Saturday in his keynote speech that brought the annual Conservative Political Action Conference to a close."), "en"),
     "2010-02-20",
     (("If last year's CPAC keynote speech - delivered by radio host Rush Limbaugh - was defined by urging President "
      "Barack Obama to fail, Beck's stood out for his demand that conservatism succeed."), "en"), "2010-02-20"),
]


@pytest.mark.parametrize(("a", "pub_a", "b", "pub_b"), NAMED_PAIRS)
def test_a_date_that_names_another_event_does_not_conflict(a, pub_a, b, pub_b):
    assert _conflicts(a, b, pub_a, pub_b) == []
    assert _conflicts(b, a, pub_b, pub_a) == []


def test_the_same_relative_words_are_one_expression():
    # (b) BASIL tune 4f473faf: "last week" of a Sunday's report and of a Monday's were two weeks
    a = ("Indiana Gov. Mike Pence signed the law at a private ceremony last week.", "en")
    b = ("Gov. Mike Pence defended the religious freedom law he signed last week.", "en")
    assert _conflicts(a, b, "2015-03-29", "2015-03-30") == []
    assert _conflicts(b, a, "2015-03-30", "2015-03-29") == []
    # other words still conflict: "last week" against "two weeks ago" of one day
    c = ("Gov. Mike Pence signed the law two weeks ago.", "en")
    assert _conflicts(a, c, "2015-03-30", "2015-03-30")

