"""Chinese: a headline "X…：“…”" fused with the lead keeps X as its quotation's speaker, not a person a
later clause of the lead names; "她被同事们称为“英雄”" (called a hero by her colleagues) is the agent's
word. Inputs written for these tests, in the shape of machine-translated news."""

import pytest

from storylens.analysis.quotes import extract_quote_spans

from ._docs import segmented_doc


def _quotes(text):
    return [(q.text, q.speaker) for q in extract_quote_spans([segmented_doc(text, "zh")])]


@pytest.mark.parametrize("text, speaker", [
    ('抗议者打断了市长的演讲：“我们要干净的水” 周一上午，在市政厅的发布会上，市长被一群抗议者打断，称他的计划是“骗局”。', "抗议者"),
    ('一名护士回忆起疫情最严重的日子：“我们每天都在哭” 在医院工作了二十年后，她被同事们称为“英雄”。', "一名护士"),
    ('抗议者打断了市长的演讲：“我们要干净的水”', "抗议者"),
], ids=["fused-lead-agent", "fused-lead-passive", "headline-alone"])
def test_headline_colon_subject_speaks(text, speaker):
    assert _quotes(text)[0][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('在医院工作了二十年后，她被同事们称为“英雄”。', "同事们"),
    ('这位老人被邻居们称为“活雷锋”。', "邻居们"),
], ids=["colleagues", "neighbours"])
def test_agent_of_a_passive_naming_speaks(text, speaker):
    assert _quotes(text)[-1][1] == speaker
