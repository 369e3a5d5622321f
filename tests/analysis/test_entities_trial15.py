"""Trial 15 #6 (an ECB rate cut in eight languages): the Austrian central bank joined the ECB (by the
initials of "Avusturya Merkez Bankası", although the text defines "Avrupa Merkez Bankası (AMB)", and by
the bare "central bank" joined to the one country's bank the texts name); the bare surname "Lagarde"
(spaCy: a place) was an entity PLACE beside the person; the Arabic and Chinese Lagarde and Holzmann stood
alone; Turkish "Yönetim Konseyi" was a person and "ABD" no United States. Inputs written for these tests
in the style of Anadolu, Asharq al-Awsat, Xinhua and RIA."""

from __future__ import annotations

from storylens.analysis.entities import EntityExtractor

from ._docs import segmented_doc

TR = ("Avrupa Merkez Bankası (AMB), 5 Haziran Perşembe günü politika faizlerini 25 baz puan indirdi. "
      "AMB Başkanı Christine Lagarde, Frankfurt'taki basın toplantısında konuştu. "
      "Lagarde, Yönetim Konseyi'nin para politikası döngüsünün sonuna yaklaştığını belirtti. "
      "Avusturya Merkez Bankası Başkanı Robert Holzmann'ın karara karşı oy kullandığı bildirildi. "
      "ABD Başkanı Donald Trump'ın gümrük tarifeleri belirsizliği artırıyor.")
RU = ("Европейский центральный банк (ЕЦБ) снизил базовые процентные ставки на 25 базисных пунктов. "
      "Глава ЕЦБ Кристин Лагард выступила на пресс-конференции. "
      "Против решения голосовал глава центрального банка Австрии Роберт Хольцман, сообщили источники. "
      "Пошлины США давят на экономику.")
ZH = ("欧洲央行5日宣布将三大关键利率下调25个基点。"
      "欧洲央行行长拉加德在新闻发布会上说，央行处于有利位置。"
      "奥地利央行行长霍尔茨曼投了反对票。")
AR = ("خفض البنك المركزي الأوروبي يوم الخميس أسعار الفائدة الرئيسية بمقدار 25 نقطة أساس. "
      "وقالت رئيسة البنك كريستين لاغارد في مؤتمر صحافي في فرانكفورت إن البنك في وضع جيد. "
      "وصوّت محافظ البنك المركزي النمساوي روبرت هولتسمان ضد القرار.")


def _entities(*docs):
    return EntityExtractor().extract([segmented_doc(text, lang, f"d{i}") for i, (text, lang) in enumerate(docs, 1)])


def _holding(entities, form):
    return next(e for e in entities if form in {m.text for m in e.mentions})


def test_an_acronym_defined_in_brackets_is_not_the_initials_of_another_name():
    entities = _entities((TR, "tr"))
    amb = _holding(entities, "AMB")
    forms = {m.text for m in amb.mentions}
    assert "Avrupa Merkez Bankası" in forms and "Avusturya Merkez Bankası" not in forms


def test_a_countrys_central_bank_never_joins_the_ecb():
    entities = _entities((TR, "tr"), (RU, "ru"), (ZH, "zh"))
    ecb = {m.text for m in _holding(entities, "ЕЦБ").mentions}
    assert "AMB" in ecb
    assert not ecb & {"Avusturya Merkez Bankası", "центрального банка Австрии", "奥地利央行"}


def test_arabic_and_chinese_surnames_join_the_full_names():
    entities = _entities((TR, "tr"), (AR, "ar"), (ZH, "zh"))
    lagarde = {m.text for m in _holding(entities, "Christine Lagarde").mentions}
    holzmann = {m.text for m in _holding(entities, "Robert Holzmann").mentions}
    assert {"كريستين لاغارد", "拉加德"} <= lagarde
    assert {"روبرت هولتسمان", "霍尔茨曼"} <= holzmann


def test_turkish_council_is_an_organisation_and_abd_the_united_states():
    entities = _entities((TR, "tr"), (RU, "ru"))
    assert _holding(entities, "Yönetim Konseyi").type == "ORG"
    usa = _holding(entities, "ABD")
    assert usa.type == "PLACE" and "США" in {m.text for m in usa.mentions}


EN = ("The European Central Bank cut interest rates on Thursday. "
      "\"We are in a good place,\" ECB President Christine Lagarde told a news conference in Frankfurt. "
      "Lagarde said the Governing Council was near the end of its cycle. "
      "Lagarde added that the bank would decide meeting by meeting.")


def test_a_bare_surname_typed_a_place_joins_the_person_named_in_full():
    entities = _entities((EN, "en"), (RU, "ru"))
    lagarde = _holding(entities, "Christine Lagarde")
    assert lagarde.type == "PERSON" and "Lagarde" in {m.text for m in lagarde.mentions}
    assert not any(e.type == "PLACE" and "Lagarde" in {m.text for m in e.mentions} for e in entities)
