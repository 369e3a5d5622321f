"""Build ``src/storylens/data/place-common-forms.json``: inflected common words of the languages read that
fold to a foreign name of a large city, so a strict gazetteer find does not read them as that city.

German capitalises every noun: "Türen" (doors) folds to "turen", a GeoNames name of Turin (trial55 F4:
"different places: Turin vs Frankfurt am Main"); Italian "tori" (bulls) folds to "tori", another;
"Wieden" (willows) is Vienna's "wieden". The list is every word form of simplemma's lexicon of a
language read (``storylens.text.LANGUAGES``) whose lemma differs from the form (an inflected form: a
place's own name is its own lemma), whose lemma names no place of the gazetteer ("Warszawie" of
"Warszawa" stays a place), and whose fold is the key of a city of the similarity gazetteer
(``similarity-model-gazetteer.json``) other than the city's own label ("Turin" stays Turin). A form that a
city's GeoNames names spell with the same letters and accents (``place-names.json``) with accents is left out:
French "Gênes" is Genoa, though "gênes" is also a form of "gêner"; one without accents ("Wieden", a German
form of "Wiede" and a district's name in Vienna) is kept. A form whose lemma is a place of GeoNames
(``place-keys.json``: Czech "Lvovi" of "Lvov", Ukrainian "Донецьке" of "Донецьк") is left out.

Kept lower-cased with accents, by language: "türen" matches "Türen", not a name without the umlaut;
the runtime guard (``storylens.similarity._places._common_form_only``) matches a form of a language that
capitalises its nouns (German) in any case, the others' only as written in lower case ("i tori" are bulls,
"Misurata" stays the Italian name of Misrata though "misurata" is "measured"). Run: .venv/bin/python scripts/build_place_common_forms.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "storylens" / "data"
OUT = DATA / "place-common-forms.json"


def main() -> int:
    from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

    from storylens.analysis.entities import exact_key, place_names
    from storylens.similarity._common import _fold
    from storylens.text import LANGUAGES

    index = place_names()[0]  # GeoNames' names of large cities and regions, by exact_key

    gaz = json.loads((DATA / "similarity-model-gazetteer.json").read_text(encoding="utf-8"))
    names, labels = gaz["names"], gaz["labels"]
    cities = json.loads((DATA / "place-names.json").read_text(encoding="utf-8"))["cities"]
    spelled: dict[str, set[str]] = {}  # city label -> its GeoNames names, lower-cased with accents
    for label, alts in cities.items():
        spelled.setdefault(label.split(" (")[0], set()).update(a.lower() for a in (label, *alts))
    factory = DefaultDictionaryFactory()
    out: dict[str, list[str]] = {}
    for lang in sorted(LANGUAGES):
        try:
            lexicon = factory.get_dictionary(lang)
        except (ValueError, FileNotFoundError, KeyError):
            continue  # simplemma has no lexicon of this language (ar, ja, ko, zh)
        forms = set()
        for form, lemma in lexicon.items():
            if form == lemma or not form.isalpha():  # no "riva'", no stress-marked "ки́їв"
                continue
            key = _fold(form)
            place = names.get(key)
            if place is None or not place.startswith("c") or _fold(labels.get(place, "")) == key:
                continue
            if _fold(lemma) in names or exact_key(lemma) in index or exact_key(lemma.replace("\u0301", "")) in index:
                continue  # an inflected place: Czech "Lvovi" of "Lvov", Ukrainian "Донецьке" of "Донецьк"
            if not form.isascii() and form.lower() in spelled.get(labels.get(place, ""), ()):
                continue  # French "Gênes" is Genoa
            forms.add(form.lower())
        if forms:
            out[lang] = sorted(forms)
        print(f"{lang}: {len(forms)} forms", file=sys.stderr)
    source = "simplemma lexicons (inflected forms) x similarity gazetteer city keys; scripts/build_place_common_forms.py"
    lines = [f"{json.dumps(lang)}: {json.dumps(forms, ensure_ascii=False)}" for lang, forms in out.items()]
    OUT.write_text(f'{{"source": {json.dumps(source)},\n"forms": {{\n' + ",\n".join(lines) + "}}\n", encoding="utf-8")
    print(f"{sum(map(len, out.values()))} forms -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
