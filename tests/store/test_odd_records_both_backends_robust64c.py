"""break64r2 H1, H2, M2, M3 on both backends: one JSONL record (or a Python caller's record) with a value the
store cannot write (NaN, Infinity, 1e400, a NUL) or the pipeline cannot read (an outlet that is a number) lost
the whole batch: PostgreSQL refused NaN and NUL ('invalid input syntax for type json'), SQLite stored a bare NaN
(invalid JSON), and a numeric outlet raised AttributeError in originals_first on both. Now the readers drop
non-finite numbers and remove NULs with a warning, a mistyped field fails that record in one line, and both
backends store the same."""

from __future__ import annotations

import json

from storylens import stream
from storylens.models import RawDocument

TEXTS = {
    "Valencia": "Heavy rain flooded Valencia on Tuesday, and 12 people died, officials said after the storm.",
    "Lisbon": "A fire burnt three warehouses in the port of Lisbon overnight; firefighters fought it for hours.",
    "Porto": "Porto's council approved a new tram line to the airport, costing 300 million euros, on Monday.",
    "Seville": "Striking teachers marched through Seville demanding higher pay and smaller classes this week.",
    "Madrid": "The central bank in Madrid raised its growth forecast to 2.1 percent, citing strong tourism.",
    "Bilbao": "A cargo ship ran aground near Bilbao harbour after its engine failed in a gale on Sunday.",
    "Cadiz": "Fishermen in Cadiz protested against new quotas that halve the catch of tuna next season.",
}


def _text(place: str) -> str:
    return TEXTS[place]


def test_a_jsonl_batch_with_odd_values_stores_the_others_on_both_backends(any_store, tmp_path, hashing_embedder):
    lines = [json.dumps({"text": _text("Valencia"), "id": "good"}),
             '{"text": ' + json.dumps(_text("Lisbon")) + ', "published": NaN, "id": "nan"}',
             '{"text": ' + json.dumps(_text("Porto")) + ', "published": 1e400, "score": [1, Infinity], "id": "inf"}',
             json.dumps({"text": _text("Seville"), "title": "Flood\u0000 in Seville", "id": "n\u0000ul",
                         "url": "http://e.x/\u00001"}),
             json.dumps({"text": _text("Madrid"), "outlet": 3.5}),
             json.dumps({"text": _text("Bilbao"), "title": 2024})]
    path = tmp_path / "odd.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = stream.ingest_paths([str(path)], any_store, embedder=hashing_embedder)
    stored = {a.metadata.get("external_id"): a for a in any_store.articles(list(report.added))}
    assert sorted(stored) == ["good", "inf", "nan", "nul"]
    assert "published" not in stored["nan"].metadata and "published_raw" not in stored["nan"].metadata
    assert stored["nan"].metadata["warnings"][0] == ("a number that is not finite (NaN, Infinity, or beyond "
                                                     "1.8e308) dropped from 'published'")
    assert stored["inf"].metadata["score"] == [1]
    assert stored["inf"].metadata["warnings"][0].endswith("dropped from 'published', 'score'")
    assert (stored["nul"].metadata["title"], stored["nul"].metadata["url"]) == ("Flood in Seville", "http://e.x/1")
    assert "3 NUL characters (U+0000) removed" in stored["nul"].metadata["warnings"]
    assert sorted((f.source.rsplit("#")[1], f.reason) for f in report.failed) == [
        ("5", "'outlet' must be a string (got a number); write it in quotes or remove the field"),
        ("6", "'title' must be a string (got a number); write it in quotes or remove the field")]


def test_a_python_callers_record_the_store_cannot_write_fails_alone_on_both_backends(any_store, hashing_embedder):
    docs = [RawDocument("a.txt", _text("Valencia")),
            RawDocument("nan.txt", _text("Lisbon"), metadata={"published_score": float("nan")}),
            RawDocument("bytes.txt", _text("Porto"), metadata={"raw": b"\xff"}),
            RawDocument("nul.txt", _text("Seville"), metadata={"title": "T\u0000x"}),
            RawDocument("nultext.txt", _text("Bilbao") + " A\u0000B."),
            RawDocument("outlet.txt", _text("Madrid"), metadata={"outlet": 5}),
            RawDocument("c.txt", _text("Cadiz"), metadata={"outlet": None, "title": "Quotas"})]
    report = stream.ingest(docs, any_store, embedder=hashing_embedder)
    assert sorted(a.source for a in any_store.articles(list(report.added))) == ["a.txt", "c.txt"]
    reasons = {f.source: f.reason for f in report.failed}
    assert reasons["nan.txt"].startswith("the record's metadata holds a number that is not finite (NaN or Infinity)")
    assert reasons["bytes.txt"].startswith("the record's metadata holds a value JSON has no form for (")
    assert reasons["nul.txt"] == ("the record's metadata holds a NUL character (U+0000), which the store cannot "
                                  "write; remove it and pass the record again")
    assert reasons["nultext.txt"].startswith("the record's text holds a NUL character")
    assert reasons["outlet.txt"] == ("the record's metadata: 'outlet' must be a string (got a number); write it "
                                     "in quotes or remove the field")
    assert sorted(f.source for f in any_store.failures()) == sorted(reasons)
