"""Question cards on small invented sentences, tables and lists: each rule a teacher's reading
asked for (real, grammatical questions with short answers; none when the stem would be vague)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.deck.model import ChoiceCard, QACard
from quizapp.generate import questions
from quizapp.generate.answers import EntityIndex
from quizapp.generate.spans import tag_sentence
from quizapp.generate.structure import Block, list_cards, table_cards


def _definition(sentence: str, *context: str) -> questions.Question | None:
    index = EntityIndex([*context, sentence])
    return questions.definition(tag_sentence(sentence), "Heading", index)


def test_a_definition_asks_for_the_term_in_lower_case() -> None:
    q = _definition("Sickle cell disease is an inherited disorder of hemoglobin in the blood.")
    assert q is not None and q.question == "What is sickle cell disease?"
    assert q.answer == "An inherited disorder of hemoglobin in the blood."
    q = _definition("Variolation was the deliberate infection of a healthy person with pus.")
    assert q is not None and q.question == "What was variolation?"


def test_no_definition_of_a_vague_or_leaning_subject() -> None:
    launch = "The James Webb Space Telescope left Earth on Christmas Day."
    assert _definition("The telescope is a joint project of NASA and two agencies.", launch) is None
    assert _definition("The seal's main food is the golomyanka, a translucent fish.") is None
    assert _definition("Treatment is a one-time infusion, but the process takes months.") is None
    assert _definition("The agreement is a considerable diplomatic victory for the north.") is None


def test_leaning_subject_is_found_from_the_article() -> None:
    launch = "The James Webb Space Telescope left Earth on Christmas Day."
    index = EntityIndex([launch])
    assert questions.refers_back("the telescope is a joint project", index)
    assert not questions.refers_back("the telescope is a joint project", EntityIndex(["x"]))


def test_who_was_a_person_is_never_asked_but_reversed_ranks_give_the_full_name() -> None:
    intro = "Alan Mathison Turing was an English mathematician and logician from London."
    assert _definition(intro) is None
    context = "In 1891 Marie Curie moved to Paris, where Marie studied physics."
    q = _definition("Marie was the first woman to win a Nobel Prize in physics.", context)
    assert (
        q is not None and q.question == "Who was the first woman to win a Nobel Prize in physics?"
    )
    assert q.answer == "Marie Curie"


def test_who_questions_need_a_named_doer_who_is_not_the_article_subject() -> None:
    side = "The most common side effects of Casgevy included nausea, fever and itching."
    index = EntityIndex([side, "Casgevy is made by Vertex."])
    assert questions.who(tag_sentence(side), index, "Risks") is None
    many = [f"In {y} David Ricardo wrote about trade." for y in (1815, 1816, 1817)]
    claim = "David Ricardo argued that tariffs raised the price of bread."
    said = ["Later David Ricardo said so.", "Earlier Adam Smith said so."]
    index = EntityIndex([*many, *said, claim, "In 1776 Adam Smith wrote a book."])
    assert questions.who(tag_sentence(claim), index, "Politics") is None
    smith = "Adam Smith argued that trade should follow absolute advantage."
    assert questions.who(tag_sentence(smith), index, "Politics") is not None


def test_called_asks_for_the_name() -> None:
    s = "The stable, hydrogen-burning phase is called the main sequence, and it lasts long."
    q = questions.called(tag_sentence(s), EntityIndex([s]))
    assert q is not None
    assert (q.question, q.answer) == (
        "What is the stable, hydrogen-burning phase called?",
        "The main sequence",
    )


def test_question_headings_with_pronouns_or_vague_nouns_are_not_asked() -> None:
    answer = ["Ramanujan learned mathematics from a book by G. S. Carr at about 16."]
    assert questions.heading_answer("How did he learn mathematics?", answer) is None
    rate = ["The rate is limited by whichever factor is in shortest supply."]
    assert questions.heading_answer("What limits the rate?", rate) is None
    canal = ["The Panama Canal is an artificial waterway about 82 kilometres long."]
    q = questions.heading_answer("What is the Panama Canal?", canal)
    assert q is not None and q.answer == "An artificial waterway about 82 kilometres long."


RECORDS = Block(
    "table",
    "",
    (
        ("Type", "Purpose", "Example value"),
        ("A", "Maps a name to a 32-bit IPv4 address", "93.184.215.14"),
        ("AAAA", "Maps a name to a 128-bit IPv6 address", "2606:2800::1"),
        ("CNAME", "Makes one name an alias for another", "www → example.com."),
        ("MX", "Names the mail servers for a domain", "10 mail.example.com."),
    ),
)


def test_a_column_of_predicates_asks_which_row_it_describes() -> None:
    cards = table_cards("s", RECORDS, "Record types")
    questions_ = {c.question: c for c in cards}
    aaaa = questions_["Which record type maps a name to a 128-bit IPv6 address?"]
    assert isinstance(aaaa, ChoiceCard) and set(aaaa.options) == {"A", "AAAA", "CNAME", "MX"}
    assert not any("example value" in q for q in questions_)


def test_headers_that_are_not_nouns_give_no_card_and_lead_ins_stay_out() -> None:
    valves = Block(
        "table",
        "There are three common types:",
        (
            ("Valve", "Also called", "Rim hole", "Where you find it"),
            ("Schrader", "American valve", "About 8 mm", "Mountain bikes"),
            ("Presta", "French valve", "About 6 mm", "Road bikes"),
            ("Dunlop", "Woods valve", "About 8 mm", "City bikes"),
        ),
    )
    cards = table_cards("s", valves, "Know your valve", {"presta valve"})
    asked = [c.question for c in cards]
    assert "What is the rim hole of the Presta valve?" in asked
    assert "What is the rim hole of Dunlop?" in asked  # the article never says "Dunlop valve"
    assert all(q.startswith("What is the rim hole of") for q in asked), asked


def test_a_transposed_table_asks_in_the_thing_what_the_feature_is() -> None:
    plants = Block(
        "table",
        "",
        (
            ("Feature", "C3 plants", "C4 plants", "CAM plants"),
            ("First stable product", "3-phosphoglycerate", "oxaloacetate", "malic acid"),
            ("Photorespiration", "high in heat", "very low", "very low"),
        ),
    )
    asked = [c.question for c in table_cards("s", plants, "Three ways to fix carbon")]
    assert "In C4 plants, what is the first stable product?" in asked
    assert not any("photorespiration" in q.lower() for q in asked)


def test_list_lead_ins_that_name_nothing_give_no_card() -> None:
    items = (("Light intensity",), ("Temperature",), ("Water supply",))
    for intro in ("The main ones are:", "As a rough guide:", "In 2024 it published three:"):
        assert list_cards("s", Block("list", intro, items), "What limits the rate?") == []
    cycle = Block(
        "list",
        "The cycle has three phases:",
        (("Fixation",), ("Reduction",), ("Regeneration",)),
        ordered=True,
    )
    (card,) = list_cards("s", cycle, "Stage two: the Calvin cycle")
    assert card.question == "Name the three phases of the Calvin cycle, in order."
    assert list_cards("s", cycle, "Stage two") == []


_HEADER = st.sampled_from(
    ["Country", "Also called", "Launched", "Hard problem it relies on", "Main use", "Notes",
     "Where you find it", "Typical key size today", "Example value", "Rim hole"]
)  # fmt: skip
_CELL = st.sampled_from(["Italy", "About 8 mm", "Key exchange", "1977", "very low", "day"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_HEADER, min_size=2, max_size=4, unique=True), st.data())
def test_table_cards_are_whole_questions_answered_by_a_cell(headers: list[str], data) -> None:
    rows = [tuple(["Thing", *headers])]
    for key in ("Alpha", "Beta", "Gamma", "Delta"):
        rows.append((key, *(data.draw(_CELL) for _ in headers)))
    block = Block("table", "The best-known are:", tuple(rows))
    for card in table_cards("s", block, "Comparison"):
        assert card.question.endswith("?") and ":" not in card.question
        assert card.question.startswith(("What is the ", "What are the ", "Which ", "In "))
        answer = card.answer if isinstance(card, QACard) else card.answer[0]
        assert any(answer in row for row in rows[1:])


def test_why_with_did_from_a_past_tense_verb() -> None:
    s = "Yellow fever and malaria killed workers in enormous numbers, because nobody understood."
    q = questions.why(tag_sentence(s), "Disease")
    assert q is not None
    assert q.question == "Why did yellow fever and malaria kill workers in enormous numbers?"
    assert q.answer == "Because nobody understood."
    # "The opening": of what? No question.
    s = "The opening attracted little attention because the war had begun days earlier."
    assert questions.why(tag_sentence(s), "Opening") is None


def test_base_forms_of_past_tenses() -> None:
    cases = {"killed": "kill", "carried": "carry", "stopped": "stop", "moved": "move",
             "patented": "patent", "wrote": "write", "founded": "found"}  # fmt: skip
    for past, base in cases.items():
        assert questions._base_form(past) == base


def test_table_units_participles_counts_and_row_names() -> None:
    rows = (
        ("Planet", "Diameter (km)", "Moons", "Discovered"),
        ("Mercury", "4,879", "0", "ancient"),
        ("Jupiter", "139,820", "95", "ancient"),
        ("Uranus", "50,724", "28", "1781"),
        ("Neptune", "49,244", "16", "1846"),
    )
    asked = [c.question for c in table_cards("s", Block("table", "", rows), "The planets")]
    assert "What is the diameter of Uranus, in km?" in asked
    assert not any("moons" in q or "discovered" in q or "planet?" in q for q in asked), asked


def test_who_is_not_asked_of_an_acronym_or_with_a_leaning_rest() -> None:
    context = ["In 1850 the Royal Commission met.", "Later NASA was studied in 1950."]

    def who(s: str) -> questions.Question | None:
        return questions.who(tag_sentence(s), EntityIndex([*context, s]), "Maps")

    q = who("The Royal Commission published a map of the whole country.")
    assert (
        q is not None and q.question == "Which organisation published a map of the whole country?"
    )
    assert who("NASA published a map of the whole country.") is None
    assert who("The Royal Commission also published a map of the whole country.") is None


def test_who_was_headings_and_lead_ins_to_the_reader_are_not_asked() -> None:
    said = ["Ada Lovelace was an English mathematician who wrote the first program."]
    assert questions.heading_answer("Who was Ada Lovelace?", said) is None
    items = (("A tyre lever",), ("A pump",), ("A patch kit",))
    assert list_cards("s", Block("list", "You will need these tools:", items), "Tools") == []
    named = Block("list", "A puncture repair kit holds three tools:", items)
    assert list_cards("s", named, "Tools")


def test_a_name_defined_as_a_thing_is_asked_and_a_second_claim_is_cut() -> None:
    s = "The Sicilian Defence is a chess opening that begins with the moves e4 and c5."
    q = _definition(s, "Later the Sicilian Defence was played.")
    assert q is not None and q.question == "What is the Sicilian Defence?"
    s = "The Najdorf Variation is the sharpest line and was a favourite of Fischer."
    q = _definition(s, "Later the Najdorf Variation was played.")
    assert q is not None and q.question == "What is the sharpest line?"
    assert q.answer == "The Najdorf Variation"


def test_why_not_asked_of_a_reported_clause_and_names_keep_capitals() -> None:
    s = "Franklin had calculated that the backbone lay outside, because the bases were oily."
    assert questions.why(tag_sentence(s), "Helix") is None
    heading = questions.heading_answer(
        "What was Photo 51?", ["Photo 51 is an X-ray diffraction image of DNA taken in May 1952."]
    )
    assert heading is not None and heading.answer.startswith("An X-ray diffraction image")


def test_a_heading_is_not_answered_by_an_announcement() -> None:
    said = ["Glaciers move in two main ways.", "Glaciers slide over a film of meltwater."]
    q = questions.heading_answer("How do glaciers move?", said)
    assert q is None or q.answer == "Glaciers slide over a film of meltwater."
    s = "Sea level was about 120 metres lower than today because much water was locked up in ice."
    q = questions.why(tag_sentence(s), "Ice ages")
    assert q is not None and q.question == "Why was sea level about 120 metres lower than today?"


def _who(sentence: str, title: str = "History") -> questions.Question | None:
    return questions.who(tag_sentence(sentence), EntityIndex([sentence]), title)


def test_a_named_thing_made_by_named_people_asks_who_made_it() -> None:
    s = "KCODE-9 was designed by Anna Kovacs and Piet Lindqvist in March 1971, on a napkin."
    q = _who(s)
    assert q is not None and q.question == "Who designed KCODE-9?"
    assert q.answer == "Anna Kovacs and Piet Lindqvist"
    assert _who("It was led by Anna Kovacs, a diplomat who had built a canal.") is None
    assert _who("In 1950 the Zephyr Prize was shared by Anna Kovacs and Piet Lindqvist.") is None
    assert _who("The method was described by Anna Kovacs in 1971.") is None  # which method?
    assert _who("Marsh fever was spread by mosquitoes in the Zephyr Valley.") is None


def test_who_and_why_leave_out_an_unresolved_person_and_a_second_claim() -> None:
    s = "Anna Kovacs added a device called the rotor, and the first machine was installed in 1940."
    assert _who(s) is None
    s = "Anna Kovacs wrote a biography of her mother, published in 1937."
    assert _who(s) is None
    s = "The training in physics proved important, because it taught him to count carefully."
    assert questions.why(tag_sentence(s), "Vienna") is None


def test_definitions_of_a_term_with_of_and_of_any_ones_thing() -> None:
    s = "The price elasticity of demand is the percentage change in quantity over that in price."
    q = _definition(s)
    assert q is not None and q.question == "What is the price elasticity of demand?"
    s = "A firm's total revenue is the price of its product multiplied by the quantity it sells."
    q = _definition(s)
    assert q is not None and q.question == "What is a firm's total revenue?"
    assert _definition("Each entry is a record with a name, a type and a class.") is None
    assert _definition("Other teams are breeding corals that tolerate heat better.") is None


def test_a_question_heading_is_not_answered_by_a_promise() -> None:
    said = [
        "For decades the Zephyr Bridge was run by a foreign company.",
        "In 1961 the two governments signed a treaty which promised to hand the bridge to Vell.",
        "Control passed slowly, and in 1990 the bridge became fully Vellish.",
    ]
    assert questions.heading_answer("When did Vell take over the Zephyr Bridge?", said) is None


def test_why_from_an_instruction_asks_what_you_should_do() -> None:
    # heldout5 tent deck: the statement turn gave "Why is make sure every joint fully seated?"
    s = (
        "Make sure every joint is fully seated, because a half-connected joint is the most "
        "common cause of a cracked pole."
    )
    q = questions.why(tag_sentence(s), "Step-by-step: pitching a dome tent")
    assert q is not None
    assert q.question == "Why should you make sure every joint is fully seated?"
    assert q.answer == "Because a half-connected joint is the most common cause of a cracked pole."
    s = "Always stake the windward side first, because the wind will otherwise lift the tent."
    q = questions.why(tag_sentence(s), "Wind")
    assert q is not None and q.question == "Why should you always stake the windward side first?"
    # "Make sure it is ...": what is "it"? No question rather than a vague one.
    s = "Make sure it is fully seated, because a half-connected joint cracks the pole."
    assert questions.why(tag_sentence(s), "Poles") is None
