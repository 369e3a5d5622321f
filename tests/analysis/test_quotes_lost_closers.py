"""A right quotation mark glued to a comma or a stop whose opening mark was lost (machine translation
moves marks around): it never opens a quotation, and the attribution right after it belongs to the
quotation before it. Inputs written for these tests, in the shape of the machine-translated dev texts."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _quotes(text, lang):
    return [(q.text, q.speaker) for q in extract_quote_spans([segmented_doc(text, lang, "d1")])]


@pytest.mark.parametrize("text, lang, last", [
    (('消防队长张伟在现场接受了采访。“火势蔓延得很快。”他说，当时楼里还有几户居民没有撤离，救援非常困难，”张伟说。'
      ' “我们会继续在这里守着。”'), "zh", "我们会继续在这里守着。"),
    (('The fire chief, Tom Reyes, spoke at the scene. “It spread very fast.” He said some families were still inside, '
      'and that made it hard,” Reyes said. “We will stay here tonight.”'), "en", "We will stay here tonight."),
], ids=["zh", "en-spaced-guard"])
def test_a_closer_after_a_comma_opens_no_quotation(text, lang, last):
    quotes = _quotes(text, lang)
    # the stray ” does not swallow the attribution and the next quotation into one false quote
    assert [t for t, _ in quotes][-1] == last, quotes
    assert quotes[-1][1] in ("张伟", "Tom Reyes"), quotes


@pytest.mark.parametrize("text, lang, speaker", [
    ('球队在主场庆祝了冠军。“我从十岁开始踢球，还有很多梦想”即使现在退役了，球队也像家人一样，”队长李明说。', "zh", "李明"),
    ('乐队获得了终身成就奖。“我们十四岁就开始一起唱歌，还有别的”后来每次见面，大家都像一家人，”歌手王芳表示。', "zh", "王芳"),
], ids=["zh-said", "zh-stated"])
def test_attribution_after_a_lost_closer_is_the_quotations(text, lang, speaker):
    quotes = _quotes(text, lang)
    assert len(quotes) == 1, quotes  # "队长李明说。" is no quotation
    assert quotes[0][1] is not None and quotes[0][1].endswith(speaker), quotes
