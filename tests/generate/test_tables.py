"""Table cards read as a teacher's question: the row named with its header, the table's topic
as a frame, no card whose row gives the answer away, at most three cards a table."""

from __future__ import annotations

from quizapp.deck.model import ChoiceCard, QACard
from quizapp.generate.structure import Block, table_cards

ESCAPES = Block(
    "table",
    "",
    (
        ("Key range", "Escape prefix", "Example"),
        ("K+0000 – K+001F", "backslash-x", "KX"),
        ("K+0020 – K+00FF", "backslash-u", "KU"),
        ("K+0100 – K+0FFF", "backslash-w", "KW"),
        ("K+1000 – K+FFFF", "backslash-z", "KZ"),
    ),
)


def _questions(block: Block, title: str) -> dict[str, QACard | ChoiceCard]:
    return {c.question: c for c in table_cards("s", block, title)}  # type: ignore[misc]


def test_a_range_row_is_named_with_its_header_and_the_heading_frames_it() -> None:
    asked = _questions(ESCAPES, "How KCODE-9 escapes work")
    q = "In KCODE-9, what is the escape prefix for keys K+0020–K+00FF?"
    assert q in asked, list(asked)
    card = asked[q]
    assert isinstance(card, ChoiceCard) and card.answer == ("backslash-u",)
    # options of the same column, never another column's cells
    assert set(card.options) <= {"backslash-x", "backslash-u", "backslash-w", "backslash-z"}
    assert not any(" of K+" in x or "– " in x for x in asked)


def test_at_most_three_cards_a_table() -> None:
    assert len(table_cards("s", ESCAPES, "How KCODE-9 escapes work")) <= 3


def test_no_frame_when_the_heading_names_two_things_or_the_table_holds_the_name() -> None:
    for title in ("KCODE-9 and KCODE-16", "Escapes"):
        assert not any(q.startswith("In ") for q in _questions(ESCAPES, title))


def test_a_number_range_row_takes_its_unit_and_a_type_column_is_not_asked() -> None:
    sieves = Block(
        "table",
        "",
        (
            ("Mesh range", "Type", "Sieve material"),
            ("10–40", "coarse", "brass"),
            ("50–120", "medium", "bronze"),
            ("150–400", "fine", "nylon"),
        ),
    )
    asked = _questions(sieves, "Picking a sieve")
    assert "What is the sieve material for 50–120 mesh?" in asked, list(asked)
    assert not any("type" in q.lower() for q in asked)


def test_a_row_naming_its_answer_gives_no_card_and_common_things_take_an_article() -> None:
    grinders = Block(
        "table",
        "",
        (
            ("Grinder", "Coolant"),
            ("Oil grinder", "cutting oil"),
            ("Steam grinder", "steam"),
            ("Belt grinder", "air"),
            ("Bench machine", "water"),
        ),
    )
    asked = _questions(grinders, "Grinders")
    assert "What is the coolant for a bench machine?" in asked, list(asked)
    assert not any("oil grinder" in q.lower() or "steam grinder" in q.lower() for q in asked)


def test_a_named_row_is_still_asked_with_of() -> None:
    resolvers = Block(
        "table",
        "",
        (
            ("Service", "Primary address", "Operator"),
            ("Northwind Resolver", "10.1.1.1", "Northwind"),
            ("Quadrant", "10.2.2.2", "Quadrant Foundation"),
            ("Openline", "10.3.3.3", "Openline Inc"),
        ),
    )
    asked = _questions(resolvers, "Public resolvers")
    assert "What is the primary address of Quadrant?" in asked, list(asked)


def test_a_column_saying_what_rows_are_for_asks_which_row() -> None:
    files = Block(
        "table",
        "",
        (
            ("Rasp grade", "Cut", "What it is for"),
            ("10–20", "bastard", "shaping rough timber quickly"),
            ("30–50", "second", "smoothing a shaped edge"),
            ("60–90", "smooth", "finishing before sanding"),
        ),
    )
    asked = _questions(files, "Choosing a rasp")
    card = asked["Which rasp grade is used for smoothing a shaped edge?"]
    assert isinstance(card, QACard) and card.answer == "30–50"


def test_a_use_held_by_another_row_too_is_not_asked_and_adjectives_do_not_name_rows() -> None:
    ciphers = Block(
        "table",
        "",
        (
            ("Cipher", "Main use"),
            ("Alder", "key exchange"),
            ("Birch", "key exchange and signatures"),
            ("Cedar", "disk encryption"),
            ("Dogwood", "message signing"),
        ),
    )
    asked = _questions(ciphers, "Comparing the main ciphers")
    assert "Which cipher is used for disk encryption?" in asked, list(asked)
    assert "Which cipher is used for key exchange?" not in asked
    assert not any("main cipher" in q for q in asked)


