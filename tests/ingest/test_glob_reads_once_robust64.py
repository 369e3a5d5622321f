"""Trial M3: ``storylens ingest 'news/**'`` matched news, each directory below it and each file, and read a file
once per directory above it (each walked whole) and once itself: its lines printed as often. Each file is read
once. Trial M2: a directory that cannot be listed under a pattern without ``**`` (``'news/*/*.txt'``) was passed
over without a line (glob passes over it); it is named once, as under ``**``."""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.ingest import walk
from storylens.models import Failure, RawDocument

from ._denied import deny_listing


def _news(tmp_path: Path) -> Path:
    news = tmp_path / "news"
    (news / "2025" / "01").mkdir(parents=True)
    (news / "a.txt").write_text("Ankara, Tuesday. The council met in the capital.", encoding="utf-8")
    (news / "2025" / "b.txt").write_text("Lyon, mardi. Le conseil s'est réuni à la mairie.", encoding="utf-8")
    (news / "2025" / "01" / "c.txt").write_text("", encoding="utf-8")  # a failed input: its line once too
    return news


@pytest.mark.parametrize("pattern", ["**", "**/*"])
def test_each_file_under_a_pattern_matching_its_directories_is_read_once(tmp_path, pattern):
    news = _news(tmp_path)
    records = list(walk.iter_records([str(news / pattern)]))
    assert sorted(r.source for r in records if isinstance(r, RawDocument)) == [
        str(news / "2025" / "b.txt"), str(news / "a.txt")]
    assert [r.source for r in records if isinstance(r, Failure)] == [str(news / "2025" / "01" / "c.txt")]


def test_a_directory_a_pattern_without_double_star_cannot_list_is_named_once(tmp_path, monkeypatch):
    """The tests run as root, where mode 000 still lists: os.listdir and os.scandir fail for it as for a user."""
    news = _news(tmp_path)
    locked = news / "locked"
    locked.mkdir()
    (locked / "d.txt").write_text("Porto, quarta-feira. O conselho reuniu-se.", encoding="utf-8")

    deny_listing(monkeypatch, locked)
    records = list(walk.iter_records([str(news / "*" / "*.txt")]))
    assert [r.source for r in records if isinstance(r, RawDocument)] == [str(news / "2025" / "b.txt")]
    assert [(r.source, getattr(r, "reason", "")) for r in records if not isinstance(r, RawDocument)] == [
        (str(locked), "permission denied; make the directory readable")]
