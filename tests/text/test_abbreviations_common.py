"""Common abbreviations of each text-layer language do not end a sentence (final check of stop 26:
"Według prok. Marii Lis", "со скоростью ок. 200 км/ч" were cut in two), and those that may end
one still do before a capital ("w 2023 r. Potem", "Smith et al. The"). The abbreviations are data
(text/data ``abbreviations``, ``abbreviations_may_end``); these lists check them (Chinese writes none)."""

from __future__ import annotations

import pytest

from storylens.text.segment import Segmenter

# (abbreviation as written, the word after it): the sentence must stay one
CASES = {
 "en": [("Mr", "Smith"), ("Mrs", "Smith"), ("Ms", "Smith"), ("Dr", "Smith"), ("Prof", "Smith"), ("Gen", "Smith"), ("Sen", "Smith"),
        ("Rep", "Smith"), ("Gov", "Smith"), ("Lt", "Smith"), ("Col", "Smith"), ("Sgt", "Smith"), ("Capt", "Smith"), ("Maj", "Smith"),
        ("Adm", "Smith"), ("Rev", "Smith"), ("St", "Louis"), ("Mt", "Everest"), ("Ft", "Worth"), ("Pres", "Smith"), ("Insp", "Smith"),
        ("Det", "Smith"), ("No", "10"), ("vs", "Chelsea"), ("approx", "20"), ("Cmdr", "Smith"), ("Supt", "Smith"), ("Gov", "Newsom")],
 "de": [("Dr", "Müller"), ("Prof", "Müller"), ("Nr", "5"), ("bzw", "Berlin"), ("ca", "200"), ("vgl", "Abschnitt"), ("St", "Pauli"),
        ("Hr", "Müller"), ("Fr", "Müller"), ("Abs", "3"), ("Art", "5"), ("geb", "Müller"), ("Mio", "Euro"), ("Mrd", "Euro"), ("Jh", "wurde"),
        ("inkl", "Steuern"), ("ggf", "Berlin"), ("evtl", "Berlin"), ("sog", "Reichsbürger"), ("Bd", "3"), ("Hl", "Abend"), 
        ("Abg", "Müller"), ("Gen", "Müller"), ("Pfr", "Müller"), ("Ing", "Müller"), ("Dipl", "Müller"), ],
 "fr": [("M", "Dupont"), ("MM", "Dupont"), ("Mme", "Dupont"), ("Mlle", "Dupont"), ("Dr", "Dupont"), ("Pr", "Dupont"), ("Me", "Dupont"),
        ("Mgr", "Dupont"), ("St", "Denis"), ("Ste", "Anne"), ("av", "Foch"), ("bd", "Haussmann"), ("env", "200"), ("cf", "Annexe"),
        ("art", "5"), ("n°", "5"), ("p", "12"), ("gén", "Dupont"), ("vol", "2"), ("fig", "3"), ("chap", "4"), ("lt", "Dupont")],
 "es": [("Sr", "García"), ("Sra", "García"), ("Srta", "García"), ("Dr", "García"), ("Dra", "García"), ("Dña", "María"),
        ("Lic", "García"), ("Ing", "García"), ("Gral", "García"), ("Cnel", "García"), ("Tte", "García"), ("Sto", "Domingo"), ("Sta", "Cruz"),
        ("Avda", "Diagonal"), ("av", "Diagonal"), ("pág", "12"), ("núm", "5"), ("art", "5"), ("aprox", "200"), ("Uds", "Madrid"),
        ("Mons", "García"), ("Pdte", "García"), ("Cía", "Telefónica"), ("Dir", "García"), ("Prof", "García"), ("Excmo", "Sr")],
 "it": [("Sig", "Rossi"), ("Sigg", "Rossi"), ("Sig.ra", "Rossi"), ("Dott", "Rossi"), ("Dott.ssa", "Rossi"), ("Prof", "Rossi"), ("Ing", "Rossi"),
        ("Avv", "Rossi"), ("On", "Rossi"), ("Sen", "Rossi"), ("Mons", "Rossi"), ("S", "Pietro"), ("Gen", "Rossi"), ("Col", "Rossi"),
        ("Cap", "Rossi"), ("Ten", "Rossi"), ("Magg", "Rossi"), ("Arch", "Rossi"), ("Geom", "Rossi"), ("Rag", "Rossi"), ("Pres", "Rossi"),
        ("art", "5"), ("pag", "12"), ("n", "5"), ("ca", "200"), ("Dr", "Rossi"), ("Proc", "Rossi"), ("Sost", "Rossi"), ("p.es", "Roma")],
 "pl": [("prok", "Marii"), ("gen", "Kowalski"), ("płk", "Kowalski"), ("ppłk", "Kowalski"), ("mjr", "Kowalski"), ("kpt", "Kowalski"),
        ("por", "Kowalski"), ("ks", "Kowalski"), ("bp", "Kowalski"), ("abp", "Kowalski"), ("prof", "Kowalski"), ("dr", "Kowalski"),
        ("inż", "Kowalski"), ("mgr", "Kowalski"), ("św", "Jana"), ("ul", "Kolejowej"), ("al", "Jerozolimskich"),
        ("pl", "Defilad"), ("os", "Tysiąclecia"), ("woj", "Mazowieckie"), ("ok", "20"), ("godz", "14"), ("tzw", "Orlen"), ("np", "Warszawa"),
        ("nr", "5"), ("wg", "Kowalskiego"), ("im", "Jana"), ("red", "Kowalski"), ("pos", "Kowalski"),
        ("marsz", "Kowalski"), ("adw", "Kowalski"), ("mec", "Kowalski"), ("sędz", "Kowalski"), ("nadkom", "Kowalski"), ("asp", "Kowalski"),
        ("kom", "Kowalski"), ("insp", "Kowalski"), ("podinsp", "Kowalski"), ("mł", "asp"), ("st", "asp"), ("hab", "Kowalski"), ("pow", "Kutno")],
 "ru": [("г", "Твери"), ("гг", "Москвы"), ("ул", "Ленина"), ("пр", "Мира"), ("просп", "Мира"), ("пл", "Ленина"), ("д", "5"),
        ("обл", "Тверь"), ("пос", "Лихославль"), ("им", "Ленина"), ("св", "Николая"), ("ок", "200"), ("т.е", "Москва"), ("т.н", "Сапсан"),
        ("др", "Иванов"), ("проф", "Иванов"), ("акад", "Иванов"), ("ген", "Иванов"), ("зам", "Иванова"),
        ("пред", "Иванов"), ("тыс", "Москва"), ("ч", "30"), ("ст", "105"), ("напр", "Москва"), ("см", "Приложение"), ("стр", "5"),
        ("гл", "5"), ("ред", "Иванов"), ("англ", "Sapsan"), ("дер", "Иваново"), ("пгт", "Иваново"), ("с", "Иваново"), 
        ("кв", "5"), ],
 "tr": [("Dr", "Yılmaz"), ("Prof", "Yılmaz"), ("Doç", "Yılmaz"), ("Yrd", "Doç"), ("Av", "Yılmaz"), ("Sn", "Yılmaz"), ("Cad", "No"),
        ("Sok", "No"), ("Mah", "Atatürk"), ("No", "5"), ("bkz", "Ek"), ("örn", "Ankara"), ("Org", "Yılmaz"), ("Korg", "Yılmaz"),
        ("Tuğg", "Yılmaz"), ("Alb", "Yılmaz"), ("Yzb", "Yılmaz"), ("Apt", "No"), ("Blv", "No"), ("Uzm", "Yılmaz"), ("Öğr", "Gör"), ("Gör", "Yılmaz")],
 "ar": [("د", "محمد"), ("أ", "محمد"), ("م", "محمد"), ("أ.د", "محمد"), ("ص", "12"), ("ج", "2"), ("ق", "2"), ("هـ", "وقال")],
}
LEAD = {"en": "Yesterday the committee heard from", "de": "Gestern sprach der Ausschuss mit", "fr": "Hier le comité a entendu",
        "es": "Ayer el comité escuchó a", "it": "Ieri la commissione ha ascoltato", "pl": "Wczoraj komisja wysłuchała",
        "ru": "Вчера комиссия заслушала", "tr": "Dün komisyon dinledi", "ar": "واستمعت اللجنة أمس إلى"}
