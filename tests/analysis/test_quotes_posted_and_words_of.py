""""X在推特上发文称" (X posted on Twitter, saying) reports, its setting is no part of the speaker; "En palabras de
X", "In the words of X" attribute like "according to" (text/data reporting_verbs, according_to).
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('特朗普在推特上发文称，这份报告是“彻头彻尾的政治迫害”。', "zh", "特朗普"),
    ('En palabras de Carlos Pérez, "estamos preparados".', "es", "Carlos Pérez"),
    ('In the words of Mayor Ann Cole, the plan is "a disaster."', "en", "Ann Cole"),
], ids=["zh-posted", "es-en-palabras-de", "en-in-the-words-of"])
def test_poster_and_words_of(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]
