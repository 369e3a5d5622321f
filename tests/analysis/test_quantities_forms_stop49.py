"""Counts whose form hid what they count or how large they are (issue #12, stop 49: try48 F5/F6, break48
F9-F11, trial63 F7): a participle with a bare number ("wounding 24"), an adjective between the number and its
noun ("12 Nederlandse soldaten"), letters that are no scale ("2B pencil"), telephone numbers, "2m barrels"."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, extract_numbers


def _units(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.unit) for q in extract_numbers(text, lang)]


# try48 F6: the adverbial participle of a toll verb before a bare number says what it counts
PARTICIPLES = {
    "en": "The blast killed 12 people, wounding 24.",
    "ru": "Взрыв убил 12 человек, ранив 24.",
    "uk": "Вибух убив 12 людей, поранивши 24.",
    "pl": "Wybuch zabił 12 osób, raniąc 24.",
    "el": "Η έκρηξη σκότωσε 12 ανθρώπους, τραυματίζοντας 24.",
    "nl": "De explosie doodde 12 mensen en verwondde 24.",
}


@pytest.mark.parametrize("lang", sorted(PARTICIPLES))
def test_a_participle_before_a_bare_number_names_its_toll(lang):
    assert _units(PARTICIPLES[lang], lang) == [(12.0, "killed"), (24.0, "injured")]


# try48 F5: an adjective between the number and the noun it counts; each against an English count of soldiers
ADJECTIVES = {
    "nl": ("Er zijn 12 Nederlandse soldaten in Mali.", "soldier"),
    "pl": ("W Iraku stacjonuje 12 polskich żołnierzy.", "soldier"),
    "ru": ("В Сирии находятся 12 российских военных.", "soldier"),
    "tr": ("Bölgede 12 Türk askeri bulunuyor.", "soldier"),
    "zh": ("当地驻有12名中国士兵。", "soldier"),
    "ja": ("日本兵12人が駐留している。", "soldier"),
}


@pytest.mark.parametrize("lang", sorted(ADJECTIVES))
def test_an_adjective_between_number_and_noun_is_skipped(lang):
    text, key = ADJECTIVES[lang]
    found = compare_numbers(extract_numbers(text, lang), extract_numbers("There are 14 foreign soldiers there.", "en"))
    assert found == [f"{key}: 12 vs 14"]


@pytest.mark.parametrize(("lang", "text"), [
    ("nl", "Er werden 12 Nederlandse soldaten gedood."),
    ("pl", "W ataku zginęło 12 polskich żołnierzy."),
    ("tr", "Saldırıda 12 Türk askeri şehit oldu."),
    ("ja", "攻撃で12人の日本兵が死亡した。"),
    ("ja", "事故で12人の観光客が死亡した。"),
])
def test_the_toll_after_an_adjective_and_noun_is_read(lang, text):
    assert _units(text, lang) == [(12.0, "killed")]


def test_a_word_before_a_noun_is_kept_unless_an_adjective():
    # "mieszkańców" is no adjective: the count is not one of villages ("wsi")
    assert _units("W Iraku mieszka 12 mieszkańców wsi.", "pl") == [(12.0, "mieszkańców")]
    # 兵 names a compound only at its end: "兵庫" (Hyogo) is no soldier
    assert _units("12人の兵庫県民が避難した。", "ja")[0][1] != "soldier"

