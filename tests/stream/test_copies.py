"""Copies another outlet published count as that outlet's coverage, the same way everywhere.

A copy is a near-duplicate, or the same text under another outlet's name (``metadata.carried_by``):
a wire text and the page of a paper that carried it. Both backends; both orders of arrival.
"""

from __future__ import annotations

import json

import pytest

from storylens import stream
from storylens.store import open_store

WIRE = ("TIRANA, Albania (AP) — The death toll from the earthquake that struck the Albanian port city of Durres "
        "has risen to at least 57, Foreign Minister Igli Hasani said Saturday. More than 600 people were injured.\n\n"
        "\"We are doing everything possible to find survivors under the rubble,\" Hasani told reporters.\n\n"
        "The Albanian government set up a 12 million euro relief fund. Nobody was killed in the capital, Tirana.\n")

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<title>Albania quake toll rises to 57 | The Tirana Herald</title>
<meta property="og:site_name" content="The Tirana Herald">
<meta property="og:title" content="Albania quake toll rises to 57">
<meta property="article:published_time" content="2026-11-16T10:00:00Z">
</head><body><article><h1>Albania quake toll rises to 57</h1>
{paragraphs}
</article><footer>© 2026 The Tirana Herald.</footer></body></html>"""

BOTH = {"AP", "The Tirana Herald"}


@pytest.fixture
def url(store_url):
    return store_url


@pytest.fixture
def files(tmp_path):
    wire = tmp_path / "ap_en.txt"
    wire.write_text(WIRE, encoding="utf-8")
    page = tmp_path / "herald.html"
    page.write_text(PAGE.format(paragraphs="\n".join(f"<p>{p}</p>" for p in WIRE.strip().split("\n\n"))),
                    encoding="utf-8")
    return {"wire": str(wire), "page": str(page)}


def _outlets_everywhere(store) -> list[set[str]]:
    """The story's outlets as the list, the view and the view's coverage give them."""
    [item] = stream.list_stories(store).stories
    view = stream.get_story(store, item.id)
    return [set(item.outlets), set(view.outlets), {o for o, _ in view.coverage_outlets} - {"unknown"}]


@pytest.mark.parametrize("order", [("page", "wire"), ("wire", "page")])
def test_a_wire_copy_is_recorded_whichever_comes_first(url, files, order, hashing_embedder):
    # A new-user trial: the AP text after the paper's page that carried it recorded no carried_by,
    # and the story's coverage lost AP (the other order recorded the paper).
    with open_store(url) as store:
        reports = [stream.ingest_paths([files[name]], store, embedder=hashing_embedder) for name in order]
        assert reports[1].carried_copies == 1 and "recorded 1 copy another outlet carried" in reports[1].summary()
        [article] = store.articles()
        [copy] = article.metadata["carried_by"]
        first, second = ({"page": "The Tirana Herald", "wire": "AP"}[n] for n in order)
        assert (article.outlet, copy["outlet"]) == (first, second)
        assert copy["source"] == files[order[1]]
        assert _outlets_everywhere(store) == [BOTH, BOTH, BOTH]
        # the same copy again records nothing more
        again = stream.ingest_paths([files[order[1]]], store, embedder=hashing_embedder)
        assert again.already_stored == 1 and again.carried_copies == 0
        assert len(store.articles()[0].metadata["carried_by"]) == 1


def test_a_wire_copy_in_the_same_run_and_through_commit(tmp_path, files, hashing_embedder):
    with open_store(tmp_path / "one.db") as store:
        stream.ingest_paths([files["page"], files["wire"]], store, embedder=hashing_embedder)
        assert [c["outlet"] for c in store.articles()[0].metadata["carried_by"]] == ["AP"]
    # The engine-neutral path (prepare_batch + commit, as --engine ray) merges copies as ingest does.
    from storylens.ingest.walk import iter_records

    with open_store(tmp_path / "commit.db") as store:
        for name in ("page", "wire"):
            stream.commit([stream.prepare_batch(list(iter_records([files[name]])), hashing_embedder)], store)
        assert [c["outlet"] for c in store.articles()[0].metadata["carried_by"]] == ["AP"]
        assert _outlets_everywhere(store) == [BOTH, BOTH, BOTH]


def test_a_text_that_names_no_outlet_or_its_own_adds_nothing(tmp_path, files, hashing_embedder):
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([files["wire"]], store, embedder=hashing_embedder)
        plain = tmp_path / "plain.txt"
        plain.write_text(WIRE.split("— ", 1)[1], encoding="utf-8")  # no dateline: names no outlet
        stream.ingest_paths([str(plain)], store, embedder=hashing_embedder)
        copy = tmp_path / "copy" / "ap_en.txt"  # the same wire text from another path: its own outlet
        copy.parent.mkdir()
        copy.write_text(WIRE, encoding="utf-8")
        report = stream.ingest_paths([str(copy)], store, embedder=hashing_embedder)
        assert report.already_stored == 1
        assert all("carried_by" not in a.metadata for a in store.articles())


NEAR = ("Heavy rain flooded the old town of Passau on Tuesday. The Danube rose to 9.5 metres, the city said, "
        "and 300 residents left their homes. Schools stay closed until Friday, the mayor said. Trains to Linz "
        "were cancelled and the river cruise ships stayed in port.")


def test_a_storys_outlets_are_the_same_in_the_list_the_view_the_cli_and_the_api(url, tmp_path, hashing_embedder):
    # A new-user trial: `storylens stories` and /api/stories left out outlets whose copies the
    # story view counted (a near-duplicate's outlet, a carried copy's outlet).
    from typer.testing import CliRunner

    from storylens.cli import app

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in [
        {"id": "w-1", "text": NEAR, "outlet": "Wire", "title": "Floods in Passau", "published": "2024-06-04"},
        {"id": "p-1", "text": NEAR.replace("Tuesday", "Tuesday night"), "outlet": "Passauer Blatt",
         "published": "2024-06-04"},  # a near-duplicate
        {"id": "k-1", "text": NEAR, "outlet": "Kurier", "published": "2024-06-05"},  # the same text, carried
    ]) + "\n", encoding="utf-8")
    expected = {"Wire", "Passauer Blatt", "Kurier"}
    with open_store(url) as store:
        report = stream.ingest_paths([str(feed)], store, embedder=hashing_embedder)
        assert len(report.added) == 1 and len(report.near_duplicates) == 1
        assert _outlets_everywhere(store) == [expected] * 3
        [summary] = store.stories()
        assert summary.duplicates == 1 and sorted(summary.copies) == ["Kurier", "Passauer Blatt"]
        view = stream.get_story(store, summary.id)
        assert dict(view.coverage_outlets) == {"Wire": 1, "Passauer Blatt": 1, "Kurier": 1}
    listed = CliRunner().invoke(app, ["stories", "-f", "json", "--db", url])
    assert listed.exit_code == 0, listed.output
    assert [set(s["outlets"]) for s in json.loads(listed.output)["stories"]] == [expected]
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(url, semantic=False)) as client:
        api = client.get("/api/stories").json()["stories"]
        assert [set(s["outlets"]) for s in api] == [expected]
        assert client.get("/api/stories", params={"outlet": "Kurier"}).json()["total"] == 1


def test_a_running_web_servers_story_list_shows_a_copy_recorded_after_it_started(url, files, hashing_embedder):
    # The web app keeps its story list until the store's counts change; a recorded copy changes no
    # count of articles or stories, so the list kept the outlets from before it.
    pytest.importorskip("fastapi")
    from storylens.web import StorySource

    with open_store(url) as store:
        stream.ingest_paths([files["page"]], store, embedder=hashing_embedder)
        source = StorySource(url, semantic=False)
        try:
            assert [s["outlets"] for s in source.stories()["stories"]] == [["The Tirana Herald"]]
            stream.ingest_paths([files["wire"]], store, embedder=hashing_embedder)
            assert [set(s["outlets"]) for s in source.stories()["stories"]] == [BOTH]
        finally:
            source.close()


def test_a_rerun_of_the_same_inputs_reads_no_text_for_an_outlet(tmp_path, files, hashing_embedder, monkeypatch):
    import importlib

    ingest_module = importlib.import_module("storylens.stream.ingest")  # the package's `ingest` is the function

    read: list[str] = []
    own = ingest_module.text_outlet
    monkeypatch.setattr(ingest_module, "text_outlet", lambda text: read.append(text) or own(text))
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([files["wire"]], store, embedder=hashing_embedder)
        again = stream.ingest_paths([files["wire"]], store, embedder=hashing_embedder)  # re-run: same source
        assert again.already_stored == 1 and read == []
        other = tmp_path / "elsewhere.txt"
        other.write_text(WIRE, encoding="utf-8")
        stream.ingest_paths([str(other)], store, embedder=hashing_embedder)  # another source: its outlet is read
        assert len(read) == 1


AP_MINE = ("SANTIAGO, Chile (AP) — At least 12 miners were trapped Monday after part of a copper mine collapsed near "
           "the northern city of Copiapó, Chilean authorities said.\n\n"
           "Regional governor Miguel Vargas told reporters that rescue teams had made contact with the miners through "
           "a ventilation shaft and that all of them were alive.\n\n"
           "“We are working without pause to bring them out,” Vargas said.\n\n"
           "The collapse happened about 300 meters (1,000 feet) underground, according to the National Geology and "
           "Mining Service. The mine is operated by a small private company.\n\n"
           "In 2010, 33 miners were trapped for 69 days in the San José mine near Copiapó before being rescued.\n")
BEE = ("The Sacramento Bee\nSections  News  Sports  Business  Opinion  Obituaries  Subscribe\n\n"
       "Miners trapped after copper mine collapses in northern Chile\n\nBy The Associated Press\n\n" + AP_MINE)


@pytest.mark.parametrize("order", [("ap", "bee"), ("bee", "ap")])
def test_a_syndicated_copy_under_a_masthead_is_linked_to_the_wire_text(tmp_path, order, hashing_embedder):
    # A new-user trial: the copy's masthead was its title, and with its menu, headline and byline it was
    # never compared with the AP text (its lead vector fell below the candidate gate).
    from storylens.stream.queries import article_title

    paths = {"ap": tmp_path / "ap.txt", "bee": tmp_path / "bee.txt"}
    paths["ap"].write_text(AP_MINE, encoding="utf-8")
    paths["bee"].write_text(BEE, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        reports = [stream.ingest_paths([str(paths[name])], store, embedder=hashing_embedder) for name in order]
        assert reports[1].near_duplicates and not reports[1].added
        by_source = {a.source: a for a in store.articles()}
        bee, ap = by_source[str(paths["bee"])], by_source[str(paths["ap"])]
        assert (bee.outlet, ap.outlet) == ("The Sacramento Bee", "AP")
        assert article_title(bee) == "Miners trapped after copper mine collapses in northern Chile"
        second = bee if order[1] == "bee" else ap
        assert second.duplicate_of == (ap if second is bee else bee).id
        assert _outlets_everywhere(store) == [{"AP", "The Sacramento Bee"}] * 3


HERALD = ("The Fresno Herald\nHome  Local  Crime & Courts  Nation & World  Sports\n"
          "Miners trapped after copper mine collapses in northern Chile\nBy Eva Vogt, The Associated Press\nOct. 13, 2026 at 4:12 pm\n\n"
          + AP_MINE + "\nCopyright 2026 The Associated Press. All rights reserved.\nShare this story: Facebook Twitter Email\n")


def test_a_plain_text_page_copy_with_its_menu_stamp_and_share_line_is_linked(tmp_path, hashing_embedder):
    # Trial 10: a .txt page copy's one-line menu of the site's own items ("Nation & World"), its time stamp
    # without a keyword and its share line stayed in the text, and the copy was not linked to the AP text.
    paths = {"ap": tmp_path / "ap.txt", "herald": tmp_path / "herald.txt"}
    paths["ap"].write_text(AP_MINE, encoding="utf-8")
    paths["herald"].write_text(HERALD, encoding="utf-8")
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths([str(paths["ap"])], store, embedder=hashing_embedder)
        report = stream.ingest_paths([str(paths["herald"])], store, embedder=hashing_embedder)
        assert report.near_duplicates and not report.added
        herald = next(a for a in store.articles() if a.source == str(paths["herald"]))
        assert (herald.outlet, herald.title, herald.published) == (
            "The Fresno Herald", "Miners trapped after copper mine collapses in northern Chile", "2026-10-13")
