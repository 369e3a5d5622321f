"""A name whose shared part is only the generic words of bodies' names is no name in common (issue #11, newuser67):
two fires' reports, "West Yorkshire Fire and Rescue Service" in Leeds and "Avon Fire and Rescue Service" in Bristol,
were one story at 0.67 on "same names: Rescue Service", and the place rule that holds two cities apart was silent
("Leeds City Council" / "Bristol City Council", "Houston Police Department" / "Phoenix Police Department" alike;
German's "Feuerwehr" was already no name, a common noun). Such words are no name in common only as the tails of two
bodies' names (or of one text's only): a body both texts name whole ties one event's reports, and so does one body
both write bare ("the Home Office", "the Coastguard": break68n V01, Y04, whose names in common were lost). Texts
written for these tests."""

from __future__ import annotations

import pytest

from tests.similarity._pairs import pair_score


def _fire(city: str, area: str, service: str, council: str, engines: str, manager: str) -> str:
    return (f"Blaze at {city} recycling plant sends smoke across the city\n\n"
            f"A fire at a recycling plant in the {area} area of {city} sent a thick plume of smoke over the city on "
            "Tuesday evening.\n\n"
            f"{service} said {engines} appliances were called to the site and residents were told to keep windows "
            "and doors closed.\n\n"
            "Firefighters were still damping down on Wednesday morning, the Fire and Rescue Service said.\n\n"
            f"{council} said air quality was being monitored and schools in the area would open as normal.\n\n"
            f"Station manager {manager} said an investigation into the cause would begin once the site was safe.")


def _shooting(city: str, road: str) -> str:
    return (f"Two shot outside {city} nightclub\n\n"
            f"Two men were wounded in a shooting outside a nightclub in {city} early Saturday, the {city} Police "
            "Department said.\n\n"
            f"Officers found both victims on {road}. The {city} Fire Department took the men to a hospital.\n\n"
            "Police Department spokesman said investigators were reviewing security video.")


TWO_EVENTS = [
    ("en", _fire("Leeds", "Stourton", "West Yorkshire Fire and Rescue Service", "Leeds City Council", "eight",
                 "Paul Hartley"),
     "en", _fire("Bristol", "Avonmouth", "Avon Fire and Rescue Service", "Bristol City Council", "ten",
                 "Sarah Collins")),
    ("en", _shooting("Houston", "Westheimer Road"), "en", _shooting("Phoenix", "Indian School Road")),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), TWO_EVENTS)
def test_bodies_sharing_only_generic_words_share_no_name(la, a, lb, b, hashing_embedder):
    for x, lx, y, ly in ((a, la, b, lb), (b, lb, a, la)):
        score = pair_score(x, y, lx, ly, 0.67, hashing_embedder)
        assert score.same_story is False, score.reasons
        assert not any(r.startswith("same names") for r in score.reasons), score.reasons


def test_a_body_both_name_whole_ties_one_event_and_its_tail_two(hashing_embedder):
    la, leeds, lb, bristol = TWO_EVENTS[0]
    assert pair_score(leeds, bristol, la, lb, 0.67, hashing_embedder).same_story is False
    a = _fire("Bristol", "Avonmouth", "Avon Fire and Rescue Service", "Bristol City Council", "ten", "Sarah Collins")
    b = ("Avonmouth recycling site fire: residents told to keep windows shut\n\n"
         "Smoke from a fire at a waste recycling site in Avonmouth, Bristol, drifted across the city on Tuesday.\n\n"
         "Avon Fire and Rescue Service sent ten fire engines to the plant.\n\n"
         "Bristol City Council advised people nearby to keep windows and doors shut.")
    score = pair_score(a, b, "en", "en", 0.67, hashing_embedder)
    assert score.same_story is True, score.reasons
    names = next(r for r in score.reasons if r.startswith("same names"))
    assert "Avon" in names and "Rescue" not in names and "Council" not in names, names



BARE_BODIES = [
    ("en", ("Asylum barge to close\n\nThe Home Office said on Monday that the Bibby Stockholm barge would close in "
            "January.\n\nAbout 300 men live on the vessel in Portland, Dorset."),
     ("Barge housing asylum seekers will shut\n\nThe Home Office confirmed the barge moored at Portland would not "
      "be used after January.\n\nCampaigners welcomed the decision."), "Home Office"),
    # "Agentes de la Policía Nacional": a join only between a body's generic words (break68n T12)
    ("es", ("La Policía Nacional ha detenido en Málaga a cinco personas por introducir hachís. Según la Policía "
            "Nacional, la red usaba naves de Vélez."),
     ("Agentes de la Policía Nacional detuvieron el martes a cinco hombres. La Policía Nacional explicó que la "
      "banda guardaba la droga en Vélez."), "Nacional"),
]


@pytest.mark.parametrize(("lang", "a", "b", "name"), BARE_BODIES)
def test_one_body_both_name_bare_is_a_name_in_common(lang, a, b, name, hashing_embedder):
    for x, y in ((a, b), (b, a)):
        score = pair_score(x, y, lang, lang, 0.67, hashing_embedder)
        names = next((r for r in score.reasons if r.startswith("same names")), "")
        assert name in names, score.reasons
