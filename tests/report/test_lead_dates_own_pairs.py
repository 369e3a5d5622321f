"""A claim's date conflict comes from the sentences that carry it (break56b F2).

Four reports of one Air France strike (tests/data/break56b/x_*.txt, en Reuters and AP, de dpa, fr AFP) all say the
flights were cancelled on Friday and the talks broke down on Thursday evening. ``compare`` marked 3 of 5 claims
"conflicting": "on Friday vs am Donnerstagabend" on the cancellations, on the losses (no date at all) and on the
talks. :func:`_split_lead_dates` set each report's first dated sentence against the other's, although the aligner had
put each with its own dated counterpart ("cancelled 400 flights on Friday" with "strich am Freitag 400 Flüge"), and
gave the note to the claim of the undated half of a lead cut in two units. The same kind, written for this fix: an
Italian rail strike in en/es/de with "am 05.01." / "am 06.01." (r_*.txt), and in en/de/fr with "yesterday" /
"gestern" / "hier" a day later (y_*.txt). A real disagreement ("am Samstag 400 Flüge") is still found."""

from __future__ import annotations

from pathlib import Path

import pytest

import storylens
from storylens.models import Claim, Document, Evidence, Sentence
from storylens.report.pipeline import _Measures, _split_lead_dates

DATA = Path(__file__).parents[1] / "data" / "break56b"


def _date_notes(result) -> list[tuple[str, str]]:
    return [(c.id, c.conflict) for c in result.claims if c.conflict and "date:" in c.conflict]


@pytest.mark.parametrize("names", [
    ["x_en1.txt", "x_en2.txt", "x_de.txt", "x_fr.txt"],
    ["x_en2.txt", "x_de.txt"],
    ["x_de.txt", "x_fr.txt"],
    ["r_en.txt", "r_es.txt", "r_de.txt"],
    ["y_en.txt", "y_de.txt", "y_fr.txt"],
])
def test_leads_that_date_two_events_make_no_date_conflict(embedder, names):
    result = storylens.compare([DATA / n for n in names], embedder=embedder)
    assert result.similarity.same_story
    assert _date_notes(result) == []


def test_a_day_the_claims_own_sentences_disagree_on_is_still_a_conflict(embedder):
    result = storylens.compare([DATA / "x_en2.txt", DATA / "x_de_saturday.txt"], embedder=embedder)
    notes = _date_notes(result)
    assert len(notes) == 1 and "on Friday" in notes[0][1] and "am Samstag" in notes[0][1]
    assert "Donnerstagabend" not in notes[0][1]  # the talks' day is no day of the cancellations


# The same two reports as claims built by hand: the cross-over the rule looks for (each lead in a claim that holds the
# other report's sentence next to its lead), but each lead sits with a sentence of the other report of its own day.
EN = ("Air France pilots walk out",
      "Air France cancelled 400 flights on Friday as its pilots started a three-day walkout over wages.",
      "Talks between the union and management collapsed on Thursday night.")
DE = ("Pilotenstreik bei Air France",
      "Air France rechnet wegen des dreitägigen Pilotenstreiks mit Verlusten von 60 Millionen Euro.",
      "Die Gewerkschaft erklärte die Verhandlungen am Donnerstagabend für gescheitert.",
      "Die Fluggesellschaft strich am Freitag 400 Flüge.")
PUB = "2026-07-03"


def _doc(doc: str, lang: str, texts: tuple[str, ...]) -> Document:
    sentences = tuple(Sentence(f"{doc}:s{k}", t, 0, len(t), language=lang) for k, t in enumerate(texts))
    return Document(doc, f"{doc}.txt", "\n".join(texts), sentences, published=PUB, language=lang)


def _claim(cid: str, *members: tuple[str, int, str]) -> Claim:
    evidence = tuple(Evidence(doc, f"{doc}:s{k}", text, 0, len(text)) for doc, k, text in members)
    docs = tuple(dict.fromkeys(doc for doc, _, _ in members))
    return Claim(cid, "shared" if len(docs) > 1 else "unique", evidence[0].text, evidence, docs=docs)


def _run(claims: list[Claim]) -> list[Claim]:
    return _split_lead_dates(claims, [_doc("d1", "en", EN), _doc("d2", "de", DE)], _Measures({"d1": PUB, "d2": PUB}), {})


def test_each_lead_beside_its_own_dated_counterpart_is_no_split_lead():
    claims = [_claim("c1", ("d1", 0, EN[0]), ("d2", 0, DE[0])),
              _claim("c2", ("d1", 1, EN[1]), ("d2", 3, DE[3])),  # Friday with Freitag
              _claim("c3", ("d1", 2, EN[2]), ("d2", 2, DE[2])),  # Thursday night with Donnerstagabend
              _claim("c4", ("d2", 1, DE[1]))]
    assert [c.status for c in _run(claims)] == ["shared", "shared", "shared", "unique"]


def test_a_lead_beside_an_undated_neighbour_is_still_compared():
    # trial 14's kind: each lead sits with the other report's undated neighbour of its lead, so the two days
    # were never set against each other by the claims' own pairs
    en = (EN[0], EN[1], "The airline expects losses of 60 million euros.")
    de = (DE[0], "Air France strich am Samstag 400 Flüge.", "Die Gesellschaft rechnet mit Verlusten von 60 Millionen Euro.")
    claims = [_claim("c1", ("d1", 0, en[0]), ("d2", 0, de[0])),
              _claim("c2", ("d1", 1, en[1]), ("d2", 2, de[2])),
              _claim("c3", ("d1", 2, en[2]), ("d2", 1, de[1]))]
    docs = [_doc("d1", "en", en), _doc("d2", "de", de)]
    out = _split_lead_dates(claims, docs, _Measures({"d1": PUB, "d2": PUB}), {})
    assert out[1].status == "conflicting" and "on Friday" in (out[1].conflict or "") and "am Samstag" in (out[1].conflict or "")


def test_the_conflict_goes_to_the_claim_of_the_dated_part_of_a_lead():
    # the English lead cut in two units: its dated half with the German Friday sentence, its undated half (the loss)
    # with the German loss sentence; the German lead (the talks, Thursday) with the English talks sentence
    head, tail = "Air France cancelled 400 flights on Friday as pilots began a three-day strike over pay,", \
        "and the airline said it expected losses of 60 million euros."
    en = ("Airline strike grounds flights", f"{head} {tail}", "The union said talks had broken down on Thursday evening.")
    docs = [_doc("d1", "en", en), _doc("d2", "de", DE)]
    claims = [_claim("c1", ("d1", 0, en[0]), ("d2", 0, DE[0])),
              Claim("c2", "shared", head, (Evidence("d1", "d1:s1", head, 0, len(head)), Evidence("d2", "d2:s3", DE[3])),
                    docs=("d1", "d2")),
              Claim("c3", "shared", tail, (Evidence("d1", "d1:s1", tail, len(head) + 1, len(en[1])),
                                           Evidence("d2", "d2:s1", DE[1])), docs=("d1", "d2")),
              _claim("c4", ("d1", 2, en[2]), ("d2", 2, DE[2]))]
    out = _split_lead_dates(claims, docs, _Measures({"d1": PUB, "d2": PUB}), {})
    assert [c.status for c in out] == ["shared", "shared", "shared", "shared"]
