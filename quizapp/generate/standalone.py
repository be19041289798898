"""Does a sentence stand on its own as a card? If not, say why (the report lists it).

A card is read out of context, so a sentence that leans on an earlier one ("She had her son
inoculated there", "On these nights ...", "... ways this happens") is skipped. A pronoun is fine
once the sentence itself has named what it points to ("When a polyp dies, its skeleton ...").
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from quizapp.generate import antecedents
from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.sentences import content_words, stem, words, zipf
from quizapp.generate.spans import Tagged, tag_sentence

MIN_WORDS, MAX_WORDS = 8, 42
TOO_LONG = "too long for one card"

_LEADING_RE = lazy_compile(
    r"^(?:it|its|this|these|that|those|they|their|them|he|his|him|she|her|such|both|"
    r"the latter|the former|here|there|then|thus|hence|also|another|other|the same|"
    r"the two|the three|one of them|each|either|neither|many of them|some of them|"
    r"in addition|instead|meanwhile|moreover|furthermore|however|but|and|so|yet|or|nor|"
    r"(?:soon |shortly |not long |immediately )?afterwards|"
    r"later|after that|by then|from then on|since then|until then|before then|"
    r"at that time|the result|the example|the best-known example|the country|the country's|"
    r"the move|the reason|"
    r"in that|in this|at this|in return|what remains|in the process|even at|at that|"
    r"building on|for instance|for example|to do so|to do this|"
    r"as a result|for this reason|in turn|by contrast|in contrast|at the same time|even so|"
    r"despite this|as such|not all|similarly|likewise|otherwise|still|again|too)\b",
    re.IGNORECASE,
)
# A contrast or addition does not point back to a thing: "However, most reefs ..." stands.
_CONTRAST_RE = lazy_compile(
    r"^(?:however|moreover|furthermore|meanwhile|in addition|still|nevertheless|even so),\s", re.I
)
# "Gravestones there record ...", "London was struck that autumn": a place or time only the
# sentence before pins down. (A weekday is left to the report's lead, which dates it.)
_DEICTIC_RE = lazy_compile(
    r"(?<!^)\b(?:there|here)\b(?! (?:is|are|was|were|has|have|had|may|might|will|would|seem"
    r"|seems|seemed|remains?|came|comes|exists?|lived|lies|lay|stood|appears?|appeared)\b)"
    r"|\bthat (?:spring|summer|autumn|fall|winter|year|month|week|day|morning|evening|night)\b"
    # "The next day Macron promised ...", "... at the Élysée earlier in the day": a day the
    # card does not give, counted from one an earlier sentence gave.
    r"|^(?:The|On the|By the) (?:next|following) (?:day|morning|evening|night|week|month|year)\b"
    r"|\b(?:earlier|later) (?:in|on|that) the (?:day|morning|afternoon|evening|week)\b"
    r"|\blater that (?:day|morning|afternoon|evening|night)\b"
    r"|\bthe (?:day|night|week|year) (?:before|after)(?=[,.;])"
)
# "Among the guests were ...": the guests of something an earlier sentence names.
_AMONG_RE = lazy_compile(r"^Among the [a-z]+ (?:were|was)\b")
# "The first starts at age 25 ...": the first of several an earlier sentence introduced.
_BARE_ORDINALS = frozenset(
    "first second third fourth former latter other last rest".split()  # noqa: SIM905
)
_EXISTENTIAL_RE = lazy_compile(r"^there\s+(?:is|are|was|were|have been|has been)\b", re.I)
_PERSONAL = frozenset({"he", "him", "his", "she", "her", "hers"})
_THING = frozenset({"its", "they", "their"})
# Never clear from one sentence: "... enough to trigger it", "... to study them".
# "him" is never the sentence's own subject (that would be "himself"): someone from before.
_ALWAYS_UNCLEAR = frozenset({"it", "them", "him"})
_DEMONSTRATIVE = frozenset({"this", "these", "those", "that", "such"})
_FIRST_PERSON_RE = lazy_compile(r"\b(?:I|I’m|I'm|I’ve|I've|my|me|we|We|our|Our|us|you|You|your)\b")
_QUOTES = '“”"'
# Relative "that" ("the idea that ...", "shows that ...") is fine; "that" as a pronoun is not.
_DEMONSTRATIVE_NEXT_OK = frozenset({"NOUN", "ADJ", "PROPN", "NUM"})


_FURTHER_READING_RE = lazy_compile(
    r"\b(?:for more (?:information|background|details|on)|see the \w+ (?:article|page|entry|"
    r"website|site)|further reading)\b",
    re.IGNORECASE,
)
_QUOTED_RE = lazy_compile(r"[“\"]([^”\"]*)[”\"]?")


def _speech(sentence: str) -> bool:
    """Quoted speech, not a quoted term: 'the so-called "a-ha!" moment' is fine."""
    if sentence[:1] in '“"':
        return True
    return any(len(m.group(1).split()) > 4 for m in _QUOTED_RE.finditer(sentence))


# "Wine is therefore cheap ...", "The number 4, for instance, has ...": the sentence continues
# an earlier one.
_CONTINUES_RE = lazy_compile(
    r"\b(?:therefore|thereby|likewise|a given)\b"
    r"|, (?:for instance|for example),"
    # "... designed a replacement.": a replacement for what the previous sentence named
    r"|\b(?:a|an|the|its|their) (?:replacement|successor|alternative|solution|remedy|"
    r"counterpart|sequel|follow-up|rival|answer)[.!]$",
    re.IGNORECASE,
)
# "The largest, Olkhon, ...", "The most notorious were ...": a superlative with its noun elided.
_ELIDED_RE = lazy_compile(
    r"^The (?:(?:most|least) \w+|\w+est|first|last|second|third|latter|former|only one)"
    r"(?:,| (?:is|are|was|were|has|had|came|became)\b)"
)
# A bare subject this common ("The file", "The site", "The key step") names nothing by itself.
GENERIC_ZIPF = 4.5
# ... while a word this rare makes it a term of its own ("The recursive resolver").
SPECIFIC_ZIPF = 3.5


# "He was right: 1729 equals ...": right about what the sentence before claims.
_VERDICT_RE = lazy_compile(
    r"^(?:\w+ ){1,4}(?:was|were|is|are|had been|has been|proved|turned out to be) "
    r"(?:quite |entirely |partly |half )?(?:right|wrong|correct|mistaken|incorrect)\b[:;,.]"
)
# "In May he was elected ...": which May, the sentence before says.
_YEARLESS_MONTH_RE = lazy_compile(
    r"^(?:In|By|From|Until|Since|On|That|This|Later that|Early in|Late in) (?:early |late |mid-)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r"\b(?!,? \d{4})(?! \d{1,2},? \d{4})"
)


def earlier_stems(sentence: str) -> set[str]:
    """The stems a sentence adds to what its section has introduced."""
    return {stem(w) for w in content_words(sentence)}


def low_words(t: Tagged) -> list[str]:
    return [w.lower() for w in t.words]


def back_reference(
    t: Tagged, earlier: AbstractSet[str] = frozenset(), topic: AbstractSet[str] = frozenset()
) -> str | None:
    """'The letter ran to ten pages': a definite subject whose noun the previous sentences
    introduced (or too common to name anything) points back to them."""
    if _ELIDED_RE.match(t.sentence):
        return "its subject is a superlative whose noun is in an earlier sentence"
    if not t.words or t.words[0] != "The":
        return None
    k = 1
    while k < len(t.words) and t.tags[k] == "ADJ" and t.words[k].islower():
        k += 1
    if k >= len(t.words) - 1 or k > 3 or t.tags[k] != "NOUN" or not t.words[k].islower():
        return None
    following = t.words[k + 1]
    head = re.sub(r"['’]s$", "", t.words[k])  # "The seal's main food": the seal
    possessive = head != t.words[k]
    if following.lower() in ("of", "called", "known", "named", "in", "for", "on", "to", "between"):
        return None  # "The rate of inflation", "The disease called ...": it says what
    if t.tags[k + 1] in ("NOUN", "PROPN", "NUM", "ADJ") and not possessive:
        return None  # "The Bremen Cog", "The telescope Hubble": a longer name
    if following.lower() in ("that", "which", "who") and zipf(head) >= GENERIC_ZIPF:
        return f"'{t.text(0, k + 2)} ...' describes something an earlier sentence names"
    if min(zipf(w) for w in [*t.words[1:k], head]) < SPECIFIC_ZIPF or stem(head) in topic:
        return None  # "The recursive resolver", "The lake" in a deck on a lake: it names it
    if stem(head) in earlier or zipf(head) >= GENERIC_ZIPF:
        return f"'{t.text(0, k + 1)}' points back to an earlier sentence"
    return None


# "Currently, the department has 25 crews", "Still, the agency ...": a one- or two-word opener
# before a bare definite subject.
_OPENER_RE = lazy_compile(r"^[A-Z][a-z]+(?: [a-z]+)?, (?=the [a-z])")


def _opened_back_reference(
    t: Tagged, earlier: AbstractSet[str], topic: AbstractSet[str]
) -> str | None:
    """``back_reference`` for the clause after a short opener ("Currently, the department ...")."""
    match = _OPENER_RE.match(t.sentence)
    if match is None:
        return None
    rest = t.sentence[match.end() :]
    return back_reference(tag_sentence("T" + rest[1:]), earlier, topic)


def problem(
    t: Tagged,
    persons: frozenset[str] = frozenset(),
    earlier: AbstractSet[str] = frozenset(),
    topic: AbstractSet[str] = frozenset(),
) -> str | None:
    """Why the sentence cannot be a card on its own, or None when it can. ``earlier`` holds the
    word stems of the sentences before it in its section (``earlier_stems``); ``topic`` the
    article's own subjects (what "the lake" of a deck on a lake names)."""
    sentence = t.sentence
    count = len(words(sentence))
    if count < MIN_WORDS:
        return "too short to ask about"
    if count > MAX_WORDS:
        return TOO_LONG
    if sentence.rstrip("”’\"')").endswith(("?", ":", ";")) or sentence.endswith("..."):
        return "a question or an unfinished sentence"
    if sentence.rstrip("”’\"')")[-1:] not in ".!":
        return "not a finished sentence"
    subject_verb = any(
        tag == "VERB" and t.tags[i - 1] in ("NOUN", "PROPN", "PRON")
        for i, tag in enumerate(t.tags)
        if i
    )
    if not any(t.finite) and "AUX" not in t.tags and not subject_verb:
        return "no verb: a list item or a caption, not a sentence"
    if _FURTHER_READING_RE.search(sentence):
        return "a pointer to further reading"
    if _speech(sentence):
        return "a quotation"
    if _FIRST_PERSON_RE.search(sentence):
        return "speaks in the first or second person"
    if (
        _LEADING_RE.match(sentence)
        and not _EXISTENTIAL_RE.match(sentence)
        and not _CONTRAST_RE.match(sentence)
    ):
        return "opens by pointing back to an earlier sentence"
    if _VERDICT_RE.match(sentence):
        return "judges a claim an earlier sentence makes ('He was right: ...')"
    if _YEARLESS_MONTH_RE.match(sentence):
        return "opens with a month whose year an earlier sentence gives"
    if re.search(r"\b(?:the same|the latter|the former|the others?|the rest)\b", sentence, re.I):
        return "refers to something in an earlier sentence"
    if _DEICTIC_RE.search(sentence):
        return "a place or time an earlier sentence gives ('there', 'that autumn')"
    if _AMONG_RE.match(sentence) or (
        len(t.words) > 2
        and t.words[0] == "The"
        and t.words[1] in _BARE_ORDINALS
        and t.tags[2] in ("VERB", "AUX")
        and t.finite[2]
        and (len(t.words) < 4 or t.tags[3] != "NOUN")  # "The first printed book ..."
    ):
        return "one of a group an earlier sentence gives ('among the guests', 'the second')"
    compared = next(
        (
            i
            for i, w in enumerate(t.words[:-2])
            if w.lower() == "more" and t.tags[i + 1] == "ADJ" and t.words[i + 2] in ":;,."
        ),
        None,
    )
    if compared is not None and "than" not in low_words(t)[compared:]:
        return "compares with something in an earlier sentence ('more modest' than what?)"
    if _CONTINUES_RE.search(sentence):
        return "continues an earlier sentence ('therefore', 'for example')"
    pointing = back_reference(t, earlier, topic) or _opened_back_reference(t, earlier, topic)
    if pointing is not None:
        return pointing
    low = [w.lower() for w in t.words]
    seen_noun = seen_name = seen_many = False
    for i, word in enumerate(low):
        tag = t.tags[i]
        if word in _ALWAYS_UNCLEAR and not (
            antecedents.own_it(t, i, persons)
            or antecedents.inner_it(t, i, persons)
            or (word == "it" and antecedents.dummy_it(t, i))
        ):
            return f"'{t.words[i]}' points to something not named in the sentence"
        if word in _PERSONAL and not seen_name:
            return f"'{t.words[i]}' points to someone not named in the sentence"
        if word in _THING and not (seen_noun or seen_name):
            return f"'{t.words[i]}' points to something not named in the sentence"
        if word in ("they", "their") and not (seen_many or seen_name):
            # "When visualized in a certain way, they seemed to ...": no noun before it is
            # more than one thing, so "they" are in an earlier sentence.
            return f"'{t.words[i]}' points to something not named in the sentence"
        if word in _DEMONSTRATIVE:
            nxt = t.tags[i + 1] if i + 1 < len(low) else "PUNCT"
            relative = word == "that" and tag in ("SCONJ", "PRON") and i > 0
            if (word == "such" and i + 1 < len(low) and low[i + 1] == "as") or (
                relative and i > 0 and t.tags[i - 1] in ("NOUN", "VERB", "ADJ", "PROPN")
            ):
                pass
            elif word == "that" and nxt not in _DEMONSTRATIVE_NEXT_OK:
                pass  # "that" as a conjunction: "proved that reefs ..."
            else:
                return f"'{t.words[i]}' points back to an earlier sentence"
        if t.words[i] in _TIME_WORDS:
            continue  # "In July 1898 they ...": a month is nobody's antecedent
        if i == 0 and tag == "VERB" and len(low) > 1 and low[1] in _MODALS and _plural(word):
            tag = "NOUN"  # "Volcanoes cannot ...": no command has a modal after its verb
        if tag == "PROPN" or (t.words[i][:1].isupper() and i > 0):
            seen_name = seen_name or not persons or t.words[i] in persons
            seen_noun = seen_many = True  # a name may be a people or a group ("the Hansa")
        elif tag == "NOUN" and not (i and t.tags[i - 1] == "NUM"):
            # "Within about 30 minutes they ...": a counted unit is no antecedent.
            seen_noun = True
            seen_many = seen_many or _plural(t.words[i]) or (i > 0 and low[i - 1] == "and")
            # "The physicist ... she": a singular person noun may be a he or she; "as Senate
            # majority leader, he ..." says what he was, not who he is.
            described = "as" in low[max(0, i - 4) : i]
            seen_name = seen_name or (word in _PEOPLE_NOUNS and not described)
    return None


