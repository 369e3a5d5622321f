"""hdr71's header probes: header fields that were misread (a photo credit after a keyed header's byline, an outlet's
name alone over the headline, a desk keyed as the author, a byline sentence crediting the photographer, a Chinese
source line beside its author), each with its expected fields written before the change, and the neighbours that
must read as before (one- and two-word headlines, outlet-worded headlines, bylines of the text data's languages,
English "By the numbers" lines). Run on any tree and compare:

    PYTHONPATH=src python benchmarks/header_probes71.py out.json

Prints each probe's verdict ("ok" or what differs) and the count. Measured at hdr71: main 47 of 133 -> 133 of 133
(127 probes written before the change, 43 ok on main; 6 added after it from a wider look, marked so). Two neighbours
expect main's reading though it is imperfect: an outlet's name over a sentence ("Le Monde" / lead) and "作者：佚名"
alone stay text (stop 70's test keeps the latter).
"""

from __future__ import annotations

from _lib.header_probes import report, run_probes
from header_probes70 import DE, EN, ES, FR, IT  # the bodies of stop 70's probes, shared

PL = ("Rada miasta zatwierdziła w piątek nowy plan transportowy po długiej debacie, poinformowali urzędnicy.\n\n"
      "Plan przewiduje trzy nowe linie autobusowe i przedłużenie sieci tramwajowej do dzielnic północnych do 2028 roku.")
RU = ("Городской совет в пятницу одобрил новый транспортный план после долгих дебатов, сообщили чиновники.\n\n"
      "План предусматривает три новые автобусные линии и продление трамвайной сети в северные районы к 2028 году.")
ZH = ("市议会周五在长时间辩论后批准了新的交通计划，官员表示。\n\n"
      "该计划增加三条公交线路，并在2028年前将有轨电车网络延伸到北部地区，市长办公室说。")
NL = ("De gemeenteraad heeft vrijdag na een lang debat het nieuwe vervoersplan goedgekeurd, zeiden ambtenaren.\n\n"
      "Het plan voegt drie buslijnen toe en verlengt het tramnet tot 2028 naar de noordelijke wijken.")
T_EN = "City council approves new transport plan"
T_DE = "Stadtrat billigt neuen Verkehrsplan"
T_FR = "Le conseil municipal approuve le plan de transport"
T_ES = "El ayuntamiento aprueba el plan de transporte"
T_IT = "Il comune approva il piano dei trasporti"
T_PL = "Rada miasta zatwierdza plan transportowy"
T_RU = "Горсовет одобрил новый транспортный план"
T_ZH = "市议会批准新交通计划"
T_NL = "Gemeenteraad keurt vervoersplan goed"

# (id, text, expected fields, strings that must not be in the text)
P: list[tuple[str, str, dict[str, object], list[str]]] = []


def add(pid: str, text: str, exp: dict[str, object], absent: list[str] | None = None) -> None:
    P.append((pid, text, exp, absent or []))


# 1. a photographer credited after a header's byline and its outlet
ONE = {"authors": ["Jane Doe"], "outlet": "Reuters", "contributors": ["Max Poe"], "published": "2026-03-14"}
add("1.keyed_top", f"date 2026-03-14 By Jane Doe, Reuters, photo: Max Poe\n{T_EN}\n\n{EN}", {**ONE, "title": T_EN}, ["Max Poe"])
add("1.keyed_top_blank", f"date 2026-03-14 By Jane Doe, Reuters, photo: Max Poe\n\n{T_EN}\n\n{EN}", {**ONE, "title": T_EN}, ["Max Poe"])
add("1.keyed_under", f"{T_EN}\ndate 2026-03-14 By Jane Doe, Reuters, photo: Max Poe\n\n{EN}", {**ONE, "title": T_EN}, ["Max Poe"])
add("1.keyed_Photo", f"date 2026-03-14 By Jane Doe, Reuters, Photo: Max Poe\n{T_EN}\n\n{EN}", {**ONE, "title": T_EN}, ["Max Poe"])
add("1.keyed_two", f"date 2026-03-14 By Jane Doe and John Roe, Reuters, photos: Max Poe\n{T_EN}\n\n{EN}",
    {**ONE, "authors": ["Jane Doe", "John Roe"], "title": T_EN}, ["Max Poe"])
add("1.keyed_no_outlet", f"date 2026-03-14 By Jane Doe, photo: Max Poe\n{T_EN}\n\n{EN}",
    {**ONE, "outlet": None, "title": T_EN}, ["Max Poe"])
