"""gzip71: `storylens ingest` kept the note on a text that holds its article twice (prepare._repeats) in the record
only, where `compare` says it in a line: ingest now says it per article, as its other per-article notes (one
'storylens: warning: SOURCE: repeated text: ...' line each, 20 at most and a count of the rest)."""

from __future__ import annotations

from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder

from ..conftest import CNN_SEED

ARTICLE = CNN_SEED.read_text(encoding="utf-8")


def _ingest(tmp_path, monkeypatch, *paths) -> list[str]:
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    result = CliRunner().invoke(app, ["ingest", *map(str, paths), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def test_a_text_holding_its_article_twice_is_said_by_ingest(tmp_path, monkeypatch):
    twice, once = tmp_path / "twice.txt", tmp_path / "once.txt"
    twice.write_text(ARTICLE + "\n\n" + ARTICLE, encoding="utf-8")
    once.write_text(ARTICLE.replace("CNN", "CNN Wire"), encoding="utf-8")  # the same story once: no note
    lines = _ingest(tmp_path, monkeypatch, twice, once)
    said = [line for line in lines if "repeated text: " in line]
    assert len(said) == 1
    assert said[0].startswith(f"storylens: warning: {twice}: repeated text: ")
    assert "(the article given twice?): read once" in said[0]


def test_many_such_texts_are_counted_not_listed(tmp_path, monkeypatch):
    paths = []
    for i in range(23):
        path = tmp_path / f"t{i:02d}.txt"
        path.write_text(ARTICLE + "\n\n" + ARTICLE + f"\n\nFiled as copy {i} of the story.", encoding="utf-8")
        paths.append(path)
    lines = _ingest(tmp_path, monkeypatch, *paths)
    assert len([line for line in lines if "repeated text: " in line]) == 20
    assert "  ... and 3 more warnings like these" in lines
