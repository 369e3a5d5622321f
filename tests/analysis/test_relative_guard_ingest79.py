"""ingest79: the relative-phrase and "N ago" patterns behind a lookahead of their first characters match as before."""

import re

from anyascii import anyascii

from storylens.analysis.quantities import _calendar as K
from storylens.text._ascii import ascii_text


def test_first_letters_reads_the_pattern():
    assert K._first_letters("a|b?c") == "abc"
    assert K._first_letters("(?:in )?diese") == "di"
    assert K._first_letters(r"\b(?:\d+|one) days? ago") == r"\do"
    assert K._first_letters(r"[xy]z") is None  # a class: not read, no guard
    assert K._first_letters("a|") is None  # may match empty
    assert K._first_letters("(?:ab)*") is None


SAMPLES = [
    "Yesterday, the minister said TODAY that last week's vote was held 3 days ago, not three weeks ago.",
    "USA Today reported it. Heute morgen sagte er, vor zwei Wochen, letzte Woche und Morgen beginnt der Streik.",
    "Il y a deux jours, hier et aujourd’hui, la semaine dernière; l'an dernier.",
    "Вчера и сегодня, на прошлой неделе, два года назад. Hace 9 años; 9 lat temu; 9 yıl önce; 3 jaar geleden.",
    "ıt İt \u212a ſ yesterdayish pre-yesterday Ago 5 DAYS AGO",
]


def test_guarded_patterns_match_as_unguarded():
    tables = [(K._RELATIVE_RE[lang], r"(?<!\w)(?:" + "|".join(f"(?P<r{i}>{p})" for i, (p, _) in enumerate(rules))
               + r")(?!\w)") for lang, rules in K._RELATIVE.items()]
    tables += [(K._AGO_COMPILED[lang], p) for lang, p in K._AGO_RE.items()]
    tables += [(K._AGO_MORE_COMPILED[lang], p) for lang, p in K._AGO_MORE.items()]
    assert K._RELATIVE_RE["en"].pattern.startswith(r"(?<!\w)(?=[")  # a guard is there
    found = 0
    for guarded, plain in tables:
        plain_rx = re.compile(plain, re.IGNORECASE)
        for text in SAMPLES:
            want = [(m.span(), m.lastgroup) for m in plain_rx.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in guarded.finditer(text)] == want
            found += len(want)
    assert found > 15


def test_ascii_text_is_anyascii():
    for text in [*SAMPLES, "Токаев 欧洲央行 Ελλάδα Kılıçdaroğlu “quoted” \U0001f600 \ud800", ""]:
        assert ascii_text(text) == anyascii(text)
