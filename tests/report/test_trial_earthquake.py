"""The new-user trial's earthquake reports through the whole pipeline (real models): differing
figures, a zero count scoped to the capital, quotes of different speakers, an outlet masthead.

The texts are short rewrites of the trial's invented reports (one earthquake in Albania, in
German, Spanish, English, French, Polish and Chinese)."""

from __future__ import annotations

import storylens
from storylens.report import comparison_to_dict, render, validate

DE = ("Erdbeben in Albanien: Mindestens 42 Tote\n\n"
      "TIRANA, 14. März 2026 (dpa) – Bei einem schweren Erdbeben der Stärke 6,8 im Norden Albaniens sind "
      "mindestens 42 Menschen ums Leben gekommen. Nach Angaben des Innenministeriums wurden mehr als 600 Menschen "
      "verletzt. Die Europäische Union sagte Soforthilfe in Höhe von 2,5 Millionen Euro zu.")
ES = ("Un terremoto en Albania deja al menos 57 muertos\n\n"
      "TIRANA, 14 de marzo de 2026 (EFE).- Al menos 57 personas murieron este viernes en un fuerte terremoto de "
      "magnitud 6,8 que sacudió el norte de Albania. Más de 600 personas resultaron heridas. La Unión Europea "
      "aprobó una ayuda de emergencia de 2,5 millones de euros.")
EN = ("РИА Новости\nMarch 14, 2026\n\n"
      "Albania quake: government says no one was killed in Tirana\n\n"
      "A magnitude 6.8 earthquake struck northern Albania on Friday morning. No one was killed in the capital "
      "Tirana, the interior ministry said. More than 600 were injured. The European Union pledged 2.5 million "
      "euros in emergency aid.")
FR = ("Séisme en Albanie : au moins 42 morts\n\n"
      "TIRANA, 14 mars 2026 (AFP) - Un puissant séisme de magnitude 6,8 a frappé vendredi le nord de l'Albanie. "
      "Le président Emmanuel Macron a appelé le Premier ministre albanais Edi Rama. « La France se tient aux côtés "
      "du peuple albanais dans cette épreuve », a déclaré le chef de l'État.")
PL = ("Trzęsienie ziemi w Albanii. Co najmniej 42 ofiary śmiertelne\n\n"
      "Tirana, 14 marca 2026 (PAP) – Co najmniej 42 osoby zginęły w piątek w silnym trzęsieniu ziemi o magnitudzie "
      "6,8, które nawiedziło północną Albanię. – Polska jest gotowa wysłać ratowników do Albanii – powiedział "
      "premier Donald Tusk.")
ZH = ("阿尔巴尼亚发生6.8级地震 至少42人遇难\n\n"
      "新华社地拉那3月14日电 阿尔巴尼亚北部14日上午发生6.8级强烈地震，造成至少42人遇难。"
      "中国驻阿尔巴尼亚大使王丽表示，中方愿提供力所能及的帮助。“中国人民同阿尔巴尼亚人民站在一起。”王丽说。")


def _compare(tmp_path, embedder, **texts):
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return storylens.compare(paths, embedder=embedder)


def test_two_lower_bounds_are_shared_with_differing_figures_in_every_format(tmp_path, embedder):
    result = _compare(tmp_path, embedder, de=DE, es=ES)
    toll = [c for c in result.claims if c.differs]
    assert toll and all(c.status == "shared" and not c.conflict for c in toll)
    assert any("at least 42 vs at least 57" in c.differs for c in toll)
    report = comparison_to_dict(result)
    validate(report)
    assert any(c.get("differs") for c in report["claims"])
    for fmt in ("terminal", "markdown", "html"):
        assert "figures differ (not a contradiction)" in render(result, fmt)


def test_no_one_killed_in_the_capital_is_no_conflict_with_a_national_toll(tmp_path, embedder):
    result = _compare(tmp_path, embedder, en=EN, de=DE)
    assert not [c for c in result.claims if c.status == "conflicting"]
    en = result.documents[0]
    assert en.outlet == "РИА Новости" and en.published == "2026-03-14"
    assert en.sentences[0].text.startswith("Albania quake")
    assert not any(c.text in ("РИА Новости", "March 14, 2026") for c in result.claims)


def test_quotes_of_different_speakers_are_not_one_claim(tmp_path, embedder):
    result = _compare(tmp_path, embedder, fr=FR, pl=PL, zh=ZH)
    assert len({q.doc for q in result.quotes}) == 3
    quote_sentences = {q.sentence for q in result.quotes}
    for claim in result.claims:
        if claim.status != "unique":
            quoted = {e.doc for e in claim.evidence if e.sentence in quote_sentences}
            assert len(quoted) < 2, claim
    # the earthquake itself is still one claim of the three (since trial 20 a conflicting one: "14日上午", a day
    # of the month alone, is read as 14 March, and these rewrites date the quake Friday, 13 March, in fr and pl)
    assert any(c.status != "unique" and len(c.docs) == 3 for c in result.claims)
