"""hdr70's header probes: clean_text fields of real outlets' stamp lines, lone publication stamps, time words before a
dateline, Spiegel's layout, and look-alikes that must stay text, each with its expected fields (written before the
change). Run on any tree and compare:

    PYTHONPATH=src python benchmarks/header_probes70.py out.json

Prints each probe's verdict ("ok" or what differs) and the count. Measured at hdr70: main 38 of 88 -> 87 of 88 (the
one left, a headline over its subheading, reads as on main).
After break70h (the kicker rule removed, H1): 82 of 88; the five Spiegel kicker probes and the headline over its
subheading read as on main, none worse than main.
"""

from __future__ import annotations

from _lib.header_probes import report, run_probes

EN = ("The city council approved the new transport plan on Friday after a long debate, officials said.\n\n"
      "The plan adds three bus lines and extends the tram network to the northern districts by 2028, "
      "according to the mayor's office.")
DE = ("Der Stadtrat hat den neuen Verkehrsplan am Freitag nach langer Debatte gebilligt, teilten Beamte mit.\n\n"
      "Der Plan sieht drei neue Buslinien vor und verlängert das Straßenbahnnetz bis 2028 in die nördlichen Bezirke.")
FR = ("Le conseil municipal a approuvé le nouveau plan de transport vendredi après un long débat, selon la mairie.\n\n"
      "Le plan ajoute trois lignes de bus et prolonge le tramway vers les quartiers nord d'ici à 2028, a précisé l'adjoint.")
ES = ("El ayuntamiento aprobó el nuevo plan de transporte el viernes tras un largo debate, según fuentes municipales.\n\n"
      "El plan añade tres líneas de autobús y amplía el tranvía a los barrios del norte antes de 2028, indicó el alcalde.")
IT = ("Il consiglio comunale ha approvato venerdì il nuovo piano dei trasporti dopo un lungo dibattito, secondo il comune.\n\n"
      "Il piano aggiunge tre linee di autobus e prolunga il tram verso i quartieri nord entro il 2028, ha detto il sindaco.")
T_EN = "City council approves new transport plan"
T_DE = "Stadtrat billigt neuen Verkehrsplan"
T_FR = "Le conseil municipal approuve le plan de transport"
T_ES = "El ayuntamiento aprueba el plan de transporte"
T_IT = "Il comune approva il piano dei trasporti"

# (id, text, expected fields, strings that must not be in the text)
P = []
def add(pid, text, exp, absent=()):
    P.append((pid, text, exp, absent))

