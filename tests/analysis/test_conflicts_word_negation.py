"""A negation that forms a word is no denial (trial 15 #2: the Lagarde quote of an ECB rate cut was a
polarity conflict in Chinese and Arabic, whose "uncertainty" is written with the negation 不 / غير as
English "un-" is). Statements that do deny stay negated in the same languages."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity

EN_QUOTE = "We are in a good place to navigate the uncertain circumstances that will be coming up."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("拉加德说：“我们处于有利位置，能够应对未来的不确定性。”", "zh"),
        ("贸易不平衡和价格不稳定仍是主要风险。", "zh"),
        ("市场的不可预测性上升。", "zh"),
        ("وقالت لاغارد: «نحن في وضع جيد يسمح لنا بمواجهة الظروف غير المؤكدة المقبلة».", "ar"),
        ("وحذرت من أوضاع غير مستقرة في الأسواق.", "ar"),
        ("Una organización no gubernamental publicó el informe.", "es"),
        ("Un'organizzazione non governativa ha pubblicato il rapporto.", "it"),
    ],
)
def test_a_negation_inside_a_word_denies_nothing(text, lang):
    assert not negated(text, lang)
    assert polarity(EN_QUOTE, "en", text, lang) is None


@pytest.mark.parametrize(
    "text, lang",
    [
        ("欧洲央行没有降息。", "zh"),
        ("拉加德说，我们不确定会再次降息，但不会停止。", "zh"),
        ("لم يخفض البنك المركزي الأوروبي أسعار الفائدة.", "ar"),
        # "untrue" / "inaccurate" as a predicate deny the report (the review of fixh: غير + any word was a form)
        ("وقال المتحدث إن التقرير غير صحيح.", "ar"),
        ("البيانات غير دقيقة.", "ar"),
        ("El banco no bajó los tipos.", "es"),
        ("La banca non ha tagliato i tassi.", "it"),
    ],
)
def test_a_statement_negation_still_denies(text, lang):
    assert negated(text, lang)


def test_affirmed_keeps_the_negations_that_deny_nothing():
    """The fact a denial denies keeps "لا يزال" (still) and "غير مستقر" (unstable): only the denial's
    "غير صحيح" goes (final27 N2)."""
    from storylens.analysis.conflicts import affirmed

    text = "وقالت الشرطة إن تقريرا عن سقوط قتلى غير صحيح، مشيرة إلى أن الوضع لا يزال غير مستقر."
    assert affirmed(text, "ar") == "وقالت الشرطة إن تقريرا عن سقوط قتلى صحيح، مشيرة إلى أن الوضع لا يزال غير مستقر."
