"""A dateline's place and day reach the document and the report; its day gets a year only from the
text or the record, never from the clock (a new-user trial: wire reports of a mine collapse)."""

from dataclasses import replace

from storylens.ingest import read_text
from storylens.report import _document_dict
from storylens.report.compare import prepare_document

EFE = ("Derrumbe en una mina de cobre en el norte de Chile\n\n"
       "Copiapó (Chile), 13 oct (EFE).- Al menos 12 mineros quedaron atrapados este lunes tras el derrumbe "
       "de una galería en una mina de cobre cercana a Copiapó, informaron las autoridades regionales.\n\n"
       "Los equipos de rescate trabajan en el lugar.")


def test_the_dateline_place_and_day_are_the_documents():
    doc = prepare_document(read_text(EFE, "efe.txt"), "d1")
    assert (doc.place, doc.outlet, doc.published, doc.dateline_day) == ("Copiapó, Chile", "EFE", None, "--10-13")
    assert not any("EFE" in s.text or "13 oct" in s.text for s in doc.sentences)
    row = _document_dict(doc)
    assert row["place"] == "Copiapó, Chile" and row["dateline_day"] == "--10-13" and row["published"] is None


def test_the_record_capture_date_gives_the_dateline_day_its_year():
    raw = read_text(EFE, "efe.txt")
    crawled = prepare_document(replace(raw, metadata={**raw.metadata, "crawled": "2026-10-14T02:10:00Z"}), "d1")
    assert (crawled.published, crawled.dateline_day) == ("2026-10-13", None)
    stated = prepare_document(replace(raw, metadata={**raw.metadata, "published": "2026-10-15"}), "d2")
    assert (stated.published, stated.dateline_day) == ("2026-10-15", None)  # a stated date wins


def test_a_plain_texts_headline_is_its_title_in_compare_and_the_report():
    # compare said title null for every .txt while the stream showed its first line (trial 10)
    doc = prepare_document(read_text(EFE, "efe.txt"), "d1")
    assert doc.title == "Derrumbe en una mina de cobre en el norte de Chile"
    assert _document_dict(doc)["title"] == doc.title
    untitled = prepare_document(read_text(EFE.split("\n\n", 1)[1], "efe2.txt"), "d2")
    assert untitled.title is None  # a dateline lead paragraph is no headline


def test_an_update_datelined_after_the_other_documents_keeps_their_year():
    """Trial 12: "LISBON, Dec 2 (Reuters)" (no year) beside a story of 2026-11-30 was dated 2025-12-02
    and its "Nov. 29" / "on Wednesday" went to 2025 in the timeline. The nearest Dec 2 is 2026's,
    whatever the clock says."""
    from storylens.analysis.quantities import publication_dates

    update = prepare_document(read_text(
        "UPDATE 2-Portugal's centre-right wins election\n\n"
        "LISBON, Dec 2 (Reuters) - Portugal's centre-right alliance won the Nov. 29 snap election, final "
        "results showed on Wednesday.\n\nCoalition talks are expected.", "update.txt"), "d2")
    first = read_text("Portugal votes\n\nPortugal's centre-right alliance won Sunday's snap election.", "a.txt")
    story = prepare_document(replace(first, metadata={**first.metadata, "published": "2026-11-30"}), "d1")
    assert update.dateline_day == "--12-02" and update.published is None
    dates = publication_dates([story, update])
    assert dates["d2"].date == "2026-12-02" and dates["d2"].inferred
