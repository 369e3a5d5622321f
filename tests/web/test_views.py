"""Fast tier: the web layer's pure parts (no store, no model): views, escaping, links, error mapping."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fastapi")

from storylens import errors
from storylens.web.problems import STATUS, status_for
from storylens.web.security import safe_url
from storylens.web.views import comparison_view, coverage_bar, diff_html, timeline_chart


def synthetic(n_docs: int) -> dict:
    docs: list[dict[str, Any]] = [{"id": f"d{i}", "source": f"s{i}.txt", "outlet": f"Outlet {i}", "title": None, "url": None,
             "language": "ar" if i == 2 else "en", "published": None,
             "sentences": [{"id": f"d{i}:s0", "text": f"Sentence <b>{i}</b> of document {i}."}]}
            for i in range(1, n_docs + 1)]
    claims: list[dict[str, Any]] = [{"id": "c1", "status": "shared", "text": "x", "docs": [d["id"] for d in docs], "details": {},
               "conflict": None, "evidence": [{"doc": d["id"], "sentence": f"{d['id']}:s0",
                                                "text": d["sentences"][0]["text"], "start": 0, "end": 8} for d in docs]}]
    return {"schema": "storylens.comparison/1", "documents": docs, "claims": claims, "similarity": {},
            "entities": [], "quotes": [], "framing": [], "timeline": [], "summary": [], "failures": []}


def test_many_sources_show_four_columns_and_a_picker():
    view = comparison_view(synthetic(12))
    assert [c["id"] for c in view["columns"]] == ["d1", "d2", "d3", "d4"]
    assert len(view["claims"][0]["coverage"]) == 12  # coverage dots for every source
    chosen = comparison_view(synthetic(12), ["d12", "d7", "nope"])
    assert [c["id"] for c in chosen["columns"]] == ["d7", "d12"]


def test_highlight_escapes_the_sentence_and_marks_the_claim():
    html = str(comparison_view(synthetic(2))["columns"][0]["sentences"][0]["html"])
    assert html.startswith('<mark class="shared" data-claim="c1"')
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_ledger_template_with_many_sources(tmp_path):
    from storylens.web.app import _templates

    macro = _templates(None).env.get_template("_ledger.html").module.ledger
    html = str(macro(comparison_view(synthetic(12)), "/stories/S-x"))
    assert html.count('<section class="col"') == 4
    assert html.count('name="docs"') == 12
    assert '<section class="col" id="doc-d2" lang="ar">' in html
    assert "<b>" not in html


def test_diff_keeps_only_its_own_markup():
    out = str(diff_html("said [-<script>-] {+fire+} now"))
    assert out == "said <del>&lt;script&gt;</del> <ins>fire</ins> now"


def test_coverage_bar_and_timeline():
    bar = coverage_bar({"en": 3, "de": 1})
    assert [(s["label"], s["pct"]) for s in bar] == [("en", 75.0), ("de", 25.0)]
    chart = timeline_chart([{"published": "2024-01-01", "language": "en"}, {"published": "2024-01-03", "language": "de"},
                            {"published": None, "language": "en"}])
    assert chart["max"] == 1 and chart["undated"] == 1 and len(chart["bars"]) == 2
    assert timeline_chart([{"published": None}])["bars"] == []


@pytest.mark.parametrize("url,ok", [("https://example.org/a", True), ("http://x.y", True), ("javascript:alert(1)", False),
                                    (" JAVASCRIPT:alert(1)", False), ("data:text/html,x", False), ("//evil", False),
                                    ("/local", False), (None, False), ("https://", False)])
def test_only_http_links(url, ok):
    assert (safe_url(url) is not None) is ok


def test_every_error_class_has_a_status():
    # A new direct child of StoryLensError needs its own row (400 "Bad request" is only the fallback).
    mapped = {cls for cls, _, _ in STATUS} - {errors.StoryLensError}
    classes = [getattr(errors, name) for name in errors.__all__ if name != "StoryLensError"]
    assert [c.__name__ for c in classes if not any(issubclass(c, m) for m in mapped)] == []
    assert status_for(errors.NotFoundError("x"))[0] == 404
    assert status_for(errors.TooLargeError("x"))[0] == 413
    assert status_for(errors.StoreBusyError("x"))[0] == 409
    assert status_for(errors.EmptyInputError("x"))[0] == 422
    assert status_for(errors.InputError("x"))[0] == 400


def test_shared_claims_carry_their_strength_as_the_reports_say_it():
    comp = synthetic(2)  # d1 in English, d2 in Arabic: a cross-lingual claim
    comp["claims"][0]["confidence"] = 0.30
    weak = comparison_view(comp)["claims"][0]["strength"]
    comp["claims"][0]["confidence"] = 0.99
    sure = comparison_view(comp)["claims"][0]["strength"]
    assert (weak, sure) == ("weak match 0.30", "match 0.99")
    comp["claims"][0]["status"] = "unique"
    assert comparison_view(comp)["claims"][0]["strength"] is None


def test_ledger_template_shows_an_update_and_two_speakers_of_one_quotation():
    """trial49 F10/F21 on the web page as in the reports: "Versions: d2 updates d1" with its changes, and
    "same words, different speakers" on the quote match."""
    from storylens.web.app import _templates

    comp = synthetic(2)
    comp["updates"] = [{"older": "d1", "newer": "d2", "changes": ["aircraft: 14 → 18", "headline: “<i>a</i>” → “b”"]}]
    comp["quotes"] = [
        {"id": "q1", "doc": "d1", "sentence": "d1:s0", "text": "We will decide", "speaker": "Radoslaw Sikorski",
         "matches": [{"quote": "q2", "score": 0.66, "diff": None, "other_speaker": "Donald Tusk"}]},
        {"id": "q2", "doc": "d2", "sentence": "d2:s0", "text": "Wir werden entscheiden", "speaker": "Donald Tusk",
         "matches": [{"quote": "q1", "score": 0.66, "diff": None, "other_speaker": "Radoslaw Sikorski"}]}]
    macro = _templates(None).env.get_template("_ledger.html").module.ledger
    html = str(macro(comparison_view(comp)))
    assert "Versions: d2 updates d1 (Outlet 2)" in html and "<li dir=\"auto\">aircraft: 14 → 18</li>" in html
    assert "&lt;i&gt;a&lt;/i&gt;" in html
    assert "same words, different speakers: Radoslaw Sikorski / Donald Tusk" in html
    assert "Versions:" not in str(macro(comparison_view(synthetic(2))))
