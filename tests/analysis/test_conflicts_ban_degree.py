"""Polarity of bans, degrees and clauses (new-user trial 10, a Paris verdict in nine languages).

* A ban said with a negated permission ("darf kein öffentliches Amt ausüben", "n'a pas le droit")
  states what a ban verb states ("barred him from holding public office"): the same polarity.
* A negation bent into a degree ("little or no work", «pas ou peu», «почти не», "几乎不") says what
  "apenas trabajaban" (hardly worked) says: no denial; read as one it was a conflict across ten documents.
* Two sentences that both negate may negate different facts: "did not fine him but jailed him" against
  "fined him but did not jail him" is a contradiction although both sentences hold a negation.
"""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import negated, polarity_conflict
from storylens.report.pipeline import _polarity_conflict

BANS = [
    ("The regulator barred the bank from paying dividends for two years.", "en"),
    ("Die Bank darf zwei Jahre lang keine Dividenden ausschütten.", "de"),
    ("Die Aufsicht entschied, dass die Bank keine Dividenden mehr ausschütten darf.", "de"),
    ("La banque n'a plus le droit de verser de dividendes pendant deux ans.", "fr"),
    ("El banco no tendrá derecho a repartir dividendos durante dos años.", "es"),
    ("La banca non sarà autorizzata a distribuire dividendi per due anni.", "it"),
    ("Банк не имеет права выплачивать дивиденды в течение двух лет.", "ru"),
    ("Bankowi nie wolno wypłacać dywidend przez dwa lata.", "pl"),
    ("该银行两年内不得派发股息。", "zh"),
    ("لا يحق للبنك توزيع أرباح لمدة عامين.", "ar"),
    ("The driver may not drive for a year.", "en"),
    ("The athlete is not allowed to compete until 2027.", "en"),
]


@pytest.mark.parametrize("text, lang", BANS)
def test_a_negated_permission_states_a_ban_as_a_ban_verb_does(text, lang):
    assert not negated(text, lang)
    assert polarity_conflict(BANS[0][0], "en", text, lang) is None


DEGREES = [
    ("The mine produced little or no coal last winter.", "en"),
    ("Die Mine förderte im vergangenen Winter kaum oder gar keine Kohle.", "de"),
    ("La mine ne produisait pas ou peu de charbon l'hiver dernier.", "fr"),
    ("La mine ne produisait guère de charbon l'hiver dernier.", "fr"),
    ("La mina casi no produjo carbón el invierno pasado.", "es"),
    ("La miniera ha prodotto poco o nulla l'inverno scorso.", "it"),
    ("Шахта прошлой зимой почти не добывала уголь.", "ru"),
    ("Kopalnia prawie w ogóle nie wydobywała węgla zeszłej zimy.", "pl"),
    ("该煤矿去年冬天几乎没有产煤。", "zh"),
    ("لم ينتج المنجم إلا قليلا من الفحم في الشتاء الماضي.", "ar"),
]


