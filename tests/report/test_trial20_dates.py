"""Trial 20's date defects, each a kind:

* #7 a month after a past verb is the last one ("a programme agreed with Calvera in March" in an article of 26
  November 2026 is March 2026, not 2027; text data "past_form" of each language), and an act dated before
  publication is no act dated after it (no date conflict with "the mission will arrive on 7 December");
* #9 the planted date of a lead ("ve středu 25. listopadu") is compared with every other lead that dates the
  event, not only the ones its claim's closest pairs hold, and a header line cut into fragments pushes no lead out
  of the opening; a day of the month alone ("26日宣布") is a date."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Claim, Evidence, Unit
from storylens.analysis.quantities import extract_dates
from storylens.models import Document, Sentence
from storylens.report.pipeline import _Measures, _split_lead_dates

PUB = "2026-11-26"


@pytest.mark.parametrize("text, lang, date", [
    ("The IMF is reviewing a $3 billion loan programme agreed with Calvera in March.", "en", "2026-03"),
    ("The talks ended on 3 February.", "en", "2026-02-03"),
    ("El FMI revisa un programa que el Gobierno firmó con el organismo en marzo.", "es", "2026-03"),
    ("МВФ рассматривает программу, которую согласовали с Кальверой в марте.", "ru", "2026-03"),
    ("Program, który MFW uzgodnił z Calverą w marcu, jest teraz oceniany.", "pl", "2026-03"),
    ("Le FMI examine un programme que le pays a signé en mars.", "fr", "2026-03"),
    ("Die Verhandlungen begannen im Januar.", "de", "2026-01"),
])
def test_a_month_after_a_past_verb_is_the_last_one(text, lang, date):
    assert [d.date for d in extract_dates(text, published=PUB, language=lang)] == [date]


@pytest.mark.parametrize("text, lang, date", [
    # the future and a present keep leaning ahead as before
    ("The programme will be agreed in March.", "en", "2027-03"),
    ("Elections are due in March.", "en", "2027-03"),
    ("The minister said elections are in February.", "en", "2027-02"),
    ("An IMF mission is due in San Evaristo on Dec. 7.", "en", "2026-12-07"),
])
def test_without_a_past_verb_the_lean_is_unchanged(text, lang, date):
    assert [d.date for d in extract_dates(text, published=PUB, language=lang)] == [date]


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


@pytest.mark.parametrize("a, b", [
    (("The IMF is reviewing a $3 billion loan programme agreed with Calvera in March.", "en"),
     ("国际货币基金组织正在审议一项30亿美元的贷款计划，该组织代表团将于12月7日抵达圣埃瓦里斯托。", "zh")),
    (("Die Regierung hatte das Abkommen am 3. Oktober unterzeichnet.", "de"),
     ("La delegación llegará el 10 de diciembre.", "es")),
])
def test_an_act_done_is_no_act_to_come(a, b):
    measures = _Measures({"d1": PUB, "d2": PUB})
    assert measures.date_conflicts(_unit("d1", *a), _unit("d2", *b)) == []


def test_two_past_dates_of_one_act_still_disagree():
    measures = _Measures({"d1": PUB, "d2": PUB})
    assert measures.date_conflicts(_unit("d1", "The bank raised its rate on Thursday.", "en"),
                                   _unit("d2", "Banka faizi çarşamba günü artırdı.", "tr"))


def test_date_side():
    from storylens.analysis.quantities import date_side

    (march,) = extract_dates("agreed in March", published=PUB, language="en")
    (december,) = extract_dates("on Dec. 7", published=PUB, language="en")
    (today,) = extract_dates("in November", published=PUB, language="en")
    assert (date_side(march, PUB), date_side(december, PUB), date_side(today, PUB), date_side(march, None)) == (-1, 1, 0, 0)


@pytest.mark.parametrize("text, lang, date", [
    ("卡尔韦拉中央银行26日宣布将基准利率上调150个基点至5.5%。", "zh", "2026-11-26"),
    ("政府は24日、新たな対策を発表した。", "ja", "2026-11-24"),
    ("该组织代表团将于28日抵达。", "zh", "2026-11-28"),
    ("会议于28日举行。", "zh", "2026-10-28"),
])
def test_a_day_of_the_month_alone_is_a_date(text, lang, date):
    assert [d.date for d in extract_dates(text, published=PUB, language=lang)] == [date]


@pytest.mark.parametrize("text", ["日元兑美元汇率下跌3%。", "工程将在3日内完成。"])
def test_yen_and_a_count_of_days_are_no_date(text):
    assert extract_dates(text, published=PUB, language="zh") == ()


def _doc(doc_id: str, lang: str, texts: list[str]) -> Document:
    sentences = tuple(Sentence(f"{doc_id}:s{i}", t, 0, len(t)) for i, t in enumerate(texts))
    return Document(id=doc_id, source=f"{doc_id}.txt", text=" ".join(texts), language=lang, published=PUB, sentences=sentences)


def _claim(cid: str, members: list[tuple[str, str, str]]) -> Claim:
    evidence = tuple(Evidence(doc, sid, text, 0, len(text)) for doc, sid, text in members)
    return Claim(cid, "shared", members[0][2], evidence, confidence=0.8, docs=tuple(dict.fromkeys(m[0] for m in members)))


def test_every_lead_of_a_claim_is_dated_against_the_others_and_fragments_are_no_lead():
    en = _doc("d1", "en", ["Calvera's central bank stuns markets with 150 bp hike",
                           "Calvera's central bank raised its benchmark interest rate to 5.50% on Thursday.",
                           "Analysts had expected a hold."])
    # a header line the segmenter cut in three, before the lead
    cs = _doc("d2", "cs", ["Calverská centrální banka nečekaně zvýšila sazby", "Hospodářské noviny, 26.", "11.",
                           "2026, Petr Novák",
                           "Calverská centrální banka ve středu 25. listopadu nečekaně zvýšila základní úrokovou sazbu."])
    tr = _doc("d3", "tr", ["Calvera Merkez Bankası faizi yükseltti",
                           "Calvera Merkez Bankası, politika faizini perşembe günü yüzde 5,5'e çıkardı."])
    docs = [en, cs, tr]
    lead = _claim("c1", [("d1", "d1:s1", en.sentences[1].text), ("d2", "d2:s4", cs.sentences[4].text),
                         ("d3", "d3:s1", tr.sentences[1].text)])
    rest = [_claim(f"c{i + 2}", [(d.id, s.id, s.text)]) for i, (d, s) in enumerate(
        (d, s) for d in docs for s in d.sentences if not any(e.sentence == s.id for e in lead.evidence))]
    measures = _Measures({d.id: PUB for d in docs})
    out = _split_lead_dates([lead, *rest], docs, measures, {})
    assert out[0].status == "conflicting"
    assert "d1/d2: date:" in (out[0].conflict or "") and "d2/d3: date:" in (out[0].conflict or "")


def test_a_lead_beside_the_headlines_is_dated_against_leads_aligned_elsewhere():
    # trial 20's trio: the Czech lead joined the headlines' claim, the English and Turkish leads a claim of
    # their own that holds nothing Czech
    en = _doc("d1", "en", ["Calvera's central bank stuns markets with 150 bp hike",
                           "Calvera's central bank raised its benchmark interest rate to 5.50% on Thursday."])
    tr = _doc("d2", "tr", ["Calvera Merkez Bankası faizi yükseltti",
                           "Calvera Merkez Bankası, politika faizini perşembe günü yüzde 5,5'e çıkardı."])
    cs = _doc("d3", "cs", ["Calverská centrální banka nečekaně zvýšila sazby",
                           "Calverská centrální banka ve středu 25. listopadu nečekaně zvýšila základní úrokovou sazbu."])
    heads = _claim("c1", [("d1", "d1:s0", en.sentences[0].text), ("d2", "d2:s0", tr.sentences[0].text),
                          ("d3", "d3:s0", cs.sentences[0].text), ("d3", "d3:s1", cs.sentences[1].text)])
    leads = _claim("c2", [("d1", "d1:s1", en.sentences[1].text), ("d2", "d2:s1", tr.sentences[1].text)])
    out = _split_lead_dates([heads, leads], [en, tr, cs], _Measures({"d1": PUB, "d2": PUB, "d3": PUB}), {})
    assert out[0].status == "conflicting" and out[1].status == "shared"
    assert "d1/d3: date:" in (out[0].conflict or "") and "d2/d3: date:" in (out[0].conflict or "")
