"""Words quoted inside a relative clause about a person ("The GOP front-runner, who has called migrants
“criminals”, …") are that person's: the antecedent of who/qui/que/który/который (text/data
"person_relatives"), a name or a short phrase with an article. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('Senator Jane Roe, who called the bill "a disgrace," will vote against it.', "en", "Jane Roe"),
    ('The Republican front-runner, who has called the plan "a total disaster," will speak in Iowa.', "en",
     "The Republican front-runner"),
    ('La ministra de Sanidad, Carmen López, que calificó la ley de "vergonzosa", votará en contra.', "es",
     "Carmen López"),
    ('Le maire de Lyon, Paul Martin, qui a qualifié le projet de « désastre », votera contre.', "fr", "Paul Martin"),
    ('Мэр города Иван Петров, который назвал проект «катастрофой», проголосует против.', "ru", "Иван Петров"),
], ids=["en-name", "en-description", "es", "fr", "ru-guard"])
def test_quote_in_a_relative_clause_belongs_to_its_antecedent(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
