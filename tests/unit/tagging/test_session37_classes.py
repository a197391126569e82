"""Classes found missing in session 37.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# Relying on weapons is having got them ("Riyadh relies heavily on American Patriot systems", "Russland er blitt
# avhengig av nordkoreanske granater"): the one relying received them from the giver the sentence names, by an
# adjective, "from" or a maker's state. It is a transfer only when the sentence names both sides; a maker guessed from
# a product name is no giver, and another transfer verb in the sentence tells the transfer instead.
RELYING = [
    (
        "en",
        case(
            "During the civil war, the Ethiopian air force relied heavily on armed drones from Turkey and Iran.",
            "TR>ET:drones",
            "IR>ET:drones",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "Riyadh relies heavily on American Patriot batteries to shield its oil terminals.",
            "US>SA:air_defence",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "Moscow has become dependent on North Korean artillery shells for its summer offensive.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "da",
        case(
            "Rusland er blevet afhængig af artillerigranater fra Nordkorea, vurderer den sydkoreanske tjeneste.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "nb",
        case(
            "Russland er i dag helt avhengig av nordkoreanske granater for å holde tempoet oppe ved fronten.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "nn",
        case(
            "Russland er no sterkt avhengig av artillerigranatar frå Nord-Korea.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    (
        "sv",
        case(
            "Saudiarabien har länge förlitat sig på amerikanska Patriot-system.",
            "US>SA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Russland ist inzwischen auf Artilleriegranaten aus Nordkorea angewiesen.",
            "KP>RU:artillery_ammunition",
        ),
    ),
    # no receiver named: a wish, a purpose, an ability
    (
        "en",
        case("Gulf governments, long dependent on American Patriot and THAAD systems, want quicker deliveries."),
    ),
    (
        "de",
        case(
            "Um nicht mehr auf Schweizer Zulieferer angewiesen zu sein, baut der Konzern eine eigene Munitionsfabrik."
        ),
    ),
    (
        "en",
        case("The junta's ability to bomb villages depends on a steady flow of weapons from abroad, the envoy said."),
    ),
    (
        "en",
        case("Most Indian warships still depend on imported engines and electronics."),
    ),
    # a maker guessed from the product is no giver
    (
        "de",
        case("Die Ukraine ist dringend auf weitere Patriot-Systeme angewiesen."),
    ),
    # another verb tells the transfer
    (
        "en",
        case(
            "The new yard in Osborne will rely on know-how and reactor technology transferred from Britain to "
            "Australia.",
            "GB>AU:technology_transfer",
        ),
    ),
]

# Found by the session's reviews: relying on gas, a decision or approvals is no cue and leaves another verb's
# transfer alone; a transfer noun before the verb of relying is what depends; a wish to depend less, or not to
# depend, tells nothing, while relying that has ended ("no longer", "nicht mehr") tells weapons got before; a maker
# relying on parts is industry.
REVIEWED = [
    (
        "nb",
        case(
            "Tyskland er avhengig av russisk gass, men har sendt 18 Leopard-stridsvogner til Ukraina.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=18,
        ),
    ),
    (
        "da",
        case(
            "For at blive mindre afhængig af Rusland har Indien købt 36 Rafale-fly fra Frankrig.",
            "FR>IN:aircraft",
            quantity=36,
        ),
    ),
    (
        "nb",
        case(
            "For å bli mindre avhengig av USA vil Norge kjøpe tyske ubåter.",
            "DE>NO:naval_vessels",
        ),
    ),
    (
        "sv",
        case(
            "Leveransen av 10 Gripen till Ukraina är beroende av regeringens beslut.",
            "SE>UA:aircraft",
            status="planned",
        ),
    ),
    (
        "en",
        case(
            "The delivery of 40 Eurofighter jets to Turkey depends on approval from Germany.",
            "DE>TR:aircraft",
            status="planned",
        ),
    ),
    (
        "sv",
        case(
            "Ukraina tar emot Patriot-system, och försvaret av Kiev är beroende av dem.",
            "US>UA:air_defence",
        ),
    ),
    ("en", case("India wants to be less dependent on Russian weapons and is turning to domestic production.")),
    ("en", case("Poland does not want to depend on German tanks, officials said.")),
    (
        "nn",
        case(
            "Vietnam er ikkje lenger avhengig av russiske våpen.",
            "RU>VN:military_equipment_general",
            status="delivered",
        ),
    ),
    ("en", case("Rheinmetall relies on explosives from Spain to fill its artillery shells.")),
]

# The adjective of a word of arms imports names the buyer, not the maker ("81 Prozent der pakistanischen
# Waffenimporte stammten aus China").
IMPORTS = [
    (
        "de",
        case(
            "Im vergangenen Jahrzehnt stammten 81 Prozent der pakistanischen Waffenimporte aus der Volksrepublik China."
        ),
    ),
    (
        "en",
        case("Russia still accounted for 36 percent of Indian arms imports over the period, the institute said."),
    ),
    (
        "en",
        case(
            "Iranian drones imported by Russia have struck the power grid around Kyiv.",
            "IR>RU:drones",
        ),
    ),
]

# A supplier ranked behind another among one recipient's suppliers ("Tyskland er etter USA Israels nest største
# våpenleverandør") names the first as a supplier of that recipient too; it takes no count told after. A ranking with
# no recipient ("verdens næststørste våbeneksportør efter USA") tells no transfer.
RANKED = [
    (
        "nb",
        case(
            "Tyskland er etter USA Israels nest største våpenleverandør.",
            "DE>IL:military_equipment_general",
            "US>IL:military_equipment_general",
        ),
    ),
    (
        "nn",
        case(
            "Frankrike er etter USA den største våpenleverandøren til Qatar.",
            "FR>QA:military_equipment_general",
            "US>QA:military_equipment_general",
        ),
    ),
    (
        "sv",
        case(
            "Tyskland är Israels näst största vapenleverantör efter USA.",
            "DE>IL:military_equipment_general",
            "US>IL:military_equipment_general",
        ),
    ),
    (
        "da",
        case(
            "Tyskland, der efter USA er Egyptens største våbenleverandør, gav sidste år tilladelser for 300 millioner "
            "euro.",
            "DE>EG:military_equipment_general",
            "US>EG:military_equipment_general",
        ),
    ),
    (
        "da",
        case("Frankrig er i dag verdens næststørste våbeneksportør efter USA."),
    ),
]

ALL = [
    *RELYING,
    *REVIEWED,
    *IMPORTS,
    *RANKED,
]
