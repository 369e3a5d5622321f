"""Claims: clause units, alignment across languages, grouping without chaining, conflicts, details."""

from storylens.analysis.claims import ClaimAligner, _components, anchors, detail_phrases, split_units
from storylens.models import Claim, Evidence
from storylens.report.pipeline import _polarity_conflict, claim_aligner

from ._docs import doc_of as _doc


def test_coordinated_predicates_are_separate_units():
    doc = _doc("d1", [("Protesters in Almaty reportedly stormed the airport, forcibly entered government "
                       "buildings, and set fire to the city's main administration office.")])
    assert [u.text for u in split_units(doc)] == [
        "Protesters in Almaty reportedly stormed the airport",
        "forcibly entered government buildings",
        "and set fire to the city's main administration office.",
    ]


def test_compound_sentences_are_cut_at_each_languages_clause_words():
    """A sentence that states two facts in Italian, Spanish, Polish or Chinese is two units, so each
    fact can match its own sentence of the other report (the words live in text/data)."""
    cases = [
        ("it", ("Nessuno è rimasto ferito e gli inquilini sono stati evacuati mentre i vigili del fuoco "
                "hanno domato le fiamme."),
         ["Nessuno è rimasto ferito e gli inquilini sono stati evacuati",
          "mentre i vigili del fuoco hanno domato le fiamme."]),
        ("es", "La policía dijo que el fuego fue provocado, pero nadie resultó herido en el incendio.",
         ["La policía dijo que el fuego fue provocado", "pero nadie resultó herido en el incendio."]),
        ("pl", "Rodzice są dumni z córki, ale jej wyczyn budzi wiele kontrowersji w sieci.",
         ["Rodzice są dumni z córki", "ale jej wyczyn budzi wiele kontrowersji w sieci."]),
        ("zh", "保加利亚开始通过管道获得天然气，但俄罗斯天然气工业公司拒绝发表评论。",
         ["保加利亚开始通过管道获得天然气", "但俄罗斯天然气工业公司拒绝发表评论。"]),
    ]
    for language, sentence, units in cases:
        doc = _doc("d1", [sentence], language=language)
        assert [u.text for u in split_units(doc, by_language=True)] == units, language
        assert ClaimAligner(lambda t: t, language_clauses=True).align([doc])[0] == split_units(doc, True)
    # A coordinated noun phrase is no clause, and English keeps its own words only.
    kept = "Biden und seine Frau trafen sich in Houston mit der Familie."
    assert [u.text for u in split_units(_doc("d1", [kept], language="de"), True)] == [kept]
    english = "The mayor met the family, y luego left the city."
    assert [u.text for u in split_units(_doc("d1", [english], language="en"), True)] == [english]


def test_quotes_are_not_cut():
    doc = _doc("d1", ["He said “we will stay, and we will fight; nobody leaves” before the vote."])
    assert len(split_units(doc)) == 1


def test_anchors_keep_names_and_numbers_across_languages():
    assert {"#20000", "almaty"} <= anchors("In Almaty alone, 20,000 terrorists attacked.", same_language=False)
    assert "#20000" in anchors("Allein in Almaty griffen 20.000 Terroristen an.", same_language=False)


def test_english_and_german_align_without_translation(embedder):
    en = _doc("d1", ["The central bank raised interest rates by half a point on Tuesday.",
                     "Heavy snow closed the airport in Oslo."])
    de = _doc("d2", ["Die Zentralbank hat am Dienstag die Zinsen um einen halben Prozentpunkt erhöht.",
                     "Der Bürgermeister eröffnete ein neues Schwimmbad."], language="de")
    claims, _ = ClaimAligner(embed=embedder.embed).claims([en, de])
    shared = [c for c in claims if c.status == "shared"]
    assert len(shared) == 1 and {e.sentence for e in shared[0].evidence} == {"d1:s0", "d2:s0"}
    assert sum(c.status == "unique" for c in claims) == 2


def test_grouping_does_not_chain():
    from storylens.analysis.claims import AlignedPair, Unit

    a = [Unit("d1", f"d1:s{i}", f"a{i}", 0, 2) for i in range(3)]
    b = [Unit("d2", f"d2:s{i}", f"b{i}", 0, 2) for i in range(3)]
    # a0-b0, b0-a1, a1-b1, b1-a2, a2-b2: connected components would make one
    # "claim" of six units that do not say the same thing.
    links = [(a[0], b[0]), (a[1], b[0]), (a[1], b[1]), (a[2], b[1]), (a[2], b[2])]
    pairs = [AlignedPair(x, y, 0.9 - 0.05 * i, 0.9 - 0.05 * i, 0) for i, (x, y) in enumerate(links)]
    groups = _components(a + b, pairs)
    assert len(groups) >= 2  # not one giant claim
    units = a + b
    linked = {(x, y) for x, y in links} | {(y, x) for x, y in links}
    for group in groups:  # every unit matches at least half of the other side's units in its claim
        for i in group:
            others = [units[j] for j in group if units[j].doc != units[i].doc]
            assert sum((units[i], o) in linked for o in others) >= 0.5 * len(others)


