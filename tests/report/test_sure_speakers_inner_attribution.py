"""break62k2 HIGH 1: an attribution set inside the quotation marks, between commas or dashes ("« …, a déclaré Olaf
Scholz, quoi qu'il arrive. »", "„… – powiedział Donald Tusk – …”"), the house style of French, Italian, Polish,
Russian and Portuguese papers, names the speaker as one outside the marks does: the sure-speaker rule
(report._sure_speakers) had blanked it with the quotation and lost these true speaker conflicts. A quoted
list of names with no reporting verb stays blanked."""

from __future__ import annotations

import pytest

from .test_sure_speakers_spk62 import _entities, _flagged

TUSK_OUTSIDE = ("pl", ("„Nie podniesiemy podatków dla pracujących rodzin w przyszłym roku, bez względu na wszystko” – "
                "powiedział Andrzej Domański."), ("Nie podniesiemy podatków dla pracujących rodzin w przyszłym roku, bez "
                "względu na wszystko"), "Andrzej Domański")


@pytest.mark.parametrize(("a", "b", "names"), [
    (("fr", ("« Nous n'augmenterons pas les impôts des familles l'an prochain, a déclaré Olaf Scholz, quoi qu'il "
            "arrive. »"), ("Nous n'augmenterons pas les impôts des familles l'an prochain, a déclaré Olaf Scholz, quoi "
            "qu'il arrive."), "Olaf Scholz"),
     ("fr", ("« Nous n'augmenterons pas les impôts des familles l'an prochain, quoi qu'il arrive », a déclaré "
            "Christian Lindner."), "Nous n'augmenterons pas les impôts des familles l'an prochain, quoi qu'il arrive",
      "Christian Lindner"), ("Olaf Scholz", "Christian Lindner")),
    (("pl", ("„Nie podniesiemy podatków dla pracujących rodzin w przyszłym roku – powiedział Donald Tusk – bez względu "
            "na wszystko”."), ("Nie podniesiemy podatków dla pracujących rodzin w przyszłym roku – powiedział Donald "
            "Tusk – bez względu na wszystko"), "Donald Tusk"), TUSK_OUTSIDE, ("Donald Tusk", "Andrzej Domański")),
    (("it", ("«Non aumenteremo le tasse alle famiglie l'anno prossimo, ha detto Giorgia Meloni, qualunque cosa "
            "accada.»"), ("Non aumenteremo le tasse alle famiglie l'anno prossimo, ha detto Giorgia Meloni, qualunque "
            "cosa accada."), "Giorgia Meloni"),
     ("it", "«Non aumenteremo le tasse alle famiglie l'anno prossimo, qualunque cosa accada», ha detto Elly Schlein.",
      "Non aumenteremo le tasse alle famiglie l'anno prossimo, qualunque cosa accada", "Elly Schlein"),
     ("Giorgia Meloni", "Elly Schlein")),
])
def test_an_attribution_inside_the_marks_names_the_speaker(a, b, names):
    ents = _entities(("PERSON", "d1", names[0]), ("PERSON", "d2", names[1]))
    assert _flagged(a, b, ents, score=0.9)


def test_a_name_quoted_without_a_reporting_verb_is_no_attribution():
    # the speaker read is a name inside the quotation, in a list: still blanked, so not named outside it
    a = ("fr", "« Nous n'augmenterons pas les impôts, ni Olaf Scholz, ni personne, quoi qu'il arrive. »",
         "Nous n'augmenterons pas les impôts, ni Olaf Scholz, ni personne, quoi qu'il arrive.", "Olaf Scholz")
    b = ("fr", ("« Nous n'augmenterons pas les impôts, ni Olaf Scholz, ni personne, quoi qu'il arrive », a déclaré "
               "Christian Lindner."), ("Nous n'augmenterons pas les impôts, ni Olaf Scholz, ni personne, quoi qu'il "
               "arrive"), "Christian Lindner")
    assert not _flagged(a, b, _entities(("PERSON", "d1", "Olaf Scholz"), ("PERSON", "d2", "Christian Lindner")),
                        score=0.9)
