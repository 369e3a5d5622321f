"""newuser64 LOW: `similarity --pairs` refused the whole CSV for one Latin-1 byte in one row. As a row with a
broken quote or an empty text, that row now fails alone (its line and byte named, the fix given in its error
column, its cells kept with the byte as \\xNN) and the others are scored, exit 1; a header that is not UTF-8 is
the file's one error (no row can be read by columns it cannot name), exit 2."""

from __future__ import annotations

import csv

import pytest
from typer.testing import CliRunner

from .test_pairs_rows import A, B


def test_a_row_that_is_not_utf8_fails_alone(tmp_path, fast):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes(("id,text1,text2\n"
                       f'1,"{A}","{B}"\n'
                       f'2,"Caf\xe9 {A}","{B}"\n'
                       f'3,"{B}","{A}"\n').encode().replace("Caf\xe9".encode(), b"Caf\xe9"))
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs), "--fast"])
    assert res.exit_code == 1, res.output
    out = list(csv.DictReader(res.stdout.splitlines()))
    assert [r["id"] for r in out] == ["1", "2", "3"]
    assert out[0]["overall"] and out[2]["overall"] and not out[0]["error"] and not out[2]["error"]
    assert out[1]["error"] == "line 3 is not UTF-8 (byte 0xE9); save the CSV as UTF-8" and out[1]["overall"] == ""
    assert out[1]["text1"].startswith("Caf\\xe9 Storm hits Berlin.")  # kept, the byte written as it is named
    assert "scored 2 of 3 pairs, 1 failed (see the error column): row 2: line 3 is not UTF-8" in res.stderr


def test_a_header_that_is_not_utf8_is_the_files_error(tmp_path):
    from storylens import cli

    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes(b"text1,text2,r\xe9f\n" + f'"{A}","{B}",1\n'.encode())
    res = CliRunner().invoke(cli.app, ["similarity", "--pairs", str(pairs)])
    assert res.exit_code == 2
    assert res.output == (f"storylens: error: {pairs}: the header line is not UTF-8 (byte 0xE9); save the CSV as "
                          "UTF-8\n")


@pytest.mark.parametrize(("before", "line"), [
    (b"\n\n", 5),  # blank lines the csv reader passes over before the row (break65r p5: 'line 3')
    (b"", 3),
])
def test_the_line_named_is_the_bytes_own(tmp_path, before, line):
    from storylens.similarity._inputs import _ROW_ERROR, read_pairs_csv

    pairs = tmp_path / "pairs.csv"
    pairs.write_bytes(b"text1,text2\n" + f'"{A}","{B}"\n'.encode() + before + b'"Caf\xe9 x","y"\n'
                      + b'"a\nCaf\xe9\nb","c"\n')
    _, rows = read_pairs_csv(pairs)
    assert rows[1][_ROW_ERROR] == f"line {line} is not UTF-8 (byte 0xE9); save the CSV as UTF-8"
    # a quoted cell over three lines, the byte on its second: that line, not the row's first
    assert rows[2][_ROW_ERROR].startswith(f"line {line + 2} is not UTF-8")
