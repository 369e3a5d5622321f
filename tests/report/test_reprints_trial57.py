"""Trial57 F26: ``compare`` counted a syndicated wire copy as a second, independent source.

"The Gulf Chronicle" carried Reuters' text under its own masthead ("NICOSIA, July 23 (Reuters) -"): every shared claim
read "●●" from two sources and the copy's quotation confirmed Reuters' own. Two outlets' near-identical texts of which
the copy credits the other's outlet (its dateline, header or byline), or which both carry one wire's dateline, are now
a reprint: "d2 reprints d1 (Reuters): near-identical text, the wire's dateline", in the Documents table and the JSON,
and a claim or quotation the two alone carry is "one source (d2 reprints d1)", in every format. Two outlets'
independent reports of one event are no reprint, nor are one outlet's versions.
"""

from __future__ import annotations

import html
import json

import pytest

from storylens.models import Claim, Comparison, Evidence, Quote, QuoteMatch, RawDocument, Similarity
from storylens.report import render, validate
from storylens.report.compare import prepare_document
from storylens.report.pipeline import reprint_pairs, version_pairs

DIMENSIONS = ("geography", "entities", "time", "narrative", "style", "tone")
# A wire's dispatch per language: (the wire's own header, its dateline, its paragraphs).
WIRES = {
    "en": ("By Helen Marsh, Reuters", "ATHENS, Aug 4 (Reuters) -", (
        ("A ferry carrying 312 passengers ran aground off the island of Kythnos early on Monday, and all on board were "
        "taken safely to the port of Merichas, the coast guard said."),
        ("The vessel, the Aegean Star, struck a reef about half a mile from the shore shortly after 5 a.m. in calm "
        "weather, the coast guard said in a statement."),
        ('"Everyone is safe and we are checking the hull for damage," shipping minister Nikos Leventis told state '
        "television."),
        ("Two passengers were taken to a health centre with minor injuries and the ferry's operator said it would "
        "refund every ticket."),
        "The ferry had left Piraeus on Sunday night bound for the islands of Serifos and Milos.",
        "Divers were inspecting the hull on Monday afternoon and a tug was on its way from Lavrio.")),
    "es": ("Por Lucía Ferrer, EFE", "MADRID, 4 ago (EFE).-", (
        ("Un tren de cercanías con 240 pasajeros descarriló este lunes a la salida de la estación de Atocha, en Madrid, "
        "sin causar heridos graves, según informó Adif."),
        ("El convoy, que cubría la línea C-5, se salió de la vía a las 7.40 horas a poca velocidad, explicó la empresa "
        "pública en un comunicado."),
        ('"Todos los viajeros han sido evacuados por su propio pie", declaró el consejero de Transportes, Jorge Rodrigo, '
        "a los periodistas."),
        ("Tres personas fueron atendidas por el Samur por contusiones leves y ansiedad, según los servicios de "
        "emergencia."),
        "La circulación en la línea quedó interrumpida durante toda la mañana y Renfe habilitó autobuses.",
        "Los técnicos de Adif revisaban el cambio de agujas por la tarde para conocer las causas del accidente.")),
}


def _wire(lang: str, cut: int = 0) -> str:
    header, dateline, paragraphs = WIRES[lang]
    kept = paragraphs[: len(paragraphs) - cut]
    return f"Ferry runs aground\n\n{header}\n\n{dateline} " + "\n\n".join(kept)


def _carrier(lang: str, masthead: str, headline: str, cut: int = 0) -> str:
    _, dateline, paragraphs = WIRES[lang]
    kept = paragraphs[: len(paragraphs) - cut]
    return f"{headline}\n\n{masthead}\n\n{dateline} " + "\n\n".join(kept)


def _docs(*texts: str):
    return [prepare_document(RawDocument(f"d{i}.txt", text), f"d{i}") for i, text in enumerate(texts, 1)]


@pytest.mark.parametrize("lang, masthead", [("en", "The Island Courier, 4 August 2026"),
                                            ("es", "Diario del Henares, 4 de agosto de 2026")])
def test_a_reheaded_wire_copy_is_a_reprint_of_the_wire(lang: str, masthead: str) -> None:
    docs = _docs(_wire(lang), _carrier(lang, masthead, "Un titular propio del diario" if lang == "es" else
                                       "Their own headline over the wire's story"))
    wire = docs[0].outlet
    assert wire in ("Reuters", "EFE")
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy, reprint.wire) == ("d1", "d2", wire)
    assert reprint.note == f"d2 reprints d1 ({wire}): near-identical text, the wire's dateline"


