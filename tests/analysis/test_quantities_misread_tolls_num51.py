"""break49 N3/O2/O3: figures read as tolls that count no dead or injured, and what stays a toll.

A number after a word for "number" names a storm, line or door ("Bão số 3", "Typhoon No. 14"); a currency's code or
sign before a figure makes it money ("Rp 2,5 triliun", "USD 2.5 billion"); a toll word after another figure is that
figure's ("5,6 độ làm 12 người chết"); a figure of change is no toll's when the toll word has its own figure ("3 orang
tewas, kerugian mencapai …"); an amount or a percentage is no toll ("killing 40 percent of the crop"); a participle
after a clause link counts what follows it ("wounding 24 and killing a child"); the dead found alive are no toll."""

from __future__ import annotations

import pytest

from storylens.analysis.quantities import extract_numbers, unit_key


def _read(text: str, lang: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, unit_key(q.unit)) for q in extract_numbers(text, lang)]


@pytest.mark.parametrize(("lang", "text"), [
    ("vi", "Bão số 3 làm 12 người chết."),
    ("vi", "Cơn bão số 3 (Yagi) đã làm 12 người chết."),
    ("en", "Storm No. 3 left 12 people dead."),
    ("id", "Siklon nomor 3 menewaskan 12 orang."),
    ("fr", "La tempête n° 3 a fait 12 morts."),
    ("es", "La tormenta número 3 dejó 12 muertos."),
    ("pl", "Huragan nr 3 zabił 12 osób."),
    ("de", "Der Sturm Nr. 3 tötete 12 Menschen."),
])
def test_a_number_after_a_word_for_number_is_a_name(lang: str, text: str) -> None:
    assert _read(text, lang) == [(12.0, "killed")]


def test_a_total_is_no_name() -> None:
    assert _read("Tổng số 12 người chết.", "vi") == [(12.0, "killed")]


@pytest.mark.parametrize(("lang", "text", "value", "code"), [
    ("id", "Sebanyak 3 orang tewas, kerugian mencapai Rp 2,5 triliun.", 2.5e12, "IDR"),
    ("id", "Kerugian mencapai Rp2,5 triliun dan 3 orang tewas.", 2.5e12, "IDR"),
    ("id", "Kerugian mencapai Rp. 300 juta.", 3e8, "IDR"),
    ("en", "Losses reached USD 2.5 billion, officials said.", 2.5e9, "USD"),
    ("vi", "Thiệt hại khoảng VND 2.500 tỷ.", 2.5e12, "VND"),
    ("de", "Der Schaden liegt bei EUR 2,5 Mio.", 2.5e6, "EUR"),
    ("tr", "Zarar TL 5 milyar olarak açıklandı.", 5e9, "TRY"),
])
def test_a_currency_code_before_a_figure_is_money(lang: str, text: str, value: float, code: str) -> None:
    money = [q for q in extract_numbers(text, lang) if q.kind == "money"]
    assert [(q.value, q.unit) for q in money] == [(value, code)]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The rate rose to USD 1.2 percent."),  # a percentage after the code stays one
    ("it", "Lei 3 volte ha vinto."),  # a word that is also a currency's name is no sign
])
def test_no_money_without_a_written_sign(lang: str, text: str) -> None:
    assert not any(q.kind == "money" for q in extract_numbers(text, lang))


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("vi", "Trận động đất mạnh 5,6 độ làm 12 người chết và 300 người bị thương; thiệt hại 2,5 nghìn tỷ đồng.",
     [(5.6, "độ"), (12.0, "killed"), (300.0, "injured"), (2.5e12, "vnd")]),
    ("id", "Sebanyak 3 orang tewas, kerugian mencapai 2,5 triliun.", [(3.0, "killed"), (2.5e12, None)]),
    ("pl", "Zginęły 3 osoby, a straty wzrosły do 2,5 mld.", [(3.0, "killed"), (2.5e9, None)]),
    ("de", "Drei Menschen starben, der Schaden stieg auf 2,5 Milliarden.", [(3.0, "killed"), (2.5e9, None)]),
    ("it", "Tre persone sono morte, i danni sono saliti a 2,5 miliardi.", [(3.0, "killed"), (2.5e9, None)]),
    ("es", "Tres personas murieron y las pérdidas ascendieron a 2.500 millones.", [(3.0, "killed"), (2.5e9, None)]),
])
def test_a_toll_word_counts_its_own_figure(lang: str, text: str, expected: list) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("ru", "Число погибших при крушении возросло до 41."),
    ("es", "El número de muertos, según las autoridades, subió a 41."),
    ("tr", "Ölü sayısı 41'e yükseldi."),
])
def test_a_toll_that_rises_is_still_read(lang: str, text: str) -> None:
    assert _read(text, lang) == [(41.0, "killed")]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The frost hit farms in Murcia, killing 40 percent of the crop."),
    ("de", "Der Frost vernichtete die Ernte und tötete 40 Prozent der Bienen."),
    ("fr", "La sécheresse a tué 40 % du bétail."),
    ("es", "La helada mató el 40 % de la cosecha."),
    ("ru", "Засуха убила 40% посевов."),
])
def test_a_percentage_is_no_toll(lang: str, text: str) -> None:
    assert _read(text, lang) == [(40.0, "%")]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The blast ripped through the market, wounding 24 and killing 3-year-old Sami.", [(24.0, "injured"), (3.0, "age")]),
    ("en", "The blast ripped through the market, wounding 24 and killing a child.", [(24.0, "injured"), (1.0, "killed")]),
    ("fr", "L'explosion a frappé le marché, blessant 24 personnes et tuant un enfant.", [(24.0, "injured"), (1.0, "killed")]),
    ("de", "Die Explosion verletzte 24 Menschen und tötete ein Kind.", [(24.0, "injured"), (1.0, "killed")]),
    ("es", "La explosión sacudió el mercado, hiriendo a 24 personas y matando a un niño.", [(24.0, "injured"), (1.0, "killed")]),
    ("pl", "Wybuch wstrząsnął targiem, raniąc 24 osoby i zabijając dziecko.", [(24.0, "injured"), (1.0, "killed")]),
    ("ru", "Взрыв прогремел на рынке, ранив 24 человека и убив ребенка.", [(24.0, "injured")]),
    # the injured who died are dead: no link between the count and its toll
    ("fr", "Deux blessés graves sont morts.", [(2.0, "killed")]),
    ("it", "Due feriti gravi sono morti in ospedale.", [(2.0, "killed")]),
    ("es", "Dos heridos graves murieron en el hospital.", [(2.0, "killed")]),
    ("en", "Two injured passengers died overnight.", [(2.0, "killed")]),
])
def test_a_participle_after_a_link_counts_what_follows_it(lang: str, text: str, expected: list) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Officials revised the toll, saying two people listed as dead had been found alive in hospital."),
    ("de", "Zwei zunächst für tot erklärte Menschen wurden lebend im Krankenhaus aufgefunden."),
    ("es", "Dos personas dadas por muertas fueron halladas con vida en el hospital."),
    ("id", "Dua orang yang dilaporkan tewas ditemukan selamat di rumah sakit."),
    ("tr", "Ölü olarak kaydedilen iki kişi hastanede sağ olarak bulundu."),
])
def test_the_dead_found_alive_are_no_toll(lang: str, text: str) -> None:
    assert not any(key == "killed" for _, key in _read(text, lang))


