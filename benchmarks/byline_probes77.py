"""leftovers77's byline probes (issue #12, kind 1): an unmarked byline "City Word, Wire, date" whose city is no given
name ("London Hilton", a hotel; "Frankfurt Hahn", an airport) or whose city the given-name lists hold by chance
("Berlin Tegel", "Berlin Mitte") was read as the reporter; reporters whose given name is a city ("Florence Smith",
"Sydney Lee", "Paris Hilton") must stay read. Expected written before the change. Each line is checked as the page's
first line and under the headline: the authors, the title, the date and the outlet (the wire, a place's line read as
a dateline "PLACE, WIRE, DATE": leftovers77 tester HIGH, the venue vetoed as a reporter left the German line unread,
its title, date and outlet lost; at leftovers77 only the authors were counted).

    PYTHONPATH=src python benchmarks/byline_probes77.py [out.json]

Measured at leftovers77 (main 57970ca0 -> leftovers77): see the commit message.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from byline_probes74 import BODY, DATE, HEAD, WIRE, read  # the same page around each line
from byline_probes75 import report

PLACES = [("en", "London Hilton"), ("de", "Frankfurt Hahn"), ("de", "Berlin Tegel"), ("fr", "Paris Orly"),
          ("it", "Roma Fiumicino"), ("it", "Milano Malpensa"), ("en", "London Heathrow"), ("de", "Frankfurt Main"),
          ("en", "London Gatwick"), ("en", "London Stansted"), ("en", "London Luton"), ("en", "Paris Ritz"),
          ("en", "New York Hilton"), ("en", "Berlin Hilton"), ("de", "Köln Bonn"), ("de", "München Riem"),
          ("fr", "Paris Beauvais"), ("fr", "Lyon Bron"), ("es", "Madrid Barajas"), ("es", "Barcelona Sants"),
          ("es", "Madrid Atocha"), ("it", "Roma Ciampino"), ("it", "Milano Linate"), ("it", "Roma Termini"),
          ("de", "Berlin Schönefeld"), ("de", "Hamburg Fuhlsbüttel"), ("de", "Berlin Mitte"), ("en", "London Marriott"),
          ("en", "Paris Sheraton")]
PEOPLE = [("en", "Florence Smith"), ("en", "Sydney Lee"), ("en", "Jordan Paris"), ("en", "Paris Hilton"),
          ("en", "Jack London"), ("en", "Sydney Sweeney"), ("en", "Florence Hilton"), ("en", "Florence Welch"),
          ("en", "Adelaide Kane"), ("en", "Austin Butler"), ("en", "Chelsea Clinton"), ("en", "Victoria Beckham"),
          ("en", "Dallas Roberts"), ("en", "Houston Smith"), ("en", "Paris Jackson"), ("fr", "Florence Martin"),
          ("fr", "Lyon Dupuis"), ("de", "Paris Hahn"), ("en", "Lincoln Hall"), ("en", "Madison Hart"),
          ("it", "Florence Bianchi"), ("es", "Lima Smith"), ("en", "Brooklyn Beckham"), ("de", "Jordan Müller")]


def main() -> None:
    out, right = [], 0
    for (lang, name), authors in [(p, []) for p in PLACES] + [(p, [p[1]]) for p in PEOPLE]:
        line = f"{name}, {WIRE[lang]}, {DATE[lang]}"
        rows = [read(f"{line}\n\n{HEAD[lang]}\n\n{BODY[lang]}"), read(f"{HEAD[lang]}\n{line}\n\n{BODY[lang]}")]
        ok = all(r["authors"] == authors and r["title"] == HEAD[lang] and r["published"] == "2026-03-12"
                 and r["outlet"] == WIRE[lang] for r in rows)
        right += ok
        out.append({"lang": lang, "line": line, "want": authors, "ok": ok, "rows": rows})
        print(f"{'OK ' if ok else 'BAD'} {lang} {line:55s} authors {rows[0]['authors']} {rows[1]['authors']} "
              f"outlet {rows[0]['outlet']} place {rows[0]['place']} date {rows[0]['published']} "
              f"title {rows[0]['title'] == HEAD[lang]}/{rows[1]['title'] == HEAD[lang]}")
    report(out, right)


if __name__ == "__main__":
    main()
