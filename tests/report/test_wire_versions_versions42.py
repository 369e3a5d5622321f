"""Trial52 F26/F11: a wire's own versions of one day are ordered by what the wire writes, in every wire language.

F26: two dpa versions ("Innsbruck (dpa) - 26. November 2026, 08:10 Uhr -" / "… 11:45 Uhr -", the second headed
"(Neu: Opferzahl gestiegen, A13 wieder frei)") were two sources with three conflicts, one "time: 08:10 Uhr vs 11:45
Uhr" (the dateline's date and time were left in the lead), published "-". F11: AFP's "(nouveau bilan)" gave no
"Versions" line (two versions of one day, no stamp: no order). A dateline's filing time and a wire's update
marker (dpa "(Neu: …)", AFP "(nouveau bilan)", EFE "(Ampliación)", ANSA "(aggiornamento)", TASS «(обновлено)»,
Reuters "UPDATE 2-", Yonhap "(종합2보)") now order two versions of one day; the one version rule is unchanged
(same outlet, kept sentences, same event), so another outlet's text or the next event stays apart.
"""

from __future__ import annotations

import pytest

from storylens.analysis.versions import filed_before, update_mark
from storylens.models import RawDocument
from storylens.report.compare import prepare_document
from storylens.report.pipeline import version_pairs

# (headline, dateline, body) per language: the body's {n} is the toll the update raises; the headline's {n} too.
WIRES = {
    "de": ("Busunglück in Tirol: {n} Tote", "Innsbruck (dpa) - 26. November 2026{t} -",
           ("Bei einem Busunglück auf der Brennerautobahn A13 bei Matrei sind am Donnerstagmorgen {n} Menschen ums "
           "Leben gekommen. Zehn Fahrgäste wurden verletzt, teilte die Polizei mit.\n\n"
           "Die Autobahn ist in Richtung Italien gesperrt, der Verkehr wird über die Bundesstraße umgeleitet.")),
    "fr": ("Coup de grisou en Turquie : au moins {n} morts", "Paris, 26 nov 2026{t} (AFP) -",
           ("Au moins {n} mineurs ont été tués jeudi dans un coup de grisou dans une mine de charbon de Zonguldak, "
           "dans le nord de la Turquie, a annoncé le gouverneur de la province.\n\n"
           "Les secours sont à pied d'œuvre et les familles attendent devant l'entrée du puits.")),
    "es": ("Un incendio en Valencia deja {n} muertos", "VALENCIA, 26 nov 2026{t} (EFE).-",
           ("Al menos {n} personas murieron este jueves en el incendio de un edificio de viviendas en Valencia, "
           "según informaron los bomberos.\n\nLos vecinos del inmueble fueron realojados en un hotel cercano.")),
    "it": ("Incendio a Jerez, {n} morti", "ROMA, 26 novembre 2026{t} (ANSA) -",
           ("Almeno {n} persone sono morte giovedì nell'incendio di una fabbrica alla periferia di Jerez, hanno "
           "riferito i vigili del fuoco.\n\nLe cause del rogo sono ancora in corso di accertamento.")),
    "ru": ("Пожар на складе в Подмосковье: {n} погибших", "МОСКВА, 26 ноября 2026{t} /ТАСС/.",
           ("По меньшей мере {n} человек погибли в четверг при пожаре на складе в Подмосковье, сообщили в МЧС.\n\n"
           "На месте работают пожарные расчеты, причины возгорания устанавливаются.")),
    "en": ("Bus crash in Peru kills {n}", "LIMA, Nov 26, 2026{t} (Reuters) -",
           ("At least {n} people were killed on Thursday when a bus plunged into a ravine in the Andes, police said.\n\n"
           "The bus was travelling from Lima to the city of Huancayo when it left the road.")),
}
NUMBERS = {"de": ("zwei", "drei"), "fr": ("cinq", "onze"), "es": ("3", "5"), "it": ("2", "4"), "ru": ("3", "5"),
           "en": ("8", "12")}
MARKERS = {"de": " (Neu: Opferzahl gestiegen)", "fr": " (nouveau bilan)", "es": " (Ampliación)",
           "it": " (aggiornamento)", "ru": " (обновлено)", "en": ""}
CLOCKS = {"de": (", 08:10 Uhr", ", 11:45 Uhr"), "fr": (", 08:10", ", 11:45"), "es": (", 08:10", ", 11:45"),
          "it": (", 08:10", ", 11:45"), "ru": (", 08:10", ", 11:45"), "en": (", 8:10 a.m.", ", 11:45 a.m.")}


def _text(lang: str, n: str, clock: str = "", marker: str = "", slug: str = "") -> str:
    head, dateline, body = WIRES[lang]
    return f"{slug}{head.format(n=n)}{marker}\n\n{dateline.format(t=clock)} {body.format(n=n)}"


