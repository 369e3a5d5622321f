"""places71's place probes: a place inside a longer place name of another country ("New York" is no York, GB;
"South Carolina" no Carolina, PR; "Northern Ireland" no Ireland), and the neighbours that must not change: a
lower-case word before a country or city ("new Mexico tariffs", "east London"), a city before a comma and a region
("In Brussels, Catalonia's exiled leader", "Paris, Texas"), two-word names holding a capital ("East London", "East
Jerusalem"), lists, other languages and scripts (written before the change; stop 70's dropped places70 and its
tester's break70p cases are among them). Run on any tree and compare:

    PYTHONPATH=src python benchmarks/place_probes71.py [out.json]

Each probe is (id, language, text, countries the text must read, countries it must not read), judged on the
countries the refine's country veto reads (absent only: ``(places | spelled_places) - name_places - lower_places``,
:func:`storylens.similarity.lead_countries_apart`) and those a pair's place rules read of a text (storylens.similarity._features: its places, spelled, dateline, region
and inflected places, less those only a person's name or a lower-case word holds and the doubtful cities). Prints each probe's verdict, the count, and the CPU
seconds of the long-input probes (3,000 mentions).
Measured at places71 (main 99f86c7b -> places71): see docs/devlog.md "Places (places71)".
"""

from __future__ import annotations

import json
import sys
import time

from storylens.similarity import Gazetteer, prepare_text
from storylens.similarity._places import _place_countries_of
from storylens.similarity._sides import _analyse, _kept_sentences

P: list[tuple[str, str, str, set[str], set[str]]] = []


def add(pid: str, lang: str, text: str, want: set[str] | None = None, absent: set[str] | None = None) -> None:
    P.append((pid, lang, text, want or set(), absent or set()))


