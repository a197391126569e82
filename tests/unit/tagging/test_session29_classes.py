"""Classes found missing in session 29.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A count told as "the first of (in all) N" is the order's size, which the gold records over the first items
# delivered: "dei første av i alt 24 som" gave no count at all (no weapon word after it), and "the first of 24" in a
# later sentence lost to the six that landed first (fullw, fullx, fully, fullp, fullt)
FIRST_OF_AN_ORDER = [
    (
        "nn",
        case(
            "Seks brukte F-16-kampfly frå Danmark landa torsdag i Argentina. Flya er dei første av i alt 24 som "
            "Argentina kjøpte frå Danmark i fjor.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
    (
        "en",
        case(
            "Six F-16 jets bought from Denmark landed in Argentina on Friday. The jets are the first of 24 that "
            "Buenos Aires agreed to buy from Copenhagen.",
            "DK>AR:aircraft",
            quantity=24,
        ),
    ),
    (
        "en",
        case(
            "Nigeria has taken delivery of two T129 attack helicopters from Turkey, the first of six it ordered.",
            "TR>NG:helicopters",
            quantity=6,
        ),
    ),
    (
        "nb",
        case(
            "Tre K9-haubitser fra Sør-Korea ankom Oslo i går. Haubitsene er de første av i alt 24 som Norge har "
            "bestilt fra Sør-Korea.",
            "KR>NO:artillery_systems",
            quantity=24,
        ),
    ),
    # an older order's first items, told after a new contract, do not size the new one
    (
        "nb",
        case(
            "Norge signerte i dag en kontrakt med Sør-Korea om 24 nye K9-haubitser. Hæren har brukt K9 siden 2020, da "
            "de første av i alt 28 skyts ble levert fra Sør-Korea.",
            "KR>NO:artillery_systems",
            quantity=24,
        ),
    ),
]

# An adjective of make reaches over a name and a modifier to its weapon ("Indian-made ATAGS towed howitzers": was no
# supplier at all; a bare adjective of origin still reaches two words; fullab)
MAKE_OVER_A_NAME = [
    (
        "en",
        case(
            "Armenia has taken delivery of the first batch of Indian-made ATAGS towed howitzers.",
            "IN>AM:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Kenya took delivery of Turkish-built Hizir 4x4 armoured vehicles last week.",
            "TR>KE:tanks_armoured_vehicles",
            no_quantity=True,
        ),
    ),
]

# A vehicle's drive is no count ("4x4" counted 4, "12 8×8" counted 8)
WHEEL_DRIVES = [
    ("en", case("Kenya bought 12 8×8 armoured vehicles from Turkey.", "TR>KE:tanks_armoured_vehicles", quantity=12)),
    ("en", case("Kenya bought 8x8 armoured vehicles from Turkey.", "TR>KE:tanks_armoured_vehicles", no_quantity=True)),
]

# English words of holding up, freezing, cancelling, halting, banning and preventing a sale refuse it (were planned or
# agreed; probe 29 en), in the transfer's own clause only
ENGLISH_BLOCKS = [
    (
        "en",
        case(
            "Washington has held up the sale of 24,000 assault rifles to Israel.", "US>IL:small_arms", status="denied"
        ),
    ),
    ("en", case("Germany froze the delivery of Eurofighter jets to Saudi Arabia.", "DE>SA:aircraft", status="denied")),
    (
        "en",
        case(
            "Spain cancelled a contract for 15 million bullets from an Israeli company.",
            "IL>ES:small_arms_ammunition",
            status="denied",
        ),
    ),
    (
        "en",
        case(
            "A Dutch court ordered the government to halt exports of F-35 parts to Israel.",
            "NL>IL:aircraft",
            status="denied",
        ),
    ),
    (
        "en",
        case(
            "Britain has banned arms exports to Myanmar since the 1990s.",
            "GB>MM:military_equipment_general",
            status="denied",
        ),
    ),
    # halting an advance is no refusal, nor freezing talks in another clause
    (
        "en",
        case(
            "Germany sent 18 Leopard tanks to help Ukraine halt the Russian advance.",
            "DE>UA:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "The United States sold F-16s to Taiwan, and Beijing froze military talks with Washington.",
            "US>TW:aircraft",
            status="delivered",
        ),
    ),
]

# Leave received to buy is an agreed purchase, not a delivery ("har fått løyve frå Washington til å kjøpe": was
# delivered; probe 29 nn); leave to make the weapons oneself is not a purchase
CLEARED_TO_BUY = [
    (
        "nn",
        case(
            "Marokko har fått løyve frå Washington til å kjøpe 18 HIMARS-system.",
            "US>MA:rockets_artillery",
            status="agreed",
            quantity=18,
        ),
    ),
    (
        "nb",
        case(
            "Polen har fått klarsignal fra USA til å kjøpe 96 Apache-helikoptre.", "US>PL:helicopters", status="agreed"
        ),
    ),
    ("nn", case("Jordan har fått godkjent kjøp av tolv nye F-16-fly frå USA.", "US>JO:aircraft", status="agreed")),
    (
        "en",
        case(
            "Poland has received approval to buy 96 Apache helicopters from the United States.",
            "US>PL:helicopters",
            status="agreed",
        ),
    ),
    (
        "nn",
        case(
            "Russland har fått dronar frå Iran. Sidan har Russland fått løyve frå Iran til å lage dronane sjølv.",
            "IR>RU:drones",
            status="delivered",
        ),
    ),
]

# Norwegian number words: "toogtjue" beside "tjueto", "hundre og nitti" (was 90), "eit tjuetal" (was 1),
# "tusentals", "titusentals", "halvannan million", "hundrevis av tusen" (was 100) (probe 29 nn)
NORWEGIAN_NUMBER_WORDS = [
    ("nn", case("Noreg har sendt toogtjue M109-haubitsar til Ukraina.", "NO>UA:artillery_systems", quantity=22)),
    (
        "nn",
        case(
            "USA har sendt hundre og nitti Bradley-vogner til Ukraina.", "US>UA:tanks_armoured_vehicles", quantity=190
        ),
    ),
    (
        "nn",
        case(
            "Eit tjuetal Marder-vogner er sende frå Tyskland til Ukraina.", "DE>UA:tanks_armoured_vehicles", quantity=20
        ),
    ),
    ("nn", case("Storbritannia har sendt titusentals dronar til Ukraina.", "GB>UA:drones", quantity=10000)),
    (
        "nn",
        case(
            "Nord-Korea har sendt halvannan million granatar til Russland.",
            "KP>RU:artillery_ammunition",
            quantity=1500000,
        ),
    ),
    (
        "nn",
        case("USA har sendt hundrevis av tusen granatar til Ukraina.", "US>UA:artillery_ammunition", quantity=100000),
    ),
    (
        "nb",
        case(
            "USA har sendt to hundre og femti Bradley-vogner til Ukraina.",
            "US>UA:tanks_armoured_vehicles",
            quantity=250,
        ),
    ),
    (
        "en",
        case(
            "The US sent a hundred and twenty Bradley vehicles to Ukraine.",
            "US>UA:tanks_armoured_vehicles",
            quantity=120,
        ),
    ),
    # a range's upper bound is no "and" of the hundreds
    (
        "nn",
        case(
            "USA har sendt mellom hundre og to hundre M777-haubitsar til Ukraina.",
            "US>UA:artillery_systems",
            quantity=200,
        ),
    ),
]

# The Eurofighter is sold by Britain when no seller is named (Saudi Arabia, Qatar, Turkey: the tuned sets' gold has
# GB 46 times, Italy twice for Kuwait, named); a German "einem/den Verkauf" is a sale, not a purchase (was read as the
# subject's buying; probe 29 nn, fullab)
EUROFIGHTER_AND_VERKAUF = [
    ("da", case("Saudi-Arabien er tæt på en aftale om 48 Eurofighter-fly.", "GB>SA:aircraft", quantity=48)),
    (
        "nn",
        case(
            "Tyrkia og Storbritannia har underteikna ein avtale om 20 Eurofighter-fly.", "GB>TR:aircraft", quantity=20
        ),
    ),
    (
        "de",
        case(
            "Die Bundesregierung stellt sich einem Verkauf weiterer Eurofighter-Kampfflugzeuge an Saudi-Arabien nicht "
            "länger entgegen.",
            "DE>SA:aircraft",
        ),
    ),
    # a named seller stays the seller; a relative clause's sale keeps its way
    ("en", case("Kuwait received the last of its 28 Eurofighters from Italy.", "IT>KW:aircraft", quantity=28)),
    (
        "de",
        case(
            "Warschau wartet auf 96 Apache-Hubschrauber, deren Verkauf die US-Regierung genehmigt hatte.",
            "US>PL:helicopters",
            quantity=96,
        ),
    ),
]

# What the reviews of session 29 found in first versions, mended: "the first of N" counts the order only when nothing
# else follows N ("the first of three reasons", "det første av 12 land"); English refusal words only as phrases of a
# sale, a delivery or an order ("held up for weeks at the border" is a delay; "froze the deal" in an earlier clause);
# leave to buy only as the cue's own ("fikk tillatelse til å kjøpe uniformer, og mottok 20 CV90"); the tens after the
# hundreds before a larger scale, and not of days
REVIEWED_IN_SESSION_29 = [
    (
        "en",
        case(
            "Estonia received HIMARS launchers from the United States, the first of three reasons, officials said.",
            "US>EE:rockets_artillery",
            no_quantity=True,
        ),
    ),
    (
        "nb",
        case(
            "Danmark leverte seks F-16 til Ukraina i fjor. Danmark er det første av 12 land som har sendt kampfly "
            "til Ukraina.",
            "DK>UA:aircraft",
            quantity=6,
        ),
    ),
    (
        "nb",
        case(
            "Fire Caesar-haubitser ankom Estland i uken. De er de første av tolv Estland har bestilt fra Frankrike.",
            "FR>EE:artillery_systems",
            quantity=12,
        ),
    ),
    (
        "en",
        case(
            "Deliveries of US Patriot interceptors to Ukraine were held up for weeks at the Polish border.",
            "US>UA:air_defence",
            status="planned",
        ),
    ),
    (
        "en",
        case(
            "After Congress froze the deal for a year, the United States delivered 40 F-16 jets to Turkey.",
            "US>TR:aircraft",
            status="delivered",
        ),
    ),
    (
        "nb",
        case(
            "Forsvaret fikk tillatelse til å kjøpe inn nye uniformer, og mottok samtidig 20 CV90 fra Sverige.",
            "SE>NO:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    ("sv", case("Grekland har fått godkännande att köpa 20 F-35 från USA.", "US>GR:aircraft", status="agreed")),
    (
        "en",
        case(
            "For a hundred and twenty days Germany has delivered IRIS-T missiles to Ukraine.",
            "DE>UA:air_defence",
            no_quantity=True,
        ),
    ),
    (
        "nn",
        case(
            "Noreg har sendt hundre og tjue tusen granatar til Ukraina.", "NO>UA:artillery_ammunition", quantity=120000
        ),
    ),
]

ALL = [
    *FIRST_OF_AN_ORDER,
    *MAKE_OVER_A_NAME,
    *WHEEL_DRIVES,
    *ENGLISH_BLOCKS,
    *CLEARED_TO_BUY,
    *NORWEGIAN_NUMBER_WORDS,
    *EUROFIGHTER_AND_VERKAUF,
    *REVIEWED_IN_SESSION_29,
]
