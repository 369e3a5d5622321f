"""Speakers of stop 43 (trial55 F7, names43): a region's genitive before the holder's name, an Arabic
rank and a body's construct chain before the name, an Arabic surname that is also a month, Arabic ship
names in quotation marks, a spokesperson for a named principal, a body after its article before the
holder, and the person met ("after meeting with X") in the instrumental. Inputs written for these tests."""

import pytest

from ._docs import speakers_of


@pytest.mark.parametrize("text, language, speaker", [
    ('"Nie ma zniszczeń" - powiedział dziennikarzom gubernator Kraju Kamczackiego Władimir Sołodow.', "pl",
     "Władimir Sołodow"),
    ('"Nie ma zniszczeń" - powiedział gubernator Obwodu Moskiewskiego Andriej Worobjow.', "pl", "Andriej Worobjow"),
    ('"Разрушений нет", - сказал журналистам губернатор Камчатского края Владимир Солодов.', "ru", "Владимир Солодов"),
    ('"Разрушений нет", - сказал губернатор Московской области Андрей Воробьёв.', "ru", "Андрей Воробьёв"),
    ('"Nie ma zniszczeń" - powiedział prezydent Andrzej Duda.', "pl", "Andrzej Duda"),
    ('"Разрушений нет", - сказал министр Сергей Шойгу.', "ru", "Сергей Шойгу"),
], ids=["pl-region", "pl-oblast", "ru-krai", "ru-oblast", "pl-plain", "ru-plain"])
def test_region_in_the_genitive_before_the_holder(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    (('وقال الفريق أسامة ربيع، رئيس هيئة قناة السويس، إن ثماني قاطرات شاركت في عملية التعويم. '
      'وأضاف: "الملاحة في القناة تسير بشكل طبيعي".'), "أسامة ربيع"),
    ('وقال اللواء محمد فؤاد، مدير إدارة المرور بالمحافظة، إن الطريق أغلق. وأضاف: "نعمل على فتح الطريق".',
     "محمد فؤاد"),
    ('وقال حاكم المنطقة باسكال مايو: "سننظف الطريق بأسرع ما يمكن".', "باسكال مايو"),
    ('وقال وزير الخارجية سامح شكري: "سننظف الطريق بأسرع ما يمكن".', "سامح شكري"),
], ids=["rank-and-body", "general-and-department", "surname-month", "plain"])
def test_arabic_rank_body_and_month_surname(text, speaker):
    assert speakers_of(text, "ar") == [speaker]


@pytest.mark.parametrize("text, quotes", [
    ('أعلنت هيئة قناة السويس نجاحها في إعادة تعويم سفينة الحاويات "إيفر غلوري" التي جنحت صباح اليوم.', 0),
    ('وكانت القناة قد شهدت في مارس 2021 جنوح السفينة "إيفر غيفن" التي أغلقت المجرى الملاحي لمدة ستة أيام.', 0),
    ('وأطلق الجيش العملية "درع الشمال" التي استمرت أسبوعا.', 0),
    ('قال رئيس هيئة الأرصاد الجوية محمود شاهين إن الأمطار ستستمر "حتى نهاية الأسبوع" في معظم المناطق.', 1),
    ('وقال الوزير إن "الوضع مستقر" في المنطقة.', 1),
    ('وقال الوزير: "الوضع مستقر".', 1),
], ids=["ship", "ship-2021", "operation", "verbless-quote-mid", "after-that", "after-colon"])
def test_arabic_quoted_names_are_no_quotes(text, quotes):
    assert len(speakers_of(text, "ar")) == quotes


@pytest.mark.parametrize("text, language, speaker", [
    ('"We will not comment on leaks," said a spokesman for Prime Minister Boris Johnson.', "en",
     "a spokesman for Prime Minister Boris Johnson"),
    ('„Wir kommentieren keine Gerüchte“, sagte ein Sprecher von Premierminister Boris Johnson.', "de",
     "ein Sprecher von Premierminister Boris Johnson"),
    ('« Nous ne commentons pas les fuites », a déclaré un porte-parole du Premier ministre Boris Johnson.', "fr",
     "un porte-parole du Premier ministre Boris Johnson"),
    ('«No comentamos filtraciones», dijo un portavoz del primer ministro Boris Johnson.', "es",
     "un portavoz del primer ministro Boris Johnson"),
    ('„Nie komentujemy przecieków” – powiedział rzecznik premiera Borisa Johnsona.', "pl",
     "rzecznik premiera Borisa Johnsona"),
    ('«Мы не комментируем утечки», – сказал представитель премьер-министра Бориса Джонсона.', "ru",
     "представитель премьер-министра Бориса Джонсона"),
    ('„Nie komentujemy przecieków” – powiedział rzecznik rządu Piotr Müller.', "pl", "Piotr Müller"),
    ('"We will not comment," said the spokesman for the ministry, John Smith.', "en", "John Smith"),
], ids=["en", "de", "fr", "es", "pl", "ru", "pl-holder", "en-holder"])
def test_spokesperson_for_a_named_principal_is_unnamed(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    ('«No habrá acuerdo», dijo el portavoz del Partido de los Socialistas de Cataluña Pedro Pérez.', "es",
     "Pedro Pérez"),
    ('„Wir lehnen das ab“, sagte ein Sprecher der Partei Bündnis 90/Die Grünen, Anna Schulz.', "de", "Anna Schulz"),
], ids=["es", "de"])
def test_body_after_its_article_before_the_holder(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text, language, speaker", [
    ('«Мы договорились», – сказал министр после встречи с Анной Смирновой.', "ru", "министр"),
    ('«Мы договорились», – сказал после встречи с Анной Смирновой министр Иван Петров.', "ru", "Иван Петров"),
    ('„Porozumieliśmy się” – powiedział minister po spotkaniu z Anną Nowak.', "pl", "minister"),
], ids=["ru-role", "ru-holder-after", "pl-role"])
def test_the_person_met_is_no_speaker(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("han, latin", [
    ("刘小明", "Liu Xiao-ming"),
    ("王小丽", "Wang Xiao-li"),
    ("刘小明", "Liu Xiaoming"),
], ids=["hyphen", "hyphen-2", "joined"])
def test_hyphenated_given_name_is_the_han_name(han, latin):
    from storylens.analysis.quotes._match import _same_speaker, _speaker_key

    assert _same_speaker(_speaker_key(han), _speaker_key(latin)) == 1.0


def test_hyphenated_given_name_keeps_other_people_apart():
    from storylens.analysis.quotes._match import _same_speaker, _speaker_key

    assert _same_speaker(_speaker_key("刘小明"), _speaker_key("Liu Da-wei")) == 0.0
    assert _speaker_key("Jean-Pierre Raffarin") == ("jean-pierre", "raffarin")


@pytest.mark.parametrize("text, speaker", [
    (('THY Basın Müşaviri Yahya Üstün, sosyal medya hesabından yaptığı açıklamada, "Yolcularımızın güvenliği '
      'her şeyden önce gelir" dedi.'), "Yahya Üstün"),
    ('Cumhurbaşkanlığı Basın Danışmanı Ayşe Kaya, "Yolcularımızın güvenliği her şeyden önce gelir" dedi.', "Ayşe Kaya"),
    ('THY Basın Sözcüsü Yahya Üstün, "Yolcularımızın güvenliği her şeyden önce gelir" dedi.', "Yahya Üstün"),
], ids=["counsellor", "adviser", "spokesman"])
def test_turkish_capitalised_role_before_the_name(text, speaker):
    assert speakers_of(text, "tr") == [speaker]
