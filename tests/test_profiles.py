"""Built-in profiles load, their aliases resolve to one id each, and bad profiles fail with
messages that name the file, the key and the problem."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from casualties.errors import ProfileError
from casualties.profiles import builtin_profiles, detect_profile, get_profile, load_profile

BUILTINS = builtin_profiles()


def _raw(name: str) -> dict[str, object]:
    folder = resources.files("casualties").joinpath("data", "profiles")
    return tomllib.loads(folder.joinpath(f"{name}.toml").read_text(encoding="utf-8"))


def test_several_builtins_ship() -> None:
    for name in ("karabakh-2020", "ukraine-2022", "gaza-2023", "sudan-2023"):
        assert name in BUILTINS
    assert len(BUILTINS) >= 5


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_loads_by_name(name: str) -> None:
    profile = get_profile(name)
    assert profile is not None
    assert profile.id == name
    assert profile.start is not None
    assert len(profile.sides) >= 2
    assert profile.reporters


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("kind", ["side", "reporter"])
def test_every_alias_resolves_to_exactly_one_id(name: str, kind: str) -> None:
    owners: dict[str, set[str]] = {}
    for entry in _raw(name).get(kind, []):  # type: ignore[attr-defined]
        for alias in (*entry.get("aliases", []), entry.get("name", entry["id"])):
            owners.setdefault(alias.lower(), set()).add(entry["id"])
    clashes = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert not clashes
    profile = get_profile(name)
    assert profile is not None
    table = profile.side_aliases() if kind == "side" else profile.reporter_aliases()
    for alias, ids in owners.items():
        assert table[alias] == next(iter(ids))


@pytest.mark.parametrize("name", BUILTINS)
def test_reporter_sides_exist_and_hierarchy_names_reporters(name: str) -> None:
    profile = get_profile(name)
    assert profile is not None
    sides = set(profile.side_ids())
    assert "both" not in sides
    for reporter in profile.reporters:
        assert reporter.side is None or reporter.side in sides
    assert set(profile.hierarchy) <= {r.id for r in profile.reporters}


@pytest.mark.parametrize("name", BUILTINS)
def test_builtin_explains_its_format(name: str) -> None:
    folder = resources.files("casualties").joinpath("data", "profiles")
    head = folder.joinpath(f"{name}.toml").read_text(encoding="utf-8")[:3000]
    for word in ("[[side]]", "[[reporter]]", "aliases", "start", "detect"):
        assert word in head


def test_load_profile_reads_a_user_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        'id = "mine"\nstart = 2024-01-01\n'
        '[[side]]\nid = "a"\naliases = ["Aland"]\n'
        '[[side]]\nid = "b"\n'
        '[[reporter]]\nid = "a-gov"\nside = "a"\naliases = ["Aland government"]\n',
        encoding="utf-8",
    )
    profile = load_profile(path)
    assert profile.id == "mine"
    assert profile.reporter_side("a-gov") == "a"
    assert get_profile(str(path)) == profile


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD_SIDES = '[[side]]\nid = "a"\n[[side]]\nid = "b"\n'


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(
            'id = "x"\ncolour = "red"\n', ["'colour'", "unknown key"], id="unknown-top-key"
        ),
        pytest.param(
            'id = "x"\n' + GOOD_SIDES + '[[reporter]]\nid = "r"\nrole = "spokesman"\n',
            ["[[reporter]] #1", "'role'", "unknown key"],
            id="unknown-reporter-key",
        ),
        pytest.param(
            'id = "x"\n' + GOOD_SIDES + '[[reporter]]\nid = "r1"\naliases = ["the ministry"]\n'
            '[[reporter]]\nid = "r2"\naliases = ["The Ministry"]\n',
            ["'the ministry'", "'r1'", "'r2'"],
            id="alias-claimed-twice",
        ),
        pytest.param(
            'id = "x"\n' + GOOD_SIDES + '[[reporter]]\nid = "r"\nside = "c"\n',
            ["[[reporter]] #1", "side 'c'", "not one of the profile's sides"],
            id="reporter-side-undeclared",
        ),
        pytest.param('id = "x"\nstart = "27 Sept 2020"\n', ["'start'", "date"], id="bad-date"),
        pytest.param(
            'id = "x"\nstart = 2020-09-27\nend = 2020-09-01\n',
            ["end", "before start"],
            id="end-first",
        ),
        pytest.param('id = "x"\nstart = \n', ["not valid TOML"], id="invalid-toml"),
        pytest.param('name = "no id"\n', ["missing key 'id'"], id="missing-id"),
    ],
)
def test_validation_errors_name_file_key_problem(
    tmp_path: Path, text: str, words: list[str]
) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    message = str(info.value)
    assert message.startswith(str(path))
    for word in words:
        assert word in message
    assert isinstance(info.value, ValueError)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.toml"
    with pytest.raises(ProfileError, match=r"nowhere\.toml"):
        load_profile(path)


def test_unknown_builtin_name_lists_the_builtins() -> None:
    with pytest.raises(ProfileError, match="ukraine-2022"):
        get_profile("atlantis-2031")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian drones hit a power plant near Kharkiv overnight, the governor said.",
            "ukraine-2022",
        ),
        ("Zelensky visited troops near Pokrovsk on Friday.", "ukraine-2022"),
        (
            "Strikes on Khan Younis and Rafah killed 30 people, Gaza's health ministry said.",
            "gaza-2023",
        ),
        ("The RSF shelled El Fasher again, the Sudan Doctors Network said.", "sudan-2023"),
        ("Hezbollah fired rockets from southern Lebanon at the Galilee.", "israel-hezbollah-2023"),
        ("Tigrayan forces withdrew from Mekelle, the TPLF said.", "tigray-2020"),
        ("Shelling of Stepanakert continued overnight.", "karabakh-2020"),
        ("The earthquake in Morocco killed 2,900 people in mountain villages.", None),
        ("Floodwaters swept through Derna after two dams burst.", None),
    ],
)
def test_detect_profile_picks_the_right_builtin(text: str, expected: str | None) -> None:
    found = detect_profile(text)
    assert (found.id if found else None) == expected


def test_a_war_named_in_passing_picks_no_profile() -> None:
    from casualties.profiles import detect_profile

    syria = (
        "The Syrian Observatory for Human Rights said it had documented 187 deaths across "
        "Syria in May. Syrian government forces lost 41 men, and Israeli strikes on Syrian "
        "territory killed six people, among them members of Lebanon's Hezbollah."
    )
    lebanon = (
        "Israeli strikes on southern Lebanon killed 12 people on Tuesday, Lebanon's health "
        "ministry said. Hezbollah said it fired rockets at northern Israel."
    )
    assert detect_profile(syria) is None
    chosen = detect_profile(lebanon)
    assert chosen is not None and chosen.id == "israel-hezbollah-2023"
