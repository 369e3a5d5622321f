"""Extra counterparts within a margin (ClaimAligner.extra_*) and e5 as the cross-lingual cosine
(ClaimAligner.cross_encoder), on fixed vectors so each case states its cosines."""

import numpy as np
import pytest

from storylens.analysis.claims import ClaimAligner

from ._docs import doc_of

# EFE states in one sentence what AP says in two (the collapse, then the depth).
ES_COLLAPSE = ("El derrumbe en la mina San Esteban, cerca de Copiapó, dejó atrapados a 33 mineros "
               "a unos 700 metros de profundidad, informó el Gobierno regional.")
ES_RESCUE = "Los equipos de rescate perforaron un sondaje de 15 centímetros durante la noche."
EN_COLLAPSE = "A collapse at the San Esteban mine near Copiapo trapped 33 miners on Thursday."
EN_DEPTH = "The men are about 700 meters (2,300 feet) below the surface, regional officials said."
EN_RESCUE = "Rescuers drilled a 6-inch borehole overnight to reach them."


def _embed_gram(texts: list[str], gram: np.ndarray):
    """An encoder whose vectors have exactly the cosines of ``gram`` (rows in ``texts`` order)."""
    values, vecs = np.linalg.eigh(gram)
    assert values.min() > -1e-9, "not a cosine matrix"
    m = vecs * np.sqrt(np.clip(values, 0.0, None))
    table = {t: row / np.linalg.norm(row) for t, row in zip(texts, m)}

    def embed(batch):
        return np.array([table[t] for t in batch], dtype=np.float32)
    return embed


def _mine_embed(depth_vs_rescue_es: float = 0.1):
    texts = [ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE]
    gram = np.full((5, 5), 0.1)
    np.fill_diagonal(gram, 1.0)
    cos = {(0, 2): 0.60, (0, 3): 0.53, (1, 4): 0.70, (0, 4): 0.52, (1, 3): depth_vs_rescue_es}
    for (i, j), c in cos.items():
        gram[i, j] = gram[j, i] = c
    return _embed_gram(texts, gram)


def _aligner(embed, **params) -> ClaimAligner:
    base = {"threshold": 0.45, "sure_threshold": 0.95, "cross_threshold": 0.45, "cross_sure_threshold": 0.95,
            "overlap_weight": 0.0, "actor_penalty": 0.0, "csls_weight": 0.0, "margin": 0.0, "cross_margin": 0.0,
            "min_overlap": 0.0, "cross_min_overlap": 0.0, "sibling_margin": None, "second_fact_share": None,
            "runner_up_keys": None, "position_weight": 0.0, "pair_model": None, "number_fanout": None,
            "e5_fusion_weight": 0.0, "block_assign": None}
    return ClaimAligner(embed, **(base | params))


def _pairs(aligner: ClaimAligner, docs) -> set[tuple[str, str]]:
    return {(p.a.sentence, p.b.sentence) for p in aligner.align(docs)[1]}


def _mine_docs(language_a: str = "es"):
    return doc_of("efe", [ES_COLLAPSE, ES_RESCUE], language_a), doc_of("ap", [EN_COLLAPSE, EN_DEPTH, EN_RESCUE], "en")


def test_one_sentence_keeps_a_second_counterpart_within_the_margin_of_its_best():
    embed = _mine_embed()
    docs = _mine_docs()
    # Mutual best: the EFE sentence takes the collapse only; the depth (0.53, 0.07 under its best) is lost.
    assert _pairs(_aligner(embed), docs) == {("efe:s0", "ap:s0"), ("efe:s1", "ap:s2")}
    got = _pairs(_aligner(embed, extra_margin=0.1, extra_other_margin=0.1), docs)
    assert got == {("efe:s0", "ap:s0"), ("efe:s0", "ap:s1"), ("efe:s1", "ap:s2")}
    # The rescue sentence (0.52 against EFE's collapse) has a far better partner (0.70): refused.
    assert ("efe:s0", "ap:s2") not in got
    assert ("efe:s0", "ap:s2") in _pairs(_aligner(embed, extra_margin=0.1), docs)  # other side: any