# 1. the misreading fixed: a longer name written as a name (every word capitalised, joiners as written)
add("en.new_york", "en", "Floods hit New York on Monday, and the mayor closed schools across the city.", {"US"}, {"GB"})
add("en.new_york_state", "en", "The governor of New York signed the bill in Albany on Tuesday.", set(), {"GB"})
add("en.new_york_caps", "en", "NEW YORK - Stocks fell sharply on Wall Street on Friday as investors sold banks.", set(), {"GB"})
add("en.south_carolina", "en", "A tornado struck South Carolina overnight, destroying homes near Columbia.", set(), {"PR"})
add("en.north_carolina", "en", "Hurricane Helene flooded western North Carolina, officials in Asheville said.", set(), {"PR"})
add("en.northern_ireland", "en", "Riots broke out in Northern Ireland after the march in Belfast on Sunday.", {"GB"}, {"IE"})
add("en.staten_island", "en", "A ferry ran aground off Staten Island on Monday morning, the coast guard said.", set(), {"IS"})
add("en.rhode_island", "en", "Voters in Rhode Island approved the bond measure by a wide margin.", set(), {"IS"})
add("en.benin_city", "en", "Gunmen kidnapped six students in Benin City, police in Edo state said.", {"NG"}, {"BJ"})
add("en.santiago_de_cuba", "en", "A blackout hit Santiago de Cuba as the storm moved east.", {"CU"}, {"CL"})
add("en.port_of_spain", "en", "Police in Port of Spain arrested three men after the shooting.", set(), {"ES"})
add("en.kingston_upon_hull", "en", "The council of Kingston upon Hull approved the new budget.", {"GB"}, {"JM"})
add("en.newcastle_upon_tyne", "en", "Fans gathered in Newcastle upon Tyne before the match.", {"GB"}, {"AU"})
add("en.colorado_springs", "en", "A gunman opened fire at a club in Colorado Springs on Saturday night.", {"US"}, {"ZA"})
add("en.jersey_city", "en", "Two officers were shot in Jersey City, the mayor said.", {"US"}, {"JE"})
add("en.north_york", "en", "A fire destroyed a warehouse in North York, Toronto police said.", set(), {"GB"})
add("en.inner_mongolia", "en", "A mine collapse in Inner Mongolia killed 53 workers, Xinhua reported.", set(), {"MN"})
add("en.british_columbia", "en", "Wildfires forced thousands to flee in British Columbia on Friday.", set(), {"CO"})
add("en.kwazulu_natal", "en", "Floods in KwaZulu-Natal killed 400 people, the province said.", set(), {"BR"})
add("en.newport_news", "en", "A six-year-old shot his teacher at a school in Newport News, Virginia.", set(), {"GB"})
add("en.new_brunswick", "en", "Police in New Brunswick searched for the gunman on Saturday.", set(), {"DE"})
add("en.los_lagos", "en", "An earthquake shook the Los Lagos region of southern Chile.", {"CL"}, {"NG"})
add("en.new_york_and_london", "en", "Markets in New York and London fell after the Fed's decision.", {"US", "GB"}, set())
add("en.new_york_then_york", "en", "After New York, the band played York and Leeds.", {"GB"}, set())
add("es.nueva_york", "es", "Las inundaciones afectaron a Nueva York el lunes, según el alcalde.", set(), {"GB"})
add("es.carolina_del_sur", "es", "Un tornado golpeó Carolina del Sur durante la noche.", set(), {"PR"})
add("es.carolina_del_norte", "es", "El huracán inundó Carolina del Norte, dijeron las autoridades.", set(), {"PR"})
add("es.castilla_y_leon", "es", "Los incendios arrasaron miles de hectáreas en Castilla y León.", {"ES"}, {"MX"})
add("es.norte_de_santander", "es", "El Ejército reforzó la frontera en Norte de Santander, en Colombia.", {"CO"}, {"ES"})
add("pl.nowy_jork", "pl", "Nowy Jork: powódź zalała metro w poniedziałek.", set(), {"GB"})
add("pl.karolina_polnocna", "pl", "Huragan uderzył w Karolinę Północną. Karolina Północna ogłosiła stan wyjątkowy.", set(), {"PR"})
add("ru.new_york", "ru", "Нью-Йорк: наводнение затопило метро в понедельник.", {"US"}, {"GB"})
add("ru.new_york_inflected", "ru", "Наводнение в Нью-Йорке затопило метро в понедельник.", set(), {"GB"})
add("de.new_york", "de", "Überschwemmungen in New York: Die Stadt schloss am Montag alle Schulen.", set(), {"GB"})
add("de.nordrhein_westfalen", "de", "In Nordrhein-Westfalen gilt ab Montag eine neue Regel.", {"DE"}, set())
add("fr.new_york", "fr", "Des inondations ont frappé New York lundi, selon le maire.", set(), {"GB"})
add("fr.colombie_britannique", "fr", "Des incendies ravagent la Colombie-Britannique depuis vendredi.", set(), {"CO"})
add("it.new_york", "it", "Le inondazioni hanno colpito New York lunedì, ha detto il sindaco.", set(), {"GB"})
add("it.carolina_del_sud", "it", "Un tornado ha colpito la Carolina del Sud nella notte.", set(), {"PR"})
add("tr.kuzey_carolina", "tr", "Kasırga Kuzey Carolina'yı vurdu, yetkililer açıkladı.", set(), {"PR"})
# 2. break70p (a): a lower-case word opens no name
add("a.new_mexico_tariffs", "en", "Trump announced new Mexico tariffs on Monday, and the peso fell.", {"MX"}, set())
add("a.new_ireland", "en", "Campaigners said a new Ireland was possible after the vote in Dublin.", {"IE"}, set())
add("a.new_york_lower", "en", "The council approved the new York bypass, and work starts in March in York.", {"GB"}, set())
add("a.northern_ireland_lower", "en", "Storms battered northern Ireland and the west coast of Ireland on Sunday.", {"IE"}, set())
add("a.nueva_ley_mexico", "es", "El Congreso aprobó una nueva ley en México el martes.", {"MX"}, set())
add("a.nowe_cla_meksyk", "pl", "Trump ogłosił nowe cła na Meksyk w poniedziałek.", {"MX"}, set())
add("a.new_zealand_lower", "en", "A new Zealand-style gun law passed in Canberra on Thursday.", {"AU"}, set())
add("a.south_carolina_lower", "en", "Storms moved into south Carolina, Puerto Rico, on Tuesday.", {"PR"}, set())
# 3. break70p (b): a longer gazetteer name does not swallow the city it holds
add("b.east_london_lower", "en", "A teenager died after a stabbing in east London, the Metropolitan Police said.", {"GB"}, set())
add("b.east_london_caps", "en", "A teenager died after a stabbing in East London, the Metropolitan Police said.", {"GB"}, set())
add("b.east_jerusalem", "en", "Police raided homes in East Jerusalem on Monday.", {"IL"}, set())
add("b.west_london", "en", "A fire broke out in a tower block in west London overnight.", {"GB"}, set())
add("b.mexico_city", "en", "An earthquake shook Mexico City on Tuesday.", {"MX"}, set())
add("b.new_delhi", "en", "Smog closed schools in New Delhi on Monday.", {"IN"}, set())
add("b.western_australia", "en", "Bushfires burned across Western Australia on Sunday.", {"AU"}, set())
add("b.hong_kong_sar", "en", "The Hong Kong SAR government announced new rules on Friday.", {"HK"}, set())
add("b.papua_new_guinea", "en", "A landslide buried a village in Papua New Guinea.", {"PG"}, {"GN"})
add("b.south_sudan", "en", "Fighting spread from South Sudan into Sudan, the UN said.", {"SS", "SD"}, set())
# 4. break70p (c): a city before a comma keeps its country (no "City, Region" rule)
add("c.brussels_catalonia", "en", "In Brussels, Catalonia's exiled leader Carles Puigdemont spoke to reporters.", {"BE"}, set())
add("c.vienna_bavaria", "en", "Ministers from Vienna, Bavaria and Lombardy met to discuss the Brenner pass.", {"AT"}, set())
add("c.rabat_malta", "en", "In Rabat, Malta's foreign minister met his Moroccan counterpart.", {"MA"}, set())
add("c.york_new_york", "en", "From York, New York looked like another world, the writer said.", {"GB"}, set())
add("c.paris_texas", "en", "A tornado hit Paris, Texas, on Sunday, the sheriff said.", set(), {"FR"})
add("c.birmingham_alabama", "en", "Police in Birmingham, Alabama, arrested two men.", set(), {"GB"})
# 5. caseless scripts: as on main
add("s.ar_new_york", "ar", "ضربت الفيضانات نيويورك يوم الاثنين.", set(), {"GB"})
add("s.zh_new_york", "zh", "洪水周一袭击了纽约。", {"US"}, {"GB"})
add("s.ar_northern_ireland", "ar", "اندلعت أعمال شغب في أيرلندا الشمالية يوم الأحد.", set(), set())
# 6. long inputs: (d) quadratic cost
LONG = {"d.paris_texas_3000": ("en", "Paris, Texas. " * 3000), "d.new_york_3000": ("en", "Floods in New York. " * 3000)}


