"""review34b #4: a Latin name was read by the rules Japanese and Korean write a German name with (final -er an
a, ch after a vowel an h, j a y, w a v) before two Latin spellings were compared, so a search for "Miller"
took "Milla"'s report, "Koch" "Koh"'s, "Jones" "Yones"'s, "Wu" "Vu"'s for the same person. Two Latin spellings
are now one name only by the orthographies' spelling tables (text/data "name_spelling"), on words of 5+ letters.
Both backends; the query's vector is far from every article, the other report near the found one's."""

from __future__ import annotations

import pytest

from .test_search_names import _unit
from .test_search_scripts import _FarQuery, _found, _write


def _pair(found: str, near: str) -> list[tuple[str, str, str, object]]:
    return [("Vote count", f"Mayor Anna {found} said the vote count would go on.", "en", _unit(1, 0, 0)),
            ("Auszählung", f"Bürgermeister Jovan {near} sagte, die Auszählung gehe weiter.", "de", _unit(1, 0.1, 0))]


@pytest.mark.parametrize(("query", "other"), [
    ("Miller", "Milla"), ("Mayer", "Maya"), ("Werner", "Verna"), ("Koch", "Koh"), ("Bach", "Bah"), ("Jones", "Yones"),
    ("Jung", "Yung"), ("Wu", "Vu"), ("Wang", "Vang"), ("Pfizer", "Fizer")])
def test_a_name_one_german_sound_rule_from_another_is_another_person(any_store, query, other):
    assert _found(_write(any_store, _pair(query, other)), query, embedder=_FarQuery()) == {1}


@pytest.mark.parametrize(("query", "other"), [
    ("Shevchenko", "Schewtschenko"), ("Szewczenko", "Shevchenko"), ("Ševčenko", "Schewtschenko"),
    ("Medvedev", "Miedwiediew"), ("Lavrov", "Ławrow"), ("Iwanow", "Ivanov")])
def test_a_name_written_by_another_orthography_is_the_same_person(any_store, query, other):
    assert _found(_write(any_store, _pair(query, other)), query, embedder=_FarQuery()) == {1, 2}
