"""The stream holds apart what the pair verdict holds apart (issue #11, break53 F4): two meetings of the same
leaders in two cities weeks apart ("Sánchez met Zelensky in Kyiv on Monday" / "... in Madrid on Thursday", 24
days apart) were one story online, joined on their cosine and names, and a German pair of one template ("Merz hat
am Montag in Warschau ... getroffen" / "... in Berlin ...") was stored as a copy, though ``storylens similarity``
says "different cities in the openings". The online join and the near-duplicate link now read the verdict's
hold-apart rules (:class:`storylens.stream._clusterer.VerdictApart`, no model loaded) on the candidate they would
accept; a report of the same meeting the next day, and a copy of one report, still join. The texts are written for
these tests (other leaders, cities and languages than break53's)."""

from __future__ import annotations

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store

LOW = {"threshold": -0.5}  # the hashing embedder's cosines are low: every pair below reaches the cut

KYIV = ("Portuguese Prime Minister Luís Montenegro met Ukrainian President Volodymyr Zelensky in Kyiv on Monday and "
        "promised 200 million euros for air defence this year, officials in both governments said.")
LISBON = ("Portuguese Prime Minister Luís Montenegro met Ukrainian President Volodymyr Zelensky in Lisbon on Thursday "
          "and promised 200 million euros for air defence this year, officials in both governments said.")
NEXT_DAY = ("A day after meeting Ukrainian President Volodymyr Zelensky in Kyiv on Monday, Portuguese Prime Minister Luís "
            "Montenegro said on Tuesday that the 200 million euros for air defence would be delivered this year.")
# one template, two cities three weeks apart, in German: a near-duplicate by its shingles (0.55) and its cosine
PRAG = ("Österreichs Bundeskanzler Christian Stocker hat am Dienstag in Prag den tschechischen Ministerpräsidenten "
        "Petr Fiala getroffen und über Energie und Verkehr gesprochen.")
WIEN = PRAG.replace("in Prag", "in Wien")
ROMA = ("Il presidente del Consiglio Giorgia Meloni ha incontrato lunedì a Roma il cancelliere tedesco Friedrich Merz "
        "e ha parlato di difesa e di migrazione con il suo ospite.")
MILANO = ROMA.replace("a Roma", "a Milano")


def _doc(name: str, text: str, published: str, language: str = "en") -> RawDocument:
    return RawDocument(name, text, metadata={"title": text.split(",")[0][:60], "language": language,
                                             "published": published})


def _ingest(tmp_path, embedder, docs, name="s.db"):
    with open_store(tmp_path / name) as store:
        stream.ingest(docs, store, embedder=embedder, clusterer_params=LOW)
        ids = {a.source: a for a in store.articles()}
        story = {a.id: r.story for a in store.articles() if (r := store.assignments().get(a.id)) is not None}
        reasons = {a.id: r.reason for a in store.articles() if (r := store.assignments().get(a.id)) is not None}
    return ids, story, reasons


def test_two_meetings_in_two_cities_weeks_apart_are_two_stories_and_a_next_day_report_joins(tmp_path, hashing_embedder):
    ids, story, reasons = _ingest(tmp_path, hashing_embedder, [
        _doc("kyiv.txt", KYIV, "2026-03-02"), _doc("lisbon.txt", LISBON, "2026-03-26"), _doc("next.txt", NEXT_DAY, "2026-03-03")])
    kyiv, lisbon, nxt = (ids[n] for n in ("kyiv.txt", "lisbon.txt", "next.txt"))
    assert lisbon.duplicate_of is None  # no copy: another city, weeks later
    assert story[kyiv.id] != story[lisbon.id]
    assert story[kyiv.id] == story[nxt.id]
    assert "different cities in the openings" in reasons[lisbon.id]


def test_one_template_in_two_cities_is_no_copy_and_no_story_of_the_other(tmp_path, hashing_embedder):
    for k, (a, b, lang) in enumerate([(PRAG, WIEN, "de"), (ROMA, MILANO, "it")]):
        ids, story, _ = _ingest(tmp_path, hashing_embedder, [_doc("a.txt", a, "2026-05-05", lang),
                                                             _doc("b.txt", b, "2026-05-26", lang)], f"s{k}.db")
        first, second = ids["a.txt"], ids["b.txt"]
        assert second.duplicate_of is None, lang
        assert story[first.id] != story[second.id], lang


def test_a_copy_of_one_report_is_still_a_copy(tmp_path, hashing_embedder):
    ids, _, _ = _ingest(tmp_path, hashing_embedder, [_doc("a.txt", PRAG, "2026-05-05", "de"),
                                                     _doc("b.txt", PRAG + " (APA)", "2026-05-05", "de")])
    assert ids["b.txt"].duplicate_of == ids["a.txt"].id