add("1.by_under", f"{T_EN}\nBy Jane Doe, Reuters, photo: Max Poe\n\n{EN}",
    {**ONE, "published": None, "title": T_EN}, ["Max Poe"])
add("1.de", f"date 2026-03-14 Von Anna Schmidt, dpa, Foto: Hans Meier\n{T_DE}\n\n{DE}",
    {"authors": ["Anna Schmidt"], "outlet": "dpa", "contributors": ["Hans Meier"], "published": "2026-03-14", "title": T_DE},
    ["Hans Meier"])
add("1.fr", f"date 2026-03-14 Par Marie Dubois, AFP, Photo : Luc Martin\n{T_FR}\n\n{FR}",
    {"authors": ["Marie Dubois"], "outlet": "AFP", "contributors": ["Luc Martin"], "published": "2026-03-14", "title": T_FR},
    ["Luc Martin"])
add("1.ru", f"date 2026-03-14 Автор: Иван Петров, ТАСС, фото: Анна Сидорова\n{T_RU}\n\n{RU}",
    {"authors": ["Иван Петров"], "outlet": "ТАСС", "contributors": ["Анна Сидорова"], "published": "2026-03-14",
     "title": T_RU}, ["Анна Сидорова"])
# (added after the first change, from a wider look at the languages' bylines: a bar before the credit, an agency's
# picture; main: no author and no outlet, or the outlet lost)
add("1.bar", f"{T_EN}\nBy Jane Doe | Reuters | photo: Max Poe\n\n{EN}", {**ONE, "published": None, "title": T_EN}, ["Max Poe"])
add("1.agency_photo", f"{T_EN}\nBy Jane Doe, Reuters, Photo: AFP\n\n{EN}",
    {**ONE, "contributors": [], "published": None, "title": T_EN}, ["Photo: AFP"])
add("1.le_monde", f"{T_FR}\nPar Marie Dubois, Le Monde, photo : Luc Martin\n\n{FR}",
    {"authors": ["Marie Dubois"], "outlet": "Le Monde", "contributors": ["Luc Martin"], "title": T_FR}, ["Luc Martin"])
# neighbours that read as before
add("1n.keyed_plain", f"date 2026-03-14 By Jane Doe, Reuters\n{T_EN}\n\n{EN}",
    {"authors": ["Jane Doe"], "outlet": "Reuters", "contributors": [], "published": "2026-03-14", "title": T_EN})
add("1n.keyed_prose", f"{T_EN}\n\nPublished 2026-03-14 by the Interior Ministry, the report counts 12,000 asylum "
    f"requests, photo: Max Poe\n\n{EN}", {"title": T_EN, "authors": []})

# 2. an outlet's name alone on the first line, over the headline
for pid, outlet, title, body in [
    ("2.lemonde", "Le Monde", T_FR, FR), ("2.tagesschau", "tagesschau.de", T_DE, DE), ("2.bbc", "BBC News", T_EN, EN),
    ("2.spiegel", "Der Spiegel", T_DE, DE), ("2.reuters", "Reuters", T_EN, EN), ("2.guardian", "The Guardian", T_EN, EN),
    ("2.elpais", "El País", T_ES, ES), ("2.corriere", "Corriere della Sera", T_IT, IT),
    ("2.spiegel_de", "spiegel.de", T_DE, DE), ("2.www", "www.lemonde.fr", T_FR, FR), ("2.nytimes", "nytimes.com", T_EN, EN),
    ("2.rbc", "RBC.ru", T_RU, RU), ("2.xinhua", "新华网", T_ZH, ZH),
]:
    add(pid, f"{outlet}\n{title}\n\n{body}", {"outlet": outlet, "title": title}, [outlet])
    add(pid + "_blank", f"{outlet}\n\n{title}\n\n{body}", {"outlet": outlet, "title": title}, [outlet])
# neighbours: a real short headline, an outlet-worded headline, a name over a sentence
for pid, head, body in [("2n.lockdown", "Lockdown", EN), ("2n.kazakhstan", "Kazakhstan Unrest", EN),
                        ("2n.brexit", "Brexit", EN), ("2n.guardian_angels", "Guardian Angels", EN),
                        ("2n.daily_mail_row", "Daily Express Row", EN), ("2n.times_change", "Times Change", EN),
                        ("2n.de_one", "Verkehrswende", DE), ("2n.fr_two", "Grève générale", FR),
                        ("2n.dotcom", "Dotcom Crash", EN), ("2n.web", "Web 2.0", EN)]:
    add(pid, f"{head}\n\n{body}", {"title": head, "outlet": None})
    add(pid + "_sub", f"{head}\n{T_EN}\n\n{body}", {"outlet": None})
