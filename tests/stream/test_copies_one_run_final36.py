"""final36 F2: in ONE ingest run of a cut copy, a retitled full copy, another report and the full text, the
retitled copy shares under half its shingles with the cut copy (the first copy) and was stored as a third
article: the same text read twice, coverage 3. A copy is now linked through the later near-duplicate it
repeats (the full text, linked to the cut copy) to their canonical. Inputs written for this test."""

from __future__ import annotations

from storylens import stream
from storylens.store import open_store
from storylens.stream.queries import list_stories

EN_BODY = [
    ("KESSARY, Dec 1 (Nordwire) - A passenger ferry ran aground in fog off the island of Kessary on Tuesday "
     "morning, and all 41 passengers and 9 crew were taken off by lifeboats, the coast guard said."),
    "The ferry Sula was on its way from the mainland port of Arnvik when it struck a sandbank two miles off the island.",
    "Nobody was hurt, the coast guard said, and the passengers were taken to a school hall in the island's harbour town.",
    "The ferry operator said the vessel would be towed off at high tide on Wednesday and inspected in dry dock.",
    "Investigators from the maritime safety board flew to the island on Tuesday afternoon to question the crew.",
    "The route's winter timetable had already been cut to two crossings a day because of the short daylight hours.",
    "It was the second grounding on the route in three years, after a smaller ferry touched the same bank.",
    "Islanders have long asked for a second navigation light on the headland, which the port authority rejected as too costly.",
]
DE_BODY = [
    ("KESSARY, 1. Dez. (Nordwire) - Eine Passagierfähre ist am Dienstagmorgen im Nebel vor der Insel Kessary auf "
     "Grund gelaufen, alle 41 Fahrgäste und 9 Besatzungsmitglieder wurden mit Rettungsbooten an Land gebracht."),
    "Die Fähre Sula war vom Festlandhafen Arnvik unterwegs, als sie zwei Meilen vor der Insel auf eine Sandbank lief.",
    "Verletzt wurde niemand, teilte die Küstenwache mit, die Fahrgäste wurden in eine Schulhalle im Hafenort gebracht.",
    "Die Reederei erklärte, das Schiff solle am Mittwoch bei Flut freigeschleppt und im Trockendock untersucht werden.",
    "Ermittler der Seesicherheitsbehörde flogen am Dienstagnachmittag auf die Insel, um die Besatzung zu befragen.",
    "Der Winterfahrplan der Linie war wegen der kurzen Tage bereits auf zwei Überfahrten am Tag gekürzt worden.",
    "Es war die zweite Grundberührung auf der Strecke in drei Jahren, nachdem eine kleinere Fähre dieselbe Bank traf.",
    "Die Inselbewohner fordern seit langem ein zweites Leuchtfeuer auf der Landzunge, was die Hafenbehörde ablehnte.",
]
EN_OTHER = ("Storm closes Valdoria's main airport for a second day\n\n"
            "VALDORIA - Gales of up to 120 km an hour kept the main airport of Valdoria closed on Tuesday, and 300 "
            "flights were cancelled, the airport said. Trains between the capital and the coast also stopped.\n\n"
            "Forecasters said the wind would ease on Thursday.\n")


def _files(head: str, retitled: str, body: list[str]) -> dict[str, str]:
    return {"cut": head + "\n\n" + "\n\n".join(body[:4]) + "\n",
            "retitled": retitled + "\n\n" + "\n\n".join(body) + "\n",
            "other": EN_OTHER,
            "full": head + "\n\n" + "\n\n".join(body) + "\n"}


def _one_run(tmp_path, files: dict[str, str], embedder) -> None:
    paths = []
    for name, text in files.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    with open_store(tmp_path / "s.db") as store:
        stream.ingest_paths(paths, store, embedder=embedder)
        by_name = {a.source.rsplit("/", 1)[-1][:-4]: a for a in store.articles()}
        canonical = by_name["cut"].duplicate_of or by_name["cut"].id
        assert by_name["full"].duplicate_of == canonical or by_name["full"].id == canonical
        # the retitled copy is the same text: linked, never a third article of the story
        assert by_name["retitled"].duplicate_of == canonical
        assert by_name["other"].duplicate_of is None  # another report stays an article
        members = {a.id for s in list_stories(store).stories for a in s.articles}
        assert by_name["retitled"].id not in members and canonical in members


def test_retitled_copy_in_one_run_with_cut_and_full_en(tmp_path, hashing_embedder):
    _one_run(tmp_path, _files("Ferry runs aground off Kessary island, 41 passengers evacuated",
                              "Fog blamed as Kessary ferry Sula hits a sandbank near Arnvik route; all aboard safe", EN_BODY), hashing_embedder)


def test_retitled_copy_in_one_run_with_cut_and_full_de(tmp_path, hashing_embedder):
    _one_run(tmp_path, _files("Fähre läuft vor Kessary auf Grund, 41 Fahrgäste gerettet",
                              "Fähre läuft vor Kessary im Nebel auf Sandbank, alle gerettet", DE_BODY), hashing_embedder)
