"""The online join with no name, place or number in common rests on the cosine alone (trial47 F9).

Two court reports of one German template ("Das Landgericht ... hat am Mittwoch ... zu ... Jahren Haft
verurteilt. Die Staatsanwaltschaft hatte ... gefordert. Die Verteidigung kündigte Revision an.") share
only everyday nouns. A Hamburg assault trial joined the Munich fraud story once it had two members:
its cosine to the English member (0.53) plus the entity cosine of the everyday nouns it shares with the
German member (0.32) passed the cut 0.80, while each pair alone stayed apart. A German report of a Crete
ferry sinking joined the English Paros sinking story at cosine 0.60 + the cross-lingual entity floor
0.20, though both name their islands, ships and ports and none agree. The texts are the trial's (datelines
left out, as the stream's preparation removes them); the cosines are those USE gave them in the stream.
"""

from __future__ import annotations

import numpy as np

from storylens.cluster import ArticleFeatures, StoryClusterer, entity_keys

COURT_EN = (
    "Munich court jails former bank manager for fraud\n\n"
    "A Munich court on Wednesday sentenced former bank manager Thomas Huber, 54, to six years in prison for "
    "defrauding 300 clients of 12 million euros.\n\nProsecutors had asked for eight years. The defence said it "
    "would appeal.\n\nHuber had admitted the fraud at the start of the trial in January, the court said.")
COURT_DE = (
    "Münchner Gericht verurteilt Ex-Bankmanager wegen Betrugs\n\n"
    "Das Landgericht München hat am Mittwoch den früheren Bankmanager Thomas Huber, 54, wegen Betrugs an 300 "
    "Kunden zu sechs Jahren Haft verurteilt. Der Schaden beträgt zwölf Millionen Euro.\n\n"
    "Die Staatsanwaltschaft hatte acht Jahre gefordert. Die Verteidigung kündigte Revision an.")
HAMBURG_DE = (
    "Hamburger Gericht verurteilt Ex-Polizisten wegen Körperverletzung\n\n"
    "Das Landgericht Hamburg hat am Mittwoch den früheren Polizisten Markus Brandt, 41, wegen schwerer "
    "Körperverletzung zu drei Jahren Haft verurteilt.\n\nDie Staatsanwaltschaft hatte vier Jahre gefordert. "
    "Die Verteidigung kündigte Revision an.\n\nBrandt hatte einen Demonstranten im Mai 2023 schwer verletzt, "
    "teilte das Gericht mit.")
PAROS_EN = (
    "Ferry sinks off Greek island of Paros, 12 dead\n\n"
    "A passenger ferry sank off the Greek island of Paros on Sunday, killing at least 12 people, the coast guard "
    "said.\n\nRescuers pulled 180 survivors from the water. The ferry Aegean Star had left Piraeus with 200 people "
    "on board.\n\nThe captain was arrested, the coast guard said.")
CRETE_DE = (
    "Fähre vor griechischer Insel Kreta gesunken – fünf Tote\n\n"
    "Vor der griechischen Insel Kreta ist am Sonntag eine Fähre gesunken, mindestens fünf Menschen kamen ums "
    "Leben, wie die Küstenwache mitteilte.\n\nDie Retter zogen 60 Überlebende aus dem Wasser. Die Fähre Blue "
    "Horizon war in Heraklion mit 70 Menschen an Bord abgelegt.\n\nDer Kapitän wurde festgenommen, teilte die "
    "Küstenwache mit.")
VOTER_EN = (
    "Judge blocks NC voter ID law\n\n"
    "RALEIGH - The federal judge who blocked the newest version of North Carolina's voter identification law "
    "cited the state's history of racial discrimination as she ordered officials not to enforce it in 2020.")
VOTER_ZH = "联邦法官阻止北卡罗来纳州选民身份证法\n\n一名联邦法官阻止了北卡罗来纳州最新的选民身份证法律，称该州有种族歧视的历史。"


def _vectors(gram: list[list[float]], dim: int = 48, seed: int = 0) -> list[np.ndarray]:
    """Unit vectors whose pairwise cosines are ``gram`` (Cholesky rows, turned by a random rotation)."""
    rows = np.linalg.cholesky(np.asarray(gram, dtype=np.float64))
    q, _ = np.linalg.qr(np.random.default_rng(seed).normal(size=(dim, dim)))
    return [(q[:, : len(gram)] @ r).astype(np.float32) for r in rows]


