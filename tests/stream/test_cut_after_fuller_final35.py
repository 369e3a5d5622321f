"""final35 c2 (the reverse of final34 claim 3): an outlet's full text ingested first, then its copy cut short,
were two members of one story and two documents of one outlet in the ledger, with no note. The cut copy is
now read through its fuller text: one document in the ledger (the fuller, which stays the article read),
one in the outlet's coverage, and a note. Inputs written for this test (an invented flood and a fire)."""

from __future__ import annotations

from storylens import stream
from storylens.store import open_store
from storylens.store.base import ArticleRecord
from storylens.stream.queries import get_story, ledger_scope, list_stories, stories_coverage
from storylens.stream.versions import cut_members

EN_BODY = [
    ("A wildfire driven by strong winds destroyed 140 homes in the hill town of Carrow on Sunday and forced "
     "6,500 residents to flee, fire officials said."),
    "Three firefighters were injured when a water tanker overturned on a mountain road, the county fire service said.",
    '"We have never seen a fire move this fast," said fire chief Dana Morrell, who has served in Carrow for 20 years.',
    "Evacuation centres opened in two schools and a sports hall in the neighbouring town of Brenley.",
    "The state governor declared an emergency and asked for federal help to fight the blaze.",
    "Forecasters expect the wind to drop on Tuesday, giving crews a chance to contain the fire.",
    "Insurers said the losses could reach 90 million dollars, the largest in the county's history.",
]
EN_HEAD = "Wildfire destroys 140 homes in Carrow\nBy Lena Ostrova | Continental Press | Dec. 13, 2026\n\n"
EN_FULL = EN_HEAD + "\n\n".join(EN_BODY) + "\n"
EN_CUT = EN_HEAD + "\n\n".join(EN_BODY[:2]) + "\n"

DE_BODY = [
    ("Ein Hochwasser der Sella hat am Dienstag die Altstadt von Talheim überflutet, neun Menschen kamen ums "
     "Leben, wie die Feuerwehr am Abend mitteilte."),
    "Weitere 41 Menschen wurden verletzt, 2300 Anwohner mussten ihre Häuser verlassen und kamen in Schulen unter.",
    '"Das Wasser stieg in einer halben Stunde um einen Meter", sagte Bürgermeisterin Irene Sommer.',
    "Rettungsteams fuhren die ganze Nacht mit Booten durch die Gassen der Altstadt.",
    "Die Landesregierung kündigte Hilfen von 15 Millionen Euro für die Betroffenen an.",
    "Die Bahnstrecke zwischen Talheim und der Küste bleibt mindestens bis Montag gesperrt.",
    "Meteorologen erwarten für das Wochenende weiteren Regen im oberen Sellatal.",
]
DE_HEAD = "Hochwasser in Talheim: neun Tote\nVon Karl Huber | Bergland-Zeitung | 09.12.2026\n\n"
DE_FULL = DE_HEAD + "\n\n".join(DE_BODY) + "\n"
DE_CUT = DE_HEAD + "\n\n".join(DE_BODY[:2]) + "\n"


def _runs(tmp_path, texts: list[str], embedder):
    """Ingest each text in a run of its own; returns the store's path and the ids in that order."""
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"t{n}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    db = tmp_path / "s.db"
    with open_store(db) as store:
        for path in paths:
            stream.ingest_paths([path], store, embedder=embedder)
        ids = {a.source: a.id for a in store.articles()}
    return db, [ids[p] for p in paths]


def _check_one_document(tmp_path, full: str, cut: str, embedder) -> None:
    db, (full_id, cut_id) = _runs(tmp_path, [full, cut], embedder)
    with open_store(db) as store:
        stored = store.article(cut_id)
        assert stored is not None and stored.duplicate_of is None  # cut by half: a member, no near-duplicate
        assigned = store.assignments([full_id, cut_id])
        story = assigned[full_id].story
        assert assigned[cut_id].story == story
        view = get_story(store, story)
        scope = ledger_scope(view)
        assert scope["documents"] == [full_id] and scope["read"] == [full_id]
        assert "cut copy" in scope["note"]
        assert dict(view.coverage.outlets) == {view.articles[0].outlet: 1}
        assert list_stories(store).stories[0].coverage == view.coverage  # the list counts as the view does
        assert stories_coverage(store, [story])[story] == view.coverage


def test_a_cut_copy_ingested_after_its_fuller_text_is_read_through_it_en(tmp_path, hashing_embedder):
    _check_one_document(tmp_path, EN_FULL, EN_CUT, hashing_embedder)


def test_a_cut_copy_ingested_after_its_fuller_text_is_read_through_it_de(tmp_path, hashing_embedder):
    _check_one_document(tmp_path, DE_FULL, DE_CUT, hashing_embedder)


def _record(aid: str, text: str, outlet: str, added: str, language: str = "en") -> ArticleRecord:
    return ArticleRecord(aid, f"{aid}.txt", text, outlet=outlet, language=language, added=added)


def test_cut_members_reads_only_a_later_copy_of_its_own_outlet_cut_from_an_earlier_text():
    full, cut = _record("full", EN_FULL, "Continental Press", "1"), _record("cut", EN_CUT, "Continental Press", "2")
    assert cut_members([full, cut], {"full": full, "cut": cut}) == {"cut": "full"}
    # whatever the ingest order (two texts stored in one second share their stamp): the fuller is read
    early, late = _record("cut", EN_CUT, "Continental Press", "1"), _record("full", EN_FULL, "Continental Press", "1")
    assert cut_members([late, early], {"cut": early, "full": late}) == {"cut": "full"}
    # another outlet's copy: no version of the outlet's article
    other = _record("cut", EN_CUT.replace("Continental Press", "Brenley Gazette"), "Brenley Gazette", "2")
    assert cut_members([full, other], {"full": full, "cut": other}) == {}
    # a follow-up opening with other words is no cut copy, however short
    follow = _record("follow", EN_HEAD + "\n\n".join(
        ["Crews contained the wildfire that destroyed 140 homes in Carrow on Monday, fire officials said.",
         *EN_BODY[1:3]]) + "\n", "Continental Press", "2")
    assert cut_members([full, follow], {"full": full, "follow": follow}) == {}
