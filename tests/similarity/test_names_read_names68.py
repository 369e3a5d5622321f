"""Names not read as names in common (issue #11, break67s2), which lost the ties of two true reports of one event: a
person named family name first and later by it ("Nguyen Van An" / "Mr Nguyen", "Wang Li" / "Ms Wang"). The first
word of a name :func:`storylens.text.surname_first` reads is no given name, and a courtesy title glues no name; two
texts naming two people of one family name in full ("Wang Wei" / "Wang Fang") share no name (break68n F11). A
company named only at sentence starts is not read (break68n: "Aftershocks", "Ransomware", "Carmakers" opening
sentences were names in common of two events). Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.similarity._pairs import pair_score

CAPTAIN_A = ("Vietnamese fishing boat captain detained\n\n"
             "Nguyen Van An, the captain of a Vietnamese fishing boat, was detained on Tuesday by coastguards.\n\n"
             "His family said they had not heard from him since Sunday. The boat's 11 crew members were released.")
CAPTAIN_B = ("Captain held after boat seized at sea\n\n"
             "A fishing captain was detained on Tuesday after his boat was seized, Hanoi said.\n\n"
             "Mr Nguyen, 52, had been fishing in the area for two decades, relatives told local media. The foreign "
             "ministry called for Mr Nguyen to be released without delay.")
CLIMBER_A = ("Chinese climber rescued on Mount Everest\n\n"
             "Wang Li, a 41-year-old climber, was rescued on Thursday after a night near the summit of Mount Everest.\n\n"
             "Sherpas found her at about 8,400 metres and brought her down to Camp Four.")
CLIMBER_B = ("Climber saved after night in death zone\n\n"
             "A climber who spent a night in the death zone was brought down alive on Thursday, organisers said.\n\n"
             "Ms Wang was found by two guides and helped to a lower camp. Ms Wang was later flown to a hospital.")


@pytest.mark.parametrize(("a", "b", "name"), [(CAPTAIN_A, CAPTAIN_B, "Nguyen"), (CLIMBER_A, CLIMBER_B, "Wang")])
def test_the_name_two_reports_share_is_read(a, b, name, hashing_embedder):
    for x, y in ((a, b), (b, a)):
        score = pair_score(x, y, "en", "en", 0.67, hashing_embedder)
        names = next((r for r in score.reasons if r.startswith("same names")), "")
        assert name in names, score.reasons


RIDER = ("Delivery rider praised for catching thief\n\n"
         "Shanghai delivery rider Wang Wei was praised by police after he chased and caught a phone thief on Tuesday.\n\n"
         "Mr Wang, 29, said he acted without thinking. Police gave him a reward of 2,000 yuan.")
TEACHER = ("Teacher wins national prize\n\n"
           "Wang Fang, a primary school teacher in Chengdu, has won a national teaching prize for her work.\n\n"
           "Ms Wang, 45, has taught sign language for two decades. The prize was presented in Beijing on Friday.")
OPENERS = [
    (("Aftershocks rattled eastern Turkey on Monday. Aftershocks said to reach magnitude 5 damaged homes in "
      "Malatya, officials said."),
     ("Aftershocks shook northern Japan on Tuesday. Aftershocks reported by the weather agency cut power in "
      "Ishikawa, officials said."), "en", "Aftershocks"),
    (("Cyberattaques : un hôpital de Brest paralysé lundi. Cyberattaques revendiquées par un groupe russe, selon "
      "la direction."),
     ("Cyberattaques contre la mairie de Lille mercredi. Cyberattaques en hausse, affirme le parquet."), "fr",
     "Cyberattaques"),
]


def test_two_people_of_one_family_name_share_no_name(hashing_embedder):
    for x, y in ((RIDER, TEACHER), (TEACHER, RIDER)):
        score = pair_score(x, y, "en", "en", 0.55, hashing_embedder)
        assert not any("Wang" in r for r in score.reasons if r.startswith("same names")), score.reasons


@pytest.mark.parametrize(("a", "b", "lang", "word"), OPENERS)
def test_a_common_noun_opening_sentences_is_no_name(a, b, lang, word, hashing_embedder):
    score = pair_score(a, b, lang, lang, 0.55, hashing_embedder)
    assert not any(word in r for r in score.reasons if r.startswith("same names")), score.reasons
