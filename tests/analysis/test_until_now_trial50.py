""""Not reopened until now" denies; it is no time limit (trial50 F21).

polar40 read "not … until <event>" as a limit whose negation is expletive; "jusqu'à présent" (until now) is no
event to wait for: «La route n'a pas été rouverte jusqu'à présent» still says the road is closed. Arabic joins "and"
to its negation particles («ولم», «ولا»): they negate as «لم» and «لا» do."""

import pytest

from storylens.analysis import conflicts

_EN = "The road to Kiel was reopened on Thursday, police said."


@pytest.mark.parametrize("lang, text", [
    ("fr", "La route vers Kiel n'a pas été rouverte jusqu'à présent, a indiqué la police."),
    ("fr", "La route vers Kiel n'a pas été rouverte jusqu'à aujourd'hui, a indiqué la police."),
    ("ar", "ولم تتم إعادة فتح الطريق المؤدي إلى كيل حتى الآن، بحسب الشرطة."),
    ("ar", "ولم يتم فتح الطريق المؤدي إلى كيل، بحسب الشرطة."),
])
def test_not_reopened_until_now_is_a_denial(lang, text):
    assert conflicts.negated(text, lang)
    assert conflicts.polarity(text, lang, _EN, "en") is not None


@pytest.mark.parametrize("lang, text, other", [
    ("fr", "La route ne rouvrira pas avant lundi, a indiqué la police.", "The road will reopen on Monday, police said."),
    ("fr", "La route ne sera pas rouverte jusqu'à lundi, a indiqué la police.", "The road will reopen on Monday, police said."),
])
def test_not_until_a_day_stays_a_limit(lang, text, other):
    assert conflicts.polarity(text, lang, other, "en") is None
