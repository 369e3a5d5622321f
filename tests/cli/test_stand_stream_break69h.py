"""break69h M1: one rule for an update stamp ("Stand:", "Aktualisiert", "Updated", "Mis à jour", "Actualizado") in
compare and in the stream. compare leaves a page whose only date is such a stamp undated, with a warning line; the
stream dated it by the stamp (``published=p.doc.published or moment[:10]``), and a lone "Stand:" line over its date's
line lost that date (the date line was removed as a "header", not a "stamp"). Now ``storylens ingest`` stores such a
page undated (no ``published``, no ``published_at``), keeps the stamp's moment as ``metadata["stamp_at"]`` (the
versions' order reads it; the store has no update column) and the warning line in ``metadata["warnings"]``."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.embed import HashingEmbedder
from storylens.store import open_store

TITLE = "Schulen öffnen am Montag wieder"
BODY = ("Die Stadt teilte am Freitag mit, die Schulen in Ulm würden nach dem Sturm wieder öffnen.\n\n"
        "Die Reparaturen an den Dächern dauern nach Angaben der Verwaltung eine Woche, hieß es.")
EN_BODY = ("The city said on Friday that schools in Leeds would reopen after the storm.\n\n"
           "Repairs to the roofs will take a week, officials said.")


@pytest.mark.parametrize("text", [
    f"{TITLE}\nStand: 14.03.2026 10:15 Uhr\n\n{BODY}",  # inline, under the headline
    f"{TITLE}\nStand:\n14.03.2026 10:15 Uhr\n\n{BODY}",  # the lone label over its date's line
    f"Stand:\n14.03.2026 10:15 Uhr\n{TITLE}\n\n{BODY}",  # the lone label opening the page
    f"{TITLE}\n\n{BODY}\n\nStand: 14.03.2026 10:15 Uhr",  # closing the page (tagesschau)
    f"{TITLE}\nAktualisiert am 14. März 2026, 10:15 Uhr\n\n{BODY}",
    f"Schools to reopen Monday\nUpdated:\n14 March 2026 10:15\n\n{EN_BODY}",
], ids=["stand-inline", "stand-lone", "stand-lone-top", "stand-footer", "aktualisiert", "updated-lone"])
def test_an_update_stamp_alone_leaves_the_stored_article_undated(tmp_path, monkeypatch, text):
    monkeypatch.setattr("storylens.embed.get_default_embedder", lambda cache=True: HashingEmbedder())
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    db = str(tmp_path / "s.db")
    result = CliRunner().invoke(app, ["ingest", str(path), "--db", db])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        [article] = store.articles()
    assert (article.published, article.published_at) == (None, None)
    assert article.metadata["stamp_at"] == "2026-03-14T10:15:00"
    assert [w for w in article.metadata["warnings"] if w.startswith("date: the text gives only an update time "
                                                                   "(2026-03-14), not when it was published")]

