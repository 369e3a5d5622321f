"""Framing (different words for the same actor or act) and tone cues (storylens.analysis.framing)."""

from __future__ import annotations

import json
import re

import pytest

from storylens.analysis.framing import (
    AlignedPair,
    Lexicon,
    ToneCues,
    align_sentences,
    find_framing,
    load_lexicon,
    tone_cues,
    tone_cues_by_doc,
)
from storylens.errors import ConfigError
from storylens.models import Document, Evidence, Sentence


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return load_lexicon()


def _doc(doc_id: str, text: str, language: str = "en") -> Document:
    sentences: list[Sentence] = []
    for m in re.finditer(r"[^\n]+?(?:[.!?][”\"»]?(?=\s)|$)", text):
        if m.group().strip():
            sentences.append(Sentence(f"{doc_id}:s{len(sentences)}", m.group().strip(), m.start(), m.end()))
    return Document(doc_id, f"{doc_id}.txt", text, tuple(sentences), language=language)


def _seed_sentence(path, needle: str) -> str:
    text = path.read_text("utf-8")
    return next(s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if needle in s)


def _terms(framings) -> dict[str, dict[str, str]]:
    return {f.concept: dict(f.terms) for f in framings}


# --------------------------------------------------------------------------- framing


def test_seed_protesters_vs_rioters(data_dir, lexicon):
    # The aligned pair the claim matcher finds in the seeds: the storming of buildings in Almaty.
    cnn = _seed_sentence(data_dir / "seeds" / "000_f41a21d6102af561.txt", "stormed the airport")
    faz = _seed_sentence(data_dir / "seeds" / "001_b69586f12682ff66.txt", "stormed public buildings")
    pair = AlignedPair("d1", "d1:s9", cnn, "d2", "d2:s12", faz, 0.71)
    framings = find_framing([pair], lexicon=lexicon)
    assert _terms(framings)["participants in the unrest"] == {"d1": "protesters", "d2": "rioters"}
    framing = next(f for f in framings if f.concept == "participants in the unrest")
    assert framing.evidence == (Evidence("d1", "d1:s9", cnn), Evidence("d2", "d2:s12", faz))


def test_seed_framing_with_automatic_alignment(data_dir, embedder, lexicon):
    seeds = data_dir / "seeds"
    cnn = _doc("d1", (seeds / "000_f41a21d6102af561.txt").read_text("utf-8").split("\n", 1)[1])
    faz = _doc("d2", (seeds / "001_b69586f12682ff66.txt").read_text("utf-8"))
    pairs = align_sentences([cnn, faz], embedder, min_score=0.4)
    assert pairs and all(p.doc_a == "d1" and p.doc_b == "d2" for p in pairs)
    framings = find_framing(pairs, lexicon=lexicon, embedder=embedder)
    assert {"d1": "protesters", "d2": "rioters"} in [dict(f.terms) for f in framings]


def test_seed_sabotage_vs_diversion_and_contingent_vs_intervention(data_dir, lexicon):
    seeds = data_dir / "seeds"
    cnn_sab = _seed_sentence(seeds / "000_f41a21d6102af561.txt", "ideological sabotage")
    faz_div = _seed_sentence(seeds / "001_b69586f12682ff66.txt", "ideological diversion")
    cnn_csto = _seed_sentence(seeds / "000_f41a21d6102af561.txt", "a contingent of the Collective")
    faz_int = _seed_sentence(seeds / "001_b69586f12682ff66.txt", "Russian intervention")
    found = _terms(find_framing([
        AlignedPair("d1", "d1:s5", cnn_sab, "d2", "d2:s21", faz_div, 0.5),
        AlignedPair("d1", "d1:s13", cnn_csto, "d2", "d2:s13", faz_int, 0.4),
    ], lexicon=lexicon))
    assert found["subversion"] == {"d1": "sabotage", "d2": "diversion"}
    assert found["foreign forces sent in"] == {"d1": "contingent", "d2": "intervention"}


