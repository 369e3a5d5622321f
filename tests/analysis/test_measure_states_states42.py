"""Measure stances stop 42 read across languages (trial52 F1/F6/F7/F12, trial51 F19/F24, closing_stop41 #12 "left").

Before: de "Die rote Warnstufe wurde … aufgehoben" named no measure ("Warnstufe"), ru «Трассу S7 … открыли» and
uk «Трасу … відкрили» had no stance (only «вновь открыли» had), ja «国道57号は金曜日まで通行止めとなる» none
("通行止めとなる", and a place shut "until Friday" is kept shut), a transport service said suspended, kept suspended or
resumed ("Ferry services … remain suspended" / "resumed on Thursday", «Рух тролейбусів … відновлено», «vapur seferleri …
durduruldu» / "Fährverkehr … wieder aufgenommen") none in any language, and «traforo», «kopalnia», «důl», a mine, and
uk «зачинені» schools were no measure: every pair below was one shared claim. An opening denied («досі не відкрили»,
"nebyla otevřena") was none, or a closing: now kept, as a denied reopening is. Text data "measure_nouns" (the service
keys "flights", "ferries", "trains", "transit", "traffic", and "talks", "production" with them; "mine"),
"service_states", "opening_acts", "open_states", "closing_states"."""

from __future__ import annotations

import pytest

from storylens.analysis.claims import Unit
from storylens.analysis.conflicts import measure_keys, measure_stance
from storylens.report.pipeline import _measure_stance_conflict

