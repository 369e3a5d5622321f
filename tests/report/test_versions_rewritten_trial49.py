"""Trial49 F10/F12: one rule for "is B a version of A", read by ``compare`` and the stream alike.

F10: a real update of one article (several figures changed, a sentence added, an "Updated:" stamp) is no
near-duplicate; ``compare`` read it as a second source (false conflicts "aircraft: 14 vs 18", the headline's
change silent) while the stream read the same files as versions. F12: the same outlet's report of the NEXT
event (another airport, 36 days later) retells one template and the stream read it as an update. A version
keeps most of the older text's sentences and tells of the same event (one dateline place, a few days apart).
"""

from __future__ import annotations

import pytest

from storylens.analysis.versions import is_rewritten_version, other_event, other_occasion, update_changes
from storylens.models import RawDocument
from storylens.report.compare import prepare_document
from storylens.report.pipeline import version_pairs
from storylens.settings import DEFAULT

# An outlet's first report and its update: figures changed, a sentence added, an update stamp.
UPDATES = {
    "en": (("Floods force 300 from homes in Passau\n\nAssociated Press\nPASSAU, May 16, 2026\n\n"
           "Rising water on the Danube forced about 300 people to leave their homes in the Bavarian city of Passau "
           "on Saturday, the city's fire service said.\n\n"
           "More than 400 rescuers and 12 boats were helping residents of the old town, fire chief Markus Berger said. "
           "\"The water is still rising and we expect the peak tonight,\" Berger told reporters.\n\n"
           "The bridge to the Inn district was closed to traffic. Mayor Juergen Dupper visited the shelters."),
           ("Floods force 700 from homes in Passau\n\nAssociated Press\nPASSAU, May 16, 2026\n"
           "Updated: May 17, 2026, 07:40 CEST\n\n"
           "Rising water on the Danube forced about 700 people to leave their homes in the Bavarian city of Passau "
           "on Saturday, the city's fire service said.\n\n"
           "More than 650 rescuers and 20 boats were helping residents of the old town, fire chief Markus Berger said. "
           "\"The water is still rising and we expect the peak tonight,\" Berger told reporters.\n\n"
           "An elderly man was found dead in a flooded cellar, police said. "
           "The bridge to the Inn district was closed to traffic. Mayor Juergen Dupper visited the shelters.")),
    "de": (("Hochwasser in Passau: 300 Menschen verlassen ihre Häuser\n\ndpa\nPassau, 16. Mai 2026\n\n"
           "Wegen der steigenden Donau haben am Samstag in Passau rund 300 Menschen ihre Häuser verlassen müssen, "
           "teilte die Feuerwehr der Stadt mit.\n\n"
           "Mehr als 400 Helfer und zwölf Boote waren in der Altstadt im Einsatz, sagte Feuerwehrchef Markus Berger. "
           "„Das Wasser steigt weiter, den Scheitel erwarten wir heute Nacht“, sagte Berger.\n\n"
           "Die Brücke in die Innstadt wurde für den Verkehr gesperrt. Oberbürgermeister Jürgen Dupper besuchte "
           "die Notunterkünfte."),
           ("Hochwasser in Passau: 700 Menschen verlassen ihre Häuser\n\ndpa\nPassau, 16. Mai 2026\n"
           "Aktualisiert: 17.05.2026, 07:40 Uhr\n\n"
           "Wegen der steigenden Donau haben am Samstag in Passau rund 700 Menschen ihre Häuser verlassen müssen, "
           "teilte die Feuerwehr der Stadt mit.\n\n"
           "Mehr als 650 Helfer und 20 Boote waren in der Altstadt im Einsatz, sagte Feuerwehrchef Markus Berger. "
           "„Das Wasser steigt weiter, den Scheitel erwarten wir heute Nacht“, sagte Berger.\n\n"
           "Ein älterer Mann wurde tot in einem überfluteten Keller gefunden, teilte die Polizei mit. "
           "Die Brücke in die Innstadt wurde für den Verkehr gesperrt. Oberbürgermeister Jürgen Dupper besuchte "
           "die Notunterkünfte.")),
    "fr": (("Inondations à Nîmes : 300 personnes évacuées\n\nAFP\nNÎMES, 16 mai 2026\n\n"
           "La montée du Vistre a contraint environ 300 personnes à quitter leur domicile samedi à Nîmes, "
           "ont indiqué les pompiers du Gard.\n\n"
           "Plus de 400 secouristes et 12 bateaux aidaient les habitants du quartier Richelieu, a déclaré le colonel "
           "Marc Bertin. « L'eau monte encore et nous attendons le pic cette nuit », a-t-il ajouté.\n\n"
           "Le pont de la route de Beaucaire a été fermé à la circulation. Le maire Jean-Paul Fournier s'est rendu "
           "dans les gymnases d'accueil."),
           ("Inondations à Nîmes : 700 personnes évacuées\n\nAFP\nNÎMES, 16 mai 2026\n"
           "Mis à jour le 17/05/2026 à 07h40\n\n"
           "La montée du Vistre a contraint environ 700 personnes à quitter leur domicile samedi à Nîmes, "
           "ont indiqué les pompiers du Gard.\n\n"
           "Plus de 650 secouristes et 20 bateaux aidaient les habitants du quartier Richelieu, a déclaré le colonel "
           "Marc Bertin. « L'eau monte encore et nous attendons le pic cette nuit », a-t-il ajouté.\n\n"
           "Un homme âgé a été retrouvé mort dans une cave inondée, a indiqué la police. "
           "Le pont de la route de Beaucaire a été fermé à la circulation. Le maire Jean-Paul Fournier s'est rendu "
           "dans les gymnases d'accueil.")),
}

