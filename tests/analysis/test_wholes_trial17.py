"""The size of a whole is no part's count (new-user trial 17 #2, Poland's 2023 election told in eight
languages): "194 seats in the 460-seat Sejm" was compared with "157 мандатов" ("seat: 460 vs 157") in
every comparison that held the English report, and an update read "seat: 460 → 248"."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import compare_numbers, extract_numbers
from storylens.stream.versions import text_changes


def _counts(text: str, lang: str):
    return filter_numbers(text, extract_numbers(text, lang)).get("count", [])


_PARTIES = (("Правящая партия ПиС получила 35,38% голосов и 194 мандата, "
            "оппозиционная «Гражданская коалиция» — 30,70% и 157 мандатов."), "ru")


@pytest.mark.parametrize(
    "text, lang",
    [
        ("PiS won 35.38% of the vote and 194 seats in the 460-seat Sejm", "en"),
        ("Law and Justice won 194 seats in the 460-member lower house.", "en"),
        ("PiS zdobył 194 mandaty w 460-osobowym Sejmie.", "pl"),
        ("ПиС получила 194 места в 460-местном Сейме.", "ru"),
        ("Die PiS errang 194 Sitze im 460 Sitze zählenden Sejm.", "de"),
        ("法律与公正党在拥有460个席位的众议院中获得194席。", "zh"),
    ],
)
def test_a_chambers_size_is_no_partys_seat_count(text, lang):
    assert compare_numbers(_counts(text, lang), _counts(*_PARTIES)) == []
    whole = [q for q in extract_numbers(text, lang) if q.value == 460]
    assert whole and all(q.whole for q in whole)
    assert not any(q.whole for q in extract_numbers(text, lang) if q.value == 194)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Три оппозиционные силы вместе располагают 248 мандатами из 460.", "ru"),
        ("Ensemble, KO, la Troisième Voie et la Gauche disposent de 248 sièges sur 460.", "fr"),
        ("Insieme l'opposizione conta 248 seggi su 460.", "it"),
        ("ويملك تحالف المعارضة معا 248 مقعدا من أصل 460.", "ar"),
        ("KO, Trzecia Droga i Lewica mają razem 248 mandatów w 460-osobowym Sejmie.", "pl"),
        ("Die drei Oppositionsparteien kommen zusammen auf 248 der 460 Sitze.", "de"),
        ("三个反对派政党共获得460个席位中的248个。", "zh"),
    ],
)
def test_the_total_of_a_part_is_a_whole(text, lang):
    assert {q.value: q.whole for q in extract_numbers(text, lang) if q.value in (248, 460)} == {248: False, 460: True}


def test_two_wholes_still_conflict():
    a = _counts("Smer won 42 seats in the 150-seat National Council.", "en")
    b = _counts("Smer won 42 seats in the 160-seat National Council.", "en")
    assert compare_numbers(a, b) == ["seat (total): 150 vs 160"]


def test_an_update_from_a_chambers_size_to_a_partys_seats_is_no_change_of_one_figure():
    changes = text_changes("PiS had 35.6% of the vote. The opposition is set to have a majority in the 460-seat Sejm.",
                           "PiS had 35.6% of the vote. The opposition has 248 seats, a majority in the Sejm.", "en")
    assert not any("460 → 248" in c for c in changes)
