"""The story list as a terminal table: text, never markup; aligned; cut to the width."""

from __future__ import annotations

import pytest

from storylens.stream.render import stories_table


def _story(sid, title, outlets=("CNN",), n=2, languages=("en",)):
    return {"id": sid, "title": title, "first_seen": "2022-01-06", "last_seen": "2022-01-07",
            "articles": [{"id": f"a{i}"} for i in range(n)], "outlets": list(outlets), "languages": list(languages)}


def test_titles_are_text_not_markup():
    payload = {"stories": [_story("S-1", "[Tokayev] asks [bold]CSTO[/bold] for help"),
                           _story("S-2", "Ankara\x1b[31m red\nnext line")]}
    out = stories_table(payload)
    assert "[Tokayev] asks [bold]CSTO[/bold] for help" in out
    assert "\x1b" not in out and "Ankara [31m red next line" in out  # control characters become spaces
    assert out.splitlines()[0] == "2 stories"


def test_columns_line_up_with_wide_characters_and_long_titles_are_cut():
    payload = {"stories": [_story("S-1", "哈萨克斯坦总统请求集体安全条约组织出兵" * 3, outlets=("新华社",), languages=("zh",)),
                           _story("S-22", "x" * 300, outlets=("A very long outlet name indeed, really",), n=12)]}
    lines = stories_table(payload, width=100).splitlines()
    rows = lines[3:]
    assert all("…" in r for r in rows)  # both titles cut
    import unicodedata

    def cols(text):
        return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

    # the date columns start at the same terminal column on every row and in the header
    starts = [cols(line[: line.index("2022-01-06" if "2022" in line else "first seen")]) for line in [lines[1], *rows]]
    assert len(set(starts)) == 1
    assert all(cols(line) <= 100 for line in lines)
    assert rows[1].split()[-1] == "en" and " 12 " in rows[1]


def test_an_empty_store_is_a_header_only():
    assert stories_table({"stories": []}).splitlines()[0] == "0 stories"


def test_the_one_column_shortcut_agrees_with_the_per_character_width():
    import re

    from storylens.stream import render

    ranges = re.findall(r"(.)(?:-(.))?", render._ONE_COLUMN_CHARS)
    chars = [chr(c) for a, b in ranges for c in range(ord(a), ord(b or a) + 1)]
    assert len(chars) > 1500 and all(render._char_width(ch) == 1 for ch in chars if ch.isprintable())
    assert render._narrow("Путин встретился с Токаевым — «итоги»") and not render._narrow("北京 Beijing")
    assert not render._narrow("e\u0301") and render._width("e\u0301") == 1  # a combining accent takes no column


def test_json_text_is_json_dumps_with_indent_2():
    import json

    from storylens.stream.render import json_text

    payloads = [{"schema": "s", "stories": [{"id": "S-1", "title": "Путин \"сказал\" \\ 北京\n\t\u2028", "n": 3,
                                             "score": 0.1 + 0.2, "big": 1e300, "none": None, "ok": True, "no": False,
                                             "empty": [], "nothing": {}, "tuple": (1, "a")}]},
                [], {}, "x", 5, -0.0, float("nan"), {1: "int key"}, {"nested": [[[]]]}]
    for p in payloads:
        assert json_text(p) == json.dumps(p, ensure_ascii=False, indent=2)
    with pytest.raises(TypeError):  # what json.dumps refuses, json_text refuses too
        json_text({"a set": {1}})


def test_a_title_cut_to_its_column_ends_at_a_word_break61u():
    # trial break61u L6: the story list cut "… “kill without warning”" as "“kill without w…"
    from storylens.stream.render import _fit

    for title, width in (("Kazakhstan President Tokayev orders troops to “kill without warning”", 60),
                         ("Le président kazakh ordonne de tirer sans sommation sur les manifestants", 40),
                         ("Präsident Tokajew erteilt Schießbefehl gegen Demonstranten in Almaty", 45)):
        cell = _fit(title, width)
        assert len(cell) == width, cell
        shown = cell.rstrip()
        assert shown.endswith("…") and len(shown) <= width
        assert title.startswith(shown[:-1]) and title[len(shown) - 1] == " ", shown  # a whole word before "…"
    assert _fit("S-22574d6233", 12) == "S-22574d6233"  # what fits is left alone
    assert _fit("abcdefghijklmnop", 8) == "abcdefg…"  # one word longer than the column: cut at the column