_STANCES = [
    # warnings (a warning level is a warning)
    ("de", "lifted", "Die rote Warnstufe wurde am Donnerstagabend aufgehoben."),
    ("de", "kept", "Die Warnstufe Rot bleibt bis Freitag in Kraft."),
    ("fr", "kept", "La vigilance rouge est maintenue jusqu'à vendredi matin."),
    ("es", "lifted", "La alerta roja fue desactivada el jueves por la noche."),
    ("pl", "lifted", "Czerwony alert został odwołany w czwartek wieczorem."),
    ("ru", "lifted", "Красный уровень опасности отменили в четверг вечером."),
    ("ar", "lifted", "رُفع الإنذار الأحمر مساء الخميس."),
    # a road opened without "again"
    ("ru", "open", "Трассу S7 в сторону Гданьска открыли в четверг вечером."),
    ("ru", "open", "Движение по трассе М-4 открыли в четверг."),
    ("ru", "open", "Мост открыли для движения в четверг."),
    ("uk", "open", "Трасу М-06 відкрили в четвер увечері."),
    ("pl", "open", "Drogę S7 otwarto w czwartek wieczorem."),
    ("cs", "open", "Dálnici D1 ve čtvrtek večer otevřeli."),
    # an opening denied keeps the place shut, as a denied reopening does (trial50 F21)
    ("ru", "kept", "Дорогу на Киль так и не открыли, сообщила полиция."),
    ("ru", "kept", "Дорогу на Киль до сих пор не открыли, сообщила полиция."),
    ("uk", "kept", "Дорогу на Кіль досі не відкрили, повідомила поліція."),
    ("pl", "kept", "Drogi do Kilonii do tej pory nie otwarto, poinformowała policja."),
    ("pl", "kept", "Droga do Kilonii nie została jeszcze otwarta, poinformowała policja."),
    ("cs", "kept", "Silnice do Kielu dosud nebyla otevřena, uvedla policie."),
    # a place shut until a day is kept shut
    ("ja", "kept", "国道57号は金曜日まで通行止めとなる。"),
    ("ko", "kept", "57번 국도는 금요일까지 통행이 통제된다."),
    ("en", "kept", "The road will be closed until Friday."),
    ("de", "kept", "Die Straße ist bis Freitag gesperrt."),
    ("ja", "closed", "国道57号は26日午後から通行止めとなった。"),
    # services
    ("en", "kept", "Ferry services between Karsiyaka and Konak remain suspended until Monday."),
    ("en", "lifted", "Ferry services between Karsiyaka and Konak resumed on Thursday."),
    ("en", "closed", "Flights were suspended at the airport on Thursday."),
    ("de", "kept", "Der Zugverkehr zwischen Köln und Bonn bleibt eingestellt."),
    ("de", "lifted", "Der Fährverkehr zwischen Karşıyaka und Konak wurde am Donnerstagnachmittag wieder aufgenommen."),
    ("de", "closed", "Der Flugverkehr wurde am Donnerstag eingestellt."),
    ("fr", "lifted", "Le trafic ferroviaire a repris jeudi matin."),
    ("fr", "kept", "Le trafic ferroviaire reste interrompu jusqu'à lundi."),
    ("es", "lifted", "El tráfico ferroviario se reanudó el jueves."),
    ("es", "kept", "Los vuelos siguen suspendidos hasta el lunes."),
    ("it", "lifted", "La circolazione dei treni è ripresa giovedì mattina."),
    ("it", "kept", "I collegamenti dei traghetti restano sospesi fino a lunedì."),
    ("pt", "lifted", "A circulação de comboios foi retomada na quinta-feira."),
    ("pt", "kept", "Os voos continuam suspensos até segunda-feira."),
    ("nl", "lifted", "Het treinverkeer is donderdagochtend hervat."),
    ("nl", "kept", "Het treinverkeer blijft tot maandag stilgelegd."),
    ("pl", "lifted", "Ruch pociągów wznowiono w czwartek rano."),
    ("pl", "kept", "Loty pozostają zawieszone do poniedziałku."),
    ("cs", "lifted", "Vlaková doprava byla ve čtvrtek obnovena."),
    ("ru", "lifted", "Движение поездов возобновили в четверг утром."),
    ("ru", "kept", "Авиасообщение остаётся приостановленным до понедельника."),
    ("uk", "lifted", "Рух тролейбусів у Приморському районі відновлено в четвер вранці."),
    ("uk", "kept", "Рух тролейбусів у Приморському районі залишається призупиненим."),
    ("tr", "kept", "Karşıyaka ile Konak arasındaki vapur seferleri pazartesiye kadar durduruldu."),
    ("tr", "lifted", "Vapur seferleri perşembe günü yeniden başladı."),
    ("ja", "lifted", "フェリーの運航は木曜日に再開された。"),
    ("ja", "closed", "全便の運航が停止された。"),
    ("ko", "lifted", "여객선 운항이 26일 재개됐다."),
    ("zh", "lifted", "轮渡服务已于周四恢复。"),
    ("zh", "closed", "航班已于周四暂停。"),
    ("ar", "lifted", "استؤنفت حركة القطارات صباح الخميس."),
    ("en", "open", "Train services were not suspended again after Monday's fault."),  # a denied suspension: running
    ("en", "kept", "Ferry services have not resumed yet."),  # a denied resumption: still stopped
    # talks and production stopped and resumed
    ("en", "lifted", "The airline resumed talks with the pilots' union."),
    ("en", "kept", "Talks remain suspended."),
    ("en", "closed", "Production was halted at the plant on Thursday."),
    ("de", "closed", "Die Gespräche wurden am Donnerstag abgebrochen."),
    ("de", "closed", "Die Produktion im Werk wurde eingestellt."),
    ("fr", "lifted", "Les négociations ont repris jeudi."),
    ("es", "closed", "La producción quedó paralizada el jueves."),
    ("it", "lifted", "Le trattative sono riprese giovedì."),
    ("pl", "closed", "Produkcja została wstrzymana w czwartek."),
    ("ru", "lifted", "Президент возобновил переговоры."),
    ("uk", "lifted", "Переговори відновили в четвер."),
    ("tr", "closed", "Fabrikada üretim durduruldu."),
    ("ja", "closed", "工場の操業を停止した。"),
    ("ko", "lifted", "협상이 26일 재개됐다."),
    ("zh", "lifted", "双方恢复谈判。"),
    ("ar", "lifted", "استؤنفت المفاوضات بين الطرفين."),
    # tunnels, mines, schools
    ("it", "kept", "Il traforo del Frejus resta chiuso fino a domenica."),
    ("it", "lifted", "Il traforo del Frejus è stato riaperto giovedì sera."),
    ("pl", "kept", "Kopalnia pozostanie zamknięta do poniedziałku."),
    ("cs", "lifted", "Důl byl ve čtvrtek odpoledne znovu otevřen."),
    ("en", "lifted", "The mine was reopened on Thursday."),
    ("ru", "kept", "Шахта останется закрытой до понедельника."),
    ("uk", "kept", "Школи в Одесі залишаються зачиненими до понеділка."),
]


