"""Sentences and paragraphs: a case table of news-style texts (written for these tests),
and properties that hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from casualties.segment import paragraphs, sentence_at, sentences

# (id, text, expected sentences)
CASES: list[tuple[str, str, list[str]]] = [
    ("plain", "Shelling went on. Two houses burned.", ["Shelling went on.", "Two houses burned."]),
    ("single", "Nobody was hurt", ["Nobody was hurt"]),
    ("empty", "", []),
    ("blank", "  \n\n \t ", []),
    ("trimmed", "  The road was closed.  ", ["The road was closed."]),
    ("exclamation", "Stop the war! Nine were hurt.", ["Stop the war!", "Nine were hurt."]),
    ("question", "Who fired first? Nobody knows.", ["Who fired first?", "Nobody knows."]),
    ("interrobang", "Again?! Yes, again.", ["Again?!", "Yes, again."]),
    (
        "ellipsis",
        "The count kept rising... Then it stopped.",
        ["The count kept rising...", "Then it stopped."],
    ),
    ("unicode ellipsis", "It went on… Later, silence.", ["It went on…", "Later, silence."]),
    (
        "lowercase after period",
        "Losses rose to 40 vs. 32 a week ago.",
        ["Losses rose to 40 vs. 32 a week ago."],
    ),
    (
        "digit starts",
        "Losses rose. 14 more died on Friday.",
        ["Losses rose.", "14 more died on Friday."],
    ),
    (
        "decimal",
        "Prices rose 3.5 percent. Bread ran out.",
        ["Prices rose 3.5 percent.", "Bread ran out."],
    ),
    (
        "dotted compound",
        "The U.S.-brokered truce failed within hours.",
        ["The U.S.-brokered truce failed within hours."],
    ),
    (
        "U.S. abbreviation",
        "The U.S. State Department urged calm.",
        ["The U.S. State Department urged calm."],
    ),
    (
        "U.N. abbreviation",
        "The U.N. Security Council met. It issued no statement.",
        ["The U.N. Security Council met.", "It issued no statement."],
    ),
    (
        "month Sept.",
        "Fighting began on Sept. 27 along the line.",
        ["Fighting began on Sept. 27 along the line."],
    ),
    (
        "month Oct.",
        "Since Oct. 10 the toll has doubled. Talks stalled.",
        ["Since Oct. 10 the toll has doubled.", "Talks stalled."],
    ),
    (
        "title Gen.",
        "Gen. Aliyev Rustamov visited the front.",
        ["Gen. Aliyev Rustamov visited the front."],
    ),
    (
        "ranks",
        "Lt. Col. Arman Avetisyan and Sgt. Karo Vardanyan were buried. Capt. Davit Sargsyan spoke.",
        [
            "Lt. Col. Arman Avetisyan and Sgt. Karo Vardanyan were buried.",
            "Capt. Davit Sargsyan spoke.",
        ],
    ),
    (
        "Mr. and Dr.",
        "Mr. Harutyunyan met Dr. Aliyeva on Monday.",
        ["Mr. Harutyunyan met Dr. Aliyeva on Monday."],
    ),
    (
        "initial",
        "The report by J. Petrosyan was published. It counted 12 dead.",
        ["The report by J. Petrosyan was published.", "It counted 12 dead."],
    ),
    ("two initials", "A. B. Mammadov signed the order.", ["A. B. Mammadov signed the order."]),
    (
        "No. with number",
        "Route No. 4 was closed. Traffic stopped.",
        ["Route No. 4 was closed.", "Traffic stopped."],
    ),
    (
        "St. and Jr.",
        "He lived on St. George Street with Arsen Jr. and his wife.",
        ["He lived on St. George Street with Arsen Jr. and his wife."],
    ),
    ("etc.", "Food, water, blankets etc. were sent.", ["Food, water, blankets etc. were sent."]),
    (
        "Inc. and Co.",
        "Supplies came from Ararat Trading Co. Ltd. in Yerevan.",
        ["Supplies came from Ararat Trading Co. Ltd. in Yerevan."],
    ),
    (
        "comma inside quotes",
        '"Nine soldiers died," the ministry said.',
        ['"Nine soldiers died," the ministry said.'],
    ),
    (
        "curly comma inside quotes",
        "“Nine soldiers died,” the ministry said. It gave no names.",
        ["“Nine soldiers died,” the ministry said.", "It gave no names."],
    ),
    (
        "period inside quotes",
        '"We will win." He said it twice.',
        ['"We will win."', "He said it twice."],
    ),
    (
        "curly period inside quotes",
        "“We will not retreat.” The crowd cheered.",
        ["“We will not retreat.”", "The crowd cheered."],
    ),
    (
        "question in quotes, lowercase",
        '"Where are the buses?" asked one woman.',
        ['"Where are the buses?" asked one woman.'],
    ),
    (
        "quote opens next",
        'He was brief. "Four died," he said.',
        ["He was brief.", '"Four died," he said.'],
    ),
    (
        "bracket closes",
        "The toll rose (the third rise this week.) Officials left.",
        ["The toll rose (the third rise this week.)", "Officials left."],
    ),
    (
        "single quotes",
        "She called it 'a massacre.' Others disagreed.",
        ["She called it 'a massacre.'", "Others disagreed."],
    ),
    (
        "headline",
        "Toll Climbs to 80 as Shelling Resumes\n\nThe ministry said 80 people had died.",
        ["Toll Climbs to 80 as Shelling Resumes", "The ministry said 80 people had died."],
    ),
    (
        "headline single break",
        "Toll Climbs to 80 as Shelling Resumes\nThe ministry said 80 people had died.",
        ["Toll Climbs to 80 as Shelling Resumes", "The ministry said 80 people had died."],
    ),
    (
        "bulletin lines",
        "Total number of killed: 310\nTotal number of injured: 2,517\nMissing: 14",
        ["Total number of killed: 310", "Total number of injured: 2,517", "Missing: 14"],
    ),
    (
        "bullets",
        "Key figures:\n• 12 soldiers killed\n• 30 wounded\n- 4 missing",
        ["Key figures:", "• 12 soldiers killed", "• 30 wounded", "- 4 missing"],
    ),
    (
        "bullet after sentence",
        "The ministry listed the losses.\n• 12 soldiers killed",
        ["The ministry listed the losses.", "• 12 soldiers killed"],
    ),
    (
        "hard wrap lowercase",
        "Eleven more soldiers were\nkilled overnight, officials said.",
        ["Eleven more soldiers were\nkilled overnight, officials said."],
    ),
    (
        "hard wrap comma",
        "In the south,\nArmenian officials said, shelling went on.",
        ["In the south,\nArmenian officials said, shelling went on."],
    ),
    (
        "blank line after abbreviation",
        "They moved to the U.S.\n\nThe rest stayed.",
        ["They moved to the U.S.", "The rest stayed."],
    ),
    (
        "line break after period",
        "The truce held.\nThen it broke.",
        ["The truce held.", "Then it broke."],
    ),
    (
        "line break after period, lowercase",
        "It was 5 p.m.\nlocal time when it began.",
        ["It was 5 p.m.\nlocal time when it began."],
    ),
    (
        "paragraphs",
        "First came the rockets.\n\nThen the drones came. Nobody slept.",
        ["First came the rockets.", "Then the drones came.", "Nobody slept."],
    ),
    (
        "crlf",
        "The road is shut.\r\n\r\nRepairs start Monday.",
        ["The road is shut.", "Repairs start Monday."],
    ),
    (
        "dateline",
        "STEPANAKERT, Oct. 12 (AP) — Sirens sounded at dawn. Residents hid.",
        ["STEPANAKERT, Oct. 12 (AP) — Sirens sounded at dawn.", "Residents hid."],
    ),
    (
        "non-ascii capital",
        "It ended. Ádám Kovács arrived later.",
        ["It ended.", "Ádám Kovács arrived later."],
    ),
    (
        "trailing spaces before blank",
        "One line here   \n   \nAnother here",
        ["One line here", "Another here"],
    ),
    ("many spaces", "Bombs fell.     Sirens wailed.", ["Bombs fell.", "Sirens wailed."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == expected
    for a, b in spans:
        for pos in (a, (a + b) // 2, b - 1):
            assert sentence_at(text, pos) == (a, b)


def test_case_table_is_large() -> None:
    assert len(CASES) >= 40
    assert len({c[0] for c in CASES}) == len(CASES)


def test_sentences_of_a_slice_are_offsets_into_the_text() -> None:
    text = "Before. The first one. The second one. After."
    start = text.index("The first")
    end = text.index(" After")
    spans = sentences(text, start, end)
    assert [text[a:b] for a, b in spans] == ["The first one.", "The second one."]
    assert sentences(text, 5, 5) == []
    assert sentences(text, start) == [(a, b) for a, b in sentences(text) if a >= start]


def test_sentence_at_whitespace_gives_the_next_sentence() -> None:
    text = "Shelling went on.   Two houses burned.  "
    assert sentence_at(text, text.index("  ")) == sentences(text)[1]
    # at the end of the text there is no next sentence: the last one is given
    assert sentence_at(text, len(text) - 1) == sentences(text)[1]


def test_sentence_at_rejects_bad_positions() -> None:
    with pytest.raises(ValueError, match="outside"):
        sentence_at("Short.", 6)
    with pytest.raises(ValueError, match="outside"):
        sentence_at("Short.", -1)
    with pytest.raises(ValueError, match="blank"):
        sentence_at("   \n  ", 2)


def test_sentence_at_in_a_long_text_far_from_the_start() -> None:
    filler = "Residents waited for news of the talks in the capital. " * 20_000
    text = filler + "Officials said 11 more soldiers died. " + filler
    pos = text.index("11 more")
    a, b = sentence_at(text, pos)
    assert text[a:b] == "Officials said 11 more soldiers died."


def test_sentence_at_in_a_long_sentence() -> None:
    text = "Intro. And " + "the shelling went on " * 2_000 + "until dawn. Outro."
    a, b = sentence_at(text, len(text) // 2)
    assert text[a:b].startswith("And the shelling") and text[a:b].endswith("until dawn.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "One.\n\nTwo, still two.\nAnd more.\n\n\n\nThree",
            ["One.", "Two, still two.\nAnd more.", "Three"],
        ),
        ("Headline\nFirst line.\nSecond line.", ["Headline", "First line.", "Second line."]),
        ("  Only one paragraph.  ", ["Only one paragraph."]),
        ("", []),
        ("\n \n", []),
    ],
    ids=["blank lines", "single newlines", "one", "empty", "blank"],
)
def test_paragraphs(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in paragraphs(text)] == expected


# Texts built from the pieces the rules care about, so that the properties meet them often.
_PIECES = st.sampled_from(
    [
        "Shelling", "went", "on", "the", "U.S.", "Sept.", "Gen.", "J.", "3.5", "1,177", "no.",
        "No.", "etc.", ".", "!", "?", "?!", "...", "…", '"', "“", "”", "’", "'", "(", ")", ",",
        ";", ":", " ", " ", " ", "\n", "\n\n", "\r\n", "\t", "•", "-", "Ádám", "é", "A", "b",
        "Total number of injured: 2,517", "\u00a0", "\u2028", "12",
    ]
)  # fmt: skip
_TEXTS = st.one_of(st.lists(_PIECES, max_size=60).map("".join), st.text(max_size=200))


def _check_spans(text: str, spans: list[tuple[int, int]]) -> None:
    previous_end = 0
    for a, b in spans:
        assert previous_end <= a < b <= len(text)
        piece = text[a:b]
        assert piece.strip() == piece and piece
        previous_end = b


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_sentence_spans_are_ordered_non_empty_and_agree_with_sentence_at(text: str) -> None:
    spans = sentences(text)
    _check_spans(text, spans)
    # all non-whitespace of the text is inside some sentence
    covered = sum(len(text[a:b].split()) for a, b in spans)
    assert covered >= len(text.split()) - len(spans)
    for a, b in spans:
        for pos in {a, (a + b) // 2, b - 1}:
            assert sentence_at(text, pos) == (a, b)


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.integers(0, 250), st.integers(0, 250))
def test_sentences_of_a_slice_match_the_sliced_text(text: str, i: int, j: int) -> None:
    start, end = sorted((min(i, len(text)), min(j, len(text))))
    spans = sentences(text, start, end)
    assert spans == [(a + start, b + start) for a, b in sentences(text[start:end])]
    _check_spans(text, spans)


@settings(max_examples=200, deadline=None)
@given(_TEXTS)
def test_paragraph_spans_are_ordered_and_non_empty(text: str) -> None:
    _check_spans(text, paragraphs(text))