def _docs(*texts: str):
    return [prepare_document(RawDocument(f"d{i}.txt", text), f"d{i}") for i, text in enumerate(texts, 1)]


@pytest.mark.parametrize("lang", sorted(WIRES))
def test_the_dateline_filing_time_is_read_and_leaves_the_lead(lang):
    old, new = _docs(_text(lang, NUMBERS[lang][0], CLOCKS[lang][0]), _text(lang, NUMBERS[lang][1], CLOCKS[lang][1]))
    assert (old.published, old.dateline_time, new.dateline_time) == ("2026-11-26", "08:10", "11:45")
    assert not any(ch.isdigit() for ch in old.sentences[1].text[:3])  # the lead opens with its words, not "26."
    assert old.outlet and old.outlet == new.outlet


@pytest.mark.parametrize("lang", sorted(WIRES))
@pytest.mark.parametrize("given", ["in order", "newest first"])
def test_two_timed_versions_of_one_day_are_one_article_updated(lang, given):
    old_n, new_n = NUMBERS[lang]
    texts = [_text(lang, old_n, CLOCKS[lang][0]), _text(lang, new_n, CLOCKS[lang][1])]
    docs = _docs(*(texts if given == "in order" else texts[::-1]))
    older, newer = ("d1", "d2") if given == "in order" else ("d2", "d1")
    assert version_pairs(docs) == {frozenset(("d1", "d2")): (older, newer)}


@pytest.mark.parametrize("lang", [lang for lang in sorted(WIRES) if MARKERS[lang]])
@pytest.mark.parametrize("given", ["in order", "newest first"])
def test_the_wire_update_marker_orders_two_untimed_versions(lang, given):
    old_n, new_n = NUMBERS[lang]
    texts = [_text(lang, old_n), _text(lang, new_n, marker=MARKERS[lang])]
    docs = _docs(*(texts if given == "in order" else texts[::-1]))
    older, newer = ("d1", "d2") if given == "in order" else ("d2", "d1")
    assert version_pairs(docs) == {frozenset(("d1", "d2")): (older, newer)}


def test_reuters_update_slugs_order_two_versions_by_their_numbers():
    old, new = _docs(_text("en", "12", slug="UPDATE 2-"), _text("en", "8", slug="UPDATE 1-"))
    assert version_pairs([old, new]) == {frozenset(("d1", "d2")): ("d2", "d1")}
    # the slug of a record's title is read as the text's first line's is
    titled = prepare_document(RawDocument("d3.txt", _text("en", "15").split("\n\n", 1)[1],
                                          metadata={"title": "UPDATE 3-Bus crash in Peru kills 15"}), "d3")
    assert titled.title == "Bus crash in Peru kills 15"
    assert version_pairs([new, titled]) == {frozenset(("d2", "d3")): ("d2", "d3")}


def test_without_time_or_marker_two_versions_of_one_day_stay_unordered():
    # no order known: the two texts' figures are two sources' figures, as before (no guess from the input order)
    assert version_pairs(_docs(_text("fr", "cinq"), _text("fr", "onze"))) == {}


def test_a_marker_never_makes_another_outlets_text_a_version():
    afp = _text("fr", "cinq")
    other = _text("fr", "onze", marker=MARKERS["fr"]).replace("(AFP)", "(Reuters)")
    assert version_pairs(_docs(afp, other)) == {}


def test_a_marker_never_makes_the_next_event_a_version():
    # the same outlet's report of another day's accident, marked as an update of its own first dispatch
    first = _text("de", "zwei", CLOCKS["de"][0])
    later = _text("de", "drei", marker=MARKERS["de"]).replace("26. November 2026", "2. Januar 2027").replace(
        "Donnerstagmorgen", "Samstagmorgen")
    assert version_pairs(_docs(first, later)) == {}


