"""Two leads that date one event on two days, put in two claims that cross over only halfway (final29 #2):
the Russian lead «ЕЦБ в среду, 4 июня, снизил …» joined the English deposit-rate sentence (next to the
English lead), the English lead "… on Thursday" was unique. Trial 15 had "date: on Thursday vs в среду / 4
июня" in every compare; once the Russian rates sentence stayed one unit the two-document compare lost it."""

from __future__ import annotations

from storylens.models import Claim, Document, Evidence, Sentence
from storylens.report.pipeline import _Measures, _split_lead_dates

EN = ("ECB cuts rates to 2%",
      "The European Central Bank cut interest rates for the eighth time in a year on Thursday.",
      "The ECB lowered its deposit facility rate by 25 basis points to 2.00%.")
RU = ("ЕЦБ снизил ключевые ставки в восьмой раз подряд",
      "Европейский центральный банк (ЕЦБ) в среду, 4 июня, снизил базовые процентные ставки на 25 базисных пунктов.",
      "Это восьмое снижение ставок с июня прошлого года.")


def _doc(doc: str, lang: str, texts: tuple[str, ...]) -> Document:
    sentences = tuple(Sentence(f"{doc}:s{k}", t, 0, len(t), language=lang) for k, t in enumerate(texts))
    return Document(doc, f"{doc}.txt", "\n".join(texts), sentences, published="2025-06-05", language=lang)


def _claim(cid: str, *members: tuple[str, int, tuple[str, ...]]) -> Claim:
    evidence = tuple(Evidence(doc, f"{doc}:s{k}", texts[k]) for doc, k, texts in members)
    docs = tuple(dict.fromkeys(doc for doc, _, _ in members))
    return Claim(cid, "shared" if len(docs) > 1 else "unique", evidence[0].text, evidence, docs=docs)


DOCS = [_doc("d1", "en", EN), _doc("d2", "ru", RU)]


def _run(claims: list[Claim]) -> list[Claim]:
    return _split_lead_dates(claims, DOCS, _Measures({"d1": "2025-06-05", "d2": "2025-06-05"}), {})


def test_a_unique_dated_lead_against_the_other_lead_beside_its_next_sentence():
    claims = [_claim("c1", ("d1", 0, EN), ("d2", 0, RU)),
              _claim("c2", ("d1", 2, EN), ("d2", 1, RU)),  # the Russian lead with the deposit-rate sentence
              _claim("c3", ("d1", 1, EN))]  # the English lead, unique
    out = _run(claims)
    assert out[1].status == "conflicting" and "on Thursday" in (out[1].conflict or "") and "в среду" in (out[1].conflict or "")
    assert out[2].status == "unique" and out[0].status == "shared"


def test_no_date_conflict_when_the_dated_lead_is_no_unique_claim():
    # the English lead's claim holds a Russian sentence (not next to the Russian lead): it was aligned,
    # so the half cross-over does not apply
    ru = (*RU, "Следующее заседание ЕЦБ состоится в июле.")
    docs = [DOCS[0], _doc("d2", "ru", ru)]
    claims = [_claim("c1", ("d1", 0, EN), ("d2", 0, ru)),
              _claim("c2", ("d1", 2, EN), ("d2", 1, ru)),
              _claim("c3", ("d1", 1, EN), ("d2", 3, ru))]
    out = _split_lead_dates(claims, docs, _Measures({"d1": "2025-06-05", "d2": "2025-06-05"}), {})
    assert [c.status for c in out] == ["shared", "shared", "shared"]
