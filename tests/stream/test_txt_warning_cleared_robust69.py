"""break65r3 (robust69): a fixed plain .txt file re-ingested kept the warning its first reading recorded. Only a
re-read stating metadata (a WARC record's URL, a JSONL line's id) was compared with the stored article, and a .txt
file states none, so a UTF-8 text with one cp1252 byte pasted in, re-saved as clean UTF-8 (the same text), said
'1 byte that were not valid UTF-8' for good. Every input
kind now clears its own warnings the same way; the text's own notes and a copy from another file clear nothing."""

from __future__ import annotations

from storylens import stream
from storylens.embed import HashingEmbedder
from storylens.store import open_store

TEXT = ("Die Feuerwehr löschte am Dienstag einen Brand in der Altstadt von Köln, teilte die Polizei mit. "
        "Verletzt wurde niemand, die Straße blieb bis zum Abend gesperrt, sagte ein Sprecher der Stadt.")


def _warnings(store):
    [article] = store.articles()
    return article.metadata.get("warnings", []), article.metadata.get("warnings_cleared")


def test_a_fixed_txt_file_clears_its_encoding_warning(tmp_path):
    path = tmp_path / "koeln.txt"
    head, tail = TEXT.split("Köln")
    path.write_bytes(head.encode() + "Köln".encode("cp1252") + tail.encode())  # one byte of another code page
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([path], store, embedder=HashingEmbedder())
        warnings, _ = _warnings(store)
        guessed = [w for w in warnings if "not valid UTF-8" in w]
        assert guessed  # the reading this test relies on
        copy = tmp_path / "copy.txt"
        copy.write_text(TEXT, encoding="utf-8")
        stream.ingest_paths([copy], store, embedder=HashingEmbedder())  # another file: clears nothing
        assert _warnings(store) == (warnings, None)
        path.write_text(TEXT, encoding="utf-8")  # the fix the warning asks for
        report = stream.ingest_paths([path], store, embedder=HashingEmbedder())
        assert report.already_stored == 1
        kept, cleared = _warnings(store)
        assert not [w for w in kept if "not valid UTF-8" in w]
        assert cleared == [{"source": str(path), "warnings": guessed}]
        stream.ingest_paths([path], store, embedder=HashingEmbedder())  # a re-run records nothing new
        assert _warnings(store) == (kept, cleared)
