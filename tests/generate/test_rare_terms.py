"""A rare noun of the subject is a term a card may ask, though the sentence does not define
it; a rare word that is everyday English, half of a phrase or a misread verb never is."""

from __future__ import annotations

from quizapp.generate.answers import Kind, Span
from quizapp.generate.spans import rare_term, tag_sentence
from tests.generate.asked import asked


def is_term(sentence: str, text: str) -> bool:
    return rare_term(tag_sentence(sentence), Span(text, sentence.index(text), Kind.PHRASE))


def test_a_rare_noun_the_sentence_only_uses_is_asked() -> None:
    # heldout5 volcanoes: skipped before as "no whole answer to ask for".
    text = (
        "Predicting eruptions\n"
        "Rising magma cracks the surrounding rock and sets off swarms of small earthquakes that "
        "seismometers can detect.\n"
    )
    assert asked(text) == ["seismometers"]
    stagflation = (
        "Inflation in history\n"
        "In the 1970s many rich countries experienced stagflation, a painful combination of high "
        "inflation, high unemployment and slow growth.\n"
    )
    assert asked(stagflation) == ["stagflation"]


def test_a_rare_term_the_article_comes_back_to_beats_a_figure() -> None:
    # A blind reader: "Gaps the date '{{November 1985}}'; the key idea is the hazard. Gap
    # 'lahars'". Said once more in the article, the term outranks the death toll.
    text = (
        "Hazards\n"
        "Lahars, fast mudflows of volcanic debris mixed with water, can travel tens of "
        "kilometres down river valleys.\n"
        "In November 1985 a modest eruption of Nevado del Ruiz in Colombia melted part of its ice "
        "cap, and the lahars that followed buried the town of Armero, killing more than 23,000 "
        "people.\n"
    )
    assert "lahars" in asked(text)
    assert "23,000 people" not in asked(text)


def test_a_rare_term_said_once_yields_to_any_other_answer() -> None:
    # A reader kept '{{equivalence point}}' here; "a burette" is a detail of the method.
    text = (
        "Titration\n"
        "In a titration, a solution of known concentration is added slowly from a burette to a "
        "measured volume of an unknown solution until the equivalence point is reached, when the "
        "amounts of acid and base are chemically equal.\n"
    )
    assert asked(text) == ["equivalence point"]


def test_everyday_rare_words_are_no_terms() -> None:
    assert not is_term(
        "GPS was built for the military, and civilian use was at first an afterthought.",
        "afterthought",
    )
    assert not is_term(
        "The Bremen Cog is now the centrepiece of the German Maritime Museum in Bremerhaven.",
        "centrepiece",
    )
    assert not is_term(
        "Changes in the gases escaping from vents can show that fresh magma is approaching.",
        "vents",
    )


def test_a_term_never_runs_into_a_verb_or_takes_half_a_phrase() -> None:
    # "{{carrying seawater}}": a participle is no part of a term.
    assert not is_term(
        "At subduction zones one plate sinks beneath another, carrying seawater locked in its "
        "minerals.",
        "carrying seawater",
    )
    # "{{cyclist faces}}": the -s word is the verb.
    assert not is_term("Each cyclist faces a steep climb.", "cyclist faces")
    # The tagger read "moisture" as the verb and "condenses" as a noun.
    assert not is_term(
        "A sleeping adult breathes out half a litre of water vapour a night, and without "
        "airflow that moisture condenses on the inside of the fly.",
        "condenses",
    )
    # "{{anammox return}} nitrogen": a rare word before a common one is most often a noun
    # before a misread verb.
    assert not is_term(
        "Denitrification and anammox return nitrogen to the air as N2 where oxygen is absent.",
        "anammox return nitrogen",
    )
    # "At {{subduction}} zones": the compound's head was read as a verb.
    assert not is_term(
        "At subduction zones one plate sinks beneath another, carrying seawater.", "subduction"
    )


def test_one_of_a_pair_or_an_aside_is_no_term() -> None:
    assert not is_term(
        "Cover the heap with a lid, an old carpet or a tarpaulin to keep in heat and moisture.",
        "tarpaulin",
    )
    assert not is_term(
        "From plants, nitrogen passes up food chains to herbivores and carnivores.", "carnivores"
    )
    assert not is_term(
        'Sprinkle garden soil between layers (commercial "activators" are rarely necessary).',
        "activators",
    )
    assert not is_term(
        "The most lasting public-health measure came from the city-states of the Adriatic.",
        "city-states",
    )


def test_the_uncommon_word_extract_is_what_the_installed_wordfreq_gives() -> None:
    import subprocess
    import sys
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_uncommon_words.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
