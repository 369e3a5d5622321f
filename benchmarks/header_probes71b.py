"""hdr71b's header probes (newuser71 hdr/hdr2/hdr3): a byline with the small word a date takes ("Par Claire Martin,
le 14 mars 2026", "By Tom Whitaker, on March 14, 2026", Le Figaro's "Par X Publié le 14/03/2026 à 10:15"), a bare
date line with or without its time over the headline ("14 de marzo de 2026", "14 марта 2026, 10:15"), and an outlet
in quotation marks ("«Коммерсантъ»", "„Bild“", '"The Guardian"'), each with its expected fields written before the
change, and the neighbours that must read as before (a lead opening "Le 14 mars 2026, le gouvernement …", a headline
opening with a date, a quoted outlet inside a sentence, "Gipfel am 3. März 2026" with no separator). Run on any tree:

    PYTHONPATH=src python benchmarks/header_probes71b.py [out.json]

Prints each probe's verdict ("ok" or what differs) and the count.
"""

from __future__ import annotations

from _lib.header_probes import report, run_probes

EN = ("A violent storm uprooted dozens of trees in Hamburg on Saturday. Two people were slightly injured, the fire "
      "brigade said.\n\nThe port was closed for four hours.")
DE = ("Ein heftiger Sturm hat am Samstag in Hamburg Dutzende Bäume entwurzelt. Zwei Menschen wurden leicht verletzt, "
      "teilte die Feuerwehr mit.\n\nDer Hafen war vier Stunden lang geschlossen.")
FR = ("Une violente tempête a déraciné samedi des dizaines d'arbres à Hambourg. Deux personnes ont été légèrement "
      "blessées, ont indiqué les pompiers.\n\nLe port a été fermé pendant quatre heures.")
ES = ("Una violenta tormenta arrancó el sábado decenas de árboles en Hamburgo. Dos personas resultaron heridas leves, "
      "informaron los bomberos.\n\nEl puerto estuvo cerrado durante cuatro horas.")
IT = ("Una violenta tempesta ha sradicato sabato decine di alberi ad Amburgo. Due persone sono rimaste ferite "
      "lievemente, hanno riferito i vigili del fuoco.\n\nIl porto è rimasto chiuso per quattro ore.")
RU = ("Сильный ураган в субботу повалил десятки деревьев в Гамбурге. Два человека получили легкие травмы, сообщили "
      "пожарные.\n\nПорт был закрыт на четыре часа.")
T_EN = "Storm uproots trees in Hamburg"
T_DE = "Sturm entwurzelt Bäume in Hamburg"
T_FR = "Une tempête déracine des arbres à Hambourg"
T_ES = "Una tormenta arranca árboles en Hamburgo"
T_IT = "Tempesta sradica alberi ad Amburgo"
T_RU = "Ураган повалил деревья в Гамбурге"
DAY = "2026-03-14"

# (id, text, expected fields, strings that must not be in the text)
P: list[tuple[str, str, dict[str, object], list[str]]] = []


def add(pid: str, text: str, exp: dict[str, object], absent: list[str] | None = None) -> None:
    P.append((pid, text, exp, absent or []))


def both(pid: str, line: str, title: str, body: str, exp: dict[str, object]) -> None:
    """The header line over the headline and under it."""
    add(f"{pid}.over", f"{line}\n\n{title}\n\n{body}", {"title": title, **exp}, [line])
    add(f"{pid}.under", f"{title}\n{line}\n\n{body}", {"title": title, **exp}, [line])


# 1. a byline with the small word before its date
both("1.fr", "Par Claire Martin, le 14 mars 2026", T_FR, FR, {"authors": ["Claire Martin"], "published": DAY})
both("1.fr_outlet", "Par Claire Martin, Le Figaro, le 14 mars 2026", T_FR, FR,
     {"authors": ["Claire Martin"], "outlet": "Le Figaro", "published": DAY})
both("1.fr_clock", "Par Claire Martin, Le Figaro, le 14 mars 2026 à 10h15", T_FR, FR,
     {"authors": ["Claire Martin"], "outlet": "Le Figaro", "published": DAY})
both("1.es", "Por María López, el 14 de marzo de 2026", T_ES, ES, {"authors": ["María López"], "published": DAY})
both("1.it", "di Marco Rossi, il 14 marzo 2026", T_IT, IT, {"authors": ["Marco Rossi"], "published": DAY})
both("1.de", "Von Anna Schmidt, am 14. März 2026", T_DE, DE, {"authors": ["Anna Schmidt"], "published": DAY})
both("1.en", "By Tom Whitaker, on March 14, 2026", T_EN, EN, {"authors": ["Tom Whitaker"], "published": DAY})
both("1.en_outlet", "By Tom Whitaker, Reuters, on March 14, 2026", T_EN, EN,
     {"authors": ["Tom Whitaker"], "outlet": "Reuters", "published": DAY})
both("1.figaro", "Par Claire Martin Publié le 14/03/2026 à 10:15", T_FR, FR,
     {"authors": ["Claire Martin"], "published": DAY})
