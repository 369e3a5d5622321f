"""final34 claim 3: a carrier's copy of a wire cut short, ingested in an EARLIER run than the wire, stayed the
article: the wire was filed as the copy's near-duplicate, the story's title and ledger read the copy. Now the
wire is marked as the copy's fuller text at ingest, and the story (its id unchanged) reads the wire through
the copy: title, row, ledger. Inputs written for this test (an invented flood and a fire)."""

from __future__ import annotations

from storylens import stream
from storylens.store import open_store
from storylens.stream.dedup import is_cut_copy
from storylens.stream.queries import get_story, ledger_scope, list_stories

ES_BODY = [
    ("VALLE ALTO, Norvia (Agencia Meridional) — Una crecida del río Sella inundó el martes el centro de Valle Alto, "
     "en el norte de Norvia, y nueve personas murieron, informaron los bomberos."),
    "Otras 41 personas resultaron heridas y 2.300 vecinos fueron evacuados a escuelas y polideportivos de la comarca.",
    '"El agua subió un metro en media hora", dijo la alcaldesa Irene Solís, que pidió ayuda al Gobierno regional.',
    "Los equipos de rescate recorrieron en barcas las calles del casco antiguo durante toda la noche.",
    "El Gobierno decretó dos días de luto y anunció ayudas de 15 millones de euros para los afectados.",
    "La línea ferroviaria entre Valle Alto y la costa permanecerá cortada al menos hasta el lunes.",
]
ES_COPY = ("Nueve muertos por la crecida del Sella\nEl Eco del Valle, 9 de diciembre de 2026\n\n"
           + "\n\n".join(ES_BODY[:5]) + "\n")
ES_WIRE = ("La crecida del río Sella inunda Valle Alto y deja nueve muertos\n"
           "Agencia Meridional, 9 de diciembre de 2026, por Tomás Arnedo\n\n" + "\n\n".join(ES_BODY) + "\n")

EN_BODY = [
    ("A wildfire driven by strong winds destroyed 140 homes in the hill town of Carrow on Sunday and forced "
     "6,500 residents to flee, fire officials said."),
    "Three firefighters were injured when a water tanker overturned on a mountain road, the county fire service said.",
    '"We have never seen a fire move this fast," said fire chief Dana Morrell, who has served in Carrow for 20 years.',
    "Evacuation centres opened in two schools and a sports hall in the neighbouring town of Brenley.",
    "The state governor declared an emergency and asked for federal help to fight the blaze.",
    "Forecasters expect the wind to drop on Tuesday, giving crews a chance to contain the fire.",
]
EN_COPY = "Fire destroys 140 homes in Carrow\nBy Staff, The Brenley Gazette\n\n" + "\n\n".join(EN_BODY[:4]) + "\n"
EN_WIRE = ("Wildfire destroys 140 homes, 6,500 flee in Carrow\nBy Lena Ostrova, Continental Press\n\n"
           + "\n\n".join(EN_BODY) + "\n")


def _two_runs(tmp_path, first: str, second: str, embedder):
    """Ingest ``first`` in one run and ``second`` in the next; returns the store's path and both ids."""
    paths = []
    for name, text in (("a", first), ("b", second)):
        folder = tmp_path / name
        folder.mkdir()
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        paths.append(str(folder / f"{name}.txt"))
    db = tmp_path / "s.db"
    with open_store(db) as store:
        stream.ingest_paths([paths[0]], store, embedder=embedder)
        story_before = list_stories(store).stories[0].id
        stream.ingest_paths([paths[1]], store, embedder=embedder)
        ids = {a.source: a.id for a in store.articles()}
    return db, ids[paths[0]], ids[paths[1]], story_before


def _check_read_through(tmp_path, copy: str, wire: str, embedder) -> None:
    db, copy_id, wire_id, story_before = _two_runs(tmp_path, copy, wire, embedder)
    with open_store(db) as store:
        stored = store.article(wire_id)
        assert stored is not None and stored.duplicate_of == copy_id  # the wire stays linked to the stored copy
        page = list_stories(store)
        assert [s.id for s in page.stories] == [story_before]  # the story id is stable
        view = get_story(store, story_before)
        wire_title = wire.splitlines()[0]
        assert view.title == page.stories[0].title == wire_title
        assert [a.title for a in view.articles] == [wire_title]
        assert [a.id for a in view.articles] == [copy_id]  # the member's id: the handle corrections take
        assert view.articles[0].outlet == stored.outlet
        scope = ledger_scope(view)
        assert scope["read"] == [wire_id] and "fuller text" in scope["note"]


def test_a_wire_ingested_after_its_cut_copy_is_what_the_story_reads_es(tmp_path, hashing_embedder):
    _check_read_through(tmp_path, ES_COPY, ES_WIRE, hashing_embedder)


def test_a_wire_ingested_after_its_cut_copy_is_what_the_story_reads_en(tmp_path, hashing_embedder):
    _check_read_through(tmp_path, EN_COPY, EN_WIRE, hashing_embedder)


def test_a_later_cut_copy_leaves_the_full_text_read(tmp_path, hashing_embedder):
    # the usual order: the wire first, the copy after it is its near-duplicate and marks nothing
    db, wire_id, copy_id, story = _two_runs(tmp_path, EN_WIRE, EN_COPY, hashing_embedder)
    with open_store(db) as store:
        assert store.article(copy_id).duplicate_of == wire_id
        assert "fuller_of" not in store.article(copy_id).metadata
        assert ledger_scope(get_story(store, story))["read"] == [wire_id]


def test_a_longer_copy_that_opens_otherwise_is_no_fuller_text(tmp_path, hashing_embedder):
    # another outlet's longer copy with its own opening paragraph is no fuller text of the stored one
    other = ("Wildfire destroys 140 homes in Carrow\nBy Lena Ostrova, Continental Press\n\n"
             "Officials in the county had warned residents of the fire risk for a week before Sunday's blaze.\n\n"
             + "\n\n".join(EN_BODY) + "\n")
    db, copy_id, other_id, story = _two_runs(tmp_path, EN_COPY, other, hashing_embedder)
    with open_store(db) as store:
        assert "fuller_of" not in store.article(other_id).metadata
        assert ledger_scope(get_story(store, story))["read"] == [copy_id]


def test_is_cut_copy_reads_the_opening_and_the_length():
    body = " ".join(f"word{i}" for i in range(60))
    assert is_cut_copy(body[:300], body)
    assert not is_cut_copy(body, body)  # not longer
    assert not is_cut_copy(body[:300], "other " + body)  # opens otherwise
    assert not is_cut_copy("ten words only " * 1, body)  # too short to tell
