"""Classes found missing in session 20: a list's commas part no clause; a parenthesised short name is an aside of
its clause; a system's targets are not what is handed over; the one supplied "with" weapons in a passive gets them;
an agency buying from its own state's maker is no transfer.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "Deutschland hat der Ukraine Panzer, Haubitzen und Flugabwehrsysteme geliefert": the commas of a weapon list
# used to end the verb's clause, so a verb-final clause lost its subject.
LIST_COMMAS = [
    (
        "de",
        case(
            "Deutschland hat der Ukraine bislang Panzer, Haubitzen und Flugabwehrsysteme geliefert.",
            "DE>UA:tanks_armoured_vehicles",
            "DE>UA:artillery_systems",
            "DE>UA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Die USA haben Taiwan in den vergangenen Jahren Kampfjets, Raketenwerfer und Drohnen verkauft.",
            "US>TW:aircraft",
            "US>TW:drones",
        ),
    ),
    (
        "de",
        case(
            "Israel hatte der Bundeswehr die ersten Radaranlagen, Startgeräte und Abfangraketen im Herbst übergeben.",
            "IL>DE:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Frankreich soll Indien im Frühjahr Kampfflugzeuge, Hubschrauber und Marschflugkörper geliefert haben.",
            "FR>IN:aircraft",
            "FR>IN:helicopters",
            "FR>IN:missiles_cruise",
        ),
    ),
    # a name of a state after a comma still parts: Poland is not a party to the German delivery
    (
        "de",
        case(
            "Deutschland hat der Ukraine Panzer geliefert, Polen baut eigene Haubitzen.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
]

# "die Miliz Rapid Support Forces (RSF)": a short aside in brackets is inside its clause, and the name told twice
# is one party.
ASIDES = [
    (
        "de",
        case(
            "Die Emirate sollen die Miliz Rapid Support Forces (RSF) über Monate mit Waffen versorgt haben.",
            "AE>rsf:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Die Vereinigten Arabischen Emirate sollen die sudanesische Miliz Rapid Support Forces (RSF) mit Drohnen"
            " ausgerüstet haben.",
            "AE>rsf:drones",
        ),
    ),
    (
        "de",
        case(
            "Polen hat bei Hyundai Rotem (Südkorea) weitere 180 Kampfpanzer bestellt.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
]

# "das System, das ballistische Raketen ... zerstören kann": what a system is told to down is its target
TARGETS = [
    (
        "de",
        case(
            "Das Raketenabwehrsystem Arrow 3 ist in Dienst gestellt worden. Die Bundesrepublik hatte das System, das"
            " ballistische Raketen in großer Höhe zerstören kann, 2023 bei Israel Aerospace Industries bestellt.",
            "IL>DE:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Tyskland har köpt det israeliska luftvärnet Arrow 3. Systemet, som kan skjuta ned ballistiska robotar"
            " utanför atmosfären, köptes för omkring 4 miljarder euro.",
            "IL>DE:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Washington har også levert THAAD-systemet til Saudi-Arabia, som skal skyte ned ballistiske missiler i"
            " stor høyde.",
            "US>SA:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Germany has sent Gepard anti-aircraft guns to Ukraine, which are designed to intercept drones and"
            " cruise missiles.",
            "DE>UA:air_defence",
        ),
    ),
    (
        "da",
        case(
            "Danmark har leveret luftværnssystemer til Ukraine, der kan nedkæmpe russiske droner og krydsermissiler.",
            "DK>UA:air_defence",
        ),
    ),
    # shot down in an attack: the drones' origin is still told (not a capability)
    (
        "en",
        case(
            "Russia has received Iranian Shahed drones, and Ukraine shot down 30 of them overnight.",
            "IR>RU:drones",
        ),
    ),
]

# "Die Miliz wird mit Waffen aus dem Ausland versorgt": the subject of a passive supply "with" weapons gets them
SUPPLIED_WITH = [
    (
        "de",
        case(
            "Die Miliz RSF wird nach Erkenntnissen von UN-Experten weiterhin mit Waffen aus den Emiraten versorgt.",
            "AE>rsf:military_equipment_general",
        ),
    ),
    (
        "en",
        case(
            "The Houthis have been supplied with drones and missile parts by Iran for years, the panel said.",
            "IR>houthis:drones",
        ),
    ),
    (
        "da",
        case(
            "RSF er blevet forsynet med droner fra De Forenede Arabiske Emirater, skriver panelet.",
            "AE>rsf:drones",
        ),
    ),
]

# "FMV beställde ... från Saab": a state's agency buying from its own maker is domestic procurement, even when the
# list's commas no longer part the maker from the buyer
DOMESTIC = [
    (
        "sv",
        case(
            "FMV beställde i juni luftvärnsrobotar, pansarvärnsvapen och ammunition från Saab för 21 miljarder kronor."
        ),
    ),
    (
        "de",
        case("Das Beschaffungsamt der Bundeswehr hat bei Rheinmetall Munition, Lkw und Drohnen bestellt."),
    ),
    (
        "nb",
        case(
            "Forsvarsmateriell har bestilt missiler, radarer og reservedeler fra Kongsberg for fire milliarder kroner."
        ),
    ),
]

# found by a probe of plain sentences per language: forms the word lists lacked, and a passive of use
PROBES = [
    # "have been used by Russia": the agent of a passive use is the user, in the verb's clause only
    (
        "en",
        case(
            "North Korean KN-23 missiles have been used by Russia in Ukraine.",
            "KP>RU:missiles_ballistic",
        ),
    ),
    (
        "sv",
        case(
            "Nordkoreanska robotar av typen KN-23 har använts av Ryssland i Ukraina.",
            "KP>RU:missiles_ballistic",
        ),
    ),
    (
        "nn",
        case(
            "Nordkoreanske missil av typen KN-23 er brukte av Russland i Ukraina.",
            "KP>RU:missiles_ballistic",
        ),
    ),
    (
        "nn",
        case(
            "Tyrkiske dronar kostar ein brøkdel av dei amerikanske, og Ankara set færre vilkår for korleis dei blir"
            " brukte."
        ),
    ),
    (
        "nn",
        case("Styresmaktene i Tsjad avviser at landet blir brukt som transittland for våpen."),
    ),
    (
        "sv",
        case(
            "Huthirebellerna förses med robotar och drönare av Iran, enligt USA.",
            "IR>houthis:drones",
            "IR>houthis:missiles_ballistic",
        ),
    ),
    (
        "da",
        case(
            "Houthierne forsynes med droner af Iran.",
            "IR>houthis:drones",
        ),
    ),
    (
        "de",
        case(
            "Das Emirat Katar erwirbt zwölf weitere Eurofighter Typhoon von BAE Systems.",
            "GB>QA:aircraft",
            quantity=12,
        ),
    ),
    (
        "da",
        case(
            "Styret i Pyongyang har sendt raketartilleri til Rusland.",
            "KP>RU:rockets_artillery",
        ),
    ),
    (
        "nb",
        case(
            "Regjeringa har vedtatt å gi Ukraina stridsvogner, haubitser og luftvern for 5 milliarder kroner.",
            "NO>UA:tanks_armoured_vehicles",
            "NO>UA:artillery_systems",
            "NO>UA:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Den største mottakeren av norsk forsvarsmateriell i fjor var Ukraina.",
            "NO>UA:military_equipment_general",
        ),
    ),
]

# "inneheldt lastene mellom anna kinesiskproduserte dronar": a cargo's maker is not its sender; the list's kinds go
# with the shipment told before
CARGO_MAKERS = [
    (
        "nn",
        case(
            "FN-panelet meiner at Emirata har sendt våpen til RSF gjennom Tsjad. Ifølgje panelet inneheldt lastene"
            " mellom anna kinesiskproduserte dronar og handvåpen.",
            "AE>rsf:military_equipment_general",
            "AE>rsf:drones",
            "AE>rsf:small_arms",
        ),
    ),
    (
        "nb",
        case(
            "Salget var avhengig av godkjenning fra USA, siden flyene er produsert der og inneholder amerikansk"
            " teknologi. Danmark selger 24 F-16-fly til Argentina.",
            "DK>AR:aircraft",
        ),
    ),
]

# from the probes' reports: a speaker is no giver where the weapons' make names one; vague counts opened by an
# article; "op mod" is up to a count, not against; ammunition and a quantifier of its own take no count of systems
# told before; a gapped giver after a giving clause gives to the same recipient
PROBES_2 = [
    (
        "da",
        case(
            "Nordkoreanske granater er sendt til Rusland, siger Seoul.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "nb",
        case(
            "Iranske droner er blitt levert til Russland i stort antall, sier Kyiv.",
            "IR>RU:drones",
        ),
    ),
    ("da", case("Rusland har overført et dusin Mi-17-helikoptere til Mali.", "RU>ML:helicopters", quantity=12)),
    ("nn", case("Polen har sendt eit tital stridsvogner til Ukraina.", "PL>UA:tanks_armoured_vehicles", quantity=10)),
    ("sv", case("Iran har skickat ett par hundra robotar till Ryssland.", "IR>RU:missiles_ballistic", quantity=200)),
    (
        "da",
        case(
            "Op mod 2.000 antitankmissiler er leveret til Kyiv fra Storbritannien.",
            "GB>UA:small_arms",
            quantity=2000,
        ),
    ),
    (
        "en",
        case(
            "Germany has sent 18 Leopard tanks and ammunition to Ukraine.",
            "DE>UA:tanks_armoured_vehicles",
            "DE>UA:artillery_ammunition",
            quantity=18,
        ),
    ),
    (
        "en",
        case(
            "The Netherlands will send 18 F-16s to Ukraine and Norway six.",
            "NL>UA:aircraft",
            "NO>UA:aircraft",
            quantity=18,
        ),
    ),
    (
        "sv",
        case(
            "Nederländerna skickar 18 F-16 till Ukraina och Norge sex.",
            "NL>UA:aircraft",
            "NO>UA:aircraft",
        ),
    ),
    (
        "nb",
        case(
            "Finland har kjøpt 64 F-35 fra USA, og Sveits 36.",
            "US>FI:aircraft",
            "US>CH:aircraft",
        ),
    ),
]

# "Ukraine was promised tanks by the Netherlands", "Ukraina har lovats stridsvagnar av Nederländerna": a passive
# pledge gives from its agent; "Iran is arming the Houthis with anti-ship missiles": arming supplies
PASSIVE_PLEDGES = [
    (
        "en",
        case(
            "Ukraine was promised 14 Leopard 2 tanks by the Netherlands and Denmark.",
            "NL>UA:tanks_armoured_vehicles",
            "DK>UA:tanks_armoured_vehicles",
            quantity=14,
        ),
    ),
    (
        "sv",
        case("Ukraina har lovats stridsvagnar av Nederländerna.", "NL>UA:tanks_armoured_vehicles", status="planned"),
    ),
    ("en", case("Iran is arming the Houthis with anti-ship missiles.", "IR>houthis:missiles_cruise")),
    ("en", case("Tehran is arming Sudan's military with drones.", "IR>SD:drones")),
    (
        "en",
        case(
            "Under U.S. law, Washington must ensure that arms sales do not erode Israel's military advantage over its"
            " neighbours. The United States sold F-35 jets to Israel.",
            "US>IL:aircraft",
        ),
    ),
]

# A helper's review of this session's first versions on invented texts (old code against new): each case here came
# out worse on the first versions and passes on the session-start code.
REVIEW = [
    # a comma before a weapon that opens a new clause is no list's
    (
        "da",
        case(
            "Danmark gav Ukraine kampfly, kampvogne kom fra Tyskland.",
            "DK>UA:aircraft",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "Germany sent Ukraine howitzers, tanks arrived from Poland a week later.",
            "DE>UA:artillery_systems",
            "PL>UA:tanks_armoured_vehicles",
        ),
    ),
    # buying from one's own maker for another state is no domestic buy
    ("en", case("The Pentagon ordered Patriot interceptors from Lockheed Martin for Ukraine.", "US>UA:air_defence")),
    ("nb", case("Forsvarsmateriell kjøper NASAMS fra Kongsberg til Ukraina.", "NO>UA:air_defence")),
    # a gapped name after a sale to a state that also sells is another buyer; a count with a noun after it is none
    ("en", case("France sold 24 Rafale jets to Egypt and India 36.", "FR>EG:aircraft", "FR>IN:aircraft")),
    (
        "en",
        case("Iran supplied 20 drones to the Houthis and Hezbollah 50.", "IR>houthis:drones", "IR>hezbollah:drones"),
    ),
    (
        "en",
        case(
            "The US delivered Patriot systems to Poland and Romania 2 years ago.",
            "US>PL:air_defence",
            "US>RO:air_defence",
        ),
    ),
    # a speaker after a passive is still the giver of weapons of another maker not under embargo
    ("da", case("Amerikanske Patriot-systemer er sendt til Ukraine, siger Tyskland.", "DE>UA:air_defence")),
    # the system told before a purpose of downing is what is handed over; what it downs is not
    (
        "en",
        case(
            "Washington is giving Kyiv new aid, mostly Patriot interceptors to destroy incoming missiles.",
            "US>UA:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Sverige skickar luftvärnsrobotar för att skjuta ned ryska drönare till Ukraina.",
            "SE>UA:air_defence",
        ),
    ),
    # ammunition named after its system keeps its count
    ("en", case("The US sent 5,000 howitzer shells to Ukraine.", "US>UA:artillery_ammunition", quantity=5000)),
    # "op mod" without a count is against
    ("da", case("Danmark har sendt Ukraine panserværnsvåben til brug op mod russiske kampvogne.", "DK>UA:small_arms")),
    # a maker's adjective in an unrelated container is no shipment's
    (
        "da",
        case(
            "Polen har købt kampvogne fra Sydkorea. En container i Rotterdam indeholdt kinesiskproducerede droner.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    # an aside with words of its own tells its own status
    (
        "da",
        case("Iran sendte droner til Rusland (Rusland afviser det) i efteråret.", "IR>RU:drones", status="delivered"),
    ),
]

# "Auch der libanesischen Hisbollah hat Teheran ... Raketen geliefert": a German dative fronted before the verb is
# the one given to ("der" before a name of feminine or plural gender, "dem"); "der Iran" is a nominative
FRONTED_DATIVES = [
    (
        "de",
        case(
            "Auch der libanesischen Hisbollah hat Teheran über Jahrzehnte Zehntausende Raketen geliefert.",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    ("de", case("Der Hisbollah hat der Iran Raketen geliefert.", "IR>hezbollah:rockets_artillery")),
    ("de", case("Der Iran hat der Hisbollah Raketen geliefert.", "IR>hezbollah:rockets_artillery")),
    ("de", case("Der Iran hat Russland Drohnen geliefert.", "IR>RU:drones")),
    ("de", case("Die Türkei hat der Ukraine Drohnen geliefert.", "TR>UA:drones")),
]

# from a probe of multi-sentence snippets: "the country" as a subject after a giving sentence is its giver; a word
# of more counts a listed item apart; package words ("donationspakke", "security package")
PROBES_3 = [
    (
        "nb",
        case(
            "Tyrkia har levert Bayraktar-droner til Ukraina. Senere solgte landet også dronene til Polen.",
            "TR>UA:drones",
            "TR>PL:drones",
        ),
    ),
    (
        "en",
        case(
            "Turkey has delivered Bayraktar drones to Ukraine. Later the country also sold the drones to Poland.",
            "TR>UA:drones",
            "TR>PL:drones",
        ),
    ),
    (
        "nb",
        case("Bare noen år senere svarte New Delhi med å gi landet et Dornier-overvåkingsfly. Sri Lanka takket."),
    ),
    # a partner after the verb's clause is another clause's subject, not the giver's partner
    (
        "nn",
        case(
            "Tyskland har levert fleire IRIS-T-system og eitt Patriot-batteri, medan USA og Nederland òg har sendt"
            " Patriot."
        ),
    ),
    (
        "da",
        case(
            "Danmark sender en ny donationspakke til Ukraine. Pakken indeholder kampvogne og ammunition.",
            "DK>UA:military_equipment_general",
            "DK>UA:tanks_armoured_vehicles",
            "DK>UA:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            "Washington unveiled a $2.5 billion security package for Kyiv. It includes 90 Stryker armoured vehicles.",
            "US>UA:military_equipment_general",
            "US>UA:tanks_armoured_vehicles",
            quantity=2.5e9,
        ),
    ),
]

# A second helper's review (220 invented texts, old code against new): each case came out worse on the version it
# judged (a81e203) and passes on the session-start code.
REVIEW_2 = [
    # "the country" after a giving sentence is its recipient unless that recipient sells none
    (
        "de",
        case(
            "Deutschland hat der Slowakei 15 Leopard-2-Panzer geliefert. Das Land hatte zuvor seine MiG-29-Kampfjets"
            " an die Ukraine abgegeben.",
            "DE>SK:tanks_armoured_vehicles",
            "SK>UA:aircraft",
        ),
    ),
    (
        "en",
        case(
            "The United States sold 250 Abrams tanks to Poland. Later the country sent its old T-72 tanks to Ukraine.",
            "US>PL:tanks_armoured_vehicles",
            "PL>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "USA har levert HIMARS-rakettartilleri til Ukraina. Landet har også mottatt Patriot-systemer fra Tyskland.",
            "US>UA:rockets_artillery",
            "DE>UA:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har levert artillerigranater til Russland. Iran har også forsynt landet med droner.",
            "KP>RU:artillery_ammunition",
            "IR>RU:drones",
        ),
    ),
    (
        "nb",
        case(
            "Russland angrep Ukraina igjen i natt. Landet har nå fått nye luftvernsystemer fra Tyskland.",
            "DE>UA:air_defence",
        ),
    ),
    # a speaker after a passive gives the weapons of an embargoed make to a state that is not embargoed
    ("nb", case("Sovjetiske stridsvogner er sendt til Ukraina, sier Polen.", "PL>UA:tanks_armoured_vehicles")),
    # after a sale, or when the gapped name only receives, the gapped name is another buyer
    (
        "en",
        case("Turkey has delivered 20 Bayraktar drones to Azerbaijan and Ukraine 30.", "TR>AZ:drones", "TR>UA:drones"),
    ),
    (
        "sv",
        case(
            "Sydkorea har sålt 48 haubitsar till Ukraina och Polen 212.",
            "KR>UA:artillery_systems",
            "KR>PL:artillery_systems",
        ),
    ),
    # arming oneself is buying
    ("sv", case("Polen beväpnar sig med sydkoreanska stridsvagnar.", "KR>PL:tanks_armoured_vehicles")),
    # a support package for a grid is no arms
    ("en", case("Germany announced a €5bn support package for Ukraine's energy grid.")),
    # a genitive after its noun is no fronted dative
    (
        "de",
        case("Der Präsident der Ukraine hat Deutschland um Taurus-Marschflugkörper gebeten.", "DE>UA:missiles_cruise"),
    ),
]

ALL = (
    *LIST_COMMAS,
    *ASIDES,
    *TARGETS,
    *SUPPLIED_WITH,
    *DOMESTIC,
    *PROBES,
    *CARGO_MAKERS,
    *PROBES_2,
    *PASSIVE_PLEDGES,
    *REVIEW,
    *FRONTED_DATIVES,
    *PROBES_3,
    *REVIEW_2,
)


def test_a_count_of_systems_is_no_count_of_what_follows() -> None:
    """ "18 Leopard tanks and ammunition": the ammunition is not counted; "en række raketkastere" counts none."""
    from services.extractor.tagging import tag

    for lang, text, kind in (
        ("en", "Germany has sent 18 Leopard tanks and ammunition to Ukraine.", "artillery_ammunition"),
        ("da", "Nordkorea har leveret mindst 50 haubitser og en række raketkastere til Rusland.", "rockets_artillery"),
        (
            "de",
            "Nordkorea hat Russland mindestens 50 Haubitzen und mehrere Raketenwerfer geliefert.",
            "rockets_artillery",
        ),
    ):
        found = {m.weapon.value: m.quantity for m in tag(text, lang)}
        assert kind in found, found
        assert found[kind] is None, found
