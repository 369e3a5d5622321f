"""A negation word in one language and a negative meaning in another state one fact (new-user trial 12,
Portugal's election told in seven languages): "ohne eigene Mehrheit" / "sin mayoría" / "sans majorité"
against "не получили большинства" / "çoğunluk sağlanamadı" / "未过半", "a refusé de reconnaître sa
défaite" against "räumte … nicht ein", "fehlen … 18" against "не хватает около 18", "reste loin de la
majorité" against "не смог получить большинства" were reported "d1 affirms, d2 denies". Privative words
and verbs of lack, refusal and failure are language data (text/data "negative_meaning"); "not only" and
"not … until" ("only after") are no denial in any language; a denial without such a counterpart still
conflicts."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import AlignedPair, ClaimAligner, Unit
from storylens.analysis.conflicts import negated, negative_meaning, polarity_conflict
from storylens.report.pipeline import _polarity_conflict


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        # privative words against a negation
        ("Mitte-rechts-Bündnis gewinnt die Wahl ohne eigene Mehrheit.", "de", "Правоцентристы победили, но не получили большинства.", "ru"),
        ("La Alianza gana las legislativas sin mayoría absoluta.", "es", "Merkez sağ seçimi kazandı, çoğunluk sağlanamadı.", "tr"),
        ("La droite en tête mais sans majorité.", "fr", "中右翼联盟获胜但未过半。", "zh"),
        ("Koalicja wygrała wybory, ale bez większości.", "pl", "The coalition won the election but did not win a majority.", "en"),
        ("L'alleanza vince le elezioni senza maggioranza.", "it", "Das Bündnis gewann die Wahl, hat aber keine Mehrheit.", "de"),
        ("Ittifak seçimi çoğunluksuz kazandı.", "tr", "The alliance won the election, but not a majority.", "en"),
        ("The alliance won the election without a majority.", "en", "L'alliance a gagné l'élection, mais n'a pas la majorité.", "fr"),
        # lack, refusal and failure against a negation
        ("Le chef des socialistes a refusé de reconnaître sa défaite.", "fr", "Der Sozialistenchef räumte die Niederlage nicht ein.", "de"),
        ("The Socialist leader refused to concede defeat.", "en", "El líder socialista no reconoció la derrota.", "es"),
        ("Il leader socialista ha rifiutato di ammettere la sconfitta.", "it", "Sosyalist lider yenilgiyi kabul etmedi.", "tr"),
        ("Lider socjalistów odmówił uznania porażki.", "pl", "Лидер социалистов не признал поражения.", "ru"),
        ("Selbst mit den Liberalen fehlen der AD noch etwa 18 Mandate.", "de", "Даже с либералами альянсу не хватает около 18 мест.", "ru"),
        ("A la AD le faltarían 18 diputados para la mayoría.", "es", "The AD would not have the 18 seats it needs for a majority.", "en"),
        ("L'AD reste loin de la majorité absolue de 116 sièges.", "fr", "ДА не смог получить абсолютного большинства в 116 мест.", "ru"),
        ("The AD fell well short of a majority in the 230-seat parliament.", "en", "但未能获得议会230个议席中的绝对多数。", "zh"),
        ("La AD quedó lejos de la mayoría absoluta.", "es", "AD salt çoğunluğu elde edemedi.", "tr"),
        ("社会党领导人拒绝承认失败。", "zh", "Socialist leader Santos did not concede defeat.", "en"),
        ("Альянсу недостаёт 18 мест до большинства.", "ru", "The alliance does not have the 18 seats it needs.", "en"),
        ("فشل التحالف في الحصول على الأغلبية.", "ar", "Das Bündnis hat keine Mehrheit erhalten.", "de"),
    ],
)
def test_a_negative_meaning_answers_a_negation(a, lang_a, b, lang_b):
    assert not negated(a, lang_a) and negative_meaning(a, lang_a)
    assert polarity_conflict(a, lang_a, b, lang_b) is None
    assert polarity_conflict(b, lang_b, a, lang_a) is None


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        ("« Ce résultat n'est pas seulement une victoire pour Montenegro, c'est aussi un avertissement. »", "fr",
         "This result is not only a win for Montenegro but also a warning.", "en"),
        ("Ce n'est pas uniquement une victoire, c'est un avertissement.", "fr", "Das ist nicht nur ein Sieg, sondern eine Warnung.", "de"),
        ("This is not just a win but a warning.", "en", "Это не только победа, но и предупреждение.", "ru"),
        ("Esto no únicamente es una victoria, sino una advertencia.", "es", "这不仅是一场胜利，也是一个警告。", "zh"),
        ("Ce n'est pas qu'une victoire, c'est un avertissement.", "fr", "It is not only a victory but a warning.", "en"),
        ("To nie jest tylko zwycięstwo, ale i ostrzeżenie.", "pl", "Es ist nicht nur ein Sieg.", "de"),
        ("Questo non è solo una vittoria.", "it", "Bu sadece bir zafer değil.", "tr"),
        ("Este resultado no es solo una victoria.", "es", "Этот результат не только победа.", "ru"),
        # "not … until", "not before": only after, a later time
        ("Los cuatro escaños de la emigración no se asignarán hasta el recuento del voto exterior.", "es",
         "Four seats elected abroad will only be allocated after the overseas ballots are counted.", "en"),
        ("The four seats won't be allocated until the overseas ballots are counted.", "en",
         "Die vier Mandate werden erst nach der Auszählung vergeben.", "de"),
        ("I quattro seggi non saranno assegnati fino al conteggio dei voti all'estero.", "it",
         "Les quatre sièges ne seront attribués qu'après le dépouillement.", "fr"),
        ("Les résultats ne seront pas publiés avant mercredi.", "fr", "Окончательные итоги будут объявлены в среду.", "ru"),
        ("Итоги будут объявлены не ранее среды.", "ru", "The results will be announced on Wednesday.", "en"),
    ],
)
def test_not_only_and_not_until_deny_nothing(a, lang_a, b, lang_b):
    assert not negated(a, lang_a)
    assert polarity_conflict(a, lang_a, b, lang_b) is None


@pytest.mark.parametrize(
    "a, lang_a, b, lang_b",
    [
        # a denial with no negative counterpart on the other side still conflicts
        ("The AD won a majority in parliament.", "en", "Die AD hat keine Mehrheit im Parlament gewonnen.", "de"),
        ("Santos conceded defeat on Wednesday.", "en", "Santos no reconoció la derrota.", "es"),
        ("Les sièges seront attribués mercredi.", "fr", "Los escaños no se asignarán.", "es"),
        ("The results were published until Wednesday.", "en", "The results were not published.", "en"),
        ("Sans doute la droite a gagné.", "fr", "La derecha no ganó.", "es"),
        ("Sin embargo, la derecha ganó.", "es", "Правые не победили.", "ru"),
    ],
)
def test_a_denial_without_a_negative_counterpart_still_conflicts(a, lang_a, b, lang_b):
    assert polarity_conflict(a, lang_a, b, lang_b) is not None


def _unit(doc: str, n: int, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s{n}", text, 0, len(text), lang)


def test_a_negation_stated_by_another_unit_of_the_claim_is_answered():
    """Two units of one document against one sentence of the other: the negation of the one sentence
    ("nadie ha recibido") is stated by the other unit ("has not given anyone"), so the first unit's
    affirmation ("We will wait") contradicts nothing."""
    wait = _unit("d1", 0, '"We will wait until every vote is counted," Santos said.', "en")
    cheque = _unit("d1", 1, '"The country has not given anyone a blank cheque."', "en")
    es = _unit("d2", 0, '"Esperaremos al último voto", dijo Santos, quien añadió que "nadie ha recibido un cheque en blanco".', "es")
    aligner = ClaimAligner(embed=None, conflict_checks=(_polarity_conflict,))
    pairs = [AlignedPair(wait, es, 0.8, 0.8, 0.0), AlignedPair(cheque, es, 0.78, 0.78, 0.0)]
    claim = aligner._claim("c1", [wait, cheque, es], pairs)
    assert claim.status == "shared" and claim.conflict is None


def test_an_unanswered_negation_in_a_claim_still_conflicts():
    won = _unit("d1", 0, "The dam was damaged by the quake.", "en")
    also = _unit("d1", 1, "The bridge was inspected on Monday.", "en")
    de = _unit("d2", 0, "Der Damm wurde durch das Beben nicht beschädigt.", "de")
    aligner = ClaimAligner(embed=None, conflict_checks=(_polarity_conflict,))
    claim = aligner._claim("c1", [won, also, de], [AlignedPair(won, de, 0.8, 0.8, 0.0), AlignedPair(also, de, 0.76, 0.76, 0.0)])
    assert claim.status == "conflicting" and "d1 affirms, d2 denies" in (claim.conflict or "")


@pytest.mark.parametrize(
    "two_quotes, lang_a, one_quote, lang_b",
    [
        (("« Nous attendrons que toutes les voix soient comptées », a-t-il déclaré, ajoutant que « personne n'a reçu de "
          "chèque en blanc »."), "fr", '"Мы дождемся, пока будут подсчитаны все голоса", - сказал он.', "ru"),
        ('"Esperaremos al último voto", dijo Santos, quien añadió que "nadie ha recibido un cheque en blanco".', "es",
         '"We will wait for every vote," Santos said.', "en"),
        ("„Wir warten auf jede Stimme“, sagte Santos und fügte hinzu: „Niemand hat einen Blankoscheck bekommen.“", "de",
         "« Nous attendrons chaque voix », a déclaré Santos.", "fr"),
    ],
)
def test_a_denial_in_another_quotation_of_the_sentence_is_no_conflict(two_quotes, lang_a, one_quote, lang_b):
    """The sentence reports two quotations and denies only in the one the other side does not carry."""
    assert negated(two_quotes, lang_a) and not negated(one_quote, lang_b)
    assert polarity_conflict(two_quotes, lang_a, one_quote, lang_b) is None


@pytest.mark.parametrize(
    "two_quotes, lang_a, one_quote, lang_b",
    [
        # the denial outside the quotations, or in every quotation, still denies
        ("« Nous attendrons », a-t-il déclaré, ajoutant que « personne n'a reçu de chèque ». Il n'a pas reconnu sa défaite.",
         "fr", '"Мы дождемся", - сказал он.', "ru"),
        ('"No esperaremos", dijo Santos, y añadió que "nadie ha recibido un cheque".', "es", '"We will wait," Santos said.', "en"),
        # as many quotations on both sides: each is the other's
        ('"We will not wait," he said. "Nobody won," he added.', "en", '"Esperaremos", dijo. "Ganamos", añadió.', "es"),
    ],
)
def test_a_denial_the_other_quotations_do_not_explain_still_conflicts(two_quotes, lang_a, one_quote, lang_b):
    assert polarity_conflict(two_quotes, lang_a, one_quote, lang_b) is not None


def test_a_negation_stated_by_a_sibling_clause_of_the_sentence_is_answered():
    """A sentence cut into clause units: only "won … with 31.2%" joined the claim of the Chinese or Turkish
    sentence that also says "but failed to win a majority"; its sibling unit "but fell well short of a
    majority" (another claim) carries the negative side."""
    won = Unit("d1", "d1:s1", "Portugal's centre-right AD won Sunday's snap election with 31.2% of the vote,", 0, 77, "en")
    short = Unit("d1", "d1:s1", "but fell well short of a majority in the 230-seat parliament.", 78, 140, "en")
    tr = _unit("d2", 1, "Merkez sağ AD seçimi oyların yüzde 31,2'sini alarak kazandı ancak 230 sandalyeli parlamentoda "
                        "salt çoğunluğu elde edemedi.", "tr")
    zh = _unit("d3", 1, "中右翼民主联盟获得31.2%的选票，赢得议会230个议席中的89席，但未能获得绝对多数。", "zh")
    aligner = ClaimAligner(embed=None, conflict_checks=(_polarity_conflict,))
    siblings = {"d1:s1": [won, short]}
    for other in (tr, zh):
        claim = aligner._claim("c1", [won, other], [AlignedPair(won, other, 0.8, 0.8, 0.0)], None, siblings)
        assert claim.status == "shared" and claim.conflict is None