_MODALS = frozenset("can cannot could may might must will would should".split())  # noqa: SIM905
# Nouns that can be a "he", "she" or "they" named in the sentence itself.
_TIME_WORDS = frozenset(
    """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday
    """.split()  # noqa: SIM905
)
_PEOPLE_NOUNS = frozenset(
    """
    person man woman child boy girl king queen scientist doctor physicist chemist engineer
    mother father son daughter wife husband leader official soldier emperor president
    """.split()  # noqa: SIM905
)


# -- what a card can show, and the setting it needs --------------------------------------------

# "Moreover, ...", "As a result, ...": a link to the sentence before, not part of the fact.
_LEADING_LINK_RE = lazy_compile(
    r"^(?:Moreover|Furthermore|However|Nonetheless|Nevertheless|As a result|In addition|"
    r"Even so|Besides|Consequently|Indeed|Still|In fact),\s+(?=[A-Za-z0-9])"
)
_INNER_LINK_RE = lazy_compile(
    r",? (?:nonetheless|nevertheless)\b,?(?= )|, however,(?= )|,? on top of that(?=[.,;])"
)


def without_links(sentence: str) -> str:
    """The sentence without the words that tie it to the one before ("Moreover, the pact's
    viability ..." -> "The pact's viability ..."; "bodies nonetheless support" -> "bodies
    support"); the fact it states is the same."""
    text = _LEADING_LINK_RE.sub("", sentence, count=1)
    if text != sentence:
        text = text[:1].upper() + text[1:]
    return _INNER_LINK_RE.sub("", text)


