"""leftovers78's said-limit weekday probes (issue #12, B9): "said the plant stays closed until Friday" in Dutch (no
verbs of staying in its data before) and neighbours in de/en/fr/es/it/pl/ru, a past of the limit's own clause
among them; published on a Wednesday, each right when its one day is the wanted Friday.

    PYTHONPATH=src python benchmarks/weekday_told_probes78.py [out.json]
"""
import json
import sys
from pathlib import Path

from storylens.analysis.quantities import extract_dates

PUB = "2026-12-02"  # a Wednesday
N, L = "2026-12-04", "2026-11-27"
P = [
 ("nl", "De burgemeester zei dat de fabriek tot vrijdag gesloten blijft.", N),
 ("nl", "De burgemeester zei, de fabriek blijft tot vrijdag gesloten.", N),
 ("nl", "De politie zei dat de wegen tot vrijdag afgesloten blijven.", N),
 ("nl", "De minister zei dat de scholen tot vrijdag dicht zullen blijven.", N),
 ("nl", "De burgemeester zei dat de fabriek tot vrijdag gesloten zal zijn.", N),
 ("nl", "De woordvoerder meldde dat de brug tot vrijdag gesloten blijft.", N),
 ("nl", "De burgemeester zei dat de fabriek tot vrijdag gesloten was.", L),
 ("nl", "De burgemeester zei dat het akkoord tot vrijdag gesloten was.", L),
 ("nl", "Het akkoord werd op vrijdag gesloten, zei de minister.", L),
 ("nl", "De burgemeester zei op vrijdag dat de fabriek gesloten is.", L),
 ("de", "Der Bürgermeister sagte, das Werk bleibt bis Freitag geschlossen.", N),
 ("de", "Der Bürgermeister sagte, dass das Werk bis Freitag geschlossen bleibt.", N),
 ("de", "Der Bürgermeister sagte, das Werk sei bis Freitag geschlossen gewesen.", L),
 ("de", "Der Bürgermeister sagte, der Vertrag wird bis Freitag unterzeichnet.", N),
 ("de", "Der Minister sagte, das Abkommen bleibt bis Freitag unterzeichnet.", N),
 ("de", "Der Minister sagte, das Abkommen wurde bis Freitag unterzeichnet.", L),
 ("en", "The mayor said the plant stays closed until Friday.", N),
 ("en", "The mayor said the deal remains signed until Friday.", N),
 ("en", "The mayor said the plant stayed closed until Friday.", L),
 ("fr", "Le maire a déclaré que l'usine reste fermée jusqu'à vendredi.", N),
 ("fr", "Le maire a dit que l'usine était fermée jusqu'à vendredi.", L),
 ("fr", "Le ministre a dit que l'accord reste signé jusqu'à vendredi.", N),
 ("es", "El alcalde dijo que la planta permanece cerrada hasta el viernes.", N),
 ("es", "El alcalde dijo que la planta estuvo cerrada hasta el viernes.", L),
 ("es", "El ministro dijo que el acuerdo sigue firmado hasta el viernes.", N),
 ("it", "Il sindaco ha detto che lo stabilimento resta chiuso fino a venerdì.", N),
 ("it", "Il sindaco ha detto che lo stabilimento era chiuso fino a venerdì.", L),
 ("pl", "Burmistrz powiedział, że zakład pozostaje zamknięty do piątku.", N),
 ("ru", "Мэр сказал, что завод закрыт до пятницы.", N),
]
right, out = 0, []
for lang, t, want in P:
    got = [d.date for d in extract_dates(t, published=PUB, language=lang) if d.precision == "day"]
    ok = got == [want]
    right += ok
    out.append([lang, t, got, ok])
    print("OK " if ok else "BAD", lang, t, got)
print(f"{right}/{len(P)}")
if len(sys.argv) > 1:
    Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
