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
    # --- apart71 (newuser71 HIGH-1): one city, two events months apart / one event's follow-up months later ---
    ("p71-en-cordoba-trains", "apart", "en", "en", "2026-02-03", "2025-09-20",
     ("Train collision near Cordoba injures 15\nFifteen people were injured on Tuesday when two commuter trains "
      "collided near Cordoba station, rail operator Adif said. More than 200 passengers were on board the two trains."),
     ("Freight train derails near Cordoba, three hurt\nThree people were injured on Saturday when a freight train "
      "derailed near Cordoba station, rail operator Adif said. Rail traffic was halted for five hours.")),
    ("p71-es-cordoba-trenes", "apart", "es", "es", "2026-02-03", "2025-09-20",
     ("Choque de trenes en Córdoba deja 15 heridos\nQuince personas resultaron heridas este martes en el choque de dos "
      "trenes de cercanías cerca de la estación de Córdoba, informó Adif."),
     ("Descarrilamiento en Córdoba deja 3 heridos\nTres personas resultaron heridas este sábado al descarrilar un tren "
      "de mercancías cerca de la estación de Córdoba, informó Adif.")),
    ("p71-en-lyon-fires", "apart", "en", "en", "2026-05-12", "2026-01-08",
     ("Fire at Lyon warehouse\nA fire destroyed a warehouse in Lyon on Tuesday, firefighters said. Two workers were "
      "treated for smoke inhalation."),
     ("Blaze guts Lyon restaurant\nA blaze gutted a restaurant in Lyon on Thursday night, firefighters said. No one "
      "was hurt.")),
    ("p71-fr-lyon-incendies", "apart", "fr", "fr", "2026-05-12", "2026-01-08",
     ("Incendie dans un entrepôt à Lyon\nUn incendie a détruit un entrepôt à Lyon mardi, selon les pompiers. Deux "
      "employés ont été intoxiqués."),
     ("Un restaurant ravagé par les flammes à Lyon\nUn restaurant a été ravagé par les flammes jeudi soir à Lyon, "
      "selon les pompiers. Personne n'a été blessé.")),
    ("p71-it-napoli-crolli", "apart", "it", "it", "2026-06-23", "2026-01-15",
     ("Crollo di una palazzina a Napoli\nUna palazzina è crollata martedì a Napoli, hanno detto i vigili del fuoco. "
      "Quattro persone sono rimaste ferite."),
     ("Crolla un muro a Napoli\nUn muro di contenimento è crollato giovedì a Napoli dopo le piogge, hanno detto i "
      "vigili del fuoco. Nessun ferito.")),
    ("p71-pt-porto-incendios", "apart", "pt", "pt", "2026-07-20", "2026-02-11",
     ("Incêndio destrói armazém no Porto\nUm incêndio destruiu um armazém no Porto na segunda-feira, disseram os "
      "bombeiros. Dois trabalhadores ficaram feridos."),
     ("Fogo em restaurante no Porto\nUm fogo atingiu um restaurante no Porto na quarta-feira, disseram os bombeiros. "
      "Ninguém ficou ferido.")),
    ("p71-en-marseille-shootings", "apart", "en", "en", "2026-04-20", "2025-11-02",
     ("Man shot dead in Marseille\nA man was shot dead in Marseille on Sunday, police said. The attackers fled on a "
      "scooter."),
     ("Teenager wounded in Marseille shooting\nA teenager was wounded in a shooting in Marseille on Saturday, police "
      "said. An investigation has been opened.")),
    ("p71-en-sevilla-floods", "apart", "en", "en", "2026-03-04", "2025-10-21",
     ("Flash floods hit Seville\nFlash floods swept through Seville on Wednesday after heavy rain, emergency services "
      "said. Dozens of cars were washed away."),
     ("Storm cuts power in Seville\nA storm cut power to thousands of homes in Seville on Tuesday, utility Endesa "
      "said. Crews worked overnight.")),
    ("p71-es-sevilla-tormentas", "apart", "es", "es", "2026-03-04", "2025-10-21",
     ("Inundaciones en Sevilla\nLas lluvias torrenciales inundaron calles de Sevilla este miércoles, informaron los "
      "servicios de emergencia. Decenas de coches fueron arrastrados."),
     ("Una tormenta deja sin luz a miles de hogares en Sevilla\nUna tormenta dejó sin electricidad a miles de hogares "
      "en Sevilla este martes, informó Endesa.")),
    ("p71-en-porto-bus-crashes", "apart", "en", "en", "2026-06-10", "2026-01-30",
     ("Bus crash in Porto injures 9\nNine people were injured on Wednesday when a city bus hit a tram in Porto, "
      "operator STCP said."),
     ("Bus overturns near Porto, 4 hurt\nFour people were hurt on Friday when a bus overturned near Porto, operator "
      "STCP said.")),
    ("p71-en-gdansk-port", "apart", "en", "en", "2026-05-05", "2025-12-12",
     ("Blast at Gdansk port\nAn explosion at a fuel terminal in Gdansk port on Tuesday injured two workers, the port "
      "authority said."),
     ("Ship runs aground off Gdansk\nA cargo ship ran aground off Gdansk on Friday, the port authority said. No one "
      "was hurt.")),
    # one event months later: a trial, an anniversary, a report naming its day, its figures or a full name
    ("p71-en-cordoba-anniversary-figure", "same", "en", "en", "2026-02-03", "2026-08-04",
     ("Train collision near Cordoba injures 15\nFifteen people were injured on Tuesday when two commuter trains "
      "collided near Cordoba station, rail operator Adif said."),
     ("Report blames signal fault for Cordoba crash\nA signal fault caused the collision near Cordoba station in which "
      "15 people were injured, investigators said on Tuesday. Adif said it had replaced the system.")),
    ("p71-en-cordoba-day-named", "same", "en", "en", "2026-02-03", "2026-09-15",
     ("Train collision near Cordoba injures 15\nFifteen people were injured on Tuesday when two commuter trains "
      "collided near Cordoba station, rail operator Adif said."),
     ("Cordoba crash inquiry ends\nThe inquiry into the February 3, 2026 collision near Cordoba has ended, rail "
      "operator Adif said on Monday.")),
    ("p71-es-cordoba-juicio-cifra", "same", "es", "es", "2026-02-03", "2026-10-20",
     ("Choque de trenes en Córdoba deja 15 heridos\nQuince personas resultaron heridas este martes en el choque de dos "
      "trenes de cercanías cerca de la estación de Córdoba, informó Adif."),
     ("Juicio por el choque de Córdoba\nComienza el juicio por el choque de trenes en Córdoba que dejó 15 heridos, "
      "informó Adif.")),
    ("p71-en-lyon-trial-fullname", "same", "en", "en", "2026-01-08", "2026-06-16",
     ("Restaurant owner arrested after Lyon blaze\nPolice arrested restaurant owner Marc Delorme on Thursday after a "
      "blaze gutted his restaurant in Lyon, investigators said."),
     ("Lyon restaurateur on trial\nMarc Delorme went on trial in Lyon on Tuesday accused of setting fire to his own "
      "restaurant to claim the insurance.")),
    ("p71-fr-lyon-proces-nom", "same", "fr", "fr", "2026-01-08", "2026-06-16",
     ("Un restaurateur arrêté après l'incendie à Lyon\nLa police a arrêté jeudi le restaurateur Marc Delorme après "
      "l'incendie de son restaurant à Lyon."),
     ("Procès du restaurateur lyonnais\nMarc Delorme est jugé depuis mardi à Lyon, accusé d'avoir incendié son propre "
      "restaurant.")),
    ("p71-it-napoli-anniversario", "same", "it", "it", "2026-01-15", "2026-07-15",
     ("Crollo di una palazzina a Napoli\nUna palazzina è crollata giovedì a Napoli, hanno detto i vigili del fuoco. "
      "Quattro persone sono rimaste ferite."),
     ("Un anno dal crollo di Napoli\nUn anno fa crollava la palazzina di Napoli: quattro persone rimasero ferite. I "
      "residenti chiedono ancora risposte.")),
    ("p71-en-marseille-trial-names", "same", "en", "en", "2025-11-02", "2026-05-20",
     ("Teenager wounded in Marseille shooting\nA teenager was wounded in a shooting in Marseille on Saturday, police "
      "said. Suspect Karim Benali was arrested at the scene."),
     ("Marseille shooting suspect goes on trial\nKarim Benali went on trial in Marseille on Wednesday over the shooting "
      "that wounded a teenager.")),
    ("p71-en-gdansk-figures", "same", "en", "en", "2025-12-12", "2026-04-14",
     ("Blast at Gdansk fuel terminal\nAn explosion at a fuel terminal in Gdansk on Friday injured two workers and "
      "spilled 300 tonnes of diesel, the port authority said."),
     ("Gdansk terminal reopens\nThe fuel terminal in Gdansk reopened on Tuesday, months after the blast that spilled "
      "300 tonnes of diesel.")),
    ("p71-pt-porto-relatorio-data", "same", "pt", "pt", "2026-02-11", "2026-07-07",
     ("Fogo em restaurante no Porto\nUm fogo atingiu um restaurante no Porto na quarta-feira, 11 de fevereiro, "
      "disseram os bombeiros."),
     ("Relatório sobre o fogo no Porto\nO relatório sobre o fogo de 11 de fevereiro no restaurante do Porto foi "
      "publicado na terça-feira.")),
    # inside the three months: a follow-up in the event's city stays tied by the city
    ("p71-en-lyon-weeks", "same", "en", "en", "2026-01-08", "2026-02-26",
     ("Blaze guts Lyon restaurant\nA blaze gutted a restaurant in Lyon on Thursday night, firefighters said. No one "
      "was hurt."),
     ("Lyon restaurant to reopen\nThe restaurant in Lyon gutted by fire will reopen in spring, its owners said on "
      "Thursday.")),
    ("p71-es-sevilla-semanas", "same", "es", "es", "2025-10-21", "2025-12-02",
     ("Una tormenta deja sin luz a miles de hogares en Sevilla\nUna tormenta dejó sin electricidad a miles de hogares "
      "en Sevilla este martes, informó Endesa."),
     ("Endesa compensará a los vecinos de Sevilla\nEndesa compensará a los vecinos de Sevilla que se quedaron sin luz "
      "por la tormenta.")),
    ("p71-en-porto-weeks", "same", "en", "en", "2026-01-30", "2026-03-20",
     ("Bus overturns near Porto, 4 hurt\nFour people were hurt on Friday when a bus overturned near Porto, operator "
      "STCP said."),
     ("Porto bus driver charged\nThe driver of the bus that overturned near Porto has been charged, prosecutors said "
      "on Friday.")),
    # other languages, far apart, different events
    ("p71-de-koeln-braende", "apart", "de", "de", "2026-06-15", "2026-01-17",
     ("Brand in Lagerhalle in Köln\nIn einer Lagerhalle in Köln ist am Montag ein Feuer ausgebrochen, teilte die "
      "Feuerwehr mit. Zwei Arbeiter wurden verletzt."),
     ("Wohnungsbrand in Köln\nBei einem Wohnungsbrand in Köln ist am Samstag niemand verletzt worden, teilte die "
      "Feuerwehr mit.")),
    ("p71-de-koeln-prozess-zahl", "same", "de", "de", "2026-01-17", "2026-06-23",
     ("Brand in Lagerhalle in Köln\nIn einer Lagerhalle in Köln ist am Samstag ein Feuer ausgebrochen, teilte die "
      "Feuerwehr mit. 14 Arbeiter wurden verletzt."),
     ("Prozess nach Lagerhallenbrand in Köln\nNach dem Brand in Köln, bei dem 14 Arbeiter verletzt wurden, beginnt der "
      "Prozess gegen den Betreiber.")),
    ("p71-fr-marseille-fusillades", "apart", "fr", "fr", "2026-04-20", "2025-11-02",
     ("Un homme tué par balle à Marseille\nUn homme a été tué par balle dimanche à Marseille, a indiqué la police."),
     ("Un adolescent blessé par balle à Marseille\nUn adolescent a été blessé par balle samedi à Marseille, a indiqué "
      "la police.")),
    ("p71-it-milano-incidenti", "apart", "it", "it", "2026-05-18", "2025-12-03",
     ("Incidente del tram a Milano\nUn tram è deragliato lunedì a Milano, ha detto Atm. Dieci passeggeri sono rimasti "
      "feriti."),
     ("Scontro tra auto e bus a Milano\nUn'auto si è scontrata con un autobus mercoledì a Milano, ha detto Atm. Due "
      "feriti lievi.")),
    ("p71-it-milano-processo-cifra", "same", "it", "it", "2025-12-03", "2026-05-18",
     ("Incidente del tram a Milano\nUn tram è deragliato mercoledì a Milano, ha detto Atm. Dieci passeggeri sono "
      "rimasti feriti."),
     ("Processo per il tram deragliato a Milano\nInizia il processo per il tram deragliato a Milano in cui 10 "
      "passeggeri rimasero feriti, ha detto Atm.")),
    ("p71-en-two-cities-control", "apart", "en", "en", "2026-02-03", "2025-09-20",
     ("Train collision near Cordoba injures 15\nFifteen people were injured on Tuesday when two commuter trains "
      "collided near Cordoba station, rail operator Adif said."),
     ("Freight train derails near Valencia, three hurt\nThree people were injured on Saturday when a freight train "
      "derailed near Valencia station, rail operator Adif said.")),
    # the shared city opening a headline is the place again, no other tie
    ("p71-en-lyon-headline-city", "apart", "en", "en", "2026-02-18", "2026-07-14",
     "Fire at warehouse in Lyon\nA fire gutted a warehouse in Lyon on Wednesday, firefighters said.",
     "Lyon restaurant gutted by blaze\nA blaze gutted a restaurant in Lyon on Tuesday night, firefighters said."),
    ("p71-es-valencia-titular", "apart", "es", "es", "2025-10-14", "2026-03-17",
     ("Valencia: un incendio destruye una nave industrial\nUn incendio destruyó una nave industrial en Valencia este "
      "martes, informaron los bomberos."),
     ("Inundaciones en Valencia tras las lluvias\nLas lluvias inundaron varias calles de Valencia este martes, "
      "informaron los bomberos.")),
    ("p71-en-lyon-headline-fullname", "same", "en", "en", "2026-02-18", "2026-07-14",
     ("Fire at Lyon restaurant\nA fire gutted the restaurant of chef Paul Garnier in Lyon on Wednesday, firefighters "
      "said."),
     "Lyon chef reopens\nPaul Garnier reopened his restaurant in Lyon on Tuesday, five months after the fire."),
    ("p71-en-anniversary-small-count", "same", "en", "en", "2025-09-20", "2026-09-24",
     ("Freight train derails near Cordoba, three hurt\nThree people were injured on Saturday when a freight train "
      "derailed near Cordoba station, rail operator Adif said."),
     ("A year on, Cordoba line still shut\nThe line near Cordoba station remains closed one year after the freight "
      "train derailment that hurt 3 people, Adif said.")),
    # neither its day nor its figures: the place rule splits it (a known cost, left to be read as two stories)
    ("p71-en-anniversary-bare", "same", "en", "en", "2025-09-20", "2026-09-24",
     ("Freight train derails near Cordoba, three hurt\nThree people were injured on Saturday when a freight train "
      "derailed near Cordoba station, rail operator Adif said."),
     ("Cordoba line still shut\nThe line near Cordoba station remains closed one year after the freight train "
      "derailment, Adif said.")),
    ("p71-en-same-month-anniv", "same", "en", "en", "2025-09-20", "2026-09-21",
     ("Freight train derails near Cordoba, three hurt\nThree people were injured on Saturday when a freight train "
      "derailed near Cordoba station, rail operator Adif said."),
     ("A year after Cordoba derailment, line still shut\nA year after the freight train derailment near Cordoba on "
      "September 20, 2025, the line remains closed, Adif said.")),
    # --- apart72: the same in the languages the far-apart reader had no month names or back references for; the
    # expected answers written before the rule was run. Two events in one city months apart ("apart"), and one
    # event's follow-up months later naming its day in the language's own month name, or recalling it as last
    # year's, a year on ("same"). ---
    ("p72-pt-lisboa-incendios", "apart", "pt", "pt", "2026-06-09", "2026-01-20",
     ("Incêndio em prédio de Lisboa\nUm incêndio atingiu um prédio em Lisboa na terça-feira, disseram os bombeiros. "
      "Duas pessoas foram assistidas."),
     ("Explosão em restaurante de Lisboa\nUma explosão de gás destruiu um restaurante em Lisboa na segunda-feira, "
      "informou a polícia.")),
    ("p72-pt-lisboa-relatorio-dia", "same", "pt", "pt", "2026-01-20", "2026-06-30",
     ("Explosão em restaurante de Lisboa\nUma explosão de gás destruiu um restaurante em Lisboa na segunda-feira, 19 "
      "de janeiro, informou a polícia."),
     ("Relatório sobre a explosão em Lisboa\nO relatório sobre a explosão de 19 de janeiro no restaurante de Lisboa "
      "aponta uma fuga de gás.")),
    ("p72-pt-lisboa-ano-passado", "same", "pt", "pt", "2025-11-04", "2026-10-27",
     ("Explosão em restaurante de Lisboa\nUma explosão de gás destruiu um restaurante em Lisboa na segunda-feira, "
      "informou a polícia."),
     ("Restaurante de Lisboa reabre\nO restaurante de Lisboa destruído pela explosão do ano passado reabriu as portas "
      "na sexta-feira.")),
    ("p72-nl-utrecht-branden", "apart", "nl", "nl", "2026-05-19", "2026-01-06",
     ("Brand in loods in Utrecht\nIn een loods in Utrecht brak dinsdag brand uit, meldde de brandweer. Twee mensen "
      "raakten gewond."),
     ("Gaslek in Utrecht\nBij een gaslek in een woonwijk in Utrecht zijn maandag bewoners geëvacueerd, meldde de "
      "politie.")),
    ("p72-nl-utrecht-rapport-dag", "same", "nl", "nl", "2026-01-06", "2026-06-16",
     ("Gaslek in Utrecht\nBij een gaslek in een woonwijk in Utrecht zijn op 5 januari bewoners geëvacueerd, meldde de "
      "politie."),
     ("Onderzoek naar gaslek Utrecht afgerond\nHet onderzoek naar het gaslek van 5 januari in Utrecht is afgerond, "
      "zegt de gemeente.")),
    ("p72-nl-utrecht-vorig-jaar", "same", "nl", "nl", "2025-10-14", "2026-09-29",
     ("Gaslek in Utrecht\nBij een gaslek in een woonwijk in Utrecht zijn dinsdag bewoners geëvacueerd, meldde de "
      "politie."),
     ("Bewoners Utrecht terug in huis\nDe bewoners die vorig jaar na het gaslek in Utrecht hun huis uit moesten, zijn "
      "terug, zegt de gemeente.")),
    ("p72-pl-wroclaw-pozary", "apart", "pl", "pl", "2026-06-02", "2026-01-13",
     ("Pożar hali we Wrocławiu\nWe wtorek we Wrocławiu spłonęła hala magazynowa, poinformowała straż pożarna. Dwie "
      "osoby trafiły do szpitala."),
     ("Wybuch gazu we Wrocławiu\nW poniedziałek we Wrocławiu doszło do wybuchu gazu w kamienicy, poinformowała "
      "policja.")),
    ("p72-pl-wroclaw-raport-dzien", "same", "pl", "pl", "2026-01-13", "2026-06-23",
     ("Wybuch gazu we Wrocławiu\nW poniedziałek 12 stycznia we Wrocławiu doszło do wybuchu gazu w kamienicy, "
      "poinformowała policja."),
     ("Raport o wybuchu we Wrocławiu\nRaport o wybuchu gazu z 12 stycznia we Wrocławiu wskazuje na nieszczelną "
      "instalację.")),
    ("p72-pl-wroclaw-rok-temu", "same", "pl", "pl", "2025-10-07", "2026-10-06",
     ("Wybuch gazu we Wrocławiu\nWe wtorek we Wrocławiu doszło do wybuchu gazu w kamienicy, poinformowała policja."),
     ("Kamienica we Wrocławiu odbudowana\nKamienica we Wrocławiu zniszczona rok temu przez wybuch gazu została "
      "odbudowana, poinformowało miasto.")),
    ("p72-ru-kazan-pozhary", "apart", "ru", "ru", "2026-05-26", "2026-01-13",
     ("Пожар на складе в Казани\nВо вторник в Казани загорелся склад, сообщили в МЧС. Пострадали два человека."),
     ("Взрыв газа в Казани\nВ понедельник в Казани в жилом доме произошёл взрыв газа, сообщила полиция.")),
    ("p72-ru-kazan-otchet-den", "same", "ru", "ru", "2026-01-13", "2026-06-16",
     ("Взрыв газа в Казани\nВ понедельник, 12 января, в Казани в жилом доме произошёл взрыв газа, сообщила полиция."),
     ("Итоги проверки после взрыва в Казани\nПроверка после взрыва газа 12 января в Казани завершена, сообщила "
      "прокуратура.")),
    ("p72-ru-kazan-proshlyj-god", "same", "ru", "ru", "2025-11-11", "2026-10-20",
     ("Взрыв газа в Казани\nВ понедельник в Казани в жилом доме произошёл взрыв газа, сообщила полиция."),
     ("Жильцы дома в Казани вернулись\nЖильцы дома в Казани, пострадавшего при взрыве газа в прошлом году, вернулись "
      "в свои квартиры.")),
    ("p72-uk-lviv-pozhezhi", "apart", "uk", "uk", "2026-06-09", "2026-01-20",
     ("Пожежа на складі у Львові\nУ вівторок у Львові загорівся склад, повідомили рятувальники. Двоє людей "
      "постраждали."),
     ("Вибух газу у Львові\nУ понеділок у Львові в житловому будинку стався вибух газу, повідомила поліція.")),
    ("p72-uk-lviv-zvit-den", "same", "uk", "uk", "2026-01-20", "2026-06-23",
     ("Вибух газу у Львові\nУ понеділок, 19 січня, у Львові в житловому будинку стався вибух газу, повідомила "
      "поліція."),
     ("Звіт про вибух у Львові\nЗвіт про вибух газу 19 січня у Львові оприлюднила прокуратура.")),
    ("p72-uk-lviv-torik", "same", "uk", "uk", "2025-11-18", "2026-10-13",
     ("Вибух газу у Львові\nУ понеділок у Львові в житловому будинку стався вибух газу, повідомила поліція."),
     ("Мешканці будинку у Львові повернулися\nМешканці будинку у Львові, пошкодженого вибухом газу минулого року, "
      "повернулися додому.")),
    ("p72-cs-brno-pozary", "apart", "cs", "cs", "2026-06-09", "2026-01-20",
     ("Požár haly v Brně\nV úterý v Brně vyhořela skladová hala, uvedli hasiči. Dva lidé byli zraněni."),
     ("Výbuch plynu v Brně\nV pondělí v Brně vybuchl plyn v činžovním domě, uvedla policie.")),
    ("p72-cs-brno-zprava-den", "same", "cs", "cs", "2026-01-20", "2026-06-23",
     ("Výbuch plynu v Brně\nV pondělí 19. ledna v Brně vybuchl plyn v činžovním domě, uvedla policie."),
     ("Zpráva o výbuchu v Brně\nZpráva o výbuchu plynu z 19. ledna v Brně byla zveřejněna, uvedlo město.")),
    ("p72-cs-brno-loni", "same", "cs", "cs", "2025-11-18", "2026-10-13",
     ("Výbuch plynu v Brně\nV pondělí v Brně vybuchl plyn v činžovním domě, uvedla policie."),
     ("Obyvatelé domu v Brně se vrátili\nObyvatelé domu v Brně, který loni poškodil výbuch plynu, se vrátili domů.")),
    ("p72-sv-malmo-branden", "apart", "sv", "sv", "2026-06-09", "2026-01-20",
     ("Brand i lagerlokal i Malmö\nEn brand bröt ut i ett lagerlokal i Malmö på tisdagen, uppger räddningstjänsten. "
      "Två personer skadades."),
     ("Gasexplosion i Malmö\nEn gasexplosion skadade ett bostadshus i Malmö på måndagen, uppger polisen.")),
    ("p72-sv-malmo-rapport-dag", "same", "sv", "sv", "2026-01-20", "2026-06-23",
     ("Gasexplosion i Malmö\nEn gasexplosion skadade ett bostadshus i Malmö måndagen den 19 januari, uppger polisen."),
     ("Rapport om explosionen i Malmö\nRapporten om gasexplosionen den 19 januari i Malmö har publicerats, uppger "
      "kommunen.")),
    ("p72-tr-izmir-yanginlar", "apart", "tr", "tr", "2026-06-09", "2026-01-20",
     ("İzmir'de depo yangını\nİzmir'de salı günü bir depoda yangın çıktı, itfaiye açıkladı. İki kişi yaralandı."),
     ("İzmir'de doğalgaz patlaması\nİzmir'de pazartesi günü bir apartmanda doğalgaz patlaması yaşandı, polis "
      "açıkladı.")),
    ("p72-tr-izmir-rapor-gun", "same", "tr", "tr", "2026-01-20", "2026-06-23",
     ("İzmir'de doğalgaz patlaması\nİzmir'de 19 Ocak pazartesi günü bir apartmanda doğalgaz patlaması yaşandı, polis "
      "açıkladı."),
     ("İzmir patlaması raporu açıklandı\nİzmir'de 19 Ocak'taki doğalgaz patlamasıyla ilgili rapor açıklandı.")),
    ("p72-tr-izmir-gecen-yil", "same", "tr", "tr", "2025-11-18", "2026-10-13",
     ("İzmir'de doğalgaz patlaması\nİzmir'de pazartesi günü bir apartmanda doğalgaz patlaması yaşandı, polis "
      "açıkladı."),
     ("İzmir'de apartman sakinleri evlerine döndü\nGeçen yıl doğalgaz patlamasında hasar gören İzmir'deki apartmanın "
      "sakinleri evlerine döndü.")),
    ("p72-de-leipzig-braende", "apart", "de", "de", "2026-06-09", "2026-01-20",
     ("Brand in Lagerhalle in Leipzig\nIn Leipzig ist am Dienstag eine Lagerhalle abgebrannt, teilte die Feuerwehr mit. "
      "Zwei Menschen wurden verletzt."),
     ("Gasexplosion in Leipzig\nIn Leipzig hat am Montag eine Gasexplosion ein Wohnhaus beschädigt, teilte die Polizei "
      "mit.")),
    ("p72-de-leipzig-vergangenes-jahr", "same", "de", "de", "2025-11-18", "2026-10-13",
     ("Gasexplosion in Leipzig\nIn Leipzig hat am Montag eine Gasexplosion ein Wohnhaus beschädigt, teilte die Polizei "
      "mit."),
     ("Bewohner kehren in Leipziger Haus zurück\nDie Bewohner des Hauses, das im vergangenen Jahr bei einer "
      "Gasexplosion in Leipzig beschädigt wurde, kehren zurück.")),
    ("p72-fr-nantes-incendies", "apart", "fr", "fr", "2026-06-09", "2026-01-20",
     ("Incendie d'un entrepôt à Nantes\nUn entrepôt a brûlé mardi à Nantes, selon les pompiers. Deux personnes ont été "
      "blessées."),
     ("Explosion de gaz à Nantes\nUne explosion de gaz a endommagé un immeuble lundi à Nantes, selon la police.")),
    ("p72-fr-nantes-annee-derniere", "same", "fr", "fr", "2025-11-18", "2026-10-13",
     ("Explosion de gaz à Nantes\nUne explosion de gaz a endommagé un immeuble lundi à Nantes, selon la police."),
     ("Les habitants de l'immeuble de Nantes rentrent chez eux\nLes habitants de l'immeuble de Nantes endommagé par "
      "l'explosion de gaz l'année dernière ont regagné leurs logements.")),
    ("p72-es-bilbao-incendios", "apart", "es", "es", "2026-06-09", "2026-01-20",
     ("Incendio en una nave de Bilbao\nUn incendio calcinó una nave en Bilbao este martes, informaron los bomberos. Dos "
      "personas resultaron heridas."),
     ("Explosión de gas en Bilbao\nUna explosión de gas dañó un edificio en Bilbao este lunes, informó la policía.")),
    ("p72-es-bilbao-ano-pasado", "same", "es", "es", "2025-11-18", "2026-10-13",
     ("Explosión de gas en Bilbao\nUna explosión de gas dañó un edificio en Bilbao este lunes, informó la policía."),
     ("Los vecinos del edificio de Bilbao vuelven a casa\nLos vecinos del edificio de Bilbao dañado por la explosión "
      "de gas el año pasado han vuelto a sus viviendas.")),
    ("p72-it-torino-incendi", "apart", "it", "it", "2026-06-09", "2026-01-20",
     ("Incendio in un capannone a Torino\nUn capannone è andato a fuoco martedì a Torino, hanno detto i vigili del "
      "fuoco. Due persone sono rimaste ferite."),
     ("Esplosione di gas a Torino\nUn'esplosione di gas ha danneggiato una palazzina lunedì a Torino, ha detto la "
      "polizia.")),
    ("p72-it-torino-anno-scorso", "same", "it", "it", "2025-11-18", "2026-10-13",
     ("Esplosione di gas a Torino\nUn'esplosione di gas ha danneggiato una palazzina lunedì a Torino, ha detto la "
      "polizia."),
     ("I residenti della palazzina di Torino tornano a casa\nI residenti della palazzina di Torino danneggiata "
      "dall'esplosione di gas l'anno scorso sono tornati a casa.")),
    ("p72-en-leeds-fires", "apart", "en", "en", "2026-06-09", "2026-01-20",
     ("Warehouse fire in Leeds\nA warehouse burned down in Leeds on Tuesday, firefighters said. Two people were hurt."),
     ("Gas explosion damages Leeds flats\nA gas explosion damaged a block of flats in Leeds on Monday, police said.")),
    ("p72-en-leeds-last-year", "same", "en", "en", "2025-11-18", "2026-10-13",
     ("Gas explosion damages Leeds flats\nA gas explosion damaged a block of flats in Leeds on Monday, police said."),
     ("Leeds residents return home\nResidents of the Leeds block of flats damaged in last year's gas explosion have "
      "returned home, the council said.")),
    ("p72-en-leeds-month-named", "same", "en", "en", "2026-01-20", "2026-06-23",
     ("Gas explosion damages Leeds flats\nA gas explosion damaged a block of flats in Leeds on Monday, police said."),
     ("Leeds flats repaired\nThe Leeds block of flats damaged in the January explosion has been repaired, the council "
      "said.")),
    # neighbours that must stay apart: "last year" across two years, and about the city's other event
    ("p72-en-leeds-last-year-two-years", "apart", "en", "en", "2024-11-18", "2026-10-13",
     ("Gas explosion damages Leeds flats\nA gas explosion damaged a block of flats in Leeds on Monday, police said."),
     ("Warehouse fire in Leeds\nA warehouse burned down in Leeds on Tuesday, firefighters said. Last year the same "
      "firm was fined.")),
    ("p72-de-leipzig-vorjahr-two-years", "apart", "de", "de", "2024-11-18", "2026-10-13",
     ("Gasexplosion in Leipzig\nIn Leipzig hat am Montag eine Gasexplosion ein Wohnhaus beschädigt, teilte die Polizei "
      "mit."),
     ("Brand in Lagerhalle in Leipzig\nIn Leipzig ist am Dienstag eine Lagerhalle abgebrannt, teilte die Feuerwehr mit. "
      "Im vergangenen Jahr hatte es dort schon gebrannt.")),
    # the day named in one language's month names, read in a text of a language the tables cover (must not change)
    ("p72-es-bilbao-dia", "same", "es", "es", "2026-01-20", "2026-06-23",
     ("Explosión de gas en Bilbao\nUna explosión de gas dañó un edificio en Bilbao el lunes 19 de enero, informó la "
      "policía."),
     ("Informe sobre la explosión de Bilbao\nEl informe sobre la explosión de gas del 19 de enero en Bilbao apunta a "
      "una fuga.")),
    ("p72-pt-porto-semana", "same", "pt", "pt", "2026-01-20", "2026-03-03",
     ("Explosão em restaurante do Porto\nUma explosão de gás destruiu um restaurante no Porto na segunda-feira, "
      "informou a polícia."),
     ("Restaurante do Porto reabre\nO restaurante do Porto destruído pela explosão reabriu as portas na sexta-feira.")),
    ("p72-cs-praha-dva-roky", "apart", "cs", "cs", "2024-03-05", "2026-06-09",
     ("Výbuch plynu v Praze\nV pondělí v Praze vybuchl plyn v činžovním domě, uvedla policie."),
     ("Požár haly v Praze\nV úterý v Praze vyhořela skladová hala, uvedli hasiči. Dva lidé byli zraněni.")),
    ("p72-nl-rotterdam-havens", "apart", "nl", "nl", "2026-06-09", "2026-01-20",
     ("Schip aan de grond bij Rotterdam\nEen vrachtschip is dinsdag bij Rotterdam aan de grond gelopen, meldde het "
      "havenbedrijf."),
     ("Brand op kade in Rotterdam\nOp een kade in Rotterdam brak maandag brand uit, meldde de brandweer.")),
    ("p72-pl-krakow-proces-nazwisko", "same", "pl", "pl", "2026-01-20", "2026-07-14",
     ("Pożar restauracji w Krakowie\nPolicja zatrzymała właściciela restauracji Jana Kowalskiego po pożarze lokalu w "
      "Krakowie."),
     ("Proces w Krakowie\nJan Kowalski stanął przed sądem w Krakowie oskarżony o podpalenie własnej restauracji.")),
    ("p72-ru-kazan-sud-imya", "same", "ru", "ru", "2026-01-20", "2026-07-14",
     ("Пожар в ресторане в Казани\nПолиция задержала владельца ресторана Ивана Петрова после пожара в Казани."),
     ("Суд в Казани\nИван Петров предстал перед судом в Казани по обвинению в поджоге собственного ресторана.")),
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
