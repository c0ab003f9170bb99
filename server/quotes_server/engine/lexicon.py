"""The cue and speaker lexicon, loaded once from ``lexicon.toml``, and the given names of the
US Census (1990) as a wider, weaker source of a first name's conventional gender."""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

_LEXICON_FILE = Path(__file__).with_name("lexicon.toml")
# The `names` package (MIT) ships the census lists of first names by sex with each name's
# share of that sex's population; 4,275 female and 1,219 male names.
_CENSUS_PACKAGE = "names"
_CENSUS_FILES = {"f": "dist.female.first", "m": "dist.male.first"}
# A name on both lists ("jean", "leslie") counts for a sex only when it is this many times
# as common among them.
_CENSUS_MAJORITY = 4.0


@dataclass(frozen=True, slots=True)
class Lexicon:
    reporting_verbs: frozenset[str]
    weak_verbs: frozenset[str]
    clause_only_verbs: frozenset[str]
    finding_verbs: frozenset[str]
    object_report_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    report_nouns: frozenset[str]
    document_nouns: frozenset[str]
    as_report_verbs: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    quoted_as_saying: tuple[tuple[str, ...], ...]
    titles: frozenset[str]
    honorifics: frozenset[str]
    female_words: frozenset[str]
    male_words: frozenset[str]
    anonymous_nouns: frozenset[str]
    organization_heads: frozenset[str]
    place_heads: frozenset[str]
    organization_descriptions: frozenset[str]
    newspaper_names: frozenset[str]
    places: frozenset[str]
    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person_pronouns: frozenset[str]
    neuter_pronouns: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    census_genders: dict[str, str]

    def is_given_name(self, word: str) -> bool:
        """A common given name (lower case): the weak sign that a name is a person's."""
        return word in self.female_names or word in self.male_names

    def given_name_gender(self, word: str) -> str:
        """ "f" or "m" for a given name (lower case), "" when unknown or used for both: the
        lexicon's own lists first, then the census lists."""
        for form in dict.fromkeys((word, _without_accents(word))):
            if form in self.female_names:
                return "f"
            if form in self.male_names:
                return "m"
            if form in self.census_genders:
                return self.census_genders[form]
        return ""


def _without_accents(word: str) -> str:
    """ "andré" -> "andre", "zoë" -> "zoe": the census lists are written without accents."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def load_lexicon(path: Path = _LEXICON_FILE) -> Lexicon:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    cues, speakers, pronouns = data["cues"], data["speakers"], data["pronouns"]

    def words(values: list[str]) -> frozenset[str]:
        return frozenset(v.lower() for v in values)

    return Lexicon(
        reporting_verbs=words(cues["reporting_verbs"]),
        weak_verbs=words(cues["weak_verbs"]),
        clause_only_verbs=words(cues["clause_only_verbs"]),
        finding_verbs=words(cues["finding_verbs"]),
        object_report_verbs=words(cues["object_report_verbs"]),
        statement_nouns=words(cues["statement_nouns"]),
        report_nouns=words(cues["report_nouns"]),
        document_nouns=words(cues["document_nouns"]),
        as_report_verbs=words(cues["as_report_verbs"]),
        according_to=tuple(tuple(seq) for seq in cues["according_to"]),
        quoted_as_saying=tuple(tuple(seq) for seq in cues["quoted_as_saying"]),
        titles=words(speakers["titles"]),
        honorifics=words(speakers["honorifics"]),
        female_words=words(speakers["female_words"]),
        male_words=words(speakers["male_words"]),
        anonymous_nouns=words(speakers["anonymous_nouns"]),
        organization_heads=words(speakers["organization_heads"]),
        place_heads=words(speakers["place_heads"]),
        organization_descriptions=words(speakers["organization_descriptions"]),
        newspaper_names=words(speakers["newspaper_names"]),
        places=words(speakers["places"]),
        male_pronouns=words(pronouns["male"]),
        female_pronouns=words(pronouns["female"]),
        plural_pronouns=words(pronouns["plural"]),
        first_person_pronouns=words(pronouns["first_person"]),
        neuter_pronouns=words(pronouns["neuter"]),
        female_names=words(data["names"]["female"]),
        male_names=words(data["names"]["male"]),
        census_genders=census_given_names(),
    )


def census_given_names() -> dict[str, str]:
    """Lower-case first name -> "f" or "m" from the census lists; empty when the package that
    ships them is missing (the lexicon's own names still apply)."""
    try:
        folder = resources.files(_CENSUS_PACKAGE)
    except ModuleNotFoundError:
        return {}
    shares: dict[str, dict[str, float]] = {}
    for sex, filename in _CENSUS_FILES.items():
        for line in (folder / filename).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                shares.setdefault(fields[0].lower(), {})[sex] = float(fields[1])
    return {name: sex for name, by_sex in shares.items() if (sex := _majority(by_sex))}


def _majority(by_sex: dict[str, float]) -> str:
    female, male = by_sex.get("f", 0.0), by_sex.get("m", 0.0)
    if female >= _CENSUS_MAJORITY * male:
        return "f"
    if male >= _CENSUS_MAJORITY * female:
        return "m"
    return ""
