"""The CJK bigram form both store backends index and search (store._cjk)."""

from __future__ import annotations

from storylens.store._cjk import collapse, index_form, query_parts


def test_index_form_makes_a_token_per_character_and_leaves_other_text_alone():
    assert index_form("德国总理朔尔茨2024年表示") == " 德国 国总 总理 理朔 朔尔 尔茨 茨 2024 年表 表示 示 "
    assert index_form("岸田首相は東京で", "|") == "|岸田|田首|首相|相は|は東|東京|京で|で|"
    text = "Chancellor Scholz said — قال المستشار الألماني شولتس; 한국어 텍스트"
    assert index_form(text) is text and index_form(None) is None


def test_query_parts_are_the_bigrams_of_a_word_or_a_prefix():
    assert query_parts("朔尔茨") == [("朔尔", False), ("尔茨", False)]
    assert query_parts("国") == [("国", True)]
    assert query_parts("G20峰会") == [("G20", False), ("峰会", False)]
    assert query_parts("Scholz") == [("Scholz", False)]


def test_collapse_gives_back_the_text_with_whole_words_marked():
    form = index_form("总理朔尔茨表示", "|")
    marked = form.replace("|朔尔|尔茨|", "|[朔尔]|[尔茨]|")
    assert collapse(marked, "|") == "总理[朔尔茨]表示"
    assert collapse("…[乌克]|[克兰]|兰提…", "|") == "…[乌克兰]提…"  # cut ends: the last token shows both characters
    assert collapse("no separator here", "|") == "no separator here"
