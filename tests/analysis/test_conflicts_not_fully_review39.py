"""review39 F5: mend38a's "not … until <time>" rules (trial47 F2) took "the end" / "the beginning" alone for a time,
so the idiom "not … to the end" (= not fully) lost its denial: «Причины аварии не выяснены до конца», "Przyczyny
katastrofy nie zostały do końca wyjaśnione", "As causas não foram esclarecidas até o fim" read as affirmations
and could not conflict with "the cause was established". "The end" names a time only with its period: «до конца
месяца», "do końca roku", "até o final da tarde", "tot eind maart"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated


@pytest.mark.parametrize(("text", "lang"), [
    ("Причины аварии не выяснены до конца.", "ru"),
    ("Власти не раскрыли до конца все обстоятельства.", "ru"),
    ("Причини аварії не з'ясовані до кінця.", "uk"),
    ("Przyczyny katastrofy nie zostały do końca wyjaśnione.", "pl"),
    ("Nie wiadomo do końca, ile osób zginęło.", "pl"),
    ("Příčiny nehody nebyly až do konce objasněny.", "cs"),
    ("As causas do acidente não foram esclarecidas até o fim.", "pt"),
    ("De oorzaak is niet tot het einde opgehelderd.", "nl"),
])
def test_not_to_the_end_still_denies(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Полеты не возобновятся до конца месяца.", "ru"),
    ("Школы не откроются до начала следующего года.", "ru"),
    ("Рейси не відновляться до кінця тижня.", "uk"),
    ("Prokuratura nie zakończy śledztwa do końca roku.", "pl"),
    ("Loty nie zostaną wznowione przed końcem tego miesiąca.", "pl"),
    ("Lety nebudou obnoveny do konce roku.", "cs"),
    ("O governo não confirmou a morte até o final da tarde.", "pt"),
    ("Os voos não serão retomados antes do fim de março.", "pt"),
    ("De vluchten worden niet hervat tot eind maart.", "nl"),
    ("De vluchten worden niet hervat tot het einde van het jaar.", "nl"),
])
def test_not_until_the_end_of_a_period_is_a_time_limit(text, lang):
    assert not negated(text, lang)