def test_evidence_tuples_are_accepted(lexicon):
    a = Evidence("d1", "d1:s2", "The regime blamed foreign agents.")
    b = Evidence("d2", "d2:s5", "The government blamed foreign agents.")
    (framing,) = find_framing([(a, b)], lexicon=lexicon)
    assert dict(framing.terms) == {"d1": "regime", "d2": "government"} and framing.evidence == (a, b)


def test_same_words_are_not_framing(lexicon):
    pair = AlignedPair(
        "d1", "d1:s1", "Protesters stormed the airport in Almaty on Wednesday.",
        "d2", "d2:s4", "On Wednesday, protesters stormed Almaty's airport.",
    )
    assert find_framing([pair], lexicon=lexicon) == ()


@pytest.mark.parametrize(
    ("text_a", "lang_a", "text_b", "lang_b", "concept", "term_a", "term_b"),
    [
        ("Die Randalierer stürmten am Mittwoch das Rathaus von Almaty.", "de",
         "Mercredi, des manifestants ont pris d'assaut la mairie d'Almaty.", "fr",
         "participants in the unrest", "Randalierer", "manifestants"),
        ("В среду погромщики захватили здание акимата.", "ru",
         "On Wednesday protesters occupied the mayor's office.", "en",
         "participants in the unrest", "погромщики", "protesters"),
        ("Le régime a envoyé l'armée contre les manifestants.", "fr",
         "Die Regierung schickte die Armee gegen die Demonstranten.", "de",
         "those in power", "régime", "Regierung"),
        ("Security forces murdered dozens of civilians, the group said.", "en",
         "Dozens of civilians died in the clashes, the group said.", "en",
         "deaths", "murdered", "died"),
        ("The regime blamed the unrest on foreign agents.", "en",
         "The government blamed the riots on foreign agents.", "en",
         "those in power", "regime", "government"),
    ],
)
def test_framing_across_languages(lexicon, text_a, lang_a, text_b, lang_b, concept, term_a, term_b):
    pair = AlignedPair("d1", "d1:s0", text_a, "d2", "d2:s0", text_b, 0.6, lang_a, lang_b)
    assert _terms(find_framing([pair], lexicon=lexicon))[concept] == {"d1": term_a, "d2": term_b}


@pytest.mark.parametrize(
    ("text_b", "lang_b"),
    [
        ("Террористы напали на аэропорт.", "ru"),  # a cognate
        ("Terroristen griffen den Flughafen an.", "de"),
        ("Des terroristes ont attaqué l'aéroport.", "fr"),
    ],
)
def test_same_word_in_two_languages_is_not_framing(lexicon, text_b, lang_b):
    pair = AlignedPair("d1", "d1:s0", "Terrorists attacked the airport.", "d2", "d2:s0", text_b, 0.8, "en", lang_b)
    assert find_framing([pair], lexicon=lexicon) == ()


@pytest.mark.parametrize(
    ("text_b", "lang_b"),
    [
        ("Demonstranten stürmten am Mittwoch das Rathaus.", "de"),
        ("Des manifestants ont pris d'assaut la mairie mercredi.", "fr"),
        ("В среду протестующие штурмовали здание мэрии.", "ru"),
    ],
)
def test_translations_are_not_framing(lexicon, text_b, lang_b):
    pair = AlignedPair("d1", "d1:s0", "On Wednesday protesters stormed the city hall.", "d2", "d2:s0", text_b, 0.8,
                       "en", lang_b)
    assert find_framing([pair], lexicon=lexicon) == ()


