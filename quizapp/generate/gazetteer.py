"""Countries and well-known places: enough to tell "a country" from "a person" without a model,
and to find same-kind wrong options when an article names too few of its own."""

from __future__ import annotations

COUNTRIES = (
    "Afghanistan",
    "Argentina",
    "Australia",
    "Austria",
    "Bangladesh",
    "Belarus",
    "Belgium",
    "Brazil",
    "Canada",
    "Chile",
    "China",
    "Colombia",
    "Cuba",
    "Denmark",
    "Egypt",
    "Ethiopia",
    "Finland",
    "France",
    "Germany",
    "Greece",
    "Hungary",
    "India",
    "Indonesia",
    "Iran",
    "Iraq",
    "Ireland",
    "Israel",
    "Italy",
    "Japan",
    "Kazakhstan",
    "Kenya",
    "Laos",
    "Malaysia",
    "Mexico",
    "Mongolia",
    "Morocco",
    "Myanmar",
    "Netherlands",
    "New Zealand",
    "Nigeria",
    "North Korea",
    "Norway",
    "Pakistan",
    "Peru",
    "Philippines",
    "Poland",
    "Portugal",
    "Russia",
    "Saudi Arabia",
    "Singapore",
    "South Africa",
    "South Korea",
    "Spain",
    "Sweden",
    "Switzerland",
    "Syria",
    "Taiwan",
    "Thailand",
    "Turkey",
    "Ukraine",
    "United Kingdom",
    "United States",
    "Venezuela",
    "Vietnam",
    "Antigua",
    "Barbuda",
    "Jamaica",
    "Britain",
    "America",
)

# Other spellings that name the same country: never offered as a "different" option.
ALIASES = {
    "U.S.": "United States",
    "US": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Korea": "Korea",
    "DPRK": "North Korea",
}

REGIONS = (
    "Asia",
    "Europe",
    "Africa",
    "North America",
    "South America",
    "Antarctica",
    "Oceania",
    "East Asia",
    "Southeast Asia",
    "Central Asia",
    "Eastern Europe",
    "Western Europe",
    "Middle East",
    "Asia-Pacific",
    "Korean Peninsula",
    "Caribbean",
    "Pacific",
    "Atlantic",
    "Balkans",
    "Scandinavia",
    "Latin America",
    "West Indies",
)

CITIES = (
    "Pyongyang",
    "Beijing",
    "Moscow",
    "Washington",
    "Tokyo",
    "Seoul",
    "Kyiv",
    "London",
    "Paris",
    "Berlin",
    "New York",
    "Manhattan",
    "Brooklyn",
    "Queens",
    "Bronx",
    "Chicago",
    "Boston",
    "Cambridge",
    "San Diego",
    "Tehran",
    "Delhi",
    "Rome",
    "Madrid",
    "Vienna",
    "Warsaw",
)

# A capital stands for its government in the news: "a pathway for Pyongyang" is North Korea.
CAPITALS = {
    "Pyongyang": "North Korea",
    "Beijing": "China",
    "Moscow": "Russia",
    "Washington": "United States",
    "Tokyo": "Japan",
    "Seoul": "South Korea",
    "Kyiv": "Ukraine",
    "London": "United Kingdom",
    "Paris": "France",
    "Berlin": "Germany",
    "Tehran": "Iran",
    "Delhi": "India",
    "Rome": "Italy",
    "Madrid": "Spain",
    "Vienna": "Austria",
    "Warsaw": "Poland",
}

COUNTRY_SET = frozenset(COUNTRIES) | frozenset(ALIASES)
REGION_SET = frozenset(REGIONS)
CITY_SET = frozenset(CITIES)


def spellings(name: str) -> set[str]:
    """Every spelling of the same place: "United States" -> {"United States", "U.S.", "US"...}."""
    target = canonical(name)
    return {target, name} | {alias for alias, real in ALIASES.items() if real == target}


def canonical(name: str) -> str:
    """The one spelling used to compare names: "U.S." and "United States" are the same."""
    bare = name.removeprefix("the ").removeprefix("The ")
    return ALIASES.get(bare, bare)
