"""The story list as a terminal table: text, never markup; aligned; cut to the width."""

from __future__ import annotations

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