TAIL = {"en": "about the plans for the city.", "de": "über die Pläne für die Stadt.", "fr": "sur les projets de la ville.",
        "es": "sobre los planes de la ciudad.", "it": "sui piani per la città.", "pl": "w sprawie planów dla miasta.",
        "ru": "о планах развития города.", "tr": "şehir planları hakkında.", "ar": "حول خطط المدينة."}


@pytest.mark.parametrize(("lang", "abbr", "after"), [(lang, a, n) for lang, cases in CASES.items() for a, n in cases])
def test_a_common_abbreviation_does_not_end_the_sentence(lang, abbr, after):
    sentence = f"{LEAD[lang]} {abbr}. {after} {TAIL[lang]}"
    assert [s.text for s in Segmenter().split(sentence, lang)] == [sentence]


@pytest.mark.parametrize(("lang", "text", "first"), [
    ("pl", "Wypadek zdarzył się w 2023 r. Potem nic się nie działo.", "Wypadek zdarzył się w 2023 r."),
    ("pl", "Zatrudnia 180 tys. Kolejni czekają na decyzję.", "Zatrudnia 180 tys."),
    ("en", "They cited Smith et al. The study was small.", "They cited Smith et al."),
    ("de", "Das gehört der Apple Inc. Der Konzern schweigt.", "Das gehört der Apple Inc."),
    # a word of the language that is also an abbreviation elsewhere is not listed ("sen" is a dream,
    # "lek" a medicine in Polish; "col" a mountain pass in French, "полк" a regiment)
    ("pl", "Miał zły sen. Potem obudził się o świcie.", "Miał zły sen."),
    ("pl", "Podano mu lek. Potem poczuł się lepiej.", "Podano mu lek."),
    ("fr", "Le peloton a franchi le col. Ensuite la course a repris.", "Le peloton a franchi le col."),
    ("ru", "Это был полк. Потом пришла дивизия.", "Это был полк."),
    # review of the abbreviation data: a unit or count after a number, a noun that is also an
    # abbreviation ("Kap" a cape, "Kap." a chapter) and "approx." end a sentence before a capital
    ("en", "The plane climbed to 30,000 ft. Then it turned back.", "The plane climbed to 30,000 ft."),
    ("en", "This is approx. Then we left.", "This is approx."),
    ("fr", "Il est tombé 50 mm. Puis la pluie a cessé.", "Il est tombé 50 mm."),
    ("de", "Sie segelten um das Kap. Dann kam der Sturm.", "Sie segelten um das Kap."),
    ("pl", "Rannych zostało 5 os. Policja bada sprawę.", "Rannych zostało 5 os."),
])
def test_an_abbreviation_that_may_end_a_sentence_still_does_before_a_capital(lang, text, first):
    assert Segmenter().split(text, lang)[0].text == first


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Według prok. Marii Lis maszynista przekroczył prędkość o ok. 20 km/h."),
    ("pl", "Mieszka przy al. Jerozolimskich w Warszawie."),  # "al." is aleja in Polish, not et al.
    ("ru", "По данным ОАО «РЖД», поезд следовал из Москвы в Санкт-Петербург со скоростью ок. 200 км/ч."),
    ("ru", "Авария произошла на 112-м км перегона Тверь — Лихославль около 14 ч. 30 мин."),
    ("en", "The wall is 10 ft. high and Ft. Worth is near."),  # a unit before a lower-case word; a name
    ("fr", "Il a plu 50 mm. hier et MM. Dupont et Durand sont venus."),
    ("pl", "Na os. Tysiąclecia rannych zostało 5 os. w wypadku."),
    ("de", "Siehe Kap. 5 im Bericht."),
])
def test_the_final_checks_sentences_stay_whole(lang, text):
    assert [s.text for s in Segmenter().split(text, lang)] == [text]