def test_a_decade_a_numeral_or_a_plain_word_in_the_heading_is_no_frame() -> None:
    for title in ("Escapes in the 1960s", "After World War II", "How escapes work"):
        assert not any(q.startswith("In ") for q in _questions(ESCAPES, title)), title
    assert any(q.startswith("In KC9, ") for q in _questions(ESCAPES, "KC9's escapes"))


def test_a_bare_number_names_a_row_only_with_its_unit() -> None:
    events = Block(
        "table",
        "",
        (("Year", "Ruler", "Capital"), ("1201", "Odo", "Vell"), ("1250", "Ansa", "Marr"),
         ("1299", "Ivo", "Tarn")),
    )  # fmt: skip
    assert table_cards("s", events, "Rulers") == []
    grits = Block(
        "table",
        "",
        (("Grit", "Binder"), ("120", "resin"), ("400", "vitrified clay"), ("1000", "magnesia")),
    )
    assert "What is the binder for 400 grit?" in _questions(grits, "Grits")


def test_a_measured_row_says_what_was_measured() -> None:
    depths = Block(
        "table",
        "",
        (("Burial depth (km)", "Grain size"), ("0–1", "microscopic"), ("1–5", "small"),
         ("5–20", "coarse")),
    )  # fmt: skip
    asked = _questions(depths, "Cooling")
    assert "What is the grain size for a burial depth of 0–1 km?" in asked, list(asked)


def test_names_keep_their_capital_and_take_the_article_the_text_gives_them() -> None:
    basins = Block(
        "table",
        "",
        (("Feature", "Vell basin", "Small lakes"), ("Largest town", "Marrow", "Tarnby"),
         ("Main inflow", "Odder", "Ansa")),
    )  # fmt: skip
    asked = _questions(basins, "Two basins")
    assert "In the Vell basin, what is the largest town?" in asked, list(asked)
    assert not any("vell basin" in q for q in asked)
    rivers = Block(
        "table",
        "",
        (("River", "Length (km)"), ("Vellan", "3,530"), ("Odder", "2,850"), ("Ansa", "2,428")),
    )
    phrases = {"the vellan": 3, "vellan": 3, "odder": 2}
    asked = {c.question for c in table_cards("s", rivers, "Rivers", phrases)}
    assert "What is the length of the Vellan, in km?" in asked, asked
    assert "What is the length of Odder, in km?" in asked, asked


TENTS = Block(
    "table",
    "",
    (
        ("Tent type", "How it stands", "Best for", "Main drawback"),
        ("Dome", "Two or more crossing poles", "Car camping and general use", "Less stable"),
        ("Tunnel", "Parallel hoops", "Windy, open ground and groups", "Needs stakes"),
        ("Geodesic", "Many crossing poles", "Mountains and winter conditions", "Heavier"),
        ("Cabin", "Near-vertical walls", "Families at drive-in campsites", "Bulky"),
    ),
)


def test_a_table_asks_more_than_one_question_shape_when_it_can() -> None:
    asked = list(_questions(TENTS, "How to Pitch a Tent"))
    assert sum(q.startswith("Which tent type is used for") for q in asked) <= 2, asked
    assert len(asked) == 3


def test_a_row_under_a_type_header_is_named_as_a_thing_of_that_type() -> None:
    asked = list(_questions(TENTS, "How to Pitch a Tent"))
    other = [q for q in asked if not q.startswith("Which")]
    assert other and all(" tent?" in q for q in other), asked
    assert not any(" of Geodesic" in q or " of Dome" in q for q in asked)


BOUNDARIES = Block(
    "table",
    "",
    (
        ("Boundary type", "Plate motion", "Typical features"),
        ("Divergent", "Plates move apart", "Mid-ocean ridges, rift valleys"),
        ("Convergent", "Plates move together", "Deep trenches, volcanic arcs"),
        ("Transform", "Plates slide past each other", "Strike-slip faults"),
    ),
)


def test_a_cell_with_its_own_subject_is_not_asked_as_what_a_row_does() -> None:
    asked = list(_questions(BOUNDARIES, "Three kinds of plate boundary"))
    assert not any(q.startswith("Which boundary type plates") for q in asked), asked
    assert "What is the plate motion of a divergent boundary?" in asked


def test_a_table_never_gives_two_cards_one_id() -> None:
    for block, title in ((BOUNDARIES, "Plate tectonics"), (TENTS, "Tents"), (ESCAPES, "KCODE")):
        ids = [c.id for c in table_cards("s", block, title)]
        assert len(ids) == len(set(ids)), ids
