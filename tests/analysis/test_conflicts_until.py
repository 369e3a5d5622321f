"""The negation particle of an "until" clause denies nothing (new-user trial, a mine collapse near
Copiapó told in nine languages): "they will stay underground until rescuers reach them" against
«finché non arrivano i soccorritori» or «пока не прибудут спасатели» was a false polarity conflict.
The clauses are language data (text/data "until_clauses"); a denial in the main clause still denies."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict

_EN = "The 14 miners will stay underground until rescuers reach them, the mine's operator said."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("I 14 minatori resteranno sottoterra finché non arrivano i soccorritori, ha detto l'azienda.", "it"),
        ("Горняки останутся под землёй, пока не прибудут спасатели, сообщила компания.", "ru"),
        ("Шахтёры будут ждать до тех пор, пока не подойдёт спасательная бригада.", "ru"),
        ("Les 14 mineurs resteront sous terre jusqu'à ce que les secours ne les aient atteints.", "fr"),
        ("Les mineurs attendront au fond avant que les sauveteurs n'arrivent.", "fr"),
        ("Die 14 Bergleute bleiben unter Tage, bis die Retter sie nicht erreicht haben.", "de"),
        ("Los 14 mineros permanecerán bajo tierra hasta que no lleguen los rescatistas.", "es"),
        ("14 górników pozostanie pod ziemią, dopóki nie dotrą do nich ratownicy.", "pl"),
        ("14 madenci, kurtarma ekipleri ulaşmayana kadar yerin altında kalacak.", "tr"),
        ("在救援人员没有到达之前，14名矿工将留在井下。", "zh"),
        ("سيبقى عمال المناجم الـ14 تحت الأرض حتى لا يتعرضوا للخطر قبل وصول فرق الإنقاذ.", "ar"),
    ],
)
def test_until_clause_is_no_denial(text, lang):
    assert not negated(text, lang)
    assert polarity_conflict(_EN, "en", text, lang) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        # a denial in the main clause, or "not yet" / "until now" that is no until clause, still denies
        ("Las autoridades no confirmaron cuántos mineros siguen atrapados.", "es"),
        ("Причины обрушения пока не установлены.", "ru"),
        ("Die Ursache wird bis Montag nicht bekannt sein.", "de"),
        ("Bis Montag wird nicht entschieden, ob die Grube geschlossen wird.", "de"),
        ("Solange die Retter nicht eintreffen, bleiben die Bergleute unter Tage; sie sind nicht verletzt.", "de"),
        ("حتى وصول فرق الإنقاذ، لن يتمكن العمال من الخروج.", "ar"),
        ("لم يتم التوصل حتى الآن إلى العمال المحاصرين.", "ar"),
        ("I soccorritori non hanno ancora raggiunto i minatori, finché arriva la sonda.", "it"),
        ("Sie bleiben unter Tage; erst wenn die Retter kommen, können sie nicht allein hinaus.", "de"),
        ("Kurtarma ekipleri madencilere henüz ulaşamadı.", "tr"),
        ("救援人员尚未到达被困矿工所在位置。", "zh"),
    ],
)
def test_main_clause_denial_still_denies(text, lang):
    assert negated(text, lang)


def test_the_ledger_polarity_check_reads_until_clauses():
    """The claim ledger's check (report.pipeline._polarity_conflict) on the trial's pair."""
    from storylens.analysis.claims import Unit
    from storylens.report.pipeline import _polarity_conflict

    it = "I 14 minatori resteranno sottoterra finché non arrivano i soccorritori."
    denial = "I 14 minatori non resteranno sottoterra."
    en_unit, it_unit = Unit("d1", "d1:s0", _EN, 0, len(_EN), "en"), Unit("d2", "d2:s0", it, 0, len(it), "it")
    assert _polarity_conflict(en_unit, it_unit) == []
    assert _polarity_conflict(en_unit, Unit("d3", "d3:s0", denial, 0, len(denial), "it"))


# "not X until Y" is "X only after Y" (trial 13, a wildfire told in six languages): English read it as no
# denial, the other languages kept the main verb's negation, a false "polarity (clause 2)" conflict on
# every pair with English. Each language's form of it reads the same way, in every clause comparison.
_EN_UNTIL = "This fire is not under control and it will not be contained until we get significant rain."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Cet incendie n'est pas maîtrisé et il ne le sera pas tant que nous n'aurons pas de fortes pluies.", "fr"),
        ("Le barrage n'est pas fermé et il ne sera pas rouvert jusqu'à la fin de l'enquête.", "fr"),
        ("Dieses Feuer ist nicht unter Kontrolle, und es wird nicht eingedämmt sein, bis wir Regen bekommen.", "de"),
        ("Этот пожар не под контролем, и его не удастся сдержать, пока не пойдут сильные дожди.", "ru"),
        ("Ten pożar nie jest pod kontrolą i nie zostanie opanowany, dopóki nie spadnie deszcz.", "pl"),
        ("Este incendio no está bajo control y no será contenido hasta que tengamos lluvias importantes.", "es"),
    ],
)
def test_not_until_reads_as_only_after_in_each_clause(text, lang):
    assert polarity_conflict(_EN_UNTIL, "en", text, lang) is None
    assert polarity_conflict(text, lang, _EN_UNTIL, "en") is None


@pytest.mark.parametrize(
    "text",
    ["这场火灾尚未得到控制，在出现大量降雨之前无法扑灭。", "在选举之前不会公布结果。"],
)
def test_zh_negation_after_zhiqian_is_only_after(text):
    assert not negated(text.split("，")[-1], "zh")


@pytest.mark.parametrize(
    "text, lang",
    [
        # a denial with no until clause still denies; so does the until clause's own main clause elsewhere
        ("Il ne sera pas contenu, a dit le commissaire.", "fr"),
        ("Tant que le vent souffle, le feu ne sera pas maîtrisé.", "fr"),
        ("Das Feuer wird bis Montag nicht eingedämmt sein.", "de"),
        ("Пожар не удастся сдержать.", "ru"),
        ("Pożar nie zostanie opanowany.", "pl"),
        ("大火无法扑灭。", "zh"),
    ],
)
def test_plain_denial_still_denies(text, lang):
    assert negated(text, lang)


@pytest.mark.parametrize("text", [
    "« Nous ne lâcherons rien tant que les salaires ne seront pas augmentés », a déclaré le syndicat.",
    "Le syndicat ne reprendra plus le travail jusqu'à ce que l'accord soit signé.",
])
def test_a_french_denial_of_rien_jamais_plus_before_an_until_clause_is_the_english_not_until(text):
    # newuser66 HIGH: « Nous ne lâcherons rien tant que … » against "We will not give up anything until …" (one
    # quotation, translated) was a polarity conflict: the French until clause was read only after "ne … pas"
    english = '"We will not give up anything until wages are raised," the union said.'
    assert polarity_conflict(english, "en", text, "fr") is None


@pytest.mark.parametrize("text", [
    "Le syndicat ne lâchera rien.",
    # "avant" and a "tant que" of duration ("as long as", no expletive "ne … pas" in it) keep the denial (final66 M1)
    "Le chômage n'avait jamais été aussi bas avant la crise.",
    "Le suspect n'avait rien dit avant son arrestation.",
    "Il n'a jamais parlé tant qu'il était ministre.",
    "Les dockers ne céderont jamais tant que la direction refusera de négocier.",
    "Ils ne céderont jamais jusqu'à la fin.",
])
def test_a_french_denial_with_rien_jamais_plus_and_no_until_clause_still_denies(text):
    assert negated(text, "fr")


@pytest.mark.parametrize("text", ["No one was hurt in the blast, the police said.",
                                  # an English "no X until" is read as main reads it: a denial (a rule reading it as
                                  # "not X until" made "no vote until" / "no vote before" a conflict: newuser66b H1)
                                  "There will be no vote until the talks end.",
                                  "There has been no comment from the ministry until now.",
                                  "No arrests have been made until today."])
def test_an_english_no_without_an_until_clause_still_denies(text):
    assert negated(text, "en")
