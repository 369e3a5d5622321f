"""trial63 F2, F8 at the figure checks of a comparison, by kind, on small texts written for the tests.

F2: contradicting figures and days that StoryLens had parsed sat in shared claims: counts of men and of jobs
whose nouns two languages write their own ways were never compared ("Trois hommes" / "Four men", "1.200 empleos" /
"2.100 banen"); a claim joining a headline and a lede of each report compared only its closest pairs, so the
ledes' amounts ("€8m" / "8000万欧元") and days were never set side by side. F8: a part of a count written after its
figure ("zwölf von ihnen", "Twelve of the injured") was read as a second count, a clock time "15.10." as 15
October, a train's "IC 1834" as the year 1834, and a bare "28日" counted back from a borrowed date a month off."""

from __future__ import annotations

from storylens.analysis import quantities
from storylens.analysis.claims import Unit
from storylens.models import NOT_JUDGED, Claim, Document, Evidence, Sentence
from storylens.report.pipeline import _claim_wide_figures, _Measures


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s1", text, 0, len(text), lang)


def _doc(doc_id: str, lang: str, sentences: list[str], published: str | None = "2026-03-10") -> Document:
    rows, at = [], 0
    for i, text in enumerate(sentences):
        rows.append(Sentence(f"{doc_id}:s{i}", text, at, at + len(text), language=lang))
        at += len(text) + 2
    return Document(doc_id, f"{doc_id}.txt", "\n\n".join(sentences), tuple(rows), title=sentences[0],
                    published=published, language=lang)


def _claim(*docs: Document) -> Claim:
    ev = tuple(Evidence(d.id, s.id, s.text) for d in docs for s in d.sentences)
    return Claim("c1", "shared", ev[0].text, ev, docs=tuple(d.id for d in docs))


# -- counts of one noun two languages write their own ways -------------------------------------------------------


def test_men_counted_in_two_languages_disagree() -> None:
    m = _Measures({"d1": None, "d2": None})
    found = m.measure_conflicts(_unit("d1", "Deux hommes masqués ont attaqué le fourgon blindé.", "fr"),
                                _unit("d2", "Five masked men attacked the armoured van.", "en"))
    assert found == ["man: 2 vs 5"]
    assert not m.measure_conflicts(_unit("d1", "Cinque uomini hanno attaccato il furgone.", "it"),
                                   _unit("d2", "Five masked men attacked the armoured van.", "en"))


def test_jobs_and_workers_of_one_cut_disagree() -> None:
    m = _Measures({"d1": None, "d2": None})
    found = m.measure_conflicts(_unit("d1", "La fábrica suprimirá 800 empleos en dos años.", "es"),
                                _unit("d2", "De fabriek schrapt in twee jaar 650 banen.", "nl"))
    assert found == ["worker: 800 vs 650"]
    assert not m.measure_conflicts(_unit("d1", "A fábrica vai dispensar 800 trabalhadores.", "pt"),
                                   _unit("d2", "La fábrica suprimirá 800 empleos en dos años.", "es"))


# -- a part of a count written after its figure ------------------------------------------------------------------


def test_part_written_after_the_figure_is_no_second_count() -> None:
    de = quantities.extract_numbers("Bei dem Unfall wurden 31 Menschen verletzt, neun von ihnen schwer.", "de")
    assert [q.part for q in de] == [False, True]
    en = quantities.extract_numbers("Nine of the injured were taken to hospital in Leeds.", "en")
    assert [q.part for q in en] == [True]
    whole = quantities.extract_numbers("31 people were injured in the crash.", "en")
    assert not quantities.compare_numbers(whole, en)
    # a toll alone after "of them" is the whole toll of its event, still compared
    alone = quantities.extract_numbers("Quatre d'entre eux sont morts.", "fr")
    assert [q.part for q in alone] == [False]


# -- numbers that are no dates ------------------------------------------------------------------------------------


def _days(text: str, lang: str, published: str | None = "2026-03-10") -> list[str | None]:
    return [d.date for d in quantities.extract_dates(text, published=published, language=lang)]


def test_clock_time_with_a_sentence_stop_is_no_day() -> None:
    assert _days("La rapina è durata sei minuti, intorno alle 16.20.", "it") == []
    assert _days("Der Raub dauerte sechs Minuten, gegen 16.20.", "de") in ([], ["2026-03-10"])
    assert _days("Die Abstimmung ist am 16.02. geplant.", "de") == ["2026-02-16"]


def test_a_code_number_is_no_year() -> None:
    assert _days("Der Intercity EC 1947 entgleiste bei Leipzig.", "de") == []
    assert _days("The bridge was built in 1947.", "en") == ["1947"]
    assert _days("It was built in AD 1947.", "en") == ["1947"]


def test_bare_day_of_month_from_a_borrowed_date_is_no_date() -> None:
    text = "東京の美術館で14日午後、男2人が絵画を盗んだ。"
    own = _Measures({"d1": "2026-03-14"})
    assert [d.date for d in own.dates(text, "d1", "ja")] == ["2026-03-14"]
    borrowed = _Measures({"d1": "2026-03-13"}, assumed=frozenset({"d1"}))
    assert [d.date for d in borrowed.dates(text, "d1", "ja")] == []


def test_timeline_leaves_out_a_bare_day_of_a_borrowed_date() -> None:
    ja = _doc("d1", "ja", ["美術館で盗難", "東京の美術館で14日午後、男2人が絵画を盗んだ。"], published=None)
    en = _doc("d2", "en", ["Museum theft", "Two men stole a painting from a Tokyo museum on 14 March 2026."], "2026-03-13")
    rows = quantities.build_timeline([ja, en], {"d1": "2026-03-13", "d2": "2026-03-13"}, assumed=frozenset({"d1"}))
    assert all(e.date != "2026-02-14" for e in rows)