def test_extra_counterparts_need_their_margin_and_floor():
    embed = _mine_embed()
    docs = _mine_docs()
    # 0.07 under the EFE sentence's best; the other side's best is the EFE sentence itself, so a
    # margin on both sides is needed to refuse it.
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(embed, extra_margin=0.05, extra_other_margin=0.05), docs)
    assert ("efe:s0", "ap:s1") in _pairs(_aligner(embed, extra_margin=0.05), docs)
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(embed, extra_margin=0.1, extra_threshold=0.55), docs)


def test_extra_counterparts_leave_same_language_pairs_alone():
    embed = _mine_embed()
    docs = _mine_docs("en")  # the same vectors, both documents marked English
    assert _pairs(_aligner(embed, extra_margin=0.1), docs) == _pairs(_aligner(embed), docs)


# The RBNZ cut as Reuters (en) and dpa (de) report it, and a Czech hike sentence beside it.
EN_CUT = "New Zealand's central bank cut its official cash rate by 50 basis points to 4.75%."
EN_CZ = "The Czech National Bank raised its main rate by a quarter point to 7.25%."
DE_CUT = "Die neuseeländische Notenbank senkte den Leitzins um einen halben Prozentpunkt auf 4,75 Prozent."
DE_CZ = "Die tschechische Zentralbank erhöhte ihren Leitzins um 0,25 Punkte auf 7,25 Prozent."


def _rates(use_cut: float, e5_cut: float):
    texts = [EN_CUT, EN_CZ, DE_CUT, DE_CZ]

    def gram(cut: float) -> np.ndarray:
        g = np.full((4, 4), 0.3)
        np.fill_diagonal(g, 1.0)
        g[0, 2] = g[2, 0] = cut
        g[1, 3] = g[3, 1] = 0.8
        return g
    return _embed_gram(texts, gram(use_cut)), _embed_gram(texts, gram(e5_cut))


E5_RULE = {"cross_encoder": "e5", "e5_threshold": 0.45, "e5_sure_threshold": 0.95, "e5_csls_weight": 0.0}


def test_e5_decides_the_cross_lingual_score_when_chosen():
    use, e5 = _rates(use_cut=0.35, e5_cut=0.9)  # USE under the threshold, e5 far above it
    docs = [doc_of("reuters", [EN_CUT, EN_CZ], "en"), doc_of("dpa", [DE_CUT, DE_CZ], "de")]
    assert _pairs(_aligner(use, embed_e5=e5, cross_encoder="use"), docs) == {("reuters:s1", "dpa:s1")}
    aligner = _aligner(use, embed_e5=e5, **E5_RULE)
    pairs = aligner.align(docs)[1]
    assert {(p.a.sentence, p.b.sentence) for p in pairs} == {("reuters:s0", "dpa:s0"), ("reuters:s1", "dpa:s1")}
    # The pair's cosine (read by the conflict checks) stays USE's.
    cut = next(p for p in pairs if p.a.sentence == "reuters:s0")
    assert cut.cosine == pytest.approx(0.35, abs=1e-4)
    assert cut.score == pytest.approx(0.9, abs=1e-4)


def test_e5_is_not_read_for_same_language_pairs_nor_without_the_encoder():
    use, _ = _rates(use_cut=0.35, e5_cut=0.9)

    def refuse(texts):
        raise AssertionError("e5 read for a same-language pair")
    same = [doc_of("reuters", [EN_CUT, EN_CZ], "en"), doc_of("ap", [DE_CUT, DE_CZ], "en")]
    assert _pairs(_aligner(use, embed_e5=refuse, **E5_RULE), same) == {("reuters:s1", "ap:s1")}
    cross = [doc_of("reuters", [EN_CUT, EN_CZ], "en"), doc_of("dpa", [DE_CUT, DE_CZ], "de")]
    assert _pairs(_aligner(use, **E5_RULE), cross) == {("reuters:s1", "dpa:s1")}


