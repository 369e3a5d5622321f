"""The share of a partial count is a measure of its own (trial 17 #12): "With results from 99.6% of
constituencies counted, PiS had 35.6%" gives the share counted and a party's share of the vote; the 99.6 %
was compared with the final result's vote shares ("%: 99.6 / 35.6 / 30.4 vs 35.38 / 30.70")."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import compare_numbers, differing_numbers, extract_numbers

PARTIAL = {
    "en": "With results from 99.6% of constituencies counted, PiS had 35.6% of the vote and KO 30.4%.",
    "de": "Nach Auszählung von 99,6 Prozent der Wahlkreise kam die PiS auf 35,6 Prozent, die KO auf 30,4 Prozent.",
    "pl": "Po przeliczeniu 99,6% głosów PiS ma 35,6%, a KO 30,4%.",
    "ru": "После подсчета 99,6% бюллетеней ПиС набирает 35,6%, а КО 30,4%.",
    "fr": "Après dépouillement de 99,6 % des bulletins, le PiS obtient 35,6 % et la KO 30,4 %.",
    "it": "Con il 99,6% delle schede scrutinate, il PiS ha il 35,6% e la KO il 30,4%.",
    "es": "Escrutado el 99,6% de los votos, el PiS obtiene el 35,6% y la KO el 30,4%.",
    "zh": "计票99.6%后，法律与公正党得票35.6%，公民联盟得票30.4%。",
    "ar": "بعد فرز 99.6% من الأصوات حصل الحزب على 35.6% والائتلاف على 30.4%.",
    "tr": "Sandıkların yüzde 99,6'sı açıldı, PiS yüzde 35,6 ve KO yüzde 30,4 oy aldı.",
}
FINAL = "PiS won 35.38% of the vote, while KO took 30.70%."


def _percents(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.measure) for q in extract_numbers(text, lang) if q.unit == "%"]


@pytest.mark.parametrize("lang", sorted(PARTIAL))
def test_the_share_counted_is_its_own_measure(lang):
    # the parties' figures are vote shares where the clause says so ("of the vote", "głosów", "得票"), never counted
    found = _percents(PARTIAL[lang], lang)
    assert found[0] == (99.6, "counted") and [v for v, _ in found[1:]] == [35.6, 30.4]
    assert all(m in (None, "vote share") for _, m in found[1:]), found


@pytest.mark.parametrize("lang", ["en", "de", "pl", "ru", "zh"])
def test_the_share_counted_is_not_set_against_vote_shares(lang):
    found = compare_numbers(extract_numbers(PARTIAL[lang], lang), extract_numbers(FINAL, "en"))
    assert not any("99" in f for f in found), found
    assert differing_numbers(extract_numbers(PARTIAL[lang], lang), extract_numbers(FINAL, "en")) == []


def test_two_shares_counted_are_compared():
    found = compare_numbers(extract_numbers(PARTIAL["en"], "en"),
                            extract_numbers("With 98.1% of constituencies counted, PiS had 36.1%.", "en"))
    assert any("99.6" in f and "98.1" in f for f in found), found


def test_a_counting_word_gives_one_percentage_its_measure():
    # "counted" is read with its own percentage; the next one, of the vote, names none
    assert _percents("After 99.6% were counted PiS had 35.6%.", "en") == [(99.6, "counted"), (35.6, None)]
    assert _percents("Inflation rose to 2.4% in May.", "en") == [(2.4, "inflation")]


@pytest.mark.parametrize(("text", "lang"), [
    ("Nach Auszählung aller Stimmen kam Fidesz auf 52,1 Prozent, teilte das Nationale Wahlbüro mit.", "de"),
    ("Po przeliczeniu wszystkich głosów oddanych w niedzielę Fidesz ma 52,1 proc.", "pl"),
])
def test_a_counting_word_far_from_the_figure_names_no_share_counted(text, lang):
    # final32 #4: the final count's vote share was a "share counted", and the update line printed
    # "% counted: 99,6 → 52,1"
    assert [m for _, m in _percents(text, lang)] != ["counted"]
