"""The stream keeps a follow-up in another city that names the earlier report's event in its story, in either order
(break55 F2: "Zelensky said in Kyiv on Monday that the plan agreed ... at their summit on March 6" and the Brussels
summit's report 11 days before were two stories at ingest, in ``stories --refine`` and in a rebuild, held apart by
"different cities in the openings"). The online join reads the verdict's rules (:class:`similarity.VerdictRules`),
which now read :func:`similarity._events._recalls_event`. The texts are written for these tests."""

from __future__ import annotations

import pytest

from storylens import stream
from storylens.models import RawDocument
from storylens.store import open_store

LOW = {"threshold": -0.5}  # the hashing embedder's cosines are low: every pair below reaches the cut

QUAKE = ("A magnitude 6.8 earthquake struck near Marrakesh on Monday, killing at least 40 people and destroying "
         "hundreds of homes in the Atlas mountains, Morocco's interior ministry said.")
REBUILD = ("Morocco's King Mohammed VI on Friday approved a reconstruction plan in Rabat for the villages destroyed in "
           "the earthquake of September 8, which killed 52 people, the interior ministry said.")
GIPFEL = ("Die Staats- und Regierungschefs der EU haben am Donnerstag bei einem Sondergipfel in Brüssel ein Programm über "
          "800 Milliarden Euro für die Verteidigung gebilligt. Ungarns Regierungschef Viktor Orbán trug die Erklärung nicht mit.")
ERKLAERUNG = ("Bundeskanzler Olaf Scholz hat am Freitag in Berlin die Beschlüsse des Sondergipfels verteidigt und gesagt, "
              "Deutschland werde seinen Anteil am 800-Milliarden-Programm tragen. Ungarns Regierungschef Viktor Orbán "
              "kritisierte er erneut.")


def _doc(name: str, text: str, published: str, language: str) -> RawDocument:
    return RawDocument(name, text, metadata={"title": text.split(",")[0][:60], "language": language,
                                             "published": published})


@pytest.mark.parametrize("later_first", [False, True])
@pytest.mark.parametrize(("first", "second", "lang"), [
    ((QUAKE, "2025-09-08"), (REBUILD, "2025-09-19"), "en"),
    ((GIPFEL, "2025-03-06"), (ERKLAERUNG, "2025-03-14"), "de"),
])
def test_a_follow_up_naming_the_event_joins_its_story_in_either_order(tmp_path, hashing_embedder, first, second, lang,
                                                                      later_first):
    docs = [_doc("a.txt", first[0], first[1], lang), _doc("b.txt", second[0], second[1], lang)]
    with open_store(tmp_path / "s.db") as store:
        stream.ingest(docs[::-1] if later_first else docs, store, embedder=hashing_embedder, clusterer_params=LOW)
        ids = {a.source: a.id for a in store.articles()}
        story = {k: r.story for k, r in store.assignments().items()}
    assert story[ids["a.txt"]] == story[ids["b.txt"]]
