"""Two dates conflict only when they date the same thing (trial 13: a lead holding "announced
Sunday" / "began Saturday", "toll rose Monday" / "burning since Saturday", and "closed on Sunday"
in a story vs "on Monday" in its update were listed as date conflicts)."""

import pytest

from storylens.analysis.claims import Unit
from storylens.report.pipeline import _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflicts(a: tuple[str, str], b: tuple[str, str], published=("2026-11-30", "2026-11-30")) -> list[str]:
    measures = _Measures({"d1": published[0], "d2": published[1]})
    return measures.date_conflicts(_unit("d1", *a), _unit("d2", *b))


@pytest.mark.parametrize(
    "a, b",
    [
        # a "since" date is a start, not the day of the event
        (("The fire, burning since Saturday, has killed four people.", "en"),
         ("Die Zahl der Toten stieg am Montag auf vier.", "de")),
        (("Los incendios, activos desde el sábado, han causado cuatro muertos.", "es"),
         ("Le bilan est passé lundi à quatre morts.", "fr")),
        # the day of a statement is not the day of the event it reports
        (("Officials announced Sunday that four people had died.", "en"),
         ("The fire, which began Saturday, has killed four people.", "en")),
        (("Об этом в воскресенье сообщили власти.", "ru"), ("Le feu a démarré samedi.", "fr")),
        (("Cuatro personas murieron, informaron este domingo las autoridades.", "es"),
         ("Das Feuer brach am Samstag aus.", "de")),
    ],
)
def test_dates_of_two_different_things_do_not_conflict(a, b):
    assert _conflicts(a, b) == []


def test_a_state_on_each_story_s_own_day_is_no_conflict():
    # Sunday's story and Monday's update each say "today"
    a = ("The highway remained closed in both directions on Sunday.", "en")
    b = ("The highway remained closed in both directions on Monday.", "en")
    assert _conflicts(a, b, ("2026-11-29", "2026-11-30")) == []
    # published the same day, the two days disagree
    assert _conflicts(a, b) == ["date: on Sunday (2026-11-29) vs on Monday (2026-11-30)"]


@pytest.mark.parametrize(
    "a, b, found",
    [
        (("The fire broke out on Saturday.", "en"), ("Das Feuer brach am Freitag aus.", "de"),
         "date: on Saturday (2026-11-28) vs am Freitag (2026-11-27)"),
        # the event's dates are compared even when a statement date stands beside them
        (("Officials said Sunday the fire broke out on Saturday.", "en"),
         ("Das Feuer brach am Freitag aus, teilten die Behörden mit.", "de"),
         "date: on Saturday (2026-11-28) vs am Freitag (2026-11-27)"),
        # a reporting verb two words away or after a comma does not date the statement
        (("The fire, which officials said began Saturday, spread west.", "en"),
         ("Das Feuer brach am Freitag aus.", "de"),
         "date: Saturday (2026-11-28) vs am Freitag (2026-11-27)"),
        (("Das Feuer brach am Freitag aus, sagte ein Sprecher.", "de"),
         ("The fire broke out on Saturday.", "en"),
         "date: am Freitag (2026-11-27) vs on Saturday (2026-11-28)"),
        # two starts
        (("The fire has been burning since Saturday.", "en"), ("Le feu brûle depuis vendredi.", "fr"),
         "date: Saturday (2026-11-28) vs vendredi (2026-11-27)"),
    ],
)
def test_dates_of_the_same_thing_still_conflict(a, b, found):
    assert _conflicts(a, b) == [found]


_TOLL = ("Die Zahl der Toten stieg am Montag auf vier.", "de")


@pytest.mark.parametrize(
    "since",
    [("El incendio arde desde el pasado sábado.", "es"),
     ("Das Feuer brennt seit vergangenem Samstag.", "de"),
     ("Le feu brûle depuis ce samedi.", "fr")],
)
def test_a_since_date_with_one_word_between_is_a_start(since):
    assert _conflicts(since, _TOLL) == []


@pytest.mark.parametrize(
    "event",
    [("大火烧毁房屋的消息来自周六的报道。", "zh"),  # 来自 is "from", not 自 "since"
     ("Пожар начался с ним в субботу.", "ru")],  # "с ним" is "with him"; the date has its own "в"
)
def test_a_word_holding_a_since_word_is_no_start(event):
    assert _conflicts(event, _TOLL)
