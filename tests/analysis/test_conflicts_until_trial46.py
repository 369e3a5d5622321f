""""We will not rest until every missing person is found" in every language we ingest (new-user trial 46
W2, a ferry capsized in the Sea of Marmara): English drops "not … until …" whole (no denial), but Arabic
kept «لن» before its «حتى» clause, Italian "finché non" was not a form of it, German "keine Ruhe geben, bis",
Chinese «…之前，我们不会停止» / «不会停止，直到…» / «决不罢休» neither: "polarity: d1 affirms, d2 denies" on the
story's central quote. Turkish read "etmeyeceğiz" (we will not) as no negation at all, so a real
denial there was no conflict. The forms are language data (text/data "until_clauses", tr "negation_form")."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import negated, polarity_conflict

_EN = "We will not rest until every missing person is found, the transport minister said."
_EN_REPORTED = "The transport minister said they would not stop until every missing person was found."


@pytest.mark.parametrize(
    "text, lang",
    [
        ("وقال وزير النقل \"لن نرتاح حتى نعثر على كل مفقود\".", "ar"),
        ("قال الوزير إنهم لن يتوقفوا حتى يتم العثور على كل مفقود.", "ar"),
        ("\"Non ci fermeremo finché non avremo trovato ogni disperso\", ha detto il ministro.", "it"),
        ("Il ministro ha detto che non si fermeranno fino a quando non avranno trovato ogni disperso.", "it"),
        ("Wir werden nicht ruhen, bis jeder Vermisste gefunden ist, sagte der Minister.", "de"),
        ("Wir werden keine Ruhe geben, bis jeder Vermisste gefunden ist, sagte der Minister.", "de"),
        ("\"No descansaremos hasta encontrar a cada desaparecido\", dijo el ministro.", "es"),
        ("Nous ne nous arrêterons pas tant que chaque disparu n'aura pas été retrouvé, a dit le ministre.", "fr"),
        ("\"Nie spoczniemy, dopóki nie odnajdziemy każdego zaginionego\" - powiedział minister.", "pl"),
        ("Мы не остановимся, пока не найдём каждого пропавшего, заявил министр.", "ru"),
        ("\"Her kayıp bulunana kadar durmayacağız\" dedi Ulaştırma Bakanı.", "tr"),
        ("Bakan, kayıp herkes bulunana kadar çalışmalara ara vermeyeceklerini söyledi.", "tr"),
        ("交通部长说，在找到每一名失踪者之前，我们不会停止。", "zh"),
        ("交通部长说，我们不会停止，直到找到每一名失踪者。", "zh"),
        ("交通部长说，不找到每一名失踪者，我们决不罢休。", "zh"),
    ],
)
def test_not_rest_until_is_the_same_statement_in_every_language(text, lang):
    assert not negated(text, lang)
    for en in (_EN, _EN_REPORTED):
        assert polarity_conflict(en, "en", text, lang) is None
        assert polarity_conflict(text, lang, en, "en") is None


_EN_APPEAL, _EN_NO_APPEAL = "The company said it will appeal the ruling.", "The company said it will not appeal the ruling."


@pytest.mark.parametrize(
    "denial, affirmation, lang",
    [
        ("Die Firma sagte, sie werde keine Berufung einlegen.", "Die Firma sagte, sie werde Berufung einlegen.", "de"),
        ("قالت الشركة إنها لن تستأنف الحكم.", "قالت الشركة إنها ستستأنف الحكم.", "ar"),
        ("L'azienda ha detto che non ricorrerà in appello.", "L'azienda ha detto che ricorrerà in appello.", "it"),
        ("La empresa dijo que no apelará el fallo.", "La empresa dijo que apelará el fallo.", "es"),
        ("L'entreprise a dit qu'elle ne fera pas appel.", "L'entreprise a dit qu'elle fera appel.", "fr"),
        ("Firma zapowiedziała, że nie będzie się odwoływać od wyroku.", "Firma zapowiedziała, że odwoła się od wyroku.", "pl"),
        ("Компания заявила, что не будет обжаловать решение.", "Компания заявила, что будет обжаловать решение.", "ru"),
        ("Şirket karara itiraz etmeyeceğini açıkladı.", "Şirket karara itiraz edeceğini açıkladı.", "tr"),
        ("Şirket, \"Karara itiraz etmeyeceğiz\" dedi.", "Şirket, \"Karara itiraz edeceğiz\" dedi.", "tr"),
        ("公司表示不会上诉。", "公司表示将会上诉。", "zh"),
    ],
)
def test_a_real_denial_is_still_a_conflict(denial, affirmation, lang):
    assert negated(denial, lang) and not negated(affirmation, lang)
    assert polarity_conflict(_EN_APPEAL, "en", denial, lang) is not None
    assert polarity_conflict(_EN_NO_APPEAL, "en", affirmation, lang) is not None


@pytest.mark.parametrize(
    "text, lang",
    [
        # a negation with no "until" clause of its own, or "until now" / "so far", still denies
        ("لم يتم العثور على أي ناجين حتى الآن.", "ar"),
        ("Bu kadar büyük bir kaza görmedik.", "tr"),
        ("Şu ana kadar hiçbir can kaybı olmadı.", "tr"),
        ("Es gab keine Verletzten.", "de"),
        ("事故发生之前，船上没有乘客。", "zh"),
    ],
)
def test_a_denial_beside_an_until_word_still_denies(text, lang):
    assert negated(text, lang)
