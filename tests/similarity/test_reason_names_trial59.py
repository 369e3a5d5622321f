"""trial59 F19: a Turkish case ending after an apostrophe is grammar, not part of a shared name."""

from types import SimpleNamespace

import storylens.similarity as sim


def test_case_ending_is_cut_from_a_shared_name():
    features = SimpleNamespace(name_spellings=(), shared_places=(), shared_names=("Bozkurt", "Kastamonu'da", "Kastamonu"))
    assert sim._verdict._reason_names(features) == ("Bozkurt", "Kastamonu")


def test_case_ending_of_a_place_already_listed_goes():
    features = SimpleNamespace(name_spellings=(), shared_places=("Ankara",), shared_names=("Ankara'dan", "Türkiye’nin", "AFAD"))
    assert sim._verdict._reason_names(features) == ("Türkiye", "AFAD")


def test_apostrophe_inside_a_name_stays():
    features = SimpleNamespace(name_spellings=(), shared_places=(), shared_names=("O'Brien", "d'Ivoire"))
    assert sim._verdict._reason_names(features) == ("O'Brien", "d'Ivoire")
