"""Classes found missing in session 32.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Weapons that "come from" a state, told after a sentence naming their holder: the generic verb of coming is an origin
# with a weapon as its subject and a state right after its preposition of source; each listed state is a source, and
# the holder is one a sentence before got or holds the weapons, not any state it names (a drone shot down "came from"
# where it was launched)
COME_FROM = [
    (
        "nb",
        case(
            "Ukraina har nå flere Patriot-batterier i drift.\nSystemene kommer fra USA, Tyskland og Nederland.",
            "US>UA:air_defence",
            "DE>UA:air_defence",
            "NL>UA:air_defence",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Polen hat im Frühjahr 180 Kampfpanzer gekauft. Die Fahrzeuge kommen aus Südkorea.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
    (
        "de",
        case(
            "Die Ukraine hat inzwischen mehrere Patriot-Batterien im Einsatz. Die Systeme stammen aus den USA, "
            "Deutschland und den Niederlanden.",
            "US>UA:air_defence",
            "DE>UA:air_defence",
            "NL>UA:air_defence",
        ),
    ),
    (
        "en",
        case(
            "Russia has received thousands of artillery shells this year. Most of the shells came from North Korea, "
            "officials said.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            "India has deployed its air defence systems along the border. The systems came from Russia.",
            "RU>IN:air_defence",
        ),
    ),
    (
        "sv",
        case(
            "Marockos armé har tagit emot de första stridsvagnarna. Vagnarna kommer från USA.",
            "US>MA:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Ukraine har fået de første kampvogne. Kampvognene kommer fra Danmark og Norge.",
            "DK>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nn",
        case(
            "Ukraina har teke imot fleire luftvernsystem. Systema kjem frå Tyskland.",
            "DE>UA:air_defence",
        ),
    ),
    ("nn", case("Eit israelsk F-35-fly skaut ned ein drone over Eilat. Dronen kom frå Jemen, opplyser hæren.")),
    ("en", case("An Israeli jet shot down a drone over Eilat. The drone came from Yemen, the army said.")),
    (
        "en",
        case(
            "Houthi rebels fired a ballistic missile at Israel on Friday. The missile came from Yemen, the army said."
        ),
    ),
    ("sv", case("Israel sköt ned en drönare. Drönaren kom från Syrien.")),
    (
        "nb",
        case(
            "Russland angrep Ukraina med droner i natt. Dronene kom fra Iran, ifølge Kyiv.",
            "IR>RU:drones",
        ),
    ),
    ("nb", case("Saudi-Arabia kjøper nye kampfly. Det er uklart om flyene kommer fra USA eller Frankrike.")),
    (
        "en",
        case(
            "Denmark has sent Ukraine Caesar howitzers. The howitzers come from France, where they were built.",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "nn",
        case(
            "Ukraina har fått F-16-fly. Flya kjem frå Danmark, Nederland og Noreg.",
            "DK>UA:aircraft",
            "NL>UA:aircraft",
            "NO>UA:aircraft",
            "US>UA:aircraft",
        ),
    ),
    (
        "nn",
        case(
            "Danmark har gitt Ukraina F-16-fly. Flya kjem frå Danmark og Noreg.",
            "DK>UA:aircraft",
            "NO>UA:aircraft",
        ),
    ),
    (
        "sv",
        case(
            "Sverige skickar stridsvagnar till Ukraina. Stridsvagnarna kommer från Rheinmetall.",
            "SE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "Ukraina har bedt om flere kampfly. Flyene skal komme fra Sverige.",
            "SE>UA:aircraft",
            status="planned",
        ),
    ),
    ("en", case("The biggest order for Gripen jets came from Thailand.")),
    ("sv", case("Den största ordern på stridsvagnar kom från Polen.")),
    ("da", case("Den største ordre på kampfly i år kom fra Thailand.")),
]

# A delivery told in part of an order is under way, with the order's size: "12 of the 44 tanks", "åtte av de 32",
# "14 von insgesamt 18" (the whole may follow "insgesamt", "totalt"); not the last part that completes it, not one of a
# group ("one of the 12 countries"), not a share of the giver's own fleet ("10 of its 120"), not a share signed for
IN_PART = [
    (
        "en",
        case(
            "Hungary has received 12 of the 44 Leopard 2A7HU tanks it ordered from Germany, with the rest due "
            "this year.",
            "DE>HU:tanks_armoured_vehicles",
            status="ongoing",
            quantity=44,
        ),
    ),
    (
        "nb",
        case(
            "Norge har så langt levert åtte av de 32 F-16-flyene til Romania.",
            "NO>RO:aircraft",
            status="ongoing",
            quantity=32,
        ),
    ),
    (
        "da",
        case(
            "Danmark har leveret de første seks af de 19 F-16-fly til Ukraine.",
            "DK>UA:aircraft",
            status="ongoing",
            quantity=19,
        ),
    ),
    (
        "sv",
        case(
            "Polen har hittills tagit emot 12 av de 48 FA-50-planen från Sydkorea.",
            "KR>PL:aircraft",
            status="ongoing",
            quantity=48,
        ),
    ),
    (
        "de",
        case(
            "Die Ukraine hat bisher 14 von insgesamt 18 Leopard-Panzern aus Deutschland erhalten.",
            "DE>UA:tanks_armoured_vehicles",
            status="ongoing",
            quantity=18,
        ),
    ),
    (
        "nn",
        case(
            "Ukraina har fått seks av dei 12 haubitsane frå Noreg.",
            "NO>UA:artillery_systems",
            status="ongoing",
            quantity=12,
        ),
    ),
    (
        "en",
        case(
            "Moscow is still to hand over the last two of the five S-400 squadrons India ordered in 2018.",
            "RU>IN:air_defence",
            status="ongoing",
        ),
    ),
    (
        "en",
        case(
            "Sweden gave Ukraine 10 of its 120 Leopard 2 tanks in 2023.",
            "SE>UA:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "Estonia has signed for 6 of the 18 HIMARS launchers that the Baltic states plan to buy from the United "
            "States.",
            "US>EE:rockets_artillery",
            status="agreed",
        ),
    ),
    (
        "en",
        case(
            "Croatia took delivery on Friday of the last six of twelve used Rafale jets it bought from France.",
            "FR>HR:aircraft",
            status="delivered",
            quantity=12,
        ),
    ),
    (
        "nb",
        case(
            "Tyskland er ett av de 12 landene som har levert stridsvogner til Ukraina.",
            "DE>UA:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
]

# A plan stopped is a deal stopped: a stop word ("cancelled", "shelved", "dropped plans", "skrinla", "skrinlade") names
# what it stops with "plan" as well as with a deal's noun; a stop of something else is no denial
STOPPED_PLANS = [
    (
        "en",
        case(
            "Indonesia has cancelled a plan to buy J-10 fighters from China, the defence ministry said.",
            "CN>ID:aircraft",
            status="denied",
        ),
    ),
    (
        "en",
        case(
            "Egypt shelved a plan to secretly supply rockets to Russia after talks with US officials.",
            "EG>RU:rockets_artillery",
            status="denied",
        ),
    ),
    (
        "nb",
        case(
            "Regjeringen skrinla planene om å kjøpe sørkoreanske stridsvogner.",
            "KR>NO:tanks_armoured_vehicles",
            status="denied",
        ),
    ),
    (
        "sv",
        case(
            "Regeringen skrinlade planerna på att köpa stridsvagnar från Sydkorea.",
            "KR>SE:tanks_armoured_vehicles",
            status="denied",
        ),
    ),
    (
        "en",
        case(
            "Poland scrapped its own tank programme and bought 180 K2 tanks from South Korea.",
            "KR>PL:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
]

ALL = [
    *COME_FROM,
    *IN_PART,
    *STOPPED_PLANS,
]