# One outlet's reports of two events of one kind: the same template, another place or another month.
NEXT_EVENT = {
    "en": (("Train drivers' strike halts services in Leeds\n\nReuters\nLEEDS, Feb 10, 2026\n\n"
           "Northern cancelled about 500 trains in and around Leeds on Tuesday as drivers walked out in a one-day "
           "strike called by the ASLEF union over pay.\n\n"
           "ASLEF is demanding a 9% pay rise for around 4,000 drivers. \"The company has left us no choice,\" "
           "union official Mick Whelan said.\n\n"
           "Northern called the strike \"deeply regrettable\" and said about 60,000 passengers were affected."),
           ("Train drivers' strike hits Manchester, hundreds of trains cancelled\n\nReuters\nMANCHESTER, {day}\n\n"
           "Northern cancelled about 400 trains in and around Manchester on Wednesday as drivers walked out in a "
           "one-day strike called by the ASLEF union over pay.\n\n"
           "ASLEF is demanding a 9% pay rise for around 4,000 drivers after the last round of talks failed. "
           "\"The company has left us no choice,\" union official Mick Whelan said.\n\n"
           "Northern said about 50,000 passengers were affected and urged ASLEF to return to talks.")),
    "de": (("Warnstreik legt Flughafen Hamburg lahm\n\ndpa\nHamburg, 10. Februar 2026\n\n"
           "Am Hamburger Flughafen sind am Dienstag rund 200 Flüge ausgefallen, weil das Bodenpersonal einem "
           "Warnstreik der Gewerkschaft Verdi folgte.\n\n"
           "Verdi fordert für rund 25.000 Beschäftigte 12,5 Prozent mehr Lohn. „Die Arbeitgeber lassen uns keine "
           "Wahl“, sagte Verdi-Verhandlungsführer Marvin Reschinsky.\n\n"
           "Der Flughafen nannte den Streik „völlig überzogen“ und sprach von rund 25.000 betroffenen Passagieren."),
           ("Warnstreik trifft Flughafen Köln/Bonn\n\ndpa\nKöln, {day}\n\n"
           "Am Köln/Bonner Flughafen sind am Mittwoch rund 150 Flüge ausgefallen, weil das Bodenpersonal einem "
           "Warnstreik der Gewerkschaft Verdi folgte.\n\n"
           "Verdi fordert für rund 25.000 Beschäftigte 12,5 Prozent mehr Lohn, nachdem die letzte Runde gescheitert ist. "
           "„Die Arbeitgeber lassen uns keine Wahl“, sagte Verdi-Verhandlungsführer Marvin Reschinsky.\n\n"
           "Der Flughafen sprach von rund 18.000 betroffenen Passagieren und rief Verdi zu Gesprächen auf.")),
}
NEXT_DAY = {"en": ("Feb 11, 2026", "March 18, 2026"), "de": ("11. Februar 2026", "18. März 2026")}