def test_a_sibling_clause_does_not_answer_a_one_clause_denial():
    """"The dam was damaged, but the bridge was not." against "Der Damm wurde nicht beschädigt.": the
    German sentence states one fact, the denial of the English unit's."""
    dam = Unit("d1", "d1:s0", "The dam was damaged,", 0, 20, "en")
    bridge = Unit("d1", "d1:s0", "but the bridge was not.", 21, 44, "en")
    de = _unit("d2", 0, "Der Damm wurde durch das Beben nicht beschädigt.", "de")
    aligner = ClaimAligner(embed=None, conflict_checks=(_polarity_conflict,))
    claim = aligner._claim("c1", [dam, de], [AlignedPair(dam, de, 0.8, 0.8, 0.0)], None, {"d1:s0": [dam, bridge]})
    assert claim.status == "conflicting"


def test_a_negative_unit_not_aligned_with_the_denial_does_not_answer_it():
    """"No one was hurt" (d1) joins the claim through another pair, not through the German denial: it
    says nothing of the dam, so "The dam was damaged" against "nicht beschädigt" still conflicts."""
    dam = _unit("d1", 0, "The dam was damaged by the quake.", "en")
    hurt = _unit("d1", 1, "No one was hurt at the dam, officials said.", "en")
    de = _unit("d2", 0, "Der Damm wurde durch das Beben nicht beschädigt.", "de")
    de2 = _unit("d2", 1, "Verletzt wurde am Damm niemand.", "de")
    aligner = ClaimAligner(embed=None, conflict_checks=(_polarity_conflict,))
    pairs = [AlignedPair(dam, de, 0.8, 0.8, 0.0), AlignedPair(hurt, de2, 0.8, 0.8, 0.0)]
    claim = aligner._claim("c1", [dam, hurt, de, de2], pairs)
    assert claim.status == "conflicting" and "d1 affirms, d2 denies" in (claim.conflict or "")



