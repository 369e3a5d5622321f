"""ent44: one consonant key (text.consonant_letters) for the stream's short names across scripts and the entity
linker's Arabic places with the article, which kept near-twin copies (stream._across._consonants and a local
function of analysis.entities._link._arabic_article_place)."""

from __future__ import annotations

import pytest

from storylens.text import consonant_letters


@pytest.mark.parametrize(("a", "b"), [
    ("Rabie", "ربيع"),  # Arabic: the vowels and the ayn are no consonant letters
    ("Kickl", "Кикль"),  # Cyrillic: the soft sign goes
    ("Ouazzane", "وزان"),  # a doubled letter once, w a vowel
    ("Shukri", "شكري"),  # a digraph as one letter
    ("Khalid", "خالد"),
])
def test_one_name_in_two_scripts_has_one_key(a: str, b: str) -> None:
    assert consonant_letters(a) == consonant_letters(b)


@pytest.mark.parametrize(("a", "b"), [
    ("Kickl", "وقال"),  # "and he said": q is no k by default (the search's sound-alikes)
    ("Kickl", "غلوري"),  # gh-l-r (Glory)
    ("Rabie", "Robert"),
])
def test_other_words_keep_other_keys(a: str, b: str) -> None:
    assert consonant_letters(a) != consonant_letters(b)


def test_options_keep_h_and_read_q_as_k() -> None:
    assert consonant_letters("Haouz") == "z" and consonant_letters("Haouz", keep_h=True) == "hz"
    assert consonant_letters("حوز", keep_h=True) == "hz"
    assert consonant_letters("قنيطرة".removesuffix("ة"), q_as_k=True) == consonant_letters("Kenitra", q_as_k=True)
    assert consonant_letters("قنيطرة".removesuffix("ة")) != consonant_letters("Kenitra")


def test_both_callers_read_it() -> None:
    from storylens.analysis.entities._link import _arabic_article_place
    from storylens.stream._across import _short_alike

    assert _arabic_article_place("Al Haouz", "الحوز") is not None
    assert _arabic_article_place("El Kenitra", "القنيطرة") is not None  # q read as k
    assert _short_alike("Rabie", "ربيع") and not _short_alike("Kickl", "وقال")