# A sentence about something on the page the card cannot show: a code block, a table, a figure.
_UNSHOWN_RE = lazy_compile(
    r"\bthe (?:last|first|next|previous|second|third|final) (?:line|lines|row|column|command|"
    r"listing|snippet|output|example|figure|table|screenshot)s?\b"
    r"|\bthe following\b|\b(?:as |is |are )?(?:shown|listed|given|described|mentioned|see|seen) "
    r"(?:above|below|here)\b|\bthe (?:above|below)\b"
    r"|\b(?:this|that|the) (?:table|figure|diagram|chart|screenshot|image|snippet|listing|"
    r"picture|graph|illustration)\b|\b(?:this|that|the) code\b(?! (?:point|page|unit)s?\b)"
    r"|\bthis (?:example|command|list|output)\b",
    re.IGNORECASE,
)
# "In the 1840s that changed ...", ", and that was ...": "that" standing for a whole idea.
_THAT_PRONOUN_RE = lazy_compile(
    r"(?:\b\d{3,4}s?|^|\b(?:and|but|so|yet)) that (?!is,)(?:[a-z]+ed|was|is|were|meant|made|"
    r"led|left|gave|took|became|came|went|did|has|had|would|will|could|can)\b"
)


def unshown(sentence: str) -> str | None:
    """Why the sentence points at what a card cannot show, or None."""
    if _UNSHOWN_RE.search(sentence):
        return "points at something on the page the card cannot show"
    if _THAT_PRONOUN_RE.search(sentence):
        return "'that' stands for something an earlier sentence says"
    return None


