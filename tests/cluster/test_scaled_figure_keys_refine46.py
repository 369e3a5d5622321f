"""A figure written with its language's scale word is keyed by its value in the stream (issue #11, stop 46).

"40 тисяч" (uk) and "40 tys." (pl) were "#40" -- a small count, no key in common -- and "40.000" (de) "#40000": the
Ukrainian report of a Kharkiv water-main burst shared no figure with its German report and only a small count with
its Polish one, and a language the sentence encoder does not read joins on keys alone (settings.cluster_blind_sim).
The pair verdict read these by value since stop 45; the stream's keys now do too (each text's own language's scale
words: Czech "mil" is a million, Spanish "mil" a thousand).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storylens.cluster import _keys_in_common, entity_keys
from storylens.settings import DEFAULT

BLIND = Path(__file__).resolve().parents[1] / "data" / "blind"


def _numbers(text: str, lang: str) -> set[str]:
    return {k for k in entity_keys(text, lang) if k[:1] == "#"}


@pytest.mark.parametrize(("name", "lang"), [("uk_kharkiv_water", "uk"), ("pl_kharkiv_water", "pl"),
                                            ("de_kharkiv_water", "de")])
def test_the_kharkiv_reports_key_forty_thousand_residents_alike(name, lang):
    keys = _numbers((BLIND / f"{name}.txt").read_text("utf-8"), lang)
    assert "#40000" in keys and "#40" not in keys, keys


@pytest.mark.parametrize(("text", "lang", "key"), [
    ("Rund 1,2 Millionen Menschen sind betroffen.", "de", "#1200000"),
    ("About 1.2 million people are affected.", "en", "#1200000"),
    ("About 1,200,000 people are affected.", "en", "#1200000"),
    ("Evacuaron a 3 mil personas.", "es", "#3000"),
    ("Škoda dosáhla 3 mil. korun.", "cs", "#3000000"),
    ("Ewakuowano 12 tys. osób.", "pl", "#12000"),
])
def test_a_scale_word_of_the_texts_language_scales_its_figure(text, lang, key):
    assert key in _numbers(text, lang)


def test_a_figure_without_a_scale_word_is_as_before():
    assert _numbers("Bez wody zostało 40 mieszkańców, 25 cystern.", "pl") == {"#40", "#25"}


def test_the_ukrainian_and_polish_reports_now_share_a_key_in_common():
    uk = entity_keys((BLIND / "uk_kharkiv_water.txt").read_text("utf-8"), "uk")
    pl = entity_keys((BLIND / "pl_kharkiv_water.txt").read_text("utf-8"), "pl")
    shared = _keys_in_common(uk, pl, DEFAULT.cluster_small_count_keys)[2]
    assert "#40000" in shared, shared