@pytest.mark.parametrize("text, lang", DEGREES)
def test_a_negation_of_degree_is_no_denial(text, lang):
    assert not negated(text, lang)
    assert polarity_conflict("La mina apenas produjo carbón el invierno pasado.", "es", text, lang) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mine produced no coal last winter.", "en"),
        ("Die Mine förderte im vergangenen Winter keine Kohle.", "de"),
        ("La mine ne produisait pas de charbon.", "fr"),
        ("Шахта не добывала уголь.", "ru"),
        ("Prawie 200 górników nie wróciło na powierzchnię.", "pl"),  # a number between: a real denial
        ("该煤矿去年冬天没有产煤。", "zh"),
        ("The court did not bar him from holding office.", "en"),
        ("Er konnte kein Amt ausüben.", "de"),
    ],
)
def test_a_plain_negation_still_denies(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize(
    "other, lang",
    [
        ("Суд оштрафовал его, но не отправил в тюрьму.", "ru"),
        ("Das Gericht verhängte eine Geldstrafe und schickte ihn nicht ins Gefängnis.", "de"),
        ("Le tribunal lui a infligé une amende mais ne l'a pas envoyé en prison.", "fr"),
        ("El tribunal le impuso una multa pero no lo envió a prisión.", "es"),
    ],
)
def test_a_contradiction_in_one_clause_of_two_negating_sentences(other, lang):
    conflict = polarity_conflict("The court did not fine him but sent him to prison.", "en", other, lang)
    assert conflict == "polarity (clause 1): denies vs affirms"


@pytest.mark.parametrize(
    "other, lang",
    [
        ("Le ministre n'a pas démissionné et le parti n'a pas commenté.", "fr"),
        ("Der Minister trat nicht zurück, aber er wollte sich nicht äußern.", "de"),
        ("The minister did not resign, but he would not comment.", "en"),
    ],
)
def test_two_sentences_negating_the_same_clauses_agree(other, lang):
    assert polarity_conflict("The minister did not resign but would not comment.", "en", other, lang) is None


def test_reordered_clauses_are_matched_by_their_numbers():
    # The 67-year-old's clause comes second in the translation: clause 1 is not clause 1.
    en = "The court did not fine the 67-year-old but sent him to prison for 4 years."
    de = "Das Gericht schickte ihn für 4 Jahre ins Gefängnis, verhängte aber gegen den 67-Jährigen keine Geldstrafe."
    assert polarity_conflict(en, "en", de, "de") is None


def unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def test_the_ledger_check_on_the_trial_pair():
    """report.pipeline._polarity_conflict: the fine denied against a fine paid, the ban said both ways."""
    en = "The court did not fine the 52-year-old but barred him from holding public office for three years."
    de = "Außerdem muss der 52-Jährige eine Geldstrafe von 90.000 Euro zahlen und darf drei Jahre lang kein Amt ausüben."
    fr = "Le tribunal ne lui a pas infligé d'amende mais il n'a plus le droit d'exercer de fonction publique."
    assert _polarity_conflict(unit("d1", en, "en"), unit("d2", de, "de")) == ["polarity: d1 denies, d2 affirms"]
    assert _polarity_conflict(unit("d1", en, "en"), unit("d3", fr, "fr")) == []
    paid = "The court fined the 52-year-old but did not bar him from holding public office."
    assert _polarity_conflict(unit("d1", en, "en"), unit("d4", paid, "en")) == [
        "polarity (clause 1): d1 denies, d4 affirms"]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("The mine hardly produced any coal last winter.", "en"),
        ("La mina apenas produjo carbón el invierno pasado.", "es"),
        ("Die Mine förderte kaum Kohle.", "de"),
        ("Шахта почти не добывала уголь.", "ru"),
        ("该煤矿几乎没有产煤。", "zh"),
    ],
)
def test_a_degree_is_neither_a_denial_nor_an_affirmation(text, lang):
    assert polarity_conflict("The mine produced no coal last winter.", "en", text, lang) is None
    assert polarity_conflict("The mine produced coal last winter.", "en", text, lang) is None
    assert _polarity_conflict(unit("d1", "The mine produced no coal last winter.", "en"), unit("d2", text, lang)) == []


def test_a_translated_contradiction_under_the_cross_floor_is_found_by_its_figure(embedder):
    """Cosine 0.61 (under the polarity check's cross-lingual floor 0.65): the figure "58" in both
    units shows the same fact, so the denied fine against the fine paid is a conflict."""
    from storylens.report.pipeline import claim_aligner

    from ._docs import doc_of

    en = doc_of("d1", ["The court did not fine the 58-year-old but barred her from running a company for ten years."])
    paid = "Zudem muss die 58-Jährige eine Geldstrafe von 80.000 Euro zahlen und darf zehn Jahre lang kein Unternehmen führen."
    de = doc_of("d2", [paid], "de")
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([en, de])
    assert any(c.status == "conflicting" and "polarity" in (c.conflict or "") for c in claims)


def test_the_figure_check_needs_one_figure_in_both_units():
    from storylens.report.pipeline import _anchored_polarity_conflict

    en = unit("d1", "The court did not fine the 58-year-old in 2024.", "en")
    assert _anchored_polarity_conflict(en, unit("d2", "Die 58-Jährige muss 2024 eine Geldstrafe zahlen.", "de"))
    assert _anchored_polarity_conflict(en, unit("d2", "Die Frau muss 2024 eine Geldstrafe zahlen.", "de")) == []  # a year only


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Some senators may not hold the party line.", "en"),  # "may not" of possibility, no ban
        ("This may not be enough to pass the bill.", "en"),
        ("Die Zahl dürfte nicht weiter steigen.", "de"),  # "dürfte nicht": probably not
        ("Wielu kierowców nie ma prawa jazdy.", "pl"),  # "prawo jazdy" is a driving licence
    ],
)
def test_words_like_a_ban_that_deny(text, lang):
    assert negated(text, lang)


def test_have_to_is_no_ban_in_chinese():
    assert not negated("我不得不退出比赛。", "zh")  # "不得不": had to, not "不得" (must not) + "不"
    assert polarity_conflict("我不得不退出比赛。", "zh", "I had to withdraw from the tournament.", "en") is None


@pytest.mark.parametrize(
    "other, lang",
    [
        ("Le ferry a été à peine endommagé et plusieurs passagers ont été blessés.", "fr"),
        ("Die Fähre wurde kaum beschädigt und mehrere Passagiere wurden verletzt.", "de"),
        ("El ferry apenas sufrió daños y varios pasajeros resultaron heridos.", "es"),
    ],
)
def test_a_hedged_clause_leaves_the_other_clause_compared(other, lang):
    en = "The ferry was hardly damaged and no passenger was hurt."
    assert polarity_conflict(en, "en", other, lang) == "polarity (clause 2): denies vs affirms"
