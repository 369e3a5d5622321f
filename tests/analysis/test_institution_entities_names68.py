"""Each report's generic body is its own (issue #11, newuser67): two fires' reports that both write "the Fire and Rescue
Service" after "West Yorkshire Fire and Rescue Service" (Leeds) and "Avon Fire and Rescue Service" (Bristol) had one
entity "Fire and Rescue Service" of both, as one body named in both texts. A name made only of the generic words of
bodies' names (text data "institution_words") is linked within its document only; a name of one body is linked
across documents as before. Texts written for this test."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor

from ._docs import segmented_doc


def _fire(city: str, service: str, council: str) -> str:
    return (f"A fire at a recycling plant in {city} sent a plume of smoke over the city on Tuesday evening. "
            f"{service} said eight appliances were called to the site. "
            "Firefighters were still damping down on Wednesday morning, the Fire and Rescue Service said. "
            f"{council} said air quality was being monitored.")


def _entities(a: str, b: str, lang: str = "en") -> list:
    return list(EntityExtractor().extract([segmented_doc(a, lang, "d1"), segmented_doc(b, lang, "d2")]))


def test_two_documents_generic_body_names_are_two_entities():
    got = _entities(_fire("Leeds", "West Yorkshire Fire and Rescue Service", "Leeds City Council"),
                    _fire("Bristol", "Avon Fire and Rescue Service", "Bristol City Council"))
    generic = [e for e in got if e.name == "Fire and Rescue Service"]
    assert generic and all(len({m.doc for m in e.mentions}) == 1 for e in generic), generic
    both = [e.variants for e in got if len({m.doc for m in e.mentions}) > 1]
    assert not any("Service" in v or "Council" in v for vs in both for v in vs), both
    # one body named in both documents is one entity still
    got = _entities(_fire("Bristol", "Avon Fire and Rescue Service", "Bristol City Council"),
                    _fire("Avonmouth", "Avon Fire and Rescue Service", "Bristol City Council"))
    both = {v for e in got if len({m.doc for m in e.mentions}) > 1 for v in e.variants}
    assert "Bristol City Council" in both, both



def test_a_vietnamese_name_and_its_family_name_are_one_person():
    # "Nguyen Van An" and a later report's "Mr Nguyen" (issue #11, break67s2): the family name is written first
    got = _entities("Nguyen Van An, the captain of a fishing boat, was detained on Tuesday by coastguards.",
                    "Mr Nguyen, 52, had been fishing in the area for two decades, relatives said.")
    person = [e for e in got if "Nguyen Van An" in e.variants]
    assert person and "Nguyen" in person[0].variants and {m.doc for m in person[0].mentions} == {"d1", "d2"}, got
