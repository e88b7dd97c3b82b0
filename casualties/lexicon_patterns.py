"""The extractor's patterns: vocabularies from ``data/`` inserted into the grammar, compiled once.

Kept apart from :mod:`casualties.extract` so that the grammar can be read in one place: each
pattern is VERBOSE with named groups, and the word lists come in as ``\\L<name>`` lists.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

import regex

from .lexicon import compile_pattern, load_list, load_toml
from .records import Outcome, Status
from .scan import WordScanner

__all__ = ["Patterns", "patterns"]

_I = regex.IGNORECASE

# Auxiliaries, adverbs and hedges that may stand between a figure and its participle:
# "have been killed", "were reportedly killed", "have so far died".
_AUX = r"""
    (?:have|has|had|were|was|are|is|been|being|be|got|get|reportedly|reported|confirmed|
       also|now|already|so\s+far|all|allegedly|officially|since|thus\s+far|to\s+have|
       believed\s+to\s+have|said\s+to\s+have|thought\s+to\s+have|feared\s+to\s+have|
       either|who|that|which|still|either|later|subsequently|eventually|apparently|
       just|recently|also\s+been|in\s+total|in\s+all|altogether|so\s+far\s+been|
       remain|remains|remained|known\s+to\s+have|believed\s+to\s+be|thought\s+to\s+be|
       feared\s+to\s+be|said\s+to\s+be|(?:may|might|could)\s+(?:still\s+)?be|
       (?:may|might|could)\s+have(?:\s+been)?|believed\s+to\s+remain|thought\s+to\s+remain|
       feared\s+to\s+remain|said\s+to\s+remain|still|likely|lightly|slightly|seriously|critically|
       badly|severely|moderately|gravely|fatally|mortally)