@pytest.mark.parametrize(("lang", "stance", "text"), _STANCES)
def test_stance_read(lang: str, stance: str, text: str) -> None:
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Some 40 flights were cancelled because of fog."),  # a service's cancelling lifts nothing
    ("en", "Rescuers resumed the search near the motorway."),
    ("en", "Police suspended the search for the missing hikers near the border."),
    ("en", "He is a friend of mine who works at the airport."),
    ("en", "The player was suspended after the match at the stadium."),
    ("en", "Flights from Paris landed on time."),
    ("de", "Die Polizei stellte die Ermittlungen am Donnerstag ein."),
    ("fr", "Le trafic de drogue a repris dans le quartier."),
    ("fr", "Les vols de voitures ont repris à Marseille."),
    ("fr", "Il a été suspendu de ses fonctions."),
    ("es", "El tráfico de drogas se reanudó en la frontera."),
    ("it", "Il traffico di droga è ripreso al confine."),
    ("ru", "Пограничники открыли огонь через границу."),
    ("ru", "Через границу открыли огонь."),
    ("ru", "Следователи открыли уголовное дело после аварии на трассе."),
    ("uk", "Прикордонники відкрили вогонь через кордон."),
    ("pl", "Prokuratura wznowiła śledztwo w sprawie wypadku na drodze."),
    ("ja", "警察は捜索を再開した。"),
    ("ko", "경찰은 수색을 재개했다."),
    ("nl", "De politie heeft het onderzoek hervat."),
    ("en", "Talks were cancelled."),
    ("en", "The director of production was arrested on Thursday."),
    ("fr", "Le directeur de la production a été arrêté jeudi."),
    ("es", "El jefe de producción fue detenido el jueves."),
])
def test_no_measure_no_stance(lang: str, text: str) -> None:
    assert measure_stance(text, lang) is None


def test_a_closing_dated_over_a_range_stays_a_closing() -> None:
    """"closed from Monday until Wednesday" tells the closing's course (then a reopening on Wednesday agrees)."""
    assert measure_stance("The road was closed from Monday until Wednesday.", "en") == "closed"


def test_services_are_kept_apart() -> None:
    assert measure_keys("Flights were suspended on Thursday.", "en") == {"flights"}
    assert measure_keys("Train services resumed on Thursday.", "en") == {"trains"}
    assert measure_keys("Der Fährverkehr wurde wieder aufgenommen.", "de") == {"ferries"}


def _unit(doc: str, text: str, lang: str) -> Unit:
    return Unit(doc, f"{doc}-s1", text, 0, len(text), lang)


@pytest.mark.parametrize(("a", "b", "expected"), [
    (("Droga S7 w kierunku Gdańska pozostaje zablokowana do piątku.", "pl"),
     ("Трассу S7 в сторону Гданьска открыли в четверг вечером.", "ru"), "measure: d1 kept, d2 open"),
    (("La vigilance rouge est maintenue jusqu'à vendredi matin.", "fr"),
     ("Die rote Warnstufe wurde am Donnerstagabend aufgehoben.", "de"), "measure: d1 kept, d2 lifted"),
    (("国道57号は金曜日まで通行止めとなる。", "ja"), ("57번 국도는 26일 오후 통행이 재개됐다.", "ko"), "measure: d1 kept, d2 lifted"),
    (("Ferry services between Karsiyaka and Konak remain suspended until Monday.", "en"),
     ("Ferry services between Karsiyaka and Konak resumed on Thursday.", "en"), "measure: d1 kept, d2 lifted"),
    (("Karşıyaka ile Konak arasındaki vapur seferleri pazartesiye kadar durduruldu.", "tr"),
     ("Der Fährverkehr zwischen Karşıyaka und Konak wurde am Donnerstagnachmittag wieder aufgenommen.", "de"),
     "measure: d1 kept, d2 lifted"),
    (("Рух тролейбусів у Приморському районі відновлено в четвер вранці.", "uk"),
     ("Trolleybus services in the Prymorskyi district remain suspended.", "en"), "measure: d1 lifted, d2 kept"),
    (("Il traforo del Frejus resta chiuso al traffico ferroviario fino a domenica.", "it"),
     ("Le tunnel du Fréjus a été rouvert au trafic ferroviaire jeudi soir.", "fr"), "measure: d1 kept, d2 lifted"),
    (("Kopalnia pozostanie zamknięta do poniedziałku.", "pl"),
     ("Důl byl ve čtvrtek odpoledne znovu otevřen.", "cs"), "measure: d1 kept, d2 lifted"),
    (("Дорогу на Кіль досі не відкрили, повідомила поліція.", "uk"),
     ("The road to Kiel was reopened on Thursday, police said.", "en"), "polarity: d1 denies, d2 affirms"),
    (("Talks between the union and the airline remain suspended.", "en"),
     ("Les négociations entre le syndicat et la compagnie ont repris jeudi.", "fr"), "measure: d1 kept, d2 lifted"),
    (("Der Zugverkehr zwischen Köln und Bonn bleibt eingestellt.", "de"),
     ("Train services between Cologne and Bonn resumed on Thursday.", "en"), "measure: d1 kept, d2 lifted"),
])
def test_opposite_states_conflict(a, b, expected) -> None:
    assert _measure_stance_conflict(_unit("d1", *a), _unit("d2", *b)) == [expected]


