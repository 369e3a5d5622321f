"""A version stamp with its full date orders versions in every language read, as German "Stand: dd.mm.yyyy,
hh:mm Uhr" already did (final30 claim 4: French "Mis à jour le 29/11/2026 à 22h10" and English "Updated 30 Nov
2026 13:30 GMT" left three versions "order unknown" and the ledger read the oldest)."""

from __future__ import annotations

import json

import pytest

from storylens import stream
from storylens.prepare.clean import clean_text
from storylens.store import SQLiteStore
from storylens.stream.metadata import stamp_moment

BODY = {
    "en": "An avalanche killed at least 3 people in Tyrol, rescuers said.\n\nAbout 40 rescuers are at the scene.",
    "fr": "Une avalanche a fait au moins 3 morts au Tyrol, selon les secours.\n\nEnviron 40 secouristes sont sur place.",
    "es": "Una avalancha mató al menos a 3 personas en el Tirol.\n\nUnos 40 rescatistas están en el lugar.",
    "it": "Una valanga ha ucciso almeno 3 persone in Tirolo.\n\nCirca 40 soccorritori sono sul posto.",
    "pl": "Lawina zabiła co najmniej 3 osoby w Tyrolu.\n\nNa miejscu jest około 40 ratowników.",
    "ru": "Лавина убила по меньшей мере 3 человек в Тироле.\n\nНа месте работают около 40 спасателей.",
    "tr": "Tirol'de bir çığ en az 3 kişiyi öldürdü.\n\nBölgede yaklaşık 40 kurtarma görevlisi var.",
    "ar": "قتل انهيار جليدي 3 أشخاص على الأقل في تيرول.\n\nويعمل نحو 40 منقذا في المكان.",
    "zh": "蒂罗尔州发生雪崩，至少3人死亡。\n\n约40名救援人员在现场。",
}
STAMPS = [
    ("fr", "Mis à jour le 29/11/2026 à 22h10", "2026-11-29T22:10:00"),
    ("en", "Updated 29 Nov 2026 22:10 GMT", "2026-11-29T22:10:00+00:00"),
    ("es", "Actualizado el 29/11/2026 a las 22:10", "2026-11-29T22:10:00"),
    ("es", "Actualizado: 29/11/2026 22:10 CET", "2026-11-29T22:10:00+01:00"),
    ("it", "Aggiornato il 29/11/2026 alle 22:10", "2026-11-29T22:10:00"),
    ("it", "Aggiornato alle 22:10 del 29 novembre 2026", "2026-11-29T22:10:00"),
    ("pl", "Aktualizacja 29.11.2026 22:10", "2026-11-29T22:10:00"),
    ("ru", "Обновлено 29.11.2026 в 22:10", "2026-11-29T22:10:00"),
    ("tr", "Güncelleme Tarihi: 29 Kasım 2026 22:10", "2026-11-29T22:10:00"),
    ("ar", "آخر تحديث 29 نوفمبر 2026 22:10", "2026-11-29T22:10:00"),
    ("zh", "更新：2026-11-29 22:10", "2026-11-29T22:10:00"),
]


def _stamp(text: str) -> tuple[str | None, str]:
    cleaned = clean_text(text)
    return stamp_moment([r.text for r in cleaned.removed if r.kind == "stamp"], "2026-11-30"), cleaned.text


@pytest.mark.parametrize(("lang", "stamp", "moment"), STAMPS)
def test_a_dated_stamp_closing_a_short_text_gives_its_moment(lang, stamp, moment):
    # a short text's last line is among the page's top lines (the stamp-under-the-headline reading)
    got, text = _stamp(f"Avalanche\n\n{BODY[lang]}\n\n{stamp}")
    assert got == moment and stamp not in text


@pytest.mark.parametrize(("lang", "stamp", "moment"), STAMPS)
def test_a_dated_stamp_closing_a_long_text_gives_its_moment(lang, stamp, moment):
    got, text = _stamp("Avalanche\n\n" + "\n\n".join([BODY[lang]] * 5) + f"\n\n{stamp}")
    assert got == moment and stamp not in text


@pytest.mark.parametrize("line", [
    "Updated figures showed 5 dead by 14:20",  # no date: a sentence, not a stamp
    "Mis à jour hier à 16h45",  # a relative day is no moment
])
def test_no_moment_without_a_date_of_its_own(line):
    assert _stamp(f"Avalanche\n\n{BODY['en']}\n\n{line}")[0] is None