@pytest.mark.parametrize("lang", ["en", "es"])
def test_a_copy_with_paragraphs_cut_given_first_is_still_the_reprint(lang: str) -> None:
    docs = _docs(_carrier(lang, "Coastal Herald, 4 August 2026", "A shorter headline", cut=1), _wire(lang))
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy) == ("d2", "d1")


@pytest.mark.parametrize("lang", ["en", "es"])
def test_two_papers_carrying_one_wire_dispatch_are_one_source(lang: str) -> None:
    docs = _docs(_carrier(lang, "The Island Courier, 4 August 2026", "Headline one"),
                 _carrier(lang, "Coastal Herald, 4 August 2026", "Headline two", cut=1))
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy) == ("d1", "d2")  # the longer text is the original
    assert reprint.reasons == ("near-identical text", "one wire's dateline")


INDEPENDENT = {
    "en": ("PIRAEUS, Aug 4 (AP) — Hundreds of holidaymakers spent hours on a stranded ferry near Kythnos on Monday "
           "before small boats ferried them ashore, passengers said.\n\nMaria Douka, 34, said the ship shook twice and "
           "the lights went out. \"We thought it would sink,\" she said.\n\nThe coast guard said 312 people were on "
           "board and two were lightly hurt; an investigation into the captain's route has begun."),
    "es": ("MADRID, 4 ago (Europa Press) - Cientos de viajeros quedaron atrapados durante una hora en un tren "
           "descarrilado junto a Atocha este lunes, según relataron varios pasajeros.\n\nAna Gil, de 34 años, contó que "
           "el vagón dio dos sacudidas. \"Pensamos que volcaba\", dijo.\n\nAdif cifró en 240 los viajeros y en tres los "
           "atendidos por heridas leves; la investigación sobre el cambio de agujas ya ha comenzado."),
}


@pytest.mark.parametrize("lang", ["en", "es"])
def test_two_outlets_independent_reports_are_no_reprint(lang: str) -> None:
    docs = _docs(_wire(lang), INDEPENDENT[lang])
    assert reprint_pairs(docs, version_pairs(docs)) == ()


def test_near_identical_text_crediting_no_one_is_no_reprint() -> None:
    _, _, paragraphs = WIRES["en"]
    body = "\n\n".join(paragraphs)
    docs = _docs(f"Ferry aground\n\nThe Island Courier, 4 August 2026\n\n{body}",
                 f"Ferry aground off Kythnos\n\nCoastal Herald, 4 August 2026\n\n{body}")
    assert reprint_pairs(docs, version_pairs(docs)) == ()


def _comparison(three: bool = False) -> Comparison:
    docs = _docs(_wire("en"), _carrier("en", "The Island Courier, 4 August 2026", "Their own headline"),
                 *([INDEPENDENT["en"]] if three else []))
    s1, s2 = docs[0].sentences[1], docs[1].sentences[1]
    claims = [Claim("c1", "shared", s1.text, (Evidence("d1", s1.id, s1.text), Evidence("d2", s2.id, s2.text)),
                    confidence=1.0, docs=("d1", "d2"))]
    if three:
        s3 = docs[2].sentences[-1]
        claims.append(Claim("c2", "shared", s1.text, (Evidence("d1", s1.id, s1.text), Evidence("d3", s3.id, s3.text)),
                            confidence=0.8, docs=("d1", "d2", "d3")))
    quotes = (Quote("q1", "d1", s1.id, "Everyone is safe", "Nikos Leventis", (QuoteMatch("q2", 1.0),)),
              Quote("q2", "d2", s2.id, "Everyone is safe", "Nikos Leventis", (QuoteMatch("q1", 1.0),)))
    return Comparison(documents=tuple(docs), similarity=Similarity(True, 0.97, dict.fromkeys(DIMENSIONS, 0.97)), claims=tuple(claims),
                      quotes=quotes, reprints=reprint_pairs(docs, version_pairs(docs)))


