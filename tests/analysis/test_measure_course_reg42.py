"""A sentence that tells a stop and its end, "Bus services were suspended on Wednesday and resumed on Thursday", states
the last act: lifted (trial53 F12: read "closed", it conflicted with every report of the resumption). A stop given a
length of hours, "Flights were suspended for three hours", is over when reported: no stance of now."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import measure_course, measure_stance


@pytest.mark.parametrize("text, lang", [
    ("Bus services in the valley were suspended on Wednesday and resumed on Thursday.", "en"),
    ("The valley tunnel was closed on Wednesday and reopened on Thursday.", "en"),
    ("Der Busverkehr im Tal wurde am Mittwoch eingestellt und am Donnerstag wieder aufgenommen.", "de"),
    ("La circulation des bus dans la vallée a été suspendue mercredi et a repris jeudi.", "fr"),
    ("El servicio de autobuses en el valle se suspendió el miércoles y se reanudó el jueves.", "es"),
    ("Ruch autobusów w dolinie wstrzymano w środę i wznowiono w czwartek.", "pl"),
])
def test_a_stop_and_its_end_in_one_sentence_state_the_end(text, lang):
    assert measure_stance(text, lang) == "lifted"
    assert measure_course(text, lang)


@pytest.mark.parametrize("text, lang, stance", [
    ("Flights were resumed on Wednesday but suspended again on Thursday.", "en", "closed"),
    ("The road reopened on Monday and was closed again on Tuesday.", "en", "closed"),
    ("Bus services were suspended on Wednesday and have not resumed.", "en", "kept"),
    # one act each: no course
    ("Bus services in the valley resumed on Thursday.", "en", "lifted"),
    ("Bus services in the valley were suspended on Wednesday.", "en", "closed"),
    # a stop without an end stays in force ("until further notice" is kept: kinds42's until_notice)
    ("Flights were suspended until further notice.", "en", "kept"),
])
def test_other_sentences_keep_their_stance(text, lang, stance):
    assert measure_stance(text, lang) == stance


def test_a_single_act_is_no_course():
    assert not measure_course("Bus services in the valley were suspended on Wednesday.", "en")
    assert not measure_course("Bus services in the valley resumed on Thursday.", "en")


@pytest.mark.parametrize("text, lang", [
    ("Flights to the valley were suspended for three hours on Wednesday.", "en"),
    ("Die Flüge ins Tal wurden am Mittwoch für drei Stunden ausgesetzt.", "de"),
    ("Les vols vers la vallée ont été suspendus pendant trois heures mercredi.", "fr"),
    ("Los vuelos al valle se suspendieron durante tres horas el miércoles.", "es"),
    ("Loty do doliny wstrzymano w środę na trzy godziny.", "pl"),
])
def test_a_stop_of_hours_states_no_stance(text, lang):
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize("text, lang", [
    ("Flights were suspended until 2 p.m. on Wednesday.", "en"),
    ("Die Flüge wurden am Mittwoch bis 14 Uhr ausgesetzt.", "de"),
    ("Les vols ont été suspendus jusqu'à 14h30 mercredi.", "fr"),
    ("Los vuelos se suspendieron hasta las 14.00 del miércoles.", "es"),
    ("Loty wstrzymano do godz. 14 w środę.", "pl"),
])
def test_a_stop_until_a_clock_time_states_no_stance(text, lang):
    assert measure_stance(text, lang) is None


@pytest.mark.parametrize("text, lang", [
    ("Flights were suspended until Friday.", "en"),
    ("Flights were suspended until 15 December.", "en"),
    ("Die Flüge wurden bis 15.12.2026 ausgesetzt.", "de"),
])
def test_a_stop_until_a_day_is_kept(text, lang):
    assert measure_stance(text, lang) == "kept"