def _docs(old: str, new: str):
    return [prepare_document(RawDocument(f"d{i}.txt", text), f"d{i}") for i, text in enumerate((old, new), 1)]


@pytest.mark.parametrize("lang", sorted(UPDATES))
def test_a_rewritten_update_of_one_outlet_is_a_version(lang):
    old, new = _docs(*UPDATES[lang])
    assert old.outlet and old.outlet == new.outlet
    assert version_pairs([old, new]) == {frozenset(("d1", "d2")): ("d1", "d2")}
    # the stamp orders them whichever comes first
    assert version_pairs([new, old]) == {frozenset(("d1", "d2")): ("d1", "d2")}


@pytest.mark.parametrize("lang", sorted(UPDATES))
def test_the_update_lists_its_headline_figures_and_added_sentence(lang):
    old, new = _docs(*UPDATES[lang])
    changes = update_changes(old.text, new.text, new.language, titles=(old.title, new.title))
    assert changes[0].startswith("headline: “") and "300" in changes[0] and "700" in changes[0]
    assert any("400" in c and "650" in c and "→" in c for c in changes), changes
    assert any(c.startswith(("new sentence with figures", "sentence added")) for c in changes), changes
    assert not any(c.startswith("sentence removed") for c in changes), changes


def test_a_sentence_cut_by_the_update_is_named():
    old, new = _docs(*UPDATES["en"])
    shorter = new.text.replace(" Mayor Juergen Dupper visited the shelters.", "")
    changes = update_changes(old.text, shorter, "en", titles=(old.title, new.title))
    assert "sentence removed: “Mayor Juergen Dupper visited the shelters.”" in changes


@pytest.mark.parametrize("lang", sorted(NEXT_EVENT))
@pytest.mark.parametrize("when", [0, 1])
def test_the_outlets_report_of_the_next_event_is_no_version(lang, when):
    """Another dateline place the next day, or 36 days later: two articles, whatever the template shares."""
    first, template = NEXT_EVENT[lang]
    old, new = _docs(first, template.replace("{day}", NEXT_DAY[lang][when]))
    assert old.outlet == new.outlet and old.place and new.place and old.place != new.place
    assert version_pairs([old, new]) == {}


def test_the_rule_reads_the_place_and_the_gap_apart_from_the_text():
    """The template keeps most sentences: only the event check holds the two strikes apart."""
    first, template = NEXT_EVENT["en"]
    old, new = _docs(first, template.replace("{day}", "March 18, 2026"))
    before, after = [s.text for s in old.sentences], [s.text for s in new.sentences]
    assert is_rewritten_version(before, after)  # the sentences alone would make it a version
    assert not is_rewritten_version(before, after, places=(old.place, new.place))
    assert not is_rewritten_version(before, after, days=(old.published, new.published))
    assert other_event("LEEDS", "Leeds", "2026-02-10", "2026-02-11") is None
    assert other_event("Copiapó, Chile", "COPIAPO", None, None) is None
    assert other_event(None, None, "2026-02-10", "2026-03-18") == "published 36 days apart"
    assert DEFAULT.version_max_days_apart < 36


def test_one_byline_without_an_outlet_is_one_source():
    old, new = (f"By Anna Keller\n\n{t.split(chr(10) * 2, 1)[1].replace('Associated Press' + chr(10), '')}" for t in UPDATES["en"])
    a, b = _docs(old, new)
    assert not a.outlet and a.authors == b.authors == ("Anna Keller",)
    assert version_pairs([a, b]) == {frozenset(("d1", "d2")): ("d1", "d2")}
    other = prepare_document(RawDocument("d3.txt", new.replace("Anna Keller", "Tom Brandt")), "d3")
    assert version_pairs([a, other]) == {}