def test_polarity_conflict_only_between_paraphrases(embedder):
    a = _doc("d1", ["The minister confirmed that the troops will leave the country next week."])
    b = _doc("d2", ["The minister denied that the troops will leave the country next week."])
    c = _doc("d3", ["A decision on the troops is not expected for months, the ministry said."])
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, b])
    assert any(cl.status == "conflicting" and "polarity" in (cl.conflict or "") for cl in claims)
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, c])
    assert not any(cl.status == "conflicting" for cl in claims)
    assert _polarity_conflict.min_cosine > 0.65


def test_number_conflict_is_named(embedder):
    a = _doc("d1", ["Dozens were reported killed in clashes in Almaty on Thursday."])
    b = _doc("d2", ["164 people were killed in clashes in Almaty on Thursday, officials said."])
    claims, _ = claim_aligner(embedder.embed, (), {"d1": "2022-01-07", "d2": "2022-01-07"}).claims([a, b])
    conflicting = [cl for cl in claims if cl.status == "conflicting"]
    assert conflicting and "dozens" in conflicting[0].conflict.lower() and "164" in conflicting[0].conflict


def test_detail_phrases_are_cut_from_the_sentence():
    shared = Claim("c1", "shared", "x", (
        Evidence("d1", "d1:s0", "Protesters in Almaty reportedly stormed the airport", 0, 51),
        Evidence("d2", "d2:s0", "In Almaty, rioters stormed public buildings", 0, 43),
    ), docs=("d1", "d2"), details={"d1": ("airport",)})
    out = detail_phrases([shared])
    assert [c.id for c in out] == ["c1"]
    phrase = out[0].details["d1"][0]
    assert phrase == "reportedly stormed the airport"
    assert shared.evidence[0].text[21:51] == phrase


def test_quote_pairs_keep_the_closest_units_of_their_sentences(embedder):
    from storylens.analysis.claims import ClaimAligner

    a = _doc("d1", ["The minister spoke on Monday.", "He said the plan was “a historic step for the region”."])
    b = _doc("d2", ["Der Minister sprach am Montag.", "Der Plan sei „ein Meilenstein“, sagte er."], language="de")
    never = {"sure_threshold": 2.0, "threshold": 2.0, "cross_threshold": 2.0, "cross_sure_threshold": 2.0,
             "pair_threshold": 2.0, "pair_sure_threshold": 2.0}
    plain = ClaimAligner(embedder.embed, **never)
    quoted = ClaimAligner(embedder.embed, **never, quote_pairs=[("d1:s1", "d2:s1", 0.6)])
    assert not plain.align([a, b])[1]
    pairs = quoted.align([a, b])[1]
    assert [(p.a.sentence, p.b.sentence) for p in pairs] == [("d1:s1", "d2:s1")]


def test_a_clause_follows_its_sibling_only_to_its_own_best_counterpart():
    import numpy as np

    from storylens.analysis.claims import ClaimAligner

    first = "Protesters in the city reportedly stormed the airport"
    second = "and set fire to the main administration office, local media reported."
    a = _doc("d1", [f"{first}, {second}", "The weather was cold all week in the region."])
    b = _doc("d2", ["Rioters stormed public buildings and set them on fire.", "Prices of fuel went up in January."])
    table = {first: [1.0, 0.0, 0.0], second: [0.45, 0.89, 0.0], "The weather was cold all week in the region.": [0.0, 0.0, 1.0],
             "Rioters stormed public buildings and set them on fire.": [0.9, 0.44, 0.0],
             "Prices of fuel went up in January.": [0.0, 0.3, 0.95]}

    def embed(texts):
        vectors = np.array([table[t] for t in texts], dtype=np.float32)
        return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)

    def pairs(margin):
        aligner = ClaimAligner(embed, threshold=0.7, sure_threshold=0.99, margin=0.0, min_overlap=0.0,
                               overlap_weight=0.0, actor_penalty=0.0, sibling_margin=margin)
        return {(p.a.text, p.b.sentence) for p in aligner.align([a, b])[1]}

    # The second clause's best counterpart is d2:s0 (cosine 0.80), but d2:s0's best is the first clause (0.90).
    weather = ("The weather was cold all week in the region.", "d2:s1")
    assert pairs(None) == {(first, "d2:s0"), weather}
    assert pairs(0.1) == {(first, "d2:s0"), (second, "d2:s0"), weather}
    # The weather sentence has no sibling: nothing follows it anywhere.


