"""The other-days rule needs a counterpart of the event, not any new name (break52 N1 N4, issue #11).

The rule (:func:`storylens.similarity._events._other_days_apart`) holds two reports apart when their openings date their
events on other days and one names someone the other never writes. break52 found true follow-ups held apart, all
one-sided:

* the follow-up's only new "name" was a German compound the lexicon does not list ("Zollfrage"), a person its second
  sentence names in passing ("Kommissionspräsidentin Ursula von der Leyen habe ihm zugestimmt") or a name the other
  text writes in another case or number ("Europe" / "Europas", "Бадром" / "Badr", "в Днепре" / "Днепр");
* a statement's day ("said on 5 February", "said on Wednesday" with a publication date) was the event's day, though
  the same weekday without a publication date was not;

and the Spanish report of Sánchez's two occasions was never held apart: "El presidente del Gobierno, Pedro Sánchez,"
made him no office holder. Texts carry a publication date header (" date 2025-02-05"), as a stream's do. Reasons and
verdict only: a hashing embedder and a fixed model row."""

from __future__ import annotations

import pytest

from ._pairs import pair_features as _features
from ._pairs import pair_score as _score

SUMMIT_DE = (" date 2025-02-03\n\nBundeskanzler Olaf Scholz hat am Montag in Brüssel am informellen EU-Gipfel "
             "teilgenommen. Er warnte die USA vor Zöllen gegen europäische Waren.")
SUMMIT_EN = (" date 2025-02-03\n\nChancellor Olaf Scholz took part in the informal EU summit in Brussels on Monday. "
             "He warned the United States against tariffs on European goods.")

# follow-ups two days later whose only name the summit's report lacks is no counterpart
FOLLOW_UPS = [
    # a German compound noun the lexicon does not list
    (SUMMIT_DE, "de", (" date 2025-02-05\n\nRegierungssprecher Steffen Hebestreit sagte am Mittwoch, Bundeskanzler "
     "Olaf Scholz habe beim EU-Gipfel in Brüssel die Einigkeit Europas in der Zollfrage betont."), "de"),
    (SUMMIT_DE, "de", (" date 2025-02-05\n\nRegierungssprecher Steffen Hebestreit sagte am Mittwoch, Bundeskanzler "
     "Olaf Scholz habe beim EU-Gipfel in Brüssel über die Handelspolitik gesprochen."), "de"),
    # a person the second sentence names in passing
    (SUMMIT_DE, "de", (" date 2025-02-05\n\nRegierungssprecher Steffen Hebestreit sagte am Mittwoch, Bundeskanzler "
     "Olaf Scholz habe beim EU-Gipfel in Brüssel die Einigkeit bei den Zöllen betont. Kommissionspräsidentin Ursula "
     "von der Leyen habe ihm zugestimmt."), "de"),
    (SUMMIT_EN, "en", (" date 2025-02-05\n\nGovernment spokesman Steffen Hebestreit said on Wednesday that Chancellor "
     "Olaf Scholz had stressed unity on tariffs at the EU summit in Brussels. Commission President Ursula von der "
     "Leyen agreed with him."), "en"),
    # a name the other text writes in another case or language
    (SUMMIT_DE, "de", (" date 2025-02-05\n\nGovernment spokesman Steffen Hebestreit said on Wednesday that Chancellor "
     "Olaf Scholz had stressed Europe's unity on tariffs at the EU summit in Brussels."), "en"),
    ((" date 2025-02-03\n\nФедеральный канцлер Олаф Шольц в понедельник принял участие в саммите ЕС в Брюсселе. Он "
     "призвал к единству Европы в торговом споре с США."), "ru",
     (" date 2025-02-05\n\nОфициальный представитель правительства Германии Штеффен Хебештрайт в среду заявил, что "
     "Олаф Шольц на саммите в Брюсселе говорил о единстве. Европа должна отвечать на пошлины вместе."), "ru"),
    # a statement's day of the month: the speaker is no name of the summit's report
    (SUMMIT_EN, "en", (" date 2025-02-05\n\nGovernment spokesman Steffen Hebestreit said on 5 February that Chancellor "
     "Olaf Scholz had discussed tariffs with Mark Rutte at the EU summit in Brussels."), "en"),
    (SUMMIT_DE, "de", (" date 2025-02-05\n\nRegierungssprecher Steffen Hebestreit sagte am Mittwoch, Bundeskanzler "
     "Olaf Scholz habe beim EU-Gipfel in Brüssel mit Mark Rutte über Zölle gesprochen."), "de"),
    (SUMMIT_EN, "en", (" date 2025-02-05\n\nLe porte-parole du gouvernement allemand, Steffen Hebestreit, a déclaré "
     "mercredi que le chancelier Olaf Scholz avait parlé des droits de douane avec Mark Rutte au sommet de "
     "Bruxelles."), "fr"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), FOLLOW_UPS)