@pytest.fixture(scope="module")
def comparer(embedder):
    from storylens import Comparer

    return Comparer(embedder=embedder)


@pytest.mark.slow
@pytest.mark.parametrize("lang", sorted(UPDATES))
def test_end_to_end_compare_says_the_update_and_finds_no_conflict(comparer, tmp_path, lang):
    from storylens.report import render, validate

    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, UPDATES[lang]):
        path.write_text(body, encoding="utf-8")
    report = comparer.compare(paths)
    assert [(u.older, u.newer) for u in report.updates] == [("d1", "d2")]
    assert not [c.conflict for c in report.claims if c.status == "conflicting"]
    assert any("updates d1" in (c.differs or "") for c in report.claims)
    markdown = render(report, "markdown")
    assert "## Versions: d2 updates d1" in markdown and "- headline: “" in markdown
    assert "<h2>Versions: d2 updates d1" in render(report, "html")
    assert "Versions: d2 updates d1" in render(report, "terminal")
    validate(report.to_dict())


@pytest.mark.slow
def test_end_to_end_the_next_event_is_two_sources(comparer, tmp_path):
    first, template = NEXT_EVENT["en"]
    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, body in zip(paths, (first, template.replace("{day}", "March 18, 2026"))):
        path.write_text(body, encoding="utf-8")
    report = comparer.compare(paths)
    assert report.updates == () and "updates" not in report.to_dict()
    assert not any("updates d1" in (c.differs or "") for c in report.claims)


# The same place's next strike three days later: one dateline, a gap under the limit, the template kept
# (the later report of NEXT_EVENT filed from the first one's place).
SAME_PLACE = {
    "en": (("MANCHESTER, {day}", "LEEDS, Feb 13, 2026"), ("Manchester", "Leeds"), ("on Wednesday", "on Friday")),
    "de": (("Köln, {day}", "Hamburg, 13. Februar 2026"), ("Am Köln/Bonner Flughafen", "Am Hamburger Flughafen"),
           ("am Mittwoch", "am Freitag")),
}


@pytest.mark.parametrize("lang", sorted(SAME_PLACE))
def test_the_same_places_next_event_days_later_is_no_version(lang):
    first, later = NEXT_EVENT[lang]
    for old_words, new_words in SAME_PLACE[lang]:
        assert old_words in later
        later = later.replace(old_words, new_words)
    old, new = _docs(first, later)
    assert old.place == new.place and (old.published, new.published) == ("2026-02-10", "2026-02-13")
    assert version_pairs([old, new]) == {}
    before, after = [s.text for s in old.sentences], [s.text for s in new.sentences]
    assert is_rewritten_version(before, after)  # the sentences, the place and the gap alone: a version
    assert other_occasion(before, after, (old.published, new.published), lang) is not None


def test_a_near_identical_text_of_another_day_is_no_version():
    first = NEXT_EVENT["en"][0]
    later = first.replace("Feb 10, 2026", "Feb 13, 2026").replace("on Tuesday", "on Friday")
    old, new = _docs(first, later)
    assert version_pairs([old, new]) == {}
    old, new = _docs(first, later.replace("on Friday", "on Tuesday"))  # the figure's update three days later
    assert version_pairs([old, new]) == {frozenset(("d1", "d2")): ("d1", "d2")}


def test_a_kept_today_in_an_update_of_the_next_day_is_one_event():
    before = ["Floods forced about 300 people to leave their homes in Passau today, the fire service said."]
    after = ["Floods forced about 700 people to leave their homes in Passau today, the fire service said."]
    assert other_occasion(before, after, ("2026-05-16", "2026-05-17"), "en") is None
    moved = ["Floods forced about 700 people to leave their homes in Passau on Sunday, the fire service said."]
    assert other_occasion(before, moved, ("2026-05-16", "2026-05-17"), "en") is not None
    said = ["Floods forced about 700 people to leave their homes in Passau today, the fire service said on Sunday."]
    assert other_occasion(before, said, ("2026-05-16", "2026-05-17"), "en") is None  # a day of speaking
