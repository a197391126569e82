"""Classes found missing in session 22: a subject pronoun ("it", "sie") standing for the state that opens its own
sentence or the sentence before; nouns, places and makers of the new plain set's negatives; suppliers named with no
weapon; bidders that lost; second sources; word forms two probes found missing; reduced passives; deployments;
arming; givers listed before a comma; appositions; orders.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "In 2016 it bought two submarines from China": "it" before a transfer verb is the state opening the sentence before
# (or its own sentence, before a relative clause), never a pronoun with no transfer verb after it.
PRONOUN_SUBJECTS = [
    (
        "en",
        case(
            "Bangladesh has been building up its navy for a decade. In 2019 it bought two used frigates from China "
            "for about 200 million dollars.",
            "CN>BD:naval_vessels",
        ),
    ),
    (
        "en",
        case(
            "Ethiopia has turned to several suppliers since the war began. It received six Bayraktar TB2 drones from "
            "Turkey in 2021, according to flight-tracking data.",
            "TR>ET:drones",
            quantity=6,
        ),
    ),
    (
        "en",
        case(
            "Germany has also become one of Israel's biggest customers: it bought the Arrow 3 missile defence system "
            "for about 3.6 billion euros.",
            "IL>DE:air_defence",
        ),
    ),
    # German: the verb closes the pronoun's clause
    (
        "de",
        case(
            "Die Türkei war 2019 aus dem F-35-Programm der USA ausgeschlossen worden, nachdem sie das russische "
            "Flugabwehrsystem S-400 gekauft hatte.",
            "RU>TR:air_defence",
        ),
    ),
    # after a comma the pronoun's clause hangs on its own sentence, whose subject here is a force, not the state
    # that opened the sentence before
    (
        "de",
        case(
            "Finnland hat das System David's Sling bestellt. Die Luftwaffe selbst fliegt seit 2022 Drohnen vom Typ "
            "Heron TP, die sie von Israel least.",
            "IL>FI:air_defence",
        ),
    ),
    # no transfer verb after the pronoun: "it" is no party
    (
        "en",
        case(
            "Pakistan ordered four corvettes from Turkey in 2018. It is the largest naval deal the two countries "
            "have signed.",
            "TR>PK:naval_vessels",
        ),
    ),
    # the pronoun is a weapon, not a state, when no state opens either sentence
    (
        "en",
        case(
            "The frigate was launched in Istanbul on Tuesday. It carries eight anti-ship missiles and was delivered "
            "to the Pakistan Navy.",
        ),
    ),
]

# fullt's negatives: an exercise and a domestic order read as transfers. A base form after an article is a noun
# ("a ship hulk"), a destination after a word of nearness a place ("so close to Taiwan"), and Rheinmetall BAE
# Systems Land a British maker.
NOT_TRANSFERS = [
    (
        "en",
        case(
            "American F-16s and Philippine FA-50 jets will drop live bombs on a ship hulk in the South China Sea.",
        ),
    ),
    (
        "en",
        case(
            "The United States has deployed its NMESIS anti-ship missile system to the northern Philippines for an "
            "exercise, the first time the weapon has been sent so close to Taiwan.",
        ),
    ),
    (
        "en",
        case(
            "The Ministry of Defence confirmed a £1.5 billion order with Rheinmetall BAE Systems Land in Telford to "
            "upgrade 148 Challenger 3 tanks for the British Army.",
        ),
    ),
    # "the transfer of" still tells a transfer
    (
        "en",
        case(
            "Tokyo is providing coastal radars to the Philippine Navy, and the two governments are in talks about the "
            "transfer of six second-hand Abukuma-class destroyer escorts.",
            "JP>PH:naval_vessels",
        ),
    ),
    # and a buyer "close to" a deal is still the buyer
    (
        "en",
        case(
            "Vietnam is close to a deal to buy BrahMos missiles from India.",
            "IN>VN:missiles_cruise",
        ),
    ),
]

# "De viktigste leverandørene til Ukraina var USA, Tyskland og Polen": the word "supplier" with no weapon of its own,
# after arms were named, in a sentence saying who is or became one; every state listed after the copula supplies.
SUPPLIERS_NAMED = [
    (
        "nb",
        case(
            "Ukraina sto for 8,8 prosent av all global våpenimport, ifølge SIPRI. De viktigste leverandørene til "
            "Ukraina var USA, Tyskland og Polen.",
            "US>UA:military_equipment_general",
            "DE>UA:military_equipment_general",
            "PL>UA:military_equipment_general",
        ),
    ),
    (
        "en",
        case(
            "India bought more weapons than any other country. The main arms suppliers to India were Russia, France "
            "and Israel.",
            "RU>IN:military_equipment_general",
            "FR>IN:military_equipment_general",
            "IL>IN:military_equipment_general",
        ),
    ),
    (
        "nn",
        case(
            "India kjøper stadig fleire våpen. Også USA har vorte ein viktig leverandør til India.",
            "US>IN:military_equipment_general",
        ),
    ),
    # a supplier of something named, or one somebody says they need, is none
    (
        "en",
        case(
            "Germany has sent IRIS-T systems to Ukraine. Norway is Germany's largest supplier of gas.",
            "DE>UA:air_defence",
        ),
    ),
    (
        "de",
        case(
            "Deutschland hat der Ukraine Panzer geliefert. „Die Niederlande und Dänemark haben uns gesagt, dass sie "
            "Lieferanten brauchen, auf die Verlass ist“, sagt der Manager.",
            "DE>UA:tanks_armoured_vehicles",
        ),
    ),
    # the general word adds nothing to a pair's named weapons
    (
        "da",
        case(
            "Nordkorea har sendt millioner af artillerigranater til Rusland. Nordkorea er blevet en af Ruslands "
            "vigtigste leverandører.",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

# A second review (1,038 invented texts) found these read wrong by the first versions of this session's rules.
REVIEW_2 = [
    (
        "en",
        case(
            "The K2 competed with the German Leopard 2, and Poland bought 180 K2 tanks from South Korea.",
            "KR>PL:tanks_armoured_vehicles",
        ),
    ),
    ("en", case("Russia got drones from Iran and money from China.", "IR>RU:drones")),
    ("en", case("Israel's armed forces struck Lebanon with F-35 jets.")),
    (
        "en",
        case(
            "If Congress agreed, the United States would sell F-35 jets to Turkey.",
            "US>TR:aircraft",
            status="speculated",
        ),
    ),
    (
        "en",
        case(
            "Ukraine bought F-16 jets from Norway with money from frozen Russian assets.",
            "NO>UA:aircraft",
            status="delivered",
        ),
    ),
    ("en", case("The Iranian regime sent drones to Russia.", "IR>RU:drones")),
    ("en", case("Thailand transferred 50 armoured vehicles to Cambodia.", "TH>KH:tanks_armoured_vehicles")),
    ("en", case("A couple of years ago, Russia delivered S-400 systems to India.", "RU>IN:air_defence")),
    ("de", case("Deutschland liefert IRIS-T an die Ukraine zum Schutz des Luftraums.", "DE>UA:air_defence")),
    (
        "sv",
        case(
            "Polen köpte 250 Abrams-stridsvagnar från USA. Kina är den största leverantören till Ryssland av "
            "elektronik.",
            "US>PL:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "Polen kjøpte 250 Abrams-stridsvogner fra USA. Kongsberg har blitt en viktig leverandør til Boeing.",
            "US>PL:tanks_armoured_vehicles",
        ),
    ),
    (
        "nb",
        case(
            "Polen kjøpte 250 Abrams-stridsvogner fra USA. Tyskland er ikke leverandør til Israel.",
            "US>PL:tanks_armoured_vehicles",
        ),
    ),
]

# A helper's review of the first versions (984 invented texts, old against new): these read right at the session's
# start and went wrong with the first pronoun and article rules.
REVIEW = [
    ("en", case("Slovakia approved the transfer to Ukraine of 13 MiG-29 jets.", "SK>UA:aircraft", quantity=13)),
    ("en", case("Britain agreed a loan to Ukraine of two minehunters.", "GB>UA:naval_vessels", quantity=2)),
    (
        "de",
        case(
            "Russland greift an. Es wurden 14 Leopard-Panzer an die Ukraine geliefert.",
            "DE>UA:tanks_armoured_vehicles",
            quantity=14,
        ),
    ),
    (
        "de",
        case(
            "Frankreich drängt. Sie werde Taurus an die Ukraine liefern, sagte die Außenministerin.",
            "DE>UA:missiles_cruise",
        ),
    ),
    (
        "de",
        case(
            "Russland setzt Drohnen ein. Kiew wirft Moskau vor, es habe Drohnen aus dem Iran gekauft.",
            "IR>RU:drones",
        ),
    ),
    (
        "en",
        case(
            "Russia invaded Ukraine in 2022. Finland's defence ministry confirmed it bought David's Sling from Israel.",
            "IL>FI:air_defence",
        ),
    ),
    ("en", case("Ukraine says Russia fired missiles, which it bought from North Korea.", "KP>RU:missiles_ballistic")),
    ("en", case("Kyiv says Moscow is using shells that it received from Pyongyang.", "KP>RU:artillery_ammunition")),
    (
        "en",
        case("Poland accused Russia of escalation. It sent Iskander missiles to Belarus.", "RU>BY:missiles_ballistic"),
    ),
    (
        "en",
        case("Switzerland chose the F-35. It will deliver 36 jets from 2027.", "US>CH:aircraft", quantity=36),
    ),
    (
        "en",
        case(
            "Germany hesitated for weeks. Then it gave Poland permission to send Leopard tanks to Ukraine.",
            "PL>UA:tanks_armoured_vehicles",
        ),
    ),
    # and what the rules are for: one party before, owners aside
    (
        "en",
        case(
            "Denmark has been one of Ukraine's largest donors. It has handed over all 19 of its Caesar howitzers to "
            "Kyiv.",
            "DK>UA:artillery_systems",
            quantity=19,
        ),
    ),
    (
        "en",
        case(
            "Pakistan has modernised its navy. All four MILGEM-class corvettes that it ordered from Turkey in 2018 "
            "have now been handed over.",
            "TR>PK:naval_vessels",
        ),
    ),
]

# "Gripen konkurrerade om kontraktet med amerikanska F-16 och franska Rafale": the systems a winner competed with
# lost; a second source in the clause supplies too ("från Qatar och ytterligare tolv från Oman"), but not one with
# weapons of its own between them ("dronar frå Iran og granatar frå Nord-Korea").
BIDDERS_AND_SOURCES = [
    (
        lang,
        case(text, "SE>CO:aircraft", quantity=17),
    )
    for lang, text in (
        (
            "sv",
            "Colombia köper 17 Gripen från Sverige. Gripen konkurrerade om kontraktet med amerikanska F-16 och "
            "franska Rafale.",
        ),
        (
            "en",
            "Colombia is buying 17 Gripen jets from Sweden. The Gripen competed for the contract with the American "
            "F-16 and the French Rafale.",
        ),
        (
            "de",
            "Kolumbien kauft 17 Gripen aus Schweden. Der Gripen konkurrierte um den Auftrag mit der amerikanischen "
            "F-16 und der französischen Rafale.",
        ),
    )
] + [
    (
        "sv",
        case(
            "Dessutom ska Turkiet köpa tolv begagnade Typhoon från Qatar och ytterligare tolv från Oman.",
            "QA>TR:aircraft",
            "OM>TR:aircraft",
        ),
    ),
    (
        "en",
        case(
            "Poland bought tanks from South Korea and from the United States.",
            "KR>PL:tanks_armoured_vehicles",
            "US>PL:tanks_armoured_vehicles",
        ),
    ),
    (
        "nn",
        case(
            "Russland har dei siste åra fått dronar frå Iran og store mengder artillerigranatar frå Nord-Korea.",
            "IR>RU:drones",
            "KP>RU:artillery_ammunition",
        ),
    ),
]

# Two helpers probed the tagger with about 1,300 plain invented sentences in English and Nynorsk; these word forms
# failed: "would" after a report (a plan, not a guess), names, amounts, Nynorsk verbs,
# weapons, peoples and status words.
PROBED_WORDS = [
    (
        "en",
        case(
            "Germany said it would deliver four more IRIS-T systems to Ukraine next year.",
            "DE>UA:air_defence",
            status="planned",
            quantity=4,
        ),
    ),
    (
        "en",
        case(
            "The Czech Republic delivered half a million shells to Ukraine.",
            "CZ>UA:artillery_ammunition",
            quantity=500000,
        ),
    ),
    ("en", case("BAE Systems Hagglunds will supply 152 CV90 vehicles to Slovakia.", "SE>SK:tanks_armoured_vehicles")),
    ("en", case("The Islamic Republic has sent drones to Russia.", "IR>RU:drones")),
    ("nn", case("Tyskland har lånt ut Patriot-system til Slovakia.", "DE>SK:air_defence")),
    ("nn", case("Polen leigde MQ-9-dronar frå USA.", "US>PL:drones")),
    ("nn", case("USA har sendt landminar til Ukraina.", "US>UA:mines_explosives")),
    ("nn", case("Finland har sendt patronar til Ukraina.", "FI>UA:small_arms_ammunition")),
    ("nn", case("Kviterussland har fått Iskander-missil frå Russland.", "RU>BY:missiles_ballistic")),
    ("nn", case("Britane har sendt fleire kryssarmissil til Ukraina.", "GB>UA:missiles_cruise")),
    (
        "nn",
        case(
            "Iran har sannsynlegvis sendt ballistiske missil til Russland.",
            "IR>RU:missiles_ballistic",
            status="speculated",
        ),
    ),
    ("nn", case("Ukraina etterspør Taurus-missil frå Tyskland.", "DE>UA:missiles_cruise", status="requested")),
    (
        "nn",
        case(
            "Abrams-stridsvognene frå USA er komne til Ukraina.",
            "US>UA:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    ("nn", case("Nord-Korea sender jamleg granatar til Russland.", "KP>RU:artillery_ammunition", status="ongoing")),
    (
        "en",
        case(
            "Deliveries of K2 tanks to Poland began in December 2022.",
            "KR>PL:tanks_armoured_vehicles",
            status="delivered",
        ),
    ),
    (
        "en",
        case(
            "Iranian drone shipments to Russia have continued despite Western sanctions.",
            "IR>RU:drones",
            status="ongoing",
        ),
    ),
    (
        "nn",
        case(
            "Nord-Korea har sendt ein halv million granatar til Russland.",
            "KP>RU:artillery_ammunition",
            quantity=500000,
        ),
    ),
]

# A participle right after its weapon with an agent, no auxiliary: a passive ("Shahed drones supplied by Iran").
REDUCED_PASSIVES = [
    ("en", case("Russia has launched thousands of Shahed drones supplied by Iran.", "IR>RU:drones")),
    ("en", case("Iranian-made drones used by Russia have struck power plants across Ukraine.", "IR>RU:drones")),
    ("nb", case("Russland har skutt hundrevis av droner levert av Iran mot Ukraina.", "IR>RU:drones")),
    # an active past after a weapon is no passive
    ("en", case("The drones Iran supplied to Russia have struck power plants.", "IR>RU:drones")),
]

# "Iran armed Hezbollah with rockets": "arms"/"armed" are verbs only with a party and "with" after them.
ARMING = [
    (
        "en",
        case(
            "Iran armed Hezbollah with tens of thousands of rockets after the 2006 war.",
            "IR>hezbollah:rockets_artillery",
        ),
    ),
    (
        "en",
        case("Iran arms the Houthis with drones, according to a U.N. report.", "IR>houthis:drones", status="ongoing"),
    ),
    ("en", case("Saudi Arabia has in the past bought Chinese armed drones.", "CN>SA:drones")),
    ("en", case("The helicopters, which can be armed with machine guns, will be based in Maiduguri.")),
]

# "The United States, Germany and the Netherlands have delivered": a comma hid the first giver from the subject.
GIVERS_LISTED = [
    (
        "en",
        case(
            "The United States, Germany and Norway have delivered tanks to Ukraine.",
            "US>UA:tanks_armoured_vehicles",
            "DE>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
    (
        "en",
        case(
            "Germany, the United States and Norway have delivered tanks to Ukraine.",
            "US>UA:tanks_armoured_vehicles",
            "DE>UA:tanks_armoured_vehicles",
            "NO>UA:tanks_armoured_vehicles",
        ),
    ),
]

# A name in an apposition is no subject; the owner of an order "from" a seller is the buyer.
APPOSITIONS_AND_ORDERS = [
    (
        "en",
        case("Serbia, a traditional Russian ally, received HQ-22 air defence systems from China.", "CN>RS:air_defence"),
    ),
    ("nb", case("Serbia, en tradisjonell russisk alliert, har fått luftvern fra Kina.", "CN>RS:air_defence")),
    (
        "en",
        case("The UAE's 80-jet Rafale order from France is the biggest ever for the fighter.", "FR>AE:aircraft"),
    ),
    # a maker's order from a state: the state buys
    ("en", case("Saab has won an order from Thailand for four Gripen jets.", "SE>TH:aircraft")),
]

# Jets sent to an ally for a task of the giver's own are deployed, not handed over; equipment for a task is not.
DEPLOYMENTS = [
    ("nn", case("Noreg sender F-35-fly til Polen for å patruljere luftrommet.")),
    # what a donated system is for is no deployment
    ("en", case("Norway donated NASAMS to Ukraine to protect its airspace.", "NO>UA:air_defence")),
    ("en", case("Britain sent Typhoon jets to Poland for NATO air policing.")),
    ("sv", case("Sverige skickar Gripen till Island för att patrullera luftrummet.")),
    (
        "de",
        case(
            "Tokio hatte den Philippinen 2023 ein Radarsystem zur Luftraumüberwachung übergeben.",
            "JP>PH:military_equipment_general",
        ),
    ),
    ("en", case("Germany sent Leopard tanks to Ukraine to strengthen its defences.", "DE>UA:tanks_armoured_vehicles")),
]

ALL = (
    *APPOSITIONS_AND_ORDERS,
    *REVIEW_2,
    *GIVERS_LISTED,
    *ARMING,
    *DEPLOYMENTS,
    *PRONOUN_SUBJECTS,
    *NOT_TRANSFERS,
    *SUPPLIERS_NAMED,
    *REVIEW,
    *BIDDERS_AND_SOURCES,
    *PROBED_WORDS,
    *REDUCED_PASSIVES,
)