# Trial 14 (defect 21): the story's framing table listed "dead / tué / starb / погиб" and
# "said / affirme / sagte": each language's plain word for one act, not a word choice.
@pytest.mark.parametrize(
    ("text_a", "text_b", "lang_b"),
    [
        ("Three passengers were dead, the operator said.",
         "Trois passagers ont été tués, affirme l'exploitant.", "fr"),
        ("The driver of the regional train was dead.",
         "Der Lokführer des Regionalzugs starb noch an der Unfallstelle.", "de"),
        ("The driver of the regional train was dead.",
         "Машинист регионального поезда погиб на месте.", "ru"),
        ("Three people were killed in the crash.",
         "Trois morts dans l'accident.", "fr"),
        ("RFI said the signalling system had worked normally.",
         "RFI affirme que la signalisation fonctionnait normalement.", "fr"),
    ],
)
def test_plain_words_across_languages_are_not_framing(lexicon, text_a, text_b, lang_b):
    pair = AlignedPair("d1", "d1:s0", text_a, "d2", "d2:s0", text_b, 0.8, "en", lang_b)
    assert find_framing([pair], lexicon=lexicon) == ()


@pytest.mark.parametrize(
    ("text_a", "lang_a", "text_b", "lang_b", "concept", "term_a", "term_b"),
    [
        # A marked word against a plain one is still a choice across languages ...
        ("Three passengers were dead.", "en", "Trois passagers ont été massacrés.", "fr",
         "deaths", "dead", "massacrés"),
        ("RFI said the signalling system had worked.", "en",
         "RFI behauptete, das Signalsystem habe funktioniert.", "de", "how it was said", "said", "behauptete"),
        ("RFI said the signalling system had worked.", "en",
         "RFI утверждает, что система сигнализации работала.", "ru", "how it was said", "said", "утверждает"),
        # ... and two plain words are one within one language ("killed" names an agent).
        ("Security forces killed dozens of protesters.", "en",
         "Dozens of protesters died in the clashes.", "en", "deaths", "killed", "died"),
        ("Des soldats ont tué des dizaines de manifestants.", "fr",
         "Des dizaines de manifestants sont morts.", "fr", "deaths", "tué", "morts"),
    ],
)
def test_marked_words_across_languages_and_plain_words_in_one_stay_framing(
        lexicon, text_a, lang_a, text_b, lang_b, concept, term_a, term_b):
    pair = AlignedPair("d1", "d1:s0", text_a, "d2", "d2:s0", text_b, 0.8, lang_a, lang_b)
    assert _terms(find_framing([pair], lexicon=lexicon))[concept] == {"d1": term_a, "d2": term_b}


def test_neutral_speech_verbs_are_not_framing_but_claimed_is(lexicon):
    said = AlignedPair("d1", "a", "Tokayev said order had been restored.", "d2", "b", "Tokayev announced order had been restored.")
    assert find_framing([said], lexicon=lexicon) == ()
    claimed = AlignedPair("d1", "a", "Tokayev said order had been restored.", "d2", "b", "Tokayev claimed order had been restored.")
    assert _terms(find_framing([claimed], lexicon=lexicon))["how it was said"] == {"d1": "said", "d2": "claimed"}


def test_repeated_framing_is_merged_with_all_evidence(lexicon):
    pairs = [
        AlignedPair("d1", "d1:s1", "Protesters set fire to the mayor's office.", "d2", "d2:s3", "Rioters set fire to the mayor's office."),
        AlignedPair("d1", "d1:s7", "Protesters blocked the main road.", "d2", "d2:s8", "Rioters blocked the main road."),
    ]
    (framing,) = find_framing(pairs, lexicon=lexicon)
    assert len(framing.evidence) == 4


def test_generic_rule_finds_swapped_words_with_an_embedder(embedder):
    empty = Lexicon((), {}, {}, {}, {})  # only the difflib + embedding rule can fire
    swap = AlignedPair("d1", "a", "Specialists trained in ideological sabotage were at work, the president said.",
                       "d2", "b", "Specialists trained in ideological diversion were at work, the president said.")
    fact = AlignedPair("d1", "c", "Police detained the men in Almaty on Tuesday.",
                       "d2", "d", "Police detained the men in Astana on Wednesday.")
    found = find_framing([swap, fact], lexicon=empty, embedder=embedder)
    assert [dict(f.terms) for f in found] == [{"d1": "sabotage", "d2": "diversion"}]
    assert "ideological" in found[0].concept
    assert find_framing([swap], lexicon=empty) == ()  # without an embedder the generic rule stays off


