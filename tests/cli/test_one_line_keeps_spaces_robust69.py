"""break68r (robust69): one_line, which keeps every error on one line, squeezed every run of white space, so a file
named 'two  spaces.txt' was shown as 'two spaces.txt' (a name that does not exist) and a quote's double space was
lost. Only layout (line breaks, tabs) is squeezed now; the text's own spaces are shown as written."""

from __future__ import annotations

from typer.testing import CliRunner

from storylens.cli import app, one_line

from ..conftest import CNN_SEED


def test_layout_is_one_space_and_own_spaces_are_kept():
    assert one_line("\n  cannot read\n\t  the file  'a  b.txt'\r\n") == "cannot read the file  'a  b.txt'"
    assert one_line("x" * 50 + "\n\n" + "y" * 50, 21) == "x" * 10 + "…" + "y" * 10


def test_a_file_name_with_two_spaces_is_shown_as_written(tmp_path):
    path = tmp_path / "two  spaces.txt"
    path.write_text("   \n")
    result = CliRunner().invoke(app, ["compare", str(CNN_SEED), str(path)])
    assert result.exit_code == 2
    [line] = result.stderr.strip().splitlines()
    assert str(path) in line, line


def test_a_long_run_of_spaces_is_read_once():
    # robust69b M1 (break69r O3): the layout pattern backtracked over every start of a run of spaces, 16 CPU-s for
    # these 120,000 (the test takes milliseconds now; it has no timed assert)
    text = "a" + " " * 60_000 + "b\n" + " " * 60_000 + "c"
    assert one_line(text, 10**6) == "a" + " " * 60_000 + "b c"


def test_separators_split_took_are_squeezed():
    # robust69b L3 (break69r O4): str.split squeezed the unit separator as white space; one_line showed it raw
    assert one_line("cannot read\x1fthe file\x1c") == "cannot read the file"