def test_a_follow_up_without_a_new_counterpart_is_not_held_apart(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.other_days_apart is None
    assert _score(a, b, la, lb, 0.7, hashing_embedder).same_story is True


# Case forms of a counterpart and a city in Cyrillic: the follow-up names them in another case
LAVROV_RU = (" date 2024-12-02\n\nМинистр иностранных дел России Сергей Лавров в понедельник провёл в Москве "
             "переговоры с главой МИД Египта Бадром Абдель Аты. Стороны обсудили поставки пшеницы.")
ABDELATTY_EN = (" date 2024-12-04\n\nEgyptian Foreign Minister Badr Abdel Aty said on Wednesday that his talks with "
                "Russian Foreign Minister Sergei Lavrov in Moscow would secure wheat supplies for Egypt.")
STRIKE_RU = (" date 2024-11-05\n\nВо вторник российская ракета попала в жилой дом в Днепре, погибли девять человек. "
             "Спасатели продолжают разбирать завалы.")
STRIKE_RU_TOLL = (" date 2024-11-08\n\nЧисло погибших в результате ракетного удара по Днепру выросло в пятницу до "
                  "12 человек. Днепр остаётся под обстрелом.")
STRIKE_UK = (" date 2024-11-05\n\nУ вівторок російська ракета влучила в житловий будинок у Дніпрі, загинули дев'ять "
             "людей. Рятувальники продовжують розбирати завали.")
STRIKE_UK_TOLL = (" date 2024-11-08\n\nКількість загиблих унаслідок ракетного удару по Дніпру зросла в п'ятницю до "
                  "12 людей. Дніпро залишається під обстрілом.")


@pytest.mark.parametrize(("a", "la", "b", "lb"), [
    (LAVROV_RU, "ru", ABDELATTY_EN, "en"),
    (STRIKE_RU, "ru", STRIKE_RU_TOLL, "ru"),
    (STRIKE_UK, "uk", STRIKE_UK_TOLL, "uk"),
])
def test_a_name_in_another_case_is_no_other_name(a, la, b, lb, hashing_embedder):
    assert _features(a, b, la, lb, hashing_embedder).other_days_apart is None


# two occasions of one office holder stay apart: a new counterpart in the event sentence, or his own statement's day
TWO_OCCASIONS = [
    ((" date 2024-02-05\n\nEl presidente del Gobierno, Pedro Sánchez, viajó el lunes a Rabat, donde se reunió con el "
     "rey Mohamed VI para firmar acuerdos sobre inmigración y comercio."), "es",
     (" date 2024-02-07\n\nEl presidente del Gobierno, Pedro Sánchez, defendió el miércoles en el Congreso de los "
     "Diputados la ley de amnistía frente a las críticas del líder del PP, Alberto Núñez Feijóo."), "es"),
    ((" date 2024-02-05\n\nSpanish Prime Minister Pedro Sánchez travelled to Rabat on Monday, where he met King "
     "Mohammed VI to sign agreements on migration and trade."), "en",
     (" date 2024-02-07\n\nEl presidente del Gobierno, Pedro Sánchez, defendió el miércoles en el Congreso de los "
     "Diputados la ley de amnistía frente a las críticas del líder del PP, Alberto Núñez Feijóo."), "es"),
    ((" date 2025-01-20\n\nIsraeli Defence Minister Israel Katz visited the Nahal Oz base on Monday and said the army "
     "would remain in the Gaza buffer zone."), "en",
     (" date 2025-01-22\n\nIsrael's Defence Minister Israel Katz said on Wednesday that the army had launched a large "
     "operation in Jenin in the West Bank, called Iron Wall."), "en"),
    ((" date 2024-04-08\n\nМинистр иностранных дел России Сергей Лавров в понедельник прибыл в Пекин, где провёл "
     "переговоры с главой МИД Китая Ван И.\n\nЛавров также встретился с председателем КНР Си Цзиньпином."), "ru",
     (" date 2024-04-11\n\nМинистр иностранных дел России Сергей Лавров в четверг выступил на пленарном заседании "
     "Государственной думы.\n\nДепутаты спросили Лаврова о санкциях Евросоюза."), "ru"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), TWO_OCCASIONS)
def test_two_occasions_of_one_office_holder_stay_apart(a, la, b, lb, hashing_embedder):
    score = _score(a, b, la, lb, 0.7, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("the openings date their events on other days, ")


# A follow-up naming its actor and his counterpart in another case: both office holders in common, one occasion
LAVROV_EGYPT_RU = (" date 2024-12-02\n\nМинистр иностранных дел России Сергей Лавров в понедельник провёл в Москве "
                   "переговоры с главой МИД Египта Бадром Абдель Аты. Стороны обсудили поставки пшеницы.")
ABDELATTY_SISI_RU = (" date 2024-12-04\n\nМинистр иностранных дел Египта Бадр Абдель Аты в среду доложил президенту "
                     "Абдель Фаттаху ас-Сиси о переговорах с Сергеем Лавровым в Москве.")
ABDELATTY_SISI_UK = (" date 2024-12-04\n\nМіністр закордонних справ Єгипту Бадр Абдель Аті в середу доповів "
                     "президентові Абдель Фаттаху ас-Сісі про переговори з Сергієм Лавровим у Москві.")


@pytest.mark.parametrize(("b", "lb"), [(ABDELATTY_SISI_RU, "ru"), (ABDELATTY_SISI_UK, "uk")])
def test_office_holders_named_in_another_case_are_in_common(b, lb, hashing_embedder):
    # "Сергеем Лавровым" / "Сергієм Лавровим" is the "Сергей Лавров" of the meeting's title (and Бадр its "Бадром")
    f = _features(LAVROV_EGYPT_RU, b, "ru", lb, hashing_embedder)
    assert f.other_days is not None
    assert f.other_days_apart is None


# Japanese: the names written before a title (石破茂首相, マルコス大統領) are its openings' people
ISHIBA_DIET_JA = " date 2025-02-10\n\n石破茂首相は10日の衆院予算委員会で、高額療養費制度の見直しについて「患者の負担に配慮する」と述べた。"
ISHIBA_MARCOS_JA = " date 2025-02-13\n\n石破茂首相は13日、首相官邸でフィリピンのマルコス大統領と会談し、南シナ海での協力強化で一致した。"
KAMIKAWA_DIET_JA = " date 2024-03-04\n\n上川陽子外相は4日の参院予算委員会で、ウクライナ支援について「日本の責任だ」と述べた。"
KAMIKAWA_BLINKEN_JA = " date 2024-03-07\n\n上川陽子外相は7日、米国のブリンケン国務長官と電話会談し、中東情勢について意見を交わした。"
ISHIBA_TRUMP_JA = " date 2025-02-07\n\n石破茂首相は7日、ワシントンのホワイトハウスでトランプ大統領と初めて会談した。"
ISHIBA_ON_TRUMP_JA = " date 2025-02-10\n\n石破茂首相は10日の衆院予算委員会で、トランプ大統領との首脳会談について「成果があった」と述べた。"
HAYASHI_ON_TRUMP_JA = (" date 2025-02-10\n\n林芳正官房長官は10日の記者会見で、石破首相とトランプ大統領による日米首脳会談について"
                       "「成果があった」と評価した。")


@pytest.mark.parametrize(("a", "b"), [(ISHIBA_DIET_JA, ISHIBA_MARCOS_JA), (KAMIKAWA_DIET_JA, KAMIKAWA_BLINKEN_JA)])
def test_two_occasions_of_a_japanese_office_holder_are_apart(a, b, hashing_embedder):
    score = _score(a, b, "ja", "ja", 0.7, hashing_embedder)
    assert score.same_story is False
    assert score.reasons[0].startswith("the openings date their events on other days, ")


@pytest.mark.parametrize("b", [ISHIBA_ON_TRUMP_JA, HAYASHI_ON_TRUMP_JA])
def test_a_japanese_follow_up_naming_the_counterpart_again_is_not_held_apart(b, hashing_embedder):
    # (the hashing embedder reads no Japanese wording: the verdict is the content rule's, so only the rule is asked)
    f = _features(ISHIBA_TRUMP_JA, b, "ja", "ja", hashing_embedder)
    assert f.other_days is not None
    assert f.other_days_apart is None
    assert f.shared_holders


# break52 N3: one actor meeting one counterpart weeks apart in two cities: two meetings, though both names are shared
LAVROV_WANG_MEETINGS = [
    ((" date 2024-07-01\n\nRussian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Beijing on "
      "Monday to discuss the war in Ukraine and trade between the two countries."), "en",
     (" date 2024-07-25\n\nRussian Foreign Minister Sergei Lavrov met Chinese Foreign Minister Wang Yi in Vientiane on "
      "Thursday on the sidelines of an ASEAN meeting, where they discussed the South China Sea and Ukraine."), "en"),
    ((" date 2024-07-01\n\nDer russische Außenminister Sergej Lawrow hat am Montag in Peking den chinesischen "
      "Außenminister Wang Yi getroffen. Es ging um den Krieg in der Ukraine."), "de",
     (" date 2024-07-25\n\nDer russische Außenminister Sergej Lawrow hat am Donnerstag in Vientiane den chinesischen "
      "Außenminister Wang Yi getroffen. Es ging um das Südchinesische Meer."), "de"),
    ((" date 2024-07-01\n\nLe ministre russe des Affaires étrangères Sergueï Lavrov a rencontré lundi à Pékin le "
      "ministre chinois des Affaires étrangères Wang Yi pour parler de l'Ukraine."), "fr",
     (" date 2024-07-25\n\nLe ministre russe des Affaires étrangères Sergueï Lavrov a rencontré jeudi à Vientiane le "
      "ministre chinois des Affaires étrangères Wang Yi en marge d'une réunion de l'ASEAN."), "fr"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), LAVROV_WANG_MEETINGS)
def test_one_counterpart_met_weeks_apart_in_two_cities_is_two_meetings(a, la, b, lb, hashing_embedder):
    f = _features(a, b, la, lb, hashing_embedder)
    assert f.other_days_apart is not None and f.other_days_apart[:2] == ("Beijing", "Vientiane")
    score = _score(a, b, la, lb, 0.8, hashing_embedder)
    assert score.same_story is False


# a follow-up told days later from another city, or weeks later at the meeting's city, names one meeting
MACRON_SCHOLZ_PARIS = (" date 2025-03-03\n\nFrench President Emmanuel Macron hosted German Chancellor Olaf Scholz in "
                       "Paris on Monday for talks on aid to Ukraine.")


@pytest.mark.parametrize("b", [
    (" date 2025-03-05\n\nGerman Chancellor Olaf Scholz said in Berlin on Wednesday that his talks with French "
     "President Emmanuel Macron had brought the two countries closer on aid to Ukraine."),
    (" date 2025-03-17\n\nGerman Chancellor Olaf Scholz said in Paris on 17 March that the aid plan agreed with "
     "French President Emmanuel Macron in Paris two weeks ago was under way."),
])
def test_a_follow_up_of_one_meeting_is_not_two_meetings_by_its_cities(b, hashing_embedder):
    assert _features(MACRON_SCHOLZ_PARIS, b, "en", "en", hashing_embedder).other_days_apart is None


# break52 N4: a former minister convicted on Monday and acquitted on Thursday in another case names no one new; the
# opening that says "in another case" (text data other_case_cues) tells a second story of one office holder
CONVICTED_FR = (" date 2024-11-04\n\nUn tribunal de Paris a condamné lundi l'ancien ministre Jean Dupont à deux ans de "
                "prison pour corruption, dans une affaire de pots-de-vin de 90 000 euros versés par une entreprise.")
OTHER_CASES = [
    (CONVICTED_FR, "fr", (" date 2024-11-07\n\nL'ancien ministre Jean Dupont a été relaxé jeudi par la cour d'appel de "
                          "Paris dans une autre affaire, celle de ses frais de campagne de 2017, a indiqué son avocat."),
     "fr"),
    ((" date 2024-11-04\n\nA Paris court on Monday sentenced former minister Jean Dupont to two years in prison for "
      "corruption, in a case involving 90,000 euros in bribes paid by a public works company."), "en",
     (" date 2024-11-07\n\nFormer minister Jean Dupont was acquitted on Thursday by the Paris appeals court in a separate "
      "case over his 2017 campaign expenses, his lawyer said."), "en"),
    (CONVICTED_FR, "fr", (" date 2024-11-07\n\nDer frühere Minister Jean Dupont ist am Donnerstag vom Pariser "
                          "Berufungsgericht in einem anderen Verfahren um seine Wahlkampfkosten von 2017 freigesprochen "
                          "worden."), "de"),
    (CONVICTED_FR, "fr", (" date 2024-11-07\n\nEl exministro Jean Dupont fue absuelto el jueves por el tribunal de "
                          "apelación de París en otro caso, el de sus gastos de campaña de 2017, según su abogado."), "es"),
]


@pytest.mark.parametrize(("a", "la", "b", "lb"), OTHER_CASES)
def test_an_opening_telling_another_case_of_one_office_holder_is_apart(a, la, b, lb, hashing_embedder):
    score = _score(a, b, la, lb, 0.7, hashing_embedder)
    assert score.same_story is False
    assert "tells of another case" in score.reasons[0]


def test_an_appeal_in_the_same_case_is_not_another_case(hashing_embedder):
    b = (" date 2024-11-07\n\nL'ancien ministre Jean Dupont a fait appel jeudi de sa condamnation à deux ans de prison "
         "pour corruption dans l'affaire des pots-de-vin de 90 000 euros, a indiqué son avocat.")
    assert _features(CONVICTED_FR, b, "fr", "fr", hashing_embedder).other_days_apart is None
