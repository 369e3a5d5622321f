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


def test_one_long_word_or_a_url_is_no_article_but_a_chinese_sentence_is(any_store, embedder, tmp_path):
    # the final trial of stop 26: a 40-letter compound and a bare URL each became a story
    chinese = "意大利北部两列火车周二相撞，造成十一人死亡、六十四人受伤。"
    rows = [{"id": "w", "text": "Eisenbahnunglücksuntersuchungskommission"},
            {"id": "u", "text": "https://example.org/2025/03/03/train-crash-brescia"},
            {"id": "b", "text": "Breaking news"}, {"id": "z", "text": chinese, "language": "zh"}]
    path = tmp_path / "short.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = stream.ingest_paths([str(path)], any_store, embedder=embedder)
    assert [f.source for f in report.failed] == [f"{path}#{i}" for i in (1, 2, 3)]
    assert len(report.added) == 1
