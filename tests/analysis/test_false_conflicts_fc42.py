"""Issue #12, false conflicts (stop 42, fc42): two figures that are not one fact told two ways are never a
changed figure. Kinds: a scale word read in its own language ("$2 mil millones" is 2 × 10⁹, not $2,000; a
scale word another language gives another factor is left unread), and a figure a statistic qualifies (an
average against a peak: TVP2's average audience against Polsat's peak), and a percentage or an amount whose
clause names another subject than the other side's figures (SoftBank's 14% against Sprint's 78%). Each case
that must now be no conflict was one on 8f25b052."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import filter_numbers, statistic_of
from storylens.analysis.quantities import extract_numbers
from storylens.models import Document, Entity, Mention, Sentence
from storylens.report.pipeline import _Measures, _Places


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}:s0", text, 0, len(text), lang)


def _conflicts(a: tuple[str, str], b: tuple[str, str]) -> list[str]:
    measures = _Measures({"d1": None, "d2": None})
    return measures.measure_conflicts(_unit("d1", a[1], a[0]), _unit("d2", b[1], b[0]))


@pytest.mark.parametrize(
    "text, lang, value",
    [
        ("El fondo tuvo una pérdida de $2 mil millones el último trimestre.", "es", 2e9),
        ("La pérdida fue de 2,5 mil millones de euros.", "es", 2.5e9),
        ("O fundo perdeu 2 mil milhões de dólares.", "pt", 2e9),  # pt's compound, as before
        ("Una ricchezza di 5 mila miliardi di euro.", "it", 5e12),
        ("Une dette de 3 mille milliards d'euros.", "fr", 3e12),
        ("Firma ztratila 2 mil. Kč.", "cs", 2e6),  # Czech "mil." is a million
        ("Die Staatsschulden erreichten 1 Billion Euro.", "de", 1e12),  # German "Billion" is 10¹²
        ("The debt reached 1 billion dollars.", "en", 1e9),
        ("Asistieron 2 mil personas al acto.", "es", 2e3),  # Spanish "mil" alone stays a thousand
    ],
)
def test_a_scale_word_is_read_in_its_own_language_and_two_in_a_row_multiply(text, lang, value):
    assert [q.value for q in extract_numbers(text, lang)] == [pytest.approx(value)]


@pytest.mark.parametrize(
    "text, lang",
    [("The fund lost $2 mil last quarter.", "en"), ("Fundusz stracił 2 mil dolarów.", "pl")],
)
def test_a_scale_word_other_languages_read_two_ways_is_left_unread(text, lang):
    # "mil" is 10³ in Spanish and Portuguese, 10⁶ in Czech (and English slang for a million): no figure, not $2
    assert extract_numbers(text, lang) == ()


@pytest.mark.parametrize(
    "a, b",
    [
        (("es", "El Vision Fund de SoftBank tuvo una pérdida de $2 mil millones el último trimestre."),
         ("it", "Il Vision Fund di SoftBank ha subito una perdita di $ 2 miliardi.")),
        (("es", "La compañía perdió 2,5 mil millones de euros."), ("fr", "L'entreprise a perdu 2,5 milliards d'euros.")),
        (("pt", "O fundo perdeu US$ 2 mil milhões."), ("de", "Der Fonds verlor 2 Mrd. Dollar.")),
        (("es", "La empresa perdió $4 mil millones."), ("ru", "Компания потеряла 4 млрд долларов.")),
        (("cs", "Firma ztratila 2 mil. Kč."), ("en", "The firm lost 2 million crowns.")),
        (("pl", "Strata wyniosła 2 mld zł."), ("es", "La pérdida fue de 2 mil millones de zlotys.")),
    ],
)
def test_one_amount_written_with_other_scale_words_is_no_conflict(a, b):
    assert _conflicts(a, b) == []


def test_a_changed_amount_with_scale_words_still_conflicts():
    found = _conflicts(("es", "El fondo tuvo una pérdida de $2 mil millones."),
                       ("it", "Il fondo ha subito una perdita di $ 3 miliardi."))
    assert found == ["usd: $2 mil millones. vs $ 3 miliardi."]


@pytest.mark.parametrize(
    "text, lang, figure, statistic",
    [
        ('"Sylwester Marzeń" w TVP2 oglądało przeciętnie 6,06 mln osób, a w szczytowym momencie - 8,01 mln.', "pl",
         "6,06 mln", "average"),
        ('"Sylwester Marzeń" w TVP2 oglądało przeciętnie 6,06 mln osób, a w szczytowym momencie - 8,01 mln.', "pl",
         "8,01 mln", "peak"),
        ("At the peak of New Year's Eve, Polsat was watched by 2.8 million people", "en", "2.8 million", "peak"),
        ("The show drew 6 million viewers on average.", "en", "6 million", "average"),
        ("Die Show sahen im Schnitt 4,2 Millionen Menschen.", "de", "4,2 Millionen", "average"),
        ("Le match a été suivi en moyenne par 5,3 millions de personnes.", "fr", "5,3 millions", "average"),
        ("На пике концерт смотрели 5 миллионов человек.", "ru", "5 миллионов", "peak"),
        ("晚会平均有600万人收看。", "zh", "600万", "average"),
        ("TVP2 with 6 million viewers, on Polsat with 2.1 million", "en", "6 million", None),
        # a statistic of another clause or far after the figure is not the figure's
        ("Polsat had 2.1 million viewers, and the peak came at 10:43 pm.", "en", "2.1 million", None),
        # words that only look like a statistic: a sea, a region, a first name, half an hour, a social class
        ("في البحر المتوسط غرق 50 مهاجرا", "ar", "50", None),
        ("بلغ متوسط الأسعار 50 دولارا", "ar", "50", "average"),
        ("Au Moyen-Orient, 50 personnes sont mortes.", "fr", "50", None),
        ("Massimo Rossi ha detto che 5 persone sono morte.", "it", "5", None),
        ("Máximo Gómez dijo que murieron 5 personas.", "es", "5", None),
        ("El récord anterior era de 5 millones.", "es", "5 millones", "peak"),
        ("Después de media hora, 5 personas fueron rescatadas.", "es", "5", None),
        ("В Средней Азии погибли 5 человек.", "ru", "5", None),
        ("The Kandilli Observatory recorded 87 aftershocks by 6:00 a.m.", None, "87", None),
    ],
)
def test_the_statistic_a_figure_states(text, lang, figure, statistic):
    start = text.index(figure)
    assert statistic_of(text, start, start + len(figure), lang) == statistic


@pytest.mark.parametrize(
    "a, b",
    [
        (("pl", '"Sylwester Marzeń" w TVP2 oglądało przeciętnie 6,06 mln osób, a w szczytowym momencie - 8,01 mln.'),
         ("en", ("According to the data published by Kurski, at the peak of New Year's Eve, Polsat was watched by "
                 "2.8 million people"))),
        (("de", "Die Show sahen im Schnitt 4,2 Millionen Menschen."), ("en", "At its peak, 6.1 million people watched the show.")),
        (("fr", "Le match a été suivi en moyenne par 5,3 millions de personnes."),
         ("es", "El partido alcanzó un pico de 7 millones de personas.")),
        (("en", "The stadium held a record 80,000 people."), ("de", "Im Stadion waren durchschnittlich 45.000 Menschen.")),
        (("zh", "晚会平均有600万人收看。"), ("en", "At the peak, 8 million people watched the gala.")),
        (("tr", "Maçı ortalama 5 milyon kişi izledi."), ("en", "The match peaked at 8 million people.")),
        (("cs", "Pořad sledovalo v průměru 1,2 milionu lidí."), ("pl", "W szczytowym momencie program oglądało 2 mln osób.")),
    ],
)
def test_an_average_is_no_changed_peak(a, b):
    assert _conflicts(a, b) == []


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (("pl", "Koncert oglądało przeciętnie 6,06 mln osób."), ("en", "On average 4 million people watched the concert."),
         "average: person: 6,06 mln vs 4 million"),
        (("de", "In der Spitze sahen 8 Millionen Menschen zu."), ("en", "At the peak, 5 million people watched."),
         "peak: person: 8 Millionen vs 5 million"),
        (("de", "Bei dem Unglück starben drei Menschen."), ("en", "Five people died in the accident."), "killed: 3 vs 5"),
    ],
)
def test_two_figures_of_one_statistic_still_conflict(a, b, expected):
    assert _conflicts(a, b) == [expected]


def test_a_statistic_figure_is_its_own_kind():
    text = "Koncert sylwestrowy w Polsacie miał średnio 2,1 mln widzów, a w TVN - 1,3 mln."
    kinds = filter_numbers(text, extract_numbers(text, "pl"), "pl")
    assert [q.text for q in kinds["average"]] == ["2,1 mln"]
    assert [q.text for q in kinds["count"]] == ["1,3 mln."]


def _doc(doc_id: str, lang: str, text: str) -> Document:
    return Document(doc_id, f"{doc_id}.txt", text, (Sentence(f"{doc_id}:s0", text, 0, len(text), language=lang),),
                    language=lang)


def _with_entities(a: tuple[str, str], b: tuple[str, str], names: dict[str, tuple[str, ...]]) -> list[str]:
    """measure_conflicts of two one-sentence documents whose entities (one per name, linked across the two
    languages as the entity linker links them) are the written forms given."""
    docs = [_doc("d1", *a), _doc("d2", *b)]
    entities = [Entity(f"e{i}", name, "ORG", tuple(Mention(d.id, f"{d.id}:s0", form) for form in forms for d in docs
                                                  if form in d.text), variants=(name,))
                for i, (name, forms) in enumerate(names.items())]
    measures = _Measures({"d1": None, "d2": None}, places=_Places(entities, docs))
    return measures.measure_conflicts(_unit("d1", a[1], a[0]), _unit("d2", b[1], b[0]))


@pytest.mark.parametrize(
    "a, b, names",
    [
        (("es", ("Las ganancias de SoftBank caen un 99%, pero he aquí por qué las acciones subieron un 14% esta semana "
                 "SoftBank surgió como un gran ganador de la fusión de T-Mobile y Sprint.")),
         ("it", "Martedì il titolo Sprint è salito alle stelle del 78%, guadagnando a SoftBank oltre $ 12 miliardi."),
         {"SoftBank": ("SoftBank",), "Sprint": ("Sprint",), "T-Mobile": ("T-Mobile",)}),
        (("de", "Die Aktie von Siemens stieg um 5 Prozent."), ("en", "Shares of Bayer rose 12%."),
         {"Siemens": ("Siemens",), "Bayer": ("Bayer",)}),
        (("fr", "Renault a perdu 2 milliards d'euros l'an dernier."), ("en", "Nissan lost 5 billion euros last year."),
         {"Renault": ("Renault",), "Nissan": ("Nissan",)}),
        (("pl", "Akcje Orlenu wzrosły o 7 proc."), ("en", "PZU shares rose 3%."), {"Orlen": ("Orlenu",), "PZU": ("PZU",)}),
        (("ru", "Акции Газпрома выросли на 4%."), ("en", "Lukoil shares rose 9%."),
         {"Gazprom": ("Газпрома",), "Lukoil": ("Lukoil",)}),
    ],
)
def test_another_subjects_percentage_or_amount_is_no_changed_figure(a, b, names):
    assert _with_entities(a, b, names) == []


@pytest.mark.parametrize(
    "a, b, names, expected",
    [
        # one subject on both sides, or a figure whose clause names none: compared as before
        (("de", "Die Aktie von Siemens stieg um 5 Prozent."), ("en", "Siemens shares rose 12%."),
         {"Siemens": ("Siemens",)}, ["%: 5 vs 12"]),
        (("de", "Die Aktie stieg um 5 Prozent."), ("en", "Siemens shares rose 12%."), {"Siemens": ("Siemens",)},
         ["%: 5 vs 12"]),
        (("fr", "Renault a perdu 2 milliards d'euros."), ("en", "Renault lost 5 billion euros."),
         {"Renault": ("Renault",)}, ["eur: 2 milliards vs 5 billion"]),
        # a toll's clause names its source, not its subject: tolls keep every figure
        (("en", "Police in Paris said 5 people died."), ("fr", "Selon l'AFP, 7 personnes sont mortes."),
         {"Paris": ("Paris",), "AFP": ("AFP",)}, ["killed: 5 vs 7"]),
        # the party both name still conflicts, and the message keeps every figure
        (("en", "PiS had 35.6% and KO 30.4%."), ("pl", "KO zdobyła 30,70 proc."), {"PiS": ("PiS",), "KO": ("KO",)},
         ["%: 35.6 / 30.4 vs 30,70"]),
    ],
)
def test_one_subjects_figures_still_conflict(a, b, names, expected):
    assert _with_entities(a, b, names) == expected


def test_leaving_out_another_subjects_figure_never_makes_a_conflict():
    # The list agrees on Romania's 15.3 %, its anchor; Polish case forms not linked to the English names would
    # leave only some items without the anchor, which read alone were "%: 13,5 vs 6.1" (tune half, Eurostat set).
    a = ("pl", ("Najwyższy wskaźnik zagrożenia ubóstwem wśród zatrudnionych odnotowano w Rumunii (15,3 proc.), "
                "Luksemburgu (13,5 proc.), Hiszpanii (12,9 proc.) i we Włoszech (12,2 proc.)."))
    b = ("en", ("Workers are most at risk of poverty in Romania (15.3%), Luxembourg (13.5 people with open-ended "
                "employment contracts it was 6.1%."))
    names = {"Rumunia": ("Rumunii",), "Romania": ("Romania",), "Luxembourg": ("Luksemburgu", "Luxembourg"),
             "Hiszpania": ("Hiszpanii",), "Włochy": ("Włoszech",)}
    assert _with_entities(a, b, names) == []