# 1. two stamps on one line / outlet formats
add("1.lemonde", f"{T_FR}\n\nPublié le 13 mars 2026 à 10h15, modifié le 14 mars 2026 à 12h30\n\n{FR}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_FR}, ["Publié", "modifié le 14"])
add("1.lemonde_top", f"Publié le 13 mars 2026 à 10h15, modifié le 14 mars 2026 à 12h30\n{T_FR}\n\n{FR}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_FR}, ["Publié"])
add("1.lemonde_today", f"{T_FR}\n\nPublié aujourd'hui à 10h15\n\n{FR}",
    {"published": None, "updated": None, "title": T_FR}, ["Publié"])
add("1.lemonde_today2", f"{T_FR}\n\nPublié aujourd’hui à 10h15, modifié aujourd’hui à 12h30\n\n{FR}",
    {"published": None, "updated": None, "title": T_FR}, ["Publié"])
add("1.lemonde_hier", f"{T_FR}\n\nPublié hier à 10h15, modifié à 12h30\n\n{FR}",
    {"published": None, "updated": None, "title": T_FR}, ["Publié"])
add("1.elpais_lines", f"{T_ES}\n\n13 MAR 2026 - 10:15 CET\nActualizado: 14 MAR 2026 - 12:30 CET\n\n{ES}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_ES}, ["MAR 2026", "Actualizado"])
add("1.elpais_one", f"{T_ES}\n\n13 MAR 2026 - 10:15 CET Actualizado: 14 MAR 2026 - 12:30 CET\n\n{ES}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_ES}, ["MAR 2026", "Actualizado"])
add("1.elpais_alone", f"{T_ES}\n\n13 MAR 2026 - 10:15 CET\n\n{ES}",
    {"published": "2026-03-13", "updated": None, "title": T_ES}, ["MAR 2026"])
add("1.corriere", f"{T_IT}\n\n13 marzo 2026 (modifica il 14 marzo 2026 | 12:30)\n\n{IT}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_IT}, ["marzo 2026", "modifica"])
add("1.corriere_time", f"{T_IT}\n\n13 marzo 2026 | 10:15 (modifica il 14 marzo 2026 | 12:30)\n\n{IT}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_IT}, ["marzo 2026", "modifica"])
add("1.guardian_lm", f"{T_EN}\n\nLast modified on Sat 14 Mar 2026 12.30 GMT\n\n{EN}",
    {"published": None, "updated": "2026-03-14", "title": T_EN}, ["Last modified"])
add("1.guardian_both", f"{T_EN}\n\nFri 13 Mar 2026 10.15 GMT\nLast modified on Sat 14 Mar 2026 12.30 GMT\n\n{EN}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_EN}, ["Last modified", "Mar 2026"])
add("1.reuters_rel", f"{T_EN}\n\nMarch 13, 2026 10:15 AM GMT+1 Updated 2 hours ago\n\n{EN}",
    {"published": "2026-03-13", "updated": None, "title": T_EN}, ["Updated", "March 13, 2026"])
add("1.reuters_rel_min", f"{T_EN}\n\nMarch 13, 2026 10:15 AM GMT+1 Updated 25 minutes ago\n\n{EN}",
    {"published": "2026-03-13", "updated": None, "title": T_EN}, ["Updated", "March 13, 2026"])
add("1.reuters_lines", f"{T_EN}\n\nMarch 13, 2026 10:15 AM GMT+1\nUpdated 2 hours ago\n\n{EN}",
    {"published": "2026-03-13", "updated": None, "title": T_EN}, ["Updated", "March 13, 2026"])
add("1.de_two", f"{T_DE}\n\nVeröffentlicht am 13.03.2026, 10:15 Uhr, aktualisiert am 14.03.2026, 12:30 Uhr\n\n{DE}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_DE}, ["Veröffentlicht", "aktualisiert"])
add("1.en_two", f"{T_EN}\n\nPublished March 13, 2026 10:15 AM, updated March 14, 2026 12:30 PM\n\n{EN}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_EN}, ["Published", "updated March"])
add("1.es_two", f"{T_ES}\n\nPublicado el 13 de marzo de 2026 a las 10:15, actualizado el 14 de marzo de 2026 a las 12:30\n\n{ES}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_ES}, ["Publicado", "actualizado el"])
add("1.it_two", f"{T_IT}\n\nPubblicato il 13 marzo 2026 alle 10:15, aggiornato il 14 marzo 2026 alle 12:30\n\n{IT}",
    {"published": "2026-03-13", "updated": "2026-03-14", "title": T_IT}, ["Pubblicato", "aggiornato il"])
# 2. a lone publication stamp opening the page
add("2.posted", f"Posted March 14, 2026\n{T_EN}\n\n{EN}", {"published": "2026-03-14", "title": T_EN}, ["Posted"])
add("2.posted_blank", f"Posted March 14, 2026\n\n{T_EN}\n\n{EN}", {"published": "2026-03-14", "title": T_EN}, ["Posted"])
add("2.published", f"Published: 14 March 2026\n{T_EN}\n\n{EN}", {"published": "2026-03-14", "title": T_EN}, ["Published"])
add("2.veroeff", f"Veröffentlicht am 14.03.2026\n{T_DE}\n\n{DE}", {"published": "2026-03-14", "title": T_DE}, ["Veröffentlicht"])
add("2.veroeff_time", f"Veröffentlicht am 14.03.2026, 10:15 Uhr\n{T_DE}\n\n{DE}", {"published": "2026-03-14", "title": T_DE}, ["Veröffentlicht"])
add("2.publie", f"Publié le 14 mars 2026\n{T_FR}\n\n{FR}", {"published": "2026-03-14", "title": T_FR}, ["Publié"])
add("2.publicado", f"Publicado el 14 de marzo de 2026\n{T_ES}\n\n{ES}", {"published": "2026-03-14", "title": T_ES}, ["Publicado"])
add("2.pubblicato", f"Pubblicato il 14 marzo 2026\n{T_IT}\n\n{IT}", {"published": "2026-03-14", "title": T_IT}, ["Pubblicato"])
# 3. time words before a wire dateline's day
for pid, line, body in [
    ("3.tomorrow", "Tomorrow, on March 14 (Reuters) - ", EN), ("3.tonight", "Tonight, on March 14 (Reuters) - ", EN),
    ("3.demain", "Demain, le 14 mars (AFP) - ", FR), ("3.cesoir", "Ce soir, le 14 mars (AFP) - ", FR),
    ("3.domani", "Domani, il 14 marzo (ANSA) - ", IT), ("3.stasera", "Stasera, il 14 marzo (ANSA) - ", IT),
    ("3.morgen", "Morgen, am 14. März (dpa) - ", DE), ("3.heute_abend", "Heute Abend, am 14. März (dpa) - ", DE),
    ("3.manana", "Mañana, el 14 de marzo (EFE).- ", ES), ("3.esta_noche", "Esta noche, el 14 de marzo (EFE).- ", ES),
    ("3.saturday", "Saturday, on March 14 (Reuters) - ", EN), ("3.samedi", "Samedi, le 14 mars (AFP) - ", FR),
    ("3.samstag", "Samstag, am 14. März (dpa) - ", DE), ("3.sabato", "Sabato, il 14 marzo (ANSA) - ", IT),
    ("3.sabado", "Sábado, el 14 de marzo (EFE).- ", ES), ("3.earlier", "Earlier, on March 14 (Reuters) - ", EN),
    ("3.tomorrow_y", "Tomorrow, on March 14, 2026 (Reuters) - ", EN),
]:
    add(pid, f"{T_EN if body is EN else 'Titel'}\n\n{line}{body}", {"place": None}, [])
for pid, line, body, place in [
    ("3c.paris", "PARIS, le 14 mars (AFP) - ", FR, "PARIS"), ("3c.nice", "Nice, le 14 mars (AFP) - ", FR, "Nice"),
    ("3c.essen", "Essen, am 14. März (dpa) - ", DE, "Essen"), ("3c.berlin", "BERLIN, am 14. März (dpa) - ", DE, "BERLIN"),
    ("3c.madrid", "Madrid, el 14 de marzo (EFE).- ", ES, "Madrid"), ("3c.roma", "Roma, il 14 marzo (ANSA) - ", IT, "Roma"),
    ("3c.london", "LONDON, March 14 (Reuters) - ", EN, "LONDON"),
]:
    add(pid, f"Titel der Meldung\n\n{line}{body}", {"place": place}, [])
# 4. Spiegel
SP_TEASER = "Die Stadt will den Nahverkehr ausbauen. Kritiker warnen vor den Kosten."
add("4.spiegel", f"Verkehrswende in Hamburg\n{T_DE}\n{SP_TEASER}\nVon Anna Schmidt\n14.03.2026, 10.15 Uhr\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt"], "published": "2026-03-14"}, ["Verkehrswende in Hamburg", "Von Anna", "10.15 Uhr"])
add("4.spiegel_blank", f"Verkehrswende in Hamburg\n\n{T_DE}\n\n{SP_TEASER}\n\nVon Anna Schmidt\n\n14.03.2026, 10.15 Uhr\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt"], "published": "2026-03-14"}, ["Verkehrswende in Hamburg", "Von Anna", "10.15 Uhr"])
add("4.spiegel_two", f"Verkehrswende in Hamburg\n{T_DE}\n{SP_TEASER}\nVon Anna Schmidt und Jonas Weber\n14.03.2026, 10.15 Uhr\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt", "Jonas Weber"], "published": "2026-03-14"}, ["Von Anna", "10.15 Uhr"])
add("4.spiegel_place", f"Verkehrswende in Hamburg\n{T_DE}\n{SP_TEASER}\nVon Anna Schmidt, Hamburg\n14.03.2026, 10.15 Uhr\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt"], "published": "2026-03-14"}, ["Von Anna", "10.15 Uhr"])
add("4.spiegel_mag", f"Verkehrswende in Hamburg\n{T_DE}\n{SP_TEASER}\nVon Anna Schmidt\n14.03.2026, 10.15 Uhr • aus DER SPIEGEL 12/2026\n\n{DE}",
    {"title": T_DE, "authors": ["Anna Schmidt"], "published": "2026-03-14"}, ["Von Anna", "10.15 Uhr"])
# look-alikes that stay text
add("L.posted_by", f"{T_EN}\n\nPosted by the ministry, the letter said the plan would change the bus routes.\n\n{EN}",
    {"title": T_EN}, [], )
add("L.posted_by_first", f"Posted by the ministry, the letter said the plan would change the bus routes.\n\n{EN}",
    {}, [])
add("L.modifie_headline", f"Modifié le règlement intérieur, l'Assemblée vote le budget\n\n{FR}",
    {"title": "Modifié le règlement intérieur, l'Assemblée vote le budget"}, [])
add("L.last_modified_cars", f"{T_EN}\n\nLast modified cars are banned from the race from 14 March 2026, officials said.\n\n{EN}",
    {"title": T_EN, "updated": None}, [])
add("L.last_modified_first", f"Last modified cars banned from the race\n\n{EN}",
    {"title": "Last modified cars banned from the race", "updated": None}, [])
add("L.updated_ago_body", f"{T_EN}\n\nThe app was updated 2 hours ago, the company said on Friday.\n\n{EN}",
    {"title": T_EN, "updated": None}, [])
add("L.publie_body", f"{T_FR}\n\nPublié aujourd'hui à 10h15, le rapport accuse la direction de négligence grave.\n\n{FR}",
    {"title": T_FR, "published": None}, [])
add("L.demain_headline", f"Demain, la grève des transports\n\n{FR}", {"title": "Demain, la grève des transports"}, [])
add("L.tomorrow_text", f"{T_EN}\n\nTomorrow, on March 14, the council meets again to vote on the plan, officials said.\n\n{EN}",
    {"place": None}, [])
add("L.veroeff_body", f"{T_DE}\n\nVeröffentlicht am 14.03.2026 wurde der Bericht erst nach Protesten der Opposition.\n\n{DE}",
    {"title": T_DE}, [])

add("m.elpais_place", f"{T_ES}\n\nMadrid - 13 MAR 2026 - 10:15 CET\n\n{ES}", {"published": "2026-03-13", "title": T_ES}, ["MAR 2026"])
add("m.elpais_place2", f"{T_ES}\n\nMadrid - 13 MAR 2026 - 10:15 CET Actualizado: 14 MAR 2026 - 12:30 CET\n\n{ES}", {"published": "2026-03-13", "updated": "2026-03-14", "title": T_ES}, ["MAR 2026"])
add("m.guardian_one", f"{T_EN}\n\nFri 13 Mar 2026 10.15 GMT Last modified on Sat 14 Mar 2026 12.30 GMT\n\n{EN}", {"published": "2026-03-13", "updated": "2026-03-14", "title": T_EN}, ["Mar 2026"])
add("m.reuters_glued", f"{T_EN}\n\nMarch 13, 2026 10:15 AM GMT+1Updated 2 hours ago\n\n{EN}", {"published": "2026-03-13", "updated": None, "title": T_EN}, ["March 13"])
add("m.lemonde_dash", f"{T_FR}\n\nPublié le 13 mars 2026 à 10h15 - Mis à jour le 14 mars 2026 à 12h30\n\n{FR}", {"published": "2026-03-13", "updated": "2026-03-14", "title": T_FR}, ["Publié"])
add("m.lemonde_noday", f"{T_FR}\n\nPublié le 13 mars 2026 à 10h15, modifié à 12h30\n\n{FR}", {"published": "2026-03-13", "updated": None, "title": T_FR}, ["Publié"])
add("m.pub_upd_notime", f"{T_EN}\n\nPublished 13 March 2026, Updated 14 March 2026\n\n{EN}", {"published": "2026-03-13", "updated": "2026-03-14", "title": T_EN}, ["Published"])
add("m.posted_by", f"{T_EN}\n\nPosted by Jane Doe on March 14, 2026\n\n{EN}", {"title": T_EN}, [])
add("m.tomorrow_night", f"{T_EN}\n\nTomorrow night, on March 14 (Reuters) - {EN}", {"place": None}, [])
add("m.demain_soir", f"{T_FR}\n\nDemain soir, le 14 mars (AFP) - {FR}", {"place": None}, [])
add("m.first_updated", f"Updated March 14, 2026\n{T_EN}\n\n{EN}", {"updated": "2026-03-14", "title": T_EN}, ["Updated"])
add("m.first_pub_by", f"Published: 14 March 2026 | By Jane Doe\n{T_EN}\n\n{EN}", {"published": "2026-03-14", "title": T_EN}, [])
add("m.sub_headline", f"Iran deal collapses\nTalks in Vienna end without agreement as both sides blame each other\nThe talks ended late on Friday. Diplomats said no new round was planned.\nBy Jane Doe\n\n{EN}", {"title": "Iran deal collapses"}, [])
add("m.stand_line", f"{T_DE}\n\nStand: 14.03.2026, 10:15 Uhr\n\n{DE}", {"updated": "2026-03-14", "title": T_DE}, ["Stand"])
add("m.updated_body3", f"{T_EN}\n\nUpdated 2 hours ago, the figures show the plan was approved.\n\n{EN}", {"title": T_EN}, [])
add("m.time_only_first", f"Publié à 10h15\n{T_FR}\n\n{FR}", {"title": T_FR, "published": None}, ["Publié"])

for pid, line, body in [("3n.tomorrow", "Tomorrow, March 14 (Reuters) - ", EN), ("3n.tonight", "Tonight, March 14, 2026 (Reuters) - ", EN),
                        ("3n.demain", "Demain, 14 mars (AFP) - ", FR), ("3n.domani", "Domani, 14 marzo 2026 (ANSA) - ", IT),
                        ("3n.heute_abend", "Heute Abend, 14. März 2026 (dpa) - ", DE), ("3n.manana", "Mañana, 14 mar (EFE).- ", ES)]:
    add(pid, f"Titel\n\n{line}{body}", {"place": None}, [])


def run() -> dict[str, dict]:
    return run_probes(P, ("published", "updated", "title", "place", "authors"))


if __name__ == "__main__":
    report(run())
