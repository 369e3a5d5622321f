"""The far-apart rule on small hand-written pairs (issue #11, samestory68): does it hold apart what it should?

    PYTHONPATH=src .venv/bin/python benchmarks/published_apart_pairs.py [--full]

Each pair is two short reports (en/de/fr) with publication dates and the expected answer written before the rule was
run on them: "apart" (two events weeks or months apart: the rule should fire) or "same" (one event or story told weeks
apart and tied only weakly: a fine after a failure, a trial, an anniversary, a follow-up recalling the month, a
syndicated copy; the rule must not fire). The rule reads no vector, so the sides are analysed without embedding
(as benchmarks/published_apart.py). Prints each pair's answer and the counts; a pair that should stay "same" and is
held apart is a loss (a true story split), one that should be "apart" and is not is a miss (left to the score).
``--full``: the whole verdict instead (similarity.score_pairs, the shipped full model, USE and e5: ~1-2 CPU-s a pair
with an empty cache), "same" for a same-story verdict; it imports nothing of the rule, so it runs on any tree.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _lib import links as L

from storylens.similarity import Gazetteer
from storylens.similarity._sides import _Side

# (id, expected, language a, language b, published a, published b, text a, text b)
PAIRS: list[tuple[str, str, str, str, str, str, str, str]] = [
    # --- one person's (or one kind of event's) two events months apart: "apart" ---
    ("d01-steele", "apart", "en", "en", "2009-10-18", "2010-03-30",
     ("Steele says GOP must reach out to minority voters\nRepublican National Committee Chairman Michael Steele said on "
     "Sunday that the party must do more to reach out to black and Hispanic voters. Speaking on ABC's This Week, Steele "
     "said the GOP had given people no reason to vote for it."),
     ("Steele under fire over RNC spending at nightclub\nRepublican National Committee Chairman Michael Steele faced calls "
     "to resign on Monday after reports that the committee spent nearly $2,000 at a Los Angeles nightclub. Steele said "
     "he had not been aware of the expense. Several donors said they would stop giving to the RNC.")),
    ("d02-lauterbach", "apart", "de", "de", "2026-01-14", "2026-05-21",
     ("Lauterbach legt Klinikreform vor\nBundesgesundheitsminister Karl Lauterbach hat seine Pläne für eine Reform der "
     "Krankenhäuser vorgestellt. Lauterbach sagte, die Reform werde die Versorgung auf dem Land sichern. Die Opposition "
     "kritisierte die Pläne als unausgegoren."),
     ("Lauterbach verteidigt Cannabis-Gesetz\nBundesgesundheitsminister Karl Lauterbach hat das geplante Cannabis-Gesetz "
     "gegen Kritik verteidigt. Lauterbach sagte, das Gesetz werde den Schwarzmarkt austrocknen. Die Opposition "
     "kritisierte die Pläne als unausgegoren.")),
    ("d03-two-blasts", "apart", "en", "en", "2026-03-10", "2026-05-21",
     ("Explosion at chemical plant kills four workers\nAn explosion at a chemical plant in Ludwigshafen killed four "
     "workers on Tuesday, the company BASF said. Fire crews brought the blaze under control after three hours. Mayor "
     "Jutta Steinruck said residents should keep their windows closed."),
     ("Explosion at chemical plant kills six workers\nAn explosion at a chemical plant in Leverkusen killed six workers "
     "on Thursday, the company Covestro said. Fire crews brought the blaze under control after four hours. Mayor Uwe "
     "Richrath said residents should keep their windows closed.")),
    ("d04-darmanin", "apart", "fr", "fr", "2026-01-20", "2026-06-09",
     ("Darmanin présente son plan contre les rodéos urbains\nLe ministre de l'Intérieur Gérald Darmanin a présenté mardi "
     "un plan contre les rodéos urbains. Gérald Darmanin a promis des saisies de motos. L'opposition dénonce un effet "
     "d'annonce."),
     ("Darmanin annonce le recrutement de 8.500 gendarmes\nLe ministre de l'Intérieur Gérald Darmanin a annoncé vendredi "
     "le recrutement de 8.500 gendarmes d'ici 2030. Darmanin a estimé que les brigades rurales en avaient besoin. Les "
     "syndicats saluent la mesure.")),
    ("d05-two-wildfires", "apart", "en", "en", "2026-07-02", "2026-09-01",
     ("Wildfire forces evacuations in Colorado\nA wildfire near Boulder forced hundreds of residents to leave their homes "
     "on Wednesday. Firefighters said strong winds were pushing the flames east. No injuries were reported."),
     ("Wildfire forces evacuations in California\nA wildfire near Santa Rosa forced hundreds of residents to leave their "
     "homes on Monday. Firefighters said dry winds were pushing the flames south. No injuries were reported.")),
    ("d06-two-warehouse-fires", "apart", "de", "de", "2026-02-03", "2026-03-24",
     ("Großbrand in Lagerhalle\nIn einer Lagerhalle in Gütersloh ist am Montagabend ein Großbrand ausgebrochen. Die "
     "Feuerwehr war mit 120 Einsatzkräften vor Ort. Verletzt wurde niemand."),
     ("Großbrand in Sägewerk\nIn einem Sägewerk in Olpe ist am Sonntagabend ein Großbrand ausgebrochen. Die Feuerwehr war "
     "mit 90 Einsatzkräften vor Ort. Verletzt wurde niemand.")),
    ("d07-streeting", "apart", "en", "en", "2026-01-08", "2026-04-29",
     ("Streeting unveils plan to cut NHS waiting lists\nHealth Secretary Wes Streeting on Thursday set out a plan to cut "
     "hospital waiting lists by opening more community diagnostic centres. Streeting said patients would see results "
     "within a year."),
     ("Streeting defends junior doctors pay offer\nHealth Secretary Wes Streeting on Wednesday defended the government's "
     "pay offer to junior doctors as strikes loomed. Streeting said the offer was fair and final.")),
    ("d08-two-robberies", "apart", "en", "en", "2026-02-11", "2026-04-02",
     ("Armed men rob bank in Leeds\nThree armed men robbed a bank in Leeds on Tuesday morning and escaped in a stolen car, "
     "police said. Staff were threatened but not hurt."),
     ("Armed men rob bank in Bristol\nTwo armed men robbed a bank in Bristol on Wednesday afternoon and escaped on "
     "motorbikes, police said. Staff were threatened but not hurt.")),
    ("d09-two-coach-crashes", "apart", "fr", "fr", "2026-03-02", "2026-05-21",
     ("Un car scolaire se renverse dans l'Ain\nUn car transportant des collégiens s'est renversé lundi près de Bourg-en-"
     "Bresse, faisant six blessés légers. Le chauffeur a été entendu par les gendarmes."),
     ("Un car de tourisme quitte la route dans le Var\nUn car de touristes a quitté la route mercredi près de Draguignan, "
     "faisant douze blessés. Le chauffeur a été entendu par les gendarmes.")),
    ("d10-musk", "apart", "en", "en", "2026-01-15", "2026-05-14",
     ("Musk unveils Tesla robotaxi\nTesla chief executive Elon Musk on Thursday unveiled a two-seat robotaxi without a "
     "steering wheel at an event in Los Angeles. Musk said production would begin next year."),
     ("Court voids Musk pay package\nA Delaware judge on Wednesday voided Elon Musk's pay package at Tesla, calling the "
     "board's process flawed. Musk said he would appeal.")),
    ("d11-scholz", "apart", "de", "de", "2026-02-24", "2026-07-24",
     ("Scholz reist nach Indien\nBundeskanzler Olaf Scholz ist zu einem zweitägigen Besuch in Neu-Delhi eingetroffen. "
     "Scholz will über Fachkräfte und Handel sprechen."),
     ("Scholz besucht Kiew\nBundeskanzler Olaf Scholz ist überraschend in Kiew eingetroffen. Scholz sagte der Ukraine "
     "weitere Luftabwehrsysteme zu.")),
    ("d12-minister-month-mention", "apart", "en", "en", "2026-02-10", "2026-05-12",
     ("Transport Secretary announces rail fare freeze\nTransport Secretary Louise Haigh said on Tuesday that regulated "
     "rail fares would be frozen next year. Haigh said passengers had paid too much for too long."),
     ("Transport Secretary backs road repair fund\nTransport Secretary Louise Haigh on Monday announced a fund for "
     "councils to repair potholes. Haigh said the scheme, first discussed in February, would start in the autumn.")),
    ("d13-two-floods-fr", "apart", "fr", "fr", "2026-01-12", "2026-03-30",
     ("Crue : des habitants évacués dans le Pas-de-Calais\nLa montée des eaux a contraint une centaine d'habitants à "
     "quitter leur logement dimanche à Arques. Les pompiers ont effectué une vingtaine de sauvetages."),
     ("Crue : des habitants évacués en Charente\nLa montée des eaux a contraint une cinquantaine d'habitants à quitter "
     "leur logement samedi à Saintes. Les pompiers ont effectué une dizaine de sauvetages.")),
    # --- one event or story told weeks apart, tied only weakly: "same" ---
    ("s01-fine-sentence-start", "same", "en", "en", "2026-03-03", "2026-04-14",
     ("Chlorine leak at chemical plant\nA chlorine leak at a chemical plant in Dormagen sent twelve workers to hospital on "
     "Monday. The operator Covestro said a valve had failed."),
     ("Covestro fined over chlorine leak\nCovestro was fined 2 million euros on Tuesday over the chlorine leak that "
     "injured workers at one of its plants. Regulators said the company had ignored warnings.")),
    ("s02-fine-sentence-start-de", "same", "de", "de", "2026-03-03", "2026-04-17",
     ("Chlorgas tritt in Chemiewerk aus\nIn einem Chemiewerk in Dormagen ist Chlorgas ausgetreten, zwölf Beschäftigte "
     "kamen ins Krankenhaus. Der Betreiber Covestro sprach von einem defekten Ventil."),
     ("Bußgeld nach Chlorgas-Unfall\nCovestro muss nach dem Chlorgas-Unfall zwei Millionen Euro zahlen. Die Behörde warf "
     "dem Konzern vor, Warnungen ignoriert zu haben.")),
    ("s03-mr-nguyen", "same", "en", "en", "2026-01-09", "2026-03-12",
     ("Ho Chi Minh City developer arrested\nPolice in Vietnam arrested property developer Nguyen Van An on Thursday on "
     "suspicion of fraud involving apartment sales. Investigators said buyers lost their deposits."),
     ("Developer goes on trial over apartment fraud\nMr Nguyen went on trial on Wednesday accused of taking deposits for "
     "apartments that were never built. He denies the charges.")),
    ("s04-blast-in-march", "same", "en", "en", "2026-03-11", "2026-05-20",
     ("Explosion at fertiliser plant\nAn explosion at a fertiliser plant killed three workers on Tuesday, officials said. "
     "The cause was not yet known."),
     ("Report blames maintenance for plant explosion\nA corroded pipe caused the blast in March that killed three workers "
     "at a fertiliser plant, investigators said on Tuesday.")),
    ("s05-last-months-explosion", "same", "en", "en", "2026-03-11", "2026-04-15",
     ("Explosion at fertiliser plant\nAn explosion at a fertiliser plant killed three workers on Tuesday, officials said. "
     "The cause was not yet known."),
     ("Plant reopens after explosion\nWorkers returned on Wednesday to the fertiliser plant where last month's explosion "
     "killed three of their colleagues.")),
    ("s06-january-5-attack", "same", "en", "en", "2026-01-06", "2026-02-20",
     ("Gunmen attack police post\nGunmen attacked a police post on Monday night, killing two officers, officials said. "
     "No group has claimed the attack."),
     ("Suspects charged over police post attack\nProsecutors charged four men on Friday over the January 5 attack on a "
     "police post that killed two officers.")),
    ("s07-im-maerz", "same", "de", "de", "2026-03-12", "2026-05-06",
     ("Explosion in Chemiewerk\nBei einer Explosion in einem Chemiewerk sind am Mittwoch drei Arbeiter ums Leben "
     "gekommen. Die Ursache ist unklar."),
     ("Ermittler finden Ursache für Explosion\nEin korrodiertes Rohr hat die Explosion im März verursacht, bei der drei "
     "Arbeiter starben. Das teilten die Ermittler am Dienstag mit.")),
    ("s08-en-mars", "same", "fr", "fr", "2026-03-12", "2026-05-06",
     ("Explosion dans une usine chimique\nUne explosion dans une usine chimique a tué trois ouvriers mercredi. Les causes "
     "restent inconnues."),
     ("L'enquête sur l'explosion progresse\nUne canalisation corrodée est à l'origine de l'explosion survenue en mars qui "
     "a tué trois ouvriers, ont indiqué mardi les enquêteurs.")),
    ("s09-oppau-district-en", "same", "en", "en", "2026-03-10", "2026-04-21",
     ("Explosion at chemical plant\nAn explosion at a chemical plant in Ludwigshafen killed four workers on Tuesday. The "
     "cause is under investigation."),
     ("Residents sue over plant explosion\nResidents of Oppau, a district of Ludwigshafen, have sued the plant's operator "
     "over the explosion that killed four workers.")),
    ("s10-oppau-district-de", "same", "de", "de", "2026-03-10", "2026-04-21",
     ("Explosion in Chemiewerk\nBei einer Explosion in einem Chemiewerk in Oppau sind vier Arbeiter gestorben. Die "
     "Ursache wird untersucht."),
     ("Anwohner klagen nach Explosion\nAnwohner in Ludwigshafen, zu dem der Stadtteil Oppau gehört, verklagen den "
     "Betreiber des Werks. Bei der Explosion waren vier Arbeiter gestorben.")),
    ("s11-said-in-berlin", "same", "en", "en", "2026-03-02", "2026-04-16",
     ("Fire at refinery\nA fire broke out at the refinery in Leuna on Sunday, sending a column of smoke over the town. "
     "Operator TotalEnergies said no one was hurt."),
     ("TotalEnergies ordered to review safety\nTotalEnergies must review safety at its refinery after the fire, the "
     "environment ministry said in Berlin on Wednesday.")),
    ("s12-ambiguous-numeric-date", "same", "en", "en", "2026-03-04", "2026-04-03",
     "Tornado damages homes\nA tornado tore through a small town on Friday, damaging dozens of homes. No one was killed.",
     ("Tornado victims wait for aid\nResidents whose homes were damaged by the tornado on Friday are still waiting for "
     "aid.")),
    ("s13-year-typo", "same", "en", "en", "2025-06-12", "2026-06-12",
     ("Flash floods sweep through valley\nFlash floods swept through a mountain valley on Thursday, washing away cars and "
     "a bridge. Rescuers were searching for two hikers."),
     ("Hikers found after flash flood\nRescuers found the two hikers missing after flash floods swept through the valley, "
     "officials said.")),
    ("s14-syndicated-copy", "same", "en", "en", "2026-03-10", "2026-04-22",
     ("Explosion at chemical plant kills four workers\nAn explosion at a chemical plant in Ludwigshafen killed four "
     "workers on Tuesday, the company BASF said. Fire crews brought the blaze under control after three hours. Mayor "
     "Jutta Steinruck said residents should keep their windows closed."),
     ("Four workers killed in chemical blast\nAn explosion at a chemical plant in Ludwigshafen killed four workers on "
     "Tuesday, the company BASF said. Fire crews brought the blaze under control after three hours. Mayor Jutta "
     "Steinruck said residents should keep their windows closed.")),
    ("s15-trial-full-name", "same", "en", "en", "2026-01-10", "2026-04-08",
     ("Man arrested after stabbing\nPolice arrested Daniel Kowalski, 34, after a man was stabbed outside a nightclub "
     "early on Saturday."),
     ("Stabbing trial opens\nThe trial of Daniel Kowalski, accused of stabbing a man outside a nightclub, opened on "
     "Wednesday.")),
    ("s16-anniversary", "same", "de", "de", "2025-02-19", "2026-02-19",
     ("Anschlag in Hanau\nIn Hanau hat ein Mann neun Menschen aus rassistischen Motiven erschossen. Die Bundesanwaltschaft "
     "ermittelt."),
     ("Gedenken ein Jahr nach Anschlag\nEin Jahr nach dem rassistischen Anschlag von Hanau haben Hunderte der neun Opfer "
     "gedacht.")),
    ("s17-weekday-date", "same", "en", "en", "2026-03-04", "2026-04-22",
     "Bridge collapses\nA road bridge collapsed on Tuesday, sending two cars into the river. Both drivers were rescued.",
     ("Engineers blame rust for bridge collapse\nRust in the steel cables caused the Tuesday, March 3 collapse of the "
     "road bridge, engineers said in a report.")),
    ("s18-ms-tran", "same", "en", "en", "2026-02-02", "2026-04-06",
     ("Activist detained\nAuthorities detained environmental activist Tran Thi Mai on Sunday after a protest against a "
     "coal plant."),
     "Activist released\nMs Tran was released on Monday after two months in detention, her lawyer said."),
    ("s19-company-sentence-start-northvolt", "same", "en", "en", "2026-01-14", "2026-03-03",
     ("Fire at battery plant\nA fire broke out at a battery factory run by Northvolt on Tuesday, forcing workers to "
     "evacuate. No injuries were reported."),
     ("Battery maker files for bankruptcy\nNorthvolt filed for bankruptcy protection on Monday, weeks after a fire "
     "halted production at its main factory.")),
    ("s20-lactalis-fr", "same", "fr", "fr", "2026-01-08", "2026-03-19",
     ("Rappel de lait infantile\nLe groupe Lactalis rappelle des lots de lait infantile soupçonnés d'être contaminés par "
     "des salmonelles."),
     ("Lait contaminé : amende record\nLactalis a été condamné jeudi à une amende de 5 millions d'euros pour le lait "
     "infantile contaminé.")),
    ("s21-frau-schneider-de", "same", "de", "de", "2026-01-20", "2026-03-25",
     ("Bürgermeisterin tritt zurück\nDie Bürgermeisterin Anna Schneider ist nach Vorwürfen der Vetternwirtschaft "
     "zurückgetreten."),
     ("Ermittlungen gegen frühere Bürgermeisterin eingestellt\nDie Staatsanwaltschaft hat die Ermittlungen gegen Frau "
     "Schneider eingestellt.")),
    ("s22-covestro-blast-recall", "same", "en", "en", "2026-05-21", "2026-07-02",
     ("Explosion at chemical plant kills six workers\nAn explosion at a chemical plant killed six workers on Thursday, "
     "the company Covestro said."),
     "Workers return to plant\nSix weeks after the Covestro blast, workers returned to the site on Wednesday."),
    ("s23-letzten-monat", "same", "de", "de", "2026-03-12", "2026-04-16",
     ("Explosion in Chemiewerk\nBei einer Explosion in einem Chemiewerk sind am Mittwoch drei Arbeiter ums Leben "
     "gekommen."),
     ("Werk nimmt Betrieb wieder auf\nNach der Explosion im vergangenen Monat hat das Chemiewerk den Betrieb wieder "
     "aufgenommen.")),
    ("s24-mois-dernier", "same", "fr", "fr", "2026-03-12", "2026-04-16",
     "Explosion dans une usine chimique\nUne explosion dans une usine chimique a tué trois ouvriers mercredi.",
     "L'usine rouvre\nL'usine chimique où l'explosion du mois dernier avait tué trois ouvriers a rouvert lundi."),
    ("s25-de-en-followup", "same", "de", "en", "2026-03-12", "2026-04-28",
     ("Explosion in Chemiewerk\nBei einer Explosion in einem Chemiewerk sind am Mittwoch drei Arbeiter ums Leben "
     "gekommen. Betreiber Lanxess sprach von einem Unglück."),
     ("Lanxess blames supplier\nLanxess said on Tuesday a faulty part from a supplier caused the explosion in March that "
     "killed three workers.")),
    # the same ties beside an opening that names someone or something (the rule reads only such openings)
    ("s26-in-march-named", "same", "en", "en", "2026-03-11", "2026-05-20",
     ("Explosion at Yara fertiliser plant\nAn explosion at a fertiliser plant run by Yara killed three workers on "
     "Tuesday, officials said. The cause was not yet known."),
     ("Safety board blames corroded pipe\nThe Chemical Safety Board said on Tuesday a corroded pipe caused the blast in "
     "March that killed three workers at a fertiliser plant.")),
    ("s27-last-month-named", "same", "en", "en", "2026-03-11", "2026-04-15",
     ("Explosion at Yara fertiliser plant\nAn explosion at a fertiliser plant run by Yara killed three workers on "
     "Tuesday, officials said."),
     ("Plant reopens\nWorkers returned on Wednesday to the fertiliser plant where last month's explosion killed three "
     "of their colleagues, union leader Mark Doyle said.")),
    ("s28-ambiguous-date-named", "same", "en", "en", "2026-03-04", "2026-04-03",
     ("Tornado hits Oklahoma town\nA tornado tore through Moore on Friday, damaging dozens of homes, Governor Kevin "
     "Stitt said."),
     ("Victims wait for aid\nResidents whose homes were damaged by Friday's tornado are still waiting for federal aid, "
     "FEMA said.")),
    ("s29-year-typo-named", "same", "en", "en", "2025-06-12", "2026-06-12",
     ("Flash floods sweep through valley\nFlash floods swept through the Ahr valley on Thursday, washing away cars and a "
     "bridge, the Red Cross said."),
     ("Hikers found after flash flood\nRescuers found two hikers missing after flash floods, mountain rescue chief "
     "Peter Brandt said.")),
    ("s30-ludwigshafener-stadtteil", "same", "de", "de", "2026-03-10", "2026-04-21",
     "Explosion bei BASF\nBei einer Explosion im Werk der BASF in Ludwigshafen sind vier Arbeiter gestorben.",
     "Anwohner klagen\nAnwohner aus Oppau, einem Stadtteil von Ludwigshafen, verklagen den Konzern nach der Explosion."),
    ("s31-quartier-de", "same", "fr", "fr", "2026-03-10", "2026-04-21",
     "Explosion à Marseille\nUne explosion dans un immeuble de Marseille a fait deux morts, selon la préfecture.",
     ("Les habitants relogés\nLes habitants de Noailles, un quartier de Marseille, ont été relogés après l'explosion, a "
     "indiqué la mairie.")),
    # two events, each told with a capitalised word at a sentence start that the other text writes too as a common word
    ("d14-two-events-sentence-start", "apart", "en", "en", "2026-01-12", "2026-04-20",
     ("Police chief praises officers\nPolice Commissioner Maria Lopez on Monday praised officers who arrested a robbery "
     "suspect. Officers chased the man for two miles."),
     ("Police chief announces new patrols\nPolice Commissioner Maria Lopez on Monday announced more foot patrols in the "
     "city centre. Officers will start in May.")),
    # --- far69 (written with the expected answers before running): one company's two events months apart, opening
    # sentences in both (final68 H1), one public body at two incidents (newuser68), and true follow-ups naming them ---
    ("f01-thames-water-two-works", "apart", "en", "en", "2026-03-17", "2026-05-13",
     ("Sewage spill closes river to swimmers\nThames Water said raw sewage had overflowed into the river at its Mogden "
     "works in Isleworth on Monday after a pump failed. Swimmers were told to stay out of the water."),
     ("Burst main floods streets\nA burst water main flooded streets in Hampton on Tuesday, leaving hundreds of homes "
     "without water. Thames Water said engineers were working to repair the pipe.")),
    ("f02-kestrel-two-recalls", "apart", "en", "en", "2026-01-14", "2026-04-07",
     ("Sandwiches recalled over salmonella\nKestrel Foods recalled its chicken and bacon sandwiches on Wednesday after "
     "salmonella was found in a batch. Customers were told not to eat them."),
     ("Yoghurts recalled over plastic pieces\nKestrel Foods recalled four flavours of its fruit yoghurts on Tuesday "
     "after pieces of blue plastic were found in some pots. Shoppers can return them for a refund.")),
    ("f03-national-grid-two-outages", "apart", "en", "en", "2026-01-19", "2026-06-23",
     ("Storm leaves thousands without power\nNational Grid said 30,000 homes in Cornwall were without electricity on "
     "Monday after Storm Ingrid brought down power lines. Engineers expected to restore supplies by Tuesday."),
     ("Substation fault cuts power to homes\nNational Grid said a fault at a substation in Kent cut power to 12,000 "
     "homes on Tuesday morning. Supplies were restored within four hours.")),
    ("f04-southern-water-ban-then-spill", "apart", "en", "en", "2026-07-15", "2026-10-20",
     ("Hosepipe ban announced\nSouthern Water said on Wednesday that a hosepipe ban would begin next week after the "
     "driest spring in decades. Reservoir levels are far below normal."),
     ("Sewage discharged onto beach\nSouthern Water said on Tuesday that storm overflows had released sewage onto the "
     "beach at Bexhill. Bathers were warned not to enter the sea.")),
    ("f05-network-rail-two-closures", "apart", "en", "en", "2026-02-16", "2026-05-27",
     ("Landslip closes coastal line\nNetwork Rail said a landslip had closed the line at Dawlish on Monday. Trains "
     "between Exeter and Newton Abbot were replaced by buses."),
     ("Signal failure disrupts commuters\nNetwork Rail said a signal failure near Clapham Junction caused delays on "
     "Wednesday morning. Thousands of commuters were affected.")),
    ("f06-deutsche-bahn-two-events", "apart", "de", "de", "2026-02-17", "2026-06-16",
     ("Stellwerksstörung legt Bahnverkehr lahm\nEine Störung in einem Stellwerk hat am Montag den Bahnverkehr in Hamburg "
     "lahmgelegt. Deutsche Bahn teilte mit, Reparaturen dauerten mehrere Stunden."),
     ("Zugausfälle nach Unwetter\nNach einem Unwetter sind am Dienstag zahlreiche Züge in München ausgefallen. Deutsche "
     "Bahn teilte mit, umgestürzte Bäume blockierten die Gleise.")),
    ("f07-air-france-two-events", "apart", "fr", "fr", "2026-03-18", "2026-06-24",
     ("Un vol dérouté après un malaise\nUn vol reliant Paris à Montréal a été dérouté mercredi vers Reykjavik après le "
     "malaise d'un passager. Air France a indiqué que le passager avait été hospitalisé."),
     ("Grève des pilotes\nUne grève des pilotes a entraîné l'annulation de nombreux vols mardi à Roissy. Air France a "
     "indiqué que la moitié des vols long-courriers seraient assurés.")),
    ("f08-anglian-water-two-events", "apart", "en", "en", "2026-02-18", "2026-05-20",
     ("Village without water after pipe bursts\nAnglian Water said a burst pipe had left homes in Wymondham without "
     "water on Wednesday. Bottled water was handed out."),
     ("Firm blamed for river pollution\nAnglian Water said on Wednesday it was investigating reports of dead fish in "
     "the River Nene near Peterborough. Anglers said hundreds of fish had died.")),
    ("f09-brenntag-two-leaks", "apart", "en", "en", "2026-01-21", "2026-04-22",
     ("Acid leak at depot\nAcid leaked from a tank at a chemical depot in Widnes on Wednesday. Harlow Chemicals Ltd said "
     "no one was hurt."),
     ("Gas leak at works\nA gas leak at a works in Grimsby forced nearby homes to be evacuated on Wednesday. Harlow "
     "Chemicals Ltd said the leak had been stopped.")),
    ("f10-west-yorkshire-fire-two-fires", "apart", "en", "en", "2026-01-17", "2026-05-23",
     ("Mill fire in Halifax\nA disused mill in Halifax was destroyed by fire on Saturday. West Yorkshire Fire and Rescue "
     "Service said eight crews attended. Nobody was hurt."),
     ("House fire in Keighley\nTwo people were taken to hospital after a house fire in Keighley on Friday night. West "
     "Yorkshire Fire and Rescue Service said the fire started in the kitchen.")),
    ("f11-devon-police-two-appeals", "apart", "en", "en", "2026-02-14", "2026-06-17",
     ("Search for missing walker\nDevon and Cornwall Police said on Saturday they were searching Dartmoor for a walker "
     "who failed to return home. A helicopter joined the search."),
     ("Appeal after shop robbery\nDevon and Cornwall Police appealed for witnesses on Wednesday after a man robbed a "
     "shop in Plymouth with a knife. The shopkeeper was not hurt.")),
    ("f12-london-fire-brigade-two-fires", "apart", "en", "en", "2026-02-21", "2026-07-15",
     ("Fire at tower block\nA fire broke out on the ninth floor of a tower block in Lewisham on Saturday. London Fire "
     "Brigade said 60 firefighters attended."),
     ("Grass fire near Wanstead\nA large grass fire spread across Wanstead Flats on Wednesday afternoon. London Fire "
     "Brigade said 100 firefighters were sent.")),
    ("f13-feuerwehr-two-fires-de", "apart", "de", "de", "2026-01-24", "2026-05-16",
     ("Brand in Lagerhalle\nIn einer Lagerhalle in Bielefeld ist am Freitag ein Feuer ausgebrochen. Die Berufsfeuerwehr "
     "Bielefeld war mit 80 Kräften im Einsatz."),
     ("Wohnungsbrand\nBei einem Wohnungsbrand in Herford ist am Samstag eine Frau verletzt worden. Die Feuerwehr war mit "
     "40 Kräften im Einsatz.")),
    ("f14-environment-agency-two-floods", "apart", "en", "en", "2026-01-15", "2026-03-26",
     ("Flood warnings on the Severn\nThe Environment Agency issued flood warnings for the River Severn at Shrewsbury on "
     "Thursday. Environment Agency officials said levels would peak overnight."),
     ("River Ouse bursts its banks\nThe River Ouse burst its banks in York on Thursday. Environment Agency officials said "
     "further rain was expected.")),
    ("f15-pompiers-two-fires-fr", "apart", "fr", "fr", "2026-03-14", "2026-07-22",
     ("Incendie dans un entrepôt\nUn incendie a ravagé un entrepôt à Vénissieux samedi. Les sapeurs-pompiers du Rhône "
     "ont mobilisé 60 hommes."),
     ("Feu de forêt\nUn feu de forêt a parcouru 30 hectares mercredi près de Tarare. Les sapeurs-pompiers du Rhône ont "
     "mobilisé 120 hommes.")),
    ("f16-national-grid-two-outages-template", "apart", "en", "en", "2026-01-27", "2026-04-28",
     ("Power cut hits thousands\nNational Grid said a power cut left 20,000 homes in Devon without electricity on "
     "Tuesday. National Grid said a fault on an overhead line was to blame."),
     ("Power cut hits thousands\nNational Grid said a power cut left 15,000 homes in Somerset without electricity on "
     "Tuesday. National Grid said a cable fault was to blame.")),
    # true follow-ups: one story
    ("f17-kestrel-fine-after-recall", "same", "en", "en", "2026-01-14", "2026-03-18",
     ("Sandwiches recalled over salmonella\nKestrel Foods recalled its chicken and bacon sandwiches on Wednesday after "
     "salmonella was found in a batch. Customers were told not to eat them."),
     ("Sandwich maker fined\nKestrel Foods was fined 300,000 pounds on Wednesday after salmonella was found in its "
     "chicken and bacon sandwiches. The firm said it had changed suppliers.")),
    ("f18-thames-water-fine-recalls-march", "same", "en", "en", "2026-03-17", "2026-06-17",
     ("Sewage spill closes river to swimmers\nThames Water said raw sewage had overflowed into the river on Monday after "
     "a pump failed. Swimmers were told to stay out of the water."),
     ("Water firm fined\nThames Water was fined 3 million pounds on Wednesday over the spill in March that closed the "
     "river to swimmers. The regulator said the firm had ignored alarms.")),
    ("f19-thames-water-spill-named", "same", "en", "en", "2026-03-17", "2026-05-20",
     ("Sewage spill closes river to swimmers\nThames Water said raw sewage had overflowed into the river on Monday after "
     "a pump failed. Swimmers were told to stay out of the water."),
     ("Swimmers wait for answers\nTwo months after the Thames Water spill, swimmers are still waiting for test results. "
     "Thames Water said the river was now safe.")),
    ("f20-national-grid-fine-last-month", "same", "en", "en", "2026-01-19", "2026-02-24",
     ("Storm leaves thousands without power\nNational Grid said 30,000 homes were without electricity on Monday after "
     "the storm brought down power lines."),
     ("Power company fined\nNational Grid has been fined 5 million pounds over last month's power cut, the regulator "
     "said on Tuesday. National Grid said it would appeal.")),
    ("f21-brookfield-fine-detail", "same", "en", "en", "2026-02-17", "2026-04-29",
     ("Milk recalled\nBrookfield Dairies recalled semi-skimmed milk on Tuesday after cleaning fluid got into a batch. "
     "Customers were told to pour it away."),
     ("Dairy fined\nBrookfield Dairies was fined 200,000 pounds on Wednesday after cleaning fluid got into its "
     "semi-skimmed milk. Three customers fell ill.")),
    ("f22-plant-failure-fine", "same", "en", "en", "2026-02-16", "2026-04-15",
     ("Ammonia leak at cold store\nAn ammonia leak at a cold store forced workers to leave the site on Monday. Polar "
     "Storage said a valve had failed."),
     ("Cold store operator fined\nPolar Storage was fined 150,000 pounds on Wednesday after the ammonia leak that forced "
     "workers out. Inspectors said the valve had not been checked.")),
    ("f23-trial-after-crime", "same", "en", "en", "2026-02-15", "2026-07-14",
     ("Man stabbed outside pub\nA man was stabbed to death outside a pub on Saturday night. Police named him as Liam "
     "Price, 31."),
     ("Murder trial opens\nJordan Webb, 24, went on trial on Tuesday accused of murdering Liam Price outside a pub in "
     "February. He denies murder.")),
    ("f24-anniversary", "same", "en", "en", "2025-06-15", "2026-06-17",
     ("Fire at tower block\nA fire tore through Hawthorn House, a tower block, on Sunday. Six people were taken to "
     "hospital."),
     ("A year on\nA year after the Hawthorn House fire, residents say they are still waiting to go home. Hawthorn House "
     "remains covered in scaffolding.")),
    ("f25-west-yorkshire-fire-cause", "same", "en", "en", "2026-01-17", "2026-03-18",
     ("Mill fire in Halifax\nA disused mill in Halifax was destroyed by fire on Saturday. West Yorkshire Fire and Rescue "
     "Service said eight crews attended. Nobody was hurt."),
     ("Mill fire was arson\nWest Yorkshire Fire and Rescue Service said on Wednesday that the fire in January that "
     "destroyed the disused mill was started deliberately.")),
    ("f26-west-yorkshire-fire-same-place", "same", "en", "en", "2026-01-17", "2026-03-18",
     ("Mill fire in Halifax\nA disused mill in Halifax was destroyed by fire on Saturday. West Yorkshire Fire and Rescue "
     "Service said eight crews attended. Nobody was hurt."),
     ("Arrest over mill fire\nPolice arrested a teenager on Wednesday over the fire that destroyed a disused mill in "
     "Halifax. West Yorkshire Fire and Rescue Service had said it was started deliberately.")),
    ("f27-deutsche-bahn-follow-up", "same", "de", "de", "2026-02-17", "2026-04-15",
     ("Stellwerksstörung legt Bahnverkehr lahm\nEine Störung in einem Stellwerk hat am Montag den Bahnverkehr in Hamburg "
     "lahmgelegt. Deutsche Bahn teilte mit, Reparaturen dauerten mehrere Stunden."),
     ("Ursache der Stellwerksstörung geklärt\nDie Störung im Stellwerk in Hamburg im Februar ging auf ein beschädigtes "
     "Kabel zurück. Deutsche Bahn teilte mit, das Kabel sei ersetzt worden.")),
    ("f28-trier-flood-follow-up", "same", "de", "de", "2026-01-15", "2026-03-18",
     ("Hochwasser an der Mosel\nDas Hochwasser der Mosel hat am Donnerstag Teile der Altstadt in Trier überflutet. "
     "Anwohner brachten sich in Sicherheit."),
     ("Aufräumen nach dem Hochwasser\nZwei Monate nach dem Hochwasser haben Händler aus Trier Hilfen beantragt. Die "
     "Schäden gehen in die Millionen.")),
    ("f29-air-france-follow-up-fr", "same", "fr", "fr", "2026-03-18", "2026-05-20",
     ("Un vol dérouté après un malaise\nUn vol reliant Paris à Montréal a été dérouté mercredi vers Reykjavik après le "
     "malaise d'un passager. Air France a indiqué que le passager avait été hospitalisé."),
     ("Le passager du vol dérouté est sorti de l'hôpital\nLe passager dont le malaise avait fait dérouter un vol vers "
     "Reykjavik en mars est sorti de l'hôpital. Air France a indiqué qu'il était rentré à Paris.")),
    ("f30-london-fire-brigade-inquiry", "same", "en", "en", "2026-02-21", "2026-05-20",
     ("Fire at tower block\nA fire broke out on the ninth floor of a tower block in Lewisham on Saturday. London Fire "
     "Brigade said 60 firefighters attended."),
     ("Tower block fire caused by e-bike\nLondon Fire Brigade said on Wednesday that the fire in February at the tower "
     "block was caused by an e-bike battery.")),
    ("f31-kestrel-fine-company-only", "same", "en", "en", "2026-02-05", "2026-03-26",
     ("Baby food recalled over metal fragments\nKestrel Foods recalled three varieties of its baby food pouches on "
     "Wednesday after customers found small metal fragments in them. Parents were told to return the pouches."),
     ("Baby food maker fined after metal found in pouches\nKestrel Foods was fined 450,000 pounds on Wednesday after "
     "metal fragments were found in its baby food pouches. The firm said it had installed metal detectors.")),
    ("f32-harvest-dairy-ceo-quits", "same", "en", "en", "2026-02-18", "2026-04-22",
     ("Cheese recalled over listeria\nHarvest Dairy recalled its soft cheeses on Wednesday after listeria was found at "
     "its plant. Two people were in hospital."),
     ("Dairy boss quits\nHarvest Dairy's chief executive resigned on Wednesday, weeks after the listeria outbreak linked "
     "to its soft cheeses. Harvest Dairy said a new boss would be named soon.")),
    # an unambiguous ISO date with day <= 12 (samestory68: written 2026-03-05, not 05/03/2026): the rule may read it
    ("f33-iso-date-two-recalls", "apart", "en", "en", "2026-03-05", "2026-04-03",
     ("Sandwiches recalled over salmonella\nKestrel Foods recalled its chicken and bacon sandwiches on Thursday after "
     "salmonella was found in a batch. Customers were told not to eat them."),
     ("Yoghurts recalled over plastic pieces\nKestrel Foods recalled four flavours of its fruit yoghurts on Friday "
     "after pieces of blue plastic were found in some pots. Shoppers can return them for a refund.")),
    # German towns the lexicon knows as nouns (samestory68: Trier, Passau), one event each: misses while the shipped
    # gazetteer holds none of Trier, Passau, Konstanz, Koblenz (the German rule needs a place it knows on each side)
    ("f34-trier-passau-de", "apart", "de", "de", "2026-01-15", "2026-04-22",
     ("Hochwasser an der Mosel\nDas Hochwasser der Mosel hat am Donnerstag Teile der Altstadt in Trier überflutet. "
     "Anwohner brachten sich in Sicherheit."),
     ("Brand in Lagerhalle\nBei einem Brand in einer Lagerhalle in Passau ist am Mittwoch ein Schaden in Millionenhöhe "
     "entstanden. Verletzt wurde niemand.")),
    ("f35-konstanz-koblenz-de", "apart", "de", "de", "2026-02-18", "2026-06-17",
     ("Sturm deckt Dächer ab\nEin Sturm hat am Mittwoch in Konstanz mehrere Dächer abgedeckt. Die Feuerwehr rückte zu "
     "40 Einsätzen aus."),
     ("Gasaustritt in Wohnhaus\nNach einem Gasaustritt in einem Wohnhaus in Koblenz sind am Mittwoch 30 Menschen in "
     "Sicherheit gebracht worden. Verletzt wurde niemand.")),
    ("f36-passau-follow-up-de", "same", "de", "de", "2026-01-15", "2026-03-25",
     ("Hochwasser an der Donau\nDas Hochwasser der Donau hat am Donnerstag Teile der Altstadt in Passau überflutet. "
     "Anwohner brachten sich in Sicherheit."),
     ("Hilfen nach dem Hochwasser\nDie Stadt hat Händlern aus Passau nach dem Hochwasser Hilfen zugesagt. Die Schäden "
     "gehen in die Millionen.")),
]


def side(info) -> _Side:
    """A side without vectors: the rule's evidence does not read them."""
    return _Side(info, np.zeros(4, dtype=np.float32), np.zeros((max(1, len(info.sentences)), 4), dtype=np.float32), None)