@pytest.mark.parametrize(("text", "expected"), [
    ("Twelve people died and 3 were pulled out alive.", [(12.0, "killed"), (3.0, None)]),
    ("Five people were killed; a child was found alive.", [(5.0, "killed")]),
])
def test_a_toll_beside_the_living_stays(text: str, expected: list) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The 2023 earthquake killed 50,000; the new quake injured 12.", [(50000.0, "killed"), (12.0, "injured")]),
    ("It was the strongest since a 1999 earthquake near Izmit killed 17,000.", [(17000.0, "killed")]),
    # a plural noun after it, or no article before it: a count
    ("The 2000 earthquakes recorded last year were mostly small.", [(2000.0, "earthquake")]),
    ("In May 2000 people marched.", [(2000.0, "person")]),
])
def test_a_year_before_a_singular_noun_is_no_count(text: str, expected: list) -> None:
    assert _read(text, "en") == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("id", "Gempa M 6,2 mengguncang Sulawesi Barat, 34 orang tewas.", [(6.2, "magnitude"), (34.0, "killed")]),
    ("de", "Ein Beben Mw 7,1 erschütterte die Region.", [(7.1, "magnitude")]),
    ("en", "Sales rose to M 1,500 units.", [(1500.0, "unit")]),  # a thousands group is no magnitude
])
def test_a_magnitude_sign_before_a_decimal(lang: str, text: str, expected: list) -> None:
    assert _read(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Three people died and the driver is alive."),
    ("es", "Tres personas murieron y el conductor sigue vivo."),
    ("de", "Drei Menschen starben, aber der Fahrer ist noch am Leben."),
])
def test_the_living_of_another_clause_leave_the_toll(lang: str, text: str) -> None:
    assert _read(text, lang) == [(3.0, "killed")]


@pytest.mark.parametrize(("lang", "text"), [
    # an adjective before a noun no measure knows: the toll after the noun is the count's (break49's xn inputs)
    ("pl", "3 młodych policjantów zostało rannych."),
    ("ru", "3 молодых полицейских получили ранения."),
    ("uk", "3 молодих поліцейських отримали поранення."),
    ("nl", "3 zwaargewonde mensen werden opgenomen."),
])
def test_a_toll_past_an_adjective_and_an_unknown_noun(lang: str, text: str) -> None:
    assert _read(text, lang) == [(3.0, "injured")]


@pytest.mark.parametrize("lang, text", [  # break50 N12: the percentage was taken for the toll's own figure
    ("en", "The death toll rose 20% to 12."),
    ("tr", "Ölü sayısı yüzde 20 artarak 12'ye yükseldi."),
    ("de", "Die Zahl der Toten stieg um 20 Prozent auf 12."),
    ("es", "El número de muertos subió un 20 por ciento hasta 12."),
    ("ru", "Число погибших выросло на 20% до 12."),
])
def test_a_percentage_beside_a_toll_word_leaves_it_to_the_new_value(lang: str, text: str) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(20.0, "%"), (12.0, "killed")]


@pytest.mark.parametrize("lang, text", [  # break50 N6: a hurricane's category is a name, as a storm's number is
    ("en", "A Category 4 hurricane killed 12 people in Florida."),
    ("de", "Ein Hurrikan der Kategorie 4 tötete 12 Menschen."),
    ("fr", "Un ouragan de catégorie 4 a fait 12 morts."),
    ("es", "Un huracán de categoría 4 dejó 12 muertos."),
])
def test_a_storms_category_is_no_toll(lang: str, text: str) -> None:
    assert [(q.value, q.unit) for q in extract_numbers(text, lang)] == [(12.0, "killed")]