def test_an_answered_negation_stays_answered_when_another_conflict_names_every_side():
    """A third document's figure conflict makes the claim conflicting and sets every member against
    every other; the polarity the sibling clause answered ("but fell well short of a majority" for
    "salt çoğunluğu elde edemedi") must stay answered, not come back as "d2/d3: polarity"."""
    from storylens.report.pipeline import _Measures

    won = Unit("d1", "d1:s1", "Portugal's centre-right AD won Sunday's snap election with 31.2% of the vote,", 0, 77, "en")
    short = Unit("d1", "d1:s1", "but fell well short of a majority in the 230-seat parliament.", 78, 140, "en")
    tr = _unit("d2", 1, "Merkez sağ AD seçimi oyların yüzde 31,2'sini alarak kazandı ancak 230 sandalyeli parlamentoda "
                        "salt çoğunluğu elde edemedi.", "tr")
    other = _unit("d3", 1, "Portugal's centre-right AD won Sunday's snap election with 35.2% of the vote.", "en")
    measures = _Measures({"d1": "2026-11-30", "d2": "2026-11-30", "d3": "2026-11-30"})
    aligner = ClaimAligner(embed=None, conflict_checks=(measures.measure_conflicts, _polarity_conflict))
    pairs = [AlignedPair(won, tr, 0.8, 0.8, 0.0), AlignedPair(won, other, 0.9, 0.9, 0.0)]
    claim = aligner._claim("c1", [won, tr, other], pairs, None, {"d1:s1": [won, short]})
    assert claim.status == "conflicting" and "35.2" in (claim.conflict or "")
    assert "polarity" not in (claim.conflict or "")


@pytest.mark.parametrize("plain, denial, lang", [
    ("The suspect was arrested without resistance.", "The suspect was not arrested.", "en"),
    ("Die Polizei nahm den Mann ohne Widerstand fest.", "Die Polizei nahm den Mann nicht fest.", "de"),
    ("La police l'a arrêté sans résistance.", "La police ne l'a pas arrêté.", "fr"),
])
def test_a_privative_phrase_does_not_answer_a_denial_of_the_verb_in_one_language(plain, denial, lang):
    # Review: "without resistance" negates a phrase; "was not arrested" denies the arrest.
    assert polarity_conflict(plain, lang, denial, lang) is not None


def test_a_negative_meaning_of_the_same_thing_still_answers_in_one_language():
    assert polarity_conflict("The alliance failed to win a majority.", "en",
                             "The alliance did not win a majority.", "en") is None
