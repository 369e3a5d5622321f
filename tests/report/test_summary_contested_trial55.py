"""trial55 F2: the summary ("sentences shared by the sources") never states one side of a contradiction as agreed fact:
a conflicting claim is not cited, nor is a shared claim from a sentence that holds one side of a conflict (cited from
another source's sentence when it has one), nor a shared claim whose figures differ unjudged."""

from __future__ import annotations

from storylens.models import NOUNS_NOT_JUDGED, Claim, Evidence
from storylens.report.pipeline import summarise

from ..analysis._docs import doc_of

EN = ["Typhoon Yagi slams into China's Hainan, killing three.", "About 830,000 people had been moved to safety.",
      "Both airports reopened on Saturday morning.", "Six tugboats took part in the operation."]
DE = ["Taifun Yagi trifft Hainan, vier Tote.", "Rund 830.000 Menschen wurden in Sicherheit gebracht.",
      "Beide Flughäfen bleiben weiterhin geschlossen.", "Acht Schlepper waren im Einsatz."]


def _ev(doc: str, i: int, texts: list[str]) -> Evidence:
    return Evidence(doc, f"{doc}:s{i}", texts[i])


def _claims() -> list[Claim]:
    return [
        Claim("c1", "conflicting", EN[0], (_ev("d1", 0, EN), _ev("d2", 0, DE)), confidence=0.9, docs=("d1", "d2"),
              conflict="killed: 3 vs 4"),
        Claim("c2", "shared", EN[1], (_ev("d1", 1, EN), _ev("d2", 1, DE)), confidence=0.95, docs=("d1", "d2")),
        Claim("c3", "conflicting", EN[2], (_ev("d1", 2, EN), _ev("d2", 2, DE)), confidence=1.0, docs=("d1", "d2"),
              conflict="measure: d1 lifted, d2 kept"),
        # the headline's other clause, shared: its English sentence holds one side of c1, the German one does not
        Claim("c4", "shared", "Typhoon Yagi slams into China's Hainan", (_ev("d1", 0, EN), _ev("d2", 1, DE)),
              confidence=1.0, docs=("d1", "d2")),
        Claim("c5", "shared", EN[3], (_ev("d1", 3, EN), _ev("d2", 3, DE)), confidence=1.0, docs=("d1", "d2"),
              differs=f"tugboats: 6 (d1) vs 8 (d2) {NOUNS_NOT_JUDGED}"),
    ]


def test_the_summary_states_no_side_of_a_contradiction():
    docs = [doc_of("d1", EN), doc_of("d2", DE)]
    summary, _ = summarise(docs, _claims(), reader_language="en")
    cited = {(e.doc, e.sentence) for e in summary}
    assert ("d1", "d1:s0") not in cited  # "… killing three" (c1's side) even for the shared c4
    assert ("d1", "d1:s2") not in cited and ("d2", "d2:s2") not in cited  # reopened / still closed
    assert ("d1", "d1:s3") not in cited  # "Six tugboats", figures differing unjudged
    assert ("d1", "d1:s1") in cited  # the fact both share


def test_a_shared_claim_is_cited_from_the_source_whose_sentence_is_not_contested():
    docs = [doc_of("d1", EN), doc_of("d2", DE)]
    claims = [c for c in _claims() if c.id in ("c1", "c4")]
    summary, _ = summarise(docs, claims, reader_language="en")
    assert [(e.doc, e.sentence) for e in summary] == [("d2", "d2:s1")]


def test_a_shared_claim_stating_one_side_of_a_contested_measure_is_not_cited():
    # the Kamchatka story: PAP's warning still in force against "tsunami threat lifted"; the English body sentence
    # "… declared … was lifted" was shared with PAP's "declared" and cited as agreed
    pl = ["Na wschodnim wybrzeżu półwyspu ogłoszono zagrożenie tsunami.",
          "Według rosyjskiego ministerstwa ostrzeżenie wciąż obowiązuje.", "Epicentrum znajdowało się 100 km od miasta."]
    en = ["A tsunami threat declared for the east coast was lifted about three hours later.",
          "Strong quake strikes off Kamchatka, tsunami threat lifted", "The epicentre was 100 km from the city."]
    docs = [doc_of("d1", pl, "pl"), doc_of("d2", en)]
    claims = [
        Claim("c1", "conflicting", pl[1], (_ev("d1", 1, pl), _ev("d2", 1, en)), confidence=0.9, docs=("d1", "d2"),
              conflict="measure: d1 kept, d2 lifted"),
        Claim("c2", "shared", pl[0], (_ev("d1", 0, pl), _ev("d2", 0, en)), confidence=0.9, docs=("d1", "d2")),
        Claim("c3", "shared", en[2], (_ev("d1", 2, pl), _ev("d2", 2, en)), confidence=0.9, docs=("d1", "d2")),
    ]
    summary, _ = summarise(docs, claims, reader_language="en")
    assert [(e.doc, e.sentence) for e in summary] == [("d2", "d2:s2")]
