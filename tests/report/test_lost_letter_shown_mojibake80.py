"""mojibake80: a letter lost in a mis-decoding is U+FFFD in the text the analysis reads (the encoders read it
best: retester2_mojibake79 cf/, 0.9022 against 0.7915 with marks) and its mark (Ɂ, Ɂ, □) in every text the
report shows, in every format, one character for one; a comparison of clean texts is the same object."""

import dataclasses
import json

import pytest

from storylens.models import Comparison, Document, Evidence, Quote, Sentence, Similarity
from storylens.report import comparison_to_dict, render, shown

TEXT = "Harbour Master \ufffdlvaro Gómez said. “It’s the only way,” Вла\ufffdова said. \ufffd5 left."


def _comparison(text: str) -> Comparison:
    s = Sentence("d1:s1", text, 0, len(text))
    doc = Document(id="d1", source="a.txt", text=text, sentences=(s,), warnings=("1 word(s) \ufffdlvaro",))
    other = Document(id="d2", source="b.txt", text="Álvaro Gómez said so.",
                     sentences=(Sentence("d2:s1", "Álvaro Gómez said so.", 0, 21),))
    quote = Quote("q1", "d1", "d1:s1", "It’s the only way,", "Вла\ufffdова")
    return Comparison(documents=(doc, other), similarity=Similarity(True, 0.9, {}), quotes=(quote,),
                      summary=(Evidence("d1", "d1:s1", text),))


@pytest.mark.parametrize("fmt", ["json", "markdown", "html", "terminal"])
def test_no_shown_text_holds_u_fffd(fmt):
    out = render(_comparison(TEXT), fmt, **({"color": False} if fmt == "terminal" else {}))
    assert "\ufffd" not in out
    assert "Вла\u0241ова" in out


def test_the_json_report_shows_the_marks_one_for_one():
    report = comparison_to_dict(_comparison(TEXT))
    assert "\ufffd" not in json.dumps(report, ensure_ascii=False)
    doc = report["documents"][0]
    shown_text = "Harbour Master \u0241lvaro Gómez said. “It’s the only way,” Вла\u0241ова said. \u25a15 left."
    assert doc["sentences"][0]["text"] == shown_text and len(shown_text) == len(TEXT)  # one for one
    assert report["summary"][0]["text"] == shown_text
    assert doc["warnings"] == ["1 word(s) \u0241lvaro"]
    assert report["quotes"][0]["speaker"] == "Вла\u0241ова"


def test_the_comparison_itself_keeps_u_fffd_and_a_clean_one_is_left_as_it_is():
    comparison = _comparison(TEXT)
    render(comparison, "json")
    assert comparison.documents[0].text == TEXT and comparison.quotes[0].speaker == "Вла\ufffdова"
    clean = _comparison("Harbour Master Álvaro Gómez said.")
    clean = Comparison(documents=clean.documents[1:], similarity=clean.similarity)
    assert shown(clean) is clean


def test_a_payloads_file_page_and_record_names_are_kept_as_they_are() -> None:
    """retester_mojibake80: the stream's views marked a file's path too ("ing/BrɁckenbericht.txt", a path that does
    not exist, for the file "Br\ufffdckenbericht.txt"); a title is still shown with its mark."""
    from storylens._lost import marked_payload

    payload = {"source": "ing/Br\ufffdckenbericht.txt", "url": "https://x.example/Br\ufffdcke", "external_id": "a\ufffd",
               "id": "abc", "title": "Die Br\ufffdcke bleibt gesperrt"}
    shown = marked_payload(payload)
    assert {k: shown[k] for k in ("source", "url", "external_id", "id")} == \
        {k: payload[k] for k in ("source", "url", "external_id", "id")}
    assert "\ufffd" not in shown["title"]


def test_a_documents_source_is_shown_as_it_is():
    """A file's name holding U+FFFD is the name of a file that exists; shown with a mark it is none (the stream's
    views, retester_mojibake80; the report likewise)."""
    comparison = _comparison(TEXT)
    source = "Br\ufffdckenbericht.txt"
    comparison = Comparison(documents=(dataclasses.replace(comparison.documents[0], source=source),
                                       *comparison.documents[1:]),
                            similarity=comparison.similarity, quotes=comparison.quotes, summary=comparison.summary)
    report = comparison_to_dict(comparison)
    assert report["documents"][0]["source"] == source
    assert "\ufffd" not in report["documents"][0]["sentences"][0]["text"]
