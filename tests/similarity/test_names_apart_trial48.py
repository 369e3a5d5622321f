"""Two events of one kind in one country, told from one dateline city, are not the same story (trial48 F16:
two bus crashes in Jordan, the Desert Highway and the Dead Sea road, "same story 0.85, same places: Amman,
Jordan"; F16b: landslides in Yunnan and Sichuan, "same story 0.91, same places: Beijing, China"). A dateline
is where the outlet files from, not where its event is: a place a text names only there is no shared place.
A place of the opening beside a country's possessive ("Bolivia's Yungas road", "China's Gansu province")
is a name of the opening: the run "Bolivia's Yungas" found Bolivia only. The texts are written for these
tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from storylens import similarity as sim

from ._pairs import features_en as _features
from ._pairs import score_row as _row

YUNGAS = (
    "Bus plunges off Bolivia's Yungas road, killing 14\n"
    "LA PAZ, March 4, 2026 (AP) - A bus carrying miners plunged into a ravine on Bolivia's Yungas road north of "
    "La Paz on Tuesday, killing 14 people and injuring 20, police said.\n"
    "The bus was travelling from Caranavi to the capital when its brakes failed, police colonel Marco Quiroga said. "
    "The injured were taken to hospitals in Coroico.")
ALTIPLANO = (
    "Seven killed as bus hits truck on Bolivia's Altiplano highway\n"
    "LA PAZ, March 6, 2026 (Reuters) - Seven people were killed and 11 injured on Thursday when a bus collided "
    "with a fuel truck on the Altiplano highway, Bolivia's transport police said.\n"
    "Spokeswoman Ana Mamani said the bus was carrying students to Oruro. The injured were taken to a hospital "
    "in El Alto.")
YUNGAS_OTHER = (
    "Fourteen killed as miners' bus falls into ravine on Yungas road\n"
    "LA PAZ, March 4, 2026 (Reuters) - Fourteen people died and 20 were hurt on Tuesday when a bus plunged off "
    "the Yungas road in Bolivia, police said.\n"
    "Police colonel Marco Quiroga said the brakes failed on the way from Caranavi. The wounded were flown to "
    "Coroico.")
GANSU = (
    "Landslide in China's Gansu buries homes, nine dead\n"
    "BEIJING, July 8, 2026 (AP) - A landslide buried homes in Zhouqu county in northwestern China's Gansu "
    "province early on Wednesday, killing nine people, state media reported.\n"
    "About 400 rescuers were sent to the site. Gansu officials ordered a search for the missing.")
GUIZHOU = (
    "Landslide hits village in China's Guizhou, four dead\n"
    "BEIJING, July 10, 2026 (Reuters) - A landslide hit a village in Nayong county in southwestern China's "
    "Guizhou province on Friday, killing four people, state broadcaster CCTV said.\n"
    "About 250 rescuers were sent to the site. Guizhou's governor ordered a search for the missing.")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


@pytest.mark.parametrize(("a", "b", "names_a", "names_b"), [
    (YUNGAS, ALTIPLANO, "Yungas", "Altiplano"),  # trial48 F16's kind: two roads of one country
    (GANSU, GUIZHOU, "Gansu", "Guizhou"),  # F16b's kind: two provinces
])
def test_two_events_at_two_places_below_one_country_are_two_stories(a, b, names_a, names_b, hashing_embedder):
    f = _features(a, b, hashing_embedder)
    assert f.names_apart is not None
    assert names_a in f.names_apart[0] and names_b in f.names_apart[1]
    score = sim._scoring._pair_score(_row(0.85), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different names in the openings: ")
    # the evidence is the same whatever the score: what the refine judge reads (sim.verdict_apart)
    assert sim.verdict_apart(f) is not None and score.reasons[0].startswith(sim.verdict_apart(f))


def test_the_dateline_city_is_no_shared_place(hashing_embedder):
    f = _features(GANSU, GUIZHOU, hashing_embedder)
    assert "Beijing" not in f.shared_places and "China" in f.shared_places
    f = _features(YUNGAS, ALTIPLANO, hashing_embedder)  # La Paz: both datelines, one text's "north of La Paz"
    assert "La Paz" not in f.shared_places
    assert not any("La Paz" in r for r in sim._scoring._pair_score(_row(0.3), f, MODEL).reasons if r.startswith("same places"))


def test_the_reason_shows_the_name_with_its_capitalised_words(hashing_embedder):
    dead_sea = ALTIPLANO.replace("Altiplano highway", "Dead Sea road")
    f = _features(YUNGAS, dead_sea, hashing_embedder)
    assert f.names_apart is not None and "Dead Sea" in f.names_apart[1]


def test_one_crash_told_by_two_outlets_stays_one_story(hashing_embedder):
    f = _features(YUNGAS, YUNGAS_OTHER, hashing_embedder)
    assert f.names_apart is None
    assert sim.verdict_apart(f) is None
    assert sim._scoring._pair_score(_row(0.85), f, MODEL).same_story is True


def test_a_place_beside_a_countrys_possessive_is_a_name_but_a_place_of_two_words_is_not():
    gaz = sim.Gazetteer.load()
    t = _text("Bus plunges off Bolivia's Yungas road\nA bus plunged off Bolivia's Yungas road on Tuesday, police "
              "said. The Yungas road is narrow.", gaz)
    assert "Yungas" in t.opening.names
    t = _text("Ferry sinks off South Africa, 12 dead\nA ferry sank off South Africa on Tuesday, killing 12 people. "
              "South Africa's navy said the ferry was old.", gaz)
    assert "South" not in t.opening.names and "Africa" not in t.opening.names


def _text(text: str, gaz: sim.Gazetteer):
    prepared = sim.prepare_text(text)
    return sim._sides._analyse(prepared.text, "en", None, sim._sides._kept_sentences(prepared.text), gaz, prepared.dateline)