# neighbours: the same lines without the small word (read on main), an event's day, a lead opening with its date
both("1n.fr_plain", "Par Claire Martin, Le Figaro, 14 mars 2026", T_FR, FR,
     {"authors": ["Claire Martin"], "outlet": "Le Figaro", "published": DAY})
both("1n.en_plain", "By Tom Whitaker, March 14, 2026", T_EN, EN, {"authors": ["Tom Whitaker"], "published": DAY})
add("1n.fr_lead", f"{T_FR}\n\nLe 14 mars 2026, le gouvernement a annoncé un plan d'aide aux sinistrés.\n\n{FR}",
    {"title": T_FR, "authors": [], "published": None})
add("1n.fr_lead_first", f"Le 14 mars 2026, le gouvernement a annoncé un plan d'aide aux sinistrés.\n\n{FR}",
    {"authors": [], "published": None})
add("1n.de_event", f"{T_DE}\n\nGipfel am 3. März 2026 Olaf Scholz\n\n{DE}", {"title": T_DE, "authors": []})
add("1n.it_sentence", f"{T_IT}\n\nIl governo, il 14 marzo 2026, ha approvato il piano\n\n{IT}", {"title": T_IT, "authors": []})
add("1n.fr_published_sentence", f"{T_FR}\n\nLe rapport Publié le 14/03/2026 a été critiqué\n\n{FR}",
    {"title": T_FR, "authors": [], "outlet": None})
add("1n.en_event", f"{T_EN}\n\nSummit talks, on March 3, 2026\n\n{EN}", {"title": T_EN, "authors": []})

# 2. a bare date line over the headline
for pid, line, title, body in (("2.en", "14 March 2026", T_EN, EN), ("2.en_clock", "14 March 2026, 10:15", T_EN, EN),
                               ("2.de_clock", "14.03.2026, 10:15 Uhr", T_DE, DE),
                               ("2.de", "14. März 2026", T_DE, DE),
                               ("2.es", "14 de marzo de 2026", T_ES, ES), ("2.ru", "14 марта 2026", T_RU, RU),
                               ("2.ru_clock", "14 марта 2026, 10:15", T_RU, RU),
                               ("2.it", "14 marzo 2026", T_IT, IT), ("2.fr_clock", "14 mars 2026 à 10h15", T_FR, FR),
                               ("2.iso", "2026-03-14", T_EN, EN)):
    add(pid, f"{line}\n\n{title}\n\n{body}", {"title": title, "published": DAY}, [line])
# neighbours: a headline opening with a date, a date with words after it, a date over a sentence
add("2n.headline", f"14 March 2026: the day the markets fell\n\n{EN}",
    {"title": "14 March 2026: the day the markets fell", "published": None})
add("2n.headline_over", f"14 March 2026: the day the markets fell\n\n{T_EN}\n\n{EN}", {"published": None})
add("2n.words", f"14 March 2026 in Hamburg\n\n{T_EN}\n\n{EN}", {"published": None})
add("2n.over_lead", f"14 March 2026\n\nBERLIN (Reuters) - {EN}", {"published": DAY})
add("2n.no_year", f"14 March, 10:15\n\n{T_EN}\n\n{EN}", {"published": None})

# 3. an outlet in quotation marks
both("3.ru", "Иван Петров, «Коммерсантъ», 14 марта 2026", T_RU, RU,
     {"authors": ["Иван Петров"], "outlet": "Коммерсантъ", "published": DAY})
both("3.ru_first", "«Коммерсантъ», 14 марта 2026, Иван Петров", T_RU, RU,
     {"authors": ["Иван Петров"], "outlet": "Коммерсантъ", "published": DAY})
both("3.ru_marked", "Автор: Иван Петров, «Коммерсантъ», 14 марта 2026", T_RU, RU,
     {"authors": ["Иван Петров"], "outlet": "Коммерсантъ", "published": DAY})
both("3.de", "Von Hans Meier, „Bild“, 14. März 2026", T_DE, DE,
     {"authors": ["Hans Meier"], "outlet": "Bild", "published": DAY})
both("3.en", 'By Tom Whitaker, "The Guardian", 14 March 2026', T_EN, EN,
     {"authors": ["Tom Whitaker"], "outlet": "The Guardian", "published": DAY})
both("3.en_curly", "By Tom Whitaker, “The Guardian”, 14 March 2026", T_EN, EN,
     {"authors": ["Tom Whitaker"], "outlet": "The Guardian", "published": DAY})
# neighbours: a quoted outlet inside a sentence, the unquoted line
add("3n.sentence", f"{T_RU}\n\nИван Петров сказал «Коммерсанту», что порт закрыт.\n\n{RU}",
    {"title": T_RU, "authors": [], "outlet": None})
add("3n.en_sentence", f'{T_EN}\n\nThe mayor told "The Guardian" on 14 March 2026 that the port was closed.\n\n{EN}',
    {"title": T_EN, "authors": [], "outlet": None})
both("3n.ru_plain", "Иван Петров, Коммерсантъ, 14 марта 2026", T_RU, RU,
     {"authors": ["Иван Петров"], "outlet": "Коммерсантъ", "published": DAY})


def run() -> dict[str, dict]:
    return run_probes(P, ("published", "title", "outlet", "authors"), titles=False)


if __name__ == "__main__":
    report(run())
