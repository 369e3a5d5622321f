"""A pair the aligner kept whose units the claim grouping put in two claims is a claim of its own (issue #12,
ledger56): a German sentence quoting «Wo bist du» was matched with the English headline, the body's quote and
a third sentence, three claims, and the ledger showed one of the three; a Chinese sentence on the agreement was
matched with the English sentence stating it, which sat in the headline's claim of four units, and stayed
"unique". Not between claims of three or more documents, nor (``cross_only``) two units of one language."""

from __future__ import annotations

from storylens.analysis.claims import AlignedPair, Unit, _components, _direct_claims


def _pair(a: Unit, b: Unit, score: float) -> AlignedPair:
    return AlignedPair(a, b, score, score, 0.0)


def _claims(units: list[Unit], pairs: list[AlignedPair], cross_only: bool = True) -> list[set[str]]:
    groups = _components(units, pairs, 0.5)
    inside: list[list[AlignedPair] | None] = [
        [p for p in pairs if units.index(p.a) in g and units.index(p.b) in g] for g in groups]
    claims, inside_after = _direct_claims(units, pairs, groups, inside, cross_only)
    for members, pairs_in in zip(claims, inside_after):  # each claim's inside pairs are its own
        assert all(p.a in [units[i] for i in members] and p.b in [units[i] for i in members] for p in pairs_in or [])
    return [{units[i].sentence for i in g} for g in claims]


ZH0 = Unit("d1", "d1:s0", "俄罗斯天然气开始经土耳其流向保加利亚", 0, 18, "zh")
ZH1 = Unit("d1", "d1:s1", "俄罗斯和保加利亚的天然气巨头于 12 月 30 日签署了一项附加协议。", 0, 33, "zh")
EN0 = Unit("d2", "d2:s0", "Bulgaria starts receiving Russian gas via TurkStream pipeline", 0, 60, "en")
EN1 = Unit("d2", "d2:s1", "Bulgaria began receiving Russian natural gas via the TurkStream pipeline on Wednesday.", 0, 84, "en")
EN2 = Unit("d2", "d2:s2", "Bulgartransgaz and Gazprom Export finalized talks in the last days of 2019.", 0, 74, "en")


def test_a_unit_left_alone_joins_its_partner_in_a_claim_of_their_own():
    units = [ZH0, ZH1, EN0, EN1, EN2]
    pairs = [_pair(ZH0, EN0, 0.9), _pair(ZH0, EN1, 0.8), _pair(ZH0, EN2, 0.75), _pair(ZH1, EN2, 0.64)]
    claims = _claims(units, pairs)
    assert {"d1:s0", "d2:s0", "d2:s1", "d2:s2"} in claims
    assert {"d1:s1", "d2:s2"} in claims
    assert {"d1:s1"} not in claims  # no longer a unique claim beside it


DE0 = Unit("d1", "d1:s0", "Dwayne Johnson fragt: Wo bist du?", 0, 33, "de")
DE0b = Unit("d1", "d1:s0", "Der Schauspieler wendet sich an die Regierung.", 34, 80, "de")  # the glued lead's unit
DE1 = Unit("d1", "d1:s1", "«Wo bist du», sagt der 48-Jährige mehrmals in einem knapp achtminütigen Video.", 0, 80, "de")
DE2 = Unit("d1", "d1:s2", "Er wirft dem Präsidenten vor, in der Krise zu schweigen.", 0, 56, "de")
E0 = Unit("d2", "d2:s0", "'Where are you': Dwayne Johnson asks leadership amid protests", 0, 60, "en")
E1 = Unit("d2", "d2:s1", '"Where are you? Where is our leader at this time?"', 0, 50, "en")
E2 = Unit("d2", "d2:s2", "The 48-year-old captioned the 8.25 minutes long video.", 0, 55, "en")


def test_one_sentence_matched_into_two_claims_is_in_both():
    units = [DE0, DE0b, DE1, DE2, E0, E1, E2]
    pairs = [_pair(DE0, E0, 0.9), _pair(DE0b, E0, 0.6), _pair(DE2, E1, 0.7), _pair(DE1, E2, 0.33),
             _pair(DE1, E0, -0.34)]  # the last: a quotation pair, kept whatever its score
    claims = _claims(units, pairs)
    assert {"d1:s1", "d2:s2"} in claims and {"d1:s1", "d2:s0"} in claims
    assert {"d1:s0", "d2:s0"} in claims and {"d1:s2", "d2:s1"} in claims
    assert len(claims) == 4


def test_without_split_pairs_nothing_changes():
    units = [DE0, DE2, E0, E1]
    pairs = [_pair(DE0, E0, 0.9), _pair(DE2, E1, 0.7)]
    groups = _components(units, pairs, 0.5)
    inside: list[list[AlignedPair] | None] = [[pairs[0]], [pairs[1]]]
    assert _direct_claims(units, pairs, groups, inside, True) == (groups, inside)


FR = Unit("d1", "d1:s3", "Les pompiers ont rapidement éteint le feu.", 0, 44, "fr")
FR2 = Unit("d1", "d1:s4", "Personne n'a été blessé.", 0, 25, "fr")
IT = Unit("d2", "d2:s3", "Nessuno è rimasto ferito e i vigili del fuoco hanno domato le fiamme.", 0, 70, "it")
IT2 = Unit("d2", "d2:s4", "L'incendio è stato appiccato intenzionalmente.", 0, 46, "it")
EN3 = Unit("d3", "d3:s3", "Firefighters quickly put out the blaze; nobody was hurt.", 0, 57, "en")


def test_no_claim_of_its_own_beside_a_claim_of_three_documents():
    # FR and IT are matched, but IT sits in a claim the English report joins too: outvoted, not added
    units = [FR, FR2, IT, IT2, EN3]
    pairs = [_pair(FR2, IT, 0.8), _pair(FR2, EN3, 0.8), _pair(IT, EN3, 0.8), _pair(FR, IT, 0.5), _pair(FR, IT2, 0.6)]
    claims = _claims(units, pairs)
    assert {"d1:s4", "d2:s3", "d3:s3"} in claims
    assert {"d1:s3", "d2:s3"} not in claims


EN_A = Unit("d1", "d1:s1", "Spacey, 60, has been accused by several men of sexual misconduct.", 0, 64, "en")
EN_A2 = Unit("d1", "d1:s1", "He has denied the accusations.", 65, 95, "en")
EN_B = Unit("d1", "d1:s2", "The lawsuit was dismissed on Monday.", 0, 36, "en")
EN_C = Unit("d2", "d2:s1", "The suit against Spacey, accused of misconduct by several men, was dropped Monday.", 0, 80, "en")
EN_D = Unit("d2", "d2:s2", "Attorneys filed papers in federal court in Los Angeles stipulating to the dismissal.", 0, 84, "en")


def test_cross_only_leaves_pairs_of_one_language_to_the_grouping():
    units = [EN_A, EN_A2, EN_B, EN_C, EN_D]
    pairs = [_pair(EN_A, EN_C, 0.8), _pair(EN_A2, EN_C, 0.7), _pair(EN_B, EN_D, 0.7), _pair(EN_B, EN_C, 0.6)]
    assert {"d1:s2", "d2:s1"} not in _claims(units, pairs, cross_only=True)
    assert {"d1:s2", "d2:s1"} in _claims(units, pairs, cross_only=False)
