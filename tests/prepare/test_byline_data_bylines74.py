"""bylines74: the data files the unmarked byline reads to tell a paper or a company from its reporter
(data/eponyms.json, outlets.json "paper_ends") are keyed as prepare.clean reads them."""

from __future__ import annotations

import json
from importlib import resources

from storylens.prepare.clean import _eponyms, _listed_city
from storylens.text import given_name_gender, listed_given_name, outlets


def _data(name: str) -> dict:
    return json.loads(resources.files("storylens").joinpath(f"data/{name}").read_text("utf-8"))


def test_eponyms_are_given_named_and_paper_ends_folded():
    data = _data("eponyms.json")
    names = data["companies"] + data["airports"]
    assert len(_eponyms()) == len(names) + len(data["city_airports"])
    assert all(len(n.split()) > 1 and given_name_gender(n.split()[0]) for n in data["airports"])
    # (a company may open with a given name of both genders: "Taylor Morrison", "Kim Crawford"; leftovers77fix)
    assert all(len(n.split()) > 1 and listed_given_name(n.split()[0]) for n in names)
    # a city's airport or station by the person's surname ("Chicago O'Hare"): a listed city, then one word
    assert all(len(n.split()) == 2 and _listed_city(n.split()[0]) for n in data["city_airports"])
    assert all(w == w.casefold() for w in outlets().paper_ends) and "advocate" in outlets().paper_ends
