"""A heading (or a teaser) repeats words the article quotes later with their speaker: the unattributed
repetition has that speaker. Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('"الأسوأ منذ عقود" في الساحل\n\nقال مدير الدفاع المدني سامي العلي إن العاصفة "هي الأسوأ منذ عقود في المنطقة كلها".',
     "ar", "سامي العلي"),
    (('"We will rebuild every home" after the floods\n\nThe mayor, Ann Cole, spoke on Sunday. "We will rebuild every '
     'home on this street, whatever it takes," Cole said.'), "en", "Ann Cole"),
    ('“每一所房子都会重建” 洪水过后\n\n市长张明周日在现场讲话。“每一所房子都会重建，不管花多少钱，”张明说。', "zh", "张明"),
], ids=["ar", "en", "zh"])
def test_heading_takes_the_speaker_of_the_quotation_it_repeats(text, lang, speaker):
    quotes = extract_quote_spans([segmented_doc(text, lang)])
    assert [q.speaker for q in quotes] == [speaker, speaker]


def test_two_speakers_quoting_the_same_words_leave_the_heading_open():
    text = ('"Not one more school" in the budget row\n\nThe minister, Paul Hart, said: "Not one more school will close '
            'this year." The union leader, Rita Lowe, answered: "Not one more school closes without a vote."')
    quotes = extract_quote_spans([segmented_doc(text, "en")])
    assert quotes[0].speaker is None, [(q.text, q.speaker) for q in quotes]
