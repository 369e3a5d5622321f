"""Trial64 F3: a copy whose header spells out the agency ("By Associated Press") that the original's dateline gives by
its initials ("ANKARA, Turkey (AP) —") was left a second, independent source: only the dateline's bracketed agency
was tried against the initials. A listed outlet spelled out in any credit line (header, byline, rights notice) now
meets its initials, in either direction; a person's initials never do."""

from __future__ import annotations

import pytest

from storylens.models import RawDocument
from storylens.report.compare import prepare_document
from storylens.report.pipeline import reprint_pairs, version_pairs

BODY = {
    "en": ("A magnitude 6.1 earthquake struck eastern Turkey's Malatya province on Wednesday, injuring 32 people and "
           "damaging buildings, officials said.\n\nThe quake was centered in the Puturge district at a depth of 10 "
           "kilometers, according to Turkey's disaster management agency, AFAD. No deaths were reported.\n\n\"Our teams "
           "are in the field. Citizens should not enter damaged buildings,\" AFAD head Okay Memis said.\n\nMalatya was "
           "among the provinces hit hardest by the earthquakes of February 2023."),
    "fr": ("Le gouvernement espagnol a approuvé mardi une hausse de 4,4 % du salaire minimum, porté à 1 221 euros bruts "
           "par mois sur quatorze mois.\n\n« C'est une victoire pour les travailleurs de ce pays », a déclaré la "
           "ministre du Travail Yolanda Díaz.\n\nLe patronat, la CEOE, a refusé de signer l'accord, soutenu par les "
           "syndicats.\n\nLe salaire minimum espagnol a augmenté de 61 % depuis 2018, selon le ministère."),
    "de": ("Bei einem Zugunglück in der Nähe der norditalienischen Stadt Bologna sind am Dienstag vier Menschen ums Leben "
           "gekommen. 31 weitere wurden verletzt, wie die Behörden mitteilten.\n\nDer Regionalzug aus Rimini war mit "
           "rund 180 Fahrgästen besetzt, als mehrere Waggons bei San Lazzaro di Savena aus den Gleisen sprangen.\n\n"
           "Verkehrsminister Marco Ferraresi sagte: «Wir werden vollständig aufklären, was passiert ist.»\n\nDie "
           "Staatsanwaltschaft von Bologna hat Ermittlungen eingeleitet."),
}
ORIGINAL = {"en": "ANKARA, Turkey (AP) — ", "fr": "MADRID, 10 novembre 2026 (AFP) - ", "de": "BOLOGNA (dpa) - "}
HEADLINES = {"en": ("Magnitude 6.1 quake shakes eastern Turkey", "Earthquake hits eastern Turkey, dozens hurt"),
             "fr": ("L'Espagne relève son salaire minimum", "Madrid augmente le salaire minimum de 4,4 %"),
             "de": ("Zugunglück bei Bologna: Vier Tote", "Vier Tote bei Zugunglück in Italien")}
# (masthead, header under it, footer): the credit in a header, or in a rights notice under the text
CREDIT = {"en": ("The Independent", "By Associated Press", ""),
          "fr": ("Le Courrier du Sud", "", "© Agence France-Presse 2026"),
          "de": ("Allgäuer Rundschau", "Von Deutsche Presse-Agentur", "")}


def _docs(*texts: str):
    return [prepare_document(RawDocument(f"d{i}.txt", text), f"d{i}") for i, text in enumerate(texts, 1)]


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_a_spelled_out_agency_credit_meets_the_originals_initials(lang: str) -> None:
    masthead, header, footer = CREDIT[lang]
    wire_title, own_title = HEADLINES[lang]
    copy = "\n\n".join(p for p in (own_title, masthead, header, BODY[lang], footer) if p)
    docs = _docs(f"{wire_title}\n\n{ORIGINAL[lang]}{BODY[lang]}", copy)
    assert docs[0].outlet in ("AP", "AFP", "dpa")
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy, reprint.wire) == ("d1", "d2", docs[0].outlet)


def test_a_rights_notice_spelling_out_the_agency_credits_it_too() -> None:
    docs = _docs(f"Quake in Turkey\n\n{ORIGINAL['en']}{BODY['en']}",
                 f"Quake hits eastern Turkey\n\nThe Independent\n\n{BODY['en']}\n\nCopyright 2026 The Associated Press. "
                 "All rights reserved.")
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy) == ("d1", "d2")


def test_a_persons_initials_are_no_agency_credit() -> None:
    # "Anna Petrova" has the initials of AP but is no listed outlet: near-identical text crediting no one stays two
    docs = _docs(f"Quake in Turkey\n\n{ORIGINAL['en']}{BODY['en']}",
                 f"Quake hits eastern Turkey\n\nThe Independent\n\nBy Anna Petrova\n\n{BODY['en']}")
    assert reprint_pairs(docs, version_pairs(docs)) == ()


@pytest.mark.parametrize("header", ["Par l'Agence France-Presse", "Par l'AFP", "Par l’AFP"])
def test_a_french_agency_byline_with_its_article_elided_is_a_header_and_a_credit(header: str) -> None:
    # trial64 F14: "Par l'AFP" stayed the copy's first sentence (a claim) and credited no one
    wire_title, own_title = HEADLINES["fr"]
    docs = _docs(f"{wire_title}\n\n{ORIGINAL['fr']}{BODY['fr']}",
                 f"{own_title}\n\nLe Courrier du Sud\n\n{header}\n\n{BODY['fr']}")
    assert ("header", header) in [(r.kind, r.text) for r in docs[1].removed]
    assert header not in docs[1].text and docs[1].authors == ()
    (reprint,) = reprint_pairs(docs, version_pairs(docs))
    assert (reprint.original, reprint.copy, reprint.wire) == ("d1", "d2", "AFP")


def test_an_elided_article_before_a_word_that_is_no_outlet_stays_text() -> None:
    (doc,) = _docs("L'Espagne relève son salaire minimum\n\nLe Courrier du Sud\n\nPar l'Homme\n\n" + BODY["fr"])
    assert "Par l'Homme" in doc.text
