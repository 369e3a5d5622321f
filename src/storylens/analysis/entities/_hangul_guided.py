"""Korean texts' people named without a cue, read by the Latin names of the other reports (trial53 F9).

A Korean report names people bare, without the title word the Korean rules need ("후반 손흥민과 이강인의
연속골로", "로베르트 레반도프스키에게"), so a ko/pl or ko/en pair had no entity at all for them. Across
languages, a Hangul word (its particle cut) is a person when it reads as one Latin name of another report,
and only one: a Korean name of its own by the surname's and given name's readings (손흥민 / Son Heung-min,
:func:`native_person_match`), a foreign name of two words by sound, word by word (로베르트 레반도프스키 /
Robert Lewandowski; a Polish name also by its Polish reading, w as v). The Latin name is read from the
other report's capitalised words, so a name the rules cut ("Son" of "Son Heung-min") is found too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from functools import lru_cache
from importlib import resources

from ...models import Document
from ...text import profile, script_of
from ._match import _sound_script_match
from ._names import _Raw
from ._native import _particles, _without_particle, native_person_match

_HANGUL_WORD = re.compile("[\uac00-\ud7a3]+")
# Two or three capitalised words, a hyphenated given name's second part in lower case ("Son Heung-min")
_LATIN_NAME = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Za-zß-ÿ]+)?(?: [A-ZÀ-Þ][a-zß-ÿ]+(?:-[a-zß-ÿ]+)?){1,2}\b")


@lru_cache(maxsize=1)
def _name_particles() -> tuple[str, ...]:
    """Korean particles a bare name may carry (ko.json "particles", "name_final_particles" and
    "dative_particles": 레반도프스키에게 "to Lewandowski"), longest first."""
    raw = json.loads(resources.files("storylens").joinpath("text/data/ko.json").read_text("utf-8"))
    words = {*_particles("ko"), *profile("ko").name_final_particles, *raw.get("dative_particles", ())}
    return tuple(sorted(words, key=len, reverse=True))


def _latin_names(documents: Sequence[Document], languages: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """Every run of two or three capitalised words of the non-Korean reports, and each two-word tail of a
    three-word run ("Korei Hong Myung-bo" -> "Hong Myung-bo": a country's genitive before the name): form ->
    (doc id, sentence id) of its first sentence."""
    out: dict[str, tuple[str, str]] = {}
    for doc in documents:
        if languages.get(doc.id) == "ko":
            continue
        for sent in doc.sentences:
            for m in _LATIN_NAME.finditer(sent.text):
                words = m.group().split()
                for k in range(len(words) - 1):
                    out.setdefault(" ".join(words[k:]), (doc.id, sent.id))
    return out


def hangul_people_by_others(documents: Sequence[Document], raws: list[_Raw],
                            languages: Mapping[str, str]) -> list[_Raw]:
    """The Korean people and their Latin names (new mentions only) that one reads as the other, across
    reports of other languages; [] when no Korean report stands beside a report in Latin letters."""
    if not any(languages.get(d.id) == "ko" for d in documents) or all(languages.get(d.id) == "ko" for d in documents):
        return []
    latin = {u: at for u, at in _latin_names(documents, languages).items() if script_of(u) == "latin"}
    if not latin:
        return []
    particles = _name_particles()
    have = {(r.sentence, r.text) for r in raws}
    out: list[_Raw] = []

    def add(doc: str, sent: str, text: str) -> None:
        if (sent, text) not in have:
            have.add((sent, text))
            out.append(_Raw(doc, sent, text, "PERSON", "script", len(raws) + len(out)))

    for doc in documents:
        if languages.get(doc.id) != "ko":
            continue
        for sent in doc.sentences:
            plain = _HANGUL_WORD.findall(sent.text)
            words = [_without_particle(w, particles) for w in plain]
            for i, w in enumerate(words):
                fits: dict[str, str] = {}
                if 2 <= len(w) <= 4:
                    fits = {u: w for u in latin if native_person_match(u, w, "ko")}
                if not fits and i + 1 < len(words) and len(plain[i]) >= 2 and len(words[i + 1]) >= 2:
                    pair = f"{plain[i]} {words[i + 1]}"  # the first word carries no particle (안드레이: 이 is its own)
                    fits = {u: pair for u in latin if _sound_script_match(u, pair)}
                if len(fits) == 1:  # one Latin name only: no reading is guessed between two
                    u, name = next(iter(fits.items()))
                    add(doc.id, sent.id, name)
                    add(*latin[u], u)
    return out