@pytest.mark.parametrize(("a", "b"), [
    # one state said two ways
    (("Ferry services between Karsiyaka and Konak remain suspended until Monday.", "en"),
     ("Karşıyaka ile Konak arasındaki vapur seferleri pazartesiye kadar durduruldu.", "tr")),
    (("国道57号は金曜日まで通行止めとなる。", "ja"), ("Droga S7 pozostaje zablokowana do piątku.", "pl")),
    (("Трассу S7 открыли в четверг вечером.", "ru"), ("The S7 was reopened on Thursday evening.", "en")),
    (("Der Fährverkehr wurde am Donnerstag wieder aufgenommen.", "de"), ("Ferry services resumed on Thursday.", "en")),
    # a service and an activity
    (("Production was halted at the plant on Thursday.", "en"), ("Talks resumed on Thursday.", "en")),
    # two services
    (("Flights remain suspended until Monday.", "en"), ("Train services resumed on Thursday.", "en")),
    (("Der Flugverkehr bleibt eingestellt.", "de"), ("Le trafic ferroviaire a repris jeudi matin.", "fr")),
    # a service's cancelled runs against its stop: one side
    (("Some 40 ferry services were cancelled on Thursday.", "en"), ("Ferry services remain suspended.", "en")),
])
def test_no_conflict(a, b) -> None:
    assert _measure_stance_conflict(_unit("d1", *a), _unit("d2", *b)) == []

