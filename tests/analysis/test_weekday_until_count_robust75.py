"""Robust75 R2: a number in a said clause whose verb of staying holds an "until" limit ("The mayor said plant 1 stays
closed until Friday", «sagte, Block 1 bleibt bis Freitag geschlossen», «l'usine 1 reste fermée jusqu'à vendredi»)
was read as a tally up to the day (the count rule of "5387 deaths until Friday") and gave the Friday before
publication; the verb of staying now holds the limit ahead whatever number stands in the clause. A tally with no
such verb and a past of the clause still look back."""

import pytest

from ._weekdays import LAST_FRIDAY, NEXT_FRIDAY
from ._weekdays import days as _days


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor said plant 1 stays closed until Friday.", "en"),
        ("the mayor said plant 1 stays closed until friday.", "en"),
        ("The mayor said Terminal 5 remains closed until Friday.", "en"),
        ("The mayor said line 3 of the metro stays closed until Friday.", "en"),
        ("The mayor said plants 1, 2 and 3 stay closed until Friday.", "en"),
        ("The mayor said the plant stays closed 24 h until Friday.", "en"),
        ("12 people stay in hospital until Friday, the mayor said.", "en"),
        ("Der Bürgermeister sagte, Block 1 bleibt bis Freitag geschlossen.", "de"),
        ("Der Bürgermeister sagte, die A 3 bleibt bis Freitag gesperrt.", "de"),
        ("Le maire a dit que l'usine 1 reste fermée jusqu'à vendredi.", "fr"),
        ("Le maire a dit que le réacteur 2 reste à l'arrêt jusqu'à vendredi.", "fr"),
        ("Selon le maire, 300 habitants restent évacués jusqu'à vendredi.", "fr"),
        ("El alcalde dijo que la planta 1 permanece cerrada hasta el viernes.", "es"),
        ("El ministerio dijo que 20 personas siguen hospitalizadas hasta el viernes.", "es"),
        # neighbours main read ahead already
        ("The mayor said reactor 2 will stay offline until Friday.", "en"),
        ("El alcalde dijo que la línea 3 seguirá cerrada hasta el viernes.", "es"),
    ],
)
def test_number_before_a_verb_of_staying_keeps_the_limit_ahead(text, lang):
    assert _days(text, lang) == [NEXT_FRIDAY]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mayor said plant 1 stayed closed until Friday.", "en"),
        ("The mayor said plant 1 was closed until Friday.", "en"),
        ("The ministry said 5387 deaths were recorded until Friday.", "en"),
        ("Police said 12 people were held until Friday.", "en"),
        ("The ministry counted 5387 deaths until Friday.", "en"),
        ("The mayor said the plant stays closed and 3 workers sat in until Friday.", "en"),
        ("Der Bürgermeister sagte, Block 1 blieb bis Freitag geschlossen.", "de"),
        ("Der Sprecher sagte, 40 Mitarbeiter blieben bis Freitag im Werk.", "de"),
        ("Das Ministerium zählte 5387 Tote bis Freitag.", "de"),
        ("Le maire a dit que l'usine 1 est restée fermée jusqu'à vendredi.", "fr"),
        ("Le ministère a recensé 5387 morts jusqu'à vendredi.", "fr"),
        ("El alcalde dijo que la planta 1 permaneció cerrada hasta el viernes.", "es"),
        ("El ministerio contó 5387 muertos hasta el viernes.", "es"),
        ("أعلنت الوزارة تسجيل 5387 حالة وفاة حتى يوم الجمعة", "ar"),
    ],
)
def test_tally_or_past_with_a_number_still_looks_back(text, lang):
    assert _days(text, lang) == [LAST_FRIDAY]
