"""Two kinds of false date conflict of the BASIL tune half (stop 67, dates67, issue #12), in other words and languages.

1. A plan told at two times and moved between them: reports published at two different times that each date the act
   only ahead of their own publication, one saying the plan was moved ("brought forward", "verschoben", "reporté",
   "aplazado": text data "plan_change_words"), tell the plan as it stood at each time ("Trump Says Mattis Will Retire
   In February" of 20 December / "Mattis to leave as of January 1" of 23 December: the date was brought forward;
   BASIL tune 01c59743, two parts). A later state, not a disagreement (report.pipeline._Measures._plans_of_two_days).
   Without a change word two dates of one plan conflict whatever days they were told on (break67d P02-P08, TZ1-2).
2. A date that ends a since-phrase ("since introducing the budget last month", "seit seinem Amtsantritt im Januar",
   "depuis qu'il a présenté le budget en mars", "desde que presentó el presupuesto en marzo") is the start of the
   state the sentence tells, as after a bare since-word, and is compared only with another start
   (quantities._date_compare._since_phrase; BASIL tune 29ffd053: "last month" against "In an interview this
   month"), unless the other sentence names the phrase's own act ("Since his arrival on Monday" / "arrived on
   Tuesday": two dates of the arrival, break67d S05, X08, S08) or is of another language. Two starts still
   conflict, "since" before a clause (a cause) still dates its event, and a coordinator ends the phrase ("since
   taking office and resigned on March 3": break67d K1, K4).

Every FALSE case below is a date conflict on main; every TRUE case is one on main and here.
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures

from ._docs import date_conflicts

_date_conflicts = date_conflicts


def _both_orders(first, second, published=("2026-03-02", "2026-03-05")) -> list[list[str]]:
    return [_date_conflicts(first, second, published), _date_conflicts(second, first, published[::-1])]


# 1. plans told at two times (Monday 2 March and Thursday 5 March 2026), the later report saying the plan moved
_MOVED = [
    (("The minister will step down at the end of April, the prime minister's office said on Monday.", "en"),
     ("The minister's departure has been brought forward: he is to leave office on May 15.", "en")),
    (("Der Minister wird Ende April zurücktreten, teilte das Amt am Montag mit.", "de"),
     ("Der Rücktritt wurde verschoben: Der Minister scheidet am 15. Mai aus dem Amt.", "de")),
    (("La ministre quittera ses fonctions fin avril.", "fr"),
     ("Départ reporté : la ministre quittera ses fonctions le 15 mai.", "fr")),
    (("El ministro dejará el cargo a finales de abril.", "es"),
     ("Su salida ha sido aplazada: el ministro dejará el cargo el 15 de mayo.", "es")),
    (("The summit will open on April 20.", "en"), ("Le sommet, reporté, s'ouvrira le 21 avril.", "fr")),
]


@pytest.mark.parametrize("first, second", _MOVED)
def test_a_plan_told_moved_at_two_times_is_no_conflict(first, second):
    # main: "date: at the end of April (2026-04) vs May 15 (2026-05-15)" and the like, both orders
    assert _both_orders(first, second) == [[], []]


@pytest.mark.parametrize("first, second", _MOVED)
def test_a_plan_told_two_ways_at_one_time_still_conflicts(first, second):
    assert all(_both_orders(first, second, ("2026-03-05", "2026-03-05")))


@pytest.mark.parametrize(("first", "second", "published"), [
    # no report says the plan moved: two dates of one plan, whatever days they were told on (break67d)
    (("The new bridge will open on April 20, the city said.", "en"), ("The new bridge will open on April 21, the city said.", "en"),
     ("2026-12-02", "2026-12-03")),
    (("Die neue Brücke soll am 20. April eröffnet werden.", "de"), ("The new bridge will open on April 21.", "en"),
     ("2026-12-02", "2026-12-03")),
    (("The trial of the former minister will begin on January 12.", "en"),
     ("The trial of the former minister is set to begin on January 14.", "en"), ("2026-12-02", "2026-12-04")),
    (("The next general election will be held in 2028.", "en"), ("The next general election will be held in 2029.", "en"),
     ("2026-12-02", "2026-12-03")),
    # twenty minutes apart across midnight
    (("The new bridge will open on April 20.", "en"), ("The new bridge will open on April 21.", "en"),
     ("2026-12-02T23:50:00+00:00", "2026-12-03T00:10:00+00:00")),
])
def test_a_plan_dated_two_ways_on_two_days_without_a_change_still_conflicts(first, second, published):
    # the first version of this rule dropped every one of these (break67d P02-P08, TZ2)
    assert all(_both_orders(first, second, published))


@pytest.mark.parametrize("first, second", [
    (("The vote was held on March 3.", "en"), ("The vote was held on March 4.", "en")),
    (("Die Abstimmung fand am 3. März statt.", "de"), ("Die Abstimmung fand am 4. März statt.", "de")),
    (("The governor signed the bill on March 3.", "en"), ("The bill, signed March 4, takes effect in June.", "en")),
    # one side tells a past day beside its plan: not a plan alone (bare weekdays of two days are not judged on main)
    (("The bill, signed on March 3, takes effect in June.", "en"), ("The bill was signed on March 4.", "en")),
])
def test_past_acts_of_reports_of_two_days_still_conflict(first, second):
    assert all(_both_orders(first, second, ("2026-03-05", "2026-03-06")))


# 2. a date that ends a since-phrase (reports of Saturday 25 April 2026)
_SINCE = [
    (("Ryan, since introducing the budget last month, has talked about the doctrine in several interviews.", "en"),
     ("In an interview this month, Ryan defended his budget.", "en")),
    (("Since taking office in March, the minister has given several interviews.", "en"),
     ("In an interview in April, the minister defended his budget.", "en")),
    (("Ever since her election in January, the mayor has refused to meet the unions.", "en"),
     ("The mayor refused in February to meet the unions.", "en")),
    (("Seit seinem Amtsantritt im Januar hat der Minister drei Reformen vorgestellt.", "de"),
     ("Der Minister stellte im Februar drei Reformen vor.", "de")),
    (("Depuis qu'il a présenté le budget en mars, le ministre a donné plusieurs entretiens.", "fr"),
     ("Dans un entretien en avril, le ministre a défendu son budget.", "fr")),
    (("Desde que presentó el presupuesto en marzo, el ministro ha concedido varias entrevistas.", "es"),
     ("En una entrevista en abril, el ministro defendió su presupuesto.", "es")),
]


@pytest.mark.parametrize("first, second", _SINCE)
def test_a_date_ending_a_since_phrase_is_a_start(first, second):
    # main: "date: last month (2026-03) vs this month (2026-04)" and the like, both orders
    published = ("2026-04-25", "2026-04-25")
    assert _both_orders(first, second, published) == [[], []]


@pytest.mark.parametrize("first, second", [
    # the other sentence names the phrase's own act: two dates of it (break67d S05, X08, X09, S08, Z08)
    (("Since his arrival on Monday, the president has held talks with five leaders.", "en"),
     ("The president arrived on Tuesday and has held talks with five leaders.", "en")),
    (("Since her arrest in January, the activist has been held in solitary confinement.", "en"),
     ("The activist was arrested in February and has been held in solitary confinement.", "en")),
    (("Seit seiner Festnahme am Montag sitzt der Journalist in Haft.", "de"),
     ("Der Journalist wurde am Dienstag festgenommen.", "de")),
    (("Depuis qu'il a été élu en janvier, le maire a fermé trois écoles.", "fr"),
     ("Le maire, élu en février, a fermé trois écoles.", "fr")),
    (("Depuis qu'il a démissionné lundi, le ministre se tait.", "fr"), ("Le ministre a démissionné mardi.", "fr")),
    # another language: its words are not matched, the conflict is kept
    (("Since taking office in January, the minister has given several interviews.", "en"),
     ("En una entrevista en febrero, el ministro defendió su presupuesto.", "es")),
    # a coordinator ends the phrase: the date is the next verb's (break67d K1, K4)
    (("The mayor has refused to meet the unions since taking office and resigned on March 3.", "en"),
     ("The mayor resigned on March 4.", "en")),
    (("The company has grown since hiring Smith and opened a plant on March 3.", "en"),
     ("The company opened a plant on March 4.", "en")),
    (("Since taking office in January, the minister has presented three reforms.", "en"),
     ("Since taking office in February, the minister has presented three reforms.", "en")),
    (("Seit seinem Amtsantritt im Januar hat der Minister drei Reformen vorgestellt.", "de"),
     ("Seit seinem Amtsantritt im Februar hat der Minister drei Reformen vorgestellt.", "de")),
    (("Depuis qu'il a pris ses fonctions en janvier, le ministre a présenté trois réformes.", "fr"),
     ("Depuis qu'il a pris ses fonctions en février, le ministre a présenté trois réformes.", "fr")),
    # "since" before a clause may give a cause: its date is the event's
    (("Since the vote was held on Tuesday, the results are known.", "en"), ("The vote was held on Wednesday.", "en")),
    (("Since its shares fell on Monday, analysts have cut their forecasts.", "en"),
     ("The company's shares fell on Tuesday.", "en")),
    # a comma closes the since-phrase: the later date is the clause's own act
    (("Since taking office in January, the minister resigned on March 3.", "en"),
     ("The minister resigned on March 4.", "en")),
])
def test_two_starts_and_dates_outside_a_since_phrase_still_conflict(first, second):
    assert all(_both_orders(first, second, ("2026-04-25", "2026-04-25")))


# 3. a day of the month written alone ("on the 5th", "el día 5") is read as Chinese "5日" is: the latest such day on
# or before publication (Sunday 6 December 2026), so a zh report's "5日下午" and an en one's "on the 4th" conflict
_ZH_DERAILED = ("5日下午，一列火车在山区脱轨。", "zh")


@pytest.mark.parametrize("other", [
    ("A train derailed in the mountains on the 4th in the afternoon.", "en"),
    ("On the 4th, a train derailed in the mountains.", "en"),
    ("Un tren descarriló en la montaña el día 4 por la tarde.", "es"),
])
def test_a_bare_day_of_another_number_conflicts_with_a_chinese_bare_day(other):
    # main: [[], []] (the English or Spanish day was not read)
    assert all(_both_orders(_ZH_DERAILED, other, ("2026-12-06", "2026-12-06")))


@pytest.mark.parametrize("other", [
    ("A train derailed in the mountains on the 5th in the afternoon.", "en"),
    ("Un tren descarriló en la montaña el día 5 por la tarde.", "es"),
    # no day of the month: a floor, an attempt, an ordinal of a count (break67d V01-V03, X01, X02, E06)
    ("A fire broke out on the 4th floor of the station.", "en"),
    ("The train derailed on the 4th and final day of the strike.", "en"),
    ("The fire spread to the train on the 4th and 5th floors.", "en"),
    ("Fire crews fought the blaze on the 4th, 5th and 6th floors.", "en"),
    ("Woods made a double bogey on the 4th, his first of the day.", "en"),
])
def test_a_bare_day_of_the_same_number_or_no_day_is_no_conflict(other):
    assert _both_orders(_ZH_DERAILED, other, ("2026-12-06", "2026-12-06")) == [[], []]


def _with_report(unit: tuple[str, str], report: tuple[str, ...], other: tuple[str, str],
                 published: tuple[str, str]) -> list[str]:
    """The date conflicts of ``unit`` (a sentence of a report whose other sentences are ``report``) and ``other``."""
    units = [Unit("d1", "d1:s0", unit[0], 0, len(unit[0]), unit[1]), Unit("d2", "d2:s0", other[0], 0, len(other[0]), other[1])]
    sentences = {"d1": ((("d1:s0", unit[0], unit[1]),) + tuple((f"d1:s{i}", t, unit[1]) for i, t in enumerate(report, 1))),
                 "d2": (("d2:s0", other[0], other[1]),)}
    measures = _Measures(dict(zip(("d1", "d2"), published)), sentences=sentences)
    return [c for c in measures.measure_conflicts(*units) if c.startswith(("date:", "weekday:"))]


def test_a_change_told_in_another_sentence_of_the_report_with_the_plan_date_counts():
    # BASIL tune 01c59743's shape: the headline's date, the change told beside the same date in the body
    unit = ("Defense secretary to leave as of January 1", "en")
    body = ("The president announced that the defense secretary will be leaving on January 1, weeks earlier than planned.",)
    other = ("The president says the defense secretary will retire in February.", "en")
    assert _with_report(unit, body, other, ("2026-12-23", "2026-12-20")) == []


def test_a_change_word_about_something_else_leaves_the_plan_compared():
    unit = ("The new bridge will open on April 21, the city said.", "en")
    body = ("Traffic was delayed on the old bridge on Tuesday.",)
    other = ("The new bridge will open on April 20, the city said.", "en")
    assert _with_report(unit, body, other, ("2026-12-03", "2026-12-02"))
