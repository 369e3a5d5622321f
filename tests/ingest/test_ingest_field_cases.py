"""Field cases (copies of ../shared/data/field-cases in tests/data/field-cases): the right results
from that folder's README, at the reader level (fast) and through the CLI with the real model (slow)."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storylens.cli import app
from storylens.ingest import read_path
from storylens.ingest.feeds import read_feed
from storylens.ingest.jsonl import read_jsonl
from storylens.ingest.walk import Skipped, iter_records, skip_summary
from storylens.ingest.warc import read_warc
from storylens.models import Failure, RawDocument
from storylens.prepare.clean import clean_text
from storylens.report.compare import prepare_document

CASES = Path(__file__).parents[1] / "data" / "field-cases"
runner = CliRunner()


def _split(records):
    return ([r for r in records if isinstance(r, RawDocument)], [r for r in records if isinstance(r, Failure)],
            [r for r in records if isinstance(r, Skipped)])


# -- atom-html-summary ---------------------------------------------------------------------------


def test_feed_titles_are_plain_text_and_dates_come_from_the_feed():
    docs, fails, _ = _split(list(read_feed(CASES / "atom-html-summary" / "feed.atom")))
    rss, _, _ = _split(list(read_feed(CASES / "atom-html-summary" / "wp.rss")))
    titles = [d.metadata["title"] for d in docs + rss]
    assert "Ferry service suspended after engine fire & 86 rescued" in titles
    assert "Ferry operator’s plan – engines to be checked" in titles
    assert not any(re.search(r"<|&\w+;|&#", t) for t in titles)
    dates = {d.metadata["title"]: (d.metadata["published"], d.metadata["published_source"]) for d in docs}
    assert dates["Ferry service suspended after engine fire & 86 rescued"] == ("2019-11-20", "feed entry published")
    # The entry with no date of its own takes the feed's <updated>, said so; never the clock.
    assert dates["Harbour festival moved to spring"] == ("2019-11-21", "feed updated")
    assert date.today().isoformat() not in json.dumps([dict(d.metadata) for d in docs + rss])
    # The image-only entry is a recorded failure with its reason.
    assert len(fails) == 1 and fails[0].source.endswith("#4") and "no text" in fails[0].reason


# -- jsonl-dates ---------------------------------------------------------------------------------


def test_every_jsonl_date_format_becomes_the_same_iso_day():
    docs, fails, _ = _split(list(read_jsonl(CASES / "jsonl-dates" / "articles.jsonl")))
    assert not fails and len(docs) == 6
    assert [d.metadata["published"] for d in docs] == ["2022-01-06"] * 6
    assert docs[0].metadata["external_id"] == "s1"  # the BOM on the first line is not part of the JSON


def test_an_unreadable_jsonl_date_is_null_with_a_reason(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x", "published": "sometime last week", "text": "The council met on Monday to vote."},
            {"id": "y", "published": "2022-01-06T10", "text": "The council met on Monday to vote again."},
            {"id": "z", "published": [2022], "text": "The council met on Monday to vote once more."}]
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    docs, fails, _ = _split(list(read_jsonl(path)))
    assert not fails
    assert "published" not in docs[0].metadata and "cannot read" in docs[0].metadata["warnings"][0]
    assert docs[0].metadata["published_raw"] == "sometime last week"
    assert docs[1].metadata["published"] == "2022-01-06"
    assert "published" not in docs[2].metadata and docs[2].metadata["warnings"]


# -- warc-wholefile-gzip, warc-revisit -----------------------------------------------------------


def test_whole_file_gzip_warc_is_read_to_the_end():
    docs, fails, skips = _split(list(read_warc(CASES / "warc-wholefile-gzip" / "wholefile_complete.warc.gz")))
    assert (len(docs), fails, skips) == (3, [], [])


def test_revisit_404_and_301_are_skipped_by_kind():
    docs, fails, skips = _split(list(iter_records([CASES / "warc-revisit" / "crawl.warc.gz"])))
    assert len(docs) == 2 and not fails
    assert sorted(s.kind for s in skips) == ["not-found/redirect", "not-found/redirect", "revisit"]
    assert {s.reason for s in skips if s.kind != "revisit"} == {"HTTP 404 response, not an article",
                                                               "HTTP 301 response, not an article"}
    assert skip_summary(skips) == "2 not-found/redirect, 1 revisit"


# -- bylines: byline-outlet-as-author, quote-speaker-layout ---------------------------------------


@pytest.mark.parametrize("name, outlet, authors", [
    ("a.txt", "The Guardian", ("Maya Chen",)),
    ("b.txt", "Al Jazeera", ("Omar Haddad", "Lina Saleh")),
    ("c.txt", "Australian Broadcasting Corporation", ()),
    ("d.txt", "Canberra Times", ()),
])
def test_outlets_and_desks_are_not_authors(name, outlet, authors):
    doc = prepare_document(read_path(CASES / "byline-outlet-as-author" / name), "d1")
    assert (doc.outlet, doc.authors, doc.published) == (outlet, authors, "2020-01-10")
    assert not any("By " in s.text or "2020-01-10" in s.text for s in doc.sentences)
    assert [r.kind for r in doc.removed][:1] == ["header"]


def test_desk_byline_header_is_metadata():
    cleaned = clean_text(read_path(CASES / "quote-speaker-layout" / "a.txt").text)
    assert (cleaned.outlet, cleaned.authors, cleaned.published) == ("Example Agency News", (), "2023-09-04")
    assert "Press Office" not in cleaned.text and "By " not in cleaned.text.split("\n")[0]


@pytest.mark.parametrize("header, authors, outlet", [
    ("By Jane Roe, Reuters staff", ("Jane Roe",), "Reuters"),
    ("By Newsdesk", (), None),
    ("By Li Sun and Wei Zhang, Xinhua", ("Li Sun", "Wei Zhang"), "Xinhua"),
    ("By Web Desk, Example Daily Courier", (), "Example Daily Courier"),
    ("By Tom Hart, BBC News", ("Tom Hart",), "BBC News"),
    ("date 2024-03-01 By Staff Writer, The Northern Herald", (), "The Northern Herald"),
])
def test_other_bylines_of_the_same_kinds(header, authors, outlet):
    cleaned = clean_text(f"{header}\n\nThe bridge reopened on Monday after two years of repairs.")
    assert (cleaned.authors, cleaned.outlet) == (authors, outlet)
    assert cleaned.text == "The bridge reopened on Monday after two years of repairs."


# -- mojibake-lossy-quotes -----------------------------------------------------------------------


def test_lost_closing_quote_is_repaired():
    raw = read_path(CASES / "mojibake-lossy-quotes" / "a.txt")
    assert "\ufffd" not in raw.text
    assert "“We will reopen the bridge to cars next Monday,” Mayor Jürgen Müller said." in raw.text
    assert "“It’s been a long winter for everyone.”" in raw.text and "Chloé Dubois" in raw.text


# -- through the CLI, with the real model ------------------------------------------------------


@pytest.mark.slow
def test_cli_ingest_and_stories_on_the_field_cases(tmp_path):
    from storylens.report import validate

    db = str(tmp_path / "s.db")
    inputs = [CASES / "warc-wholefile-gzip" / "wholefile_complete.warc.gz", CASES / "warc-revisit" / "crawl.warc.gz",
              CASES / "jsonl-dates" / "articles.jsonl", CASES / "atom-html-summary" / "feed.atom",
              CASES / "atom-html-summary" / "wp.rss"]
    result = runner.invoke(app, ["ingest", *map(str, inputs), "--db", db, "--silent", "--no-cache"])
    assert result.exit_code == 1, result.output  # the image-only feed entry is the one failure
    assert "skipped 3 (2 not-found/redirect, 1 revisit)" in result.output
    assert "failed 1" in result.output and "feed.atom#4" in result.output
    out = runner.invoke(app, ["stories", "--db", db, "-f", "json"])
    payload = json.loads(out.stdout)
    validate(payload, "stories")
    stories = {s["id"]: s for s in payload["stories"]}
    by_source = {a["source"].rsplit("/", 1)[1].split("#")[0]: s for s in stories.values() for a in s["articles"]}
    flood = by_source["wholefile_complete.warc.gz"]
    assert len([a for a in flood["articles"] if "wholefile" in a["source"]]) == 3 and len(flood["articles"]) == 3
    fire = by_source["crawl.warc.gz"]
    assert len(fire["articles"]) == 2
    lanes = by_source["articles.jsonl"]
    assert (len(lanes["articles"]), lanes["first_seen"], lanes["last_seen"]) == (6, "2022-01-06", "2022-01-06")
    assert date.today().isoformat() not in out.stdout


@pytest.fixture
def hashing_cli(monkeypatch):
    """The CLI with the hashing embedder in place of USE (plumbing, not model quality)."""
    import storylens.embed
    from storylens.embed import CachedEmbedder, HashingEmbedder

    monkeypatch.setattr(storylens.embed, "get_default_embedder", lambda cache=True: CachedEmbedder(HashingEmbedder()))
    return runner


def test_stories_json_dates_are_iso_from_evidence_with_the_fast_embedder(hashing_cli, tmp_path):
    from storylens.report import validate

    db = str(tmp_path / "s.db")
    empty = tmp_path / "empty.rss"
    empty.write_bytes(b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>')
    result = hashing_cli.invoke(app, ["ingest", str(CASES / "jsonl-dates" / "articles.jsonl"), str(empty),
                                      str(CASES / "warc-revisit" / "crawl.warc.gz"), "--db", db, "--silent"])
    assert result.exit_code == 0, result.output  # the empty feed is no failure
    assert "added 8 articles" in result.output and "skipped 3 (2 not-found/redirect, 1 revisit)" in result.output
    out = hashing_cli.invoke(app, ["stories", "--db", db, "-f", "json"])
    payload = json.loads(out.stdout)
    validate(payload, "stories")
    articles = [a for s in payload["stories"] for a in s["articles"]]
    assert sorted(a["published"] for a in articles) == ["2021-11-27"] * 2 + ["2022-01-06"] * 6
    assert all(s["first_seen"] in ("2021-11-27", "2022-01-06") for s in payload["stories"])
    assert date.today().isoformat() not in out.stdout
