"""Hand-written lists of the institutions every country has, for telling one country's from another's.

A news article writes "the Senate" or "the Supreme Court" and means its own country's; the graph gives
such a generic name the country the article is about, and these lists name the result where it is
well known. Wikidata ids are given only where checked by hand; no registry package carries them.
"""

from checks import check_sorted_unique

# Names that every country's institution may have: (name as written, canonical generic name).
GENERIC = [
    ("Air Force", "Air Force"),
    ("Army", "Army"),
    ("Cabinet", "Cabinet"),
    ("Central Bank", "Central Bank"),
    ("Chamber of Deputies", "Chamber of Deputies"),
    ("Congress", "Congress"),
    ("Constitutional Court", "Constitutional Court"),
    ("Election Commission", "Election Commission"),
    ("Electoral Commission", "Electoral Commission"),
    ("Federal Court", "Federal Court"),
    ("Government", "Government"),
    ("High Court", "High Court"),
    ("House", "House of Representatives"),
    ("House of Commons", "House of Commons"),
    ("House of Lords", "House of Lords"),
    ("House of Representatives", "House of Representatives"),
    ("Marine Corps", "Marine Corps"),
    ("Military", "Military"),
    ("National Assembly", "National Assembly"),
    ("National Police", "National Police"),
    ("Navy", "Navy"),
    ("Parliament", "Parliament"),
    ("Police", "Police"),
    ("Senate", "Senate"),
    ("Supreme Court", "Supreme Court"),
]

# The subjects of ministries and departments: "Ministry of Health", "Health Ministry",
# "Department of Health" and "Health Department" are one generic name each way they are written.
MINISTRY_SUBJECTS = [
    "Agriculture", "Commerce", "Culture", "Defence", "Defense", "Economy", "Education", "Energy",
    "Environment", "Finance", "Foreign Affairs", "Health", "Home Affairs", "Homeland Security",
    "Information", "Interior", "Justice", "Labor", "Labour", "State", "Trade", "Transport",
    "Treasury",
]

# One country's institution under a generic name: (country as in places.tsv, generic name, canonical
# name, Wikidata id or ""). The countries most in the news.
INSTITUTIONS = [
    ("Australia", "High Court", "High Court of Australia", ""),
    ("Australia", "House of Representatives", "Australian House of Representatives", ""),
    ("Australia", "Parliament", "Parliament of Australia", ""),
    ("Australia", "Senate", "Australian Senate", ""),
    ("Canada", "House of Commons", "House of Commons of Canada", ""),
    ("Canada", "Parliament", "Parliament of Canada", ""),
    ("Canada", "Senate", "Senate of Canada", ""),
    ("Canada", "Supreme Court", "Supreme Court of Canada", ""),
    ("Germany", "Parliament", "Bundestag", "Q154797"),
    ("India", "Congress", "Indian National Congress", "Q10225"),
    ("India", "Parliament", "Parliament of India", ""),
    ("India", "Supreme Court", "Supreme Court of India", ""),
    ("Israel", "Parliament", "Knesset", ""),
    ("Japan", "Parliament", "National Diet", ""),
    ("Philippines", "House of Representatives", "House of Representatives of the Philippines", ""),
    ("Philippines", "Senate", "Senate of the Philippines", ""),
    ("Philippines", "Supreme Court", "Supreme Court of the Philippines", ""),
    ("Russia", "Parliament", "Federal Assembly of Russia", ""),
    ("United Kingdom", "Army", "British Army", ""),
    ("United Kingdom", "House of Commons", "House of Commons of the United Kingdom", "Q11007"),
    ("United Kingdom", "House of Lords", "House of Lords", "Q11010"),
    ("United Kingdom", "Navy", "Royal Navy", ""),
    ("United Kingdom", "Parliament", "Parliament of the United Kingdom", "Q11005"),
    ("United Kingdom", "Supreme Court", "Supreme Court of the United Kingdom", ""),
    ("United States", "Air Force", "United States Air Force", "Q11223"),
    ("United States", "Army", "United States Army", "Q9212"),
    ("United States", "Congress", "United States Congress", "Q11268"),
    ("United States", "Department of Defense", "United States Department of Defense", "Q11209"),
    ("United States", "Department of Homeland Security", "United States Department of Homeland Security", "Q11231"),
    ("United States", "Department of Justice", "United States Department of Justice", "Q1553390"),
    ("United States", "Department of State", "United States Department of State", "Q789915"),
    ("United States", "Department of Treasury", "United States Department of the Treasury", ""),
    ("United States", "House of Representatives", "United States House of Representatives", "Q11701"),
    ("United States", "Marine Corps", "United States Marine Corps", "Q11218"),
    ("United States", "Navy", "United States Navy", "Q11220"),
    ("United States", "Senate", "United States Senate", "Q66096"),
    ("United States", "Supreme Court", "Supreme Court of the United States", "Q11201"),
]


def generic_rows():
    """(written name, canonical generic name), ministries and departments spelled out both ways."""
    rows = list(GENERIC)
    for subject in MINISTRY_SUBJECTS:
        for head in ("Ministry", "Department"):
            canonical = f"{head} of {subject}"
            rows += [(canonical, canonical), (f"{subject} {head}", canonical)]
    rows.sort()
    check_sorted_unique("generic institutions", [written for written, _ in rows])
    return rows


def institution_rows():
    """One table: generic names (empty country) first in sort order, then each country's institutions."""
    generic = generic_rows()
    canonical_generic = {canonical for _, canonical in generic}
    for country, name, _, _ in INSTITUTIONS:
        assert name in canonical_generic, f"institution {country} {name}: not a canonical generic name"
    rows = [["", written, canonical, ""] for written, canonical in generic]
    rows += [[country, name, canonical, wikidata] for country, name, canonical, wikidata in INSTITUTIONS]
    return rows


def check():
    check_sorted_unique("INSTITUTIONS", [f"{country}\t{name}" for country, name, _, _ in INSTITUTIONS])
    check_sorted_unique("MINISTRY_SUBJECTS", MINISTRY_SUBJECTS)