# Each of the 16 languages, each state: a ferry service stopped, kept stopped and resumed (and denials of both), a
# warning lifted and kept, a mine kept shut and reopened (main 8a7d8705 read 33 of the 64 warning/mine rows wrong
# and every service row None).
_EVERY_LANGUAGE = [
    ('en', 'closed', 'Ferry services were suspended on Thursday.'),
    ('de', 'closed', 'Der Fährverkehr wurde am Donnerstag eingestellt.'),
    ('fr', 'closed', 'Les liaisons maritimes ont été suspendues jeudi.'),
    ('es', 'closed', 'El servicio de ferris fue suspendido el jueves.'),
    ('it', 'closed', 'I collegamenti con i traghetti sono stati sospesi giovedì.'),
    ('pt', 'closed', 'As ligações fluviais foram suspensas na quinta-feira.'),
    ('nl', 'closed', 'De veerdienst werd donderdag stilgelegd.'),
    ('pl', 'closed', 'Kursy promów zostały zawieszone w czwartek.'),
    ('cs', 'closed', 'Provoz trajektů byl ve čtvrtek pozastaven.'),
    ('ru', 'closed', 'Паромное сообщение приостановлено в четверг.'),
    ('uk', 'closed', 'Поромне сполучення призупинили в четвер.'),
    ('tr', 'closed', 'Vapur seferleri perşembe günü durduruldu.'),
    ('ja', 'closed', 'フェリーの運航は木曜日に停止された。'),
    ('ko', 'closed', '여객선 운항이 26일 중단됐다.'),
    ('zh', 'closed', '轮渡已于周四停航。'),
    ('ar', 'closed', 'تم تعليق حركة العبارات يوم الخميس.'),
    ('en', 'kept', 'Ferry services remain suspended.'),
    ('de', 'kept', 'Der Fährverkehr bleibt eingestellt.'),
    ('fr', 'kept', 'Les liaisons maritimes restent suspendues.'),
    ('es', 'kept', 'El servicio de ferris sigue suspendido.'),
    ('it', 'kept', 'I collegamenti con i traghetti restano sospesi.'),
    ('pt', 'kept', 'As ligações fluviais continuam suspensas.'),
    ('nl', 'kept', 'De veerdienst blijft stilgelegd.'),
    ('pl', 'kept', 'Kursy promów pozostają zawieszone.'),
    ('cs', 'kept', 'Provoz trajektů zůstává pozastaven.'),
    ('ru', 'kept', 'Паромное сообщение остаётся приостановленным.'),
    ('uk', 'kept', 'Поромне сполучення залишається призупиненим.'),
    ('tr', 'kept', 'Vapur seferleri durdurulmuş durumda.'),
    ('ja', 'kept', 'フェリーの運航は停止が続いている。'),
    ('ko', 'kept', '여객선 운항 중단이 계속되고 있다.'),
    ('zh', 'kept', '轮渡仍然停航。'),
    ('ar', 'kept', 'لا تزال حركة العبارات معلقة.'),
    ('en', 'lifted', 'Ferry services resumed on Thursday.'),
    ('de', 'lifted', 'Der Fährverkehr wurde am Donnerstag wieder aufgenommen.'),
    ('fr', 'lifted', 'Les liaisons maritimes ont repris jeudi.'),
    ('es', 'lifted', 'El servicio de ferris se reanudó el jueves.'),
    ('it', 'lifted', 'I collegamenti con i traghetti sono ripresi giovedì.'),
    ('pt', 'lifted', 'As ligações fluviais foram retomadas na quinta-feira.'),
    ('nl', 'lifted', 'De veerdienst is donderdag hervat.'),
    ('pl', 'lifted', 'Kursy promów wznowiono w czwartek.'),
    ('cs', 'lifted', 'Provoz trajektů byl ve čtvrtek obnoven.'),
    ('ru', 'lifted', 'Паромное сообщение возобновлено в четверг.'),
    ('uk', 'lifted', 'Поромне сполучення відновили в четвер.'),
    ('tr', 'lifted', 'Vapur seferleri perşembe günü yeniden başladı.'),
    ('ja', 'lifted', 'フェリーの運航は木曜日に再開された。'),
    ('ko', 'lifted', '여객선 운항이 26일 재개됐다.'),
    ('zh', 'lifted', '轮渡已于周四恢复运营。'),
    ('ar', 'lifted', 'استؤنفت حركة العبارات يوم الخميس.'),
    ('en', 'open', 'Ferry services were not suspended.'),
    ('de', 'kept', 'Der Fährverkehr wurde noch nicht wieder aufgenommen.'),
    ('fr', 'kept', "Les liaisons maritimes n'ont pas repris."),
    ('ru', 'kept', 'Паромное сообщение так и не возобновили.'),
    ('pl', 'kept', 'Kursów promów do tej pory nie wznowiono.'),
    ('en', 'lifted', 'The red weather warning was lifted on Thursday.'),
    ('de', 'lifted', 'Die Unwetterwarnung wurde am Donnerstag aufgehoben.'),
    ('fr', 'lifted', "L'alerte rouge a été levée jeudi."),
    ('es', 'lifted', 'La alerta roja fue levantada el jueves.'),
    ('it', 'lifted', "L'allerta rossa è stata revocata giovedì."),
    ('pt', 'lifted', 'O alerta vermelho foi levantado na quinta-feira.'),
    ('nl', 'lifted', 'Code rood is donderdag ingetrokken.'),
    ('pl', 'lifted', 'Ostrzeżenie trzeciego stopnia zostało odwołane w czwartek.'),
    ('cs', 'lifted', 'Výstraha byla ve čtvrtek zrušena.'),
    ('ru', 'lifted', 'Штормовое предупреждение отменили в четверг.'),
    ('uk', 'lifted', 'Штормове попередження скасували в четвер.'),
    ('tr', 'lifted', 'Kırmızı uyarı perşembe günü kaldırıldı.'),
    ('ja', 'lifted', '大雨警報は木曜日に解除された。'),
    ('ko', 'lifted', '호우경보가 목요일 해제됐다.'),
    ('zh', 'lifted', '红色预警已于周四解除。'),
    ('ar', 'lifted', 'رُفع التحذير الأحمر يوم الخميس.'),
    ('en', 'kept', 'The red weather warning remains in force until Friday.'),
    ('de', 'kept', 'Die Unwetterwarnung gilt weiter bis Freitag.'),
    ('fr', 'kept', "L'alerte rouge reste en vigueur jusqu'à vendredi."),
    ('es', 'kept', 'La alerta roja sigue vigente hasta el viernes.'),
    ('it', 'kept', "L'allerta rossa resta in vigore fino a venerdì."),
    ('pt', 'kept', 'O alerta vermelho mantém-se até sexta-feira.'),
    ('nl', 'kept', 'Code rood blijft van kracht tot vrijdag.'),
    ('pl', 'kept', 'Ostrzeżenie trzeciego stopnia obowiązuje nadal.'),
    ('cs', 'kept', 'Výstraha nadále platí.'),
    ('ru', 'kept', 'Штормовое предупреждение продлили до пятницы.'),
    ('uk', 'kept', "Штормове попередження продовжили до п'ятниці."),
    ('tr', 'kept', 'Kırmızı uyarı cuma gününe kadar uzatıldı.'),
    ('ja', 'kept', '大雨警報は金曜日まで延長された。'),
    ('ko', 'kept', '호우경보가 금요일까지 연장됐다.'),
    ('zh', 'kept', '红色预警延长至周五。'),
    ('ar', 'kept', 'تم تمديد التحذير الأحمر حتى يوم الجمعة.'),
    ('en', 'kept', 'The mine will stay closed until Monday.'),
    ('de', 'kept', 'Das Bergwerk bleibt bis Montag geschlossen.'),
    ('fr', 'kept', "La mine restera fermée jusqu'à lundi."),
    ('es', 'kept', 'La mina seguirá cerrada hasta el lunes.'),
    ('it', 'kept', 'La miniera resterà chiusa fino a lunedì.'),
    ('pt', 'kept', 'A mina vai continuar fechada até segunda-feira.'),
    ('nl', 'kept', 'De kolenmijn blijft tot maandag dicht.'),
    ('pl', 'kept', 'Kopalnia pozostanie zamknięta do poniedziałku.'),
    ('cs', 'kept', 'Důl zůstane zavřený do pondělí.'),
    ('ru', 'kept', 'Шахта останется закрытой до понедельника.'),
    ('uk', 'kept', 'Шахта залишиться закритою до понеділка.'),
    ('tr', 'kept', 'Maden pazartesiye kadar kapalı kalacak.'),
    ('ja', 'kept', '炭鉱は月曜日まで閉鎖されたままだ。'),
    ('ko', 'kept', '탄광은 월요일까지 폐쇄된 상태다.'),
    ('zh', 'kept', '煤矿将继续关闭至周一。'),
    ('ar', 'kept', 'سيبقى المنجم مغلقا حتى يوم الاثنين.'),
    ('en', 'lifted', 'The mine was reopened on Thursday.'),
    ('de', 'lifted', 'Das Bergwerk wurde am Donnerstag wieder geöffnet.'),
    ('fr', 'lifted', 'La mine a rouvert jeudi.'),
    ('es', 'lifted', 'La mina reabrió el jueves.'),
    ('it', 'lifted', 'La miniera è stata riaperta giovedì.'),
    ('pt', 'lifted', 'A mina foi reaberta na quinta-feira.'),
    ('nl', 'lifted', 'De kolenmijn is donderdag heropend.'),
    ('pl', 'lifted', 'Kopalnię ponownie otwarto w czwartek.'),
    ('cs', 'lifted', 'Důl byl ve čtvrtek znovu otevřen.'),
    ('ru', 'lifted', 'Шахту вновь открыли в четверг.'),
    ('uk', 'lifted', 'Шахту знову відкрили в четвер.'),
    ('tr', 'lifted', 'Maden perşembe günü yeniden açıldı.'),
    ('ja', 'lifted', '炭鉱は木曜日に再開された。'),
    ('ko', 'lifted', '탄광이 목요일 다시 개방됐다.'),
    ('zh', 'lifted', '煤矿已于周四重新开放。'),
    ('ar', 'lifted', 'أعيد فتح المنجم يوم الخميس.'),
]


@pytest.mark.parametrize(("lang", "stance", "text"), _EVERY_LANGUAGE)
def test_every_language_reads_each_state(lang: str, stance: str, text: str) -> None:
    assert measure_stance(text, lang) == stance


@pytest.mark.parametrize(("closed", "lifted"), [
    (("Ferry services were suspended on Wednesday.", "en"), ("Der Fährverkehr wurde am Donnerstag wieder aufgenommen.", "de")),
    (("Vapur seferleri çarşamba günü durduruldu.", "tr"), ("Ferry services resumed on Thursday.", "en")),
    (("Production was halted at the plant on Monday.", "en"), ("La production a repris jeudi.", "fr")),
])
def test_a_stop_and_a_resumption_dated_apart_are_the_course(closed, lifted) -> None:
    """course41's rule holds for services: a stop and a resumption dated apart are no conflict, dated alike one."""
    from storylens.report.pipeline import _Measures

    measures = _Measures({"d1": "2026-11-26", "d2": "2026-11-26"})
    assert _measure_stance_conflict(_unit("d1", *closed), _unit("d2", *lifted), None, measures) == []