def test_bad_lexicon_path_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="framing lexicon"):
        load_lexicon(tmp_path / "missing.json")


def test_lexicon_is_general_news_vocabulary(lexicon):
    # No seed-specific names: the lexicon must stay reusable for any story.
    raw = json.dumps([c.terms for c in lexicon.concepts], ensure_ascii=False).lower()
    for name in ("tokayev", "almaty", "kazakh", "csto", "nazarbayev"):
        assert name not in raw


# --------------------------------------------------------------------------- tone


def test_tone_cues_on_the_cnn_seed(data_dir, lexicon):
    text = (data_dir / "seeds" / "000_f41a21d6102af561.txt").read_text("utf-8").split("\n", 1)[1]
    cues = tone_cues(_doc("d1", text), lexicon=lexicon)
    assert isinstance(cues, ToneCues)
    assert cues.hedges["reportedly"] == 1
    assert cues.hedges["according to"] == 1
    assert cues.loaded["bestial"] == 1 and cues.loaded["terrorist"] >= 2
    # CNN quotes Tokayev's words: its loaded terms are mostly inside quotation marks.
    assert cues.loaded_quoted >= sum(cues.loaded.values()) - 2
    assert cues.attributions > cues.assertions
    assert 0 < cues.score <= 1
    assert cues.to_dict()["hedges"]["reportedly"] == 1


def test_tone_in_the_outlets_own_voice_scores_higher(lexicon):
    quoted = _doc("d1", 'The minister called them "bestial terrorists and thugs". Police made arrests on Friday.')
    own = _doc("d2", "The bestial terrorists and thugs were finally stopped. Police made arrests on Friday.")
    a, b = tone_cues(quoted, lexicon=lexicon), tone_cues(own, lexicon=lexicon)
    assert a.loaded == b.loaded == {"bestial": 1, "terrorist": 1, "thug": 1}
    assert (a.loaded_quoted, b.loaded_quoted) == (3, 0)
    assert b.score > a.score


@pytest.mark.parametrize(
    ("language", "text", "hedge"),
    [
        ("de", ("Die Demonstranten sollen angeblich aus dem Ausland gesteuert worden sein. "
                "Berichten zufolge wurden Dutzende getötet, sagte ein Sprecher."), "angeblich"),
        ("fr", ("Selon le ministère de l'Intérieur, des dizaines d'émeutiers auraient été tués. "
                "Le président a déclaré que l'ordre était rétabli."), "selon"),
        ("ru", ("По данным МВД, погибли десятки человек. Протестующие якобы действовали по единому плану, "
                "заявил президент."), "якобы"),
    ],
)
def test_hedges_and_attributions_in_other_languages(lexicon, language, text, hedge):
    cues = tone_cues(_doc("d1", text, language), lexicon=lexicon)
    assert cues.hedges.get(hedge) == 1 or cues.hedges.get(hedge.capitalize()) == 1
    assert cues.attributions >= 1


def test_hedges_are_not_double_counted(lexicon):
    cues = tone_cues(_doc("d1", "Berichten zufolge wurde geschossen.", "de"), lexicon=lexicon)
    assert cues.hedges == {"berichten zufolge": 1}


def test_tone_cues_by_doc(lexicon):
    docs = [_doc("d1", "Protesters gathered peacefully."), _doc("d2", "The thugs rioted, reportedly.")]
    cues = tone_cues_by_doc(docs, lexicon=lexicon)
    assert set(cues) == {"d1", "d2"}
    assert cues["d1"].score == 0 and cues["d2"].score > 0
    assert cues["d2"].hedges == {"reportedly": 1}