_NUMBERING_RE = lazy_compile(r"^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}\.|[A-Z][.)])\s+")
MAX_CONTEXT_CHARS = 80


def _tidy(title: str) -> str:
    title = " ".join(_NUMBERING_RE.sub("", title.strip()).split()).rstrip(".")
    return title.capitalize() if title.isupper() else title


def context_line(deck_title: str, heading: str | None) -> str:
    """'Channel Tunnel — How it was built': the deck's title, cut at its colon when long, and
    the section's heading without its numbering."""
    title = _tidy(deck_title)
    if ":" in title and len(title) > 30:
        title = title.split(":", 1)[0].strip()
    parts = [title] if title else []
    if heading and re.search(r"[→=+]", heading):
        heading = None  # an equation set as a line of its own is no heading to read
    if heading:
        tidy = _tidy(heading)
        if title.casefold() in tidy.casefold():
            parts = [tidy]  # "Alliance Between North Korea and Russia" says the title too
        elif tidy and tidy.casefold() not in title.casefold():
            parts.append(tidy)
    line = " — ".join(parts)
    if len(line) > MAX_CONTEXT_CHARS and len(parts) == 2 and title:
        line = title  # the deck's subject anchors a card more than its section does
    return line if len(line) <= MAX_CONTEXT_CHARS else ""


