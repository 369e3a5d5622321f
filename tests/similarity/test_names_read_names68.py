"""Names not read as names in common (issue #11, break67s2), which lost the ties of two true reports of one event: a
company named only at sentence starts ("Covestro said on Monday ..." / "Covestro confirmed ..."), and a person named
family name first and later by it ("Nguyen Van An" / "Mr Nguyen", "Wang Li" / "Ms Wang"). A capitalised word
that opens sentences, that the language's lexicon does not know and that opens two sentences or one whose next
word is a reporting verb is a name; the first word of a name :func:`storylens.text.surname_first` reads is no given
name, and a courtesy title glues no name. Texts written for these tests."""

from __future__ import annotations

import pytest

from tests.similarity._pairs import pair_score

LEAK_A = ("Chemical leak at Leverkusen plant sends three workers to hospital\n\n"
          "Covestro said on Monday that a leak of toluene diisocyanate at its plant had been stopped within an hour.\n\n"
          "Three workers were taken to hospital as a precaution. None of them was seriously hurt.")
LEAK_B = ("Leak at chemicals site: residents told to shut windows\n\n"
          "Covestro confirmed a leak of a toxic chemical at its site on Monday morning.\n\n"
          "Three employees were treated in hospital. The leak was stopped after about 50 minutes, a spokeswoman said.")
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


@pytest.mark.parametrize(("a", "b", "name"), [(LEAK_A, LEAK_B, "Covestro"), (CAPTAIN_A, CAPTAIN_B, "Nguyen"),
                                              (CLIMBER_A, CLIMBER_B, "Wang")])
def test_the_name_two_reports_share_is_read(a, b, name, hashing_embedder):
    for x, y in ((a, b), (b, a)):
        score = pair_score(x, y, "en", "en", 0.67, hashing_embedder)
        names = next((r for r in score.reasons if r.startswith("same names")), "")
        assert name in names, score.reasons
