"""leftovers78's dateline probes (issue #12): "CITY, WIRE, DATE" lines whose city is keyed otherwise in the gazetteer
(Russian and Ukrainian names with an ending, hyphenated names), a city with its river after a slash or in brackets,
two wires ("dpa/AFP"), "CITY, WIRE" without a date; and reporters before a wire (Cyrillic, hyphenated given names)
that must stay reporters. Each line over the headline and under it (an inline "(dpa) -" form in the lead); a line is
right when place, outlet, date, title and authors all are. Expected written before the change.

    PYTHONPATH=src python benchmarks/dateline_probes78.py [out.json]

Measured at leftovers78: see the commit messages.
"""
import json
import sys
from pathlib import Path

from storylens.prepare.clean import clean_text

H = {"en": ("Four killed in chemical plant blast", "An explosion at a chemical plant killed four workers on Thursday, the fire service said."),
     "de": ("Vier Tote bei Explosion in Chemiewerk", "Bei einer Explosion in einem Chemiewerk kamen am Donnerstag vier Arbeiter ums Leben."),
     "fr": ("Quatre morts dans l'explosion d'une usine chimique", "Une explosion dans une usine chimique a tué quatre ouvriers jeudi, selon les pompiers."),
     "it": ("Quattro morti in un impianto chimico", "Un'esplosione in un impianto chimico ha ucciso quattro operai giovedì."),
     "es": ("Cuatro muertos en una planta química", "Una explosión en una planta química mató a cuatro trabajadores el jueves."),
     "ru": ("Четыре человека погибли при взрыве на химзаводе", "Взрыв на химическом заводе унёс жизни четырёх рабочих в четверг, сообщили спасатели."),
     "pl": ("Czterech zabitych w wybuchu w zakładach chemicznych", "W wybuchu w zakładach chemicznych zginęło w czwartek czterech pracowników."),
     "uk": ("Четверо загиблих унаслідок вибуху на хімзаводі", "Вибух на хімічному заводі забрав життя чотирьох робітників у четвер."),
}
# (lang, line, want place, want outlet, want date)
P = [
 ("ru", "Москва, ТАСС, 12 марта 2026", "Москва", "ТАСС", "2026-03-12"),
 ("ru", "Санкт-Петербург, РИА Новости, 12 марта 2026", "Санкт-Петербург", "РИА Новости", "2026-03-12"),
 ("ru", "Москва, Интерфакс, 12 марта 2026", "Москва", "Интерфакс", "2026-03-12"),
 ("uk", "Київ, Укрінформ, 12 березня 2026", "Київ", "Укрінформ", "2026-03-12"),
 ("de", "Berlin, dpa/AFP, 12. März 2026", "Berlin", "AFP", "2026-03-12"),
 ("fr", "Paris, AFP/Reuters, 12 mars 2026", "Paris", "Reuters", "2026-03-12"),
 ("it", "Roma, ANSA/AGI, 12 marzo 2026", "Roma", "AGI", "2026-03-12"),
    ("es", "Madrid, EFE/Europa Press, 12 de marzo de 2026", "Madrid", "Europa Press", "2026-03-12"),
    ("pl", "Warszawa, PAP/Reuters, 12 marca 2026", "Warszawa", "Reuters", "2026-03-12"),
    ("en", "London, AP/Reuters, March 12, 2026", "London", "Reuters", "2026-03-12"),
 ("de", "Berlin, dpa", "Berlin", "dpa", None),
 ("it", "Roma, ANSA", "Roma", "ANSA", None),
 ("fr", "Paris, AFP", "Paris", "AFP", None),
 ("es", "Madrid, EFE", "Madrid", "EFE", None),
 ("pl", "Warszawa, PAP", "Warszawa", "PAP", None),
 ("ru", "Москва, ТАСС", "Москва", "ТАСС", None),
 ("de", "Frankfurt/Main, dpa, 12. März 2026", "Frankfurt/Main", "dpa", "2026-03-12"),
 ("de", "Frankfurt am Main, dpa, 12. März 2026", "Frankfurt am Main", "dpa", "2026-03-12"),
 ("de", "Frankfurt am Main (dpa) -", "Frankfurt am Main", "dpa", None),
 ("de", "Frankfurt/Main (dpa) -", "Frankfurt/Main", "dpa", None),
 ("de", "Halle (Saale), dpa, 12. März 2026", "Halle (Saale)", "dpa", "2026-03-12"),
 ("de", "Frankfurt (Oder), dpa, 12. März 2026", "Frankfurt (Oder)", "dpa", "2026-03-12"),
 ("es", "Santiago (Chile), EFE, 12 de marzo de 2026", "Santiago (Chile)", "EFE", "2026-03-12"),
 ("en", "Portland (Oregon), AP, March 12, 2026", "Portland (Oregon)", "AP", "2026-03-12"),
 ("fr", "Saint-Denis (Réunion), AFP, 12 mars 2026", "Saint-Denis (Réunion)", "AFP", "2026-03-12"),
 ("ru", "Самара, ТАСС, 12 марта 2026", "Самара", "ТАСС", "2026-03-12"),
 ("ru", "Тула, РИА Новости, 12 марта 2026", "Тула", "РИА Новости", "2026-03-12"),
 ("ru", "Ростов-на-Дону, ТАСС, 12 марта 2026", "Ростов-на-Дону", "ТАСС", "2026-03-12"),
 ("ru", "Нижний Новгород, Интерфакс, 12 марта 2026", "Нижний Новгород", "Интерфакс", "2026-03-12"),
 ("ru", "Казань, ТАСС, 12 марта 2026", "Казань", "ТАСС", "2026-03-12"),
 ("uk", "Одеса, Укрінформ, 12 березня 2026", "Одеса", "Укрінформ", "2026-03-12"),
 ("uk", "Вінниця, Укрінформ, 12 березня 2026", "Вінниця", "Укрінформ", "2026-03-12"),
 ("fr", "Saint-Étienne, AFP, 12 mars 2026", "Saint-Étienne", "AFP", "2026-03-12"),
 ("fr", "Clermont-Ferrand, AFP, 12 mars 2026", "Clermont-Ferrand", "AFP", "2026-03-12"),
 ("de", "Frankfurt/Oder, dpa, 12. März 2026", "Frankfurt/Oder", "dpa", "2026-03-12"),
 ("de", "Mülheim/Ruhr, dpa, 12. März 2026", "Mülheim/Ruhr", "dpa", "2026-03-12"),
 ("pl", "Gorzów Wielkopolski, PAP, 12 marca 2026", "Gorzów Wielkopolski", "PAP", "2026-03-12"),
 ("pl", "Bielsko-Biała, PAP, 12 marca 2026", "Bielsko-Biała", "PAP", "2026-03-12"),
 ("es", "San Sebastián, EFE, 12 de marzo de 2026", "San Sebastián", "EFE", "2026-03-12"),
 ("it", "Reggio Emilia, ANSA, 12 marzo 2026", "Reggio Emilia", "ANSA", "2026-03-12"),
]
# reporters: (lang, line, authors, outlet)
R = [("ru", "Анна Иванова, ТАСС, 12 марта 2026", ["Анна Иванова"], "ТАСС"),
     ("ru", "Мария Петрова, РИА Новости, 12 марта 2026", ["Мария Петрова"], "РИА Новости"),
     ("ru", "Вера Смирнова, Интерфакс, 12 марта 2026", ["Вера Смирнова"], "Интерфакс"),
     ("ru", "Ольга Самарина, ТАСС, 12 марта 2026", ["Ольга Самарина"], "ТАСС"),
     ("uk", "Олена Коваленко, Укрінформ, 12 березня 2026", ["Олена Коваленко"], "Укрінформ"),
     ("pl", "Anna Nowak, PAP, 12 marca 2026", ["Anna Nowak"], "PAP"),
     ("fr", "Jean-Pierre Martin, AFP, 12 mars 2026", ["Jean-Pierre Martin"], "AFP"),
     ("de", "Hans-Peter Müller, dpa, 12. März 2026", ["Hans-Peter Müller"], "dpa"),
     ("en", "Sarah Miller, Reuters, March 12, 2026", ["Sarah Miller"], "Reuters"),
     ("en", "Sarah Miller, AP/Reuters, March 12, 2026", ["Sarah Miller"], "Reuters"),
     ("de", "Anna Berlin, dpa/AFP, 12. März 2026", ["Anna Berlin"], "AFP"),
     ("fr", "Marie Dubois, AFP/Reuters, 12 mars 2026", ["Marie Dubois"], "Reuters"),
]
def read(t):
    c = clean_text(t)
    return {"title": c.title, "authors": list(c.authors), "outlet": c.outlet, "published": c.published, "place": c.place}
