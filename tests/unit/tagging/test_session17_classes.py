"""Classes found missing in session 17: rivals under each other's arms embargoes trade no arms outside a court
case, smuggling or a refusal; systems a buyer weighed are passed over; a state reacting to a
transfer is no party to it; a similar deal or the same system copies the transfer before.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A sentence that seems to pair the United States or a European state with Russia, China, Iran or North Korea
# tells no transfer between them: the pair is a threat, a warning or a third party's sale.
RIVALS = [
    ("nb", case("USA har truet med sanksjoner mot land som kjøper våpen fra Russland.")),
    ("da", case("Kina opfordrede USA til at stoppe alt våbensalg til Taiwan.")),
    ("sv", case("Kina uppmanade USA att stoppa alla vapenleveranser till Taiwan.")),
    ("de", case("Moskau warnte, die Lieferung von Taurus-Marschflugkörpern mache Deutschland zur Kriegspartei.")),
    ("en", case("China urged Washington to halt all arms sales to Taiwan.")),
    ("nn", case("Russland har plassert ut Iskander-missil i Kaliningrad, som kan nå Berlin på få minutt.")),
    ("en", case("Washington says Iranian missiles were shipped to Russia last year.", "IR>RU:missiles_ballistic")),
    # Iran supplying the West is a misreading even in a court story: the West seizes what Iran ships
    ("nb", case("Amerikanske styrker har beslaglagt iranske missildeler, og påtalemyndigheten har tatt ut tiltale.")),
]

# A court case or smuggling story, or a refusal, keeps the pair.
RIVALS_KEPT = [
    ("sv", case("Enligt åtalet har det svenska företaget skickat 40 drönare till Ryssland.", "SE>RU:drones")),
    ("nn", case("Ifølgje tiltalen har det norske selskapet sendt 40 dronar til Russland.", "NO>RU:drones")),
    ("de", case("Laut Anklage hat die deutsche Firma 40 Drohnen nach Russland geschmuggelt.", "DE>RU:drones")),
    (
        "de",
        case(
            "Deutschland weigerte sich, die Motoren nach China zu exportieren.",
            "DE>CN:technology_transfer",
            status="denied",
        ),
    ),
]

# Systems a buyer had weighed ("hade också övervägt", "overvejet", "erwogen") are passed over: no transfer.
WEIGHED = [
    (
        "sv",
        case("Peru hade också övervägt amerikanska F-16 och franska Rafale innan valet föll på det svenska planet."),
    ),
    ("de", case("Peru hatte auch amerikanische F-16 und französische Rafale erwogen.")),
    ("da", case("Peru havde også overvejet amerikanske F-16 og franske Rafale, før valget faldt på det svenske fly.")),
]

# A state reacting to a transfer (reacting, criticising, condemning, protesting) is no party to it; a denial it
# makes in the same sentence is kept.
REACTIONS = [
    (
        "de",
        case(
            "Die Philippinen haben indische BrahMos-Raketen erhalten. Peking reagierte verärgert auf die "
            "Raketenlieferung.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "da",
        case(
            "Filippinerne har modtaget indiske BrahMos-missiler. Beijing reagerede vredt på missilleverancen.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "nb",
        case(
            "Filippinene har mottatt indiske BrahMos-missiler. Kina kritiserte salget av missilene.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "sv",
        case(
            "Filippinerna har tagit emot indiska BrahMos-robotar. Kina protesterade mot försäljningen av robotarna.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "en",
        case(
            "The Philippines has received Indian BrahMos missiles. Beijing reacted angrily to the missile delivery.",
            "IN>PH:missiles_cruise",
        ),
    ),
    (
        "nn",
        case(
            "Filippinane har teke imot indiske BrahMos-missil. Beijing reagerte kraftig på missilleveransen.",
            "IN>PH:missiles_cruise",
        ),
    ),
    ("nb", case("USA reagerte raskt og leverte Patriot-systemer til Ukraina.", "US>UA:air_defence")),
    ("en", case("Ukraine criticised the slow delivery of F-16 jets from the United States.", "US>UA:aircraft")),
    (
        "de",
        case(
            "Peking protestierte und betonte, China liefere keine Waffen an Russland.",
            "CN>RU:military_equipment_general",
            status="denied",
        ),
    ),
]

# Another buyer of the hardware just told: "a similar deal", "the same system" in a sentence that tells no transfer
# of its own copies the transfer before to its subject.
SIMILAR = [
    (
        "sv",
        case(
            "Saudiarabien köper Cheongung II från Sydkorea. Förenade Arabemiraten beställde tolv enheter av samma "
            "system 2022, och Irak skrev i fjol under ett liknande avtal.",
            "KR>SA:air_defence",
            "KR>AE:air_defence",
            "KR>IQ:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Saudi-Arabia kjøper Cheongung II fra Sør-Korea. Irak skrev i fjor under en lignende avtale.",
            "KR>SA:air_defence",
            "KR>IQ:air_defence",
        ),
    ),
    (
        "da",
        case(
            "Filippinerne har købt BrahMos-missiler fra Indien. Indonesien forhandler om en lignende aftale.",
            "IN>PH:missiles_cruise",
            "IN>ID:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Polen kauft K9-Haubitzen aus Südkorea. Rumänien unterzeichnete im Frühjahr einen ähnlichen Vertrag.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Poland is buying K9 howitzers from South Korea. Romania signed a similar deal in the spring.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "nn",
        case(
            "Polen kjøper K9-haubitsar frå Sør-Korea. Romania skreiv i vår under ein liknande avtale.",
            "KR>PL:artillery_systems",
            "KR>RO:artillery_systems",
        ),
    ),
    (
        "nb",
        case(
            "Litauen kjøper 44 Leopard 2A8 fra Tyskland. Sverige bestilte i fjor vogner av samme modell.",
            "DE>LT:tanks_armoured_vehicles",
            "DE>SE:tanks_armoured_vehicles",
        ),
    ),
]

# "Militær bistand" is military aid (Danish and Norwegian); "gensidig militær bistand" is a pact.
MILITARY_AID = [
    (
        "nn",
        case(
            "USA gir 40 millionar dollar i militær bistand til Argentina.",
            "US>AR:military_equipment_general",
            quantity=40e6,
        ),
    ),
    (
        "da",
        case(
            "Danmark har givet militær bistand til Ukraine for 2 milliarder kroner.", "DK>UA:military_equipment_general"
        ),
    ),
    ("da", case("Putin og Kim Jong-un underskrev en aftale om gensidig militær bistand.")),
]

# Signing tells no direction of its own: the subject that makes the weapons, or a large exporter signing with a
# state that is none, sells; otherwise the subject buys from the one it signs with.
SIGNING = [
    ("nn", case("Sør-Korea har inngått ein avtale med Polen om 180 stridsvogner.", "KR>PL:tanks_armoured_vehicles")),
    ("da", case("Sydkorea har indgået en aftale med Polen om 180 kampvogne.", "KR>PL:tanks_armoured_vehicles")),
    ("sv", case("Sydkorea har tecknat ett avtal med Polen om 180 stridsvagnar.", "KR>PL:tanks_armoured_vehicles")),
    (
        "de",
        case(
            "Südkorea hat mit Polen einen Vertrag über 180 Kampfpanzer unterzeichnet.", "KR>PL:tanks_armoured_vehicles"
        ),
    ),
    ("en", case("South Korea has signed a deal with Poland for 180 tanks.", "KR>PL:tanks_armoured_vehicles")),
    ("en", case("France signed a contract with India for 26 Rafale jets.", "FR>IN:aircraft")),
    ("de", case("Frankreich unterzeichnete mit Indien einen Vertrag über 26 Rafale.", "FR>IN:aircraft")),
    ("nb", case("Sverige har signert en kontrakt med Thailand om fire Gripen-fly.", "SE>TH:aircraft")),
    ("nb", case("Thailand har signert en kontrakt med Sverige om fire Gripen-fly.", "SE>TH:aircraft")),
    ("nb", case("Norge har signert en kontrakt med Tyskland om fire ubåter.", "DE>NO:naval_vessels")),
    ("en", case("Germany signed a contract with Finland to buy artillery shells.", "FI>DE:artillery_ammunition")),
]

# Passives: the agent of a verb of getting buys ("were bought by Norway", "wurden von Norwegen gekauft"); an
# auxiliary right before a giving verb's past form makes a passive the verb lists do not spell ("were given").
PASSIVES = [
    ("nb", case("De sørkoreanske haubitsene ble kjøpt av Norge i 2017.", "KR>NO:artillery_systems")),
    ("da", case("De sydkoreanske haubitser blev købt af Norge i 2017.", "KR>NO:artillery_systems")),
    ("sv", case("De sydkoreanska haubitsarna köptes av Norge 2017.", "KR>NO:artillery_systems")),
    ("de", case("Die südkoreanischen Haubitzen wurden 2017 von Norwegen gekauft.", "KR>NO:artillery_systems")),
    ("en", case("The South Korean howitzers were bought by Norway in 2017.", "KR>NO:artillery_systems")),
    ("nn", case("Dei sørkoreanske haubitsane vart kjøpte av Noreg i 2017.", "KR>NO:artillery_systems")),
    ("nn", case("Stridsvognene vart gjevne til Ukraina av Noreg.", "NO>UA:tanks_armoured_vehicles")),
    ("nb", case("Stridsvognene ble gitt til Ukraina av Norge.", "NO>UA:tanks_armoured_vehicles")),
    ("en", case("The tanks were given to Ukraine by Norway.", "NO>UA:tanks_armoured_vehicles")),
]

# Nynorsk present forms of getting: "mottek", "skaffar (seg)".
NYNORSK_GETTING = [
    ("nn", case("Ukraina mottek no dei første F-16-flya frå Danmark.", "DK>UA:aircraft")),
    ("nn", case("Polen skaffar seg 96 Apache-helikopter frå USA.", "US>PL:helicopters", quantity=96)),
]

# Parts for a state's weapons ("komponentar til russiske dronar") go to that state: its adjective names the owner,
# not the maker. Nynorsk "seld".
PARTS_FOR = [
    ("nn", case("Kina skal ha levert komponentar til russiske dronar.", "CN>RU:drones")),
    ("nb", case("Kina har levert komponenter til russiske droner.", "CN>RU:drones")),
    ("da", case("Kina har leveret komponenter til russiske droner.", "CN>RU:drones")),
    ("sv", case("Kina har levererat komponenter till ryska drönare.", "CN>RU:drones")),
    ("de", case("China hat Bauteile für russische Drohnen geliefert.", "CN>RU:drones")),
    ("en", case("China has supplied components for Russian drones.", "CN>RU:drones")),
    ("nn", case("Noreg har seld 40 CV90 til Litauen.", "NO>LT:tanks_armoured_vehicles")),
]

# German negation between the finite auxiliary or modal and the final verb denies the transfer.
GERMAN_NEGATION = [
    (
        "de",
        case(
            "Deutschland wird keine Taurus-Marschflugkörper an die Ukraine liefern.",
            "DE>UA:missiles_cruise",
            status="denied",
        ),
    ),
    ("de", case("Deutschland will keine Kampfjets an die Ukraine liefern.", "DE>UA:aircraft", status="denied")),
    (
        "de",
        case(
            "Deutschland hat der Ukraine seit Kriegsbeginn nie dagewesene Mengen an Munition geliefert.",
            "DE>UA:artillery_ammunition",
            status="delivered",
        ),
    ),
    ("de", case("Die Niederlande übergaben Kiew im Sommer die ersten F-16.", "NL>UA:aircraft", status="delivered")),
]

# Nynorsk "sende" is also the past ("Nord-Korea sende i fjor ..."): delivered, unless a modal or "å" stands before
# it; "jagarfly". A scale word after a vague amount multiplies it ("fleire hundre tusen", "several hundred thousand").
NYNORSK_PAST = [
    (
        "nn",
        case(
            "Nord-Korea sende i fjor fleire hundre tusen granatar til Russland.",
            "KP>RU:artillery_ammunition",
            status="delivered",
            quantity=100000,
        ),
    ),
    (
        "nn",
        case("Noreg skal sende fleire haubitsar til Ukraina.", "NO>UA:artillery_systems", status="planned"),
    ),
    ("nn", case("Tyrkia selde jagarfly til Pakistan.", "TR>PK:aircraft")),
    (
        "nn",
        case(
            "Det blir spekulert i om Kina vil sende våpen til Russland.",
            "CN>RU:military_equipment_general",
            status="speculated",
        ),
    ),
    (
        "nn",
        case("Noreg har levert handvåpen og minekastarar til Ukraina.", "NO>UA:small_arms", "NO>UA:artillery_systems"),
    ),
    (
        "en",
        case(
            "North Korea has sent several hundred thousand shells to Russia.",
            "KP>RU:artillery_ammunition",
            quantity=100000,
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt flere hundrede tusinde granater til Rusland.",
            "KP>RU:artillery_ammunition",
            quantity=100000,
        ),
    ),
]

# Weapons that stem from a source ("stammen aus dem Iran", "stammer fra Iran") went from it to their holder: a genitive
# or goal in the clause, the main clause's holder of which they are a part, else the buyer just told. An origin that
# names no source ("hvor dronerne stammer fra") tells no transfer.
ORIGINS = [
    ("de", case("Die meisten Raketen der Huthis stammen aus dem Iran.", "IR>houthis:rockets_artillery")),
    ("en", case("Most of the Houthis' missiles originate from Iran.", "IR>houthis:missiles_ballistic")),
    ("nb", case("De fleste av houthienes raketter stammer fra Iran.", "IR>houthis:rockets_artillery")),
    ("sv", case("De flesta av huthiernas robotar härstammar från Iran.", "IR>houthis:missiles_ballistic")),
    ("da", case("De fleste af houthiernes missiler stammer fra Iran.", "IR>houthis:missiles_ballistic")),
    ("nn", case("Dei fleste av rakettane til houthiane stammar frå Iran.", "IR>houthis:rockets_artillery")),
    (
        "de",
        case(
            "Polen kauft weitere Kampfpanzer. Die 180 Fahrzeuge stammen aus Südkorea.", "KR>PL:tanks_armoured_vehicles"
        ),
    ),
    (
        "da",
        case(
            "Hizbollah råder over 120.000 raketter, hvoraf langt størstedelen stammer fra Iran.",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    ("da", case("Panelet har ikke kunnet fastslå, hvor de droner, der blev brugt i angrebene, stammer fra.")),
]

# Two halves of one transfer in consecutive sentences (a buyer with no seller, then a seller of the same weapon with
# no buyer) make one transfer.
HALVES = [
    ("nn", case("Ukraina får nye luftvernsystem. Det er Tyskland som leverer systema.", "DE>UA:air_defence")),
    ("nn", case("Dei skal leverast frå Tyskland.")),
]

# The largest recipient named after the copula ("Største mottaker av norske våpen i fjor var Ukraina").
RECIPIENTS = [
    ("de", case("Größter Abnehmer deutscher Waffen war 2024 die Ukraine.", "DE>UA:military_equipment_general")),
    ("en", case("The largest recipient of German arms in 2024 was Ukraine.", "DE>UA:military_equipment_general")),
    ("nb", case("Største mottaker av norske våpen i fjor var Ukraina.", "NO>UA:military_equipment_general")),
    ("nn", case("Største mottakar av norske våpen i fjor var Ukraina.", "NO>UA:military_equipment_general")),
    ("sv", case("Den största mottagaren av svenska vapen förra året var Ukraina.", "SE>UA:military_equipment_general")),
]

# A patron of one side of Sudan's war paired with the other side through a force word or the context supplies its
# own side; a recipient named outright stays as told.
WAR_SIDES = [
    (
        "nb",
        case(
            "RSF-militsen har fått droner fra De forente arabiske emirater. Også hæren har fått iranske droner.",
            "AE>rsf:drones",
            "IR>SD:drones",
        ),
    ),
    ("nb", case("Iran har levert droner til RSF-militsen.", "IR>rsf:drones")),
]

# Two adjectives of origin joined by a hyphen name two makers of one weapon ("fransk-italiensk luftforsvar",
# "kinesisk-pakistanske JF-17"): neither is the buyer.
JOINT_MAKERS = [
    ("da", case("Danmark køber fransk-italiensk luftforsvar.", "FR>DK:air_defence", "IT>DK:air_defence")),
    ("nb", case("Myanmar har fått kinesisk-pakistanske JF-17-fly.", "CN>MM:aircraft", "PK>MM:aircraft")),
    ("en", case("Nigeria bought three Chinese-Pakistani JF-17 fighters.", "CN>NG:aircraft", "PK>NG:aircraft")),
]

ALL = (
    *JOINT_MAKERS,
    *WAR_SIDES,
    *RECIPIENTS,
    *HALVES,
    *ORIGINS,
    *NYNORSK_PAST,
    *GERMAN_NEGATION,
    *PARTS_FOR,
    *RIVALS,
    *RIVALS_KEPT,
    *WEIGHED,
    *REACTIONS,
    *SIMILAR,
    *MILITARY_AID,
    *SIGNING,
    *PASSIVES,
    *NYNORSK_GETTING,
)
