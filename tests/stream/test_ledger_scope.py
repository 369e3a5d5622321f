"""The claim ledger says when it leaves a story's articles out (trial #7), in every format."""

from __future__ import annotations

import json

import jsonschema
from typer.testing import CliRunner

from storylens.cli import app
from storylens.models import Comparison, Document, Similarity
from storylens.report import load_schema
from storylens.stream import render_story

from ..cli.test_cli_stream import seeded  # noqa: F401 - the module's two-article store fixture

NOTE = 'The ledger compares 6 of 7 articles, one per language and outlet first; left out: a6 (en, CNN): "t6".'


def _payload() -> dict:
    arts = [{"id": f"a{i}", "outlet": "CNN", "language": "en", "published": None, "title": f"t{i}", "reason": "seed"}
            for i in range(7)]
    docs = tuple(Document(id=f"d{i}", source=f"{i}.txt", text="x", sentences=()) for i in (1, 2))
    return {"id": "S-1", "title": "t", "articles": arts, "first_seen": None, "last_seen": None,
            "coverage": {"outlets": {"CNN": 7}, "languages": {"en": 7}}, "blindspots": [], "timeline": [],
            "duplicates": [], "ledger": {"documents": [a["id"] for a in arts[:6]], "of": 7, "note": NOTE},
            "claims": {"comparison": Comparison(documents=docs, similarity=Similarity(True, 0.9, {}))}}


def test_markdown_terminal_and_json_say_the_ledger_is_cut():
    payload = _payload()
    md = render_story(payload, "markdown")
    assert NOTE in md.split("## Claim ledger", 1)[1]
    assert NOTE in render_story(payload, "terminal").split("Claim ledger", 1)[1]
    assert json.loads(render_story(payload, "json"))["ledger"]["note"] == NOTE


def test_no_note_when_the_ledger_compares_every_article():
    payload = _payload()
    payload["ledger"] = {"documents": ["a0", "a1"], "of": 2, "note": None}
    assert "The ledger compares" not in render_story(payload, "markdown")


def test_the_cli_json_has_the_ledger_scope_in_the_shipped_schema(seeded, monkeypatch):  # noqa: F811
    db, _ = seeded
    run = CliRunner().invoke
    sid = json.loads(run(app, ["stories", "--db", str(db), "-f", "json"]).output)["stories"][0]["id"]
    whole = json.loads(run(app, ["story", sid, "--db", str(db), "--no-claims", "-f", "json"]).output)
    jsonschema.validate(whole, load_schema("story"))
    assert whole["ledger"]["of"] == 2 and len(whole["ledger"]["documents"]) == 2 and whole["ledger"]["note"] is None
    monkeypatch.setattr("storylens.stream.queries.LEDGER_DOCS", 1)  # a two-article story with a one-article ledger: cut
    monkeypatch.setattr("storylens.stream.queries.LEDGER_COVER_DOCS", 1)
    cut = json.loads(run(app, ["story", sid, "--db", str(db), "--no-claims", "-f", "json"]).output)
    jsonschema.validate(cut, load_schema("story"))
    assert cut["ledger"]["documents"] == [whole["articles"][0]["id"]]
    second = whole["articles"][1]
    assert cut["ledger"]["note"].startswith("The ledger compares 1 of 2 articles, one per language and outlet first; left out: " + second["id"][:12])
    assert [a["id"] for a in cut["ledger"]["left_out"]] == [second["id"]]


def _view(n: int):
    from storylens.stream.queries import ArticleView

    langs = ["de", "es", "en", "zh", "fr", "pl", "ar"]
    titles = ["Erdbeben in Albanien: Mindestens 42 Tote", "Un terremoto en Albania deja al menos 57 muertos",
              "Albania quake: government says no one was killed in Tirana", "阿尔巴尼亚发生6.8级地震 至少42人遇难",
              "Séisme en Albanie : au moins 42 morts", "Trzęsienie ziemi w Albanii.",
              "زلزال في ألبانيا يودي بحياة 42 شخصا على الأقل " * 3]
    arts = tuple(ArticleView(f"{i:02d}" + "ab" * 7, None, f"{langs[i]}.txt", None, "AFP" if i == 6 else None,
                             titles[i], langs[i], None) for i in range(n))
    return type("View", (), {"articles": arts})()


def test_the_note_and_json_name_the_articles_the_ledger_leaves_out(monkeypatch):
    from storylens.stream.queries import ledger_scope

    monkeypatch.setattr("storylens.stream.queries.LEDGER_COVER_DOCS", 0)  # the cut alone, no coverage rounds

    scope = ledger_scope(_view(7), 6)
    assert scope["documents"] == [f"{i:02d}" + "ab" * 7 for i in range(6)]
    [left] = scope["left_out"]
    assert left["id"] == "06" + "ab" * 7 and left["language"] == "ar" and left["outlet"] == "AFP"
    assert len(left["title"]) <= 60 and left["title"].endswith("…")
    assert scope["note"].startswith('The ledger compares 6 of 7 articles, one per language and outlet first; left out: 06ababababab (ar, AFP): "زلزال')
    assert ledger_scope(_view(7), 7)["note"] is None and ledger_scope(_view(7), 7)["left_out"] == []
    many = ledger_scope(_view(7), 1)
    assert len(many["left_out"]) == 6 and many["note"].endswith("; and 1 more.")


