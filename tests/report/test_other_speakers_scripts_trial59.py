"""trial59 F9: the same words credited to two people whose names are written in two alphabets (Polish "Tomasz
Wrona", Ukrainian «Агнешка Малець») are a speaker conflict; one name spelled per alphabet is not."""

import pytest

from storylens.models import Quote
from storylens.report.pipeline import _other_speakers


def _quote(speaker: str, doc: str) -> Quote:
    return Quote(id=f"{doc}q", doc=doc, sentence=f"{doc}:s0", text="…", speaker=speaker)


@pytest.mark.parametrize(("a", "b"), [
    ("Tomasz Wrona", "Агнешка Малець"),
    ("Νίκος Καραλής", "Maria Papadopoulou"),
    ("Анна Смирнова", "Jan Kowalski"),
])
def test_two_people_across_alphabets(a, b):
    assert _other_speakers(_quote(a, "d1"), _quote(b, "d2"))


@pytest.mark.parametrize(("a", "b"), [
    ("Agnieszka Malec", "Агнешка Малець"),
    ("Tomasz Wrona", "Томаш Врона"),
    ("Nikos Karalis", "Νίκος Καραλής"),
    ("Sergei Lavrov", "Сергей Лавров"),
    ("Xi Jinping", "Си Цзиньпин"),
    ("Li Qiang", "Ли Цян"),
    ("Kim Jong Un", "Ким Чен Ын"),
    ("Ursula von der Leyen", "Урсула фон дер Ляйен"),
    ("Jean-Noël Barrot", "Жан-Ноэль Барро"),
    ("Tomasz Wrona", "Врона"),
])
def test_one_person_across_alphabets(a, b):
    assert not _other_speakers(_quote(a, "d1"), _quote(b, "d2"))
