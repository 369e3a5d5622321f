"""pysbd's abbreviation scan rewrote the whole text once per occurrence of each abbreviation (quadratic in a long
sentence); text.segment makes each (occurrence, next character) rewrite once (quotes73). The sentences are pysbd's own
on generated texts full of abbreviations, dots, capitals and numbers, in the languages StoryLens splits with pysbd.
Inputs written for these tests."""

from __future__ import annotations

import random

import pysbd
import pytest
from pysbd.abbreviation_replacer import AbbreviationReplacer

from storylens.text.segment import _abbreviations_once, _pysbd_own_abbreviations

_WORDS = {
    "en": "Mr. Dr. St. No. a. no. e.g. i.e. U.S. Jan. vs. etc. Inc. a an and the Smith said 12 3.5 It He"
          " approx. Gen. Sen. p.m. I",
    "de": "Dr. z.B. bzw. Nr. ca. usw. Str. Hr. Fr. u.a. der die Berlin sagte 12. Jan. Es Er am 3. Mai",
    "fr": "M. Mme. Dr. etc. p. ex. av. J.-C. St. le la Paris a dit 12 Il Elle n° art.",
    "es": "Sr. Sra. Dr. etc. pág. núm. Av. EE.UU. el la Madrid dijo 12 Él Ella a. C.",
    "it": "Sig. Dott. ecc. pag. n. art. S. il la Roma ha detto 12 Lui Lei p.es.",
    "pl": "dr prof. tys. mln. woj. m.in. ul. np. tzw. nr itd. pan Warszawa powiedział 12 On Ona r.",
    "ru": "г. гг. т.е. т.д. и т.п. ул. д. тыс. млн. руб. Москва сказал 12 Он Она им.",
    "ar": "د. م. ص.ب. ه ا. د إلخ قال الوزير 12 هو هي",
}
_GAPS = (" ", " ", " ", ". ", "? ", "! ", ", ", " (", ") ", ' "', '" ', "  ", ".")


def _text(rng: random.Random, lang: str) -> str:
    words = _WORDS[lang].split()
    return "".join(rng.choice(words) + rng.choice(_GAPS) for _ in range(rng.randint(5, 120)))


@pytest.mark.parametrize("lang", sorted(_WORDS))
def test_the_sentences_are_pysbds_own(lang, monkeypatch):
    _pysbd_own_abbreviations()  # (our scan in pysbd's place)
    own = _pysbd_own_abbreviations()
    segmenter = pysbd.Segmenter(language=lang, clean=False, char_span=False)
    rng = random.Random(lang)
    texts = [_text(rng, lang) for _ in range(40)]
    ours = [segmenter.segment(t) for t in texts]
    monkeypatch.setattr(AbbreviationReplacer, "search_for_abbreviations_in_string", own)
    assert [segmenter.segment(t) for t in texts] == ours


def test_the_scan_rewrites_as_pysbd_does():
    own = _pysbd_own_abbreviations()
    rng = random.Random(3)
    for lang in sorted(_WORDS):
        replacer = AbbreviationReplacer("", pysbd.Segmenter(language=lang).language_module)
        for _ in range(60):
            text = _text(rng, lang)
            assert _abbreviations_once(replacer, text) == own(replacer, text), (lang, text)
    assert own is not _abbreviations_once and AbbreviationReplacer.search_for_abbreviations_in_string is _abbreviations_once


def _sentinel(self, text):  # pysbd's scan stand-in: the install must leave or replace it
    return text


@pytest.mark.parametrize(("version", "ours"), [("0.3.4", True), ("0.3.5", False), ("0.4.0", False)])
def test_our_scan_only_replaces_the_release_it_was_checked_against(version, ours, monkeypatch):
    monkeypatch.setattr(pysbd, "__version__", version)
    monkeypatch.setattr(AbbreviationReplacer, "search_for_abbreviations_in_string", _sentinel)
    own = _pysbd_own_abbreviations.__wrapped__()  # (the install itself, past its once-per-process cache)
    assert own is _sentinel
    installed = AbbreviationReplacer.search_for_abbreviations_in_string
    assert installed is (_abbreviations_once if ours else _sentinel)