"""
_NEG = r"(?:not|never|n[’']t|no\s+longer|none)"


@dataclasses.dataclass(frozen=True)
class Patterns:
    cue: WordScanner
    head: regex.Pattern[str]
    copula_head: regex.Pattern[str]
    place: regex.Pattern[str]
    passive: regex.Pattern[str]
    active: regex.Pattern[str]
    active_end: regex.Pattern[str]  # .match(text, lo, end): None when active finds nothing
    toll: regex.Pattern[str]
    toll_end: regex.Pattern[str]  # .match(text, lo, end): None when toll finds nothing
    connector: regex.Pattern[str]
    increment_before: regex.Pattern[str]
    attribution: regex.Pattern[str]
    according: regex.Pattern[str]
    inverted: regex.Pattern[str]
    cumulative: regex.Pattern[str]
    incremental: regex.Pattern[str]
    incident: regex.Pattern[str]
    previous: regex.Pattern[str]
    modal: regex.Pattern[str]
    denial: regex.Pattern[str]
    negated_before: regex.Pattern[str]
    old_time: regex.Pattern[str]
    readmore: re.Pattern[str]
    word_outcome: dict[str, Outcome]
    passive_outcome: dict[str, Outcome]
    active_outcome: dict[str, Outcome]
    toll_outcome: dict[str, Outcome]
    noun_status: dict[str, Status]
    adjective_status: dict[str, Status]
    non_casualty: frozenset[str]
    generic_reporters: frozenset[str]
    pronouns: frozenset[str]


def _by_outcome(kind: str) -> dict[str, Outcome]:
    table = load_toml("outcomes")
    mapping: dict[str, Outcome] = {}
    for outcome in Outcome:
        for word in table[outcome.value][kind]:
            mapping.setdefault(word.lower(), outcome)
    return mapping


@cache
def patterns() -> Patterns:
    """Compile every pattern once (first call) and return them."""
    persons = load_toml("persons")
    attribution = load_toml("attribution")
    basis = load_toml("basis")
    modality = load_toml("modality")

    passive_outcome = _by_outcome("passive")
    active_outcome = _by_outcome("active")
    toll_outcome = _by_outcome("tolls")
    word_outcome = _by_outcome("nouns")
    # multi-word outcome phrases must win over their first word ("killed and wounded")
    for table in (passive_outcome, active_outcome, word_outcome):
        for phrase in list(table):
            if " and " in phrase or " or " in phrase:
                table[phrase] = Outcome.CASUALTIES

    noun_status: dict[str, Status] = {}
    adjective_status: dict[str, Status] = {}
    for status in Status:
        for word in persons[status.value]["nouns"]:
            noun_status.setdefault(word.lower(), status)
        for word in persons[status.value]["adjectives"]:
            adjective_status.setdefault(word.lower(), status)
    non_casualty = frozenset(w.lower() for w in load_list("non_casualty_nouns"))
    heads = sorted({*noun_status, *word_outcome, *non_casualty}, key=lambda w: (-len(w), w))

    def longest(words: object) -> list[str]:
        return sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]

    # word starts, any case: "Killings" has the cue "kill"
    cue = WordScanner(load_list("cues"), ignore_case=True, whole_word=False)

    # The phrase right after a figure: increment word, partitive, modifiers, head noun.
    head = compile_pattern(
        r"""
        \G
        (?P<inc>\s+(?:more|additional|further|other|new|fresh)(?=\s))?
        (?P<part>\s+(?:of|among)(?:\s+(?:the|their|our|its|his|her|them|those|these|whom))?(?=\s))?
        ["”]?\s+["“]?  # killed 31 "terrorists", "more than 20" soldiers: the speaker's words
        (?P<mods>(?:(?!(?:in|on|at|from|to|by|with|after|when|during|near|into|across|over|
            under|since|as|that|who|which|were|was|are|is|have|has|had|said|says|and\s+\d|
            outside|inside|around|along|behind|before|beside|between|against|through|toward|
            towards|off|for|died|perished|succumbed|survived|fled)\b
            # not across a comma into the attribution: "killed 3 more, the officer said"
            |[\w’'‘-]+,\s+(?:the|a|an|he|she|they|it|we|police|officials?)\b)
            ["“]?[\w’'‘-]+["”]?,?\s+){0,4}?)  # ('killed 25 "apostate" soldiers')
        (?P<head>\L<heads>)\b["”]?
        """,
        _I,
        heads=heads,
    )
    # "of whom 12 were children": a head after a copula.
    copula_head = compile_pattern(
        r"\G\s+(?:were|was|are|is)\s+(?:(?:also|all|among\s+the)\s+)?"
        # not a participle and its agent: "were abducted by gunmen"
        r"(?P<mods>(?:(?!(?:by|from|with|in|at|on|to)\b|[\w’'-]+(?:ed|en)\s)[\w’'-]+\s+){0,2}?)"
        r"(?P<head>\L<heads>)\b",
        _I,
        heads=longest(noun_status),
    )
    # A place or side after the phrase: "in Azerbaijan", "on the Armenian side", "on each side".
    place = compile_pattern(
        r"""
        \G,?\s+
        (?:
            (?P<each>(?:on|for|from)\s+(?:each|either|every)\s+side|each\s+side|per\s+side|apiece)
          | (?P<both>(?:on|from|among)\s+both\s+sides|on\s+the\s+two\s+sides)
          | (?:on|from)\s+the\s+(?P<sidename>[\w’'-]+(?:\s+[\w’'-]+)?)\s+side\b
          | (?:in|inside|across|from|near|around|at|throughout|within)\s+(?:the\s+)?
            # (a period only inside a name, "St. Marc", not the sentence's: "near Mbengwi.")
            (?P<placename>(?>\p{Lu}(?:[\w’'-]|\.(?=\w|[ \t]+\p{Lu}))*
              (?:(?:\s+|-)(?:of\s+(?:the\s+)?)?\p{Lu}(?:[\w’'-]|\.(?=\w|[ \t]+\p{Lu}))*){0,3}))
            (?!\s+(?:\L<agents>)\b)  # "in Russian strikes": the attacker, not a place
        )
        """,
        agents=longest(load_toml("grammar")["agent_nouns"]),
    )
    passive = compile_pattern(
        rf"""
        \G
        (?P<pp>,?\s+(?:in|on|at|from|inside|near|across|during|of)\s+[^,.;:!?"“”\d]{{1,60}}?
           |,\s+[^,.;:!?"“”\d]{{3,60}}?\s+(?:said|says|reported|added|claimed|told\s+\w+),
           |,\s+having\s+[^,.;:!?"“”\d]{{3,50}}?,  # ", having fought gallantly,"
           |,\s+(?:most|many|some|all|several|half|nearly\s+all|almost\s+all)\s+of\s+(?:them|whom)
            [^,.;:!?"“”\d]{{1,40}},
           |,\s+(?:including|among\s+them|among\s+whom|mostly|mainly|many\s+of\s+them)\s+
            (?:[^,.;:!?"“”\d]|\d{{1,3}}-(?:year|month)-old){{1,60}},  # ", among them a 9-year-old,"
           |\s+(?:serving|stationed|deployed|working|based|travelling|traveling|living|
              sheltering|staying|sleeping|praying|standing|waiting|queuing|queueing|riding|
              walking|gathered|camped)\s+
            (?:with|in|at|on|for|near|inside|outside|by|along|behind|beside|next\s+to|
              close\s+to)\s+[^,.;:!?"“”\d]{{1,50}}?)??
        (?P<aux>(?:,?\s+(?:{_AUX}|{_NEG})\b)*)
        ,?\s+["“]?(?P<verb>\L<passive>)\b  # 'were "neutralised"'
        """,
        _I,
        passive=longest(passive_outcome),
    )
    # what may stand between an active verb and its count ("killed at least 12")
    active_tail = r"""
        ["”’]?  # 'the army said it had "neutralised" 17'
        \s+(?:(?:a\s+total\s+of|a\s+further|an\s+additional|another|some|the\s+lives\s+of|
               in\s+total|at\s+least)\s+)?["“]?  # killed "more than 20" soldiers
        \Z
        """
    active = compile_pattern(
        rf"""
        # ("claimed to have killed 70 soldiers" reports a past deed: no "to" there)
        # ("made it possible to neutralise 31", "managed to kill": deeds done, not intended)
        (?P<pre>\b(?:{_NEG}|could|would|might|(?-i:may)|will|can|
           (?<!\b(?:possible|managed|able|succeeded|allowed\s+(?:us|them)|enabled\s+(?:us|them))\s)
           to(?!\s+have\s))\s+(?:\w+\s+){{0,1}})?
        \b(?P<verb>\L<active>)
        """
        + active_tail,
        _I,
        active=longest(active_outcome),
    )
    # the same verb and tail matched backwards from the end: one cheap attempt that tells
    # when ``active`` cannot match (most windows), instead of a search at every position
    active_end = compile_pattern(
        r"(?:\L<active>)" + active_tail, _I | regex.REVERSE, active=longest(active_outcome)
    )
    # the toll word and what follows it to the figure
    toll_rest = r"""
        \b(?P<toll>\L<tolls>)\b(?!-free\b)  # ("Toll-free line: 6060")
        (?P<mid>[^;!?"“”]{0,140}?)
        (?P<link>\b(?:(?:rose|risen|rises|climbed|climbs|increased|increases|jumped|jumps|grew|
               went\s+up|goes\s+up|was\s+raised|has\s+been\s+raised)\s+by|to|at|of|reached|reaching|reaches|hit|hits|topped|tops|passed|surpassed|
               exceeded|exceeds|is|was|were|are|stands|stood|now|nearing|near|neared|approaching|
               climbed|rose|risen|jumped|increased|grew|stand|totals|totalled|totaled|numbered|
               numbers|passes|passed|tops|topped|top|surpasses|exceeds|above|over|beyond|past|
               climbs|rises|jumps|soars|soared|mounts|mounted|included|include|includes)\b\s*|:\s*|—\s*|–\s*|-\s+|=\s*|(?P<comma>,\s*))
        \Z
        """
    toll = compile_pattern(
        r"""
        (?P<left>(?:\b(?:the|a|their|its|our|his|her|total|overall|official|officially|military|
               civilian|new|latest|updated|revised|combined|cumulative|confirmed|provisional|
               [\p{L}-]+['’]s|(?-i:\p{Lu})[\p{L}-]+)\s+){0,4}
               # "Refugees who drowned crossing the Rusizi on 1–2 March: 7"
               (?:(?<=\p{L}\s)who\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?)?)
        """
        + toll_rest,
        _I,
        tolls=longest(toll_outcome),
    )
    # the same matched backwards from the end: one cheap attempt that tells when ``toll``
    # cannot match (most windows), instead of a search at every position
    toll_end = compile_pattern(toll_rest, _I | regex.REVERSE, tolls=longest(toll_outcome))
    connector = compile_pattern(
        r"""
        (?P<conn>(?:^|(?<=[\s,;:(—–‒―-]))
             (?:and|as\s+well\s+as|along\s+with|together\s+with|alongside|plus|including|
                among\s+them|among\s+whom|of\s+whom|of\s+them|of\s+which|besides|
                in\s+addition\s+to|with|while|whereas|but|or)
           |,\s*and|,|;|:|\(|—|–|-)
        \s*(?:(?:another|an\s+additional|a\s+further|some|the\s+other|other)\s+)?
        \Z
        """,
        _I,
    )
    increment_before = compile_pattern(
        r"\b(?P<inc>another|an\s+additional|a\s+further|a\s+new|additional|further)\s+\Z", _I
    )
    verbs = longest(attribution["verbs"])
    attribution_re = compile_pattern(r"\b(?P<verb>\L<verbs>)\b", _I, verbs=verbs)
    according_re = compile_pattern(
        # (the dots of "the U.N. human rights office" end nothing)
        # ("per cent" is no "per")
        r"\b(?P<according>\L<according>)\s+(?!cent\b)"
        r"(?P<who>(?:[^,.;:!?\"“”()]|(?<=(?:^|[\s.])\p{Lu})\.(?=\p{Lu}|\s\p{Ll})){2,90}?)"
        # (a clause after the source ends it: "recorded by the state prosecutor's office as
        # rival factions fought ...")
        r"(?=\s*(?:[,;:!?\"“”()]|(?<!(?:^|[\s.])\p{Lu})\.|\bthat\b|\bon\s+\p{Lu}|\bin\s+a\b|"
        r"\bas\s+(?!of\b|well\b)|\bwhile\b|\bwhen\b|\bamid\b|\bafter\b|\bbecause\b|\Z))",
        _I,
        according=longest(attribution["according"]),
    )
    inverted = compile_pattern(
        r"(?:[,\"”’]\s*)\b(?P<verb>said|says|added|reported|according\s+to)\s+"
        r"(?P<who>(?:the\s+)?[^,.;:!?\"“”]{2,80}?)(?=\s*(?:[,.;:!?]|\Z|\bon\b|\bin\b))",
        _I,
    )
    cumulative = compile_pattern(r"\b(?:\L<w>)\b", _I, w=longest(basis["cumulative"]))
    incremental = compile_pattern(r"\b(?:\L<w>)\b", _I, w=longest(basis["incremental"]))
    incident = compile_pattern(r"\b(?:\L<w>)\b", _I, w=longest(basis["incidents"]))
    previous = compile_pattern(r"\b(?:\L<w>)\b", _I, w=longest(basis["previous"]))
    # ("May" with a capital after a day is the month: "between 1 and 4 May killed 14")
    modal = compile_pattern(r"\b(?!(?-i:May)\b)(?:\L<w>)\b", _I, w=longest(modality["modal"]))
    denial = compile_pattern(r"\b(?:\L<w>)\b", _I, w=longest(modality["denial"]))
    negated_before = compile_pattern(
        r"\b(?:not|never|no|nor|n['’]t|none\s+of\s+the|rather\s+than|instead\s+of)\s+\Z", _I
    )
    old_time = compile_pattern(
        r"""
        \b(?P<decade>1[89]\d0s|20[0-2]0s)\b
      | \b(?P<year>1[89]\d\d|20\d\d)\b
      | \b(?P<cue>previous\s+war|earlier\s+war|last\s+war|first\s+war|world\s+war|civil\s+war\s+of|
           the\s+war\s+of\s+\d{4}|genocide\s+of)\b
        """,
        _I,
    )
    # stdlib re: line starts are found four times faster than by ``regex`` here
    readmore = re.compile(
        r"^\s*(?:read\s+more|related|see\s+also|also\s+read|more\s+on\s+this|read\s+also|"
        r"recommended|more\s+stories|trending)\b[^\n]{0,20}$",
        re.IGNORECASE | re.MULTILINE,
    )
    return Patterns(
        cue=cue,
        head=head,
        copula_head=copula_head,
        place=place,
        passive=passive,
        active=active,
        active_end=active_end,
        toll=toll,
        toll_end=toll_end,
        connector=connector,
        increment_before=increment_before,
        attribution=attribution_re,
        according=according_re,
        inverted=inverted,
        cumulative=cumulative,
        incremental=incremental,
        incident=incident,
        previous=previous,
        modal=modal,
        denial=denial,
        negated_before=negated_before,
        old_time=old_time,
        readmore=readmore,
        word_outcome=word_outcome,
        passive_outcome=passive_outcome,
        active_outcome=active_outcome,
        toll_outcome=toll_outcome,
        noun_status=noun_status,
        adjective_status=adjective_status,
        non_casualty=non_casualty,
        generic_reporters=frozenset(w.lower() for w in attribution["generic"]),
        pronouns=frozenset(w.lower() for w in attribution["pronouns"]),
    )