def test_one_framing_per_unordered_document_pair(data_dir, lexicon):
    """The same wording met as (d1, d2) and as (d2, d1) (a sentence pair and a quote pair) is one row."""
    cnn = _seed_sentence(data_dir / "seeds" / "000_f41a21d6102af561.txt", "stormed the airport")
    faz = _seed_sentence(data_dir / "seeds" / "001_b69586f12682ff66.txt", "stormed public buildings")
    pairs = [AlignedPair("d1", "d1:s9", cnn, "d2", "d2:s12", faz, 0.71),
             AlignedPair("d2", "d2:s12", faz, "d1", "d1:s9", cnn, 0.71)]
    framings = [f for f in find_framing(pairs, lexicon=lexicon) if f.concept == "participants in the unrest"]
    assert len(framings) == 1
    assert dict(framings[0].terms) == {"d1": "protesters", "d2": "rioters"}
    assert len(framings[0].evidence) == 2


class _OneVector:
    """Every word alike (cosine 1): any one-word swap passes the similarity floor."""

    def embed(self, texts):
        import numpy as np

        return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def test_a_translation_between_two_languages_the_lexicon_lacks_is_no_word_choice(lexicon):
    # A new-user trial: Italian and Spanish (no lexicon words of their own, read as English)
    # were "one language", so "traghetto" vs "transbordador" was listed as a word choice.
    pair = AlignedPair(
        "d1", "d1:s0", "Almeno 37 persone sono morte nel naufragio del traghetto Stella del Nord.",
        "d2", "d2:s0", "Al menos 37 personas murieron en el naufragio del transbordador Stella del Nord.",
        language_a="it", language_b="es",
    )
    assert find_framing([pair], lexicon=lexicon, embedder=_OneVector()) == ()
    same = AlignedPair(
        "d1", "d1:s0", "Almeno 37 persone sono morte nel naufragio del traghetto al largo di Durazzo.",
        "d2", "d2:s0", "Almeno 37 persone sono morte nel naufragio del battello al largo di Durazzo.",
        language_a="it", language_b="it",
    )
    assert find_framing([same], lexicon=lexicon, embedder=_OneVector())  # one language: still a word choice


@pytest.mark.parametrize(("language", "text"), [
    ("it", "«Faremo piena luce su questa tragedia», ha detto il premier. La nave era partita da Bari."),
    ("tr", "\"Bu trajediyi sonuna kadar aydınlatacağız\" dedi Başbakan. Feribot Bari'den yola çıkmıştı."),
    ("es", "\"Vamos a esclarecer esta tragedia\", afirmó el primer ministro. El barco salió de Bari."),
    ("zh", "“我们将彻底查明真相。”总理说。渡轮从巴里出发。"),
])
def test_attributed_sentences_in_languages_the_lexicon_lacks(lexicon, language, text):
    # A new-user trial: every Italian, Turkish, Spanish and Chinese sentence counted as asserted.
    cues = tone_cues(_doc("d1", text, language), lexicon=lexicon)
    assert cues.attributions == 1 and cues.assertions == cues.sentences - 1


@pytest.mark.parametrize(("text", "lang"), [
    ("Le gouvernement a présenté mardi la réforme du régime de retraite des fonctionnaires.", "fr"),
    ("В Сочи ввели режим ЧС после наводнения.", "ru"),
])
def test_a_word_for_a_scheme_or_mode_is_no_loaded_term(lexicon, text, lang):
    # newuser66: French «régime» (régime de retraite, a pension scheme) and Russian «режим» (режим ЧС, an emergency
    # mode) counted as loaded terms (tone 0.28 / 0.48 against 0.00 for the same facts in English); the English and
    # German "regime" (of a state) stays loaded
    assert not tone_cues(_doc("d1", text, lang), lexicon=lexicon).loaded


def test_the_english_regime_stays_loaded(lexicon):
    assert tone_cues(_doc("d1", "The regime arrested dozens of protesters.", "en"), lexicon=lexicon).loaded
