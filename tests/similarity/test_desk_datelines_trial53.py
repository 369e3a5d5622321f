"""A dateline city the body never writes is the desk's, not the event's (trial53 F11: one flood report from
"Reuters / LONDON, Nov 26, 2026" and "AFP / Paris, 26 novembre 2026", every sentence matched, was "DIFFERENT
STORIES … different places: London vs Paris (GB / FR), and no names or places in common", so ``compare``
aligned nothing). When the texts agree sentence by sentence (DESK_ALIGNED of sentences matched) with
DESK_NUMBERS counts alike, the country and datelines rules read the event's places without the desks'; two
events of one template whose datelines are their places (no count alike) and reports whose bodies name two
countries stay apart."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import numpy as np
import pytest

from storylens import similarity as sim

BODY_EN = ("Heavy rain flooded the river valley on Wednesday, forcing about 1,500 residents to leave their homes, "
           "the regional authorities said on Thursday.\n\n"
           "The water level reached 6.20 metres, the highest in ten years, the regional flood office said. "
           "A dozen people were injured in the valley on Wednesday.")
EN_LONDON = f"Flood closes roads in the region\n\nReuters\nLONDON, Nov 26, 2026\n\n{BODY_EN}"
EN_WASHINGTON = f"Flood closes roads in the region\n\nAP\nWASHINGTON, Nov 26, 2026\n\n{BODY_EN}"
FR_PARIS = ("Des inondations coupent des routes dans la région\n\nAFP\nParis, 26 novembre 2026\n\n"
            "De fortes pluies ont inondé la vallée mercredi, obligeant environ 1 500 habitants à quitter leur "
            "domicile, ont indiqué jeudi les autorités régionales.\n\n"
            "Le niveau de l'eau a atteint 6,20 mètres, le plus haut depuis dix ans, selon le service des crues. "
            "Douze personnes ont été blessées mercredi dans la vallée.")
DE_BERLIN = ("Hochwasser sperrt Straßen in der Region\n\ndpa\nBerlin, 26. November 2026\n\n"
             "Heftige Regenfälle haben am Mittwoch das Flusstal überflutet und rund 1.500 Bewohner gezwungen, ihre "
             "Häuser zu verlassen, teilten die regionalen Behörden am Donnerstag mit.\n\n"
             "Der Wasserstand erreichte 6,20 Meter, den höchsten Stand seit zehn Jahren, so das regionale "
             "Hochwasseramt. Ein Dutzend Menschen wurde am Mittwoch im Tal verletzt.")
ES_MADRID = ("Las inundaciones cortan carreteras en la región\n\nEFE\nMadrid, 26 nov 2026\n\n"
             "Las fuertes lluvias inundaron el miércoles el valle del río y obligaron a unos 1.500 vecinos a "
             "abandonar sus casas, informaron el jueves las autoridades regionales.\n\n"
             "El nivel del agua alcanzó 6,20 metros, el más alto en diez años, según la oficina regional de "
             "crecidas. Una docena de personas resultaron heridas el miércoles en el valle.")
RU_MOSCOW = ("Наводнение перекрыло дороги в регионе\n\nТАСС\nМОСКВА, 26 ноября 2026\n\n"
             "Сильные дожди в среду затопили речную долину, вынудив около 1500 жителей покинуть свои дома, "
             "сообщили в четверг региональные власти.\n\n"
             "Уровень воды достиг 6,20 метра, это самый высокий уровень за десять лет, сообщила региональная "
             "служба по паводкам. В среду в долине пострадали двенадцать человек.")
# two floods of one template, each dateline the event's city (the body says "the city"): no count alike
EN_VALENCIA = ("Flash floods swamp city districts\n\nReuters\nVALENCIA, Nov 26, 2026\n\n"
               "Heavy rain flooded the city's southern districts on Wednesday, forcing about 800 residents to leave "
               "their homes, the city council said.\n\nTwo people were injured and the metro was closed, officials said.")
EN_NAPLES = ("Flash floods swamp city districts\n\nAP\nNAPLES, Nov 26, 2026\n\n"
             "Heavy rain flooded the city's eastern districts on Wednesday, forcing about 300 residents to leave "
             "their homes, the city council said.\n\nFive people were injured and schools were closed, officials said.")
# two floods whose bodies name two countries, with the same counts
EN_ANKARA = EN_LONDON.replace("LONDON", "ANKARA").replace("the river valley", "Turkey's Black Sea province of Rize")
FR_TIRANA = FR_PARIS.replace("Paris", "Tirana").replace("la vallée mercredi", "le nord de l'Albanie mercredi")
MODEL = SimpleNamespace(threshold_=0.5, variant_="fast")


def _features(a: str, b: str, la: str, lb: str, embedder) -> sim.PairFeatures:
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    return sim.pair_features([(pa.text, pb.text, la, lb)], embedder, sim.Gazetteer.load(),
                             published=[("2026-11-26", "2026-11-26")], datelines=[(pa.dateline, pb.dateline)])[0]


def _row(overall: float) -> np.ndarray:
    return np.array([overall] + [0.5] * (len(sim.DIMENSIONS) - 1))


def _analysed(text: str, lang: str) -> sim._sides._Text:
    p = sim.prepare_text(text)
    return sim._sides._analyse(p.text, lang, None, sim._sides._kept_sentences(p.text), sim.Gazetteer.load(), p.dateline)


@pytest.mark.parametrize(("text", "lang", "desk"), [
    (EN_LONDON, "en", {"London"}), (FR_PARIS, "fr", {"Paris"}), (DE_BERLIN, "de", {"Berlin"}),
    (ES_MADRID, "es", {"Madrid"}), (RU_MOSCOW, "ru", {"Moscow"}),
    (EN_LONDON.replace("the river valley", "the river valley north of London"), "en", set()),  # the body names it
    (EN_LONDON.replace("the river valley", "the river valley in the United Kingdom"), "en", set()),  # ... or its country
    (EN_ANKARA, "en", set()),  # "Turkey's … Rize": Ankara's country
])
def test_desk_places_are_dateline_places_the_body_never_writes(text, lang, desk):
    gaz = sim.Gazetteer.load()
    assert {gaz.labels.get(p, p) for p in sim._features._desk_places(_analysed(text, lang))} == desk


def test_two_desks_of_one_language_over_one_report_are_one_story(hashing_embedder):
    """en/en, LONDON and WASHINGTON over one body: neither the country rule nor the datelines rule holds it apart."""
    f = _features(EN_LONDON, EN_WASHINGTON, "en", "en", hashing_embedder)
    assert f.aligned >= sim.DESK_ALIGNED and len(f.shared_numbers) >= sim.DESK_NUMBERS
    score = sim._scoring._pair_score(_row(0.75), f, MODEL)
    assert score.same_story is True, score.reasons
    assert any(r.startswith("different datelines: London vs Washington, desks' cities") for r in score.reasons)
    assert not any(r.startswith("different places") for r in score.reasons)


@pytest.mark.parametrize(("a", "b", "la", "lb", "aligned"), [
    # the share of sentences matched and the counts alike are the full model's on these texts (trial53 F11 and
    # its variants: 1.00, 0.75, 0.75, 0.75); the hashing embedder aligns no two languages
    (EN_LONDON, FR_PARIS, "en", "fr", 1.0), (DE_BERLIN, EN_LONDON, "de", "en", 0.75),
    (ES_MADRID, FR_PARIS, "es", "fr", 0.75), (RU_MOSCOW, EN_LONDON, "ru", "en", 0.75),
])
def test_two_desks_across_languages_over_one_report_are_one_story(a, b, la, lb, aligned, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert len(f.shared_numbers) >= sim.DESK_NUMBERS, f.shared_numbers
    assert all(f.desk_place_ids)
    before = sim._scoring._pair_score(_row(0.8), replace(f, aligned=0.0), MODEL)
    assert before.same_story is False and before.reasons[0].startswith("different places")  # the content decides
    score = sim._scoring._pair_score(_row(0.8), replace(f, aligned=aligned), MODEL)
    assert score.same_story is True, score.reasons


def test_a_template_of_two_cities_with_no_count_alike_stays_apart(hashing_embedder):
    f = _features(EN_VALENCIA, EN_NAPLES, "en", "en", hashing_embedder)
    assert not sim._verdict._desk_agreement(replace(f, aligned=1.0))
    assert sim._scoring._pair_score(_row(0.66), replace(f, aligned=1.0), MODEL).same_story is False


def test_bodies_naming_two_countries_stay_apart_whatever_the_agreement(hashing_embedder):
    f = replace(_features(EN_ANKARA, FR_TIRANA, "en", "fr", hashing_embedder), aligned=1.0)
    score = sim._scoring._pair_score(_row(0.8), f, MODEL)
    assert score.same_story is False
    assert score.reasons[0].startswith("different places: "), score.reasons


@pytest.mark.slow
def test_the_trial53_pair_with_the_shipped_model():
    """The full model on trial53 F11's pair: one story, its claims aligned."""
    docs = [sim.prepare_text(t) for t in (EN_LONDON, FR_PARIS)]
    score = sim.score_pairs([(docs[0].text, docs[1].text, "en", "fr")], variant="full",
                            published=[("2026-11-26", "2026-11-26")], datelines=[(docs[0].dateline, docs[1].dateline)])[0]
    assert score.same_story is True, score.reasons