def test_later_predicates_of_a_list_are_embedded_with_its_subject():
    doc = _doc("d1", [("Protesters in Almaty reportedly stormed the airport, forcibly entered government "
                       "buildings, and set fire to the city's main administration office."),
                      "Tokayev said the situation had stabilized, and that the state of emergency is working."])
    units = split_units(doc)
    assert [u.context for u in units[:3]] == ["", "Protesters in Almaty", "Protesters in Almaty"]
    assert units[1].embed_text == "Protesters in Almaty forcibly entered government buildings"
    assert units[1].text == "forcibly entered government buildings"  # the evidence stays the sentence's own span
    assert all(u.context == "" for u in units[3:])  # no predicate list: nothing borrowed


def _fixed_embed(vectors):
    """Known texts get their given 3-d vector; any other text its own orthogonal axis."""
    import numpy as np

    def embed(texts):
        m = np.zeros((len(texts), 3 + len(texts)), dtype=np.float32)
        for i, t in enumerate(texts):
            if t in vectors:
                m[i, :3] = vectors[t]
            else:
                m[i, 3 + i] = 1.0
        return m / np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    return embed


def test_a_second_fact_of_a_long_sentence_joins_its_claim():
    """The long sentence L is matched (sure) to A; F's best counterpart is L but L's is A,
    so the mutual-best rule leaves F unique. F shares anchors with L that A does not
    (bread, prices, week): F states a second fact of L and joins the claim. F2 shares
    only what A already shares with L: no second fact, it stays unique."""
    long = "In a public address on Friday, the governor said the strike that began last week over rising bread prices was organised abroad."
    address = "The governor spoke in a public address on Friday."
    second = "Bakers walked out last week over a sharp increase in bread prices."
    again = "The governor gave his public address on Friday evening."
    vectors = {long: [1.0, 0.0, 0.0], address: [0.95, 0.312, 0.0], second: [0.5, 0.0, 0.866], again: [0.5, 0.0, 0.866]}
    for text, joins in ((second, True), (again, False)):
        a, b = _doc("d1", [long]), _doc("d2", [address, text])
        aligner = ClaimAligner(embed=_fixed_embed(vectors), sibling_margin=None)
        claims, _ = aligner.claims([a, b])
        together = [c for c in claims if {"d1:s0", "d2:s1"} <= {e.sentence for e in c.evidence}]
        assert bool(together) is joins
        claims, _ = ClaimAligner(embed=_fixed_embed(vectors), sibling_margin=None, second_fact_share=None).claims([a, b])
        assert not [c for c in claims if {"d1:s0", "d2:s1"} <= {e.sentence for e in c.evidence}]


def test_a_headline_printed_twice_before_the_lead_is_one_unit_and_the_lead_another():
    head = "Ehre für «Captain Tom» – Britischer Spendensammler wird zum Ritter geschlagen"
    lead = "Der 100-jährige Weltkriegsveteran Tom Moore hat hundert Runden gedreht."
    doc = _doc("d1", [f"{head} {head} {lead}", "Nun wird ihm eine seltene Ehre zuteil."], language="de")
    units = split_units(doc)
    assert [u.text for u in units] == [head, lead, "Nun wird ihm eine seltene Ehre zuteil."]
    first = doc.sentences[0].text
    assert all(first[u.start:u.end] == u.text for u in units[:2])
    # A sentence that merely repeats a word is cut as before.
    assert [u.text for u in split_units(_doc("d2", ["Very very good news came on Monday."]))] == [
        "Very very good news came on Monday."]