right, out = 0, []
for lang, line, place, outlet, date in P:
    head, body = H[lang]
    inline = line.endswith("-")
    if inline:
        rows = [read(f"{head}\n\n{line} {body}")]
    else:
        rows = [read(f"{line}\n\n{head}\n\n{body}"), read(f"{head}\n{line}\n\n{body}")]
    ok = all(r["place"] == place and r["outlet"] == outlet and r["published"] == date and r["title"] == head and not r["authors"] for r in rows)
    right += ok
    out.append({"line": line, "ok": ok, "rows": rows})
    print("OK " if ok else "BAD", lang, f"{line:45s}", [(r["place"], r["outlet"], r["published"], r["title"] == head, r["authors"]) for r in rows])
for lang, line, authors, outlet in R:
    head, body = H[lang]
    rows = [read(f"{line}\n\n{head}\n\n{body}"), read(f"{head}\n{line}\n\n{body}")]
    ok = all(r["authors"] == authors and r["outlet"] == outlet and r["published"] == "2026-03-12" and r["title"] == head for r in rows)
    right += ok
    out.append({"line": line, "ok": ok, "rows": rows})
    print("OK " if ok else "BAD", lang, f"{line:45s}", [(r["place"], r["outlet"], r["published"], r["title"] == head, r["authors"]) for r in rows])
print(f"{right}/{len(P) + len(R)}")
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
