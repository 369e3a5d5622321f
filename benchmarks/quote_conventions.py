"""Quote speakers on inputs written in the attribution conventions of news prose (en/fr/es/pl, de/ar).

    .venv/bin/python benchmarks/quote_conventions.py        # per-language counts
    .venv/bin/python benchmarks/quote_conventions.py -v     # + every case the code gets wrong

Reads benchmarks/data/quote_conventions.json (spk18, stop 31: written for the purpose, dev material;
no test or holdout text). Each text is cut by the pipeline's segmenter and run through
``analysis.quotes.extract_quote_spans``; a case is right when every quotation found has an accepted
speaker (see the file's note). Prints the CPU seconds used.
"""

from __future__ import annotations

import json
import re
import resource
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from anyascii import anyascii

from storylens.analysis.quotes import extract_quote_spans
from storylens.models import Document, Sentence
from storylens.text.segment import Segmenter

CASES = HERE / "data" / "quote_conventions.json"


def _words(name: str) -> list[str]:
    text = anyascii(name).lower()
    return re.sub(r"[^\w\s]", " ", text).split()


def _accepted(got: str | None, answers: list[str | None]) -> bool:
    """Equal words, or the surname part of an accepted name ("Trump" for "Donald Trump")."""
    if got is None:
        return None in answers
    g = _words(got)
    return any(a is not None and (g == _words(a) or (g and g[-1] == _words(a)[-1] and set(g) <= set(_words(a))))
               for a in answers)


def _speakers(segmenter: Segmenter, text: str, language: str) -> list[str | None]:
    spans = segmenter.split(text, language)
    sents = tuple(Sentence(f"d1:s{i}", s.text, s.start, s.end, s.paragraph, language=language) for i, s in enumerate(spans))
    doc = Document(id="d1", source="d1", text=text, sentences=sents, language=language)
    return [q.speaker for q in extract_quote_spans([doc])]


def _right(case: dict, got: list[str | None]) -> bool:
    if "every" in case:
        return bool(got) and all(_accepted(g, [case["every"]]) for g in got)
    want = case["each"]
    return len(got) == len(want) and all(_accepted(g, w) for g, w in zip(got, want))


def main() -> int:
    cases = json.loads(CASES.read_text(encoding="utf-8"))["cases"]
    segmenter = Segmenter()
    counts: dict[str, list[int]] = {}
    wrong = []
    for case in cases:
        try:
            got = _speakers(segmenter, case["text"], case["language"])
        except Exception as exc:  # noqa: BLE001 - a crash is a wrong case, named in the list
            got = [f"crash: {type(exc).__name__}"]
        ok = _right(case, got)
        tally = counts.setdefault(case["language"], [0, 0])
        tally[0] += ok
        tally[1] += 1
        if not ok:
            wrong.append(f"  {case['id']}: {got} want {case.get('every') or case.get('each')}")
    right = sum(c[0] for c in counts.values())
    print(f"quote speakers on written convention inputs: {right}/{len(cases)}  "
          + "  ".join(f"{lang} {c[0]}/{c[1]}" for lang, c in counts.items()))
    if "-v" in sys.argv:
        print("\n".join(wrong))
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(f"cpu {usage.ru_utime + usage.ru_stime:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