TEXTS = {
    "fr": ("date 2026-11-30 Par Luc Martin, Le Figaro\nAvalanche au Tyrol : le bilan s'alourdit à {n} morts\n\n"
           "Innsbruck - Une avalanche dans la vallée de l'Ötztal, au Tyrol, a fait au moins {n} morts, selon les "
           "secours en montagne.\n\nL'avalanche s'est abattue sur une piste au-dessus de Sölden, environ 40 "
           "secouristes sont sur place.\n\nLe gouverneur Anton Mattle a présenté ses condoléances aux familles.\n\n"
           "Mis à jour le {d}/11/2026 à {t}"),
    "en": ("date 2026-11-30 By Kate Lyons, BBC\nTyrol avalanche: death toll rises to {n}\n\nInnsbruck - An avalanche "
           "in Austria's Ötztal valley has killed at least {n} people, mountain rescuers said.\n\nThe avalanche hit "
           "a ski run above Sölden and about 40 rescuers are at the scene.\n\nTyrol governor Anton Mattle offered "
           "his condolences to the families.\n\nUpdated {d} Nov 2026 {t} GMT"),
}
VERSIONS = [(3, "29", "22:10"), (5, "30", "07:45"), (8, "30", "13:30")]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_three_dated_versions_ingested_out_of_order_read_the_newest(tmp_path, hashing_embedder, lang):
    paths = []
    for n, d, t in VERSIONS:
        path = tmp_path / f"{n}.txt"
        path.write_text(TEXTS[lang].format(n=n, d=d, t=t.replace(":", "h") if lang == "fr" else t), encoding="utf-8")
        paths.append(str(path))
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths([paths[2], paths[0], paths[1]], store, embedder=hashing_embedder)
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    assert update.order_known
    assert [c.split(": ", 1)[0] for c in update.changes] == ["version 2 of 3", "version 3 of 3"]
    assert "8" in update.changes[-1].rsplit("→", 1)[1]


# final29 #7: a timed update against an original of the same day that states no comparable time was "order
# unknown", and the ledger read whichever came last (the stale version). What is known is read, no more:
# - one outlet's stamps are on its own clock: a record's moment with an offset (16:45+02:00) is compared by the
#   version's own stamp ("Aktualisiert: 16:45 Uhr") with the other's "Stand: 14:20 Uhr";
# - a version whose stamp says it updates ("Updated", "Aktualisiert", "Mis à jour", "Stand") follows a version of
#   its day that states no time and no update; a "Published 08:00" stamp says no such thing: order unknown.
ECB = {
    "de": ("Frankfurt. Die Europäische Zentralbank hat am Donnerstag ihre Leitzinsen gesenkt. Der Euro stieg auf "
           "{x} Dollar.\n\nDie Inflation lag im Mai bei 1,9 Prozent."),
    "en": ("The European Central Bank cut its key rates on Thursday. The euro rose to {x} dollars.\n\n"
           "Inflation was 1.9 percent in May."),
    "fr": ("La Banque centrale européenne a abaissé jeudi ses taux directeurs. L'euro est monté à {x} dollar.\n\n"
           "L'inflation était de 1,9 % en mai."),
}
OUTLET = {"de": "Handelsblatt", "en": "Coast Herald", "fr": "Le Soir"}


def _ingest(tmp_path, embedder, records, newest_first):
    path = tmp_path / "v.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (records[::-1] if newest_first else records)),
                    encoding="utf-8")
    with SQLiteStore(tmp_path / "s.db") as store:
        stream.ingest_paths([str(path)], store, embedder=embedder)
        ids = {a.external_id: a.id for a in store.articles()}
        [story] = {s.id for s in stream.list_stories(store).stories}
        [update] = stream.get_story(store, story).updates
    return ids, update


def _record(rid, lang, x, stamp, published="2025-06-05"):
    return {"id": rid, "text": "ECB cuts rates\n\n" + ECB[lang].format(x=x) + (f" {stamp}" if stamp else ""),
            "outlet": OUTLET[lang], "language": lang, "published": published}


@pytest.mark.parametrize("newest_first", [False, True])
def test_an_offset_moment_and_a_plain_stamp_of_one_outlet_are_ordered_by_its_stamps(tmp_path, hashing_embedder,
                                                                                    newest_first):
    records = [_record("v1", "de", "1,1450", "Stand: 14:20 Uhr."),
               _record("v2", "de", "1,1420", "Aktualisiert: 16:45 Uhr.", "2025-06-05T16:45:00+02:00")]
    ids, update = _ingest(tmp_path, hashing_embedder, records, newest_first)
    assert (update.order_known, update.first, update.newest) == (True, ids["v1"], ids["v2"])


@pytest.mark.parametrize("newest_first", [False, True])
@pytest.mark.parametrize(("lang", "stamp"), [("en", "Updated: 4:45 p.m. GMT"), ("de", "Aktualisiert: 16:45 Uhr."),
                                             ("fr", "Mis à jour à 16h45")])
def test_an_update_stamp_follows_a_same_day_version_with_no_time(tmp_path, hashing_embedder, lang, stamp, newest_first):
    records = [_record("v1", lang, "1.1450" if lang == "en" else "1,1450", ""),
               _record("v2", lang, "1.1420" if lang == "en" else "1,1420", stamp)]
    ids, update = _ingest(tmp_path, hashing_embedder, records, newest_first)
    assert (update.order_known, update.first, update.newest) == (True, ids["v1"], ids["v2"])


@pytest.mark.parametrize(("lang", "stamp"), [("en", "Published: 8:05 a.m. GMT"), ("de", "Veröffentlicht: 08:05 Uhr.")])
def test_a_publication_stamp_says_no_update_so_the_order_stays_unknown(tmp_path, hashing_embedder, lang, stamp):
    records = [_record("v1", lang, "1.1450" if lang == "en" else "1,1450", ""),
               _record("v2", lang, "1.1420" if lang == "en" else "1,1420", stamp)]
    _, update = _ingest(tmp_path, hashing_embedder, records, False)
    assert not update.order_known
