"""Article-level classes found missing in session 5, each with invented texts.

Export reports tell a state's licensed or exported arms per recipient, as sums and often with no weapon
word or verb of handing over. All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# In an article whose title calls it a report on a state's arms exports, a recipient told with a sum
# (or after "to" with an export word) gets the reporting state's general equipment.
EXPORT_REPORT = [
    (
        "de",
        case(
            "Rüstungsexporte: Polen bleibt wichtigster Abnehmer\n"
            "Die Bundesregierung hat im ersten Halbjahr Rüstungsexporte im Wert von 4,2 Milliarden Euro genehmigt."
            "\n\nAllein auf Polen entfielen Genehmigungen im Wert von 1,9 Milliarden Euro. Dahinter folgt Norwegen "
            "mit 640 Millionen Euro. Für das von Russland bedrohte Moldau wurden keine Anträge gestellt.",
            "DE>PL:military_equipment_general",
            "DE>NO:military_equipment_general",
            status="agreed",
            quantity=1.9e9,
        ),
    ),
    (
        "sv",
        case(
            "Svensk vapenexport ökade kraftigt i fjol\n"
            "Sverige exporterade krigsmateriel för 24 miljarder kronor, visar ISP:s årsredovisning.\n\n"
            "Till Brasilien exporterades materiel för 3,1 miljarder kronor. Exporten till Thailand har också "
            "ökat. Däremot avslog ISP en ansökan om utförsel till Egypten.\n"
            "Läs också: Exporten till Indien kan passera 2 miljarder kronor",
            "SE>BR:military_equipment_general",
            "SE>TH:military_equipment_general",
            "SE>EG:military_equipment_general",
            status="delivered",
            quantity=3.1e9,
        ),
    ),
    (
        "nb",
        case(
            "Norsk våpeneksport satte ny rekord\n"
            "Den norske eksporten av forsvarsmateriell var i fjor på 11 milliarder kroner.\n\n"
            "Til Tyskland gikk det eksport for 2,4 milliarder kroner, mens eksporten til Litauen var på 900 "
            "millioner kroner.",
            "NO>DE:military_equipment_general",
            "NO>LT:military_equipment_general",
            quantity=2.4e9,
        ),
    ),
    (
        "en",
        case(
            "UK arms export licences to the Gulf rise sharply\n"
            "Britain granted arms export licences worth £1.6 billion last year, government figures show.\n\n"
            "Licences worth £420 million were approved for Qatar, and exports to Oman reached £90 million.",
            "GB>QA:military_equipment_general",
            "GB>OM:military_equipment_general",
            status="agreed",
            quantity=420e6,
        ),
    ),
    # the kind of weapon a recipient's line names is kept
    (
        "da",
        case(
            "Dansk våbeneksport steg i 2024\n"
            "Danmark eksporterede forsvarsmateriel for 5 milliarder kroner.\n\n"
            "Til Finland gik der eksport for 800 millioner kroner, især af radarer og pansrede køretøjer.",
            # one sum for two kinds (radars are equipment since session 10) is general equipment
            "DK>FI:military_equipment_general",
        ),
    ),
    (
        "nn",
        case(
            "Norsk våpeneksport auka igjen\n"
            "Noreg selde forsvarsmateriell for 9 milliardar kroner i fjor.\n\n"
            "Eksporten til Polen var på 1,2 milliardar kroner.",
            "NO>PL:military_equipment_general",
        ),
    ),
    # a lead that mentions export licences in passing does not make the article a report
    (
        "en",
        case(
            "Navy chief retires after 40 years at sea\n"
            "As an adviser, the admiral shaped Britain's policy on arms export licences for a decade.\n\n"
            "He later served in Qatar, which spends $9 billion a year on its armed forces.",
        ),
    ),
]

# Signing for weapons is ordering them, when no other word tells the direction and one party signs.
SIGNING = [
    ("da", case("Danmark underskrev i går for 26 nye CV90-kampkøretøjer.", "SE>DK:tanks_armoured_vehicles")),
    ("sv", case("Ungern undertecknade i fjol för fyra nya Gripen-plan.", "SE>HU:aircraft", status="agreed")),
    ("nb", case("Qatar signerte i fjor for tolv nye Rafale-fly.", "FR>QA:aircraft")),
    (
        "de",
        case(
            "Die Slowakei unterschrieb im Mai für vier Batterien des israelischen Systems Barak MX.",
            "IL>SK:air_defence",
        ),
    ),
    ("en", case("Thailand signed for four more Gripen jets last year.", "SE>TH:aircraft")),
    # the maker's own country in the sentence is no other seller
    ("nn", case("Då gjekk Abu Dhabi til Paris og skreiv under på 80 Rafale i staden.", "FR>AE:aircraft")),
    # another transfer word tells the way: Turkey gets the Eurofighters, and two signers do not order
    (
        "de",
        case(
            "Großbritannien und die Türkei haben einen Vertrag über die Lieferung von 20 Eurofighter-Kampfjets "
            "an die Türkei unterzeichnet.",
            "GB>TR:aircraft",
        ),
    ),
    ("sv", case("Sverige och Ukraina har undertecknat en avsiktsförklaring om stridsflygplanet Gripen.")),
]

# An armed force with no state of its own stands for the buyer of the sentence before, else the last state
# named before its sentence; a capitalised force mid-sentence is the home country's, a named owner wins.
FORCES = [
    (
        "nn",
        case(
            "Jakarta har no bestilt alle dei 42 Rafale-flya frå Paris. Same dag vart det klart at marinen får "
            "to nye franske ubåtar.",
            "FR>ID:aircraft",
            "FR>ID:naval_vessels",
        ),
    ),
    (
        "sv",
        case(
            "Nigeria rustar upp efter flera år av attacker i norr. Från Italien har flygvapnet beställt 24 "
            "skolflygplan av typen M-346.",
            "IT>NG:aircraft",
        ),
    ),
    (
        "nb",
        case(
            "Sudan har vært i krig i over to år. Hæren har ifølge rapporten mottatt iranske droner av typen Mohajer-6.",
            "IR>SD:drones",
        ),
    ),
    (
        "nn",
        case(
            "Ukraina treng fleire kanonar før vinteren. Kanonane har stått på lager sidan Hæren fekk nye "
            "K9-haubitsar frå Sør-Korea.",
            "KR>NO:artillery_systems",
        ),
    ),
    (
        "en",
        case(
            "Nigeria has struggled to contain the insurgency. The army has received Chinese VT-4 tanks.",
            "CN>NG:tanks_armoured_vehicles",
        ),
    ),
]

ALL = EXPORT_REPORT + SIGNING + FORCES