def _root(word: str) -> str:
    """'Russians' and 'Russia', 'tunnelling' and 'tunnel': one root."""
    return stem(word)[:6].lower()


def gives_away(line: str, answers: list[str]) -> bool:
    """The context line holds a word (or a figure) of an answer."""
    said = {_root(w) for w in content_words(line)} | set(re.findall(r"\d[\d,.]*", line))
    for answer in answers:
        mine = {_root(w) for w in content_words(answer)} | set(re.findall(r"\d[\d,.]*", answer))
        shared = mine & said
        # A short answer gives itself away with one word; a long one (a definition, a
        # reason) only when the line says most of it.
        if shared and (len(mine) <= 3 or 2 * len(shared) >= len(mine)):
            return True
    return False


_ORDINAL_RE = lazy_compile(
    r"\b(?:[Ii]n|[Aa]t|[Bb]y|[Ff]or|[Dd]uring) the (?:first|second|third|fourth|next|final|last|"
    r"early|later|new) [a-z]"
)


def needs_setting(t: Tagged, earlier: AbstractSet[str], topic: AbstractSet[str]) -> bool:
    """The sentence leans on the article for what it is about: a subject that is no name
    ("Surveys mapped ...", "Two rail tunnels ...", "The agreements ...", "A bumper harvest
    ..."), an instruction ("Run a marker along ..."), a definite noun the sentence does not
    name ("the tunnel", "the project", "the service tunnel") or an ordinal setting ("In the
    second generation ...")."""
    if not t.words:
        return False
    if _ORDINAL_RE.search(t.sentence) or (t.tags[0] == "VERB" and t.words[0][:1].isupper()):
        return True
    if len(t.words) > 1 and t.words[0] == "The" and t.words[1][:1].islower():
        return True  # "The canal opened ...": a definite subject that is no name
    first = 0
    while first < len(t.words) and t.tags[first] == "ADV":
        first += 1  # "Nearly 30,000 ships ..."
    if "," in t.words[:8] and t.tags[first] in ("ADP", "SCONJ", "ADV", "PART"):
        first = t.words.index(",") + 1  # "After the war, surveys ...", "In Portugal, one unit"
    if first < len(t.words) and t.words[first].lower() in ("the", "a", "an"):
        first += 1
    while first < len(t.words) and t.tags[first] in ("NUM", "ADJ", "DET"):
        first += 1
    if first < len(t.words) and t.tags[first] == "NOUN":
        return True  # "Surveys", "Public health bodies", "The agreements", "one unit"
    for i, word in enumerate(t.words[:-1]):
        if word.lower() != "the":
            continue
        k = i + 1
        while (
            k < len(t.words) - 1
            and t.tags[k + 1] == "NOUN"
            and (t.tags[k] in ("ADJ", "NOUN") or t.words[k].endswith(("ed", "st", "en")))
        ):
            k += 1
        if t.tags[k] != "NOUN" or not t.words[k].islower():
            continue
        following = t.words[k + 1].lower() if k + 1 < len(t.words) else ""
        if following in ("of", "that", "which", "who", "called", "known", "named"):
            continue  # "the rate of inflation": it says which
        head = stem(t.words[k])
        mentioned = head in {stem(w) for w in t.words[:i]}
        if not mentioned and (head in earlier or head in topic or zipf(t.words[k]) >= GENERIC_ZIPF):
            return True
    return False


_PLURAL_WORDS = frozenset("people children men women police staff cattle data media".split())  # noqa: SIM905


def _plural(word: str) -> bool:
    """'cells', 'forces', 'people': a noun naming more than one, which 'they' can be."""
    low = word.lower()
    if low in _PLURAL_WORDS:
        return True
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))
