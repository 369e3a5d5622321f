"""Trial49 F12 in the stream: the same outlet's report of the next event of one kind (another airport, weeks
later, one template) is no update of the first, and the first one's figures stay in the ledger; F10: a real
update (figures changed, a sentence added) stays one. The rule is ``compare``'s
(:func:`storylens.analysis.versions.is_rewritten_version`); the texts are tests/report's."""

from __future__ import annotations

import pytest

from storylens.store.base import ArticleRecord
from storylens.stream.versions import article_updates, member_families
from tests.report.test_versions_rewritten_trial49 import NEXT_DAY, NEXT_EVENT, SAME_PLACE, UPDATES

OUTLETS = {"en": "Reuters", "de": "dpa", "fr": "AFP"}


def _rec(aid: str, text: str, lang: str, published: str, outlet: str | None = None) -> ArticleRecord:
    return ArticleRecord(aid, f"{aid}.txt", text, outlet=outlet or OUTLETS[lang], published=published, language=lang)


@pytest.mark.parametrize("lang", sorted(NEXT_EVENT))
@pytest.mark.parametrize("when", [0, 1])
def test_the_next_event_is_no_update_of_the_first(lang, when):
    first_text, template = NEXT_EVENT[lang]
    first = _rec("a" * 16, first_text, lang, "2026-02-10")
    later = _rec("b" * 16, template.replace("{day}", NEXT_DAY[lang][when]), lang, ("2026-02-11", "2026-03-18")[when])
    texts = {r.id: r for r in (first, later)}
    assert article_updates([first, later], [], texts) == {}
    assert member_families([first, later], texts) == {}


@pytest.mark.parametrize("lang", sorted(UPDATES))
def test_a_rewritten_update_is_read_through_its_newest(lang):
    old_text, new_text = UPDATES[lang]
    first = _rec("a" * 16, old_text, lang, "2026-05-16", "Associated Press" if lang == "en" else None)
    update = _rec("c" * 16, new_text, lang, "2026-05-17", first.outlet)
    [found] = article_updates([first, update], [], {r.id: r for r in (first, update)}).values()
    assert (found.original, found.newest) == (first.id, update.id)
    assert any("400" in c and "650" in c for c in found.changes), found.changes


def test_a_template_without_dateline_or_date_is_still_read_by_its_sentences():
    """No place and no day stated: the sentences decide, as before (no evidence of two events)."""
    first_text, template = NEXT_EVENT["en"]
    strip = (lambda t: "\n\n".join(p for p in t.split("\n\n") if not p.startswith("Reuters")))
    first = ArticleRecord("a" * 16, "a.txt", strip(first_text), outlet="Reuters", language="en")
    later = ArticleRecord("b" * 16, "b.txt", strip(template.replace("{day}", "")), outlet="Reuters", language="en")
    texts = {r.id: r for r in (first, later)}
    assert set(member_families([first, later], texts)) == {first.id, later.id}


@pytest.mark.parametrize("lang", sorted(SAME_PLACE))
def test_the_same_places_next_event_three_days_later_is_no_update(lang):
    first_text, later_text = NEXT_EVENT[lang]
    for old_words, new_words in SAME_PLACE[lang]:
        later_text = later_text.replace(old_words, new_words)
    first = _rec("a" * 16, first_text, lang, "2026-02-10")
    later = _rec("b" * 16, later_text, lang, "2026-02-13")
    assert article_updates([first, later], [], {r.id: r for r in (first, later)}) == {}
