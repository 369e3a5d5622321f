"""The refine's group place rule reads where each report places its event (its opening and dateline), not every
place it mentions (issue 11, xstream52). Dev stream, `--judge full` out of fold: an en and an es report of CNN's
count of Trump's golf days named Scotland (a golf course) and Iran (a link to another story), their keys placed
the pair in GB and IR, and their en and it reports of the same count were split off as another country's story.
Two stories of one kind in two countries still stay two (tests/cluster/test_cluster_two_stories_refine43.py)."""

from __future__ import annotations

import pytest

from storylens.cluster import entity_keys
from storylens.cluster._places import places_of

from .test_cluster_two_stories_refine43 import SHIPPED, _refine, _stories

# One story (a count of a president's golf days), four reports: two mention foreign places in passing, two name
# the country and city of the course.
GOLF_EN = ("Trump criticised for spending one in five days at a golf club in 2019\n\n"
           "Donald Trump spent 86 days at one of his golf clubs last year, a CNN count found, although he had told "
           "voters he would be too busy working to play golf. Before he ran for office he often mocked Barack Obama "
           "for playing the game. The count found 333 days at one of his properties since January 2017.\n\n"
           "Trump played at his own course at Turnberry in Scotland during an official visit to the United Kingdom.\n"
           "Read more: Iran's supreme leader attacks Trump on Twitter")
GOLF_ES = ("Critican a Trump por pasar uno de cada cinco días en un club de golf en 2019\n\n"
           "Donald Trump pasó 86 días en uno de sus clubes de golf el año pasado, según un recuento de CNN, aunque "
           "había dicho a los votantes que estaría demasiado ocupado trabajando para jugar. Antes de su candidatura "
           "criticaba a Barack Obama por jugar al golf. El recuento halló 333 días en una de sus propiedades desde "
           "enero de 2017.\n\n"
           "Trump jugó en su propio campo de Turnberry, en Escocia, durante una visita oficial al Reino Unido.\n"
           "Lea también: El líder supremo de Irán ataca a Trump en Twitter")
GOLF_IT = ("Klobuchar attacca Trump: nel 2019 un giorno su cinque in un golf club\n\n"
           "La senatrice Amy Klobuchar ha criticato il presidente Donald Trump dopo che un conteggio della CNN ha "
           "rilevato che negli Stati Uniti ha trascorso 86 giorni nei suoi golf club, l'ultimo a West Palm Beach, "
           "in Florida. \"Ho trascorso 0 giorni sul campo da golf nel 2019\", ha scritto Klobuchar.")
GOLF_DE = ("Klobuchar kritisiert Trumps 86 Golftage im Jahr 2019\n\n"
           "Die Senatorin Amy Klobuchar hat Präsident Donald Trump kritisiert, der laut einer Zählung von CNN im "
           "vergangenen Jahr an 86 Tagen in seinen Golfclubs in den USA war, zuletzt in West Palm Beach in Florida. "
           "\"Ich habe 2019 null Tage auf dem Golfplatz verbracht\", schrieb Klobuchar.")
GOLF = {"en": ("en", GOLF_EN), "es": ("es", GOLF_ES), "it": ("it", GOLF_IT), "de": ("de", GOLF_DE)}
# within each pair far over the cross-lingual cut 0.475, across the pairs just over it (each other's best too)
GOLF_SCORES = {frozenset(p.split()): s for p, s in {
    "en es": 0.86, "it de": 0.82, "en it": 0.62, "en de": 0.58, "es it": 0.60, "es de": 0.55}.items()}


def test_the_keys_place_the_mentioning_reports_in_the_mentioned_countries():
    # the reading the rule had: every country named by name is the story's (the premise of the test below)
    assert "GB" in places_of(entity_keys(GOLF_EN, "en"))[0] and "IR" in places_of(entity_keys(GOLF_ES, "es"))[0]
    assert "US" in places_of(entity_keys(GOLF_IT, "it"))[0] and "US" in places_of(entity_keys(GOLF_DE, "de"))[0]


def test_places_a_story_only_mentions_do_not_split_its_reports(hashing_embedder):
    got = _refine(GOLF, GOLF_SCORES, hashing_embedder, **SHIPPED)
    assert _stories(got) == {frozenset(GOLF)}


# The same kind in other words and languages: a foreign minister's trade deal reported by his home press (fr/pl),
# which names the host only by its president and mentions an earlier trip to Japan after the opening, and by the
# host's (en/pt).
VISIT_FR = ("Radosław Sikorski signe un accord commercial avec le président Lula\n\n"
            "Le chef de la diplomatie Radosław Sikorski a signé lundi un accord commercial avec le président Lula, au "
            "premier jour d'une visite de trois jours, a indiqué son ministère. L'accord réduit les droits de douane "
            "sur les machines agricoles et ouvre le marché aux entreprises de transport. Il doit encore rencontrer des "
            "chefs d'entreprise et des élus avant de rentrer jeudi.\n\n"
            "En mars, il s'était rendu au Japon, où il avait signé un accord semblable.")
