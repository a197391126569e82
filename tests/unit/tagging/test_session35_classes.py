"""Classes found missing in session 35.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Granting money for weapons to a recipient ("Regjeringen bevilger 1,5 milliarder kroner til luftvern for Ukraina")
# funds their transfer: the granter supplies, the deal is agreed, the sum is its quantity. A grant of something else
# is none.
GRANTS = [
    (
        "nb",
        case(
            "Regjeringen bevilger 2,5 milliarder kroner til luftvern for Ukraina.",
            "NO>UA:air_defence",
            status="agreed",
            quantity=2.5e9,
        ),
    ),
    (
        "nb",
        case(
            "Sverige har bevilget 800 millioner kroner til artillerigranater til Ukraina.",
            "SE>UA:artillery_ammunition",
            status="agreed",
            quantity=8e8,
        ),
    ),
    (
        "nn",
        case(
            "Regjeringa løyver 3 milliardar kroner til luftvern for Ukraina.",
            "NO>UA:air_defence",
            status="agreed",
            quantity=3e9,
        ),
    ),
    (
        "nn",
        case(
            "Noreg har løyvd 900 millionar kroner til droner til Ukraina.",
            "NO>UA:drones",
            status="agreed",
            quantity=9e8,
        ),
    ),
    (
        "da",
        case(
            "Regeringen bevilger 1,2 milliarder kroner til luftforsvar til Ukraine.",
            "DK>UA:air_defence",
            status="agreed",
            quantity=1.2e9,
        ),
    ),
    (
        "sv",
        case(
            "Regeringen beviljade 600 miljoner kronor till ammunition till Ukraina.",
            "SE>UA:artillery_ammunition",
            status="agreed",
            quantity=6e8,
        ),
    ),
    (
        "da",
        case(
            "Danmark bevilgede i foråret en ny donationspakke på 3 milliarder kroner til Ukraine med blandt andet "
            "kampvogne.",
            "DK>UA:tanks_armoured_vehicles",
            status="agreed",
        ),
    ),
    # German and English grant words stay out: "bewilligte die Beschaffung", "Tanks allocated to Ukraine ... were
    # delivered by Portugal" name another transfer
    (
        "de",
        case(
            "Der Bundestag bewilligte im vergangenen Jahr die Beschaffung von 60 schweren Transporthubschraubern vom "
            "Typ CH-47 Chinook.",
            "US>DE:helicopters",
        ),
    ),
    (
        "en",
        case(
            "Tanks allocated to Ukraine under the deal were delivered in March by Portugal.",
            "PT>UA:tanks_armoured_vehicles",
        ),
    ),
    ("nb", case("Kommunen bevilget 40 millioner kroner til nye fotballbaner.")),
]

# A decade or a calibre glued to German "er" is no count: "ab Mitte der 2030er-Jahre" gave 2030 jets.
DECADES = [
    (
        "de",
        case(
            "Indonesien soll ab Mitte der 2030er-Jahre Kampfjets aus Frankreich erhalten.",
            "FR>ID:aircraft",
            no_quantity=True,
        ),
    ),
    (
        "de",
        case(
            "Anfang der 2000er Jahre hatte Warschau gebrauchte Leopard 2 aus Deutschland übernommen.",
            "DE>PL:tanks_armoured_vehicles",
            no_quantity=True,
        ),
    ),
    (
        "de",
        case(
            "Seit den 80ern hat Deutschland Panzer an Chile geliefert.",
            "DE>CL:tanks_armoured_vehicles",
            no_quantity=True,
        ),
    ),
    (
        "de",
        case("Deutschland liefert die 155er-Munition an die Ukraine.", "DE>UA:artillery_ammunition", no_quantity=True),
    ),
]

# Weapons whose upkeep or training the money pays for ("til opplæring og vedlikehold av flyene") are not what the
# grant hands over: the aid is.
UPKEEP = [
    (
        "da",
        case(
            "Washington har bevilget 40 millioner dollar i militær støtte til Argentina, som skal gå til "
            "vedligeholdelse af de nye fly.",
            "US>AR:military_equipment_general",
            exact=True,
        ),
    ),
    (
        "nn",
        case(
            "Washington har løyvd 40 millionar dollar i militær støtte til Argentina, som skal gå til opplæring og "
            "vedlikehald av flya.",
            "US>AR:military_equipment_general",
            exact=True,
        ),
    ),
    # not the next item of a list, a delivery told beside the upkeep, or weapons whose own transfer follows
    (
        "nb",
        case(
            "Nederland gir Ukraina opplæring av piloter og F-16-fly.",
            "NL>UA:aircraft",
        ),
    ),
    (
        "en",
        case(
            "The contract covers the delivery and maintenance of the Typhoon jets and Meteor missiles for Qatar.",
            "GB>QA:aircraft",
        ),
    ),
    (
        "en",
        case(
            "The Netherlands delivered 20 tanks to Ukraine and will pay for the maintenance of the jets it donated.",
            "NL>UA:tanks_armoured_vehicles",
            "NL>UA:aircraft",
        ),
    ),
]

# Weapons moved for an exercise are deployed, also when a list of examples follows after a comma ("mehr als 200
# Kettenfahrzeuge, darunter Kampfpanzer Leopard 2"); a handover in another clause still counts.
EXERCISE = [
    (
        "de",
        case(
            "Für das Manöver wurden mehr als 200 Kettenfahrzeuge, darunter Kampfpanzer Leopard 2 und Schützenpanzer "
            "Puma, per Bahn aus Deutschland nach Litauen verlegt."
        ),
    ),
    (
        "en",
        case(
            "For the exercise, more than 200 tracked vehicles, including Leopard 2 tanks, were moved from Germany to "
            "Lithuania.",
        ),
    ),
    (
        "de",
        case(
            "Deutschland lieferte Leopard-Panzer an die Ukraine und verlegte Eurofighter für ein Manöver.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "Tyskland har sendt mer enn 200 beltekjøretøy, blant annet Leopard 2-stridsvogner og Puma-kjøretøy, til "
            "Litauen til øvelsen."
        ),
    ),
    ("sv", case("Under övningen har USA skickat 20 stridsvagnar till Polen.")),
    # a list with a clause of its own, or holding the task itself, keeps the transfer
    (
        "en",
        case(
            "South Korea delivered 180 K2 tanks to Poland, including 30 that arrived in time for the exercise.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    (
        "de",
        case(
            "Deutschland liefert 18 Leopard-Panzer an die Ukraine, darunter einige zur Instandsetzung in Polen.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "Tyskland sender stridsvogner til Litauen for en øvelse, blant annet sammen med 18 Caesar-haubitser som "
            "Frankrike selger til landet.",
            "FR>LT:artillery_systems",
        ),
    ),
]

# A giver described between commas as a state's supplier gives to that state ("Russia, long India's largest
# supplier, has delivered ..."), not to the article's main buyer.
APPOSED_BUYER = [
    (
        "en",
        case(
            "Pakistan buys J-10C jets from China. Russia, long India's largest supplier, has delivered three S-400 "
            "squadrons.",
            "CN>PK:aircraft",
            "RU>IN:air_defence",
        ),
    ),
    (
        "nb",
        case(
            "Pakistan kjøper J-10C fra Kina. Russland, Indias største leverandør, har levert tre S-400-systemer.",
            "CN>PK:aircraft",
            "RU>IN:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Pakistan kauft J-10C aus China. Russland, Indiens größter Lieferant, hat drei S-400-Systeme geliefert.",
            "CN>PK:aircraft",
            "RU>IN:air_defence",
        ),
    ),
    ("en", case("Russia, Ukraine's enemy, has delivered drones to Iran.", "RU>IR:drones")),
]

ALL = [
    *GRANTS,
    *DECADES,
    *UPKEEP,
    *EXERCISE,
    *APPOSED_BUYER,
]