def test_e5_pairs_read_the_e5_thresholds_not_the_use_ones():
    use, e5 = _rates(use_cut=0.35, e5_cut=0.9)
    docs = [doc_of("reuters", [EN_CUT, EN_CZ], "en"), doc_of("dpa", [DE_CUT, DE_CZ], "de")]
    strict = _aligner(use, embed_e5=e5, **(E5_RULE | {"e5_threshold": 0.92}))  # cross_threshold stays 0.45
    assert ("reuters:s0", "dpa:s0") not in _pairs(strict, docs)


def test_a_weak_e5_match_is_read_against_the_e5_sure_threshold():
    from dataclasses import replace

    from storylens.analysis.claims import weak_match
    from storylens.settings import DEFAULT

    languages = {"reuters": "en", "dpa": "de"}
    on = replace(DEFAULT, claim_cross_encoder="e5", claim_e5_sure_threshold=1.0, claim_cross_sure_threshold=0.6)
    assert weak_match("shared", ["reuters", "dpa"], 0.95, languages, on)  # 0.95 on the e5 scale is weak
    assert not weak_match("shared", ["reuters", "dpa"], 0.95, languages, replace(on, claim_cross_encoder="use"))


# Two leaders' words of solidarity after the quake: two utterances, close in e5 space.
FR_QUOTE = "« La France se tient aux côtés du peuple albanais dans cette épreuve », a déclaré Emmanuel Macron."
ZH_QUOTE = "“中国人民同阿尔巴尼亚人民站在一起。”王丽说。"


def test_under_e5_a_sure_score_does_not_exempt_two_unmatched_quotations():
    texts = [FR_QUOTE, ZH_QUOTE]
    use = _embed_gram(texts, np.array([[1.0, 0.3], [0.3, 1.0]]))
    e5 = _embed_gram(texts, np.array([[1.0, 0.97], [0.97, 1.0]]))  # above the e5 sure threshold
    docs = [doc_of("afp", [FR_QUOTE], "fr"), doc_of("xinhua", [ZH_QUOTE], "zh")]
    quoted = {"afp:s0": ("La France se tient aux côtés du peuple albanais dans cette épreuve",),
              "xinhua:s0": ("中国人民同阿尔巴尼亚人民站在一起。",)}
    rule = E5_RULE | {"e5_sure_threshold": 0.9}
    assert _pairs(_aligner(use, embed_e5=e5, **rule, quote_veto=None), docs) == {("afp:s0", "xinhua:s0")}
    assert not _pairs(_aligner(use, embed_e5=e5, **rule, quoted=quoted), docs)


def test_the_pipeline_hands_e5_to_the_aligner_unless_the_fast_similarity_model_runs():
    from dataclasses import replace

    from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings
    from storylens.settings import DEFAULT

    class _E5:
        def embed(self, texts):
            return np.zeros((len(texts), 2), dtype=np.float32)

    def refuse():
        raise AssertionError("the fast similarity model must not load e5")
    on = replace(DEFAULT, claim_cross_encoder="e5", claim_pair_model=False)
    full = Components(None, doc_embedder=_E5, similarity_model="full", settings=on)
    assert "embed_e5" in _with_second_encoder(aligner_settings(on), full)
    fast = Components(None, doc_embedder=refuse, similarity_model="fast", settings=on)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(on), fast)
    off = replace(on, claim_cross_encoder="use", claim_number_fanout=None, claim_e5_fusion_weight=0.0)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(off), Components(None, doc_embedder=refuse))


