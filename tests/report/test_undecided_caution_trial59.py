"""Two documents given no verdict are aligned as asked, with a caution (trial59 F5).

Two floods, in Turkey and in Spain, in a language the sentence encoder does not read: "NO VERDICT (overall 0.04)",
then "Shared claims (3)" at match 1.00 without a word of caution, where two documents judged different stories had
one. Every format and the web ledger now say that a shared claim or a disagreement may be two events' alike
sentences; a same-story pair and a different-stories pair with no conflict get nothing.
"""

from __future__ import annotations

import html

import pytest

from storylens.models import Claim, Comparison, Evidence, RawDocument, Similarity
from storylens.report import comparison_to_dict, different_stories_note, render
from storylens.report.compare import prepare_document
from storylens.web.views import comparison_view

A = "Seven people died in a flood in Bozkurt on Wednesday, the governor said.\n\nSchools were closed in the town."
B = "Three people died in a flood in Alzira on Monday, the regional government said.\n\nSchools were closed there."
NOTE = "No verdict on whether the two documents report one story"


def _comparison(same_story, status: str = "shared") -> Comparison:
    docs = [prepare_document(RawDocument(f"d{i}.txt", t), f"d{i}") for i, t in enumerate((A, B), 1)]
    s1, s2 = docs[0].sentences[-1], docs[1].sentences[-1]
    claim = Claim("c1", status, s1.text, (Evidence("d1", s1.id, s1.text), Evidence("d2", s2.id, s2.text)),
                  confidence=1.0, docs=("d1", "d2"))
    sim = Similarity(same_story, None if same_story is None else 0.9, {}, undecided="too little to judge"
                     if same_story is None else None)
    return Comparison(documents=tuple(docs), similarity=sim, claims=(claim,))


@pytest.mark.parametrize("fmt", ["terminal", "markdown", "html"])
def test_no_verdict_cautions_over_a_shared_claim(fmt):
    assert NOTE in html.unescape(render(_comparison(None), fmt))


def test_the_web_ledger_says_it_too():
    assert comparison_view(comparison_to_dict(_comparison(None)))["caution"].startswith(NOTE)
    assert comparison_view(comparison_to_dict(_comparison(True)))["caution"] is None


def test_no_caution_when_one_story_or_different_without_conflict():
    assert different_stories_note(_comparison(True)) is None
    assert different_stories_note(_comparison(False)) is None  # a shared claim of two stories: set aside elsewhere
    assert different_stories_note(_comparison(False, "conflicting")).startswith("The two documents are judged")