def test_units_of_two_languages_are_checked_for_conflicts_from_their_own_cosine():
    # A translated pair scores 0.43-0.61 with USE: "A magnitude 7.8 quake ... at 4:17 a.m." /
    # "Ein Erdbeben der Stärke 7,1 ... um 6.30 Uhr" (0.565) was never checked at the 0.65 of one language.
    from storylens.analysis.claims import AlignedPair, Unit

    en = Unit("d1", "d1:s0", "A magnitude 7.8 earthquake struck at 4:17 a.m.", 0, 46, "en")
    de = Unit("d2", "d2:s0", "Ein Erdbeben der Stärke 7,1 ereignete sich um 6.30 Uhr.", 0, 54, "de")
    en2 = Unit("d3", "d3:s0", "A magnitude 7.1 earthquake struck at 6:30 a.m.", 0, 46, "en")
    calls = []

    def check(a, b):
        calls.append((a.doc, b.doc))
        return ["magnitude: differs"]

    aligner = ClaimAligner(embed=None, conflict_checks=(check,))
    cross = aligner._claim("c1", [en, de], [AlignedPair(en, de, 0.6, 0.565, 0.0)])
    same = aligner._claim("c2", [en, en2], [AlignedPair(en, en2, 0.6, 0.565, 0.0)])
    assert cross.status == "conflicting" and cross.conflict == "magnitude: differs"
    assert same.status == "shared" and calls == [("d1", "d2")]  # one language: 0.65 as before
    off = ClaimAligner(embed=None, conflict_checks=(check,), cross_conflict_cosine=None)
    assert off._claim("c1", [en, de], [AlignedPair(en, de, 0.6, 0.565, 0.0)]).status == "shared"


def test_a_conflict_among_three_documents_names_its_two_documents():
    from storylens.analysis.claims import AlignedPair, Unit

    units = [Unit(d, f"{d}:s0", text, 0, len(text), "en") for d, text in
             (("d1", "The quake struck at 4:17 a.m."), ("d2", "The quake struck at 6:30 a.m."),
              ("d3", "The quake struck at 4:17 a.m. local time."))]
    check = lambda a, b: [] if a.text[20:24] == b.text[20:24] else [f"time: {a.text[20:24]} vs {b.text[20:24]}"]
    aligner = ClaimAligner(embed=None, conflict_checks=(check,))
    pairs = [AlignedPair(units[0], units[1], 0.9, 0.9, 0.5), AlignedPair(units[1], units[2], 0.9, 0.9, 0.5)]
    claim = aligner._claim("c1", units, pairs)
    assert claim.conflict == "d1/d2: time: 4:17 vs 6:30; d2/d3: time: 6:30 vs 4:17"
    two = aligner._claim("c2", units[:2], pairs[:1])
    assert two.conflict == "time: 4:17 vs 6:30"  # two documents: no names needed


def test_a_clause_that_only_names_the_speaker_stays_with_what_was_said():
    # Eight-document trial: "– powiedział papież w homilii." alone was a unit that matched
    # every sentence naming the pope, in every other document.
    pl = _doc("d1", ["– Jego miłość się nie zmienia, nie obraża się; jest wierna, jest cierpliwa – powiedział papież w homilii."],
              language="pl")
    assert [u.text for u in split_units(pl)] == [
        "– Jego miłość się nie zmienia, nie obraża się", "jest wierna, jest cierpliwa – powiedział papież w homilii."]
    ru = _doc("d1", ["Мы не допустим повторения этих событий — заявил президент страны."], language="ru")
    assert len(split_units(ru)) == 1
    # a clause with more than the attribution is a claim of its own
    en = _doc("d1", ["The plan is dead; the minister said on Monday that talks would go on."])
    assert [u.text for u in split_units(en)] == ["The plan is dead", "the minister said on Monday that talks would go on."]


def test_documents_of_two_stories_are_never_aligned(embedder):
    # A new-user trial: an unrelated ferry sinking among reports of one capsizing was aligned into
    # the story's claims, with false conflicts ("40 vs 13" missing); its claims are its own now.
    a = _doc("d1", ["About 40 people were still missing after the ferry capsized off Durres on Saturday."])
    b = _doc("d2", ["About 40 people were still missing after the ferry capsized near Durres on Saturday."])
    c = _doc("d3", ["About 13 people were still missing after the ferry sank off Sulawesi on Tuesday."])
    claims, _ = claim_aligner(embedder.embed, (), {}).claims([a, b, c])
    assert any({"d1", "d3"} <= set(cl.docs) for cl in claims)  # one story: d3 joins the claim
    claims, _ = claim_aligner(embedder.embed, (), {}, story_of={"d1": 0, "d2": 0, "d3": 1}).claims([a, b, c])
    assert [cl.docs for cl in claims if "d3" in cl.docs] == [("d3",)]
    assert any(set(cl.docs) == {"d1", "d2"} for cl in claims)


def test_detail_stop_words_are_the_text_layers_cached_set():
    """Asked at each word of each sentence: the cached set itself, not a copy made at every call
    (28 -> 4 us a call)."""
    from storylens.analysis.claims import _stop_words
    from storylens.text import stop_words

    assert _stop_words("en") is stop_words("en") and "the" in _stop_words("en")
