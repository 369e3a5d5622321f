"""German mayors (stop 56, from break55's office findings): a city's Oberbürgermeister and a plain Bürgermeister
are no two holders of one office, since beside an Oberbürgermeister a Bürgermeister is one of the city's deputies
(Munich's Dieter Reiter and its third mayor Verena Dietl). Another language's mayor translates the Oberbürgermeister,
so the same holds for "Bottrop Mayor" against "Bottrops Bürgermeister". Two Oberbürgermeister, or two plain
Bürgermeister of one town, with other names are still two holders. Texts written for this test (the town's
officials invented: "Tischler" is a German noun, so the surname is "Tischlak")."""

from __future__ import annotations

import pytest

from storylens.similarity import VerdictRules
from storylens.similarity._offices import _office_holders

OB = ("Bottrop: Neue Kläranlage eröffnet\nBottrops Oberbürgermeister Bernd Tischlak hat am Montag die neue Kläranlage an "
      "der Emscher eröffnet. Die Anlage kostete 80 Millionen Euro und reinigt das Abwasser von 120.000 Menschen.")
BM = ("Bottrop: Kläranlage nimmt Betrieb auf\nBottrops Bürgermeister Klaus Strehl sagte am Donnerstag, die neue Kläranlage "
      "an der Emscher laufe ohne Probleme. Die Anlage kostete 80 Millionen Euro.")
EN = ("Bottrop opens new treatment plant\nBottrop Mayor Bernd Tischlak opened the new sewage treatment plant on the "
      "Emscher on Monday. The plant cost 80 million euros and serves 120,000 people.")


def _apart(a: tuple[str, str, str], b: tuple[str, str, str]) -> tuple[str | None, str | None]:
    rules = VerdictRules()
    rules.add("a", *a)
    rules.add("b", *b)
    return rules.apart("a", "b"), rules.apart("b", "a")


@pytest.mark.parametrize(("a", "b"), [
    ((OB, "de", "2026-03-02"), (BM, "de", "2026-03-05")),  # the Oberbürgermeister and a deputy
    ((EN, "en", "2026-03-02"), (BM, "de", "2026-03-05")),  # another language's mayor and a deputy
    ((OB, "de", "2026-03-02"), (BM.replace("Klaus Strehl", "Bernd Tischlak"), "de", "2026-03-05")),  # one man, both ways
])
def test_an_oberburgermeister_and_a_burgermeister_are_no_two_holders(a, b):
    assert all(why is None or not why.startswith("different holders") for why in _apart(a, b))


@pytest.mark.parametrize(("a", "b"), [
    ((OB, "de", "2026-03-02"), (BM.replace("Bürgermeister", "Oberbürgermeister"), "de", "2026-03-05")),
    ((BM.replace("Klaus Strehl", "Bernd Tischlak"), "de", "2026-03-02"), (BM, "de", "2026-03-05")),
    ((EN, "en", "2026-03-02"), (BM.replace("Bürgermeister", "Oberbürgermeister"), "de", "2026-03-05")),
])
def test_two_holders_of_one_office_are_still_read(a, b):
    assert all(why is not None and why.startswith("different holders of one office: Bottrop mayor") for why in _apart(a, b))


def test_a_plain_burgermeister_has_an_office_key_of_its_own():
    assert [k for k, _, _ in _office_holders(BM, "de")] == ["bürgermeister|bottrop"]
    assert [k for k, _, _ in _office_holders(OB, "de")] == ["mayor|bottrop"]
    assert [office for _, office, _ in _office_holders(BM, "de")] == ["Bottrop mayor"]  # shown as a mayor
