"""Classes found missing in session 15: a count of containers standing in for the count of the weapon itself.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Containers count the packaging. Where the sentence or the one after it counts the weapon itself, that count is
# the quantity; where nothing else is counted, the containers still are.
CONTAINERS = [
    (
        "sv",
        case(
            "Enligt tjänsten har Nordkorea skickat över 9 000 containrar med ammunition till Ryssland, vilket "
            "motsvarar omkring fem miljoner artillerigranater.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "da",
        case(
            "Nordkorea har sendt mere end 9.000 containere med ammunition til Rusland, hvilket svarer til omkring "
            "fem millioner artillerigranater.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "en",
        case(
            "North Korea has shipped more than 9,000 containers of ammunition to Russia this year. Officials "
            "believe the containers held about five million artillery shells.",
            "KP>RU:artillery_ammunition",
            quantity=5e6,
        ),
    ),
    (
        "de",
        case(
            "Nordkorea hat nach Angaben des Geheimdienstes rund 9.000 Container mit Artilleriegranaten an Russland "
            "geliefert.",
            "KP>RU:artillery_ammunition",
            quantity=9000,
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt over 9000 containere med ammunisjon til Russland, ifølge etterretningen.",
            "KP>RU:artillery_ammunition",
            quantity=9000,
        ),
    ),
]

# Entering into an agreement for weapons is signing for them, said as "tecknat avtal om", "indgået en aftale om",
# "inngått ein avtale om", "inked a deal for".
AGREEMENTS = [
    ("sv", case("Litauen har tecknat avtal om luftvärnssystemet Barak MX.", "IL>LT:air_defence", status="agreed")),
    (
        "sv",
        case(
            "Rumänien tecknade i fjol ett kontrakt om 54 haubitsar av typen K9.",
            "KR>RO:artillery_systems",
            status="agreed",
            quantity=54,
        ),
    ),
    (
        "da",
        case(
            "Estland har indgået en aftale om det israelske luftforsvarssystem Barak MX.",
            "IL>EE:air_defence",
            status="agreed",
        ),
    ),
    ("nb", case("Litauen har inngått en avtale om luftvernsystemet Barak MX.", "IL>LT:air_defence", status="agreed")),
    ("nn", case("Latvia har inngått ein avtale om luftvernsystemet Barak MX.", "IL>LV:air_defence", status="agreed")),
    ("en", case("Slovakia inked a deal for the Barak MX air defence system.", "IL>SK:air_defence", status="agreed")),
    # drawing, not signing: no agreement word follows
    ("sv", case("Barnen tecknade stridsvagnar och flygplan i skolan i Kiev.")),
]

# Short names that CLDR lacks: "UAE" (en, da, nb, nn), "VAE" (de), "FAE" (sv), "Burma", "DR Congo".
SHORT_NAMES = [
    ("en", case("The UAE delivered air defence systems to Libya.", "AE>LY:air_defence")),
    ("nb", case("UAE har levert pansrede kjøretøy til Sudan, ifølge FN.", "AE>SD:tanks_armoured_vehicles")),
    ("de", case("Die VAE lieferten Flugabwehrsysteme an Libyen.", "AE>LY:air_defence")),
    ("sv", case("FAE har levererat pansarfordon till Libyen, enligt FN.", "AE>LY:tanks_armoured_vehicles")),
    ("da", case("Kina har leveret droner til Burma, skriver avisen.", "CN>MM:drones")),
]

# A genitive before the word for its forces names the party itself: "supplied Haftar's forces with".
OWNER_FORCES = [
    ("en", case("Russia supplied Haftar's forces with air defence systems.", "RU>lna:air_defence")),
    ("de", case("Russland versorgte Haftars Truppen mit Flugabwehrsystemen.", "RU>lna:air_defence")),
    ("de", case("Russland lieferte der Armee Malis mehrere Kampfhubschrauber.", "RU>ML:helicopters")),
    ("de", case("Indien hatte der Marine Myanmars ein gebrauchtes U-Boot überlassen.", "IN>MM:naval_vessels")),
    # a genitive before anything else stays the owner of it
    ("en", case("Washington must ensure that arms sales to the region do not erode Israel's military advantage.")),
]

# Building weapons for a buyer named after the verb supplies it; building with no buyer named is production.
BUILDS_FOR = [
    ("nn", case("Tyrkia byggjer fire korvettar til den pakistanske marinen.", "TR>PK:naval_vessels", status="ongoing")),
    ("nb", case("Tyskland bygger fire nye ubåter til Norge.", "DE>NO:naval_vessels", status="ongoing")),
    ("de", case("Deutschland baut vier U-Boote für Israel.", "DE>IL:naval_vessels", status="ongoing")),
    (
        "en",
        case("South Korea built two corvettes for the Philippine navy.", "KR>PH:naval_vessels", status="delivered"),
    ),
    ("da", case("Danmark byggede fire fregatter til Norge.", "DK>NO:naval_vessels", status="delivered")),
    # production, with no buyer
    ("nb", case("Tyskland bygger fire nye ubåter i Kiel.")),
    ("en", case("Germany is building four new submarines at its yard in Kiel.")),
]

# From `fullm` (written blind this session): a partner "together with" the giver gives too; "angeschafft" is
# buying.
FULLM = [
    (
        "de",
        case(
            "Italien stellte gemeinsam mit Frankreich der Ukraine ein System vom Typ SAMP/T bereit.",
            "IT>UA:air_defence",
            "FR>UA:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Norge har sammen med Tyskland levert stridsvogner til Ukraina.",
            "NO>UA:tanks_armoured_vehicles",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    # a co-developer in another clause is no co-supplier
    (
        "en",
        case(
            "India has exported the cruise missile to the Philippines, which it developed jointly with Russia.",
            "IN>PH:missiles_cruise",
        ),
    ),
    ("de", case("Norwegen hat Panzerhaubitzen vom Typ K9 aus Südkorea angeschafft.", "KR>NO:artillery_systems")),
    # weapons sent "against" a target after a list of them are fired, not handed over
    (
        "nn",
        case(
            "Ukraina har fått luftvern frå Noreg. Førre veke sende Russland over 700 droner og missil mot landet.",
            "NO>UA:air_defence",
        ),
    ),
]

# Systems that were missing from the shared list of names, with their makers' states.
SYSTEMS = [
    ("da", case("Holland har ligeledes bestilt PULS.", "IL>NL:rockets_artillery", status="agreed")),
    ("de", case("Die Werft baut sechs U-Boote des Typs 212CD für Norwegen.", "DE>NO:naval_vessels")),
    (
        "da",
        case("Australien skal købe tre ubåde af Virginia-klassen fra USA.", "US>AU:naval_vessels", quantity=3),
    ),
    ("en", case("Poland has ordered 96 Apaches from the United States.", "US>PL:helicopters", quantity=96)),
    ("sv", case("Indonesien har beställt 12 Hürjet.", "TR>ID:aircraft", quantity=12)),
    ("sv", case("Kazakstan har skrivit avtal med det turkiska företaget TAI om drönaren Anka.", "TR>KZ:drones")),
    ("nn", case("Filippinane fekk eit radarsystem frå Mitsubishi Electric.", "JP>PH:military_equipment_general")),
    # "puls" as a heartbeat is no weapon
    ("da", case("Lægen målte hans puls, efter at han var kommet hjem fra Israel.")),
]

ALL = CONTAINERS + AGREEMENTS + SHORT_NAMES + OWNER_FORCES + BUILDS_FOR + FULLM + SYSTEMS