def test_a_span_read_as_the_mean_of_its_units_vectors_needs_no_encoder_call():
    # EFE's one sentence against AP's two: each alone at 0.6 (under 0.65), their mean at 0.73.
    table = {ES_COLLAPSE: [1.0, 0.0, 0.0], EN_COLLAPSE: [0.6, 0.8, 0.0], EN_DEPTH: [0.6, 0.0, 0.8]}

    def embed(texts):  # a joined span text is not in the table: "mean" must not ask for it
        return np.array([table[t] for t in texts], dtype=np.float32)
    docs = [doc_of("efe", [ES_COLLAPSE], "es"), doc_of("ap", [EN_COLLAPSE, EN_DEPTH], "en")]
    strict = {"cross_threshold": 0.65, "span_units": 2}
    assert not _pairs(_aligner(embed, **strict), [docs[0], doc_of("ap", [EN_COLLAPSE], "en")])
    assert _pairs(_aligner(embed, **strict, span_vectors="mean"), docs) == {("efe:s0", "ap:s0"), ("efe:s0", "ap:s1")}
    with pytest.raises(KeyError):
        _aligner(embed, **strict).align(docs)  # "text" embeds the two sentences as one


@pytest.mark.parametrize("field", ["claim_cross_encoder", "claim_span_vectors", "claim_agree_on"])
def test_an_unknown_encoder_or_span_vector_setting_is_a_config_error(field):
    from dataclasses import replace

    from storylens.errors import ConfigError
    from storylens.settings import DEFAULT

    with pytest.raises(ConfigError, match=field):
        replace(DEFAULT, **{field: "labse"})


def _mine_e5(depth_best: str):
    """e5 cosines for the mine case: the AP depth sentence's best EFE counterpart is the collapse
    sentence ("collapse") or the rescue sentence ("rescue")."""
    texts = [ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE]
    gram = np.full((5, 5), 0.75)  # e5 cosines of one story sit in a narrow band
    np.fill_diagonal(gram, 1.0)
    depth = {"collapse": (0.88, 0.75), "rescue": (0.86, 0.89)}[depth_best]
    cos = {(0, 2): 0.92, (0, 3): depth[0], (1, 3): depth[1], (1, 4): 0.9, (0, 4): 0.72}
    for (i, j), c in cos.items():
        gram[i, j] = gram[j, i] = c
    return _embed_gram(texts, gram)


AGREE = {"agree_e5_floor": 0.85, "agree_use_floor": 0.4, "agree_on": "cosine"}


def test_a_second_counterpart_both_encoders_pick_is_kept():
    docs = _mine_docs()
    use = _mine_embed()
    # The depth sentence's best EFE counterpart is the collapse sentence under USE (0.53) and e5
    # (0.88): kept, though the collapse sentence's own best is AP's collapse sentence.
    got = _pairs(_aligner(use, embed_e5=_mine_e5("collapse"), **AGREE), docs)
    assert got == {("efe:s0", "ap:s0"), ("efe:s0", "ap:s1"), ("efe:s1", "ap:s2")}
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(use, embed_e5=_mine_e5("collapse")), docs)  # rule off


def test_encoders_that_disagree_or_a_low_cosine_keep_no_second_counterpart():
    docs = _mine_docs()
    use = _mine_embed()
    # e5 puts the depth sentence nearest the rescue sentence: the encoders disagree.
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(use, embed_e5=_mine_e5("rescue"), **AGREE), docs)
    # Agreement under either floor is not enough.
    for floors in ({"agree_e5_floor": 0.9}, {"agree_use_floor": 0.55}):
        assert ("efe:s0", "ap:s1") not in _pairs(
            _aligner(use, embed_e5=_mine_e5("collapse"), **(AGREE | floors)), docs)
    # Without the second encoder the rule is off.
    assert ("efe:s0", "ap:s1") not in _pairs(_aligner(use, **AGREE), docs)


