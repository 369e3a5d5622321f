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
