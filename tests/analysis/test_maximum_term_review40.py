"""review40: the "maximum term" (a threat governing a prison term: "faces up to 10 years", trial47 F4) had no cue in
Arabic, Japanese and Korean, and only "boven het hoofd" in Dutch, though their text data reads penalties: "يواجه …
تصل إلى 10 سنوات", "最高で懲役10年", "최고 징역 10년", "riskeert 10 jaar cel" were sentences, and so a conflict
with "sentenced to 8 years" in the other text. Text data "term_cues" "maximum" / "up_to" for the four; the CJK
cues only where the maximum governs a penalty or a figure ("最高裁", the supreme court, "최고법원", "최대 규모", the
largest, are no maximum). Sentences written for these tests in the manner of wire reports."""

from __future__ import annotations

import pytest

from storylens.analysis.conflicts import filter_numbers
from storylens.analysis.quantities import extract_numbers


def _kinds(text: str, lang: str) -> dict[str, list[str]]:
    return {k: [n.text for n in v] for k, v in filter_numbers(text, extract_numbers(text, lang), lang).items()}


@pytest.mark.parametrize(("text", "lang"), [
    ("ويواجه المتهم عقوبة السجن لمدة تصل إلى 10 سنوات.", "ar"),
    ("يواجه المتهم السجن 10 سنوات إذا أدين.", "ar"),
    ("被告には最高で懲役10年の刑が科される可能性がある。", "ja"),
    ("被告は最長で懲役10年の刑に問われる。", "ja"),
    ("피고인은 최고 징역 10년에 처해질 수 있다.", "ko"),
    ("Hij riskeert een celstraf van 10 jaar.", "nl"),
    ("De verdachte riskeert maximaal 10 jaar cel.", "nl"),
])
def test_a_threat_governing_its_term_is_a_maximum(text, lang):
    assert _kinds(text, lang).get("maximum term") == ["10"]


@pytest.mark.parametrize(("text", "lang"), [
    ("وحكم عليه بالسجن 8 سنوات.", "ar"),
    ("قضت المحكمة بسجنه 8 سنوات بعد أن واجه المحاكمة منذ مارس.", "ar"),
    ("被告に懲役8年の判決が言い渡された。", "ja"),
    ("最高裁は懲役8年の判決を支持した。", "ja"),
    ("国内最大の詐欺事件で、被告に懲役8年の判決が言い渡された。", "ja"),
    ("피고인에게 징역 8년이 선고됐다.", "ko"),
    ("최고법원은 징역 8년을 확정했다.", "ko"),
    ("사상 최대 규모의 사기 사건으로 징역 8년이 선고됐다.", "ko"),
    ("Hij werd veroordeeld tot 8 jaar cel.", "nl"),
    ("Hij werd veroordeeld tot 8 jaar cel omdat hij levens riskeerde.", "nl"),
])
def test_a_sentence_is_a_term(text, lang):
    assert _kinds(text, lang).get("term") == ["8"]
