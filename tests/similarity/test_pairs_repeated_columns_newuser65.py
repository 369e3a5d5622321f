"""newuser65 M3: a pairs CSV whose header names a column twice (two blank cells a spreadsheet exported, "note"
twice) or names an output column ("error") kept only the last cell of that name and wrote it under both: data lost
without a word. Every input column now comes back as it was, under its own header name; a text or language
column named twice is refused in one line."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

A = "Heavy rain flooded Valencia on Tuesday and 12 people died, officials said."
B = "Floods in Valencia killed 12 people on Tuesday after heavy rain, officials said."


def _run(tmp_path, text: str):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_text(text, encoding="utf-8")
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--model", "fast"])
    return res.exit_code, list(csv.reader(io.StringIO(res.stdout))), res.stderr


@pytest.mark.parametrize("header, cells", [
    ("text1,text2,,", ["keep-me", "and-me"]),
    ("text1,text2,note,note", ["keep-me", "and-me"]),
    ("note,text1,text2,error", ["keep-me", None, None, "mine"]),
])
def test_every_input_cell_comes_back_under_its_name(tmp_path, fast, header, cells):
    names = header.split(",")
    values = []
    extra = iter(c for c in cells if c is not None)
    for name in names:
        values.append(A if name == "text1" else B if name == "text2" else next(extra))
    code, out, err = _run(tmp_path, header + "\n" + ",".join(f'"{v}"' for v in values) + "\n")
    assert code in (0, 1) and "missing column" not in err, err  # 1: a short pair is undecided, still written
    # an input column named like an output one is input_<name> (robust66: the header named "error" twice)
    assert out[0][: len(names)] == [f"input_{n}" if n == "error" else n for n in names]
    assert out[1][: len(names)] == values
    assert out[0][len(names):][-1] == "error" and out[1][-1] == ""  # the scores' own error column, empty


def test_a_text_column_named_twice_is_refused(tmp_path, fast):
    code, out, err = _run(tmp_path, f'text1,text2,text1\n"{A}","{B}","{A}"\n')
    assert code == 2 and out == []
    assert "the header names column text1 2 times; keep one text1 column" in err


def test_an_input_column_named_like_an_output_column_gets_its_own_name(tmp_path, fast):
    """robust66 LOW: an input column "overall" came back as "overall" beside the score's "overall": the header
    named it twice and a reader by name (csv.DictReader, pandas) took one for the other."""
    code, out, _ = _run(tmp_path, f'overall,text1,text2,input_overall\n"mine","{A}","{B}","also mine"\n')
    assert code in (0, 1)
    assert out[0][:4] == ["input_input_overall", "text1", "text2", "input_overall"]
    assert len(set(out[0])) == len(out[0])  # no name twice
    assert out[1][0] == "mine" and out[1][3] == "also mine"
