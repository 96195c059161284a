"""Hand-written place knowledge that GeoNames and ISO do not give in news usage. Keep every list sorted."""

# ISO alpha-2 -> the name news writers use, where GeoNames' name is not it.
CANONICAL_COUNTRY_NAMES = {
    "CI": "Ivory Coast",
    "NL": "Netherlands",
    "PS": "Palestine",
    "TL": "East Timor",
    "VA": "Vatican City",
}

# ISO alpha-2 -> further names and abbreviations, beyond the GeoNames and ISO names.
COUNTRY_VARIANTS = {
    "AE": ["U.A.E.", "UAE"],
    "BA": ["Bosnia"],
    "CD": ["Congo-Kinshasa", "DR Congo", "DRC"],
    "CG": ["Congo-Brazzaville"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "CN": ["Mainland China", "PRC", "People's Republic of China"],
    "CV": ["Cape Verde"],
    "CZ": ["Czech Republic"],
    "GB": ["Britain", "Great Britain", "U.K.", "UK", "United Kingdom of Great Britain and Northern Ireland"],
    "IE": ["Republic of Ireland"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "KR": ["ROK", "Republic of Korea"],
    "MK": ["Macedonia"],
    "MM": ["Burma"],
    "PS": ["Palestinian Territories", "Palestinian Territory", "Palestinian territories", "State of Palestine"],
    "RU": ["Russian Federation"],
    "SZ": ["Swaziland"],
    "TL": ["Timor Leste", "Timor-Leste"],
    "TR": ["Türkiye"],
    "US": ["America", "U.S.", "U.S.A.", "US", "USA", "United States of America"],
    "VA": ["Holy See", "Vatican"],
}

# Names, from whichever table, that must not become keys: ambiguous or wrong in news text.
# ("Georgia" stays the country; the US state is reached as "Georgia" only through its own row's id.)
DROPPED_NAMES = sorted({"Cocos Islands", "Reunion", "The Netherlands"})

# Hand-written city keys: news names for big cities that GeoNames keeps as alternates only.
CITY_VARIANTS = {
    1275339: ["Bombay"],  # Mumbai
    1275004: ["Calcutta"],  # Kolkata
    1264527: ["Madras"],  # Chennai
    1566083: ["Saigon"],  # Ho Chi Minh City
    1298824: ["Rangoon"],  # Yangon
    1816670: ["Peking"],  # Beijing
    4140963: ["Washington D.C.", "Washington, D.C."],  # Washington
    5128581: ["NYC", "New York"],  # New York City
    703448: ["Kiev"],  # Kyiv
    2643743: ["London"],  # London (GeoNames already names it so; keeps priority over others)
}

# US states whose plain name means a bigger place in news: the city or the country keeps it.
STATE_NAMES = {"New York": "New York State", "Washington": "Washington State"}

# Regions, named areas and sub-national units news writes about: (name, country code or "", variants).
REGIONS = sorted(
    [
        ("Arabian Peninsula", "", []),
        ("Baltic states", "", ["Baltic States", "Baltics"]),
        ("Balkans", "", ["Western Balkans"]),
        ("Caribbean", "", []),
        ("Caucasus", "", ["North Caucasus"]),
        ("Central America", "", []),
        ("Central Asia", "", []),
        ("Central Europe", "", []),
        ("Chechnya", "RU", []),
        ("Crimea", "UA", []),
        ("Darfur", "SD", []),
        ("Donbas", "UA", ["Donbass"]),
        ("East Africa", "", []),
        ("East Asia", "", []),
        ("Eastern Europe", "", []),
        ("England", "GB", []),
        ("Eurasia", "", []),
        ("Gaza Strip", "PS", []),
        ("Golan Heights", "", []),
        ("Gulf", "", ["Persian Gulf", "Gulf region"]),
        ("Horn of Africa", "", []),
        ("Kashmir", "", []),
        ("Kurdistan", "", ["Iraqi Kurdistan"]),
        ("Latin America", "", []),
        ("Levant", "", []),
        ("Maghreb", "", []),
        ("Mediterranean", "", []),
        ("Middle East", "", ["Mideast"]),
        ("Nagorno-Karabakh", "", ["Karabakh"]),
        ("North Africa", "", []),
        ("Northern Europe", "", []),
        ("Northern Ireland", "GB", []),
        ("Sahel", "", []),
        ("Scandinavia", "", []),
        ("Scotland", "GB", []),
        ("Siberia", "RU", []),
        ("South Asia", "", []),
        ("South Caucasus", "", ["Southern Caucasus"]),
        ("Southeast Asia", "", ["South-East Asia", "South East Asia"]),
        ("Southern Africa", "", []),
        ("Southern Europe", "", []),
        ("Sub-Saharan Africa", "", []),
        ("Tibet", "CN", []),
        ("Transcaucasia", "", []),
        ("Wales", "GB", []),
        ("West Africa", "", []),
        ("West Bank", "PS", []),
        ("Western Europe", "", []),
        ("Xinjiang", "CN", []),
    ]
)

# Continents beyond the GeoNames seven, with the variant names news uses.
CONTINENT_VARIANTS = {
    "Antarctica": [],
    "North America": [],
    "Oceania": ["Australasia"],
    "South America": [],
}

# Small cities that keep their name although it is also a personal name (see places.py).
PERSON_NAME_CITIES_KEPT = ["Venice"]

# Single-word city names that are ordinary English words: chosen by hand from cities15000 names that
# occur in news text (GMB, Wikinews) lower-cased at least as often as capitalised; and a few that in
# news are people or parts of longer names ("Obama", "Kong").
CITY_STOP_WORDS = sorted(
    {
        "Acre", "Airport", "Alliance", "Along", "Annex", "Apex", "Banning", "Bar", "Bath", "Bay", "Bear",
        "Bell", "Bend", "Best", "Boom", "Bountiful", "Bow", "Brick", "Buffalo", "Bury", "Buy", "Canning",
        "Carolina", "Central", "Clay", "Cocoa", "Corona", "Crystal", "Date", "Deal", "Defiance", "Dome",
        "Enterprise", "Erode", "Fate", "Federal", "Fleet", "Forest", "Gap", "Gay", "Goes", "Golden",
        "Hillside", "Holiday", "Homestead", "Horn", "Hub", "Humble", "Hurricane", "Imperial", "Independence",
        "Jam", "Jupiter", "Kennedy", "Kong", "Lakeside", "Lend", "Lens", "Liberal", "Liberty", "Male", "Man",
        "Manage", "March", "Marks", "Metro", "Midway", "Mine", "Mission", "Mobile", "Most", "Much", "Nice",
        "Normal", "Obama", "Of", "Officer", "Opportunity", "Oral", "Orange", "Overland", "Pace", "Paramount",
        "Parole", "Peer", "Pen", "Plantation", "Plaque", "Plunge", "Police", "Pop", "Prosper", "Reading",
        "Republic", "Reservoir", "Retreat", "Revere", "Rich", "Riverside", "Roman", "Roses", "Rugby", "Sake",
        "Sale", "Salt", "Same", "San", "Savage", "Say", "Seaside", "Semi", "Shaping", "Shoreline",
        "Simmering", "Split", "Spring", "Springs", "Summit", "Sunrise", "Sunset", "Sur", "Surprise", "Tame",
        "Tank", "Time", "Tire", "Torrent", "Tours", "Turbo", "Union", "University", "Van", "Vladimir",
        "Wedding", "Westerly", "Worms", "Young",
    }
)

# Wikidata ids checked by hand, by GeoNames id or, for hand-written regions, by name.
WIKIDATA = {
    1275339: "Q1156",  # Mumbai
    1816670: "Q956",  # Beijing
    1850147: "Q1490",  # Tokyo
    2643743: "Q84",  # London
    2660646: "Q71",  # Geneva
    2950159: "Q64",  # Berlin
    2988507: "Q90",  # Paris
    524901: "Q649",  # Moscow
    4140963: "Q61",  # Washington, D.C.
    5128581: "Q60",  # New York City
    703448: "Q1899",  # Kyiv
}
COUNTRY_WIKIDATA = {
    "AF": "Q889", "AM": "Q399", "AZ": "Q227", "CA": "Q16", "CH": "Q39", "CN": "Q148", "DE": "Q183",
    "ES": "Q29", "FR": "Q142", "GB": "Q145", "GE": "Q230", "IL": "Q801", "IN": "Q668", "IQ": "Q796",
    "IR": "Q794", "IT": "Q38", "JP": "Q17", "RU": "Q159", "SY": "Q858", "UA": "Q212", "US": "Q30",
}
CONTINENT_WIKIDATA = {"Africa": "Q15", "Asia": "Q48", "Europe": "Q46"}
