"""ingest77: the entity keys' date blanking scans only near digits, and finds the sentence ends only where one may
start; both must find what the scans of the whole text found (same matches, same order)."""

from __future__ import annotations

import random

import pytest

import storylens.cluster as C

_TEXTS = [
    "On 12 March 2026 at 3 p.m. the council met.\nBy 15 Uhr on 2. Dezember, 4,000 people had gone. Police said 7.",
    "新华社北京12月2日电。凌晨3时许，一场山体滑坡造成12人死亡！另有3人失踪？",
    "Le 2 décembre 2026, à 15 heures.  Mardi 3 déc. 2026!  Rien.\n\n\n12 h\n",
    "El 2 de diciembre de 2026 a las 3 horas. 4 muertos.",
    "2 Aralık 2026 saat 3'te. 12 kişi öldü.",
    "No digit at all here. Nor here!",
    "",
    "1",
    "May 12, 2022 and pro 2022. " * 40 + "x" * 300 + " 12 mar. 3 a.m.",
]


def _random_texts(n: int) -> list[str]:
    rnd = random.Random(77)
    alphabet = list("ab Zé_ \n\t.,!?:。！？") + list("0123456789") + [" March ", " Uhr ", " dec ", " 12 ", "月", "日"]
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 60))) for _ in range(n)]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "tr", "zh", None])
def test_windowed_scan_finds_what_the_whole_scan_finds(language: str | None) -> None:
    patterns = C._date_time_patterns(C._cue_language(language))
    reach = C._patterns_reach(patterns)
    assert reach is not None  # the shipped patterns are bounded: the windows are in use
    for text in _TEXTS + _random_texts(400):
        windows = C._digit_windows(text, reach)
        for rx in patterns:
            whole = [m.span() for m in rx.finditer(text)]
            windowed = [m.span() for start, end in windows for m in rx.finditer(text, start, end)]
            assert windowed == whole, (rx.pattern[:60], text)


def test_unbounded_reach_scans_the_whole_text() -> None:
    assert C._digit_windows("a 1 b", None) == [(0, 5)]
    assert C._digit_windows("no digits", 10) == []


def test_sentence_ends_are_the_patterns_matches() -> None:
    for text in _TEXTS + _random_texts(3000):
        assert C._sentence_ends(text) == [m.span() for m in C._SENTENCE_END.finditer(text)], text
