"""A script is not an article (newuser78 L6): `ingest DIR` stored a '.sh' file as an article titled "#!/bin/sh" while
it skipped '.py' and '.json', and `compare` took it silently. Skipped in a folder with a line naming it, by its
suffix as a '.py' is, or by its '#!' first line whatever its name; named as an input, refused in a line."""

from __future__ import annotations

import pytest

from storylens.errors import InputError
from storylens.ingest import read_path
from storylens.ingest.files import is_script
from storylens.ingest.walk import Skipped, iter_records
from storylens.models import Failure, RawDocument

SCRIPT = '#!/bin/sh\necho "A fire destroyed a warehouse in Berlin on Thursday night, police said."\nexit 0\n'
ARTICLE = "A fire destroyed a warehouse in Berlin on Thursday night, police said.\n"


@pytest.mark.parametrize("name", ["run.sh", "deploy.bash", "build.ps1", "fetch", "notes.txt"])
def test_a_script_in_a_folder_is_skipped_with_a_line(tmp_path, name):
    (tmp_path / name).write_text(SCRIPT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    records = list(iter_records([tmp_path]))
    skipped = [r for r in records if isinstance(r, Skipped)]
    assert [s.source for s in skipped] == [str(tmp_path / name)]
    assert "not an article" in skipped[0].reason or "not articles" in skipped[0].reason
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(tmp_path / "a.txt")]


def test_a_script_named_as_an_input_is_refused(tmp_path):
    path = tmp_path / "run.txt"
    path.write_text(SCRIPT, encoding="utf-8")
    (record,) = list(iter_records([path]))
    assert isinstance(record, Failure) and "script" in record.reason
    with pytest.raises(InputError, match="script"):
        read_path(path)  # compare's reader


def test_a_hash_bang_word_is_no_script(tmp_path):
    assert is_script(b"#!/usr/bin/env python3\n") and is_script(b"\xef\xbb\xbf#! /bin/bash\n")
    assert not is_script(b"#!wow A fire destroyed a warehouse\n") and not is_script(b"# A heading\n")
    path = tmp_path / "a.txt"
    path.write_text("#!wow " + ARTICLE, encoding="utf-8")
    assert read_path(path).text.startswith("#!wow")


def test_a_path_that_is_no_interpreter_is_text_and_so_are_pl_and_ts_names(tmp_path):
    # robust78's tester: a post opening "#!/r/worldnews: ..." was skipped as a script, and articles saved as
    # "onet.pl" or "story.ts" were skipped by their suffix
    assert not is_script(b"#!/r/worldnews: Flooding in Jakarta\n") and is_script(b"#!/usr/local/bin/node\n")
    for name in ("post.txt", "onet.pl", "story.ts"):
        (tmp_path / name).write_text(("#!/r/worldnews: " if name == "post.txt" else "") + ARTICLE, encoding="utf-8")
    records = list(iter_records([tmp_path]))
    assert sorted(r.source for r in records if isinstance(r, RawDocument)) == sorted(
        str(tmp_path / n) for n in ("onet.pl", "post.txt", "story.ts"))
