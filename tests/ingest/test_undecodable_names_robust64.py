"""Trial newuser63 H1: a file whose name is not UTF-8 (``caf\\xe9.txt`` in Latin-1) came out of the walk as a
``str`` with a lone surrogate, which the store, the reports and a UTF-8 terminal cannot write: ``ingest``
crashed with the whole batch lost, ``compare -o x.html`` crashed. Its name is now kept in one escaped form,
``\\xNN`` for each byte that is not UTF-8 (storylens._paths), everywhere a record names it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import storylens
from storylens.errors import InputError
from storylens.ingest import walk
from storylens.ingest.files import read_path
from storylens.models import Failure, RawDocument

TEXT = "Flood title\n\nHeavy rain flooded Valencia on Tuesday, and 12 people died, officials said.\n"


def _named(directory: Path, name: bytes, text: str = TEXT) -> str:
    """A file named by raw bytes in ``directory``; its path as Python gives it (os.fsdecode: lone surrogates)."""
    path = os.path.join(os.fsencode(directory), name)
    with open(path, "wb") as fh:
        fh.write(text.encode("utf-8"))
    return os.fsdecode(path)


def test_an_article_with_a_name_that_is_not_utf8_is_read_under_its_escaped_name(tmp_path):
    _named(tmp_path, b"caf\xe9.txt")
    _named(tmp_path, b"caf\xe8.txt", TEXT.replace("12", "13"))
    # only a name that is not UTF-8 changes form: one stored before keeps its source (re-ingest is a re-run);
    # a UTF-8 name with a backslash that reads as \xNN is written \x5c (break64r M1: test_names_one_to_one_robust64b)
    _named(tmp_path, "caf\\e7 \u00e9.txt".encode(), TEXT.replace("12", "14"))
    records = list(walk.iter_records([str(tmp_path)]))
    sources = [r.source for r in records if isinstance(r, RawDocument)]
    # three names, three sources: never one replacement character for two
    assert sources == [f"{tmp_path}/caf\\e7 \u00e9.txt", f"{tmp_path}/caf\\xe8.txt", f"{tmp_path}/caf\\xe9.txt"]
    for source in sources:
        source.encode("utf-8")  # what the store and the reports write


def test_a_failure_and_a_skip_name_the_file_in_the_same_form(tmp_path):
    empty = _named(tmp_path, b"vide\xff.txt", "")
    _named(tmp_path, b"notes\xff.md")
    records = list(walk.iter_records([str(tmp_path)]))
    failures = [(r.source, r.reason) for r in records if isinstance(r, Failure)]
    skips = [r.source for r in records if isinstance(r, walk.Skipped)]
    assert failures == [(f"{tmp_path}/vide\\xff.txt", "input is empty; pass a file with article text")]
    assert skips == [f"{tmp_path}/notes\\xff.md"]
    try:
        read_path(empty)
    except InputError as exc:
        assert str(exc) == f"{tmp_path}/vide\\xff.txt: input is empty; pass a file with article text"
    else:
        raise AssertionError("an empty file was read")


def test_the_cli_prints_a_path_it_was_given_in_the_same_form(tmp_path):
    """A path the CLI prints as given (here --db) comes out as the store keeps an input's name, in a locale
    whose streams are strict too (it was '\\udce9', or a UnicodeEncodeError after the work was done)."""
    db = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"nope\xe9.db"))
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict",
           "PYTHONPATH": str(Path(storylens.__file__).parents[1])}
    done = subprocess.run([sys.executable, "-m", "storylens", "stories", "--db", db], capture_output=True, env=env, check=False,
                          timeout=120)
    assert done.returncode == 2
    # the words since robust65: the path is refused as not UTF-8 before it is looked for (was "no article store
    # here; run 'storylens ingest PATH --db ...' first", which ingest then refused)
    assert done.stderr.decode("utf-8").startswith(f"storylens: error: {tmp_path}/nope\\xe9.db: the store's path is "
                                                  "not UTF-8")
