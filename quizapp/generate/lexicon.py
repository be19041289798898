"""Closed-class word lists the generator leans on: function words, titles, speech verbs.

They describe English, not any article, and hold no spam words.
"""

from __future__ import annotations

# Function words: never an answer, never evidence of topic.
STOP_WORDS = frozenset(
    """
    a about above after again against all almost also although always am among an and
    another any anyone are around as at be became because become been before being below
    between both but by can could did do does doing done down during each either else enough
    even ever every few for from further had has have having he her here hers herself him
    himself his how however i if in into is it its itself just least less let like lot lots
    many may me might more most much must my myself neither never new no nor not now of off
    often on once one only or other others our ours ourselves out over own per perhaps quite
    rather really said same say says several shall she should since so some such than that
    the their theirs them themselves then there therefore these they this those though
    through thus to too toward towards under until up upon us very via was way ways we well
    were what whatever when where whether which while who whom whose why will with within
    without would yet you your yours yourself yourselves
    across along amid amidst behind beside besides beyond despite inside near onto outside
    past throughout versus multiple various numerous certain
    """.split()  # noqa: SIM905
)


# Words before a name that make it a person's.
TITLES = frozenset(
    """
    Chairman Chairwoman Chancellor Lady Lord Dame Director Dr Dr. Gen. General Gov. Governor Judge
    Justice King Leader Minister Mr Mr. Mrs Mrs. Ms Ms. Pope President Prime Prof. Professor
    Queen Rep. Representative Saint Secretary Sen. Senator Sir Speaker St. Supreme
    """.split()  # noqa: SIM905
)


# Titles that introduce a person even without a first name.
HONORIFICS = frozenset(
    """
    Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Prof.
    """.split()  # noqa: SIM905
)


# A name followed by one of these is someone speaking.
SPEECH_VERBS = frozenset(
    """
    added argued argues claimed explained explains insisted noted notes recalled recalls
    remembers said says thinks told writes wrote
    """.split()  # noqa: SIM905
)


# A name holding one of these is an organisation.
ORG_WORDS = frozenset(
    """
    Administration Agency Army Association Bank Board Center Centre College Commission
    Committee Company Congress Control Corp. Corporation Council Court Department Edison
    Foundation Fund Group Inc. Institute Journal Lab Laboratory Media Ministry Nations Navy
    Office Organisation Organization Party Post Reserve School Senate Service Services Times
    Union University
    """.split()  # noqa: SIM905
)


MONTHS = tuple(
    """
    January February March April May June July August September October November December
    """.split()  # noqa: SIM905
)


# Words that are (almost) only ever verbs. A key phrase never starts with one ("lets smoke
# escape", "repair aging infrastructure") and ends before one's -s form ("economy weakens").
VERBS = frozenset(
    """
    affect allow appear argue ask become begin believe bring claim consider continue create
    describe emerge enable ensure exist expect explain follow give include indicate involve
    keep know let make mean occur pose prioritize prove provide put reduce remain repair
    require seek seem send strengthen suggest take tell threaten try undermine want warn
    weaken worsen
    """.split()  # noqa: SIM905
)


# Nouns for what a person is or does, so a name after one is a person: "the Genoese soldier",
# "the chemist", "an engineer named". Words ending like "-ist", "-ian", "-eer" count too.
PERSON_NOUNS = frozenset(
    """
    abbot actor admiral adventurer ambassador archbishop architect astronaut astronomer author
    banker bishop botanist brother captain chancellor chemist chief commander composer consul
    dentist diplomat director doctor emperor empress engineer entrepreneur explorer father
    friar general geologist governor historian inventor journalist judge king knight lawyer
    leader mathematician merchant minister missionary monk mother nurse officer painter
    philosopher physician pilot poet pope president priest prince princess professor queen
    rector researcher ruler sailor scholar scientist sculptor senator sister soldier son
    statesman student sultan surgeon teacher tsar vizier wife widow writer
    """.split()  # noqa: SIM905
)


def is_person_noun(word: str) -> bool:
    low = word.lower()
    if low in PERSON_NOUNS:
        return True
    return len(low) > 5 and low.endswith(("ist", "ician", "ologist", "eer", "grapher"))
