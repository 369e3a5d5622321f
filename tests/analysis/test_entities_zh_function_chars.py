"""Review of trial 14's Chinese dotted names: a given name grown past four characters took a function
character that is also a sound character ("由于乔尔吉娅·梅洛尼" -> "于乔尔吉娅·梅洛尼", "这让…", "第三季…",
"这一切…"). Inputs written for these tests."""

from __future__ import annotations

import pytest

from storylens.analysis.entities._scripts import _dot_names


@pytest.mark.parametrize(("text", "name"), [
    ("会议由于乔尔吉娅·梅洛尼缺席而推迟。", "乔尔吉娅·梅洛尼"),
    ("对于马泰奥·萨尔维尼来说，这是一场悲剧。", "马泰奥·萨尔维尼"),
    ("关于埃马纽埃尔·马克龙的报道。", "埃马纽埃尔·马克龙"),
    ("他终于埃马纽埃尔·马克龙之后发言。", "埃马纽埃尔·马克龙"),
    ("记者位于弗朗切斯科·普雷特家中。", "弗朗切斯科·普雷特"),
    ("这让乔尔吉娅·梅洛尼很生气。", "乔尔吉娅·梅洛尼"),
    ("第三季克里斯蒂娜·基什内尔出场。", "克里斯蒂娜·基什内尔"),
    ("这一切克里斯蒂娜·基什内尔都知道。", "克里斯蒂娜·基什内尔"),
    ("布雷西亚检察长弗朗切斯科·普雷特已对事故展开调查。", "弗朗切斯科·普雷特"),
])
def test_a_long_given_name_takes_no_function_character(text, name):
    assert [text[a:b] for a, b in _dot_names(text)] == [name]
