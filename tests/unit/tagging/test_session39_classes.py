"""Classes found missing in session 39.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# A count of a transfer's weapons told in another sentence of the article, with no transfer of its own: the count
# stands right before the weapon word (parts for it count it), the sentence names no other party and tells no
# making nor goal, and the article tells no other pair with that kind nor a second count of it.
STRAY_COUNTS = [
    (
        "da",
        case(
            "Iran har leveret kortrækkende ballistiske missiler til Rusland. Det oplyser flere vestlige kilder til "
            "avisen. Ifølge kilderne drejer det sig om over 200 missiler af typen Fath-360.",
            "IR>RU:missiles_ballistic",
            quantity=200,
        ),
    ),
    (
        "nn",
        case(
            "Frankrike har vorte ein viktig våpenleverandør til India, som har kjøpt ubåtar av Scorpène-klassen. "
            "Dei vart bygde i Mumbai.\n\nFleire ubåtar på veg\n\n"
            "Partane forhandlar òg om tre nye ubåtar av den franske klassen.",
            "FR>IN:naval_vessels",
            quantity=3,
        ),
    ),
    (
        "sv",
        case(
            "Sverige skickar artillerisystem och stridsfordon till Ukraina. Det meddelade regeringen på måndagen."
            "\n\nPaketet omfattar bland annat:\n• ytterligare arton artillerisystem av typen Archer\n"
            "• reservdelar och ammunition",
            "SE>UA:artillery_systems",
            quantity=18,
        ),
    ),
    (
        "nb",
        case(
            "USA har godkjent salg av kampfly til Taiwan. Kongressen har 30 dager på å stanse salget. "
            "Salget kommer i tillegg til tidligere avtaler om blant annet 66 F-16V-kampfly.",
            "US>TW:aircraft",
            quantity=66,
        ),
    ),
    (
        "de",
        case(
            "Iran beliefert die Huthi-Miliz seit Jahren mit Kampfdrohnen. Die Küstenwache stoppte am Montag eine Dau. "
            "Das teilte das Zentralkommando mit. An Bord fanden die Soldaten rund 50 Triebwerke für Kampfdrohnen.",
            "IR>houthis:drones",
            quantity=50,
        ),
    ),
    # two counts of the kind: which is the transfer's is not told
    (
        "de",
        case(
            "Iran beliefert die Huthi-Miliz seit Jahren mit Kampfdrohnen. Die Küstenwache stoppte am Montag eine Dau. "
            "Das teilte das Zentralkommando mit. An Bord fanden die Soldaten rund 50 Triebwerke für Kampfdrohnen. "
            "In einem zweiten Lager zählten die Ermittler später 300 Kampfdrohnen.",
            "IR>houthis:drones",
            no_quantity=True,
        ),
    ),
    # a count of another kind before the weapon word
    (
        "sv",
        case(
            "Sverige skickar artillerisystem och stridsfordon till Ukraina. Det meddelade regeringen på måndagen."
            "\n\nPaketet omfattar bland annat:\n• ytterligare arton stridsfordon och artillerisystem av typen "
            "Archer\n• reservdelar och ammunition",
            "SE>UA:artillery_systems",
            "SE>UA:tanks_armoured_vehicles",
        ),
    ),
    # another pair with the kind
    (
        "nn",
        case(
            "Frankrike har vorte ein viktig våpenleverandør til India, som har kjøpt ubåtar av Scorpène-klassen. "
            "Dei vart bygde i Mumbai. Pakistan har kjøpt ubåtar frå Kina.\n\nFleire ubåtar på veg\n\n"
            "Partane forhandlar òg om tre nye ubåtar av den franske klassen.",
            "FR>IN:naval_vessels",
            "CN>PK:naval_vessels",
            no_quantity=True,
        ),
    ),
    # making is no transfer's count
    (
        "de",
        case(
            "Iran beliefert die Huthi-Miliz seit Jahren mit Kampfdrohnen. Die Küstenwache stoppte am Montag eine Dau. "
            "Das teilte das Zentralkommando mit. Die Fabrik produziert rund 50 Triebwerke für Kampfdrohnen im Monat.",
            "IR>houthis:drones",
            no_quantity=True,
        ),
    ),
]

# A request to a group ("has asked its allies for more Patriot batteries") names no seller: not the system's maker.
ASKED_GROUPS = [
    ("en", case("Ukraine has asked its allies for more Patriot batteries.")),
    ("nb", case("Ukraina har bedt de allierte om flere Patriot-batterier.")),
    ("en", case("Ukraine has asked the United States for more Patriot batteries.", "US>UA:air_defence")),
    # review: the West, NATO states, and the ones asked before a verb-final German verb
    ("nb", case("Ukraina har bedt Vesten om flere F-16.")),
    ("de", case("Kiew hat die Nato-Staaten um IRIS-T gebeten.")),
    ("en", case("Ukraine asked NATO members for more IRIS-T and NASAMS systems.")),
]

# "failed to deliver" tells a delivery that did not happen: denied.
FAILED = [
    (
        "en",
        case("Russia has failed to deliver two S-400 squadrons to India.", "RU>IN:air_defence", status="denied"),
    ),
    (
        "en",
        case(
            "Moscow failed to supply the tanks Armenia had ordered, Yerevan says.",
            "RU>AM:tanks_armoured_vehicles",
            status="denied",
        ),
    ),
    # review: late, not failed
    (
        "en",
        case(
            "China failed to supply the promised J-10 jets to Pakistan on time, but the first six arrived in March.",
            "CN>PK:aircraft",
            status="planned",
        ),
    ),
]

# Who says it ("Armenian officials say", "US officials claim", "Beamte sagen") tells the news and is no party.
SAYING = [
    ("en", case("Armenian officials say Russia delivered tanks to Syria.", "RU>SY:tanks_armoured_vehicles")),
    ("en", case("Georgian officials claim Russia has delivered drones to Abkhazia.")),
    ("de", case("Armenische Beamte sagen, Russland habe Panzer an Syrien geliefert.", "RU>SY:tanks_armoured_vehicles")),
    # review: a German teller who is the giver ("sagen, sie hätten ... geliefert")
    (
        "de",
        case(
            "Polnische Regierungsvertreter sagen, sie hätten seit 2022 mehr als 300 Panzer an die Ukraine geliefert.",
            "PL>UA:tanks_armoured_vehicles",
        ),
    ),
]

# Bids that lost: the choice after "but" may stand far from it ("but the government of President Javier Milei opted
# for"), and an offer's buyer may be its bare object ("hade erbjudit Thailand nya F-16, men förlorade upphandlingen").
LOSERS = [
    (
        "en",
        case(
            "Argentina had previously considered Chinese-Pakistani JF-17 Thunder jets, but the government of President "
            "Javier Milei opted for the American-designed F-16.",
            "US>AR:aircraft",
        ),
    ),
    ("sv", case("Amerikanska Lockheed Martin hade erbjudit Thailand nya F-16 Block 70, men förlorade upphandlingen.")),
    ("en", case("Lockheed Martin had offered Thailand new F-16 Block 70 jets but lost the tender.")),
]

# In a report on one state's arms exports, a sentence opened by another state that exports to a third tells that
# state's exports ("Germany, the second-largest supplier, approved exports worth €161m to Israel").
REPORTS = [
    (
        "en",
        case(
            "UK suspends arms export licences to Israel\n\nBritain suspended 28 arms export licences to Israel. "
            "Germany, the second-largest supplier, approved exports worth €161m to Israel last year.",
            "GB>IL:military_equipment_general",
            "DE>IL:military_equipment_general",
        ),
    ),
]

# Overtaking another as a party's supplier: both supply it, the one overtaken before.
OVERTAKING = [
    (
        "en",
        case(
            "India has overtaken Russia as Armenia's largest arms supplier.",
            "IN>AM:military_equipment_general",
            "RU>AM:military_equipment_general",
        ),
    ),
    (
        "nn",
        case(
            "India har gått forbi Russland som Armenias største våpenleverandør.",
            "IN>AM:military_equipment_general",
            "RU>AM:military_equipment_general",
        ),
    ),
    (
        "de",
        case(
            "Indien hat Russland als größten Waffenlieferanten Armeniens abgelöst.",
            "IN>AM:military_equipment_general",
            "RU>AM:military_equipment_general",
        ),
    ),
    (
        "sv",
        case(
            "Frankrike har ersatt Ryssland som Indiens näst största vapenleverantör.",
            "FR>IN:military_equipment_general",
            "RU>IN:military_equipment_general",
        ),
    ),
    # review: overtaken in another role; the overtaking one's transfer keeps its status, the one overtaken delivered
    (
        "nb",
        case(
            "Kina har gått forbi Russland som Irans viktigste handelspartner, og Russland leverer fortsatt våpen til "
            "Iran.",
            "RU>IR:military_equipment_general",
        ),
    ),
    (
        "nn",
        case(
            "India har gått forbi Russland som Armenias største våpenleverandør.",
            "RU>AM:military_equipment_general",
            "IN>AM:military_equipment_general",
            status="delivered",
        ),
    ),
]

# Danish "overlod", "overleverede" hand weapons over.
HANDING_OVER = [
    (
        "da",
        case(
            "Polen overlod i krigens første år over 200 kampvogne af typen T-72 til de ukrainske styrker.",
            "PL>UA:tanks_armoured_vehicles",
            quantity=200,
        ),
    ),
    ("da", case("Tyskland overleverede i går to fregatter til Egypten.", "DE>EG:naval_vessels", quantity=2)),
    ("da", case("Hæren overlod kasernen til kommunen.")),
]

# Weapons told before, given in a passive with no agent ("de gamle F-16'ere er doneret til Ukraine"), were given by
# the article's giver of that kind, not by their maker.
GIVEN_BACK = [
    (
        "da",
        case(
            "Danmark har solgt F-16-fly til Argentina. En del af de gamle F-16'ere blev doneret til Ukraine.",
            "DK>AR:aircraft",
            "DK>UA:aircraft",
        ),
    ),
]

ALL = [
    *STRAY_COUNTS,
    *ASKED_GROUPS,
    *FAILED,
    *SAYING,
    *LOSERS,
    *REPORTS,
    *OVERTAKING,
    *HANDING_OVER,
    *GIVEN_BACK,
]
