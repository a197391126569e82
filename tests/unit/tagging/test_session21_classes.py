"""Classes found missing in session 21: a seized cargo's origin told in the next sentence, which names no weapon; the
user of weapons named after their relative clause of supply; what was on board as a cargo; buyers named as examples
after a passive with an adverb; bans on a transfer; a force after a source; the owner of imports; epithets; leases.

All texts are invented for these tests.
"""

from __future__ import annotations

from tests.unit.tagging.tagging_cases import case

# "Die Ladung soll aus dem Iran stammen": the seizure names the weapons and the buyer, the next sentence the state
# the cargo came from, with no weapon word of its own.
CARGO_ORIGIN = [
    (
        "de",
        case(
            "Die US-Marine hat 200 Raketen für die Huthi-Miliz beschlagnahmt. Die Ladung soll aus dem Iran stammen.",
            "IR>houthis:rockets_artillery",
            quantity=200,
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis. The cargo originated in Iran, officials "
            "said.",
            "IR>houthis:small_arms",
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen beslagla 200 raketter på vei til houthiene. Lasten kom fra Iran, ifølge "
            "amerikanske tjenestemenn.",
            "IR>houthis:rockets_artillery",
        ),
    ),
    (
        "da",
        case(
            "Den franske flåde har beslaglagt 3.000 rifler på vej til houthierne. Lasten kom ifølge franske "
            "embedsmænd fra Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    (
        "nn",
        case(
            "Den amerikanske marinen beslagla 200 rakettar på veg til houthiane. Lasta kom frå Iran, ifølgje "
            "amerikanske tenestemenn.",
            "IR>houthis:rockets_artillery",
        ),
    ),
    (
        "sv",
        case(
            "Den amerikanska flottan beslagtog 3 000 gevär på väg till huthierna. Lasten kom enligt tjänstemännen "
            "från Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    # where the cargo went is no origin; a new paragraph, or a state after another word, tells none either
    (
        "de",
        case("Die US-Marine hat 200 Raketen für die Huthi-Miliz beschlagnahmt. Die Ladung kam in Aden an."),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis.\n\nThe cargo came from Iran, officials "
            "said."
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen beslagla 200 raketter på vei til houthiene. Lasten kom ifølge kommentatorer fra "
            "USA fram i går."
        ),
    ),
]

# "Die Drohnen, die Teheran geliefert hat, setzt Russland ... ein": the supplier in a relative clause on the weapons,
# their user in the main clause after it.
RELATIVE_USERS = [
    (
        "de",
        case("Die Drohnen, die Teheran geliefert hat, setzt Russland gegen ukrainische Städte ein.", "IR>RU:drones"),
    ),
    ("sv", case("De drönare som Iran har levererat används nu av Ryssland mot ukrainska städer.", "IR>RU:drones")),
    ("da", case("De droner, som Iran har leveret, bruges nu af Rusland mod ukrainske byer.", "IR>RU:drones")),
    ("nb", case("Dronene som Iran har levert, brukes nå av Russland mot ukrainske byer.", "IR>RU:drones")),
    ("nn", case("Dronane som Iran har levert, vert brukte av Russland mot ukrainske byar.", "IR>RU:drones")),
    ("en", case("The drones that Iran supplied are being used by Russia against Ukraine.", "IR>RU:drones")),
    # the target of the use is no user, nor is a speaker; a passive of use with no relative clause is no cue
    ("en", case("The drones that Iran supplied hit Kyiv, Ukraine said.")),
    ("da", case("Washington stiller krav til, hvordan flyene må bruges.")),
]

# "An Bord befanden sich ... Die Ladung sei für die Huthi-Miliz bestimmt gewesen und stamme aus dem Iran": what was
# on board is the cargo (not the vehicle), and the cargo's sentence tells both where it came from and where it went.
ON_BOARD = [
    (
        "de",
        case(
            "Die Küstenwache hat ein Frachtschiff gestoppt. An Bord befanden sich Bauteile für Drohnen und Hunderte "
            "Sturmgewehre. Die Ladung sei für die Huthi-Miliz bestimmt gewesen und stamme aus dem Iran.",
            "IR>houthis:drones",
            "IR>houthis:small_arms",
        ),
    ),
    (
        "en",
        case(
            "The navy stopped a dhow in the Arabian Sea. On board were 3,000 assault rifles. The cargo was bound for "
            "the Houthis and originated in Iran.",
            "IR>houthis:small_arms",
            quantity=3000,
        ),
    ),
    (
        "sv",
        case(
            "Kustbevakningen stoppade ett fartyg. Ombord fanns 2 000 automatgevär. Lasten var avsedd för huthierna "
            "och kom från Iran.",
            "IR>houthis:small_arms",
            quantity=2000,
        ),
    ),
    (
        "da",
        case(
            "Kystvagten stoppede et skib. Om bord var 2.000 automatrifler. Lasten var bestemt for houthierne og kom "
            "fra Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    # a cargo's inventory goes with the shipment told before it, not with the article's other pairs
    (
        "da",
        case(
            "Et skib med våben på vej fra Iran til houthierne blev stoppet i sidste uge. Houthierne har selv sendt "
            "våben til al-Shabaab og til andre grupper.\n\nKystvagten har beslaglagt 700 ton materiel. Lasten "
            "omfattede blandt andet krydsermissiler og droner.",
            "IR>houthis:military_equipment_general",
            "IR>houthis:missiles_cruise",
            "IR>houthis:drones",
            "houthis>al-shabaab:military_equipment_general",
        ),
    ),
]

# "NSM er tidligere solgt til en rekke land, blant andre Polen, Latvia og Spania": an adverb between the auxiliary and
# the participle still makes a passive, and the buyers named as examples get what was sold.
EXAMPLE_BUYERS = [
    (
        "nb",
        case(
            "NSM er tidligere solgt til en rekke land, blant andre Polen, Latvia og Spania.",
            "NO>PL:missiles_cruise",
            "NO>LV:missiles_cruise",
            "NO>ES:missiles_cruise",
        ),
    ),
    (
        "da",
        case(
            "NSM er også solgt til en række lande, blandt andre Polen og Letland.",
            "NO>PL:missiles_cruise",
            "NO>LV:missiles_cruise",
        ),
    ),
    (
        "en",
        case(
            "Gripen jets were also sold to several countries, including Hungary and Thailand.",
            "SE>HU:aircraft",
            "SE>TH:aircraft",
        ),
    ),
    # "are already flying missions" is no passive of "flying in" weapons
    ("en", case("Norway's aircraft are already flying missions over the Baltic.")),
]

# "forbudet mot å levere våpen til al-Shabaab": a ban tells no transfer; breaking an embargo and supplying does.
BANS = [
    (
        "nb",
        case("FN opphevet embargoen mot regjeringen, men forbudet mot å levere våpen til al-Shabaab gjelder fortsatt."),
    ),
    ("en", case("The UN ban on selling weapons to al-Shabaab remains in force.")),
    ("sv", case("Förbudet mot att sälja vapen till Ryssland gäller fortfarande.")),
    (
        "nb",
        case(
            "Iran fortsetter å bryte FNs våpenembargo og forsyne houthiene med våpen.",
            "IR>houthis:military_equipment_general",
        ),
    ),
]

# "Pakistan kjøper likevel ikke bare fra Kina. Marinen har bestilt ...": the navy is the buyer's, not the source's
# named last; "Aserbajdsjans våpenimport": the owner of the imports gets them.
FORCES_AND_IMPORTS = [
    (
        "nb",
        case(
            "Pakistan kjøper likevel ikke bare fra Kina. Marinen har bestilt fire korvetter fra Tyrkia.",
            "TR>PK:naval_vessels",
        ),
    ),
    (
        "sv",
        case(
            "Egypten köper inte bara från Frankrike. Marinen har beställt fyra korvetter från Tyskland.",
            "DE>EG:naval_vessels",
        ),
    ),
    (
        "en",
        case(
            "Egypt does not only buy from France. The navy has ordered four corvettes from Germany.",
            "DE>EG:naval_vessels",
        ),
    ),
    (
        "nb",
        case(
            "Ifølge SIPRI kom rundt 70 prosent av Aserbajdsjans våpenimport fra Israel.",
            "IL>AZ:military_equipment_general",
        ),
    ),
    (
        "da",
        case(
            "Ifølge Sipri stod Israel for omkring 69 procent af Aserbajdsjans våbenimport.",
            "IL>AZ:military_equipment_general",
        ),
    ),
    (
        "sv",
        case(
            "Ryssland har stått för ungefär 36 procent av Indiens vapenimport de senaste fem åren.",
            "RU>IN:military_equipment_general",
        ),
    ),
    ("en", case("Pakistan's arms imports rose by 20 percent last year.")),
]

# A helper's review of the first versions (616 invented texts, old against new): the regressions it found, as guards.
REVIEW = [
    # another subject's origin, a place the cargo was taken to, a crew, a denial or negation: no supplier
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis. The shipment was handed to a US team "
            "that came from Bahrain.",
        ),
    ),
    (
        "de",
        case(
            "Die US-Marine hat 2000 Sturmgewehre beschlagnahmt. Die Ladung war für die Huthi bestimmt und wurde "
            "einem Team übergeben, das aus Bahrain kam.",
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis. The cargo was transported to Bahrain and "
            "later sent from Bahrain to the United States for analysis.",
        ),
    ),
    (
        "da",
        case(
            "Den amerikanske flåde har beslaglagt 2.000 automatrifler på vej til houthierne. Besætningen på lasten "
            "kom fra Pakistan.",
        ),
    ),
    (
        "en",
        case("The US Navy seized 2,000 assault rifles bound for the Houthis. The shipment's crew came from Pakistan."),
    ),
    (
        "sv",
        case(
            "Den amerikanska flottan har beslagtagit 2 000 automatkarbiner på väg till huthierna. Lasten kom inte från "
            "Iran, säger Teheran.",
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen har beslaglagt 2000 automatgevær på vei til houthiene. Iran benekter at lasten "
            "kom fra Iran.",
        ),
    ),
    (
        "en",
        case(
            "The US Navy seized 2,000 assault rifles bound for the Houthis. In a separate operation, a cargo of grain "
            "was released. The cargo came from Ukraine.",
        ),
    ),
    (
        "nb",
        case("Kystvakten beslagla et skip med 5000 tonn gjødsel. Lasten var beregnet for Libya og kom fra Russland."),
    ),
    # a cargo's contents share the shipment's status (seized: ongoing)
    (
        "nb",
        case(
            "Et skip med våpen fra Iran til houthiene ble beslaglagt i Rødehavet. Om bord var kryssermissiler og "
            "dronedeler.",
            "IR>houthis:missiles_cruise",
            "IR>houthis:drones",
            # (the ship carrying them is no transfer of a ship since session 24)
            status="ongoing",
        ),
    ),
    (
        "nb",
        case(
            "Den amerikanske marinen har beslaglagt 2000 automatgevær på vei til houthiene. Sendingen kom fra Iran.",
            "IR>houthis:small_arms",
        ),
    ),
    # troops abroad are not their state as a user; a group's militias are
    ("en", case("The missiles that Russia supplied are used against Ukraine by North Korean troops.")),
    ("en", case("The rifles that Belgium exported were later used by Libyan militias.", "BE>LY:small_arms")),
    # al-Shabaab as a target or as the one weapons are captured from is no party to a transfer
    ("sv", case("Amerikanska drönare angrep al-Shabaab i södra Somalia.")),
    ("en", case("Weapons captured from al-Shabaab were handed over to the Somali army.")),
]

# "Niger, der i 2023 smed de franske tropper ud, forhandler ... om at købe": a relative clause closed before a talk
# verb holds no subject; "Zwischen 2016 und 2021 übergab": the second year of a span is no count.
CLAUSES_AND_YEARS = [
    (
        "da",
        case(
            "Niger, der i 2023 smed de franske tropper ud, forhandler ifølge SIPRI om at købe tyrkiske droner.",
            "TR>NE:drones",
        ),
    ),
    (
        "de",
        case(
            "Zwischen 2016 und 2021 übergab Deutschland Ägypten vier U-Boote der Klasse 209.",
            "DE>EG:naval_vessels",
            quantity=4,
        ),
    ),
]

# "mere end hundrede pansrede mandskabsvogne": a bare hundred or thousand counts after a word of approximation;
# "et par dusin" is about 24; German "Artilleriegranaten" is no figurative grenade, so a count of them in a sentence
# with no transfer counts the transfer before it.
AMOUNTS = [
    (
        "da",
        case(
            "Danmark har givet Ukraine mere end hundrede mandskabsvogne.", "DK>UA:tanks_armoured_vehicles", quantity=100
        ),
    ),
    ("da", case("Danmark har givet Ukraine et par dusin droner.", "DK>UA:drones", quantity=24)),
    ("en", case("Iran has sold Sudan a couple of dozen drones.", "IR>SD:drones", quantity=24)),
    (
        "de",
        case(
            "Nordkorea hat Russland Munition geliefert. Das entspreche etwa zwölf Millionen Artilleriegranaten.",
            "KP>RU:artillery_ammunition",
            quantity=12_000_000,
        ),
    ),
    # "hundrede" with no word of approximation before it is left alone
    ("da", case("Danmark har givet Ukraine hundrede pansrede mandskabsvogne.", "DK>UA:tanks_armoured_vehicles")),
]

# "Bogotá chose the Swedish jet over the French Rafale": after a verb of choosing, "over" opens the systems passed
# over; before a number it is "more than".
CHOSEN_OVER = [
    (
        "en",
        case(
            "Colombia chose 17 Gripen jets from Sweden over the French Rafale and the US-made F-16.",
            "SE>CO:aircraft",
            quantity=17,
        ),
    ),
    ("en", case("The Philippines chose over 20 FA-50 jets from South Korea.", "KR>PH:aircraft", quantity=20)),
    ("nn", case("Noreg valde K9 frå Sør-Korea framfor den tyske PzH 2000.", "KR>NO:artillery_systems")),
]

# "Ungern leasar 14 Gripen": leasing weapons is getting them; "Enligt Sipri kom 69 procent av landets vapenimport från
# Israel": "the country's" after a sentence that opens with a state and names no weapon is that state.
LEASES_AND_OWNERS = [
    ("sv", case("Ungern leasar 14 Gripen och har nyligen förlängt avtalet.", "SE>HU:aircraft", quantity=14)),
    ("en", case("The Czech Republic has leased 14 Gripen jets from Sweden since 2005.", "SE>CZ:aircraft", quantity=14)),
    ("de", case("Die Bundeswehr fliegt Drohnen vom Typ Heron TP, die sie in Israel geleast hat.", "IL>DE:drones")),
    (
        "sv",
        case(
            "Azerbajdzjan har byggt upp sin arsenal med hjälp av Israel och Turkiet. Enligt Sipri kom 69 procent av "
            "landets vapenimport från Israel, bland annat kamikazedrönare av typen Harop.",
            "IL>AZ:drones",
        ),
    ),
]

# "der Golfstaat", "kongeriget", "Emiratet", "östaten": an epithet stands for the last state of its kind named before it
# (else the first the article names); a German epithet with "der" is a nominative, one with "dem" a dative.
EPITHETS = [
    (
        "de",
        case(
            "Die Vereinigten Arabischen Emirate stehen in der Kritik. Demnach hat der Golfstaat die sudanesische Miliz "
            "RSF mit Drohnen beliefert.",
            "AE>rsf:drones",
        ),
    ),
    (
        "da",
        case(
            "Saudi-Arabien har længe købt våben i USA. Nu har kongeriget bestilt 48 kampfly fra Storbritannien.",
            "US>SA:military_equipment_general",
            "GB>SA:aircraft",
        ),
    ),
    (
        "sv",
        case(
            "Kuwait vill stärka sitt luftförsvar. Emiratet beställer arton Bayraktar TB2 från Turkiet.",
            "TR>KW:drones",
        ),
    ),
    (
        "de",
        case(
            "Saudi-Arabien will neue Kampfjets. Großbritannien, das die Verhandlungen mit Riad führt, will dem "
            "Königreich 48 weitere Maschinen verkaufen.",
            "GB>SA:aircraft",
            quantity=48,
        ),
    ),
    # "the United Kingdom" is a name, not an epithet; with no state of its kind named, an epithet stands for none
    ("en", case("The United Kingdom has sent 14 Challenger tanks to Ukraine.", "GB>UA:tanks_armoured_vehicles")),
    ("en", case("Germany has sold Eurofighters before. The kingdom has now ordered 20 more.")),
]

# A second review (779 invented texts, a560a28 against 3dacfb1; 26 changed for the worse): the regressions, as guards.
REVIEW_2 = [
    # a force that gives is the source's own ("The navy has handed over")
    (
        "en",
        case(
            "Ukraine gets ships from Britain. The navy has also handed over two minehunters to Ukraine.",
            "GB>UA:naval_vessels",
        ),
    ),
    (
        "de",
        case(
            "Litauen kauft Schiffe aus Norwegen. Die Marine hat zwei Minensucher an Litauen übergeben.",
            "NO>LT:naval_vessels",
        ),
    ),
    # weapons told as received in a relative clause are no targets of the downing verb before them
    (
        "en",
        case(
            "India claims to have shot down several Turkish drones that Pakistan received from Turkey.", "TR>PK:drones"
        ),
    ),
    # "står framfor" faces, "ligg framfor" leads: no choice
    (
        "nn",
        case("Tyskland står framfor ei avgjerd om å levere Taurus-missil til Ukraina.", "DE>UA:missiles_cruise"),
    ),
    ("nn", case("Polen står framfor eit stort kjøp av stridsvogner frå Sør-Korea.", "KR>PL:tanks_armoured_vehicles")),
    # a lease of land or a base, or one decided against
    ("en", case("The US leases land from Djibouti for its drone base.")),
    ("nb", case("USA leaser land fra Djibouti til dronebasen sin.")),
    ("en", case("Croatia decided against leasing used F-16s from Israel.")),
    # a production figure is no count of the transfer before it
    (
        "sv",
        case(
            "Sydkorea skickade ammunition till USA. Varje vecka produceras där 5000 artillerigranater.",
            "KR>US:artillery_ammunition",
        ),
    ),
]

# "to dusin", "zwei Dutzend": a dozen is a scale; "Mellem 2016 og 2021": a span of years; "Russia supplied 36 percent
# of India's arms imports", "Israel accounted for 69 percent of Azerbaijan's arms imports": the owner of the imports.
DOZENS_AND_SHARES = [
    ("da", case("Danmark har givet Ukraine to dusin droner.", "DK>UA:drones", quantity=24)),
    (
        "de",
        case(
            "Deutschland hat der Ukraine zwei Dutzend Panzer geliefert.", "DE>UA:tanks_armoured_vehicles", quantity=24
        ),
    ),
    (
        "da",
        case("Mellem 2016 og 2021 har Tyskland leveret fire ubåde til Egypten.", "DE>EG:naval_vessels", quantity=4),
    ),
    ("en", case("Russia supplied 36 percent of India's arms imports.", "RU>IN:military_equipment_general")),
    (
        "en",
        case(
            "Israel accounted for 69 percent of Azerbaijan's arms imports between 2016 and 2020.",
            "IL>AZ:military_equipment_general",
        ),
    ),
    # "important" is no import
    ("en", case("Russia supplied 36 percent of India's most important weapons.")),
]

# "Nigeria og Myanmar har tidlegare kjøpt same flytypen": the aircraft type named before, from its seller;
# "80 prosent av våpenimporten til Pakistan": the importer after its noun.
SAME_TYPE_AND_IMPORTS_TO = [
    (
        "nn",
        case(
            "Pakistan har selt JF-17 til Aserbajdsjan. Nigeria og Myanmar har tidlegare kjøpt same flytypen.",
            "PK>AZ:aircraft",
            "PK>NG:aircraft",
            "PK>MM:aircraft",
        ),
    ),
    (
        "nn",
        case(
            "Kina står i dag for over 80 prosent av våpenimporten til Pakistan, ifølgje SIPRI.",
            "CN>PK:military_equipment_general",
        ),
    ),
    (
        "sv",
        case("Ryssland stod för 36 procent av vapenimporten till Indien.", "RU>IN:military_equipment_general"),
    ),
]

ALL = (
    *SAME_TYPE_AND_IMPORTS_TO,
    *DOZENS_AND_SHARES,
    *REVIEW_2,
    *EPITHETS,
    *LEASES_AND_OWNERS,
    *CHOSEN_OVER,
    *AMOUNTS,
    *CARGO_ORIGIN,
    *RELATIVE_USERS,
    *ON_BOARD,
    *EXAMPLE_BUYERS,
    *BANS,
    *FORCES_AND_IMPORTS,
    *REVIEW,
    *CLAUSES_AND_YEARS,
)