def test_every_format_says_the_reprint_and_counts_one_source() -> None:
    comparison = _comparison()
    note = "d2 reprints d1 (Reuters): near-identical text, the wire's dateline"
    for fmt in ("terminal", "markdown", "html"):
        out = html.unescape(render(comparison, fmt))
        assert note in out, fmt
        assert "one source (d2 reprints d1)" in out, fmt
        assert "0 matched across sources" in out, fmt  # the copy's quotation is no confirmation
    assert "(reprints d1)" in render(comparison, "markdown")
    data = json.loads(render(comparison, "json"))
    validate(data)
    assert data["reprints"] == [{"original": "d1", "copy": "d2", "wire": "Reuters",
                                 "reasons": ["near-identical text", "the wire's dateline"], "note": note}]
    assert data["one_source_claims"] == {"c1": "one source (d2 reprints d1)"}
    assert {(m["quote"], m["match"]) for m in data["reprinted_quote_matches"]} == {("q1", "q2"), ("q2", "q1")}


def test_a_claim_an_independent_report_also_carries_is_confirmed() -> None:
    comparison = _comparison(three=True)
    data = json.loads(render(comparison, "json"))
    assert data["one_source_claims"] == {"c1": "one source (d2 reprints d1)"}  # c2: d3 confirms it
    assert data["independent_sources"] == {"c1": 1, "c2": 2}
    assert "2 independent sources (d2 reprints d1)" in render(comparison, "terminal")
    assert "Shared claims (2; 1 of them one source and its reprint)" in render(comparison, "markdown")


def test_no_reprint_no_new_fields() -> None:
    docs = _docs(_wire("en"), INDEPENDENT["en"])
    data = json.loads(render(Comparison(documents=tuple(docs), similarity=Similarity(True, 0.8, {})), "json"))
    assert "reprints" not in data and "one_source_claims" not in data


def test_the_summary_counts_a_reprint_as_its_original() -> None:
    """A claim only a source and its reprint carry is no agreed fact beside an independent source, however
    confident its alignment: the summary cites what two independent sources carry."""
    from storylens.report.pipeline import summarise

    comparison = _comparison(three=True)
    d1, d2, d3 = comparison.documents
    a1, a2, b1, b3 = d1.sentences[1], d2.sentences[1], d1.sentences[2], d3.sentences[-1]
    claims = (Claim("c1", "shared", a1.text, (Evidence("d1", a1.id, a1.text), Evidence("d2", a2.id, a2.text)),
                    confidence=1.0, docs=("d1", "d2")),
              Claim("c2", "shared", b1.text, (Evidence("d1", b1.id, b1.text), Evidence("d3", b3.id, b3.text)),
                    confidence=0.5, docs=("d1", "d3")))
    summary, _ = summarise(comparison.documents, claims, reader_language="en", reprints=comparison.reprints)
    assert [e.sentence for e in summary] == [b1.id]
    everything, _ = summarise(comparison.documents, claims, reader_language="en")  # no reprint known: both
    assert [e.sentence for e in everything] == [a1.id, b1.id]


def test_a_reprint_pair_alone_keeps_its_summary() -> None:
    """Two documents that are one source and its reprint: nothing to confirm against, so the summary is as before."""
    from storylens.report.pipeline import summarise

    comparison = _comparison()
    with_reprints, _ = summarise(comparison.documents, comparison.claims, reader_language="en",
                                 reprints=comparison.reprints)
    assert with_reprints == summarise(comparison.documents, comparison.claims, reader_language="en")[0]
    assert with_reprints


def test_the_web_ledger_says_the_reprint_and_counts_one_source() -> None:
    from storylens.report import comparison_to_dict
    from storylens.web.views import comparison_view

    view = comparison_view(comparison_to_dict(_comparison(three=True)))
    assert view["reprints"] == ["d2 reprints d1 (Reuters): near-identical text, the wire's dateline"]
    assert view["labels"]["d2"].endswith("(reprints d1)")
    by_id = {c["id"]: c for c in view["claims"]}
    assert by_id["c1"]["sources"] == "one source (d2 reprints d1)"
    assert by_id["c2"]["sources"] == "2 independent sources"
    q1 = next(q for q in view["quotes"] if q["id"] == "q1")
    assert q1["matched"][0]["reprint"] == "one source (d2 reprints d1): no confirmation"
    plain = comparison_view(comparison_to_dict(Comparison(documents=_comparison().documents,
                                                          similarity=Similarity(True, 0.8, {}))))
    assert plain["reprints"] == [] and not plain["labels"]["d2"].endswith("(reprints d1)")
