"""A count ahead of the writing day is no number key, as a count back is not (issue #11, leftovers78).

The entity keys blank the dates the date reader resolves, among them the "ago" counts ("3 years ago", "vor 3
Jahren", "il y a 3 ans"); a count ahead ("in 3 years", "in 3 Jahren", "dans 3 ans") was a key "#3". Either is a
moment relative to the publication day (two reports of one story written a year apart say "in 3 years" and "in 2
years"), no figure of the event, so neither is a key now (text data "counts_ahead"). A figure of the story in the
same sentence stays a key. Turkish has none: "sonra" is "after" an event as often ("74 gün sonra", the mosque reopened
after 74 days: a figure of the story, dev.csv) and "içinde" "within". The texts are written for these tests.
"""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys

_CASES = [
    ("en", "The 40 workers will retire in 3 years, Smith said.", "The 40 workers retired 3 years ago, Smith said."),
    ("de", "Die 40 Arbeiter gehen in 3 Jahren in Rente, sagte Müller.",
     "Die 40 Arbeiter gingen vor 3 Jahren in Rente, sagte Müller."),
    ("fr", "Les 40 ouvriers partiront dans 3 ans, selon Dupont.", "Les 40 ouvriers sont partis il y a 3 ans, selon Dupont."),
    ("es", "Los 40 obreros se jubilarán dentro de 3 años, dijo García.",
     "Los 40 obreros se jubilaron hace 3 años, dijo García."),
    ("it", "I 40 operai andranno in pensione tra 3 anni, ha detto Rossi.",
     "I 40 operai sono andati in pensione 3 anni fa, ha detto Rossi."),
    ("pt", "Os 40 operários vão se aposentar daqui a 3 anos, disse Silva.",
     "Os 40 operários se aposentaram há 3 anos, disse Silva."),
    ("pl", "40 robotników przejdzie na emeryturę za 3 lata, powiedział Nowak.",
     "40 robotników przeszło na emeryturę 3 lata temu, powiedział Nowak."),
    ("ru", "40 рабочих уйдут на пенсию через 3 года, сказал Иванов.",
     "40 рабочих ушли на пенсию 3 года назад, сказал Иванов."),
    ("uk", "40 робітників підуть на пенсію через 3 роки, сказав Коваленко.",
     "40 робітників пішли на пенсію 3 роки тому, сказав Коваленко."),
    ("nl", "De 40 arbeiders gaan over 3 jaar met pensioen, zei De Vries.",
     "De 40 arbeiders gingen 3 jaar geleden met pensioen, zei De Vries."),
    ("cs", "40 dělníků odejde do důchodu za 3 roky, řekl Novák.", "40 dělníků odešlo do důchodu před 3 lety, řekl Novák."),
]


@pytest.mark.parametrize(("language", "ahead", "back"), _CASES)
def test_a_count_ahead_is_no_key_as_a_count_back_is_not(language: str, ahead: str, back: str) -> None:
    for text in (ahead, back):
        assert {k for k in entity_keys(text, language) if k.startswith("#")} == {"#40"}, text


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Prices rose by 3 percent in 12 cities."), ("de", "In 12 Städten stiegen die Preise."),
    ("fr", "Dans 12 villes, les prix ont augmenté."),
])
def test_a_count_of_other_things_after_the_word_stays_a_key(language: str, text: str) -> None:
    assert "#12" in entity_keys(text, language)