# -- figures of a claim's documents taken together ---------------------------------------------------------------


def test_claim_wide_amounts_that_differ_are_said_not_judged() -> None:
    en = _doc("d1", "en", ["Gallery robbed of €3m in paintings", "Two men stole paintings worth an estimated €3m."])
    zh = _doc("d2", "zh", ["美术馆遭窃", "两名男子盗走画作，损失估计达3000万欧元。"])
    out = _claim_wide_figures(_claim(en, zh), [en, zh], _Measures({"d1": en.published, "d2": zh.published}))
    assert out.status == "shared" and out.differs and "eur:" in out.differs and NOT_JUDGED in out.differs


def test_claim_wide_amounts_of_one_side_matched_stay_quiet() -> None:
    es = _doc("d1", "es", ["El banco compra a su rival", "Pagará 900 millones de euros y ahorrará 120 millones de euros al año."])
    pt = _doc("d2", "pt", ["O banco compra o rival", "A operação prevê poupanças de 120 milhões de euros por ano."])
    out = _claim_wide_figures(_claim(es, pt), [es, pt], _Measures({"d1": es.published, "d2": pt.published}))
    assert out.differs is None


def test_claim_wide_days_that_differ_are_said_not_judged() -> None:
    fr = _doc("d1", "fr", ["Braquage", "Deux hommes ont braqué la bijouterie mardi après-midi."], "2026-03-11")
    ru = _doc("d2", "ru", ["Ограбление", "Двое мужчин в понедельник ограбили ювелирный магазин."], "2026-03-11")
    out = _claim_wide_figures(_claim(fr, ru), [fr, ru], _Measures({"d1": fr.published, "d2": ru.published}))
    assert out.differs and out.differs.startswith("date: ") and "2026-03-10" in out.differs and "2026-03-09" in out.differs
    same = _doc("d3", "ru", ["Ограбление", "Двое мужчин во вторник ограбили ювелирный магазин."], "2026-03-11")
    assert _claim_wide_figures(_claim(fr, same), [fr, same], _Measures({"d1": fr.published, "d3": same.published})).differs is None


def test_claim_wide_names_which_documents_agree() -> None:
    en = _doc("d1", "en", ["Gallery robbed of €3m in paintings", "Two men stole paintings worth an estimated €3m."])
    zh = _doc("d2", "zh", ["美术馆遭窃", "两名男子盗走画作，损失估计达3000万欧元。"])
    fr = _doc("d3", "fr", ["Vol au musée", "Deux hommes ont volé des tableaux estimés à 3 millions d'euros."])
    measures = _Measures({d.id: d.published for d in (en, zh, fr)})
    differs = _claim_wide_figures(_claim(en, zh, fr), [en, zh, fr], measures).differs
    assert differs is not None and "(d1, d3) vs 3000万欧元 (d2)" in differs


def test_claim_wide_days_leave_out_a_day_ahead() -> None:
    # one plan read two ways: a weekday read back to last week on one side, ahead on the other
    pl = _doc("d1", "pl", ["Strajk", "Przedstawiciele ministerstwa mają przyjechać do portu w piątek."], "2026-03-11")
    uk = _doc("d2", "uk", ["Страйк", "Представники міністерства мають прибути до порту в п'ятницю."], "2026-03-11")
    measures = _Measures({"d1": pl.published, "d2": uk.published})
    days = [str(d.date) for doc in (pl, uk) for d in measures.dates(doc.sentences[1].text, doc.id, doc.language)]
    assert len(set(days)) == 2  # the two readings differ: one is a day ahead of the reports
    assert _claim_wide_figures(_claim(pl, uk), [pl, uk], measures).differs is None


# -- a header's date lines date the reports, not the story -------------------------------------------------------


def test_publication_stamps_of_two_days_are_no_date_conflict() -> None:
    m = _Measures({"d1": "2026-03-10", "d2": "2026-03-11"})
    fr = Unit("d1", "d1:s2", "Publié le 10/03/2026 à 18:05, mis à jour le 10/03/2026 à 20:40", 0, 62, "fr")
    it = Unit("d2", "d2:s1", "11 marzo 2026 (modifica il 11 marzo 2026 | 07:55)", 0, 50, "it")
    assert m.stamp_line(fr) and m.stamp_line(it)
    assert m.date_conflicts(fr, it) == []
    # the story's own days still disagree
    body_fr = Unit("d1", "d1:s5", "Le vol a eu lieu le 9 mars 2026 dans la matinée.", 0, 48, "fr")
    body_it = Unit("d2", "d2:s5", "Il furto è avvenuto l'8 marzo 2026 in mattinata.", 0, 49, "it")
    assert not m.stamp_line(body_fr) and m.date_conflicts(body_fr, body_it)


def test_a_clause_of_dates_is_no_stamp() -> None:
    text = "Der Ausstand soll 48 Stunden dauern und am Freitag um 2.00 Uhr enden."
    m = _Measures({"d1": "2026-03-10"}, sentences={"d1": (("d1:s2", text, "de"),)})
    clause = Unit("d1", "d1:s2", "und am Freitag um 2.00 Uhr enden.", 36, len(text), "de")
    assert not m.stamp_line(clause)
    assert m.stamp_line(Unit("d1", "d1:s1", "10.03.2026, 18:05", 0, 17, "de"))


def test_a_short_sentence_of_a_date_is_no_stamp() -> None:
    m = _Measures({"d1": "2026-03-10"})
    assert not m.stamp_line(Unit("d1", "d1:s1", "列车于3月9日脱轨。", 0, 10, "zh"))
    assert not m.stamp_line(Unit("d1", "d1:s1", "Der Zug entgleiste am 9. März.", 0, 30, "de"))