# (a name over a sentence is left as main reads it: the rule wants a headline under the name; changed after the first
# run, which wanted the outlet here)
add("2n.outlet_over_text", f"Le Monde\n\n{FR}", {"outlet": None})
add("2n.nodejs", f"Node.js\n{T_EN}\n\n{EN}", {"outlet": None})  # (added after the first change)
add("2n.outlet_headline", f"BBC News Cuts 450 Jobs\n\n{EN}", {"title": "BBC News Cuts 450 Jobs", "outlet": None})
add("2n.reuters_sentence", f"Reuters\n{EN}", {"outlet": None})

# 3. a desk keyed as the author
for pid, line, title, body in [
    ("3.pl", "Autor: Redakcja", T_PL, PL), ("3.de", "Autor: Redaktion", T_DE, DE), ("3.fr", "Auteur : Rédaction", T_FR, FR),
    ("3.es", "Autor: Redacción", T_ES, ES), ("3.it", "Autore: Redazione", T_IT, IT), ("3.ru", "Автор: Редакция", T_RU, RU),
    ("3.zh", "作者：编辑部", T_ZH, ZH), ("3.nl", "Auteur: Redactie", T_NL, NL), ("3.pl_lower", "autor: redakcja", T_PL, PL),
    ("3.de_von", "Von Redaktion", T_DE, DE), ("3.ru_lower", "Автор: редакция", T_RU, RU),
]:
    add(pid, f"{title}\n{line}\n\n{body}", {"title": title, "authors": [], "outlet": None}, [line])
    add(pid + "_top", f"{line}\n{title}\n\n{body}", {"title": title, "authors": [], "outlet": None}, [line])
    add(pid + "_blank", f"{line}\n\n{title}\n\n{body}", {"title": title, "authors": [], "outlet": None}, [line])
# neighbours: a person keyed as the author stays the author
for pid, line, name, title, body in [
    ("3n.pl", "Autor: Jan Nowak", "Jan Nowak", T_PL, PL), ("3n.de", "Autor: Anna Schmidt", "Anna Schmidt", T_DE, DE),
    ("3n.es", "Autor: Ana Pérez", "Ana Pérez", T_ES, ES), ("3n.ru", "Автор: Иван Петров", "Иван Петров", T_RU, RU),
    ("3n.zh", "作者：李明", "李明", T_ZH, ZH), ("3n.de_von", "Von Anna Schmidt", "Anna Schmidt", T_DE, DE),
]:
    add(pid, f"{title}\n{line}\n\n{body}", {"title": title, "authors": [name]}, [line])
add("3n.desk_outlet", f"{T_EN}\nBy Staff, Asharq Al-Awsat\n\n{EN}", {"title": T_EN, "authors": [], "outlet": "Asharq Al-Awsat"})
add("3n.redakcja_text", f"{T_PL}\n\n{PL}\n\nRedakcja zastrzega sobie prawo do skracania listów.",
    {"title": T_PL}, [])

# 4. a byline sentence crediting the photographer
add("4.en", f"{T_EN}\nBy Jane Doe and John Roe. Photography by Max Poe\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe", "John Roe"], "contributors": ["Max Poe"], "outlet": None}, ["Photography"])
add("4.en_top", f"By Jane Doe and John Roe. Photography by Max Poe\n{T_EN}\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe", "John Roe"], "contributors": ["Max Poe"], "outlet": None}, ["Photography"])
add("4.en_one", f"{T_EN}\nBy Jane Doe. Photography by Max Poe\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe"], "contributors": ["Max Poe"], "outlet": None}, ["Photography"])
add("4.en_photos", f"{T_EN}\nBy Jane Doe and John Roe. Photos by Max Poe\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe", "John Roe"], "contributors": ["Max Poe"], "outlet": None}, ["Photos by"])
add("4.en_dot_end", f"{T_EN}\nBy Jane Doe and John Roe. Photography by Max Poe.\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe", "John Roe"], "contributors": ["Max Poe"], "outlet": None}, ["Photography"])
add("4.de", f"{T_DE}\nVon Anna Schmidt und Jonas Weber. Fotos: Hans Meier\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt", "Jonas Weber"], "contributors": ["Hans Meier"], "outlet": None}, ["Fotos"])
# neighbours
add("4n.outlet", f"{T_EN}\nBy Jane Doe and John Roe, Reuters\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe", "John Roe"], "outlet": "Reuters"})
add("4n.sentence", f"{T_EN}\nBy Jane Doe and John Roe. They said the plan would fail\n\n{EN}", {"outlet": None})
add("4n.sentence2", f"{T_EN}\n\nBy Jane Doe. The Mayor Said It Would Fail\n\n{EN}", {"outlet": None})
add("4n.numbers", f"{T_EN}\n\nBy the numbers. Photography by Max Poe\n\n{EN}", {"authors": [], "outlet": None})
add("4n.numbers_title", f"By the numbers: how the plan works\n\n{EN}",
    {"title": "By the numbers: how the plan works", "authors": [], "outlet": None})
