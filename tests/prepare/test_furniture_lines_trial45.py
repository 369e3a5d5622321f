"""trial45 W6: furniture lines kept as claims, in every language: a rights notice without "©",
a share prompt, a picture credit by its label ("Fot.", "图片来源"), Xinhua's bracketed editor and
reporter credits. Each is read from the language data (text/data/<xx>.json "furniture"); the
article's own sentences about rights, sharing or photos stay."""

from __future__ import annotations

import pytest

from storylens.prepare.clean import clean_text

BODY = {
    "en": "Mine boss jailed\n\nA court in Kazakhstan sentenced the former director of the Lenin mine to nine years.",
    "de": "Grubendirektor verurteilt\n\nEin Gericht in Kasachstan hat den früheren Direktor der Grube zu neun Jahren Haft verurteilt.",
    "fr": "Le directeur condamné\n\nUn tribunal kazakh a condamné mardi l'ancien directeur de la mine à neuf ans de prison.",
    "es": "Condenado el exdirector\n\nUn tribunal de Kazajistán condenó el martes a nueve años de prisión al exdirector de la mina.",
    "it": "Direttore condannato\n\nUn tribunale del Kazakistan ha condannato martedì a nove anni l'ex direttore della miniera.",
    "pl": "Dyrektor skazany\n\nSąd w Kazachstanie skazał we wtorek byłego dyrektora kopalni na dziewięć lat więzienia.",
    "ru": "Директор осужден\n\nСуд в Казахстане во вторник приговорил бывшего директора шахты к девяти годам заключения.",
    "tr": "Maden müdürüne hapis\n\nKazakistan'da bir mahkeme salı günü madenin eski müdürüne 9 yıl hapis cezası verdi.",
    "ar": "السجن لمدير منجم\n\nقضت محكمة في كازاخستان الثلاثاء بسجن المدير السابق للمنجم تسع سنوات.",
    "zh": "哈萨克斯坦前矿长被判刑\n\n哈萨克斯坦法院周二判处列宁煤矿前矿长九年有期徒刑。",
}

FURNITURE = [
    ("de", "Alle Rechte vorbehalten.", "copyright"),
    ("fr", "Tous droits réservés.", "copyright"),
    ("es", "Todos los derechos reservados.", "copyright"),
    ("it", "Riproduzione riservata © Copyright ANSA", "copyright"),
    ("it", "Tutti i diritti riservati.", "copyright"),
    ("ru", "Все права защищены.", "copyright"),
    ("pl", "Wszelkie prawa zastrzeżone.", "copyright"),
    ("tr", "Tüm hakları saklıdır.", "copyright"),
    ("ar", "جميع الحقوق محفوظة", "copyright"),
    ("zh", "版权所有 新华社", "copyright"),
    ("en", "© 2024 Perform Group. All rights reserved.", "copyright"),
    ("en", "All rights reserved. Reuters", "copyright"),
    ("fr", "Tous droits réservés © Le Monde 2024", "copyright"),
    ("de", "© dpa 2024 Alle Rechte vorbehalten", "copyright"),
    ("en", "Share this article", "social_widget"),
    ("de", "Diesen Artikel teilen", "social_widget"),
    ("fr", "Partager cet article", "social_widget"),
    ("es", "Compartir este artículo", "social_widget"),
    ("it", "Condividi questo articolo", "social_widget"),
    ("pl", "Podziel się", "social_widget"),
    ("ru", "Поделиться", "social_widget"),
    ("tr", "Bu haberi paylaş", "social_widget"),
    ("zh", "分享到", "social_widget"),
    ("en", "Share on: Facebook X Email", "social_widget"),
    ("pl", "Fot. PAP/Radek Pietruszka", "caption"),
    ("zh", "图片来源：新华社", "caption"),
    ("ar", "الصورة: أ ف ب", "caption"),
    ("zh", "（记者 王磊）", "sign_off"),
    ("zh", "【纠错】 【责任编辑:王磊】", "sign_off"),
    ("zh", "【责任编辑：王磊】", "sign_off"),
    ("zh", "（记者王磊 李娜）", "sign_off"),
    ("zh", "（完）", "sign_off"),
    ("pl", "REKLAMA", "advert"),
]


@pytest.mark.parametrize(("lang", "line", "kind"), FURNITURE)
def test_furniture_line_is_removed_whole(lang, line, kind):
    c = clean_text(BODY[lang] + "\n\n" + line)
    assert line not in c.text
    assert (kind, line) in {(r.kind, r.text) for r in c.removed}
    # the article's sentence stays
    assert BODY[lang].split("\n\n")[1] in c.text


ARTICLE_LINES = [
    ("en", "The singer said all rights reserved by the label had been sold to a fund in 2019 for $40 million."),
    ("de", "Der Verlag teilte mit, alle Rechte vorbehalten zu wollen, bis das Gericht über die Klage entschieden habe."),
    ("fr", "Partager cet article sur les réseaux sociaux a valu au maire une plainte pour diffamation."),
    ("pl", "Fot. ilustracyjna pokazuje kopalnię, w której zginęło 32 górników, a ratownicy pracowali całą noc."),
    ("zh", "该公司表示，对这部作品版权所有权的争议已经持续三年，法院将于下月作出判决。"),
    ("zh", "（记者王磊在现场看到，约一千二百名矿工在爆炸发生时正在井下作业，其中多人受伤。）"),
    # short sentences holding the whole phrase (review37a H6: each was removed as a rights notice)
    ("en", "Universal said all rights reserved."),
    ("en", "All rights reserved, the court said on Tuesday."),
    ("zh", "法院裁定该歌曲版权所有者为张三。"),
    ("tr", "Çalışanların tüm hakları saklıdır, dedi bakan."),
    ("ru", "Мы уверены, что все права защищены."),
    ("de", "Der Verlag sagt, alle Rechte vorbehalten."),
    ("fr", "Selon lui, tous droits réservés."),
    # a sentence after a credit label's word is no credit (review37a L1: each was removed as a caption)
    ("de", "Quelle: Die Zahl der Toten stieg auf 40."),
    ("en", "Credit: The bank raised rates by 25 basis points."),
    ("pl", "Fot. ilustracyjna: policja zamknęła drogę."),
]


@pytest.mark.parametrize(("lang", "line"), ARTICLE_LINES)
def test_article_sentence_with_furniture_words_stays(lang, line):
    c = clean_text(BODY[lang] + "\n\n" + line)
    assert line in c.text
