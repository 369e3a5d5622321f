"""bylines74: the data files the unmarked byline reads to tell a town, a paper or a company from its reporter
(data/place-given-names.json, data/eponyms.json, outlets.json "paper_ends") are keyed as prepare.clean reads them."""

from __future__ import annotations

import json
from importlib import resources

from storylens.prepare.clean import _eponyms, _folded_key, _given_name_places
from storylens.text import given_name_gender, outlets


def _data(name: str) -> dict:
    return json.loads(resources.files("storylens").joinpath(f"data/{name}").read_text("utf-8"))


def test_town_keys_are_folded_names_of_two_words_or_more_opening_with_a_given_name():
    keys = _data("place-given-names.json")["keys"]
    assert keys == sorted(set(keys)) and len(keys) > 500
    assert all(k == _folded_key(k) and len(k.split()) > 1 for k in keys)
    assert {"ann arbor", "teofilo otoni", "coral gables"} <= _given_name_places()
    assert not {"juan diaz", "diego martin", "miguel pereira"} & _given_name_places()  # a reporter's name as often
    # shaped like a person's name (an initial, a given name second, a particle inside): a reporter's when in doubt
    assert not {"jose c. paz", "paulo afonso", "juan jose rios", "jose de freitas", "glen burnie"} & _given_name_places()


def test_eponyms_are_given_named_and_paper_ends_folded():
    data = _data("eponyms.json")
    names = data["companies"] + data["airports"]
    assert len(_eponyms()) == len(names)
    assert all(len(n.split()) > 1 and given_name_gender(n.split()[0]) for n in names)
    assert all(w == w.casefold() for w in outlets().paper_ends) and "advocate" in outlets().paper_ends
