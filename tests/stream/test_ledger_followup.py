"""An outlet's follow-up of another day is read by the story's claim ledger (trial20 #11).

The ledger read one article per language and outlet first, and the rest only up to its width of 6:
the next day's resignation, a later Continental Press article in a story of ten, was left out as a
second "en, Continental Press" slot, and its facts (the resignation, the successor, the quote) were
nowhere in the ledger. A version of one article is read through its newest version (``updates``);
another day's article of the same outlet is another article.
"""

from __future__ import annotations

from storylens.stream.queries import ArticleView, ledger_choice, ledger_scope


def _arts(spec):
    return tuple(ArticleView(f"{i:02d}" + "ef" * 7, None, f"{i}.txt", None, outlet, f"t{i}", lang, day)
                 for i, (lang, outlet, day) in enumerate(spec))


def _scope(arts):
    return ledger_scope(type("View", (), {"articles": arts})())


D1, D2, D3 = "2026-11-26", "2026-11-27", "2026-11-28"


def test_the_next_days_article_of_an_outlet_already_read_is_in_a_ten_article_ledger():
    """trial20: nine languages of the rate decision, then Continental Press's resignation report."""
    spec = [("en", "Continental Press", D1), ("de", "Handelsblatt", D1), ("es", "El País", D1),
            ("ru", "РИА Новости", D1), ("zh", "新华社", D1), ("ar", "الشرق الأوسط", D1), ("tr", "AA", D1),
            ("pt", "Folha", D1), ("cs", "Hospodářské noviny", D1), ("en", "Harbour Times", D1),
            ("en", "Continental Press", D2)]
    arts = _arts(spec)
    scope = _scope(arts)
    assert arts[10].id in scope["documents"] and scope["left_out"] == [] and scope["note"] is None


def test_follow_ups_in_other_languages_and_an_agency_alias_are_read_but_same_day_repeats_are_not():
    """A Spanish paper's and an agency's next-day articles (the agency under another spelling of its
    group: "AFP" / "Agence France-Presse") are read; a second article of the same outlet and day is a
    repeat slot, left out as before once the ledger is past its width."""
    spec = [("es", "El País", D1), ("fr", "AFP", D1), ("de", "dpa", D1), ("en", "Reuters", D1),
            ("ru", "ТАСС", D1), ("it", "ANSA", D1), ("pl", "PAP", D1),
            ("es", "El País", D1),                 # 7: same outlet, same day: a repeat
            ("es", "El País", D2),                 # 8: the next day's follow-up
            ("fr", "Agence France-Presse", D3),    # 9: AFP's group, two days later
            ("de", "dpa", None)]                   # 10: undated: no day to tell it from dpa's report
    arts = _arts(spec)
    scope = _scope(arts)
    assert arts[8].id in scope["documents"] and arts[9].id in scope["documents"]
    assert [x["id"] for x in scope["left_out"]] == [arts[7].id, arts[10].id]


def test_a_narrow_ledger_stays_a_hard_limit():
    """A width under the default (the caller asked for a cheaper ledger) is not grown by the days."""
    arts = _arts([("en", "AP", D1), ("en", "AP", D2), ("en", "AP", D3)])
    assert ledger_choice(arts, 1, 1) == [arts[0].id]
    assert ledger_choice(arts, 3, 3) == [a.id for a in arts]
