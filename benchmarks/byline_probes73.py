"""small73's probes for newuser72 MED-5: unmarked "Name, Outlet, date" bylines that must be read (authors, outlet, date,
the headline the title), as the page's first line and under the headline, and lines of 9 languages that must NOT
become bylines (datelines, places before an outlet, titles with commas, lists, lower case, a long line). Run on any
tree and compare:

    PYTHONPATH=src python benchmarks/byline_probes73.py out.json

Measured at small73: main 4 of 22 positives read, 0 of 80 negatives a byline -> 22 of 22, 0 of 80 (every negative's
title, authors, outlet, date and place identical to main's).
"""
import json
import sys

from storylens.prepare.clean import clean_text

BODY = {"en": "An explosion at a chemical plant killed four workers on Thursday, the fire service said.",
        "de": "Bei einer Explosion in einem Chemiewerk kamen am Donnerstag vier Arbeiter ums Leben, teilte die Feuerwehr mit.",
        "fr": "Une explosion dans une usine chimique a tué quatre ouvriers jeudi, selon les pompiers.",
        "es": "Una explosión en una planta química mató a cuatro trabajadores el jueves, según los bomberos.",
        "ru": "Взрыв на химическом заводе унёс жизни четырёх рабочих в четверг, сообщили пожарные.",
        "tr": "Bir kimya fabrikasındaki patlamada perşembe günü dört işçi hayatını kaybetti, itfaiye açıkladı.",
        "pl": "Wybuch w zakładach chemicznych zabił w czwartek czterech pracowników, poinformowała straż pożarna.",
        "it": "Un'esplosione in un impianto chimico ha ucciso quattro operai giovedì, secondo i vigili del fuoco.",
        "pt": "Uma explosão numa fábrica química matou quatro trabalhadores na quinta-feira, disseram os bombeiros."}
HEAD = {"en": "Four killed in chemical plant blast", "de": "Vier Tote bei Explosion in Chemiewerk",
        "fr": "Quatre morts dans l'explosion d'une usine chimique", "es": "Cuatro muertos en la explosión de una planta química",
        "ru": "Четыре человека погибли при взрыве на заводе", "tr": "Kimya fabrikasında patlama: 4 ölü",
        "pl": "Czterech zabitych w wybuchu w zakładach chemicznych", "it": "Quattro morti nell'esplosione di un impianto chimico",
        "pt": "Quatro mortos em explosão numa fábrica química"}