def test_the_pipeline_hands_e5_to_the_aligner_for_encoder_agreement_and_the_rank_veto():
    from dataclasses import replace

    from storylens.report.pipeline import Components, _with_second_encoder, aligner_settings
    from storylens.settings import DEFAULT

    class _Doc:
        def embed(self, texts):
            return np.zeros((len(texts), 4), dtype=np.float32)

    on = replace(DEFAULT, claim_agree_e5_floor=0.84, claim_pair_model=False)
    full = Components(None, doc_embedder=_Doc, similarity_model="full", settings=on)
    assert "embed_e5" in _with_second_encoder(aligner_settings(on), full)
    no_e5_rule = replace(on, claim_agree_e5_floor=None, claim_number_fanout=None, claim_e5_fusion_weight=0.0)
    assert "embed_e5" not in _with_second_encoder(aligner_settings(no_e5_rule), full)
    veto = replace(on, claim_agree_e5_floor=None, claim_e5_rank_veto=2)
    params = _with_second_encoder(aligner_settings(veto), full)
    assert params["e5_rank_veto"] == 2 and "embed_e5" in params


def test_the_e5_rank_veto_drops_a_pair_outside_either_units_first_e5_counterparts():
    docs = _mine_docs()
    use = _mine_embed()
    texts = [ES_COLLAPSE, ES_RESCUE, EN_COLLAPSE, EN_DEPTH, EN_RESCUE]
    gram = np.full((5, 5), 0.75)
    np.fill_diagonal(gram, 1.0)
    # Under e5 the EFE rescue sentence is nearest AP's depth sentence, its USE partner second.
    for (i, j), c in {(0, 2): 0.92, (0, 3): 0.8, (1, 3): 0.91, (1, 4): 0.86, (0, 4): 0.72}.items():
        gram[i, j] = gram[j, i] = c
    e5 = _embed_gram(texts, gram)
    both = {("efe:s0", "ap:s0"), ("efe:s1", "ap:s2")}
    assert _pairs(_aligner(use, embed_e5=e5), docs) == both
    assert _pairs(_aligner(use, embed_e5=e5, e5_rank_veto=1), docs) == {("efe:s0", "ap:s0")}
    assert _pairs(_aligner(use, embed_e5=e5, e5_rank_veto=2), docs) == both
    # A sure pair (USE 0.70 >= 0.65) is exempt unless the veto reads sure pairs too.
    sure = {"cross_sure_threshold": 0.65, "e5_rank_veto": 1}
    assert _pairs(_aligner(use, embed_e5=e5, **sure, e5_veto_exempts_sure=True), docs) == both
    assert _pairs(_aligner(use, embed_e5=e5, **sure, e5_veto_exempts_sure=False), docs) == {("efe:s0", "ap:s0")}
    # Without the second encoder nothing is vetoed.
    assert _pairs(_aligner(use, e5_rank_veto=1), docs) == both


def test_the_second_encoder_leaves_the_quote_veto_of_use_scored_pairs_alone():
    # Review: turning on encoder agreement or the e5 rank veto (scoring still on USE) stored the e5
    # matrix under the name that means "scored on e5", so a sure USE pair lost its quote-veto exemption.
    import numpy as np

    from storylens.analysis.claims import ClaimAligner
    from storylens.models import Document, Sentence

    t1 = '"We will rebuild every house in the town," the prime minister told reporters.'
    t2 = '„Wir werden jedes Haus der Stadt wieder aufbauen", sagte der Regierungschef vor Journalisten.'
    d1 = Document("d1", "a", t1, (Sentence("d1:s0", t1, 0, len(t1), 0, "en"),), language="en")
    d2 = Document("d2", "b", t2, (Sentence("d2:s0", t2, 0, len(t2), 0, "de"),), language="de")

    def embed(texts):
        return np.ones((len(texts), 4), dtype=np.float32) / 2

    quoted = {"d1:s0": ["We will rebuild every house in the town,"], "d2:s0": ["Wir werden jedes Haus der Stadt wieder aufbauen"]}
    for extra in ({}, {"agree_e5_floor": 0.99, "embed_e5": embed}, {"e5_rank_veto": 5, "embed_e5": embed}):
        _, pairs = ClaimAligner(embed=embed, quoted=quoted, **extra).align([d1, d2])
        assert len(pairs) == 1, extra
