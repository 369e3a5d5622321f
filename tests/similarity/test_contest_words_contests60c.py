"""The kinds of fault break60c2 found in the contests of stop 60 (:mod:`storylens.similarity._teams`,
:mod:`._contests`): a result and its mirror ("0:2" / "2:0", a loss told in the loser's order) read as two results, a
Polish case form of a club ("Lechem") not matched with its plain form ("Lech") (P1); the object of a result told as a
noun phrase read as a side where it is an epithet ("gegen die Münchner", "contre les Bavarois") (P2); and a Polish
noun phrase's object run into the name of the person after it (P3: "nad Mainz Vincent Kompany")."""

from __future__ import annotations

import pytest

from storylens.similarity._contests import _case_stem, _written

from ._pairs import contest_sides, rules_apart

# break60c2's inputs (/work/wt/break60c2-scratch/c): (language, date, title and body)
K1_PL = ('pl', '2026-11-21', 'Mecz\nWidzew przegrał z Lechem 0:2 w sobotę. Oba gole strzelił w drugiej połowie Jan Kowalczyk, a trener Piotr Nowak chwalił zespół.')
J4B_PL = ('pl', '2026-11-23', 'Nowak chwali Kowalczyka\nLech pokonał Widzew 2:0, a trener Piotr Nowak pochwalił Jana Kowalczyka, który strzelił oba gole w drugiej połowie.')
J4C_EN = ('en', '2026-11-23', 'Nowak praises Kowalczyk\nLech beat Widzew 2-0, and coach Piotr Nowak praised Jan Kowalczyk, who scored both goals in the second half.')
K3_PL = ('pl', '2026-11-21', 'Mecz\nJuventus przegrał z Interem 0:2 w sobotę. Oba gole strzelił w drugiej połowie Jan Kowalczyk, a trener Piotr Nowak chwalił zespół.')
J8B_PL = ('pl', '2026-11-23', 'Nowak chwali Kowalczyka\nInter pokonał Juventus 2:0, a trener Piotr Nowak pochwalił Jana Kowalczyka, który strzelił oba gole w drugiej połowie.')
LO_PL = ('pl', '2026-11-21', "Mainz przegrał z Bayernem\nMainz przegrał w sobotę z Bayernem Monachium 0:3. Dwa gole dla drużyny Vincenta Kompany'ego strzelił Harry Kane na Allianz Arenie.")
X7_PL = ('pl', '2026-11-23', "Bayern\nBayern pokonał Mainz 3:0, a Vincent Kompany pochwalił Harry'ego Kane'a, który strzelił dwa gole na Allianz Arenie.")
PA_PL2 = ('pl', '2026-11-21', 'Legia przegrała z Lechem\nLegia Warszawa przegrała w sobotę z Lechem Poznań 1:2. Dwa gole dla drużyny Nielsa Frederiksena strzelił Mikael Ishak przy Bułgarskiej.')
O2_PL = ('pl', '2026-11-23', 'Frederiksen chwali Ishaka\nLech wygrał z Legią 2:1, a trener Niels Frederiksen pochwalił Mikaela Ishaka, który strzelił dwa gole przy Bułgarskiej.')
FA_PL2 = ('pl', '2026-11-22', 'Real przegrał z Barceloną\nReal Madryt przegrał w niedzielę z Barceloną 1:2. Dwa gole dla drużyny Hansiego Flicka strzelił na Camp Nou Robert Lewandowski.')
O10_EN = ('en', '2026-11-24', 'Flick praises Lewandowski\nThe Blaugrana beat Real Madrid 2-1, and Hansi Flick praised Robert Lewandowski, who scored twice at the Camp Nou.')
M6_EN = ('en', '2026-11-21', 'Match\nWidzew lost 0-2 to Napoli on Saturday. Jan Kowalczyk scored both goals in the second half, and coach Piotr Nowak praised his side.')
M6C_EN = ('en', '2026-11-23', 'Nowak\nThe Partenopei beat Widzew 2-0, and coach Piotr Nowak praised Jan Kowalczyk, who scored both goals in the second half.')
S1_DE = ('de', '2026-11-23', 'Henriksen enttäuscht\nNach der 0:3-Niederlage des FSV Mainz 05 gegen die Münchner hat Trainer Bo Henriksen seine Abwehr kritisiert. Harry Kane hatte in der Allianz Arena zweimal getroffen.')
AM_EN = ('en', '2026-11-21', "Bayern beat Mainz\nBayern Munich beat Mainz 05 3-0 on Saturday. Harry Kane scored twice at the Allianz Arena for Vincent Kompany's side, who stay top of the Bundesliga.")
T1_DE = ('de', '2026-11-23', 'H\nNach der 0:3-Niederlage des FSV Mainz 05 gegen den Rekordmeister hat Trainer Bo Henriksen seine Abwehr kritisiert. Harry Kane hatte in der Allianz Arena zweimal getroffen.')
T8_FR = ('fr', '2026-11-23', "K\nAprès la défaite 0-3 de Mayence contre les Bavarois, l'entraîneur Bo Henriksen a critiqué sa défense. Harry Kane avait marqué deux fois à l'Allianz Arena.")
T9_ES = ('es', '2026-11-23', 'K\nTras la derrota por 0-3 del Maguncia ante los Bávaros, el entrenador Bo Henriksen criticó a su defensa. Harry Kane marcó dos goles en el Allianz Arena.')
T10_IT = ('it', '2026-11-23', "K\nDopo la sconfitta per 0-3 del Magonza contro i Bavaresi, l'allenatore Bo Henriksen ha criticato la difesa. Harry Kane aveva segnato una doppietta all'Allianz Arena.")
AR_PL = ('pl', '2026-11-23', "Kompany chwali Kane'a\nPo sobotnim zwycięstwie 3:0 nad Mainz Vincent Kompany pochwalił Harry'ego Kane'a. Anglik strzelił dwa gole na Allianz Arenie.")
AC_EN = ('en', '2026-11-25', "Bayern beat Celtic\nBayern Munich beat Celtic 2-1 in the Champions League on Wednesday. Harry Kane scored twice at the Allianz Arena for Vincent Kompany's side.")
T2_DE = ('de', '2026-11-23', 'H\nNach der 0:3-Niederlage des FSV Mainz 05 gegen die Bayern hat Trainer Bo Henriksen seine Abwehr kritisiert. Harry Kane hatte in der Allianz Arena zweimal getroffen.')


