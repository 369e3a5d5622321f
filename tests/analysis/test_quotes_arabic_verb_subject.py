"""An Arabic sentence opening with a verb and a titled person ("وتعهد الرئيس التركي رجب طيب أردوغان …،
وكتب: «…»"): the subject-less verb later in the sentence is that person's, not the one named before
(trial 16 #5). Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _speakers(text):
    return [q.speaker for q in extract_quote_spans([segmented_doc(text, "ar", "d1")])]


@pytest.mark.parametrize("text, first, second", [
    (("وقال وزير الداخلية التركي علي يرلي كايا إن 46 مبنى انهارت. وأضاف يرلي كايا: «البحث مستمر». "
      "وتعهد الرئيس التركي رجب طيب أردوغان بعدم التخلي عن المتضررين، وكتب على منصة إكس: «لن نترك أياً من مواطنينا وحيداً»."),
     "يرلي كايا", "رجب طيب"),
    (("وقال وزير الخارجية الأردني أيمن الصفدي إن الحدود مفتوحة. وأضاف الصفدي: «نحن مستعدون». "
      "واستقبل رئيس الوزراء العراقي محمد شياع السوداني الوفد في بغداد، وقال للصحفيين: «العلاقات متينة»."),
     "الصفدي", "محمد شياع"),
], ids=["pledged-then-wrote", "received-then-said"])
def test_the_sentence_opening_subject_speaks_after_a_comma(text, first, second):
    speakers = _speakers(text)
    assert len(speakers) == 2
    assert first in speakers[0] and second in speakers[1]