def _arts(spec):
    from storylens.stream.queries import ArticleView

    return tuple(ArticleView(f"{i:02d}" + "cd" * 7, None, f"{i}.txt", None, outlet, f"t{i}", lang, None)
                 for i, (lang, outlet) in enumerate(spec))


def test_the_ledger_compares_one_article_per_language_and_outlet_first():
    """Trial 8: "the first 6 of 9" kept two German reports (dpa, Handelsblatt) and left out the
    English, Russian and Spanish ones, which carried the story's conflicts. Each of the eight
    languages and nine outlets is read now (the ledger grows past 6 to cover them)."""
    from storylens.stream.queries import ledger_choice, ledger_scope

    spec = [("de", "dpa"), ("de", "Handelsblatt"), ("fr", "AFP"), ("pl", "PAP"), ("ar", "WAM"),
            ("en", "Reuters"), ("ru", "RIA Novosti"), ("es", "EFE"), ("zh", None)]
    arts = _arts(spec)
    scope = ledger_scope(type("View", (), {"articles": arts})(), 6)
    assert scope["documents"] == [a.id for a in arts] and scope["note"] is None and scope["left_out"] == []
    # without room to grow, one per language first, in story order
    assert [arts[int(i[:2])].language for i in ledger_choice(arts, 6)] == ["de", "fr", "pl", "ar", "en", "ru"]


def _copiapo():
    """A mine collapse near Copiapó as the trial fed it: nine languages, agencies writing in several
    (AFP in French and English), a Spanish paper before EFE's Spanish wire (which had the vote)."""
    return _arts([("en", "AP"), ("es", "El País"), ("en", "Reuters"), ("de", "dpa"), ("fr", "AFP"),
                  ("es", "EFE"), ("ru", "ТАСС"), ("zh", "新华社"), ("ar", "الجزيرة"), ("de", "Der Spiegel"),
                  ("it", "ANSA"), ("tr", "Anadolu Ajansı"), ("en", "afp "), ("es", "EFE"), ("en", "AP")])


def test_every_language_and_outlet_group_is_read_before_a_second_article_of_a_language():
    from storylens.stream.queries import ledger_scope

    arts = _copiapo()
    scope = ledger_scope(type("View", (), {"articles": arts})())
    read = [a for a in arts if a.id in scope["documents"]]
    assert {a.language for a in read} == {a.language for a in arts}  # it and tr were dropped at 6 slots
    assert {a.outlet.casefold().strip() for a in read} == {a.outlet.casefold().strip() for a in arts}
    assert "EFE" in [a.outlet for a in read]
    assert len(read) == 12  # nine languages, then Reuters, EFE and Der Spiegel: outlet groups not yet read
    # AFP's English copy is AFP's group ("afp " folds to "afp"), the second EFE and AP are repeats: left out, named
    assert [x["id"] for x in scope["left_out"]] == [arts[12].id, arts[13].id, arts[14].id]
    assert scope["note"].startswith("The ledger compares 12 of 15 articles, one per language and outlet first; left out: 12cdcdcdcdcd (en, afp )")


def test_the_coverage_rounds_stop_at_their_ceiling_languages_first():
    from storylens.stream.queries import ledger_choice

    arts = _copiapo()
    chosen = ledger_choice(arts, 2, 9)
    assert sorted({arts[int(i[:2])].language for i in chosen}) == sorted({a.language for a in arts})
    assert len(chosen) == 9 and arts[5].id not in chosen  # a ninth language comes before EFE's second Spanish report
    assert ledger_choice(arts, 4) == [arts[i].id for i in (0, 1, 3, 4)]  # no ceiling given: the cut


def test_a_second_outlet_in_a_language_comes_before_a_second_article_of_an_outlet():
    from storylens.stream.queries import ledger_choice

    arts = _arts([("en", "CNN"), ("en", "CNN"), ("en", "Fox"), ("de", "CNN"), ("en", None), ("en", "Fox")])
    # a new language first (German, though its outlet CNN is read), then the new outlets, then repeats
    assert ledger_choice(arts, 3) == [arts[0].id, arts[3].id, arts[2].id]
    assert ledger_choice(arts, 4) == [arts[0].id, arts[3].id, arts[2].id, arts[4].id]
    assert ledger_choice(arts, 6) == [a.id for a in (arts[0], arts[3], arts[2], arts[4], arts[1], arts[5])]
    assert ledger_choice(arts, 0) == []


def test_an_agency_under_its_names_in_several_languages_is_one_outlet_group():
    """AFP's French wire and its copy credited "Agence France-Presse" are one group, as are "AP" and
    "Associated Press" (data/aliases.json)."""
    from storylens.stream.queries import ledger_choice, outlet_group

    arts = _arts([("fr", "AFP"), ("es", "El País"), ("en", "Agence France-Presse"), ("es", "EFE"), ("en", "AP"),
                  ("en", "Associated Press")])
    assert outlet_group("Agence France-Presse") == outlet_group("afp") == outlet_group("法新社")
    assert outlet_group("Il Sole 24 Ore") == "il sole 24 ore"  # not in the table: its folded name
    # English by AP (a new group), not by AFP's copy; then EFE, a group not yet read
    assert ledger_choice(arts, 4, 4) == [arts[i].id for i in (0, 1, 4, 3)]
    # then the rest in story order: AFP's English copy before the second AP ("Associated Press")
    assert ledger_choice(arts, 5, 5) == [arts[i].id for i in (0, 1, 4, 3, 2)]