def _rule_answers(gaz: Gazetteer) -> list[str | None]:
    from storylens.similarity._features import _features
    from storylens.similarity._verdict import _published_apart

    return [_published_apart(_features(side(L.analysed(a, la, pa, gaz)), side(L.analysed(b, lb, pb, gaz)), gaz,
                                       late_spellings=True)) for _, _, la, lb, pa, pb, a, b in PAIRS]


def _verdicts() -> list[str | None]:
    from storylens.similarity import score_pairs

    scores = score_pairs([(a, b, la, lb) for _, _, la, lb, _, _, a, b in PAIRS],
                         published=[(pa, pb) for _, _, _, _, pa, pb, _, _ in PAIRS])
    return [None if s.same_story else f"{s.overall:.2f} {s.reasons[0] if s.reasons else ''}" for s in scores]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--full", action="store_true", help="the whole verdict with the shipped full model")
    ap.add_argument("--only", default="", help="only the pairs whose id starts so (f: far69's)")
    args = ap.parse_args(argv)
    PAIRS[:] = [p for p in PAIRS if p[0].startswith(args.only)]
    t0 = time.process_time()
    answers = _verdicts() if args.full else _rule_answers(Gazetteer.load())
    right = losses = misses = 0
    for (pid, expected, *_), why in zip(PAIRS, answers, strict=True):
        got = "apart" if why is not None else "same"
        right += got == expected
        losses += expected == "same" and got == "apart"
        misses += expected == "apart" and got == "same"
        print(f"{'ok  ' if got == expected else 'FAIL'} {pid:<40} expected {expected:<5} got {got:<5} {why or ''}")
    n_apart = sum(p[1] == "apart" for p in PAIRS)
    print(f"{right}/{len(PAIRS)} as expected; {losses} of {len(PAIRS) - n_apart} same-story pairs held apart, "
          f"{misses} of {n_apart} two-event pairs not; {time.process_time() - t0:.1f} CPU-s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