# P1: a loss in the loser's order (Polish "przegrał z", English "lost to") and the winner's report of that match
LOSSES = [(K1_PL, J4B_PL), (K1_PL, J4C_EN), (K3_PL, J8B_PL), (LO_PL, X7_PL), (PA_PL2, O2_PL), (FA_PL2, O10_EN),
          (M6_EN, M6C_EN)]


@pytest.mark.parametrize(("loss", "report"), LOSSES)
def test_a_loss_in_the_losers_order_stays_with_its_match(loss, report):
    assert rules_apart(loss, report) == ""


def test_a_polish_case_form_is_the_club_written():
    assert _written("Lechem", {"lech"}, inflected=True)
    assert _written("Legią", {"legia"}, inflected=True)
    assert _written("Barcelona", {"barcelona"}, inflected=True)
    assert not _written("Lechem", {"lech"})  # no Polish text in the pair: as written only
    assert not _written("Lechem", {"legia", "widzew"}, inflected=True)
    assert _case_stem("lechem") == _case_stem("lech") == "lech"
    assert _case_stem("leg") is None


# P2: the loser's reaction told as a noun phrase, the winner by an epithet, and the match's report
DEFEATS = [S1_DE, T1_DE, T8_FR, T9_ES, T10_IT, T2_DE]


@pytest.mark.parametrize("reaction", DEFEATS)
def test_a_defeat_told_as_a_noun_phrase_stays_with_its_match(reaction):
    assert rules_apart(reaction, AM_EN) == ""


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Nach der 0:3-Niederlage des FSV Mainz 05 gegen die Münchner hat Trainer Bo Henriksen kritisiert.", []),
    ("de", "Nach dem 0:3 gegen den Rekordmeister hat er die Abwehr kritisiert.", []),
    ("de", "Nach der 0:3-Niederlage des FSV Mainz 05 gegen die Bayern-Stars hat er kritisiert.", []),
    ("fr", "Après la défaite 0-3 de Mayence contre les Bavarois, l'entraîneur a critiqué sa défense.", []),
    ("es", "Tras la derrota por 0-3 del Maguncia ante los Bávaros, el técnico criticó a su defensa.", []),
    ("it", "Dopo la sconfitta per 0-3 del Magonza contro i Bavaresi, il tecnico ha criticato la difesa.", []),
    # a club's name stays a side
    ("de", "Nach dem 3:0 gegen den FSV Mainz 05 hat Kompany Kane gelobt.", [([], ["Mainz"])]),
    ("de", "Nach dem 0:3 gegen die Bayern hat er die Abwehr kritisiert.", [([], ["Bayern"])]),
    ("fr", "Après la victoire 3-0 contre le Celtic, l'entraîneur a salué Kane.", [([], ["Celtic"])]),
])
def test_an_epithet_is_no_object(lang, text, expected):
    assert [(s, [w for w in o if not w.isdigit()]) for s, o in contest_sides(text, lang)] == expected


# P3: a Polish noun phrase's object ends before the person named after it
def test_a_polish_object_ends_before_a_persons_name():
    assert contest_sides("Po sobotnim zwycięstwie 3:0 nad Mainz Vincent Kompany pochwalił Kane'a.", "pl") == [([], ["Mainz"])]
    assert contest_sides("After the 3-0 win over Paris Saint-Germain, Kompany praised Kane.", "en") \
        == [([], ["Paris", "Saint-Germain"])]
    assert rules_apart(AR_PL, AC_EN) != ""
