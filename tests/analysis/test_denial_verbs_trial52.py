"""A rejection read in one language and not in the other made every cross-language "X rejects Y" a polarity
conflict (trial52 F8: "GDL lehnt neues Angebot ab" / "German train drivers reject new Deutsche Bahn offer" ->
"polarity: d1 affirms, d2 denies"). German, Dutch, Portuguese and Czech read their verbs of rejection as English,
French, Spanish, Italian, Polish and Russian do (text data "denial_verbs", separable German and Dutch verbs too)."""

import pytest

from storylens.analysis import conflicts

_EN = "The union on Thursday rejected a new offer from Deutsche Bahn."


@pytest.mark.parametrize("lang, text", [
    ("de", "Bahnstreik: GDL lehnt neues Angebot ab"),
    ("de", "Die GDL hat das neue Angebot der Deutschen Bahn am Donnerstag abgelehnt."),
    ("de", "Die GDL lehnte das Angebot am Donnerstag ab."),
    ("nl", "De bond heeft het nieuwe bod van Deutsche Bahn verworpen."),
    ("nl", "De bond wees het nieuwe bod van Deutsche Bahn af."),
    ("pt", "O sindicato rejeitou a nova oferta da Deutsche Bahn."),
    ("cs", "Odbory odmítly novou nabídku Deutsche Bahn."),
])
def test_a_rejection_is_one_in_every_language(lang, text):
    assert conflicts.negated(text, lang)
    assert conflicts.polarity_conflict(text, lang, _EN, "en") is None


def test_an_acceptance_still_conflicts_with_a_rejection():
    accepted = "Die GDL hat das neue Angebot der Deutschen Bahn am Donnerstag angenommen."
    assert conflicts.polarity_conflict(accepted, "de", _EN, "en") is not None
