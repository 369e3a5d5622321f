"""trial48 F13: a same-outlet follow-up (new headline, new text, a later day) that retells a few sentences of the
first report in new words is another article of the outlet, not a newer version: both stay in the ledger and
no change is invented ("injured removed: 34"). A version keeps most of the words of the sentences it keeps
(``settings.member_version_sentence_overlap``; figures may change), as a rewritten wire update does."""

from __future__ import annotations

import json

import pytest

from storylens import stream
from storylens.settings import DEFAULT
from storylens.store import SQLiteStore
from storylens.store.base import ArticleRecord
from storylens.stream.versions import article_updates

FIRST = {
    "en": ("Bus crash on desert highway kills 11 pilgrims\n\n"
           "AMMAN, Dec 2, 2026 (AP) - A bus carrying pilgrims overturned on the Desert Highway south of Amman on "
           "Wednesday, killing 11 people and injuring 34, the Civil Defense Directorate said.\n\n"
           "The bus, which was travelling from Aqaba to the capital, left the road near the town of Al-Qatrana "
           "after the driver lost control, spokesman Iyad al-Omari said.\n\n"
           "The wounded were taken to Al-Karak Government Hospital and Prince Hashem Hospital.\n\n"
           "Interior Minister Mazen al-Faraya ordered an investigation.\n\n"
           "Traffic would be diverted to the King's Highway on Thursday, the ministry said."),
    "de": ("Elf Tote bei Busunglück auf der Wüstenautobahn\n\n"
           "AMMAN, 2. Dezember 2026 (dpa) - Auf der Wüstenautobahn südlich von Amman ist am Mittwoch ein Bus mit "
           "Pilgern umgekippt, elf Menschen kamen ums Leben und 34 wurden verletzt, teilte der Zivilschutz mit.\n\n"
           "Der Bus war von Akaba in die Hauptstadt unterwegs und kam bei der Stadt Al-Katrana von der Straße ab, "
           "nachdem der Fahrer die Kontrolle verloren hatte, sagte Sprecher Ijad al-Omari.\n\n"
           "Die Verletzten wurden in das Regierungskrankenhaus von Al-Karak und das Prinz-Haschem-Krankenhaus "
           "gebracht.\n\n"
           "Innenminister Masen al-Faraja ordnete eine Untersuchung an.\n\n"
           "Der Verkehr werde am Donnerstag über die Königsstraße umgeleitet, teilte das Ministerium mit."),
    "es": ("Once peregrinos mueren al volcar un autobús en la autopista del desierto\n\n"
           "AMÁN, 2 dic 2026 (EFE) - Un autobús que transportaba peregrinos volcó el miércoles en la autopista del "
           "desierto al sur de Amán, causando la muerte de 11 personas e hiriendo a 34, informó Defensa Civil.\n\n"
           "El autobús, que viajaba de Aqaba a la capital, se salió de la carretera cerca de la localidad de "
           "Al Qatrana después de que el conductor perdiera el control, dijo el portavoz Iyad al Omari.\n\n"
           "Los heridos fueron trasladados al Hospital Gubernamental de Al Karak y al Hospital Príncipe Hashem.\n\n"
           "El ministro del Interior, Mazen al Faraya, ordenó una investigación.\n\n"
           "El tráfico será desviado el jueves por la Carretera del Rey, informó el ministerio."),
}
# the next day's follow-up: a new headline and new sentences, two of them retelling the first report's
FOLLOW_UP = {
    "en": ("Death toll from desert highway bus crash rises to 12\n\n"
           "AMMAN, Dec 3, 2026 (AP) - The death toll from Wednesday's crash of a pilgrim bus on the Desert Highway "
           "near Al-Qatrana rose to 12 after one of the injured died in hospital, the Civil Defense Directorate "
           "said on Thursday.\n\n"
           "Interior Minister Mazen al-Faraya said the investigation into the crash was continuing."),
    "de": ("Zahl der Toten nach Busunglück in Jordanien steigt auf zwölf\n\n"
           "AMMAN, 3. Dezember 2026 (dpa) - Nach dem Busunglück vom Mittwoch auf der Wüstenautobahn bei "
           "Al-Katrana ist die Zahl der Toten auf zwölf gestiegen, ein Verletzter starb im Krankenhaus, teilte "
           "der Zivilschutz am Donnerstag mit.\n\n"
           "Innenminister Masen al-Faraja sagte, die Untersuchung des Unglücks dauere an."),
    "es": ("Sube a 12 la cifra de muertos del accidente de autobús en Jordania\n\n"
           "AMÁN, 3 dic 2026 (EFE) - La cifra de muertos del accidente del miércoles de un autobús de peregrinos "
           "en la autopista del desierto cerca de Al Qatrana subió a 12 tras morir uno de los heridos en el "
           "hospital, informó Defensa Civil el jueves.\n\n"
           "El ministro del Interior, Mazen al Faraya, dijo que la investigación del accidente continúa."),
}
OUTLETS = {"en": "AP", "de": "dpa", "es": "EFE"}


