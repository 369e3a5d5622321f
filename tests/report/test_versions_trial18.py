"""Two versions of one article compared: the update's changed figure is the update's change, not a
conflict between two sources (trial 18 #5: en.html and en_updated.html, "Updated: November 25, 2026,
09:10 CET." and 12 -> 14 properties, were "conflicting: property: 12 vs 14"). Two outlets' figures stay
a conflict."""

from __future__ import annotations

import re
import zlib

import numpy as np
import pytest

from storylens.models import RawDocument
from storylens.report.compare import prepare_document
from storylens.report.pipeline import claim_aligner, version_pairs

BODY = ("A court in Drovnik on Tuesday sentenced former transport minister Viktor Halden to nine years in prison "
        "and fined him 2.4 million euros for taking bribes in exchange for a motorway contract.\n\n"
        "Prosecutors said the contract price was inflated by 38 percent and that the state lost 17.3 million euros.\n\n"
        "Two businessmen who were co-defendants received suspended prison sentences. The court also ordered the "
        "seizure of {n} properties owned by Halden.\n\n"
        "Halden, 61, served as minister from 2017 to 2021, when he resigned after the first reports of the case.")
STAMPS = {
    "en": "Updated: November 25, 2026, 09:10 CET. This article has been updated to correct the number of "
          "properties seized.\n\n",
    "de": "Aktualisiert: 25.11.2026, 09:10 Uhr\n\n",
}


def _doc(doc_id: str, outlet: str, n: int, stamp: str = "", published: str = "2026-11-24"):
    raw = RawDocument(f"{doc_id}.html", stamp + BODY.format(n=n),
                      metadata={"outlet": outlet, "published": published, "language": "en"})
    return prepare_document(raw, doc_id)


def _embed(texts):
    """Bag of words: near-identical sentences are near-identical vectors."""
    rows = []
    for t in texts:
        v = np.zeros(512, dtype=np.float32)
        for w in re.findall(r"[^\W\d_]+", t.lower()):
            v[zlib.crc32(w.encode()) % 512] += 1.0
        rows.append(v / (np.linalg.norm(v) or 1.0))
    return np.stack(rows)


def _claims(docs):
    aligner = claim_aligner(_embed, (), {d.id: d.published for d in docs}, pair_model=None,
                            versions=version_pairs(docs))
    claims, _ = aligner.claims(docs)
    return claims


def _property_claim(claims):
    return next(c for c in claims if any("properties" in e.text for e in c.evidence) and len(c.docs) > 1)


@pytest.mark.parametrize("stamp", sorted(STAMPS))
@pytest.mark.parametrize("update_first", [False, True])
def test_an_update_stamped_version_is_the_newer_of_one_article(stamp, update_first):
    old, new = _doc("d1", "The Northern Ledger", 12), _doc("d2", "the northern  ledger", 14, STAMPS[stamp])
    if update_first:
        old, new = _doc("d2", "The Northern Ledger", 12), _doc("d1", "the northern  ledger", 14, STAMPS[stamp])
    assert version_pairs([old, new]) == {frozenset((old.id, new.id)): (old.id, new.id)}


def test_a_later_day_is_the_newer_version():
    a, b = _doc("d1", "Ledger", 14, published="2026-11-25"), _doc("d2", "Ledger", 12)
    assert version_pairs([a, b]) == {frozenset(("d1", "d2")): ("d2", "d1")}


@pytest.mark.parametrize(("outlet_b", "stamp"), [("The Coastal Herald", STAMPS["en"]), ("The Northern Ledger", "")])
def test_other_outlets_or_no_known_order_are_no_versions(outlet_b, stamp):
    assert version_pairs([_doc("d1", "The Northern Ledger", 12), _doc("d2", outlet_b, 14, stamp)]) == {}


def test_no_outlet_is_no_version():
    a, b = _doc("d1", "", 12), _doc("d2", "", 14, STAMPS["en"])
    assert version_pairs([a, b]) == {}


@pytest.mark.parametrize("update_first", [False, True])
def test_the_changed_figure_is_an_update_not_a_conflict(update_first):
    old, new = _doc("d1", "The Northern Ledger", 12), _doc("d2", "The Northern Ledger", 14, STAMPS["en"])
    if update_first:
        old, new = _doc("d2", "The Northern Ledger", 12), _doc("d1", "The Northern Ledger", 14, STAMPS["en"])
    claim = _property_claim(_claims(sorted([old, new], key=lambda d: d.id)))
    assert claim.status == "shared" and claim.conflict is None
    assert f"property: 12 → 14, updated ({new.id} updates {old.id})" in (claim.differs or "")


def test_another_outlets_figure_still_conflicts_with_the_update():
    docs = [_doc("d1", "The Northern Ledger", 12), _doc("d2", "The Northern Ledger", 14, STAMPS["en"]),
            _doc("d3", "The Coastal Herald", 12)]
    claim = _property_claim(_claims(docs))
    assert claim.status == "conflicting"
    assert "d2/d3: property: 14 vs 12" in (claim.conflict or "") and "d1/d2" not in (claim.conflict or "")
    assert "property: 12 → 14, updated (d2 updates d1)" in (claim.differs or "")


def test_two_outlets_same_text_changed_figure_is_a_conflict():
    docs = [_doc("d1", "The Northern Ledger", 12), _doc("d2", "The Coastal Herald", 14, STAMPS["en"])]
    claim = _property_claim(_claims(docs))
    assert claim.status == "conflicting" and "property: 12 vs 14" in (claim.conflict or "")
