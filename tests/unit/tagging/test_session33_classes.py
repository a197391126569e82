"""Classes found missing in session 33.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "The country" after a sentence whose subject opens with its article ("Die USA", "The United States") is not that
# subject, and as an object after a subject of its own ("Die USA hatten dem Land ... angeboten") it is the one the
# sentence before supplied, not the last state that sentence names
COUNTRY_OBJECT = [
    (
        "de",
        case(
            "Israel setzt seine Offensive im Gazastreifen fort. Die USA haben dem Land seit Kriegsbeginn Waffen im "
            "Wert von Milliarden Dollar geliefert.",
            "US>IL:military_equipment_general",
            status="delivered",
        ),
    ),
    (
        "de",
        case(
            "Dänemark baut seine Hilfe für Kiew aus. Das skandinavische Land finanziert Haubitzen und hat dem Land "
            "bereits alle seine Caesar-Geschütze überlassen.",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "de",
        case(
            "Estland rüstet auf. Die Niederlande haben dem Land zwölf Panzerhaubitzen verkauft.",
            "NL>EE:artillery_systems",
            quantity=12,
        ),
    ),
    (
        "de",
        case(
            "Die Türkei hat ihre Luftwaffe modernisiert. Die Vereinigten Staaten haben dem Land 40 F-16 verkauft.",
            "US>TR:aircraft",
            quantity=40,
        ),
    ),
    (
        "en",
        case(
            "Israel pressed on with its offensive. The United States has supplied the country with 2,000 bombs since "
            "October.",
            "US>IL:mines_explosives",
            quantity=2000,
        ),
    ),
    (
        "de",
        case(
            "Manila verhandelt mit Schweden über zwölf Gripen-Kampfjets. Die USA hatten dem Land im Frühjahr 20 F-16 "
            "angeboten.",
            "SE>PH:aircraft",
            "US>PH:aircraft",
        ),
    ),
    (
        "de",
        case(
            "Die Philippinen bauen ihre Küstenverteidigung aus. Aus Südkorea hat die Luftwaffe zwölf Kampfflugzeuge "
            "erhalten. Japan hat dem Land außerdem Radaranlagen übergeben.",
            "KR>PH:aircraft",
            "JP>PH:military_equipment_general",
        ),
    ),
    (
        "nb",
        case("Estland ruster opp. USA har solgt landet seks HIMARS-systemer.", "US>EE:rockets_artillery", quantity=6),
    ),
    (
        "de",
        case(
            "Nordkorea liefert Granaten an Russland. Die USA haben das Land dafür kritisiert.",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

# A ship told before and then named by a generic word opening the next sentence ("Skipet", "The ship", "Die Boote"):
# the weapon of that kind, so a source or maker told there is its supplier; not a ship elsewhere in a sentence ("the
# cargo ship"), and not a maker's own navy it was first built for
SHIP_OPENING = [
    ("nn", case("Chile har fått ein ny fregatt. Skipet er kjøpt brukt frå Frankrike.", "FR>CL:naval_vessels")),
    ("en", case("Chile has received a new frigate. The ship was bought from France.", "FR>CL:naval_vessels")),
    (
        "de",
        case(
            "Griechenland hat ein weiteres U-Boot der Klasse 214 erhalten. Die Boote wurden von der deutschen Werft "
            "HDW geliefert.",
            "DE>GR:naval_vessels",
        ),
    ),
    ("sv", case("Qatar har tagit emot en ny korvett. Fartyget levererades av Italien.", "IT>QA:naval_vessels")),
    (
        "nn",
        case(
            "Bangladesh fekk sine første ubåtar i 2016. Dei to båtane var kjøpte brukte frå Kina.",
            "CN>BD:naval_vessels",
            quantity=2,
        ),
    ),
    ("en", case("Inspectors boarded the cargo ship off Crete. The vessel was carrying fuel.")),
    (
        "nb",
        case(
            "Egypt har fått to fregatter av FREMM-klassen fra Italia.\nSkipene var opprinnelig bygget for den "
            "italienske marinen, men ble solgt til Kairo for 1,2 milliarder euro.",
            "IT>EG:naval_vessels",
            exact=True,
        ),
    ),
    (
        "de",
        case(
            "Jakarta hat zwei Patrouillenfregatten aus Italien gekauft. Die Schiffe der Klasse PPA wurden "
            "ursprünglich für die italienische Marine gebaut.",
            "IT>ID:naval_vessels",
            exact=True,
        ),
    ),
]

# "Også Kina", "Auch die USA": a focus word or an article before the sentence's subject leaves it the subject, not
# "the country" of the same sentence
FOCUS_SUBJECT = [
    (
        "da",
        case(
            "Algeriet har købt fregatter fra Tyskland. Også Kina har solgt skibe til landet.",
            "DE>DZ:naval_vessels",
            "CN>DZ:naval_vessels",
        ),
    ),
    (
        "nb",
        case(
            "Ukraina har fått F-16-fly fra Danmark. Også Norge har sendt F-16-fly til landet.",
            "DK>UA:aircraft",
            "NO>UA:aircraft",
        ),
    ),
]

# What the reviews of the first versions found: "landet" after a focus word and a verb of saying is the speaker's own
# state; a ship word whose sentence names another weapon, or no source or agent, stands for nothing; a capital in
# a fronted phrase keeps "das Land" from the opening state of the sentence before
REVIEWED = [
    (
        "nb",
        case(
            "Ukraina har fått F-16 fra Danmark og Nederland. Også Norge sier at landet vil bidra med fly.",
            "DK>UA:aircraft",
            "NL>UA:aircraft",
            "NO>UA:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Thailand has received a frigate from South Korea. The ship fired a Harpoon missile supplied by the "
            "United States.",
            "KR>TH:naval_vessels",
            "US>TH:missiles_cruise",
            exact=True,
        ),
    ),
    (
        "nb",
        case(
            "Marokko har fått et patruljefartøy fra Frankrike. Fartøyet ble senere gitt til Mauritania.",
            "FR>MA:naval_vessels",
        ),
    ),
    (
        "en",
        case(
            "Indonesia is buying two frigates from Italy. The ships were originally built for the Italian navy.",
            "IT>ID:naval_vessels",
            exact=True,
        ),
    ),
    (
        "sv",
        case(
            "Ekots granskning visar att svenska vapen har hamnat i Jemen.\nVapnen såldes ursprungligen till "
            "Förenade Arabemiraten.",
            "SE>AE:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Südkorea und Polen haben einen Rahmenvertrag unterzeichnet. Laut Warschau hat das Land bereits 180 "
            "K2-Panzer bestellt.",
            "KR>PL:tanks_armoured_vehicles",
            quantity=180,
        ),
    ),
]

ALL = [
    *COUNTRY_OBJECT,
    *SHIP_OPENING,
    *FOCUS_SUBJECT,
    *REVIEWED,
]
