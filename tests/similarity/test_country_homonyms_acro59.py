"""A country's name that is also another country's region means the region where the text names the region's city
(break57 F7): a Tbilisi protest and an Atlanta protest of one day were "same story 0.80" on "same place: Georgia",
the word read as Georgia the country in both. Now a text that names Atlanta (or writes "<US city>, Georgia") and no
city of Georgia the country reads its "Georgia" as the US state: the country rule holds the two apart ("GE / US"),
and the word is no name in common. Texts written for these tests (break57's d3 pair and others of the kind, in
English, French, German, Spanish and Italian)."""

from __future__ import annotations

import pytest

from storylens import similarity as sim
from storylens.similarity._openings import _default_gazetteer, _homonym_countries
from tests.similarity._pairs import rules_of

DAY = "2026-12-01"

TBILISI_EN = ("Protesters clash with police in Georgia\nTBILISI (Reuters) - Thousands of protesters clashed with police "
              "in Georgia's capital Tbilisi on Sunday night after the government suspended talks on joining the "
              "European Union. Police used water cannon and tear gas.")
ATLANTA_EN = ("Protesters clash with police in Atlanta, Georgia\nATLANTA (Reuters) - Hundreds of protesters clashed with "
              "police in Atlanta, Georgia on Sunday night after the state government approved a new police training "
              "centre. Police used tear gas.")
TBILISI_FR = ("Heurts entre manifestants et policiers en Géorgie\nTBILISSI (AFP) - Des milliers de manifestants se sont "
              "heurtés dimanche soir à la police à Tbilissi, la capitale de la Géorgie, après la suspension par le "
              "gouvernement des négociations d'adhésion à l'Union européenne. La police a utilisé des canons à eau et "
              "du gaz lacrymogène.")
TBILISI_DE = ("Zusammenstöße bei Protesten in Georgien\nTIFLIS (dpa) - Tausende Demonstranten haben sich am Sonntagabend "
              "in der georgischen Hauptstadt Tiflis Zusammenstöße mit der Polizei geliefert, nachdem die Regierung die "
              "Gespräche über einen EU-Beitritt ausgesetzt hatte. Die Polizei setzte Wasserwerfer und Tränengas ein.")
TBILISI_ES = ("Enfrentamientos entre manifestantes y policía en Georgia\nMiles de manifestantes se enfrentaron el domingo "
              "por la noche con la policía en Tiflis, la capital de Georgia, después de que el Gobierno suspendiera las "
              "negociaciones de adhesión a la Unión Europea. La policía usó cañones de agua y gas lacrimógeno.")
ATLANTA_ES = ("Enfrentamientos entre manifestantes y policía en Atlanta, Georgia\nATLANTA (EFE) - Cientos de manifestantes "
              "se enfrentaron el domingo por la noche con la policía en Atlanta, Georgia, después de que el gobierno "
              "estatal aprobara un nuevo centro de entrenamiento policial. La policía usó gas lacrimógeno.")
ATLANTA_IT = ("Scontri tra manifestanti e polizia ad Atlanta\nCentinaia di manifestanti si sono scontrati domenica sera "
              "con la polizia ad Atlanta, in Georgia, dopo che il governo statale ha approvato un nuovo centro di "
              "addestramento della polizia. La polizia ha usato gas lacrimogeni.")

TWO_GEORGIAS = [
    ("en", TBILISI_EN, "en", ATLANTA_EN),
    ("fr", TBILISI_FR, "es", ATLANTA_ES),
    ("de", TBILISI_DE, "it", ATLANTA_IT),
    ("es", TBILISI_ES, "es", ATLANTA_ES),
    ("es", TBILISI_ES, "en", ATLANTA_EN),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), TWO_GEORGIAS)
def test_georgia_the_country_and_the_us_state_are_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    for x, y in (("a", "b"), ("b", "a")):
        why = rules.apart(x, y) or ""
        assert why.startswith("different places") and "GE" in why and "US" in why


@pytest.mark.parametrize(("la", "a", "lb", "b"), TWO_GEORGIAS[:3])
def test_georgia_is_no_name_in_common_of_the_two_georgias(la, a, lb, b, hashing_embedder):
    pa, pb = sim.prepare_text(a), sim.prepare_text(b)
    f = sim.pair_features([(pa.text, pb.text, la, lb)], hashing_embedder, sim.Gazetteer.load(),
                          datelines=[(pa.dateline, pb.dateline)])[0]
    shown = {n.casefold() for name in sim._verdict._reason_names(f, shown=True) for n in name.split(" / ")}
    assert not shown & {"georgia", "géorgie", "georgien"}
    assert "Georgia" not in " ".join(f.shared_places)