def _feats(ids: list[str], texts: list[str], langs: list[str], vecs: list[np.ndarray]) -> list[ArticleFeatures]:
    return [ArticleFeatures(i, v, entity_keys(t, lang), None, lang) for i, t, lang, v in zip(ids, texts, langs, vecs)]


def test_the_court_template_shares_no_name_only_everyday_nouns():
    shared = entity_keys(HAMBURG_DE, "de") & (entity_keys(COURT_DE, "de") | entity_keys(COURT_EN, "en"))
    assert shared and all(k.startswith("%") for k in shared), shared  # Landgericht, Haft, Revision ...


def test_a_second_court_case_of_the_template_is_its_own_story_after_a_story_of_two():
    # cosines in the stream (USE, title + lead): en-de Munich 0.79, Hamburg-en 0.53, Hamburg-de Munich 0.49
    vecs = _vectors([[1.0, 0.786, 0.527], [0.786, 1.0, 0.486], [0.527, 0.486, 1.0]])
    c = StoryClusterer(use_dates=False)
    out = c.partial_fit(_feats(["court_en", "court_de", "hamburg_de"], [COURT_EN, COURT_DE, HAMBURG_DE],
                               ["en", "de", "de"], vecs))
    assert not out[1].new_story, out[1].reason  # the Munich pair: names, numbers, a place in common
    assert out[2].new_story, out[2].reason
    assert "sim 0.53, entities 0.00" in out[2].reason


def test_a_ferry_sinking_off_another_island_is_its_own_story_across_languages():
    vecs = _vectors([[1.0, 0.602], [0.602, 1.0]], seed=1)
    c = StoryClusterer(use_dates=False)
    out = c.partial_fit(_feats(["paros_en", "crete_de"], [PAROS_EN, CRETE_DE], ["en", "de"], vecs))
    assert out[1].new_story, out[1].reason


def test_a_report_whose_script_gives_no_keys_keeps_the_cross_lingual_floor():
    """A Chinese report gives no name keys (no capitals to read), so sharing none with an English story says
    nothing against it: at cosine 0.68 (dev.csv's NC voter-ID pair) it still joins on the floor."""
    assert not entity_keys(VOTER_ZH, "zh")
    vecs = _vectors([[1.0, 0.68], [0.68, 1.0]], seed=2)
    c = StoryClusterer(use_dates=False)
    out = c.partial_fit(_feats(["voter_en", "voter_zh"], [VOTER_EN, VOTER_ZH], ["en", "zh"], vecs))
    assert not out[1].new_story, out[1].reason


KULMBACH_CITY = (
    "Neue Sitzverteilung: AfD zieht in den Kulmbacher Stadtrat ein\n\n"
    "Die Sitzverteilung im neuen Kulmbacher Stadtrat steht fest: Alle 51 Stimmbezirke sind ausgezählt. "
    "Die CSU verliert zwei Sitze und kommt auf neun Mandate, die AfD zieht mit zwei Sitzen erstmals in den "
    "Stadtrat ein. Oberbürgermeister Ingo Lehmann (SPD) sprach von einem klaren Ergebnis.")
KULMBACH_UPDATE = (
    "Update: AfD und Linke ziehen in den Kulmbacher Stadtrat ein\n\n"
    "Auch im Kulmbacher Stadtrat ändert sich die Sitzverteilung in der neuen Wahlperiode: Die CSU hat künftig "
    "weniger Sitze, die AfD und die Linke sind erstmals vertreten. Die Wahlbeteiligung lag bei 58 Prozent.")


def test_nouns_shared_beside_names_count_in_full():
    """Two German reports of one council count share names (Kulmbacher, CSU, Sitzverteilung) and nouns
    (Stadtrat, Sitze; AfD, which the lexicon knows): beside a name the nouns are evidence of the story too.
    At story11's half weight such dev pairs scored 0.79 (a Kulmbach count, cosine 0.61); here at cosine
    0.48 the pair scores 0.77 at half weight and 0.87 in full (settings.cluster_everyday_weight)."""
    a, b = entity_keys(KULMBACH_CITY, "de"), entity_keys(KULMBACH_UPDATE, "de")
    assert {"kulmbacher", "csu"} <= a & b and {"%stadtrat", "%sitze"} <= a & b
    vecs = _vectors([[1.0, 0.48], [0.48, 1.0]], seed=3)
    c = StoryClusterer(use_dates=False)
    out = c.partial_fit(_feats(["city", "update"], [KULMBACH_CITY, KULMBACH_UPDATE], ["de", "de"], vecs))
    assert not out[1].new_story, out[1].reason
