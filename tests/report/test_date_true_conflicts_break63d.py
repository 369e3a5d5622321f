"""break63d's true date conflicts (trials/break63d.md H2, H3, M2; harness probes_units.py) that main (54c937e5)
reports in both orders and that must stay reported: one event told in other words while a report gives the other
day for another act ("The earthquake struck on Monday" beside "aftershocks on Tuesday" / "The quake hit on Tuesday"),
in en, de, fr, es, it, pl, ru; a month or a year written as a name on one side only ("the March 2019 collapse" /
"collapsed in April 2019"); the same relative words in reports two weeks apart."""
from __future__ import annotations

import pytest

from .test_date_one_event_dates63 import _conflicts  # one way to build two reports' units and measure them

# (id, (sentence, language) a, b, publication a, b, the other sentences of a's report, of b's)
TRUE = [
    ('U01', ('The earthquake struck on Monday.', 'en'), ('The quake hit on Tuesday.', 'en'), '2026-12-02', '2026-12-02', ('Strong aftershocks shook the region on Tuesday.',), ()),
    ('U03', ('Tina Turner died on Tuesday at her home near Zurich.', 'en'), ('Tina Turner passed away on Wednesday, aged 83.', 'en'), '2026-12-03', '2026-12-03', ('Her spokesman announced her death on Wednesday.',), ()),
    ('U04', ('The Senate approved the bill on Tuesday.', 'en'), ('Senators passed the legislation on Wednesday.', 'en'), '2026-12-03', '2026-12-03', ('The president signed it into law on Wednesday.',), ()),
    ('U05', ('Romanians went to the polls on Sunday.', 'en'), ('The presidential election was held on Saturday.', 'en'), '2026-11-30', '2026-11-30', ('Campaigning officially ended on Saturday morning.',), ()),
    ('U06', ('Gunmen stormed a concert hall near Moscow on Friday evening.', 'en'), ('The massacre at Crocus City Hall took place on Saturday.', 'en'), '2026-11-30', '2026-11-30', ('Islamic State claimed responsibility on Saturday.',), ()),
    ('U07', ('Smith resigned on Friday.', 'en'), ('Smith quit on Saturday.', 'en'), '2026-12-02', '2026-12-02', (), ('Smith met the prime minister on Friday.',)),
    ('U08', ('Der Minister ist am Freitag zurückgetreten.', 'de'), ('Der Ressortchef trat am Samstag zurück.', 'de'), '2026-12-02', '2026-12-02', (), ('Am Freitag hatte er noch Gespräche geführt.',)),
    ('U09', ('Lindner ist am Freitag zurückgetreten.', 'de'), ('Lindner trat am Samstag zurück.', 'de'), '2026-12-02', '2026-12-02', (), ('Am Freitag hatte Lindner noch mit Scholz gesprochen.',)),
    ('U10', ('Das Beben erschütterte die Region am Montag.', 'de'), ('Der Erdstoß ereignete sich am Dienstag.', 'de'), '2026-12-02', '2026-12-02', ('Am Dienstag folgten starke Nachbeben.',), ()),
    ('U11', ('Le séisme a frappé la région lundi.', 'fr'), ("Le tremblement de terre s'est produit mardi.", 'fr'), '2026-12-02', '2026-12-02', ('De fortes répliques ont suivi mardi.',), ()),
    ('U12', ('El terremoto sacudió la región el lunes.', 'es'), ('El sismo se produjo el martes.', 'es'), '2026-12-02', '2026-12-02', ('Las réplicas continuaron el martes.',), ()),
    ('U13', ('Il terremoto ha colpito la regione lunedì.', 'it'), ('Il sisma si è verificato martedì.', 'it'), '2026-12-02', '2026-12-02', ('Le scosse di assestamento sono proseguite martedì.',), ()),
    ('U14', ('Trzęsienie ziemi nawiedziło region w poniedziałek.', 'pl'), ('Do wstrząsu doszło we wtorek.', 'pl'), '2026-12-02', '2026-12-02', ('Wstrząsy wtórne trwały we wtorek.',), ()),
    ('U15', ('Землетрясение произошло в понедельник.', 'ru'), ('Подземные толчки были зафиксированы во вторник.', 'ru'), '2026-12-02', '2026-12-02', ('Афтершоки продолжались во вторник.',), ()),
    ('U16', ('La chanteuse est décédée dimanche à Paris.', 'fr'), ("L'artiste est morte samedi, a annoncé sa famille.", 'fr'), '2026-11-30', '2026-11-30', (), ("Elle avait été hospitalisée d'urgence vendredi soir et son état s'était aggravé samedi matin.",)),
    ('U17', ('Los ciudadanos votaron el domingo en unas elecciones muy reñidas.', 'es'), ('Los comicios se celebraron el sábado.', 'es'), '2026-11-30', '2026-11-30', ('La campaña terminó el sábado a medianoche.',), ()),
    ('U20', ('Investigators are still examining the March 2019 collapse of the bridge.', 'en'), ('The bridge collapsed in April 2019.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U23', ('The March 2019 collapse killed 12 people.', 'en'), ('The April 2019 collapse killed 12 people.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U25', ('The party is preparing for the November election.', 'en'), ('The party is preparing for the election in October.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U31', ('Die Grenze bleibt bis Montag geschlossen.', 'de'), ('Die Grenze bleibt bis Dienstag geschlossen.', 'de'), '2026-12-02', '2026-12-02', (), ()),
    ('U32', ('Он возглавляет партию с 2002 года.', 'ru'), ('Он руководит партией с 2003 года.', 'ru'), '2026-12-02', '2026-12-02', (), ()),
    ('U40', ('The minister resigned yesterday.', 'en'), ('The minister resigned on Monday.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U43', ('The minister resigned yesterday.', 'en'), ('The minister resigned two days ago.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U46', ('Der Minister ist gestern zurückgetreten.', 'de'), ('Der Minister ist am Montag zurückgetreten.', 'de'), '2026-12-02', '2026-12-02', (), ()),
    ('U50', ('The vote took place on Tuesday.', 'en'), ('Lawmakers cast their ballots on November 30.', 'en'), '2026-12-02', '2026-12-02', ('Results were published on November 30.',), ()),
    ('U51', ('The talks collapsed on Thursday.', 'en'), ('Negotiations broke down on Friday.', 'en'), '2026-12-02', '2026-12-02', (), ()),
    ('U52', ('Der Schauspieler starb am Sonntag im Alter von 88 Jahren.', 'de'), ('Der Schauspieler ist am Samstag gestorben.', 'de'), '2026-11-30', '2026-11-30', (), ()),
]


@pytest.mark.parametrize(("pid", "a", "b", "pub_a", "pub_b", "more_a", "more_b"), TRUE, ids=[row[0] for row in TRUE])
def test_break63d_true_date_conflict_stays(pid, a, b, pub_a, pub_b, more_a, more_b):
    assert _conflicts(a, b, pub_a, pub_b, more_a, more_b)
    assert _conflicts(b, a, pub_b, pub_a, more_b, more_a)
