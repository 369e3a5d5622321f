"""quotes73's speaker probes (benchmarks/data/quote_probes73.jsonl), run on any tree:

    PYTHONPATH=src python benchmarks/quote_probes73.py

Each probe is one text, its language and the speakers its quotations must have, in order (``speakers``; null for a
"record" probe, whose answer is printed, not judged), with main's answer at 48dde57b (``main``). Written before the
change (quotes73, issue #12): a relative clause or a first coordinated verb between a subject and its verb of saying
(who/which/qui/que/che/który/который, "The mayor visited Lyon and said"), in en/de/fr/es/it/pl/ru/tr, and the
neighbours that must not change (a named holder of the role, a comma-closed relative, a name before "and", zh/ar).
Prints each probe's verdict, whether it moved from main's answer, and the count.
Measured at quotes73 (main 48dde57b -> quotes73): 31/48 -> 47/48; no record probe moved. Still failing: Polish
"Burmistrz odwiedził Kraków i powiedział" (Kraków: Polish "i" is no "and" of the subject search, Italian's article)."""

from __future__ import annotations

import json
from pathlib import Path

from storylens.analysis.quotes import extract_quote_spans
from storylens.models import Document, Sentence
from storylens.text.segment import Segmenter

DATA = Path(__file__).parent / "data" / "quote_probes73.jsonl"


def speakers(text: str, lang: str) -> list[str | None]:
    spans = Segmenter().split(text, lang)
    sents = tuple(Sentence(f"d:s{i}", s.text, s.start, s.end, s.paragraph, language=lang) for i, s in enumerate(spans))
    doc = Document(id="d", source="d", text=text, sentences=sents, language=lang)
    return [q.speaker for q in extract_quote_spans([doc])]


def main(data: Path = DATA) -> None:
    """Print each probe of ``data`` (a probes .jsonl) with its verdict and main's answer where it moved, then the
    count right of judged and how many moved (quote_probes74.py runs its own file through this)."""
    right = judged = moved = 0
    for line in data.read_text(encoding="utf-8").splitlines():
        probe = json.loads(line)
        got = speakers(probe["text"], probe["lang"])
        want = probe["speakers"]
        verdict = "-" if want is None else ("OK" if got == want else "BAD")
        judged += want is not None
        right += verdict == "OK"
        moved += got != probe["main"]
        shift = "" if got == probe["main"] else f" (main {probe['main']})"
        print(f"{verdict:3} {probe['lang']} {probe['note']:11} {got}{shift} | {probe['text'][:80]}")
    print(f"{right}/{judged} right, {moved} moved from main")


if __name__ == "__main__":
    main()
