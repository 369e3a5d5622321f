""""As X says" with an object clitic before the verb ("Comme le souligne X", "Comme l'a dit X", "Como lo
señala X", "Come lo ha spiegato X"): the subject follows the verb (text/data "as_clauses").
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    (('Comme le souligne la chercheuse Virginia Eubanks, autrice du livre Automating Inequality, « s’il doit y avoir '
     'une alternative, nous devons la construire ».'), "fr", "Virginia Eubanks"),
    ("Comme l'a souligné le ministre Paul Martin, « nous devons reconstruire le pont ».", "fr", "Paul Martin"),
    ('Como lo señala la investigadora Ana Ruiz, "el problema no es la tecnología".', "es", "Ana Ruiz"),
    ('Come lo ha spiegato la studiosa Anna Bianchi, "il problema non è la tecnologia".', "it", "Anna Bianchi"),
], ids=["fr-le", "fr-l-a", "es-lo", "it-lo-ha"])
def test_subject_after_an_as_clause_verb_speaks(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_as_clause_without_a_verb_of_saying_names_nobody():
    text = "Il a agi comme le veut la loi. « Nous avons respecté la procédure », a déclaré le maire Paul Martin."
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, "fr")])] == ["Paul Martin"]
