"""The refine's cut for a side judged from its headline alone (xstream54, issue 11): a report behind a
paywall, a cookie wall or a sign-up notice is judged from its headline, and the full model scores such a
same-language pair as low as a cross-lingual one (dev, out of fold: same-story rows 0.42-0.97, unrelated
ones at most 0.51), so with ``story_parts_at_cut`` the headline's pair with its best-scored whole text is
held to the cross-lingual cut (two headlines, or a headline's other candidates, keep their language's). Texts
written for these tests; the scores are given (what a model said), the rules are the real cluster's."""

from __future__ import annotations

import pytest

from ._scored_judge import refine_scored

# (language, headline over a wall, the story's full report, another full report of that language)
CASES = [
    ("en", ("Two hurt when snowmobile hits tree in Crawford's Purchase\nYou have reached the limit for free access "
           "to our important and valuable work.\n\nSubscribers, click below to login or register your subscription "
           "to continue receiving unlimited access. Log In Sign Up"),
     ("A woman and a teenage passenger were hurt when their rented snowmobile crashed into a tree in Crawford's "
     "Purchase, New Hampshire, on New Year's Eve. Officials used a tracked vehicle to reach them."),
     ("A snowmobile rider was rescued after falling through thin ice on a lake in Maine on Sunday, wardens said; "
     "he was treated for cold exposure.")),
    ("de", ("Einigung auf neue Koalition in Wien\nOK\n\nWir verwenden auf unserer Webseite Cookies und pseudonyme "
           "Analysetechniken, um unseren Internetauftritt möglichst benutzerfreundlich zu gestalten. Weitere "
           "Informationen finden Sie in unserer Datenschutzerklärung."),
     ("ÖVP und Grüne haben sich in Wien auf eine Koalition geeinigt. Die Parteichefs wollen das Programm am "
     "Donnerstag vorstellen, der Bundeskongress der Grünen muss noch zustimmen."),
     "In Berlin streiten SPD und Union weiter über die Grundrente; eine Einigung vor Ostern gilt als unwahrscheinlich."),
    ("es", ("Incendio en un zoológico de Krefeld mata a treinta monos\nEste contenido es exclusivo para suscriptores. "
           "Suscríbete para seguir leyendo sin límites.\nInicia sesión"),
     ("Un incendio en el zoológico de la ciudad alemana de Krefeld acabó en Nochevieja con la vida de unos treinta "
     "monos; la policía sospecha de farolillos voladores."),
     "Un zoológico de Madrid celebra el nacimiento de un panda rojo, el primero en veinte años, según sus cuidadores."),
    ("fr", ("Incendie dans un zoo allemand : une trentaine de singes tués\nCet article est réservé aux abonnés. "
           "Abonnez-vous pour lire la suite.\nDéjà abonné ? Se connecter"),
     ("Une trentaine de singes sont morts dans l'incendie de la maison des singes du zoo de Krefeld, en Allemagne, "
     "dans la nuit du Nouvel An, selon la direction du parc."),
     "Le zoo de Beauval accueille deux nouveaux pandas, prêtés par la Chine pour dix ans, a annoncé sa directrice."),
]


def _texts(lang: str, wall: str, report: str, other: str) -> dict[str, tuple[str, str]]:
    return {"wall": (lang, wall), "report": (lang, report), "other": (lang, other)}


@pytest.mark.parametrize(("lang", "wall", "report", "other"), CASES, ids=[c[0] for c in CASES])
def test_a_headline_over_a_wall_joins_its_report_at_the_cross_lingual_cut(hashing_embedder, lang, wall, report, other):
    texts = _texts(lang, wall, report, other)
    # 0.6: over the cross-lingual cut (0.475), under the language's own (0.75)
    table = {("wall", "report"): 0.6, ("report", "other"): 0.6}
    off = refine_scored(texts, table, hashing_embedder)
    assert off["wall"] != off["report"]
    on = refine_scored(texts, table, hashing_embedder, story_parts_at_cut=True)
    assert on["wall"] == on["report"]
    # two full texts keep their language's cut
    assert on["report"] != on["other"]


@pytest.mark.parametrize(("lang", "wall", "report", "other"), CASES[:2], ids=[c[0] for c in CASES[:2]])
def test_a_headline_pair_under_the_cross_lingual_cut_stays_apart(hashing_embedder, lang, wall, report, other):
    texts = _texts(lang, wall, report, other)
    s = refine_scored(texts, {("wall", "report"): 0.4}, hashing_embedder, story_parts_at_cut=True)
    assert s["wall"] != s["report"]


@pytest.mark.parametrize(("lang", "wall", "report", "other"), CASES, ids=[c[0] for c in CASES])
def test_only_the_headlines_best_match_is_held_to_the_cross_lingual_cut(hashing_embedder, lang, wall, report, other):
    texts = _texts(lang, wall, report, other)
    # the headline's best candidate is the other report (0.65): the report it belongs to (0.6) keeps the
    # language's cut, and the best one is the only pair the rule reads
    s = refine_scored(texts, {("wall", "report"): 0.6, ("wall", "other"): 0.65}, hashing_embedder,
                      story_parts_at_cut=True)
    assert s["wall"] != s["report"] and s["wall"] == s["other"]


def test_two_headlines_keep_their_language_cut(hashing_embedder):
    lang, wall, report, _ = CASES[0]
    second = CASES[0][1].replace("Two hurt when snowmobile hits tree in Crawford's Purchase",
                                 "Two officers hurt when police SUV rolls over in Buffalo")
    texts = {"wall": (lang, wall), "wall2": (lang, second), "report": (lang, report)}
    s = refine_scored(texts, {("wall", "wall2"): 0.6}, hashing_embedder, story_parts_at_cut=True)
    assert s["wall"] != s["wall2"]


def test_the_judge_holds_headline_pairs_to_their_language_cut_by_default():
    from storylens.cluster._judge import SimilarityJudge

    assert SimilarityJudge().story_parts_at_cut is False
