"""break62k HIGH 3: one quotation reworded or translated into one language by two outlets ("We will not raise
taxes ..., no matter what happens" / "Whatever happens, we are not going to put up taxes ...") and given to two
people is a speaker conflict, though fewer than 0.8 of its words are found in order (report._sure_speakers
_same_content: a match score as close as two languages' need, and most content words of each side in the
other). Two utterances on one subject stay a plain quote match (BASIL tune's "gross abuse of the power of the
presidency" inside Nadler's statement; an ad's Medicare claim and Priebus's)."""

from __future__ import annotations

import pytest

from .test_sure_speakers_spk62 import _entities, _flagged


def _pair(lang: str, a: str, b: str, sentence: str) -> tuple[tuple[str, str, str, str], tuple[str, str, str, str]]:
    return ((lang, sentence.format(q=a, who="Olaf Scholz"), a, "Olaf Scholz"),
            (lang, sentence.format(q=b, who="Christian Lindner"), b, "Christian Lindner"))


PEOPLE = _entities(("PERSON", "d1", "Olaf Scholz"), ("PERSON", "d2", "Christian Lindner"))

REWORDED = [
    ("fr", "Nous n'augmenterons pas les impôts des familles qui travaillent l'an prochain, quoi qu'il arrive",
     "Quoi qu'il arrive, les impôts des familles qui travaillent n'augmenteront pas l'an prochain",
     "« {q} », a déclaré {who}."),
    ("es", "No vamos a subir los impuestos a las familias trabajadoras el año que viene, pase lo que pase",
     "Pase lo que pase, el año próximo no subiremos impuestos a las familias trabajadoras",
     "«{q}», dijo {who}."),
    ("it", "Non aumenteremo le tasse alle famiglie che lavorano l'anno prossimo, qualunque cosa accada",
     "Qualunque cosa accada, l'anno prossimo le tasse per le famiglie che lavorano non aumenteranno",
     "«{q}», ha detto {who}."),
]


@pytest.mark.parametrize(("lang", "a", "b", "sentence"), REWORDED)
def test_one_quotation_reworded_in_one_language_is_a_speaker_conflict(lang, a, b, sentence):
    assert _flagged(*_pair(lang, a, b, sentence), PEOPLE, score=0.65)


@pytest.mark.parametrize(("lang", "a", "b", "sentence"), REWORDED)
def test_a_rewording_matched_loosely_stays_unsure(lang, a, b, sentence):
    # below the score two languages' quotations need (pipeline._CONFLICT_PAIR_SCORE 0.55)
    assert not _flagged(*_pair(lang, a, b, sentence), PEOPLE, score=0.5)


@pytest.mark.parametrize(("lang", "a", "b", "sentence"), [
    # a phrase of one person inside another's long statement (BASIL tune, Nadler / Pelosi)
    ("en", ("The President's declaration of a national emergency would be an abuse of his constitutional oath and an "
            "affront to the separation of powers. This is a gross abuse of power that cannot be tolerated"),
     "gross abuse of the power of the presidency", '"{q}," {who} said.'),
    # two claims on one subject (BASIL tune, an ad / Priebus on Medicare)
    ("en", "You paid in to Medicare for years, now when you need it, Obama has cut $716 billion from Medicare",
     "He stole $700 billion from Medicare to fund Obamacare", '"{q}," {who} said.'),
    ("de", "Die Steuern für Familien werden im nächsten Jahr sinken, das verspreche ich",
     "Familien zahlen schon heute zu viele Steuern, und das Land hat kein Geld", "„{q}“, sagte {who}."),
    ("fr", "Les impôts des familles baisseront l'an prochain, je m'y engage",
     "Les familles paient déjà trop d'impôts et l'État n'a plus d'argent", "« {q} », a déclaré {who}."),
])
def test_two_utterances_on_one_subject_are_no_conflict(lang, a, b, sentence):
    assert not _flagged(*_pair(lang, a, b, sentence), PEOPLE, score=0.7)