# One Georgia's reports in two languages stay one place and one story's evidence
ONE_GEORGIA = [
    ("en", TBILISI_EN, "fr", TBILISI_FR),
    ("en", TBILISI_EN, "es", TBILISI_ES),
    ("en", ATLANTA_EN, "es", ATLANTA_ES),
    ("en", ATLANTA_EN, "it", ATLANTA_IT),
]


@pytest.mark.parametrize(("la", "a", "lb", "b"), ONE_GEORGIA)
def test_one_georgia_in_two_languages_is_not_held_apart(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None


@pytest.mark.parametrize(("text", "homonym"), [
    ("Protests in Georgia. Police in Atlanta used tear gas.", {"GE"}),
    ("Des manifestations en Géorgie. À Atlanta, la police a utilisé des gaz lacrymogènes.", {"GE"}),
    ("Flooding hit Columbus, Georgia on Tuesday.", {"GE"}),  # a US city, a comma, Georgia: the state
    ("Floods in Niger State, Nigeria, reached Minna on Tuesday.", {"NE"}),
    # the country: a city of Georgia the country, or no city of the state
    ("Protests in Georgia's capital Tbilisi; a rally was also held in Atlanta.", set()),
    ("Georgia's president visited Washington on Tuesday.", set()),
    ("Niger's junta met ECOWAS envoys in Abuja, Nigeria.", set()),
    ("Soldiers seized power in Niger on Wednesday.", set()),
])
def test_a_country_name_means_the_region_only_beside_the_region_s_city(text, homonym):
    gazetteer = _default_gazetteer()
    assert _homonym_countries(text, gazetteer.find(text), gazetteer) == homonym


# break59a F1: a list of countries is no "<city>, <region>": the country before the comma made its neighbour the
# US or the Nigerian state, and two reports of one story were "different places"
@pytest.mark.parametrize("text", [
    "Estados Unidos, Georgia y Ucrania celebraron el martes conversaciones sobre la seguridad en el mar Negro.",
    "The United States, Georgia and Moldova held talks on Tuesday on security in the Black Sea region.",
    "Stati Uniti, Georgia e Ucraina hanno tenuto martedì colloqui sulla sicurezza nel mar Nero.",
    "Jihadists killed 20 soldiers in south-eastern Niger. The group is active in Nigeria, Niger, Chad and Cameroon.",
    "Les djihadistes sont actifs au Nigeria, Niger, Tchad et Cameroun autour du lac Tchad.",
])
def test_a_list_of_countries_makes_no_country_a_region(text):
    gazetteer = _default_gazetteer()
    assert _homonym_countries(text, gazetteer.find(text), gazetteer) == set()


GEORGIA_LIST_ES = ("Conversaciones sobre la seguridad en el mar Negro\nEstados Unidos, Georgia y Ucrania celebraron el "
                   "martes conversaciones sobre la seguridad en la región del mar Negro. El ministro de Exteriores "
                   "georgiano dijo que el Gobierno quería más apoyo frente a la presión rusa, según un comunicado.")
GEORGIA_FM_EN = ("Georgia asks West for help against Russian pressure\nTBILISI - Georgia's foreign minister said on "
                 "Tuesday the government wanted more Western support against Russian pressure, after talks on "
                 "security in the Black Sea region. The minister spoke to reporters in Tbilisi after the meeting.")
NIGER_LIST_EN = ("Jihadists kill 20 soldiers in Niger\nJihadists killed 20 soldiers in an attack on an army post in "
                 "south-eastern Niger on Sunday, the defence ministry said. The Islamic State West Africa Province, "
                 "active around Lake Chad in Nigeria, Niger, Chad and Cameroon, claimed the attack.")
NIGER_FR = ("Vingt soldats tués dans une attaque djihadiste\nNIAMEY - Vingt soldats ont été tués dimanche dans l'attaque "
            "d'un poste de l'armée dans le sud-est du pays, a annoncé le ministère de la Défense. L'État islamique en "
            "Afrique de l'Ouest a revendiqué l'attaque.")


@pytest.mark.parametrize(("la", "a", "lb", "b"), [
    ("es", GEORGIA_LIST_ES, "en", GEORGIA_FM_EN),
    ("en", NIGER_LIST_EN, "fr", NIGER_FR),
])
def test_a_report_listing_the_country_is_not_held_apart_from_its_capital_s(la, a, lb, b):
    rules = rules_of(a, la, b, lb, DAY)
    assert rules.apart("a", "b") is None
    assert rules.apart("b", "a") is None
