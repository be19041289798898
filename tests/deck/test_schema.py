"""The JSON Schema agrees with `quizapp check`: it accepts every deck check accepts and rejects
the structural mistakes check rejects, as an editor reading YAML 1.2 would see them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from typer.testing import CliRunner

from quizapp.cli.main import app
from quizapp.deck import check_text, dumps
from quizapp.deck.model import CardType, Deck
from quizapp.deck.schema import deck_schema, schema_path, schema_reference
from quizapp.deck.validate import (
    CARD_KEYS,
    COMMON_CARD_KEYS,
    DECK_KEYS,
    SECTION_KEYS,
    SETTINGS_KEYS,
)
from tests.deck.strategies import decks

ROOT = Path(__file__).parents[2]
HEADER = "version: 1\nid: d\ntitle: T\nsections:\n  - id: s\n    title: S\n    cards:\n"
VALIDATOR = jsonschema.Draft7Validator(deck_schema())


class Yaml12Loader(yaml.CSafeLoader):
    """YAML as an editor's language server reads it (1.2 core): only true/false are booleans
    and dates stay text. The C parser, as `check` uses."""


_BOOL = "tag:yaml.org,2002:bool"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
Yaml12Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag not in (_BOOL, _TIMESTAMP)]
    for first, resolvers in yaml.CSafeLoader.yaml_implicit_resolvers.items()
}
Yaml12Loader.add_implicit_resolver(
    _BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def schema_errors(text: str) -> list[str]:
    data = yaml.load(text, Loader=Yaml12Loader)
    return [error.message for error in VALIDATOR.iter_errors(data)]


def check_accepts(text: str) -> bool:
    return not check_text(text, "deck.yaml").errors


def test_committed_schema_is_what_the_command_prints() -> None:
    done = CliRunner().invoke(app, ["schema"])
    assert done.exit_code == 0
    assert (ROOT / "docs" / "deck.schema.json").read_text(encoding="utf-8") == done.stdout
    jsonschema.Draft7Validator.check_schema(json.loads(done.stdout))


def test_every_key_check_knows_has_a_description_and_examples() -> None:
    schema = deck_schema()
    assert set(schema["properties"]) == DECK_KEYS
    definitions = schema["definitions"]
    assert set(definitions["section"]["properties"]) == SECTION_KEYS
    assert set(definitions["settings"]["properties"]) == SETTINGS_KEYS
    for card_type in CardType:
        properties = definitions[card_type.value]["properties"]
        assert set(properties) == COMMON_CARD_KEYS | CARD_KEYS[card_type]
        for key, value in properties.items():
            value = definitions["valid_until"] if key == "valid_until" else value
            assert value["description"], key
            assert key == "type" or value["examples"], key


# A deck kept exactly as a blind reader judged it, from a generator that gave two table cards
# one id (fixed since): a record of the reading, which `quizapp check` rightly refuses.
JUDGED_AS_READ = ROOT / "tests/generate/corpus/verdicts/heldout6/02_plate_tectonics.deck.yaml"


def deck_files() -> list[Path]:
    found = [*(ROOT / "decks").glob("*.yaml"), *(ROOT / "tests").rglob("*.yaml")]
    return sorted(p for p in found if p != JUDGED_AS_READ)


def test_the_deck_judged_with_a_repeated_id_is_refused_by_check() -> None:
    text = JUDGED_AS_READ.read_text(encoding="utf-8")
    assert not check_accepts(text)


@pytest.mark.parametrize("path", deck_files(), ids=lambda p: p.name)
def test_every_deck_in_the_repository_passes_both(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert check_accepts(text)
    assert schema_errors(text) == []


def test_the_documented_example_passes_both() -> None:
    doc = (ROOT / "docs" / "deck-format.md").read_text(encoding="utf-8")
    example = doc.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert check_accepts(example) and schema_errors(example) == []


ACCEPTED = {
    "type inferred from the keys": "      - {id: a, question: Q, answer: A}\n"
    "      - {id: b, text: 'A {{c1::gap}}.'}\n"
    "      - {id: c, question: Q, options: [x, y], answer: x}\n"
    "      - {id: d, statement: S, answer: false}\n",
    "numbers and words read as text": "      - {id: a, type: qa, question: Year?, answer: 1945}\n"
    "      - {id: b, type: qa, question: Norway?, answer: no}\n",
    "yes and no as true/false": "      - {id: a, type: truefalse, statement: S, answer: yes}\n"
    "      - {id: b, type: truefalse, statement: S, answer: No}\n",
    "several right options": "      - {id: a, question: Q, options: [x, y, z], answer: [x, z]}\n",
    "a number as an id": "      - {id: 42, type: qa, question: Q, answer: A}\n",
    "a card without an id": "      - {type: qa, question: Q, answer: A}\n",
    "every optional key": "      - id: a\n        type: truefalse\n        statement: S\n"
    "        answer: false\n        correction: C\n        explanation: E\n"
    "        source: The sentence.\n        tags: [t1, t2]\n",
    "a cloze with a hint and two gaps": "      - {id: a, text: '{{c1::x::hint}} {{c2::y}}'}\n",
}


@pytest.mark.parametrize("cards", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_decks_check_accepts_pass_the_schema(cards: str) -> None:
    text = HEADER + cards
    assert check_accepts(text)
    assert schema_errors(text) == []


def test_deck_level_keys_check_accepts_pass_the_schema() -> None:
    text = (
        'version: "1"\nid: d\ntitle: T\ndescription: D\n'
        "source: {path: a.txt, title: A, url: 'https://example.org/a'}\n"
        "settings: {desired_retention: 0.85, new_per_day: 0, learning_steps: [1, 10, 60],"
        " relearning_steps: [10]}\n"
        "sections:\n  - title: No id\n    cards: []\n"
    )
    assert check_accepts(text)
    assert schema_errors(text) == []


REJECTED = {
    "misspelt card key": HEADER + "      - {id: a, type: qa, question: Q, anwser: A}\n",
    "misspelt deck key": "version: 1\nid: d\ntitel: T\nsections: []\n",
    "missing deck keys": "version: 1\ntitle: T\n",
    "no sections": "version: 1\nid: d\ntitle: T\nsections: []\n",
    "sections not a list": "version: 1\nid: d\ntitle: T\nsections: {a: 1}\n",
    "section without a title": "version: 1\nid: d\ntitle: T\nsections:\n  - {cards: []}\n",
    "cards not a list": "version: 1\nid: d\ntitle: T\nsections:\n  - {title: S, cards: x}\n",
    "unknown version": "version: 2\nid: d\ntitle: T\nsections:\n  - {title: S, cards: []}\n",
    "options not a list": HEADER
    + "      - {id: a, type: choice, question: Q, options: red, answer: red}\n",
    "one option": HEADER + "      - {id: a, type: choice, question: Q, options: [x], answer: x}\n",
    "repeated options": HEADER
    + "      - {id: a, type: choice, question: Q, options: [x, x], answer: x}\n",
    "cloze without a deletion": HEADER + "      - {id: a, type: cloze, text: no deletion here}\n",
    "empty cloze deletion": HEADER + "      - {id: a, type: cloze, text: 'a {{c1:: }} b'}\n",
    "unknown card type": HEADER + "      - {id: a, type: essay, question: Q, answer: A}\n",
    "no type to infer": HEADER + "      - {id: a, answer: A}\n",
    "key of another type": HEADER + "      - {id: a, type: qa, question: Q, answer: A, text: x}\n",
    "true/false answer not a boolean": HEADER
    + "      - {id: a, type: truefalse, statement: S, answer: maybe}\n",
    "empty question": HEADER + "      - {id: a, type: qa, question: '', answer: A}\n",
    "null answer": HEADER + "      - {id: a, type: qa, question: Q, answer: ~}\n",
    "answer as a mapping": HEADER + "      - {id: a, type: qa, question: Q, answer: {x: 1}}\n",
    "bad id": HEADER + "      - {id: 'not an id!', type: qa, question: Q, answer: A}\n",
    "tags not a list": HEADER + "      - {id: a, type: qa, question: Q, answer: A, tags: t}\n",
    "retention out of range": "version: 1\nid: d\ntitle: T\nsettings: {desired_retention: 2}\n"
    "sections:\n  - {title: S, cards: []}\n",
    "negative new cards": "version: 1\nid: d\ntitle: T\nsettings: {new_per_day: -1}\n"
    "sections:\n  - {title: S, cards: []}\n",
    "zero-minute step": "version: 1\nid: d\ntitle: T\nsettings: {learning_steps: [0]}\n"
    "sections:\n  - {title: S, cards: []}\n",
    "unknown setting": "version: 1\nid: d\ntitle: T\nsettings: {retention: 0.9}\n"
    "sections:\n  - {title: S, cards: []}\n",
    "unknown source key": "version: 1\nid: d\ntitle: T\nsource: {file: a.txt}\n"
    "sections:\n  - {title: S, cards: []}\n",
}


@pytest.mark.parametrize("text", REJECTED.values(), ids=REJECTED.keys())
def test_structural_errors_check_rejects_fail_the_schema(text: str) -> None:
    assert not check_accepts(text)
    assert schema_errors(text), "the schema let through a deck check refuses"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks())
def test_any_deck_the_writer_produces_passes_both(deck: Deck) -> None:
    text = dumps(deck, schema="deck.schema.json")
    assert check_accepts(text)
    data: Any = yaml.load(text, Loader=Yaml12Loader)
    assert [e.message for e in VALIDATOR.iter_errors(data)] == []


def test_generated_decks_point_at_the_schema_relative_to_themselves(tmp_path: Path) -> None:
    bundled = (ROOT / "decks" / "nk-russia-pact.yaml").read_text(encoding="utf-8")
    assert bundled.startswith("# yaml-language-server: $schema=../docs/deck.schema.json\n")
    article = tmp_path / "notes" / "article.txt"
    article.parent.mkdir()
    article.write_bytes((ROOT / "decks" / "sources" / "nk-russia-pact.txt").read_bytes())
    done = CliRunner().invoke(app, ["generate", str(article)])
    assert done.exit_code == 0, done.output
    first = (tmp_path / "notes" / "article.yaml").read_text(encoding="utf-8").splitlines()[0]
    reference = first.removeprefix("# yaml-language-server: $schema=")
    assert reference == schema_reference(article.with_suffix(".yaml"))
    assert (article.parent / reference).resolve() == schema_path().resolve()