def _update(text: str, lang: str) -> str:
    """A rewritten wire update: a new headline and lead, the rest of the first report kept word for word."""
    body = FIRST[lang].split("\n\n")
    return "\n\n".join(FOLLOW_UP[lang].split("\n\n")[:2] + body[2:])


def _rec(aid: str, text: str, lang: str, published: str) -> ArticleRecord:
    return ArticleRecord(aid, f"{aid}.txt", text, outlet=OUTLETS[lang], published=published, language=lang)


@pytest.mark.parametrize("lang", sorted(FIRST))
def test_a_follow_up_in_new_words_is_no_version_of_the_first_report(lang):
    first = _rec("a" * 16, FIRST[lang], lang, "2026-12-02")
    follow = _rec("b" * 16, FOLLOW_UP[lang], lang, "2026-12-03")
    records = {r.id: r for r in (first, follow)}
    assert article_updates([first, follow], [], records) == {}


@pytest.mark.parametrize("lang", sorted(FIRST))
def test_an_update_that_keeps_the_rest_word_for_word_is_still_a_version(lang):
    first = _rec("a" * 16, FIRST[lang], lang, "2026-12-02")
    update = _rec("c" * 16, _update(FIRST[lang], lang), lang, "2026-12-03")
    [found] = article_updates([first, update], [], {r.id: r for r in (first, update)}).values()
    assert (found.original, found.newest) == (first.id, update.id)


def test_the_setting_lies_between_a_retold_and_a_kept_sentence():
    from storylens.analysis.versions import kept as _kept

    retold = ("Interior Minister Mazen al-Faraya ordered an investigation.",
              "Interior Minister Mazen al-Faraya said the investigation into the crash was continuing.")
    corrected = ("A bus overturned on Wednesday, killing 11 people and injuring 34, police said.",
                 "A bus overturned on Wednesday, killing 12 people and injuring 33, police said.")
    assert not _kept(*retold) and _kept(*corrected)
    assert 0.5 < DEFAULT.member_version_sentence_overlap < 1


def test_the_story_ledger_reads_both_reports_of_the_outlet(tmp_path, hashing_embedder):
    lines = [{"id": "ap-1", "title": None, "text": FIRST["en"], "outlet": "AP", "published": "2026-12-02",
              "language": "en"},
             {"id": "ap-2", "text": FOLLOW_UP["en"], "outlet": "AP", "published": "2026-12-03", "language": "en"}]
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps({k: v for k, v in x.items() if v is not None}) for x in lines) + "\n",
                    encoding="utf-8")
    store = SQLiteStore(tmp_path / "s.db")
    try:
        stream.ingest_paths([str(path)], store, embedder=hashing_embedder)
        ids = {a.external_id: a.id for s in stream.list_stories(store).stories for a in s.articles}
        stories = list(dict.fromkeys(s.id for s in stream.list_stories(store).stories))
        story = stories[0]
        for other in stories[1:]:
            story = stream.merge_stories(store, story, other)
        view = stream.get_story(store, story)
        assert not view.updates  # two articles of AP, no "updated by", no "injured removed: 34"
        scope = stream.queries.ledger_scope(view)
        assert {ids["ap-1"], ids["ap-2"]} <= set(scope["read"])
    finally:
        store.close()
