"""Builds places.tsv: one row per place with its canonical name and the further names that lead to it.

Every name (canonical or alias) appears once in the whole table. When two places claim a name, the
stronger one keeps it: hand-picked cities, then countries, continents, regions, US states, capitals,
and other cities by population. A place whose own canonical name is taken is left out.
"""

from checks import check_sorted_unique
from place_lists import (
    CANONICAL_COUNTRY_NAMES,
    CITY_STOP_WORDS,
    CITY_VARIANTS,
    CONTINENT_VARIANTS,
    CONTINENT_WIKIDATA,
    COUNTRY_VARIANTS,
    COUNTRY_WIKIDATA,
    DROPPED_NAMES,
    PERSON_NAME_CITIES_KEPT,
    REGIONS,
    STATE_NAMES,
    WIKIDATA,
)

COLUMNS = ["name", "kind", "geonames_id", "country_code", "population", "wikidata", "aliases"]

# Cities with this many people keep a name even if it is also a very common first name or surname.
PERSON_CLASH_MAX_POPULATION = 500_000
# Smaller towns named like any listed first name or frequent surname are left out: in news the word far
# more often means a person than a town of under this many people.
PERSON_NAME_MIN_POPULATION = 100_000

HAND_CITY, COUNTRY, CONTINENT, REGION, STATE, CAPITAL, CITY = range(7)
KIND_NAMES = {
    HAND_CITY: "city",
    COUNTRY: "country",
    CONTINENT: "continent",
    REGION: "region",
    STATE: "state",
    CAPITAL: "city",
    CITY: "city",
}


def check_lists():
    check_sorted_unique("REGIONS", [name for name, _, _ in REGIONS])
    check_sorted_unique("CITY_STOP_WORDS", CITY_STOP_WORDS)
    check_sorted_unique("DROPPED_NAMES", DROPPED_NAMES)
    check_sorted_unique("PERSON_NAME_CITIES_KEPT", PERSON_NAME_CITIES_KEPT)
    for table in (CITY_VARIANTS, COUNTRY_VARIANTS, CONTINENT_VARIANTS):
        for key, variants in table.items():
            check_sorted_unique(f"variants of {key}", variants)


def candidate(rank, name, geonames_id, country, population, wikidata, aliases):
    return {
        "rank": rank,
        "name": name.strip(),
        "geonames": geonames_id or "",
        "country": country or "",
        "population": population or 0,
        "wikidata": wikidata or "",
        "aliases": {alias.strip() for alias in aliases if alias and alias.strip() != name.strip()},
    }


def country_places(geonames_countries, iso_countries):
    iso_by_code = {entry["alpha_2"]: entry for entry in iso_countries}
    for code, country in sorted(geonames_countries.items()):
        iso = iso_by_code.get(code, {})
        name = CANONICAL_COUNTRY_NAMES.get(code, country["name"])
        # ISO writes inverted names ("Korea, Republic of"); only the natural-order ones are names in text.
        iso_names = [iso.get(field, "") for field in ("name", "official_name", "common_name")]
        iso_names = [n.removeprefix("the ") for n in iso_names if n and "," not in n and "(" not in n]
        aliases = [country["name"], *iso_names]
        aliases += COUNTRY_VARIANTS.get(code, [])
        yield candidate(
            COUNTRY, name, country["geonameid"], code, country["population"], COUNTRY_WIKIDATA.get(code), aliases
        )


def continent_places(geonames_continents):
    for continent in geonames_continents.values():
        name = continent["asciiName"]
        variants = CONTINENT_VARIANTS.get(name, [])
        yield candidate(
            CONTINENT,
            name,
            continent["geonameId"],
            "",
            continent.get("population", 0),
            CONTINENT_WIKIDATA.get(name),
            variants,
        )


def region_places():
    for name, country, variants in REGIONS:
        yield candidate(REGION, name, "", country, 0, None, variants)


def state_places(us_states):
    for state in us_states.values():
        name = STATE_NAMES.get(state["name"], state["name"])
        yield candidate(STATE, name, state["geonameid"], "US", 0, None, [])


def usable_city_name(name, people, capital, population):
    """Keeps names that look like names and are unlikely to be an English word or a person."""
    if len(name) < 3 or not name[0].isupper() or any(ch.isdigit() for ch in name):
        return False
    if name in CITY_STOP_WORDS:
        return False
    if capital or name in PERSON_NAME_CITIES_KEPT:
        return True
    if name in people.very_common:
        return population >= PERSON_CLASH_MAX_POPULATION
    return name not in people.listed or population >= PERSON_NAME_MIN_POPULATION


def city_places(geonames_cities, small_cities, geonames_countries, people):
    capitals = {(country["capital"], code) for code, country in geonames_countries.items() if country["capital"]}
    found_capitals = set()
    by_id = dict(geonames_cities)
    for city in geonames_cities.values():
        found_capitals.add((city["name"], city["countrycode"]))
    # Capitals of small states fall below the 15,000 threshold; take them from the bigger table.
    for key, city in small_cities.items():
        if (city["name"], city["countrycode"]) in capitals - found_capitals:
            by_id[key] = city
    for city in by_id.values():
        geonames_id = city["geonameid"]
        capital = (city["name"], city["countrycode"]) in capitals
        hand = CITY_VARIANTS.get(geonames_id)
        rank = HAND_CITY if hand else CAPITAL if capital else CITY
        names = [city["name"], city.get("asciiname", "")] + (hand or [])
        names = [n for n in names if n and usable_city_name(n, people, capital or hand, city["population"])]
        if not names or names[0] != city["name"]:
            continue
        yield candidate(
            rank,
            city["name"],
            geonames_id,
            city["countrycode"],
            city["population"],
            WIKIDATA.get(geonames_id),
            names[1:],
        )


def resolve(candidates):
    """Gives every name to its strongest claimant and drops places that lose their own name."""
    ordered = sorted(candidates, key=lambda c: (c["rank"], -c["population"], c["name"], str(c["geonames"])))
    owner = {}
    for index, place in enumerate(ordered):
        for name in [place["name"], *sorted(place["aliases"])]:
            if name not in DROPPED_NAMES:
                owner.setdefault(name, index)
    rows = []
    for index, place in enumerate(ordered):
        if owner.get(place["name"]) != index:
            continue
        aliases = sorted(name for name in place["aliases"] if owner.get(name) == index)
        rows.append(
            [
                place["name"],
                KIND_NAMES[place["rank"]],
                place["geonames"],
                place["country"],
                place["population"],
                place["wikidata"],
                "|".join(aliases),
            ]
        )
    rows.sort()
    check_sorted_unique("places.tsv", [row[0] for row in rows])
    return rows


def build(countries, iso_countries, cities, small_cities, states, continents, people):
    check_lists()
    candidates = [
        *country_places(countries, iso_countries),
        *continent_places(continents),
        *region_places(),
        *state_places(states),
        *city_places(cities, small_cities, countries, people),
    ]
    return resolve(candidates)