def named(text: str, lang: str, gaz: Gazetteer) -> tuple[set[str], set[str]]:
    """(the countries the pair's place rules read, those the refine's country veto reads)."""
    prepared = prepare_text(text)
    t = _analyse(prepared.text, lang, None, _kept_sentences(prepared.text), gaz, prepared.dateline)
    places = t.places | t.spelled_places | t.dateline_places | t.region_countries | t.inflected_places
    off = (t.name_places | t.lower_places) - t.dateline_places
    veto = (t.places | t.spelled_places) - t.name_places - t.lower_places
    return set(_place_countries_of(places - off - t.doubtful_places)), set(_place_countries_of(veto))


def main() -> int:
    gaz = Gazetteer.load()
    out, right = {}, 0
    for pid, lang, text, want, absent in P:
        pair, veto = named(text, lang, gaz)
        ok = want <= pair and not (absent & (pair | veto))
        right += ok
        out[pid] = {"ok": ok, "pair": sorted(pair), "veto": sorted(veto)}
        print(f"{'ok ' if ok else 'BAD'} {pid:28s} pair {sorted(pair)} veto {sorted(veto)}")
    print(f"{right} of {len(P)} right")
    for pid, (lang, text) in LONG.items():
        t0 = time.process_time()
        found = gaz.find(text, strict=True)
        cpu = time.process_time() - t0
        out[pid] = {"cpu_s": round(cpu, 3), "countries": sorted(_place_countries_of(found))}
        print(f"{pid}: {cpu:.2f} CPU-s, strict find {sorted(_place_countries_of(found))}")
    if len(sys.argv) > 1:
        with open(sys.argv[1], "w", encoding="utf-8") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
