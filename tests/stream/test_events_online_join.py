"""The online join reads the events rule (final34 claim 2, trial 19 #1): a second event of one kind at one
place a week later, with a lower toll, joined the first event's story online whenever its score reached the
join threshold (here through an undated report of the first event, whose "on Wednesday" dates nothing, or a
low threshold): the join read vectors, names and dates, never the openings' event days and tolls that
``similarity`` and the judged refine read. The stream now gives the clusterer the openings (this batch's
records, the store's texts for older articles), and a candidate story one of whose nearest members reports
another event is passed over, with the reason. A follow-up (the toll risen, the same day) still joins."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store

# a low join threshold: the hashing embedder's cosines are low, and every pair below must reach it
LOW = {"threshold": -0.5}

FIRST_EN = ("An avalanche buried a mountain hut near Puerto Calvén in southern Tarvia on Wednesday, killing 14 people, "
            "civil protection officials said.\n\nThirty people were injured in Puerto Calvén.")
SECOND_FR = ("Une avalanche a balayé mercredi matin la route d'accès au-dessus de Puerto Calvén, dans le sud de la "
             "Tarvie, tuant trois ouvriers et en blessant cinq, selon la protection civile.\n\n"
             "Les ouvriers déneigeaient la chaussée avec deux bulldozers lorsque la pente a cédé.")
SECOND_ES = ("Una avalancha barrió el miércoles por la mañana la carretera de acceso sobre Puerto Calvén, en el sur "
             "de Tarvia, y 3 obreros murieron, informó la defensa civil.\n\nOtras 5 personas resultaron heridas.")
FOLLOW_UP_DE = ("Drei Tage nach dem Lawinenabgang auf die Berghütte bei Puerto Calvén ist die Zahl der Toten auf 16 "
                "gestiegen, teilte der Zivilschutz am Samstag mit.\n\nDie Suche in Puerto Calvén wurde eingestellt.")
QUAKE_EN = ("A magnitude 6.4 earthquake struck the Zervan Mountains of northern Kestria on Monday 23 November, "
            "killing 38 people and injuring 210, the civil protection agency said.")
AFTERSHOCK_EN = ("A magnitude 5.1 aftershock struck the Zervan Mountains of northern Kestria on Monday 30 November, "
                 "killing two people and injuring 17, the civil protection agency said.")


def _doc(name: str, title: str, text: str, lang: str, published: str | None) -> RawDocument:
    meta = {"title": title, "language": lang}
    if published:
        meta["published"] = published
    return RawDocument(name, text, metadata=meta)


def _stories(store) -> dict[str, str]:
    return {k: a.story for k, a in store.assignments().items()}


def _ids(store) -> dict[str, str]:
    return {a.source: a.id for a in store.articles()}


@pytest.mark.parametrize("second", [("fr", SECOND_FR, "Nouvelle avalanche à Puerto Calvén : trois ouvriers tués"),
                                    ("es", SECOND_ES, "Nueva avalancha en Puerto Calvén")])
def test_a_second_event_a_week_later_is_a_story_of_its_own(tmp_path, hashing_embedder, second):
    lang, text, title = second
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([_doc("first.txt", "Avalanche buries mountain hut in Puerto Calvén", FIRST_EN, "en", "2026-12-10"),
                       _doc("second.txt", title, text, lang, "2026-12-17")],
                      store, embedder=hashing_embedder, clusterer_params=LOW)
        ids, story = _ids(store), _stories(store)
        assert story[ids["first.txt"]] != story[ids["second.txt"]]
        why = store.assignments()[ids["second.txt"]].reason
        assert "toll is lower" in why and "16 December and 9 December" in why


def test_the_store_gives_the_openings_of_an_earlier_run(tmp_path, hashing_embedder):
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([_doc("quake.txt", "Earthquake kills 38 in Kestria", QUAKE_EN, "en", "2026-11-23")],
                      store, embedder=hashing_embedder, clusterer_params=LOW)
    with open_store(tmp_path / "s.db") as store:  # a new run: the quake's text is read back from the store
        stream.ingest([_doc("after.txt", "Aftershock kills two in Kestria", AFTERSHOCK_EN, "en", "2026-11-30")],
                      store, embedder=hashing_embedder)
        ids, story = _ids(store), _stories(store)
        assert story[ids["quake.txt"]] != story[ids["after.txt"]]


def test_a_follow_up_with_a_risen_toll_still_joins(tmp_path, hashing_embedder):
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([_doc("first.txt", "Avalanche buries mountain hut in Puerto Calvén", FIRST_EN, "en", "2026-12-10"),
                       _doc("follow.txt", "Lawinenunglück in Puerto Calvén: 16 Tote", FOLLOW_UP_DE, "de", "2026-12-12")],
                      store, embedder=hashing_embedder, clusterer_params=LOW)
        ids, story = _ids(store), _stories(store)
        assert story[ids["first.txt"]] == story[ids["follow.txt"]]


def test_undated_openings_give_no_evidence(tmp_path, hashing_embedder):
    # "on Wednesday" with no publication date dates no event: the rule cannot fire, the join stands
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([_doc("first.txt", "Avalanche buries mountain hut in Puerto Calvén", FIRST_EN, "en", None),
                       _doc("second.txt", "Nueva avalancha en Puerto Calvén", SECOND_ES, "es", None)],
                      store, embedder=hashing_embedder, clusterer_params=LOW)
        ids, story = _ids(store), _stories(store)
        assert story[ids["first.txt"]] == story[ids["second.txt"]]


def test_the_stream_reader_says_what_it_read_already_and_reads_nothing_for_it(tmp_path):
    # OpeningEvents.known: the clusterer asks it before reading a joining article's opening (a mate read
    # already with no dated toll holds nothing apart); it gives only the openings read, cleaning nothing
    from storylens.stream._clusterer import OpeningEvents

    with open_store(tmp_path / "s.db") as store:
        reader = OpeningEvents(store)
        reader.hold({"q": (QUAKE_EN, "en", "2026-11-23"), "a": (AFTERSHOCK_EN, "en", "2026-11-30")})
        assert reader.known(["q", "a"]) == {}
        read = reader(["q"])
        assert read["q"].event_days and read["q"].event_tolls
        assert reader.known(["q", "a", "never stored"]) == read


# Wire copies stored with their agency header over the story (inv42): the headline line says "UPDATE 1-...",
# the agency and a dateline follow. The stream cleans the raw text, then reads the headline over it.
WIRE_UPDATES = [
    ("en", ("UPDATE 1-Ferry runs aground off Greek island of Paros, four injured\n\nReuters\nATHENS, Nov 25, 2026\n\n"
            "A ferry carrying 312 passengers ran aground off the Greek island of Paros on Wednesday, the coast guard "
            "said. All passengers were taken off and four were slightly injured, a hospital official said.\n\n"
            "The port of Parikia was closed to ships until divers have inspected the hull."), "2026-11-25"),
    ("en", ("UPDATE 2-Fire at Tarvia copper mine kills three, 40 miners rescued\n\nReuters\nLIMA, Nov 18, 2026\n\n"
            "A fire broke out in a copper mine in southern Tarvia on Tuesday, killing three workers, the mining "
            "ministry said. Forty miners were brought to the surface overnight.\n\n"
            "The company said the cause of the fire was not yet known."), "2026-11-18"),
    ("de", ("UPDATE 1-Fähre läuft vor Paros auf Grund, vier Verletzte\n\nReuters\nATHEN, 25. November 2026\n\n"
            "Eine Fähre mit 312 Passagieren ist am Mittwoch vor der griechischen Insel Paros auf Grund gelaufen, teilte "
            "die Küstenwache mit. Vier Menschen wurden leicht verletzt.\n\n"
            "Der Hafen von Parikia bleibt für Schiffe gesperrt."), "2026-11-25"),
    ("es", ("ACTUALIZA 1-Incendio en una mina de cobre de Tarvia deja tres muertos\n\nReuters\nLIMA, 18 nov 2026\n\n"
            "Un incendio en una mina de cobre del sur de Tarvia mató el martes a tres trabajadores, informó el "
            "ministerio de Minería. Otros 40 mineros fueron rescatados durante la noche.\n\n"
            "La empresa dijo que aún se desconoce la causa del incendio."), "2026-11-18"),
]


@pytest.mark.parametrize("lang, raw, published", WIRE_UPDATES)
def test_a_stored_wire_copy_opens_as_it_did_in_its_batch(tmp_path, hashing_embedder, lang, raw, published):
    # One reading whichever run reads it: the writer that ingests an article reads its opening from the batch
    # (the stream's cleaned text under its headline), a later run from the store. Read with the headline put
    # over the raw text before cleaning, the stored copy kept its wire header ("UPDATE 1-Ferry runs aground":
    # a count "run 1" the batch's reading had not), so one stream ingested in one run or in two could differ.
    from storylens.stream._clusterer import OpeningEvents, refine_text

    doc = RawDocument("wire.txt", raw, metadata={"language": lang, "published": published})
    batch = stream.prepare_batch([doc], hashing_embedder)
    (prepared,) = batch.articles
    with open_store(tmp_path / "s.db") as store:
        stream.ingest([doc], store, embedder=hashing_embedder)
        held = OpeningEvents(store)
        held.hold({prepared.id: (refine_text(prepared.doc.title, prepared.doc.text), lang, published)})
        in_batch = held([prepared.id])[prepared.id]
        from_row = OpeningEvents(store)([prepared.id])[prepared.id]  # the event stored with its batch
        from_text = OpeningEvents(_NoEventRows(store))([prepared.id])[prepared.id]  # a store from before the rows
    assert in_batch.event_days and (in_batch.event_tolls or in_batch.event_counts)
    assert from_text == in_batch and from_row == in_batch


class _NoEventRows:
    """A store as one from before the opening_events rows: every stored event is read from its text."""

    def __init__(self, store):
        self._store = store
        self.texts_read = 0

    def opening_events(self, ids):
        return {}

    def articles(self, ids=None):
        self.texts_read += len(ids or ())
        return self._store.articles(ids)


def test_an_ingest_stores_its_articles_events_and_a_later_writer_reads_them_not_their_texts(store_url,
                                                                                            hashing_embedder):
    from storylens.stream._clusterer import OpeningEvents, decode_event, encode_event

    docs = [_doc("quake.txt", "Quake kills 38 in Kestria", QUAKE_EN, "en", "2026-11-23"),
            _doc("aftershock.txt", "Aftershock kills two in Kestria", AFTERSHOCK_EN, "en", "2026-11-30"),
            _doc("avalanche.txt", "Avalanche kills 14", FIRST_EN, "en", "2026-11-25")]
    with open_store(store_url) as store:
        stream.ingest(docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        ids = list(store.assignments())
        stored = store.opening_events(ids)
        assert sorted(stored) == sorted(ids) and len(ids) == 3  # every clustered article's
        by_text = _NoEventRows(store)
        from_text = OpeningEvents(by_text)(ids)
        assert by_text.texts_read == 3
        assert {a: decode_event(e) for a, e in stored.items()} == from_text  # as its text reads
        assert all(encode_event(decode_event(e)) == e for e in stored.values())
        assert any(e.event_days and e.event_tolls for e in from_text.values())
        counted = _NoEventRows(store)
        counted.opening_events = store.opening_events
        assert OpeningEvents(counted)(ids) == from_text and counted.texts_read == 0
