"""final29 #17 (the seeds): a noun phrase cut at "of the" is no quotation's speaker ("The riots of the
past few days had come from armed and well-prepared "bandits and terrorists"" gave "The riots of the")."""

from storylens.analysis.quotes import extract_quotes

from ._docs import doc_of


def test_a_noun_phrase_cut_at_of_is_no_speaker() -> None:
    doc = doc_of("d2", [
        "Tokayev said the unrest was an attempted coup.",
        'The riots of the past few days had come from armed and well-prepared "bandits and terrorists".',
    ], "en")
    (quote,) = extract_quotes([doc])
    assert quote.speaker is None or "riots" not in quote.speaker
