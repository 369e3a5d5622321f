"""Measure stances in every language we ingest (new-user trial 47 F15): cs, nl, pt, uk, ja and ko had no
`reversal_verbs` / `continued_states` / `measure_nouns` data, so "The bridge was reopened" against the Czech,
Dutch, Portuguese, Ukrainian or Japanese "the bridge stays closed" was no conflict, and "stays closed" against
"did not lift the closure" could not be read as one fact. The data is per language (text/data)."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import measure_keys, measure_stance
from storylens.report.pipeline import _measure_stance_conflict

_CASES = [
    # (language, kept, lifted, a sentence naming the measure with no stance)
    ("cs", "Most zůstává uzavřen.", "Most byl znovu otevřen.", "Most přes Vltavu byl postaven v roce 1901."),
    ("cs", "Silnice zůstane uzavřena až do pondělí.", "Úřady zrušily zákaz vycházení.", "Silnice vede přes hory."),
    ("nl", "De brug blijft dicht.", "De brug is heropend.", "De brug werd in 1901 gebouwd."),
    ("nl", "De snelweg blijft tot maandag afgesloten.", "De autoriteiten hebben de avondklok opgeheven.",
     "De snelweg loopt langs de kust."),
    ("pt", "A ponte continua fechada.", "A ponte foi reaberta.", "A ponte foi construída em 1901."),
    ("pt", "A estrada permanecerá interditada até segunda-feira.", "As autoridades revogaram o toque de recolher.",
     "A estrada liga as duas cidades."),
    ("uk", "Міст залишається закритим.", "Міст знову відкрили.", "Міст збудували у 1901 році."),
    ("uk", "Дорога залишиться перекритою до понеділка.", "Влада скасувала комендантську годину.",
     "Дорога веде через гори."),
    ("ja", "橋は閉鎖されたままだ。", "橋の通行止めが解除された。", "橋は1901年に建設された。"),
    ("ja", "道路は月曜日まで通行止めが続く。", "当局は外出禁止令を解除した。", "道路は山を通っている。"),
    ("ko", "다리는 여전히 폐쇄된 상태다.", "다리가 다시 개통됐다.", "다리는 1901년에 건설됐다."),
    ("ko", "도로는 월요일까지 통제가 계속된다.", "당국은 통행금지를 해제했다.", "도로는 산을 지난다."),
]


@pytest.mark.parametrize(("lang", "kept", "lifted", "plain"), _CASES)
def test_every_language_reads_a_measure_kept_and_lifted(lang, kept, lifted, plain):
    assert measure_stance(kept, lang) == "kept"
    assert measure_stance(lifted, lang) == "lifted"
    assert measure_stance(plain, lang) is None
    assert measure_keys(kept, lang) and measure_keys(plain, lang)


@pytest.mark.parametrize(("text", "lang"), [
    ("Most zůstává uzavřen.", "cs"),
    ("De brug blijft dicht.", "nl"),
    ("A ponte continua fechada.", "pt"),
    ("Міст залишається закритим.", "uk"),
    ("橋は閉鎖されたままだ。", "ja"),
    ("다리는 여전히 폐쇄된 상태다.", "ko"),
])
def test_stays_closed_against_reopened_conflicts_across_languages(text, lang):
    def unit(doc: str, t: str, lg: str) -> Unit:
        return Unit(doc, f"{doc}-s1", t, 0, len(t), lg)

    assert measure_keys(text, lang) == measure_keys("The bridge was reopened.", "en") == frozenset({"bridge"})
    assert _measure_stance_conflict(unit("d1", "The bridge was reopened.", "en"), unit("d2", text, lang)) == [
        "measure: d1 lifted, d2 kept"]
    # another place is another measure: "the airport reopened" is no answer to "the bridge stays closed"
    assert _measure_stance_conflict(unit("d1", "The airport reopened on Monday.", "en"), unit("d2", text, lang)) == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Záchranáři znovu otevřeli pátrání.", "cs"),
    ("Het onderzoek blijft gesloten.", "nl"),
    ("Os socorristas reabriram as buscas.", "pt"),
    ("Справа залишається закритою.", "uk"),
    ("捜索が再開された。", "ja"),
    ("수색이 재개됐다.", "ko"),
])
def test_no_measure_no_stance(text, lang):
    # the search reopened, the case stays closed: no measure named
    assert measure_stance(text, lang) is None
