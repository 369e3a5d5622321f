"""Headline-only pages over one site's cookie banner (break56 F4): the banner's buttons were kept as each page's
lead ("Manage preferences.", "Privacy policy.") and its button words as entity keys, so unrelated headlines
became one story at ingest. The buttons go in cleaning (text data site_notices "consent"); a banner the data
does not know is page furniture still (prepare.story_part), and a wall page's entity keys are its headline's.
Written for this test."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.models import RawDocument
from storylens.store import SQLiteStore

HEADLINES = {
    "en": ["Trump signs stopgap bill, averting government shutdown",
           "Nadal to play exhibition match in Madrid next month",
           "Earthquake of magnitude 5.1 shakes southern Greece"],
    "pl": ["Sejm uchwalił budżet na 2026 rok", "Powódź na Dolnym Śląsku", "Legia wygrała z Lechem"],
}


@pytest.mark.parametrize("lang, banner", [
    ("en", ("We use cookies and similar technologies to improve your experience. By clicking Accept all you agree "
            "to our use of cookies. Manage preferences. Privacy policy.\nAccept all | Reject all")),
    # a wording the consent data does not list: the wall is still furniture
    ("en", ("Your privacy matters to us. We and our 842 partners store and access information on a device, such as "
            "unique IDs in cookies.\nConsent | Do not consent | Options")),
    ("pl", ("Używamy plików cookie, aby ulepszyć działanie serwisu. Klikając Akceptuję, wyrażasz zgodę.\n"
            "Akceptuję | Odrzuć wszystkie | Ustawienia")),
])
def test_unrelated_headlines_over_one_banner_are_separate_stories(tmp_path, hashing_embedder, lang, banner):
    docs = [RawDocument(f"{k}.txt", f"{h}\n{banner}") for k, h in enumerate(HEADLINES[lang])]
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest(docs, store, embedder=hashing_embedder)
        assigned = store.assignments()
        assert len(assigned) == 3
        assert len({a.story for a in assigned.values()}) == 3


def test_a_wall_page_still_joins_its_story(tmp_path, hashing_embedder):
    article = ("A fire at a hotel in central Kolkata killed 14 people late on Tuesday, police said. Firefighters "
               "rescued 13 guests from the six-storey building. The owner of the hotel was detained on Wednesday.")
    wall = ("Hotel fire kills 14 in Kolkata, owner detained\nWe use cookies and similar technologies to improve your "
            "experience. By clicking Accept all you agree to our use of cookies. Manage preferences.\nAccept all | Reject all")
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest([RawDocument("a.txt", "Hotel fire in Kolkata kills 14\n" + article), RawDocument("b.txt", wall)],
                      store, embedder=hashing_embedder)
        assert len({a.story for a in store.assignments().values()}) == 1


def test_headlines_over_one_banner_are_no_copies(tmp_path, hashing_embedder):
    # a Dutch banner no consent data lists: short headlines over it shared most of their shingles and were
    # linked as near-duplicates of the first page
    banner = ("Wij gebruiken cookies om onze website te verbeteren. Door op Alles accepteren te klikken ga je akkoord.\n"
              "Alles accepteren | Alles weigeren | Instellingen")
    heads = ["Kabinet presenteert nieuwe begroting", "Storm veroorzaakt overlast in Zeeland", "Ajax verliest van PSV"]
    with SQLiteStore(tmp_path / "s.db") as store:
        report = stream.ingest([RawDocument(f"{k}.txt", f"{h}\n{banner}") for k, h in enumerate(heads)], store,
                               embedder=hashing_embedder)
        assert not report.near_duplicates
        assert len({a.story for a in store.assignments().values()}) == 3


def test_the_wall_checks_ask_only_the_junk_test(monkeypatch):
    # headline57: a wall page's keys and the near-duplicate link read only the junk test; the topic test after it
    # (prepare._topic.off_topic_part) answers only for off-topic bodies, which both kept as they were, and cost
    # 0.12 of the 0.35 CPU-ms a dev text the keys' check took
    import storylens.prepare._topic as topic
    from storylens.stream.dedup import _wall_page
    from storylens.stream.prepare import _wall_headline

    def no_topic_test(text: str) -> None:
        raise AssertionError("the topic test ran")

    monkeypatch.setattr(topic, "off_topic_part", no_topic_test)
    forum = ("Großbrand zerstört Lagerhalle im Bremer Hafen\nWie lange ist die Frist bei einer Kündigung der Wohnung? "
             "Hallo, ich möchte meinen Mietvertrag kündigen, weil ich im Sommer umziehe. Leider verstehe ich den "
             "Vertrag nicht ganz. Dort steht, dass beide Seiten mit drei Monaten zum Monatsende kündigen können. "
             "Zählt der Monat, in dem ich den Brief abschicke, schon mit? Ich hoffe, jemand kann mir helfen.")
    wall = f"{HEADLINES['en'][0]}\nWe use cookies to improve your experience. Manage preferences.\nAccept all | Reject all"
    doc = type("Doc", (), {"text": forum})()
    assert _wall_headline(doc) is None and not _wall_page(forum)
    assert _wall_page(wall)
