"""The quantity readers' lookups that replaced scans (issue 16, pairfast51) answer as the scans did."""

import random
import re

from storylens.analysis.quantities._calendar import _BASE_WEEKDAYS
from storylens.analysis.quantities._dates import _known_weekday, _word_hits
from storylens.analysis.quantities._measures import _cjk_measures, _measure_of
from storylens.analysis.quantities._records import _is_cjk
from storylens.analysis.quantities._scan import _CLASSIFIERS
from storylens.analysis.quantities._units import _CJK_COMPOUND_END, _OBJECT_HEADS, _cjk_head, _digit_then
from storylens.text import measure_words


def test_digit_then_answers_as_the_pattern_per_word():
    # every window and word over a small alphabet of digits (ASCII, full-width, Arabic-Indic), letters, "_" and
    # non-word characters: the pattern's backtracking over \W runs on both sides of the word
    alphabet = "ab1２٣_ .,-\n"
    rng = random.Random(51)
    agreed = 0
    for _ in range(8000):
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 3)))
        window = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        expected = bool(re.search(r"\d\W*" + re.escape(word) + r"\W*$", window))
        assert _digit_then(word, window) is expected, (word, window)
        agreed += expected
    assert agreed > 50  # both answers were met
    assert _digit_then("magnitud", "un sismo 6,1 (magnitud) ")
    assert not _digit_then("magnitud", "sismo de 6,1 de magnitud ")  # a word between


def test_known_weekday_answers_as_the_scan_of_every_name():
    def scan(word: str, own: frozenset[str]) -> bool:
        return any(word.startswith(w) for w in _BASE_WEEKDAYS) or any(word.startswith(w) for w in own)

    words = [w + tail for w in _BASE_WEEKDAYS for tail in ("", "s", "en")] + [w[:-1] for w in _BASE_WEEKDAYS]
    words += ["", "mo", "freitagabend", "sobotka", "tuesdays"]
    for own in (frozenset(), frozenset({"pazartesi", "sob"})):
        for word in words:
            assert _known_weekday(word, own) is scan(word, own), word


def test_chinese_measure_is_the_longest_cue_opening_the_word():
    cues = [cue for cue, _ in _cjk_measures()]
    for cue in cues:
        for word in (cue, cue + "地震", cue[:-1] + "人"):
            expected = measure_words().get(word)
            if not expected and _is_cjk(word[:1]):  # a kana cue ("か月") is read as a word of the table only
                expected = next((key for c, key in _cjk_measures() if word.startswith(c)), None)
            assert _measure_of(word) == expected, word


def test_word_hits_gives_new_lists_each_call():
    text = "Am Montag, dem 3. März, und am Freitag"
    months, weekdays = _word_hits(text, "de")
    assert months and weekdays
    months.append(-1)
    assert -1 not in _word_hits(text, "de")[0]  # a caller's change never reaches the kept offsets


def test_cjk_head_answers_as_the_scan_of_every_cue():
    def scan(run: str) -> str | None:  # _cjk_head before pairfast51, its cues scanned at each position
        run = run.lstrip("".join(_CLASSIFIERS))
        compound = _CJK_COMPOUND_END.split(run, maxsplit=1)[0][:6]
        for i in range(1, len(compound)):
            key = next((k for c, k in _cjk_measures() if compound.startswith(c, i) and i + len(c) == len(compound)), None)
            if key:
                return key
        for i in range(1, len(compound)):
            key = next((k for c, k in _cjk_measures() if len(c) > 1 and compound.startswith(c, i)), None)
            if key in _OBJECT_HEADS:
                return key
        return None

    cues = [cue for cue, _ in _cjk_measures()]
    rng = random.Random(51)
    runs = ["个众议院席位", "架灭火飞机前往", "艘渔船遇难", "名救援人员", "辆救护车赶到", "人的", ""]
    runs += ["".join(rng.choice(cues) for _ in range(rng.randint(1, 3)))[: rng.randint(1, 8)] for _ in range(3000)]
    runs += [rng.choice("个架名位") + run for run in runs[:500]]
    for run in runs:
        assert _cjk_head(run) == scan(run), run