add("4n.numbers_line", f"{T_EN}\n\nBy the numbers\n\n{EN}", {"title": T_EN, "authors": [], "outlet": None})
add("4n.update", f"{T_EN}\nBy Jane Doe, Reuters. Updated 14 March 2026 10:15\n\n{EN}",
    {"title": T_EN, "authors": ["Jane Doe"], "outlet": "Reuters"})

# 5. a Chinese source line beside its author
add("5.both", f"来源：新华网 作者：李明\n{T_ZH}\n\n{ZH}", {"outlet": "新华网", "authors": ["李明"], "title": T_ZH}, ["来源"])
add("5.both_under", f"{T_ZH}\n来源：新华网 作者：李明\n\n{ZH}", {"outlet": "新华网", "authors": ["李明"], "title": T_ZH}, ["来源"])
add("5.both_blank", f"{T_ZH}\n\n来源：新华网 作者：李明\n\n{ZH}", {"outlet": "新华网", "authors": ["李明"], "title": T_ZH}, ["来源"])
add("5.both_rev", f"{T_ZH}\n作者：李明 来源：新华网\n\n{ZH}", {"outlet": "新华网", "authors": ["李明"], "title": T_ZH}, ["来源"])
add("5.both_bar", f"{T_ZH}\n来源：新华网 | 作者：李明\n\n{ZH}", {"outlet": "新华网", "authors": ["李明"], "title": T_ZH}, ["来源"])
add("5.dated", f"{T_ZH}\n2026-03-14 10:15 来源：新华网 作者：李明\n\n{ZH}",
    {"outlet": "新华网", "authors": ["李明"], "title": T_ZH, "published": "2026-03-14"}, ["来源"])
add("5.anon", f"{T_ZH}\n来源：人民日报 作者：佚名\n\n{ZH}", {"outlet": "人民日报", "authors": [], "title": T_ZH}, ["来源"])
add("5.source_only", f"{T_ZH}\n来源：新华网\n\n{ZH}", {"outlet": "新华网", "authors": [], "title": T_ZH}, ["来源"])
# neighbours
add("5n.reporter", f"{T_ZH}\n来源：本网驻首尔记者 王立新\n\n{ZH}", {"authors": ["王立新"], "title": T_ZH}, ["来源"])
add("5n.author_only", f"{T_ZH}\n作者：李明\n\n{ZH}", {"authors": ["李明"], "title": T_ZH}, ["作者"])
# (stop 70's test keeps this line in the text, no author: tests/prepare/test_byline_markers_byline70.py)
add("5n.anon_only", f"{T_ZH}\n作者：佚名\n\n{ZH}", {"authors": [], "title": None})
# (added after the first change: a source naming no outlet was the author on main; a picture's source is a caption's)
add("5.source_no_outlet", f"{T_ZH}\n来源：网络\n\n{ZH}", {"authors": [], "outlet": None, "title": None})
add("5n.picture_source", f"{T_ZH}\n图片来源：新华社\n\n{ZH}", {"authors": [], "outlet": None, "title": T_ZH})
add("5n.xinhua_reporter", f"{T_ZH}\n新华社记者李明\n\n{ZH}", {"authors": ["李明"], "outlet": "新华社", "title": T_ZH})


def run() -> dict[str, dict]:
    return run_probes(P, ("published", "title", "outlet", "authors", "contributors"))


if __name__ == "__main__":
    report(run())
