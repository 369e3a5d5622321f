"""claims.attribution_core reads at most one word more than a credit may have after each comma or dash (quotes73: the
words of the whole rest of the sentence at each cut were quadratic in a long sentence of many commas). The cores are
the old reading's, which listed every word of the rest, on generated sentences of reporting verbs, dashes, commas,
figures and names. Inputs written for these tests."""

from __future__ import annotations

import random

from storylens.analysis import claims
from storylens.analysis.claims import _TAIL_CUT, _WORD, _credits_source, _leading_attribution, attribution_core

_WORDS = ("the police said , – — - on Monday he told reporters dijo el gobernador Marek Nowak 12 powiedział wojewoda "
          ". ! ? sagte er a déclaré según fuentes laut Polizei podała obrona cywilna teilte mit Wednesday it 3").split()


def _old(text: str, language: str | None) -> str:
    leading = _leading_attribution(language)
    opening = leading.match(text) if leading is not None else None
    if opening is not None and len(text) - opening.end() >= 4:
        return text[opening.end():]
    for cut in _TAIL_CUT.finditer(text):
        piece = text[cut.end():]
        words = [w.lower() for w in _WORD.findall(piece)]
        if _credits_source(words, piece.rstrip(" .!?"), language):
            core = text[:cut.start()].rstrip()
            return core if len(_WORD.findall(core)) >= 2 else text
    return text


def test_the_cores_are_the_old_readings():
    rng = random.Random(73)
    for _ in range(600):
        text = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 30)))
        for lang in ("en", "es", "pl", "de", "fr", "it"):
            assert attribution_core(text, lang) == _old(text, lang), (text, lang)


def test_a_credit_is_still_cut():
    assert attribution_core("Non ci sono vittime, ha detto il governatore regionale Marek Nowak.", "it") \
        == "Non ci sono vittime"


def test_a_long_sentence_reads_few_words_per_cut(monkeypatch):
    text = 'Anna Schmidt, the mayor of Lyon, who met Jan Nowak, said "we will not back down", ' * 300
    read = []
    real = claims._WORD

    class Counting:
        def finditer(self, s, pos=0):
            for m in real.finditer(s, pos):
                read.append(1)
                yield m

        def __getattr__(self, name):
            return getattr(real, name)

    old = _old(text, "en")
    monkeypatch.setattr(claims, "_WORD", Counting())
    assert attribution_core(text, "en") == old
    cuts = len(list(_TAIL_CUT.finditer(text)))
    assert len(read) <= cuts * (claims.DEFAULT.claim_dash_source_words + 1)
