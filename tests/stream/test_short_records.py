"""A record with too little text to judge is a failed record with its reason, not an article and a
story of its own (trial 14: ``{"id":"x2","text":"Short."}``)."""

from __future__ import annotations

import json

from storylens import stream


def test_a_one_word_record_fails_with_a_reason(any_store, embedder, tmp_path):
    body = ("Der Regionalzug ist am Dienstag bei Desenzano del Garda auf einen Güterzug aufgefahren;"
            " elf Menschen starben, 64 wurden verletzt.")
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in [{"id": "x2", "text": "Short."}, {"id": "x3", "text": body}]),
                    encoding="utf-8")
    report = stream.ingest_paths([str(path)], any_store, embedder=embedder)
    assert len(report.added) == 1 and report.new_stories == 1
    assert [f.source for f in report.failed] == [f"{path}#1"]
    assert "too little text" in str(report.failed[0])
