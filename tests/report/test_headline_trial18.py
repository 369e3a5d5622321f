"""A title given beside the text (an HTML page's <h1>, a feed item's or a JSONL record's title) is the
text's headline, as a .txt file's first line is (trial 18 #12: the .txt headlines were claims, the HTML
ones were not, so "zu acht Jahren Haft" had no English or Russian headline to be compared with)."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.report.compare import prepare_document

BODY_EN = ("A court in Drovnik on Tuesday sentenced former transport minister Viktor Halden to nine years in "
           "prison.\n\nHalden, 61, served as minister from 2017 to 2021.")
BODY_RU = ("Суд в Дровнике во вторник приговорил бывшего министра транспорта Виктора Халдена к девяти годам "
           "заключения.\n\nХалден был министром с 2017 по 2021 год.")


@pytest.mark.parametrize(("title", "body"), [
    ("Ex-minister Viktor Halden jailed for nine years over motorway bribes", BODY_EN),
    ("Бывший министр Виктор Халден приговорён к девяти годам", BODY_RU),
])
def test_a_title_beside_the_text_is_its_first_sentence(title, body):
    doc = prepare_document(RawDocument("a.html", body, metadata={"title": title}), "d1")
    assert doc.sentences[0].text == title
    assert doc.title == title
    assert doc.text.count(title) == 1


def test_a_title_the_text_already_opens_with_is_not_written_twice():
    title = "Ex-minister Viktor Halden jailed for nine years over motorway bribes"
    doc = prepare_document(RawDocument("a.txt", f"{title}\n\n{BODY_EN}", metadata={"title": title}), "d1")
    assert doc.text.count(title) == 1


@pytest.mark.parametrize("title", ["Home", "World | Site"])
def test_a_short_title_is_no_headline(title):
    doc = prepare_document(RawDocument("a.html", BODY_EN, metadata={"title": title}), "d1")
    assert not doc.text.startswith(title)


def test_the_stream_keeps_the_text_as_read():
    title = "Ex-minister Viktor Halden jailed for nine years over motorway bribes"
    doc = prepare_document(RawDocument("a.html", BODY_EN, metadata={"title": title}), "d1", headline=False)
    assert doc.text == BODY_EN and doc.title == title
