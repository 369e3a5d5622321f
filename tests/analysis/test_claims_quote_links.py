"""Sentences carrying one quotation matched across languages are one claim (trial17 #13): Tusk's "This is
the end of the bad times, this is the end of PiS rule" was one claim in en, pl, de, ru, fr, it, and the
Arabic and Chinese renderings a second claim of their own, although the quote matcher linked both to the
English one: the Arabic sentence was matched to 2 of the other documents' units, under half of them."""

from __future__ import annotations

from storylens.analysis.claims import AlignedPair, Unit, _components

EN = Unit("d1", "d1:s7", '"This is the end of the bad times, this is the end of PiS rule," Tusk told supporters.', 0, 90, "en")
PL = Unit("d2", "d2:s7", "„To jest koniec złych czasów, to jest koniec rządów PiS” – mówił Donald Tusk.", 0, 80, "pl")
DE = Unit("d3", "d3:s5", "„Das ist das Ende der schlechten Zeiten, das ist das Ende der PiS-Herrschaft“, rief Tusk.", 0, 90, "de")
RU = Unit("d4", "d4:s6", "«Это конец плохих времён, это конец власти ПиС», — заявил Туск.", 0, 60, "ru")
AR = Unit("d5", "d5:s8", 'وقال توسك لأنصاره في وارسو "هذه نهاية الأوقات السيئة، هذه نهاية حكم حزب القانون والعدالة".', 0, 90, "ar")
ZH = Unit("d6", "d6:s7", "图斯克当晚在华沙对支持者说：“这是坏时代的结束，是法律与公正党统治的结束。”", 0, 38, "zh")
UNITS = [EN, PL, DE, RU, AR, ZH]


def _pairs(quoted: bool) -> list[AlignedPair]:
    plain = [(EN, PL, 0.9), (EN, DE, 0.9), (EN, RU, 0.88), (PL, DE, 0.85), (PL, RU, 0.84), (DE, RU, 0.83),
             (AR, ZH, 0.77)]
    # what the quote matcher matched: the Arabic quote with the English and Chinese ones only
    matched = [(ZH, EN, 0.71), (ZH, PL, 0.62), (ZH, RU, 0.61), (ZH, DE, 0.6), (AR, EN, 0.46)]
    return ([AlignedPair(a, b, s, s, 0.0) for a, b, s in plain]
            + [AlignedPair(a, b, s, s, 0.0, same_quote=quoted) for a, b, s in matched])


def test_one_matched_quotation_in_six_languages_is_one_claim():
    assert _components(UNITS, _pairs(quoted=True), 0.5) == [[0, 1, 2, 3, 4, 5]]


def test_without_the_quote_matcher_the_cohesion_rule_stands():
    groups = _components(UNITS, _pairs(quoted=False), 0.5)
    assert [4] in groups or [4, 5] in groups  # the Arabic unit is linked to 2 of 5 documents


def test_a_quote_link_does_not_join_two_actors():
    def apart(a: Unit, b: Unit) -> bool:
        return {a.doc, b.doc} == {"d5", "d2"}  # as if the Arabic speaker were another person

    groups = _components(UNITS, _pairs(quoted=True), 0.5, apart)
    assert not any({1, 4} <= set(g) for g in groups)