VISIT_PL = ("Sikorski podpisał umowę handlową z prezydentem Lulą\n\n"
            "Szef dyplomacji Radosław Sikorski podpisał w poniedziałek umowę handlową z prezydentem Lulą, pierwszego "
            "dnia trzydniowej wizyty, poinformował resort. Umowa obniża cła na maszyny rolnicze i otwiera rynek dla "
            "firm transportowych. Minister spotka się jeszcze z przedsiębiorcami i parlamentarzystami, a do kraju "
            "wróci w czwartek.\n\n"
            "W marcu minister odwiedził Japonię, gdzie podpisał podobną umowę.")
VISIT_EN = ("Polish foreign minister signs trade deal in Brasilia\n\n"
            "BRASILIA, March 3 (Reuters) - Poland's foreign minister Radoslaw Sikorski signed a trade agreement with "
            "President Lula on Monday, the first day of a three-day visit to Brazil, cutting tariffs on farm "
            "machinery and opening the market to transport firms.")
VISIT_PT = ("Chanceler polonês assina acordo comercial em Brasília\n\n"
            "BRASÍLIA, 3 mar (Agência Brasil) - O chanceler da Polônia, Radoslaw Sikorski, assinou nesta segunda-feira "
            "um acordo comercial com o presidente Lula, no primeiro dia de uma visita de três dias ao Brasil, que reduz "
            "tarifas sobre máquinas agrícolas.")
VISIT = {"fr": ("fr", VISIT_FR), "pl": ("pl", VISIT_PL), "en": ("en", VISIT_EN), "pt": ("pt", VISIT_PT)}
VISIT_SCORES = {frozenset(p.split()): s for p, s in {
    "fr pl": 0.84, "en pt": 0.88, "fr en": 0.60, "fr pt": 0.57, "pl en": 0.56, "pl pt": 0.58}.items()}


def test_an_earlier_trip_named_in_passing_does_not_split_a_visit(hashing_embedder):
    got = _refine(VISIT, VISIT_SCORES, hashing_embedder, **SHIPPED)
    assert _stories(got) == {frozenset(VISIT)}


# Two wildfires of one week, Greece (en/de) and Portugal (pt/es), each report placing itself by its opening (no
# dateline in the de and es ones): the judge says yes across the kinds; two stories
FIRE_EN = ("Wildfire near Athens forces thousands to flee\n\n"
           "ATHENS, Aug 12 (Reuters) - A wildfire fanned by strong winds forced thousands of people to flee towns "
           "north of Athens on Monday, Greek officials said, as 400 firefighters battled the flames.")
FIRE_DE = ("Waldbrand bei Athen: Tausende fliehen\n\n"
           "Ein von starkem Wind angefachter Waldbrand hat am Montag Tausende Menschen nördlich von Athen in die "
           "Flucht getrieben. In Griechenland kämpften 400 Feuerwehrleute gegen die Flammen.")
FIRE_PT = ("Incêndio em Portugal obriga a retirar centenas de pessoas\n\n"
           "LISBOA, 12 ago (Lusa) - Um incêndio florestal no distrito de Aveiro obrigou hoje a retirar centenas de "
           "pessoas, segundo a Proteção Civil, com 300 bombeiros no terreno em Portugal.")
FIRE_ES = ("Un incendio forestal obliga a evacuar a cientos de personas en Portugal\n\n"
           "Un incendio forestal en el distrito portugués de Aveiro obligó este lunes a evacuar a cientos de personas, "
           "informó Protección Civil. En Portugal trabajan 300 bomberos.")
FIRES = {"en": ("en", FIRE_EN), "de": ("de", FIRE_DE), "pt": ("pt", FIRE_PT), "es": ("es", FIRE_ES)}
FIRE_SCORES = {frozenset(p.split()): s for p, s in {
    "en de": 0.85, "pt es": 0.83, "en pt": 0.62, "en es": 0.58, "de pt": 0.57, "de es": 0.60}.items()}


@pytest.mark.parametrize("dateline", [True, False])
def test_two_fires_of_one_kind_in_two_countries_stay_two(hashing_embedder, dateline):
    texts = FIRES if dateline else {
        **FIRES, "en": ("en", FIRE_EN.replace("ATHENS, Aug 12 (Reuters) - ", "")),
        "pt": ("pt", FIRE_PT.replace("LISBOA, 12 ago (Lusa) - ", ""))}
    got = _refine(texts, FIRE_SCORES, hashing_embedder, **SHIPPED)
    assert _stories(got) == {frozenset({"en", "de"}), frozenset({"pt", "es"})}
