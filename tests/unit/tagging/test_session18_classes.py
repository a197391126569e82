"""Classes found missing in session 18: a general weapon word listed beside a named kind is an item of its
own; a licence or local production belongs to the pair whose hardware is built there.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "weapons and drones": the general word joined to a named kind by a coordinator names more than that kind. Not
# a system's own radars, nor "materiel, including F-15s".
LISTED = [
    (
        "sv",
        case(
            "Förenade Arabemiraten anklagas för att ha skickat vapen och drönare till RSF.",
            "AE>rsf:military_equipment_general",
            "AE>rsf:drones",
        ),
    ),
    (
        "en",
        case(
            "The Emirates are accused of flying weapons and drones to the RSF.",
            "AE>rsf:military_equipment_general",
            "AE>rsf:drones",
        ),
    ),
    (
        "nb",
        case(
            "Iran har sendt våpen og droner til houthiene.",
            "IR>houthis:military_equipment_general",
            "IR>houthis:drones",
        ),
    ),
    (
        "de",
        case(
            "Russland liefert Ausrüstung und gepanzerte Fahrzeuge an Mali.",
            "RU>ML:military_equipment_general",
            "RU>ML:tanks_armoured_vehicles",
        ),
    ),
    (
        "da",
        case(
            "Iran smugler våben og raketter til Hizbollah.",
            "IR>hezbollah:military_equipment_general",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    ("en", case("The State Department approved the sale of NASAMS systems and radars to Taiwan.", "US>TW:air_defence")),
]

# A licence or local production told beside the buyer's order is the seller's technology transfer to the buyer:
# the buyer as subject is not the licence's giver. Making placed in the buyer's country under the deal's modal
# counts; where a bought gun is made does not, nor making in a relative clause.
LOCAL_PRODUCTION = [
    (
        "nb",
        case(
            "Brasil har bestilt 36 Gripen, og flere av dem settes sammen på lisens i landet.",
            "SE>BR:aircraft",
            "SE>BR:technology_transfer",
            quantity=36,
        ),
    ),
    (
        "sv",
        case(
            "Indonesien har köpt tolv Anka-drönare från Turkiet, och en del av drönarna ska tillverkas i Indonesien.",
            "TR>ID:drones",
            "TR>ID:technology_transfer",
        ),
    ),
    (
        "da",
        case(
            "Polen har bestilt 180 K2-kampvogne fra Sydkorea, og en del af vognene skal bygges i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
    (
        "nn",
        case(
            "Polen har tinga 180 K2-stridsvogner frå Sør-Korea. Ein del av vognene skal byggjast i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
    (
        "nb",
        case(
            "Danmark betaler for ukrainske Bohdana-haubitser. Kanonen produseres i Ukraina.",
            "DK>UA:artillery_systems",
        ),
    ),
    (
        "de",
        case(
            "Nordkorea liefert Russland Artilleriemunition und erhält im Gegenzug russisches Know-how.",
            "KP>RU:artillery_ammunition",
            "RU>KP:technology_transfer",
        ),
    ),
]

# A cargo's inventory ("Bland lasten fanns", "Om bord fann dei", "On board were", "An Bord fanden sie") lists kinds the
# shipment told before carried: each goes with the shipment's pair. Not where weapons are kept ("om bord på
# fregattene" inside a sentence), nor a kind another state made.
_SEIZED = {
    "sv": "Amerikanska styrker har beslagtagit iranska vapen på väg till huthierna. ",
    "nn": "Den amerikanske marinen har beslaglagt iranske våpen på veg til houthiane. ",
    "en": "The US Navy seized Iranian weapons bound for the Houthis. ",
    "de": "Die US-Marine hat iranische Waffen für die Huthis beschlagnahmt. ",
    "da": "Amerikanske styrker har beslaglagt iranske våben på vej til houthierne. ",
}
_CARGO = (
    "IR>houthis:military_equipment_general",
    "IR>houthis:missiles_cruise",
    "IR>houthis:drones",
)
INVENTORIES = [
    ("sv", case(_SEIZED["sv"] + "Bland lasten fanns delar till kryssningsrobotar och motorer till drönare.", *_CARGO)),
    ("nn", case(_SEIZED["nn"] + "Om bord fann dei delar til kryssermissil og motorar til dronar.", *_CARGO)),
    ("en", case(_SEIZED["en"] + "On board were parts for cruise missiles and engines for drones.", *_CARGO)),
    (
        "de",
        case(_SEIZED["de"] + "An Bord fanden sie Bauteile für Marschflugkörper und Triebwerke für Drohnen.", *_CARGO),
    ),
    ("da", case(_SEIZED["da"] + "Blandt lasten var dele til krydsermissiler og motorer til droner.", *_CARGO)),
    ("en", case(_SEIZED["en"] + "On board were Chinese-made drones.", "IR>houthis:military_equipment_general")),
    (
        "nb",
        case(
            "Tyskland har kjøpt NSM-missiler fra Norge. De skal erstatte eldre Harpoon-missiler og torpedoer om bord"
            " på fregattene.",
            "NO>DE:missiles_cruise",
        ),
    ),
]

# The state whose approval a sale needs ("Washington had to approve the sale to Germany", "måtte Washington
# godkjenne") is no supplier of it, where the article tells the sale's seller; a maker's approval of its own sale
# stays.
APPROVERS = [
    (
        "en",
        case(
            "Germany bought the Arrow 3 system from Israel for 3.6 billion euros. Because the system was developed"
            " jointly with the United States, Washington had to approve the sale to Germany.",
            "IL>DE:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Danmark har gitt F-16-fly til Ukraina. Derfor måtte Washington godkjenne overføringen av de amerikanske"
            " flyene til Ukraina.",
            "DK>UA:aircraft",
        ),
    ),
    ("en", case("Washington must approve the sale of 48 F-35 jets to Saudi Arabia.", "US>SA:aircraft", quantity=48)),
]

# Parts named for drones ("dronedeler", "drönarkomponenter", "Drohnenteile", "drone components") are drones, as the
# gold records a cargo's "motorer til droner".
DRONE_PARTS = [
    ("da", case("Rusland har fået dronekomponenter fra Kina.", "CN>RU:drones")),
    ("sv", case("Ryssland har fått drönarkomponenter och drönarmotorer från Kina.", "CN>RU:drones")),
    ("nb", case("Russland har fått dronedeler og dronemotorer fra Kina.", "CN>RU:drones")),
    ("de", case("Russland hat Drohnenteile aus China erhalten.", "CN>RU:drones")),
    ("en", case("Iran sent drone components to Hezbollah.", "IR>hezbollah:drones")),
]

# In a court story, goods someone sent to a rival state left the paper's home state ("mannen sendte dronedeler til
# russiske kunder"), with the route ("via Kasakhstan") no party; not in an intelligence story on another state.
HOME_COURT = [
    (
        "nb",
        case(
            "En 52 år gammel mann er dømt til fire års fengsel. Han sendte dronedeler til russiske kunder via"
            " Kasakhstan.",
            "NO>RU:drones",
        ),
    ),
    (
        "sv",
        case(
            "En 47-årig man döms till fem års fängelse för att ha exporterat drönarkomponenter till Ryssland via"
            " Kirgizistan.",
            "SE>RU:drones",
        ),
    ),
    (
        "da",
        case(
            "En 44-årig mand er idømt fængsel for at have sendt dronekomponenter til Rusland via Kirgisistan.",
            "DK>RU:drones",
        ),
    ),
    (
        "nb",
        case(
            "Nord-Korea har sendt granater til Russland, ifølge etterretningen. Smuglingen skjer med tog.",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

# An order's size beats the count of its first delivery told earlier ("de fire første stridsvognene" < "Norge har
# bestilt 54"); a second delivery does not ("Auch 40 Schützenpanzer seien übergeben worden").
ORDER_SIZE = [
    (
        "nb",
        case(
            "Hæren tok mandag imot de fire første stridsvognene fra Tyskland. Norge har bestilt 54 nye stridsvogner"
            " fra Tyskland.",
            "DE>NO:tanks_armoured_vehicles",
            quantity=54,
        ),
    ),
    (
        "da",
        case(
            "Indonesien har modtaget de første tre Rafale-fly fra Frankrig. Landet har i alt bestilt 42 Rafale-fly"
            " fra Frankrig.",
            "FR>ID:aircraft",
            quantity=42,
        ),
    ),
    (
        "en",
        case(
            "Indonesia has received the first three Rafale jets from France. Jakarta has ordered 42 Rafale jets from"
            " France.",
            "FR>ID:aircraft",
            quantity=42,
        ),
    ),
    (
        "de",
        case(
            "Die ersten 18 Leopard-2-Panzer wurden an die Ukraine geliefert. Auch 40 Schützenpanzer vom Typ Marder"
            " seien übergeben worden.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=18,
        ),
    ),
]

# The weight of arms seized or shipped is the cargo's quantity ("750 tonn våpen og utstyr"); a ship's weight is not.
TONNAGE = [
    (
        "da",
        case(
            "Styrker har beslaglagt omkring 750 ton våben og udstyr, som var på vej fra Iran til houthierne.",
            "IR>houthis:military_equipment_general",
            quantity=750,
        ),
    ),
    (
        "nn",
        case(
            "Styrkane beslagla over 750 tonn våpen og utstyr frå Iran på veg til houthiane.",
            "IR>houthis:military_equipment_general",
            quantity=750,
        ),
    ),
    (
        "en",
        case(
            "Forces seized more than 750 tonnes of weapons sent from Iran to the Houthis.",
            "IR>houthis:military_equipment_general",
            quantity=750,
        ),
    ),
    (
        "de",
        case(
            "Die Truppen beschlagnahmten mehr als 750 Tonnen Waffen aus dem Iran für die Huthis.",
            "IR>houthis:military_equipment_general",
            quantity=750,
        ),
    ),
    ("de", case("Deutschland liefert eine 4000 Tonnen schwere Fregatte an Ägypten.", "DE>EG:naval_vessels")),
    ("en", case("France sold Egypt a 4,000-tonne frigate.", "FR>EG:naval_vessels")),
]

# More words for links already read: a possible customer ("mogleg kunde", "möglicher Kunde") is an interested buyer,
# "Unter den Gütern" opens a cargo's inventory.
LINK_WORDS = [
    (
        "nn",
        case(
            "India har selt BrahMos-missil til Filippinane. Også Vietnam blir nemnt som ein mogleg kunde.",
            "IN>PH:missiles_cruise",
            "IN>VN:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Indien hat BrahMos-Raketen an die Philippinen verkauft. Auch Vietnam gilt als möglicher Kunde.",
            "IN>PH:missiles_cruise",
            "IN>VN:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Iran schickte Waffen an die Huthis. Unter den Gütern seien Sturmgewehre und Drohnen gewesen.",
            "IR>houthis:military_equipment_general",
            "IR>houthis:small_arms",
            "IR>houthis:drones",
        ),
    ),
]

# In a story on a civil war in ``war_sides``, a force with no state named before it in its paragraph is the warring
# state's ("hæren" in a story on Sudan); elsewhere such a force stays unread.
WAR_ARMY = [
    (
        "nn",
        case(
            "RSF-militsen kjempar mot regjeringa i Sudan.\n\nRapporten viser òg til at hæren har teke i bruk"
            " tyrkiske Bayraktar TB2-dronar.",
            "TR>SD:drones",
        ),
    ),
    (
        "de",
        case(
            "Die RSF-Miliz kämpft gegen die Regierung im Sudan.\n\nZudem soll die Türkei der Armee Kampfdrohnen"
            " verkauft haben.",
            "TR>SD:drones",
        ),
    ),
    (
        "en",
        case(
            "The RSF fights the government of Sudan.\n\nThe army has bought Bayraktar drones from Turkey.",
            "TR>SD:drones",
        ),
    ),
]

# A buyer filled from the sentence before is not that sentence's own source: "bought from the United States. ...
# purchased from Pakistan" makes the United States no buyer.
NOT_THE_SOURCE = [
    (
        "en",
        case(
            "Nigeria is rebuilding its air force with foreign jets.\n\nTwelve A-29 aircraft bought from the United"
            " States arrived in 2021. The air force also flies three JF-17 fighters purchased from Pakistan."
        ),
    ),
]

# Hardware made under licence and sent to the licence's owner carries no technology to it ("Japan has shipped Patriot
# interceptor missiles made under licence to the United States"); a buyer's own licence production still does.
LICENCE_OWNER = [
    (
        "en",
        case(
            "Japan has shipped Patriot interceptor missiles made under licence to the United States.",
            "JP>US:air_defence",
        ),
    ),
    ("nb", case("I fjor sendte Japan Patriot-missiler produsert på lisens til USA.", "JP>US:air_defence")),
    (
        "nb",
        case(
            "Polen har bestilt K2-stridsvogner fra Sør-Korea, og en del av dem skal produseres på lisens i Polen.",
            "KR>PL:tanks_armoured_vehicles",
            "KR>PL:technology_transfer",
        ),
    ),
]

# A rocket artillery system ("raketartillerisystem", "rakettartillerisystemet", "Raketenartilleriesysteme", "rocket
# artillery systems") is rocket artillery, not the artillery system its tail names.
ROCKET_ARTILLERY = [
    ("sv", case("Estland köper sex raketartillerisystem från Sydkorea.", "KR>EE:rockets_artillery", quantity=6)),
    ("da", case("Danmark har bestilt raketartillerisystemer fra Israel.", "IL>DK:rockets_artillery")),
    ("en", case("Denmark bought rocket artillery systems from Israel.", "IL>DK:rockets_artillery")),
    ("nb", case("Estland har kjøpt seks rakettartillerisystemer fra Sør-Korea.", "KR>EE:rockets_artillery")),
    ("de", case("Estland kauft Raketenartilleriesysteme aus Südkorea.", "KR>EE:rockets_artillery")),
]

# Transport planes that carry a sentence's other weapons are not handed over ("fraktades till Belgrad med kinesiska
# transportplan"); listed with them, they are ("kamphelikoptre og transportfly").
CARRIERS = [
    (
        "sv",
        case(
            "Serbien har fått kinesiska luftvärnssystem av typen HQ-22, som fraktades till Belgrad med kinesiska"
            " transportplan.",
            "CN>RS:air_defence",
        ),
    ),
    ("nn", case("I april landa seks kinesiske transportfly i Beograd med luftvernsystemet FK-3.", "CN>RS:air_defence")),
    (
        "da",
        case(
            "Raketkasterne af typen HIMARS var natten forinden blevet fløjet ind fra Tyskland med amerikanske"
            " transportfly."
        ),
    ),
    (
        "nb",
        case(
            "Russland har også levert kamphelikoptre og transportfly til Mali.",
            "RU>ML:helicopters",
            "RU>ML:aircraft",
        ),
    ),
]

# The ships or aircraft that missiles named before are for are the buyer's own platforms ("bestilt NSM-missiler fra
# Norge til sine nye fregatter", "Naval Strike Missiles for its destroyers"), not a second transfer.
PLATFORMS = [
    ("nb", case("Spania har bestilt NSM-missiler fra Norge til sine nye fregatter.", "NO>ES:missiles_cruise")),
    ("en", case("Australia is buying Naval Strike Missiles for its destroyers from Norway.", "NO>AU:missiles_cruise")),
    (
        "nn",
        case(
            "Den greske marinen bestilte missil frå Noreg til dei nye patruljebåtane sine.", "NO>GR:missiles_ballistic"
        ),
    ),
    (
        "nb",
        case(
            "Norge selger fire fregatter og 20 missiler til Polen.",
            "NO>PL:naval_vessels",
            "NO>PL:missiles_ballistic",
        ),
    ),
]

# Bare "ammunition" beside a general word ("våpen eller ammunisjon") or listed as a package's accessory
# ("bjærgningskøretøjer, ammunition og uddannelse") names no kind of its own; named shells still do.
ACCESSORY_AMMUNITION = [
    ("nb", case("Norge selger ikke våpen eller ammunisjon til Israel.", "NO>IL:military_equipment_general")),
    (
        "da",
        case(
            "Aftalen omfatter 180 kampvogne fra Sydkorea til Polen samt bjærgningskøretøjer, ammunition og uddannelse.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    ("nb", case("Nord-Korea har sendt millioner av artillerigranater til Russland.", "KP>RU:artillery_ammunition")),
]

# A review of this session's rules found each of these misread; they guard the fixes.
REVIEW = [
    ("nn", case("Russland har til dømes fått 200 nye dronar frå ukjende kjelder.")),
    ("sv", case("Att döma av satellitbilderna har Ryssland fått 200 nya drönare.")),
    (
        "nb",
        case(
            "Hæren har fått 20 nye stridsvogner fra Tyskland.\n\nForsvarssjefen sa at Norge også sender"
            " fredsbevarende styrker til Sudan.",
            "DE>NO:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "The United States must approve the sale of 32 F-35 jets to Poland. Poland has also bought 180 K2 tanks"
            " from South Korea.",
            "US>PL:aircraft",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "USA har solgt fire transportfly til Norge, i tillegg til 20 missiler.",
            "US>NO:aircraft",
            "US>NO:missiles_ballistic",
        ),
    ),
    (
        "nb",
        case(
            "Norge har levert 300 missiler og til sammen 12 helikoptre til Ukraina.",
            "NO>UA:missiles_ballistic",
            "NO>UA:helicopters",
        ),
    ),
    (
        "de",
        case(
            "Iran hat Russland Hunderte Drohnen geliefert. Darunter leiden vor allem die Menschen in Charkiw, die"
            " mit Raketen und Artillerie beschossen werden.",
            "IR>RU:drones",
        ),
    ),
    (
        "en",
        case(
            "Iran sent 300 drones and ammunition to Russia, Associated Press reported.",
            "IR>RU:drones",
            "IR>RU:artillery_ammunition",
        ),
    ),
    (
        "en",
        case(
            "Turkey, which bought 40 Eurofighter jets from Britain, has transferred drone technology to Pakistan.",
            "GB>TR:aircraft",
            "TR>PK:technology_transfer",
        ),
    ),
]

# "A package", "en ny støttepakke" count no items: the package's worth told next is the amount, not one.
PACKAGE_WORTH = [
    (
        "en",
        case(
            "Finland announced a new military aid package for Ukraine. The package is worth 90 million euros.",
            "FI>UA:military_equipment_general",
            quantity=90_000_000,
        ),
    ),
    (
        "nb",
        case(
            "Norge har gitt Ukraina en ny militær støttepakke. Pakken er verdt 5 milliarder kroner.",
            "NO>UA:military_equipment_general",
            quantity=5_000_000_000,
        ),
    ),
]

ALL = (
    *PACKAGE_WORTH,
    *REVIEW,
    *ACCESSORY_AMMUNITION,
    *PLATFORMS,
    *CARRIERS,
    *ROCKET_ARTILLERY,
    *LICENCE_OWNER,
    *NOT_THE_SOURCE,
    *WAR_ARMY,
    *LINK_WORDS,
    *TONNAGE,
    *ORDER_SIZE,
    *DRONE_PARTS,
    *HOME_COURT,
    *APPROVERS,
    *INVENTORIES,
    *LISTED,
    *LOCAL_PRODUCTION,
)
