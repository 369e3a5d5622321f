"""Lead fan-out across languages (ClaimAligner.lead_fanout): a headline that sums up what the other
report states in several sentences keeps each of them whose best counterpart it is. Fixed vectors,
so each case states its cosines."""

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of
from .test_claims_manyone import _aligner, _embed_gram, _pairs

# The Captain Tom reports of the ledger gold's tune half, shortened: the English headline states the
# knighthood and the fundraising walk, which the German report tells in two sentences.
EN_HEAD = "Tom Moore, 100-Year-Old Hero, Is Awarded Knighthood For Fundraising Walks"
EN_BIRTHDAY = "Moore launched the campaign in the weeks leading up to his 100th birthday."
DE_WALK = "Der 100-jährige Tom Moore hat hundert Runden mit seinem Rollator in seinem Garten gedreht."
DE_KNIGHT = "Nun wird ihm eine seltene Ehre zuteil: er wird zum Ritter geschlagen."
DE_QUOTE = "«Die ersten zwei Runden waren etwas anstrengend», sagte Moore."


def _embed(knight_vs_birthday: float = 0.1):
    texts = [EN_HEAD, EN_BIRTHDAY, DE_WALK, DE_KNIGHT, DE_QUOTE]
    gram = [[1.0, 0.2, 0.62, 0.55, 0.3],
            [0.2, 1.0, 0.40, knight_vs_birthday, 0.35],
            [0.62, 0.40, 1.0, 0.2, 0.3],
            [0.55, knight_vs_birthday, 0.2, 1.0, 0.2],
            [0.3, 0.35, 0.3, 0.2, 1.0]]
    import numpy as np

    return _embed_gram(texts, np.array(gram))


def _docs(german: str = "de"):
    return doc_of("en", [EN_HEAD, EN_BIRTHDAY], "en"), doc_of("de", [DE_WALK, DE_KNIGHT, DE_QUOTE], german)


def test_a_headline_keeps_every_sentence_whose_best_counterpart_it_is():
    embed, docs = _embed(), _docs()
    # Each other's best: the headline takes the walk only; the knighthood (0.55, best: the headline) is lost.
    assert _pairs(_aligner(embed), docs) == {("en:s0", "de:s0")}
    got = _pairs(_aligner(embed, lead_fanout=0.5), docs)
    assert got == {("en:s0", "de:s0"), ("en:s0", "de:s1")}


def test_lead_fanout_needs_its_floor_and_a_first_sentence():
    embed, docs = _embed(), _docs()
    assert ("en:s0", "de:s1") not in _pairs(_aligner(embed, lead_fanout=0.6), docs)
    # The quote's best counterpart is the birthday sentence (0.35), not a first sentence: never fanned.
    assert ("en:s1", "de:s2") not in _pairs(_aligner(embed, lead_fanout=0.3), docs)
    # A first sentence no other rule matched does not fan out when lead_fanout_matched is set.
    assert ("en:s0", "de:s1") in _pairs(_aligner(embed, lead_fanout=0.5, lead_fanout_matched=True), docs)
    unmatched = _pairs(_aligner(embed, lead_fanout=0.5, lead_fanout_matched=True, cross_threshold=0.7), docs)
    assert unmatched == set()


def test_lead_fanout_leaves_same_language_pairs_alone():
    embed = _embed()
    docs = _docs("en")  # the same vectors, both documents marked English
    assert _pairs(_aligner(embed, lead_fanout=0.5), docs) == _pairs(_aligner(embed), docs)


def test_lead_fanout_is_off_by_default():
    assert ClaimAligner(_embed()).lead_fanout is None
