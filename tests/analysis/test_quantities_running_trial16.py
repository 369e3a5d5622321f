"""Counts that change over time or measure different things are no conflict (new-user trial 16 #2-#4, an
earthquake in Van told in nine languages with a toll rising through the day): the injured 120 / 410 and
the aftershocks 87 / 124 were "conflicting" while the death toll beside them was "figures differ";
headlines "toll rose to 52" / "升至38人" were a conflict; "restored to 88 %" / "30 % without power" and
the raw Arabic-Indic "٣٠" in the conflict line."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers


def _counts(text: str, lang: str):
    return filter_numbers(text, extract_numbers(text, lang)).get("count", [])


_EARLY = ("A magnitude 6.8 earthquake struck Van before dawn on Tuesday, killing at least 14 people and injuring 120.", "en")


@pytest.mark.parametrize(
    "a, b, key",
    [
        # the two tolls of one sentence are read alike: "at least 14 killed and 120 injured"
        (_EARLY, ("Число погибших в провинции Ван выросло до 52, ранены 410 человек.", "ru"), "injured"),
        (_EARLY, ("Un terremoto causó al menos 38 muertos y más de 310 heridos.", "es"), "injured"),
        (("The quake killed 14 people and injured 120.", "en"), ("Число погибших выросло до 52, ранены 410 человек.", "ru"), "injured"),
        # update language: a running count
        (("Число погибших при землетрясении на востоке Турции выросло до 52", "ru"), ("土耳其东部凡省发生6.8级地震 死亡人数升至38人", "zh"), "killed"),
        (("Van'da deprem: Can kaybı 52'ye yükseldi", "tr"), ("Erdbeben in der Osttürkei: Zahl der Toten steigt auf 38", "de"), "killed"),
        (("Death toll from Turkey quake climbs to 52", "en"), ("Число погибших выросло до 38", "ru"), "killed"),
        # a cumulative count with a time anchor
        (("The Kandilli Observatory recorded 87 aftershocks by 6:00 a.m.", "en"), ("The observatory has recorded 124 aftershocks so far.", "en"), "aftershock"),
        (("Das Kandilli-Observatorium zählte bis zum Morgen 87 Nachbeben.", "de"), ("Kandilli Rasathanesi sabah saatlerine kadar 124 artçı deprem kaydetti.", "tr"), "aftershock"),
        (("坎迪利天文台记录到87次余震。", "zh"), ("The observatory has recorded 124 aftershocks so far.", "en"), "aftershock"),
        # a count of aftershocks is always a reading so far
        (("L'observatoire de Kandilli a enregistré 87 répliques.", "fr"), ("وسجل مرصد قنديلي في إسطنبول 124 هزة ارتدادية.", "ar"), "aftershock"),
    ],
)
def test_readings_of_a_rising_tally_differ_without_conflict(a, b, key):
    xs, ys = _counts(*a), _counts(*b)
    assert compare_numbers(xs, ys) == []
    assert key in [d[0] for d in differing_numbers(xs, ys)]


@pytest.mark.parametrize(
    "restored, lacking",
    [
        (("Electricity was restored to 88% of households in Erciş by the afternoon.", "en"),
         ("Around 30% of the town of Ercis was without electricity on Tuesday morning.", "en")),
        (("Electricity was restored to 88% of households in Erciş by the afternoon.", "en"),
         ("وانقطعت الكهرباء عن نحو ٣٠٪ من منازل أرجيش صباح الثلاثاء.", "ar")),
        (("Electricity was restored to 88% of households in Erciş by the afternoon.", "en"),
         ("Около 30% домохозяйств в Эрджише остались без электричества.", "ru")),
        (("Die Stromversorgung wurde in 88 Prozent der Haushalte wiederhergestellt.", "de"), ("埃尔吉什约30%的家庭停电。", "zh")),
    ],
)
def test_percentages_of_opposite_sense_are_not_compared(restored, lacking):
    xs, ys = _counts(*restored), _counts(*lacking)
    assert compare_numbers(xs, ys) == [] and differing_numbers(xs, ys) == []


def test_still_conflicts_without_a_running_reading():
    # two exact tolls, no update language, no bound beside: a contradiction as before
    assert compare_numbers(_counts("12 people were killed in the quake.", "en"),
                           _counts("57 personas murieron en el sismo.", "es")) == ["killed: 12 vs 57"]
    # two percentages of no state: one fact (an outage share is read at a moment: see test_percent_clauses)
    assert compare_numbers(_counts("Turnout in the vote was 30%.", "en"),
                           _counts("Явка на выборах составила 60%.", "ru")) == ["%: 30 vs 60"]
    # a rate set by a verb of change is no running tally
    assert compare_numbers(_counts("The bank raised its rate to 4.5%.", "en"),
                           _counts("Die Bank erhöhte den Leitzins auf 4,25 Prozent.", "de")) != []


def test_a_conflict_line_prints_digits_of_other_scripts_as_ascii():
    found = compare_numbers(_counts("Turnout in the vote was 60%.", "en"),
                            _counts("وبلغت نسبة المشاركة في التصويت ٣٠٪.", "ar"))
    assert found == ["%: 60 vs 30"]


@pytest.mark.parametrize(
    "a, b",
    [
        # final29 #5: an evacuation count "so far" is a reading of a rising tally in every language
        (("About 2,000 people have been evacuated so far from towns around Faenza and Cesena.", "en"),
         ("Dotychczas ewakuowano ponad 2,5 tys. osób z miejscowości wokół Faenzy.", "pl")),
        (("About 2,000 people have been evacuated so far.", "en"),
         ("Hasta ahora han sido evacuadas más de 3.000 personas.", "es")),
    ],
)
def test_evacuees_so_far_differ_without_conflict(a, b):
    xs, ys = _counts(*a), _counts(*b)
    assert compare_numbers(xs, ys) == []
    assert "evacuated" in [d[0] for d in differing_numbers(xs, ys)]


def test_evacuees_without_a_running_reading_still_conflict():
    assert compare_numbers(_counts("2,000 people were evacuated.", "en"),
                           _counts("3.000 personas fueron evacuadas.", "es")) != []
