"""Classes found missing in session 23: a range in digits read as its midpoint (in number words, its lower
bound), a bare lower bound sharing the upper one's scale; number words compounded of tens and units.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "mellem 20 og 30 haubitser": an estimate in digits is its midpoint, "three to five submarines" (a firm count and
# an option) its lower bound, as the writers of the sets give them; "mellem 8 og 12 millioner": the lower number
# shares the upper one's scale
RANGES = [
    ("da", case("Vietnam køber mellem 20 og 30 haubitser fra Sydkorea.", "KR>VN:artillery_systems", quantity=25)),
    (
        "da",
        case(
            "Nordkorea har sendt mellem 8 og 12 millioner granater til Rusland.",
            "KP>RU:artillery_ammunition",
            quantity=10_000_000,
        ),
    ),
    ("sv", case("Iran har skickat mellan 30 och 40 drönare till Sudan.", "IR>SD:drones", quantity=35)),
    ("nb", case("Egypt vil kjøpe 40 til 50 J-10C-kampfly fra Kina.", "CN>EG:aircraft", quantity=45)),
    (
        "de",
        case(
            "Nordkorea soll zwischen 2.000 und 3.000 Sturmgewehre an Russland geliefert haben.",
            "KP>RU:small_arms",
            quantity=2500,
        ),
    ),
    (
        "en",
        case(
            "Iran has sent between 200 and 250 ballistic missiles to Russia.",
            "IR>RU:missiles_ballistic",
            quantity=225,
        ),
    ),
    ("en", case("Australia will buy three to five submarines from the US.", "US>AU:naval_vessels", quantity=3)),
    ("nb", case("Australia skal kjøpe mellom tre og fem ubåter fra USA.", "US>AU:naval_vessels", quantity=3)),
    (
        "en",
        case("The US sold $8 to $10 million worth of rifles to Kenya.", "US>KE:small_arms", quantity=9_000_000),
    ),
    # two amounts that are no range keep their own values
    ("en", case("Turkey sold 12 drones to Mali and 30 to Niger.", "TR>ML:drones", quantity=12)),
]

# "tjuefire", "tjugofyra", "fireogtyve", "vierundzwanzig", "twenty-four": tens and units in one word
COMPOUND_NUMBERS = [
    ("nn", case("Noreg har levert tjuefire haubitsar til Ukraina.", "NO>UA:artillery_systems", quantity=24)),
    ("nb", case("Norge har levert trettifem haubitser til Ukraina.", "NO>UA:artillery_systems", quantity=35)),
    ("sv", case("Sverige har levererat tjugofyra haubitsar till Ukraina.", "SE>UA:artillery_systems", quantity=24)),
    ("da", case("Danmark har leveret fireogtyve haubitser til Ukraine.", "DK>UA:artillery_systems", quantity=24)),
    (
        "de",
        case(
            "Deutschland hat vierundzwanzig Haubitzen an die Ukraine geliefert.", "DE>UA:artillery_systems", quantity=24
        ),
    ),
    ("en", case("Germany has delivered twenty-four howitzers to Ukraine.", "DE>UA:artillery_systems", quantity=24)),
    (
        "nn",
        case(
            "Dei første seks av tjuefire brukte F-16 som Argentina har kjøpt frå Danmark, landa i Mendoza tysdag.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
]

# "Kampflyene er leveret af Danmark": a copula before a participle of giving makes a passive when the agent is named
# after it in its clause
COPULA_PASSIVES = [
    ("da", case("Kampflyene til Ukraine er doneret af Danmark.", "DK>UA:aircraft")),
    ("da", case("Haubitserne er leveret til Ukraine af Danmark.", "DK>UA:artillery_systems")),
    ("da", case("Ukraines F-16-fly er leveret af Danmark og Norge.", "DK>UA:aircraft", "NO>UA:aircraft")),
    ("nb", case("Fregattene er overført til Indonesia av Italia.", "IT>ID:naval_vessels")),
    ("nn", case("Kampflya er leverte til Ukraina av Danmark.", "DK>UA:aircraft")),
    ("sv", case("Stridsvagnarna är levererade till Ukraina av Tyskland.", "DE>UA:tanks_armoured_vehicles")),
    ("sv", case("Haubitsarna har skänkts till Ukraina av Sverige.", "SE>UA:artillery_systems")),
    # active perfects and copulas with no agent stay as they were
    ("da", case("Danmark har leveret kampfly til Ukraine.", "DK>UA:aircraft")),
    ("nb", case("Norge er en av de største giverne, og har levert NASAMS til Ukraina.", "NO>UA:air_defence")),
]

# the M23 rebels and the FDLR militia of eastern Congo are groups of their own, and Rwanda arms the M23 (the UN group
# of experts on the DRC); the enemy in "its war with Azerbaijan" is no party; "the missile" after a seller's named
# missile and rocket launchers is its missile
GROUPS_AND_WARS = [
    (
        "nb",
        case(
            "Rwanda har forsynt opprørsgruppen M23 i Øst-Kongo med luftvernsystemer og stormgevær.",
            "RW>m23:air_defence",
            "RW>m23:small_arms",
        ),
    ),
    ("nn", case("M23-rørsla har fått dronar frå Rwanda.", "RW>m23:drones")),
    ("en", case("Rwanda has supplied the M23 rebels with mortars and drones, UN experts say.", "RW>m23:drones")),
    (
        "en",
        case(
            "Armenia has become one of India's biggest customers since its 2020 war with Azerbaijan, taking delivery "
            "of Pinaka rocket launchers.",
            "IN>AM:rockets_artillery",
        ),
    ),
    (
        "da",
        case("Under krigen med Aserbajdsjan købte Armenien Pinaka-raketkastere fra Indien.", "IN>AM:rockets_artillery"),
    ),
    (
        "en",
        case(
            "The Philippines has received a second BrahMos battery from India. Armenia has bought Pinaka rocket "
            "launchers from India. Indonesia is in talks to buy the missile from India.",
            "IN>PH:missiles_cruise",
            "IN>AM:rockets_artillery",
            "IN>ID:missiles_cruise",
        ),
    ),
]

# "byggjer fire korvettar for Pakistan": a Scandinavian "for" after a building verb names the buyer; a junta is
# the state named beside the article's first word for it ("Myanmars junta", "the junta in Niger")
BUILT_FOR_AND_JUNTAS = [
    ("nn", case("Tyrkisk forsvarsindustri byggjer fire korvettar for Pakistan.", "TR>PK:naval_vessels", quantity=4)),
    ("nb", case("Kongsberg bygger NASAMS for 5 milliarder kroner.")),
    (
        "nb",
        case(
            "Militærjuntaen i Myanmar har importert våpen for en milliard dollar. India har også solgt militært "
            "materiell til juntaen.",
            "IN>MM:military_equipment_general",
        ),
    ),
    (
        "nb",
        case(
            "Myanmars junta har kjøpt våpen i utlandet. India har også solgt militært materiell til juntaen.",
            "IN>MM:military_equipment_general",
        ),
    ),
    ("en", case("The junta in Niger has turned to new partners. Turkey has sold drones to the junta.", "TR>NE:drones")),
    (
        "sv",
        case(
            "Den maliska juntan har köpt drönare från Turkiet. Ryssland har också levererat helikoptrar till juntan.",
            "TR>ML:drones",
            "RU>ML:helicopters",
        ),
    ),
    # a state before a junta word that is not its owner
    ("en", case("Russia backs the junta. Turkey has sold drones to the junta in Mali.", "TR>ML:drones")),
]

# word forms the session-23 probes found missing
PROBED_WORDS = [
    ("sv", case("Ryssland har levererat Iskander-robotar till Vitryssland.", "RU>BY:missiles_ballistic")),
    ("sv", case("Iran har skickat drönare till Ansar Allah.", "IR>houthis:drones")),
    ("sv", case("Lettland har förvärvat kustrobotsystemet NSM från Norge.", "NO>LV:missiles_cruise")),
    ("sv", case("Litauen har upphandlat 18 Caesar-haubitsar från Frankrike.", "FR>LT:artillery_systems", quantity=18)),
    ("sv", case("Tyskland har levererat pansarminor till Ukraina.", "DE>UA:mines_explosives")),
    ("nn", case("Noreg har overlate fleire CB90-stridsbåtar til Ukraina.", "NO>UA:naval_vessels")),
    ("nn", case("Zimbabwe kjøpte seks K-8-treningsfly frå Kina i 2005.", "CN>ZW:aircraft", quantity=6)),
    ("nb", case("Kina har solgt missilbåter til Pakistan.", "CN>PK:naval_vessels")),
    ("nn", case("Sverige har sendt Stridsvagn 122 til Ukraina.", "SE>UA:tanks_armoured_vehicles")),
    ("nn", case("Iran har levert rakettar til Assad-regimet.", "IR>SY:rockets_artillery")),
    ("da", case("Ungarn lejer sine Gripen-kampfly af Sverige.", "SE>HU:aircraft")),
    ("da", case("Djibouti har modtaget militærkøretøjer fra Kina.", "CN>DJ:military_equipment_general")),
    (
        "sv",
        case(
            "Tyskland ska leverera en kvarts miljon granater till Ukraina.",
            "DE>UA:artillery_ammunition",
            quantity=250_000,
        ),
    ),
    (
        "nn",
        case(
            "Bulgaria har sendt ein kvart million granatar til Ukraina.", "BG>UA:artillery_ammunition", quantity=250_000
        ),
    ),
    # a boat that is no warship, and a type number that is no count
    ("nb", case("Fiskerne kom i land med båtene sine etter stormen.")),
]

# a calibre compound counts nothing ("155-millimetersgranater"); a number after a month that is neither a day nor a
# year is a count ("i mars 60 pansarfordon")
CALIBRES_AND_MONTHS = [
    (
        "sv",
        case(
            "USA har levererat över två miljoner 155-millimetersgranater till Ukraina.",
            "US>UA:artillery_ammunition",
            quantity=2_000_000,
        ),
    ),
    ("sv", case("Kina skeppade i mars 60 pansarfordon till Kambodja.", "CN>KH:tanks_armoured_vehicles", quantity=60)),
    ("en", case("The US sent 60 tanks to Poland on March 15.", "US>PL:tanks_armoured_vehicles", quantity=60)),
]

# paired conjunctions join a list: "Såväl Polen som Rumänien", "sowohl Polen als auch Rumänien", and the negative
# ones deny for each: "Weder Deutschland noch Frankreich", "Verken Tyskland eller Frankrike"
CORRELATIVES = [
    ("sv", case("Såväl Polen som Rumänien köper Patriot från USA.", "US>PL:air_defence", "US>RO:air_defence")),
    (
        "de",
        case("Sowohl Polen als auch Rumänien kaufen Patriot aus den USA.", "US>PL:air_defence", "US>RO:air_defence"),
    ),
    (
        "de",
        case(
            "Weder Deutschland noch Frankreich liefern Kampfjets an die Ukraine.",
            "DE>UA:aircraft",
            "FR>UA:aircraft",
            status="denied",
        ),
    ),
    (
        "nb",
        case(
            "Verken Tyskland eller Frankrike sender kampfly til Ukraina.",
            "DE>UA:aircraft",
            "FR>UA:aircraft",
            status="denied",
        ),
    ),
    # "som" with no "såväl" before it opens a relative clause
    ("sv", case("Polen köper Patriot från USA, som levererar systemen nästa år.", "US>PL:air_defence")),
]

# a bidder that lost the contest names no sale; "ingen direkte fra USA" is a source denied
LOST_AND_DENIED_SOURCES = [
    ("da", case("Spanien har tabt konkurrencen om at levere ubåde til Indien.")),
    ("en", case("Germany's TKMS lost the tender to build submarines for India.")),
    ("sv", case("Frankrike förlorade upphandlingen om ubåtar till Nederländerna.")),
    # the winner keeps its sale when another lost
    ("da", case("Spanien har leveret ubåde til Indien, efter at Frankrig tabte konkurrencen.", "ES>IN:naval_vessels")),
    ("da", case("Ukraine har fået F-16 fra flere lande, men ingen direkte fra USA.")),
    ("da", case("Ukraine har fået F-16 fra Norge, men ingen direkte fra USA.", "NO>UA:aircraft")),
]

# "the country" after a fronted phrase and a modal is the subject of the sentence before ("Enligt avtalet ska landet
# köpa"); after a perfect auxiliary "landet" is still "landed"
FRONTED_COUNTRY = [
    (
        "sv",
        case(
            "Polen har tecknat ett nytt stort avtal med Sydkorea. Enligt avtalet ska landet köpa 180 stridsvagnar av "
            "typen K2.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
    (
        "nb",
        case(
            "Polen har inngått en ny avtale med Sør-Korea. Ifølge avtalen skal landet kjøpe 180 stridsvogner av "
            "typen K2.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    ("nb", case("Det første F-16-flyet skal ha landet i Ukraina i går, ifølge norske kilder.")),
]

# what the session's two reviews found the first versions doing wrong
REVIEW = [
    # number words before a measure or a share count nothing, as digits do not
    ("da", case("Danmark har i enogtyve år købt kampfly fra USA.", "US>DK:aircraft")),
    ("nb", case("Norge sender tjuefem prosent av sine stridsvogner til Ukraina.", "NO>UA:tanks_armoured_vehicles")),
    # a number word after a month still counts
    ("sv", case("Thailand beställde i augusti fyra Gripen från Sverige.", "SE>TH:aircraft", quantity=4)),
    # an old year after a month is a year
    ("nb", case("I mars 1864 kjøpte Norge kanoner fra Sverige.", "SE>NO:artillery_systems")),
    # a small range is its lower bound; a money range's currency told once, after the upper bound
    ("de", case("Die USA liefern 2 bis 3 Patriot-Systeme an die Ukraine.", "US>UA:air_defence", quantity=2)),
    (
        "da",
        case(
            "Armenien har bestilt raketkastere fra Indien for mellem 1,5 og 2 milliarder dollar.",
            "IN>AM:rockets_artillery",
            quantity=1_750_000_000,
        ),
    ),
    (
        "en",
        case(
            "The US will send a quarter of a million artillery shells to Ukraine.",
            "US>UA:artillery_ammunition",
            quantity=250_000,
        ),
    ),
    # a paired conjunction after a preposition
    (
        "sv",
        case(
            "Ukraina har fått Leopard-stridsvagnar från såväl Tyskland som Danmark.",
            "DE>UA:tanks_armoured_vehicles",
            "DK>UA:tanks_armoured_vehicles",
        ),
    ),
    # a background line on who first supplied, and stocks named by an adjective, are no copula passives
    (
        "nb",
        case(
            "Ukraina har fått seks F-16 fra Danmark. Flyene er opprinnelig levert av USA på 1980-tallet.",
            "DK>UA:aircraft",
        ),
    ),
    (
        "da",
        case(
            "Mange af kampvognene er leveret af de amerikanske lagre, men Polen sendte 200 T-72 til Ukraine.",
            "PL>UA:tanks_armoured_vehicles",
        ),
    ),
    # the user before "som er leveret af"
    (
        "da",
        case(
            "Militsen RSF har brugt kinesiske våben, som efter alt at dømme er leveret af De Forenede Arabiske "
            "Emirater.",
            "AE>rsf:military_equipment_general",
        ),
    ),
    # the Republic of the Congo is not the DR Congo
    ("da", case("Republikken Congo har købt 4 Mi-35 fra Rusland.", "RU>CG:helicopters")),
    ("en", case("Russia sold 4 Mi-35 helicopters to the Republic of the Congo.", "RU>CG:helicopters")),
    # a seller of rocket launchers only: "the missiles" are its rockets
    (
        "en",
        case(
            "The United States sold 20 HIMARS launchers to Poland. Estonia has received the missiles from the United "
            "States.",
            "US>PL:rockets_artillery",
            "US>EE:rockets_artillery",
        ),
    ),
]

# after a fronted clause of time or cause and its comma, the main verb's subject stands after it
FRONTED_CLAUSES = [
    (
        "nb",
        case(
            "Etter at Tyskland leverte Leopard-stridsvogner, sendte også Norge stridsvogner til Ukraina.",
            "DE>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "de",
        case(
            "Nachdem Russland die Produktion aufgenommen hatte, lieferte der Iran weitere Drohnen an Russland.",
            "IR>RU:drones",
        ),
    ),
    ("nb", case("Etter krigen sendte Norge våpen til Finland.", "NO>FI:military_equipment_general")),
    ("da", case("Da Danmark leverede F-16 til Ukraine, fulgte Norge trop.", "DK>UA:aircraft")),
]

# a giver's partner in an aside between commas right after the subject or the verb
ASIDES = [
    (
        "sv",
        case(
            "Sverige levererar, tillsammans med Danmark och Norge, 40 nya stridsfordon 90 till Ukraina.",
            "SE>UA:tanks_armoured_vehicles",
            "DK>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "Germany, together with the Netherlands, has sent air defence systems to Ukraine.",
            "DE>UA:air_defence",
            "NL>UA:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Germany sent tanks to Ukraine, which has fought together with Poland, last year.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
]

# "Indien och Frankrike har enats om ett vapenavtal. Affären omfattar 26 Rafale-plan": the two states of the sentence
# before, the weapons' maker selling to the other
DEAL_LEADS = [
    (
        "sv",
        case(
            "Indien och Frankrike har enats om ett nytt stort vapenavtal. Affären omfattar 26 Rafale-plan.",
            "FR>IN:aircraft",
            quantity=26,
        ),
    ),
    (
        "nb",
        case(
            "Polen og Sør-Korea har inngått en ny våpenavtale. Avtalen omfatter 180 K2-stridsvogner.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    # a maker that is neither state of the sentence before
    ("sv", case("Indien och Ryssland har enats om ett nytt stort vapenavtal. Affären omfattar 26 Rafale-plan.")),
]

# cargo planes told as arriving carried the goods; bought or given transport planes are a transfer
CARRIERS = [
    ("nn", case("Iranske transportfly skal ha landa fleire gonger i Port Sudan sidan i fjor.")),
    (
        "de",
        case("Demnach landeten mindestens 38 Frachtflugzeuge aus den Emiraten auf dem Flughafen von Amdscharas."),
    ),
    ("nb", case("Russland har også levert kamphelikoptre og transportfly til Bamako.", "RU>ML:aircraft")),
    ("sv", case("Portugal ska få ytterligare två transportflygplan av typen C-390 från Brasilien.", "BR>PT:aircraft")),
]

# the doer of an attack or invasion named right after it is no party, and a side of a war is not "the country"
ATTACKS = [
    (
        "de",
        case(
            "Nach dem Überfall der Hamas lieferte die Bundesregierung 3.000 Panzerabwehrwaffen an Israel.",
            "DE>IL:military_equipment_general",
        ),
    ),
    (
        "sv",
        case(
            "Polen har sedan Rysslands invasion av Ukraina blivit en stor vapenköpare. År 2022 tecknade landet "
            "ramavtal med Seoul om 1 000 stridsvagnar av typen K2.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
]

# what the third review found: another bidder's loss, documents ("Unterlagen"), a route that is not a denial, a
# relative clause in an aside, two states competing or merging units, and the recipient told the sentence before
REVIEW_3 = [
    ("da", case("Schweiz køber 36 F-35 fra USA, efter at Frankrig tabte konkurrencen.", "US>CH:aircraft")),
    (
        "de",
        case(
            "Deutschland liefert laut internen Unterlagen 18 Leopard an die Ukraine.", "DE>UA:tanks_armoured_vehicles"
        ),
    ),
    (
        "en",
        case("France lost the bid in Switzerland, but France will supply 80 Rafale jets to the UAE.", "FR>AE:aircraft"),
    ),
    (
        "nb",
        case(
            "Ukraina har fått 8 stridsvogner, ikke direkte fra Norge, men via Polen.", "NO>UA:tanks_armoured_vehicles"
        ),
    ),
    (
        "en",
        case(
            "Italy, which builds the jet together with Britain and Japan, will sell 24 fighters to Saudi Arabia.",
            "IT>SA:aircraft",
        ),
    ),
    ("en", case("France and Sweden are competing for a major arms deal. The deal covers 36 Rafale jets.")),
    (
        "da",
        case("Ukraine har modtaget 10 kampvogne. Kampvognene er leveret af Danmark.", "DK>UA:tanks_armoured_vehicles"),
    ),
]

# English "guns" after a seller's howitzers are the howitzers; refusing and stopping deny
ENGLISH_PROBE = [
    (
        "en",
        case(
            "Sweden has delivered eight Archer artillery systems to Ukraine. The Archer guns were the first of the "
            "type to be sent abroad.",
            "SE>UA:artillery_systems",
        ),
    ),
    ("en", case("The US sent 5,000 guns and rifles to Haiti.", "US>HT:small_arms", quantity=5000)),
    ("en", case("Berlin is refusing to send Taurus missiles to Kyiv.", "DE>UA:missiles_cruise", status="denied")),
    (
        "en",
        case(
            "Canada will stop new arms sales to Israel, the foreign minister said.",
            "CA>IL:military_equipment_general",
            status="denied",
        ),
    ),
]

# a port call is a deployment, not a transfer
PORT_CALLS = [
    ("en", case("The Russian navy sent two warships and a submarine to Cuba for a port call.")),
    ("da", case("Rusland har sendt to krigsskibe til Cuba på havnebesøg.")),
]

ALL = (
    *PORT_CALLS,
    *ENGLISH_PROBE,
    *REVIEW_3,
    *ATTACKS,
    *CARRIERS,
    *DEAL_LEADS,
    *ASIDES,
    *FRONTED_CLAUSES,
    *REVIEW,
    *FRONTED_COUNTRY,
    *LOST_AND_DENIED_SOURCES,
    *CORRELATIVES,
    *CALIBRES_AND_MONTHS,
    *PROBED_WORDS,
    *BUILT_FOR_AND_JUNTAS,
    *GROUPS_AND_WARS,
    *COPULA_PASSIVES,
    *RANGES,
    *COMPOUND_NUMBERS,
)
