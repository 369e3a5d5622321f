"""A pronoun before the text names anyone (a feature lead: "“…,” she said." then "Maria Lopez, 54, …";
"他的回答是：“继续吧。”约翰·史密斯…") stands for the first person named right after it.
Inputs written for these tests."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


@pytest.mark.parametrize("text, lang, speaker", [
    ('“It sounded like a bomb went off,” she said.\n\nMaria Lopez, 54, was asleep when the gas line exploded on Sunday.',
     "en", "Maria Lopez"),
    ('这位97岁的老人曾多次被捕。当被问及是否担心坐牢时，他的回答是：“继续吧。”约翰·史密斯于1922年出生在悉尼。', "zh", "约翰·史密斯"),
    ('这位老人曾多次被捕。她的回答是：“我不怕。”玛丽·史密斯于1930年出生在悉尼。', "zh", "玛丽·史密斯"),
], ids=["en-lead", "zh-his-answer", "zh-her-answer"])
def test_pronoun_without_antecedent_is_the_person_named_next(text, lang, speaker):
    assert [q.speaker for q in extract_quote_spans([segmented_doc(text, lang)])] == [speaker]


def test_a_pronoun_with_an_antecedent_keeps_it():
    text = ('Mayor Ann Cole toured the street on Sunday. “It sounded like a bomb went off,” she said. '
            'Her deputy, Tom Reyes, said repairs would take weeks.')
    assert extract_quote_spans([segmented_doc(text, "en")])[0].speaker == "Ann Cole"