@pytest.mark.parametrize(("title", "slugs", "mark"), [
    ("Busunglück in Tirol: Drei Tote (Neu: Opferzahl gestiegen, A13 wieder frei)", (), 1),
    ("Erdbeben in Albanien (2. Zusammenfassung)", (), 2),
    ("Coup de grisou : au moins onze morts (nouveau bilan)", (), 1),
    ("Séisme en Turquie (actualisé)", (), 1),
    ("Incendio en Valencia (2ª Ampliación)", (), 2),
    ("Incendio a Jerez (aggiornamento)", (), 1),
    ("Incêndio em Lisboa (atualizado)", (), 1),
    ("Пожар в Москве (обновлено)", (), 1),
    ("Пожежа в Києві (оновлено)", (), 1),
    ("Pożar w Gdańsku (aktualizacja)", (), 1),
    ("Požár v Praze (aktualizováno)", (), 1),
    ("Brand in Gent (update)", (), 1),
    ("İstanbul'da yangın (güncellendi)", (), 1),
    ("زلزال في المغرب (محدث)", (), 1),
    ("江苏一养殖场发生火灾（更新）", (), 1),
    ("熊本で土砂崩れ（続報）", (), 1),
    ("일본 구마모토서 산사태(종합2보)", (), 2),
    ("Storm floods Florida streets (Updated)", (), 1),
    ("Portugal wildfire kills 12", ("UPDATE 2-",), 2),
    ("Portugal wildfire kills 12", ("EXCLUSIVE-",), 0),
    # no marker: ordinary headline words
    ("Busunglück in Tirol: Zwei Tote", (), 0),
    ("Neue Regeln für Busfahrer", (), 0),
    ("Die neue Bilanz der Bahn", (), 0),
    ("L'actualité de la semaine", (), 0),
    ("New York update on housing", (), 0),
    ("Neu-Ulm: Bus verunglückt", (), 0),
    ("Aggiornamento software per i treni", (), 0),
])
def test_update_marks_in_many_wire_languages(title, slugs, mark):
    assert update_mark(title, slugs) == mark


def test_filed_before_reads_days_then_times_then_marks():
    assert filed_before(("2026-11-25", "23:00", 1), ("2026-11-26", "01:00", 0)) is True  # the day first
    assert filed_before(("2026-11-26", "11:45", 0), ("2026-11-26", "08:10", 1)) is False  # a stated time over a mark
    assert filed_before(("2026-11-26", None, 1), ("2026-11-26", None, 0)) is False
    assert filed_before(("2026-11-26", None, 0), ("2026-11-26", None, 0)) is None


def test_a_wire_named_by_its_byline_and_by_its_dateline_is_one_source():
    # trial52 F20: "By MARIA GARCIA Associated Press" over "(AP) —"; the earlier version names AP by its dateline only
    body = ("Heavy rain flooded streets in St. Petersburg, Florida, on Thursday, and about {n} homes lost power, officials "
            "said.\n\nThe city opened two shelters for residents of the flooded districts.")
    first = "Storm floods Florida streets\n\nWASHINGTON, Nov. 26, 2026, 8:10 a.m. (AP) — " + body.format(n=300)
    later = ("Storm floods Florida streets\n\nBy MARIA GARCIA Associated Press\n\nWASHINGTON, Nov. 26, 2026, 11:45 a.m. "
             "(AP) — " + body.format(n=500))
    old, new = _docs(first, later)
    assert (old.outlet, new.outlet, new.authors) == ("AP", "Associated Press", ("Maria Garcia",))
    assert version_pairs([old, new]) == {frozenset(("d1", "d2")): ("d1", "d2")}
    other = prepare_document(RawDocument("d3.txt", later.replace("Associated Press", "Reuters").replace("(AP)", "(Reuters)")),
                             "d3")
    assert (other.outlet, version_pairs([old, other])) == ("Reuters", {})


def test_a_reuters_update_note_under_the_headline_orders_two_versions():
    first = _text("en", "8")
    head, rest = _text("en", "12").split("\n\n", 1)
    later = f"{head}\n\n(Adds death toll, quotes from police)\n\n{rest}"
    old, new = _docs(later, first)
    assert "(Adds death toll" not in new.text and "(Adds death toll" not in old.text
    assert version_pairs([old, new]) == {frozenset(("d1", "d2")): ("d2", "d1")}


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "how"), [("de", "time"), ("de", "marker"), ("fr", "marker"), ("es", "time"),
                                           ("it", "marker"), ("ru", "marker")])
def test_end_to_end_a_wire_update_of_one_day_is_no_conflict(comparer, tmp_path, lang, how):
    from storylens.report import render, validate

    old_n, new_n = NUMBERS[lang]
    texts = ([_text(lang, old_n, CLOCKS[lang][0]), _text(lang, new_n, CLOCKS[lang][1])] if how == "time"
             else [_text(lang, old_n), _text(lang, new_n, marker=MARKERS[lang])])
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, texts[::-1]):  # the update first
        path.write_text(body, encoding="utf-8")
    report = comparer.compare(paths)
    assert [(u.older, u.newer) for u in report.updates] == [("d2", "d1")]
    assert not [c.conflict for c in report.claims if c.status == "conflicting"]
    # trial52 F11: the toll the update raised is said on the claim, as the update's
    assert any("killed" in (c.differs or "") and "updated (d1 updates d2)" in (c.differs or "") for c in report.claims)
    markdown = render(report, "markdown")
    assert "## Versions: d1 updates d2" in markdown
    if how == "time":
        assert "| 2026-11-26 11:45 |" in markdown and "| 2026-11-26 08:10 |" in markdown
        assert "time:" not in markdown  # the filing times are no claim's figures (trial52 F26)
    validate(report.to_dict())
