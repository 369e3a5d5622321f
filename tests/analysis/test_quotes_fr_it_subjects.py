"""French and Italian subjects after the verb: an article elided onto the noun ("explique l'entraîneur",
"ha detto l'allenatore") is read like "le"/"il"; "l'élu", "il primo cittadino" stand for the mayor
(text/data role_phrases); present-tense verbs of saying news uses ("confie", "lâche", "glisse") are
verbs of saying (text/data reporting_verbs). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ("L'entraîneur Didier Deschamps a parlé lundi. « Nous sommes prêts », explique l'entraîneur.", "fr",
     "Didier Deschamps"),
    ('L\'allenatore Carlo Ancelotti ha parlato lunedì. "Siamo pronti", ha detto l\'allenatore.', "it",
     "Carlo Ancelotti"),
    ("Le maire Paul Martin a visité le chantier. « Nous irons jusqu'au bout », poursuit l'élu.", "fr", "Paul Martin"),
    ('Il sindaco Marco Rossi ha visitato il cantiere. "Andremo fino in fondo", ha sottolineato il primo cittadino.',
     "it", "Marco Rossi"),
    ("« Nous irons jusqu'au bout », confie Paul Martin au Parisien.", "fr", "Paul Martin"),
    ("Paul Martin a visité le chantier mardi. « On ne lâchera rien », glisse-t-il.", "fr", "Paul Martin"),
], ids=["fr-elided-role", "it-elided-role", "fr-elu", "it-primo-cittadino", "fr-confie", "fr-glisse"])
def test_subject_after_the_verb(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_elided_description_keeps_its_apostrophe():
    text = "« Nous ferons appel », a expliqué l'avocat de la famille."
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "fr")])] == ["l'avocat de la famille"]