POS = [  # (lang, line, authors, outlet, date)
    ("ru", "Иван Петров, ТАСС, 12 марта 2026", ["Иван Петров"], "ТАСС", "2026-03-12"),
    ("en", "Sarah Miller, Reuters, 12 March 2026", ["Sarah Miller"], "Reuters", "2026-03-12"),
    ("tr", "Ayşe Yılmaz, Hürriyet, 12 Mart 2026", ["Ayşe Yılmaz"], "Hürriyet", "2026-03-12"),
    ("en", "Sarah Miller | Reuters | 12 March 2026", ["Sarah Miller"], "Reuters", "2026-03-12"),
    ("de", "Anna Schmidt, dpa, 12. März 2026", ["Anna Schmidt"], "dpa", "2026-03-12"),
    ("fr", "Claire Martin, AFP, 12 mars 2026", ["Claire Martin"], "AFP", "2026-03-12"),
    ("es", "Lucía Pérez, EFE, 12 de marzo de 2026", ["Lucía Pérez"], "EFE", "2026-03-12"),
    ("pl", "Jan Nowak, PAP, 12 marca 2026", ["Jan Nowak"], "PAP", "2026-03-12"),
    ("it", "Giulia Ferri, ANSA, 12 marzo 2026", ["Giulia Ferri"], "ANSA", "2026-03-12"),
    ("tr", "İbrahim Şahin, Anadolu Ajansı, 12 Mart 2026", ["İbrahim Şahin"], "Anadolu Ajansı", "2026-03-12"),
    ("en", "Sarah Miller, The Guardian, 12 March 2026", ["Sarah Miller"], "The Guardian", "2026-03-12"),
]
NEG = [  # first lines that must not become a byline
    ("en", "BERLIN, 12 March 2026"), ("en", "Berlin, Reuters, 12 March 2026"), ("en", "New York, Reuters, 12 March 2026"),
    ("en", "Santa Clara, Reuters, 12 March 2026"), ("en", "Paris, London, Berlin, 12 March 2026"),
    ("en", "Storms, floods hit Europe, 12 March 2026"), ("en", "Angela Merkel, Germany's former chancellor, dies at 72"),
    ("en", "Jane Tan, Tom Reed and Ana Ruiz named to board"), ("en", "sarah miller, reuters, 12 march 2026"),
    ("en", "Sarah Miller, a Reuters reporter, said on 12 March 2026 that the plant had been closed for weeks."),
    ("en", "Sarah Miller, Reuters reporter and author of three books on the chemical industry, 12 March 2026"),
    ("en", "Apples, oranges, pears"),
    ("de", "BERLIN, 12. März 2026"), ("de", "Bad Dürkheim, dpa, 12. März 2026"), ("de", "Olaf Scholz, Kanzler, 12. März 2026"),
    ("de", "Merkel, Scholz, Merz: Die Kanzler der Republik"),
    ("fr", "PARIS, 12 mars 2026"), ("fr", "Emmanuel Macron, le président, 12 mars 2026"), ("fr", "Marseille, Le Monde, 12 mars 2026"),
    ("fr", "Saint-Denis, Le Parisien, 12 mars 2026"),
    ("es", "MADRID, 12 de marzo de 2026"), ("es", "San José, EFE, 12 de marzo de 2026"),
    ("es", "Pedro Sánchez, presidente del Gobierno, 12 de marzo de 2026"), ("es", "Buenos Aires, Télam, 12 de marzo de 2026"),
    ("ru", "МОСКВА, 12 марта 2026"), ("ru", "Москва, ТАСС, 12 марта 2026"), ("ru", "Владимир Путин, президент России, 12 марта 2026"),
    ("ru", "Нижний Новгород, ТАСС, 12 марта 2026"),
    ("tr", "ANKARA, 12 Mart 2026"), ("tr", "İstanbul, Hürriyet, 12 Mart 2026"), ("tr", "Recep Tayyip Erdoğan, Cumhurbaşkanı, 12 Mart 2026"),
    ("pl", "WARSZAWA, 12 marca 2026"), ("pl", "Nowy Sącz, PAP, 12 marca 2026"), ("pl", "Andrzej Duda, prezydent, 12 marca 2026"),
    ("it", "ROMA, 12 marzo 2026"), ("it", "Giorgia Meloni, Palazzo Chigi, 12 marzo 2026"), ("it", "Reggio Emilia, ANSA, 12 marzo 2026"),
    ("pt", "Lisboa, Lusa, 12 de março de 2026"), ("pt", "São Paulo, Folha, 12 de março de 2026"),
    ("pt", "Rio de Janeiro, Agência Brasil, 12 de março de 2026"),
]


def read(text):
    c = clean_text(text)
    return {"title": c.title, "authors": list(c.authors), "outlet": c.outlet, "published": c.published, "place": c.place}


out = {"pos": [], "neg": []}
for lang, line, authors, outlet, date in POS:
    for pos, text in (("first", f"{line}\n\n{HEAD[lang]}\n\n{BODY[lang]}"), ("second", f"{HEAD[lang]}\n{line}\n\n{BODY[lang]}")):
        r = read(text)
        ok = r["authors"] == authors and r["outlet"] == outlet and r["published"] == date and r["title"] == HEAD[lang]
        out["pos"].append({"lang": lang, "line": line, "pos": pos, "ok": ok, **r})
for lang, line in NEG:
    for pos, text in (("first", f"{line}\n\n{HEAD[lang]}\n\n{BODY[lang]}"), ("second", f"{HEAD[lang]}\n{line}\n\n{BODY[lang]}")):
        r = read(text)
        out["neg"].append({"lang": lang, "line": line, "pos": pos, "byline": bool(r["authors"]), **r})
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    json.dump(out, fh, ensure_ascii=False, indent=1)
print("pos read:", sum(p["ok"] for p in out["pos"]), "/", len(out["pos"]),
      "| neg with authors:", sum(n["byline"] for n in out["neg"]), "/", len(out["neg"]))
