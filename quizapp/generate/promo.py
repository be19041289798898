"""Is a sentence or a line advertising rather than informing? A score from the signs of
promotional writing, in any wording, none of them a list of known spam:

- a label that only boilerplate carries ("Sponsored", "Also read:", "Related:", "Advertisement");
- a commercial offer: a price, "% off", a discount code, "free", a trial, a bonus;
- urgency: "today", "tonight", "now just", "until midnight", "don't miss";
- the reader addressed ("you", "your") and told to act (an imperative opening, "click", "tap");
- the site talking about itself ("our online shop", "this story", "the buttons below",
  newsletters, inboxes, cookies, alerts, sharing buttons);
- an invented brand name in CamelCase ("SunGuard", "CoinVault") that no word list knows.

One sign is not enough (a how-to is full of imperatives, an economics article of prices); a
sentence is dropped when its signs add up to ``THRESHOLD``.
"""

from __future__ import annotations

import re

from quizapp.generate.lazy_re import lazy_compile
from quizapp.generate.sentences import zipf

THRESHOLD = 3.0

_LABEL_RE = lazy_compile(
    r"^\W*(?:advertisement|advertising|ad|sponsored(?: content| post)?|promoted|partner content|"
    r"paid (?:post|content)|also read|read also|read more|"
    r"recommended(?: for you)?|you (?:may|might) also (?:like|enjoy)|readers also (?:liked|read)|"
    r"more from us|more stories|most popular|popular now|don'?t miss|affiliate disclosure|"
    r"disclosure|subscribe|sign up|newsletter|we use cookies|cookie (?:notice|settings)|"
    r"share this(?: article| story| post)?|follow us|editor'?s pick|trending|see also|"
    r"read next|up next|continue reading|paid partner(?: content| post)?)\b"
    r"|^\W*(?:watch|listen|video|podcast)\s*:"
    # "Keep reading ↓", "More from Space: <teaser>", but not "Keep reading the label" or
    # "More from the east came grain".
    r"|^\W*keep reading(?:\W*$|\s*[^\w\s])|^\W*more from(?: the)? (?:\w+ ){0,2}\w+\s*:"
    # a divider in mid-page: "— Paid partner content · scroll to keep reading —",
    # "Story continues ↓ Advertisement". Possessive, so a long sentence fails the word count
    # at once instead of trying every way to cut its words into eight pieces.
    r"|^(?=(?:\W*+\w++){1,8}+\W*+$)(?=.*[↓·•|—»›→\[])(?!.*[.!?]\W*$)"
    r".*\b(?:advertisement|paid partner|partner content|"
    r"(?:scroll|swipe) (?:down )?to (?:keep|continue) reading)\b"
    # "Related:", "Related stories", but not a heading such as "Related measures".
    r"|^\W*related(?:\s+(?:reading|stories|articles|posts|content|links|coverage|news)\b|\s*:|\W*$)"
    # "paid for by Acme", not "paid for by private investors" or "in partnership with plants"
    r"|\b(?:sponsored by|brought to you by|in partnership with|paid for by)\s+"
    r"(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# Page furniture: the site's own widgets and notices, in any wording: star ratings and vote
# counts, thumbs, "was this helpful?", "story continues after this message", "from our sponsors",
# "join 40,000 readers", affiliate / commission disclosures, cookie banners, applause buttons.
_FURNITURE_RE = lazy_compile(
    r"[★☆]{3,}|[👍👎]|\(\s*[\d,.]+k?\s+(?:ratings?|reviews?|votes?)\s*\)"
    r"|\brate (?:it|this|us)\s*[:!]"
    r"|\b(?:was|is|did you find) this (?:\w+ )?(?:helpful|useful)\b"
    r"|\b(?:story|article|text|reading|post) continues below\b"
    r"|\bcontinues? (?:after|below) (?:this|the|our) (?:ad|advert|advertisement|message|break)\b"
    r"|\b(?:story|article) continues after (?:this|these|the|our) (?:ad|advert|message|word|break)"
    r"|\b(?:message|word)s? from (?:our|the|this) sponsors?\b"
    r"|(?:^|[:;!?]\s*|\band\s+)join (?:over |more than )?[\d,.]+\s*(?:k|million)?\s+(?:\w+\s+)?"
    r"(?:readers|subscribers|members|followers|people)\b"
    r"|\b(?:we|i) (?:may |might |could |will )?(?:earn|receive|get|make) (?:a )?"
    r"(?:small |modest )?(?:commission|fee|share)"
    r"|\bas an? (?:affiliate|amazon associate)|\baffiliate (?:links?|partner)"
    r"|\bcookie (?:policy|preferences|settings)\b|\bour \d+ (?:partners|vendors)\b"
    r"|\breferral fees?\b|\bpaid placement\b|\b(?:accept|reject) all\b"
    r"|\[\s*(?:accept|agree|manage|reject|customi[sz]e|settings|ok)\s*\]"
    r"|\bgive (?:it|us|this(?: \w+)?) a (?:clap|like|thumbs up|share)\b"
    # donation appeals and the audio player
    r"|\bsupport (?:our |independent |quality )?(?:journalism|reporting|writers)\b"
    r"|\blisten to this (?:story|article|post)\b",
    re.IGNORECASE,
)
# A price and the words that sell it: "just €39", "from $5 a month", "$35 per ticket",
# "$10 minimum deposit", "free trial". A price alone is economics ("rose from $5 to $7");
# these make it an offer.
_PRICE_CUE_RE = lazy_compile(
    r"\b(?:just|only|from|starting at|starts? at|as little as)\s+[$€£]\s?\d[\d.,]*+"
    r"(?!\s*(?:to|and)\b|\s*[-–])"
    r"|[$€£]\s?[\d.,]+\s+(?:per|each)\s+"
    r"(?:month|year|week|ticket|seat|person|night|user|box|tub)\b"
    r"|\bdeposit (?:match|bonus)|\bwelcome bonus"
    r"|\bfree trial|\bpromo code|\d\s?% off|\bshipping\b|\bsign[- ]?up\b|\bsell out\b"
    r"|\btickets?\b",
    re.IGNORECASE,
)
_PRODUCT_RE = lazy_compile(
    r"\b(?:all-new|brand-new|now available|available (?:now|today|in stores|online|at)|in stores|"
    r"rated (?:number one|#1|the best)|number one|trusted by|best-selling|bestselling|"
    r"award-winning|must-have|top-rated)\b",
    re.IGNORECASE,
)
_TRADE_RE = lazy_compile(
    r"\b(?:trading|crypto|bitcoin|casino|betting|jackpot|slots?|poker|roulette|blackjack|"
    r"baccarat|lottery|wagers?|loans?|forex|mattress|"
    r"supplements?|smartphone|gadget|sunscreen|webinar|giveaway|sweepstakes)\b",
    re.IGNORECASE,
)
_HOOK_RE = lazy_compile(
    r"^(?:looking for|want to|need (?:a|to)|hungry|tired of|ready to|thinking of|planning a|"
    r"struggling)\b[^?]*\?",
    re.IGNORECASE,
)
_MODEL_RE = lazy_compile(r"\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z]{0,2}\d{1,3}\b(?! (?:BC|AD|BCE|CE))")
_CODE_RE = lazy_compile(
    r"\b(?:code|coupon|promo code|voucher)\s+[A-Z0-9]{4,}\b|\b[A-Z]{3,}\d{2,}\b"
)
_PRICE_RE = lazy_compile(r"[$€£]\s?\d|\d\s?(?:USD|EUR|GBP)\b")
_OFFER_RE = lazy_compile(
    r"\b(?:\d+\s?%\s?off|per cent off|percent off|half price|free (?:trial|spins?|shipping|"
    r"delivery|gift|wallet|e-?book)|\d+-day (?:free )?trial|free\b(?! (?:from|of|to|will|"
    r"market|speech|trade|energy|radicals?|electrons?|state|time))|discount|bonus|save \d|"
    r"sale\b|deal\b|deals\b|offer\b|cashback|checkout|promo|subscription|"
    r"affiliate|commission|from just|now just|only \$|deposit (?:match|bonus)|"
    r"(?:minimum|first|initial) deposit|new (?:accounts|customers|users|members|players) get)",
    re.IGNORECASE,
)
_URGENCY_RE = lazy_compile(
    r"\b(?:today|tonight|right now|now\b|until midnight|by (?:monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday)|limited(?: time| offer| stock)|don'?t miss|never miss|"
    r"hurry|last chance|before it'?s gone|while stocks last)\b",
    re.IGNORECASE,
)
_READER_RE = lazy_compile(r"\b(?:you|your|yours|you'?re|you'?ll)\b", re.IGNORECASE)
_ACTION_RE = lazy_compile(
    r"\b(?:click|tap|subscribe|sign(?:ing)? up|register|download|install|book now|order now|"
    r"shop now|buy now|grab|join now|enter your email|follow us|share it|share this|"
    r"swipe|scan the|visit our|check out)\b",
    re.IGNORECASE,
)
_SITE_RE = lazy_compile(
    r"\b(?:our (?:\w+ )?(?:shop|store|site|website|app|experts|newsletter|partners|sponsor|"
    r"course|team|podcast|channel|readers|guide)|this (?:story|article|post|page|site|video)|"
    r"buttons? below|link below|in the comments|newsletter|inbox|email address|cookies?|"
    r"notifications?|alerts|bell icon|push|premium|members?hip|ad-free|facebook|whatsapp|"
    r"instagram|tiktok|telegram|youtube|x \(twitter\)|twitter)\b",
    re.IGNORECASE,
)
_IMPERATIVE_OPENERS = frozenset(
    """
    pick get grab buy shop order book try start stream watch listen download install
    claim join sign subscribe click tap visit discover explore dive cruise unlock upgrade
    save spin win play bet beat turn protect lock secure boost treat upgrade enjoy learn
    don't dont never call text find share follow check hurry act reserve register
    """.split()  # noqa: SIM905
)
_CAMEL_RE = lazy_compile(r"\b(?!Mc|Mac)(?:[A-Z][a-z]+|[A-Z]{2,})[A-Z][a-z][A-Za-z]*\b")
_SEPARATORS_RE = lazy_compile(r"\s[|·•]\s")


def _brand(text: str) -> bool:
    return any(zipf(m.group()) == 0.0 for m in _CAMEL_RE.finditer(text))


def score(text: str, topic: frozenset[str] = frozenset()) -> tuple[float, list[str]]:
    """The promotional score of a sentence or a line, and the signs found.

    ``topic`` holds the article's frequent words: an article about Facebook may name it.
    """
    signs: list[tuple[float, str]] = []
    plain = text.replace("’", "'")
    if _LABEL_RE.search(plain) and (
        _LABEL_RE.match(plain)
        or re.search(
            r"sponsored by|presented by|brought to you by|"
            r"in partnership with|paid for by",
            plain,
            re.I,
        )
    ):
        signs.append((3.0, "a sponsored / related / subscribe label"))
    if _FURNITURE_RE.search(plain):
        signs.append((3.0, "a page furniture label (ratings, sponsors, newsletter, disclosure)"))
    if _PRICE_RE.search(plain) and _PRICE_CUE_RE.search(plain):
        signs.append((1.5, "a price offered for sale"))
    if _CODE_RE.search(plain):
        signs.append((2.0, "a discount code"))
    if _PRICE_RE.search(plain):
        signs.append((0.75, "a price"))
    if _OFFER_RE.search(plain):
        signs.append((1.25, "an offer"))
    if _URGENCY_RE.search(plain):
        signs.append((1.0, "urgency"))
    if _READER_RE.search(plain):
        signs.append((0.75, "speaks to the reader"))
    if _ACTION_RE.search(plain):
        signs.append((1.25, "asks the reader to act"))
    first = re.sub(r"^\W+", "", plain).split(" ", 1)[0].lower().rstrip(",:")
    if first in _IMPERATIVE_OPENERS:
        signs.append((1.0, "opens with a command"))
    if any(m.group().lower().split()[-1] not in topic for m in _SITE_RE.finditer(plain)):
        signs.append((1.25, "the site or social media talking about itself"))
    if _PRODUCT_RE.search(plain):
        signs.append((1.25, "sales talk"))
    if any(m.group().lower() not in topic for m in _TRADE_RE.finditer(plain)):
        signs.append((1.0, "a product or a betting, trading or loan offer"))
    if _HOOK_RE.search(plain):
        signs.append((1.25, "a question hooking the reader"))
    if _MODEL_RE.search(text):
        signs.append((0.75, "a product model name"))
    if _brand(text):
        signs.append((1.25, "an invented brand name"))
    if len(_SEPARATORS_RE.findall(plain)) >= 2 or (
        text.strip(" —-–") != text.strip() and len(text.split()) <= 3
    ):
        signs.append((1.5, "a banner or a row of links"))
    if "!" in plain:
        signs.append((0.5, "an exclamation"))
    return sum(w for w, _ in signs), [s for _, s in signs]


def is_promotional(text: str, topic: frozenset[str] = frozenset()) -> tuple[bool, str]:
    value, signs = score(text, topic)
    return value >= THRESHOLD, ", ".join(signs)
