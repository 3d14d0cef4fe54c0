"""Is this word a possible Vietnamese syllable?

Legacy-encoding detection is only as good as this check: a candidate conversion
is believed when the words it produces are real syllables and the words it
replaces are not. A syllable is onset + rhyme + one tone; the rhyme lists below
are the written rhymes of standard Vietnamese (with a few common loanword ones),
and the tone must sit where either the old or the new placement rule puts it.
"""

from dataclasses import dataclass
from functools import lru_cache

from .letters import NANG, NGANG, SAC, SPLIT

ONSETS = (
    "ngh",
    "gh",
    "gi",
    "ng",
    "nh",
    "ch",
    "kh",
    "ph",
    "th",
    "tr",
    "qu",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
    "",
)

_CORE = """a ac ach ai am an ang anh ao ap at au ay
ăc ăm ăn ăng ăp ăt  âc âm ân âng âp ât âu ây
e ec em en eng eo ep et  ê êch êm ên ênh êp êt êu
i ia ich im in inh ip it iu  iêc iêm iên iêng iêp iêt iêu
yêm yên yêt yêu  o oc oi om on ong op ot ooc oong
ô ôc ôi ôm ôn ông ôp ôt  ơ ơi ơm ơn ơp ơt
u ua uc ui um un ung up ut  uôc uôi uôm uôn uông uôt
ư ưa ưc ưi ưm ưn ưng ưt ưu  ươc ươi ươm ươn ương ươp ươt ươu  y"""
# Rhymes with the glide written "o" (hoa, khoe) or "u" (thuý, quân after q).
_MEDIAL_O = "oa oac oach oai oam oan oang oanh oao oap oat oay oăc oăm oăn oăng oăt oe oen oeo oet"
_MEDIAL_U = "uân uâng uât uây uê uêch uênh uơ uy uya uych uyên uyêt uynh uyp uyt uyu"
# After "qu" the glide is already written: quả, quyết, quốc, quơ.
_QU_ONLY = "y ya ych ynh yp yt yu yên yêt"

RHYMES = frozenset((_CORE + " " + _MEDIAL_O + " " + _MEDIAL_U).split())
QU_RHYMES = frozenset(
    [r for r in _CORE.split() if r[0] in "aăâeêiôơ" and not r.startswith("iê")] + _QU_ONLY.split()
)

# The longest written syllable, "ngh" and a rhyme of four ("nghiêng"): a
# longer word is refused at once, and never kept in the cache.
LONGEST = max(map(len, ONSETS)) + max(map(len, RHYMES | QU_RHYMES))

VOWELS = frozenset("aăâeêioôơuưy")
_MARKED = "ăâêôơư"  # vowels with their own diacritic attract the tone
_FRONT = ("i", "e", "ê", "y")
_STOPS = ("c", "ch", "p", "t")


@dataclass(frozen=True)
class Syllable:
    onset: str
    rhyme: str
    tone: int
    tone_at: int  # index in the word of the toned letter, -1 for ngang
    new_at: int  # index where the new placement rule puts the tone


def _spelling_ok(onset: str, rhyme: str) -> bool:
    # c/k, g/gh, ng/ngh are one sound each, spelled by the following vowel.
    first = rhyme[:1]
    if onset == "k":
        return first in _FRONT
    if onset == "c":
        return first not in _FRONT
    if onset in ("gh", "ngh"):
        return first in ("i", "e", "ê")
    if onset == "g":
        return first not in ("e", "ê", "y")
    if onset == "ng":
        return first not in ("e", "ê", "i", "y")
    if rhyme.startswith("yê"):
        return onset in ("", "qu")  # yêu, quyết; elsewhere it is written iê
    if rhyme.startswith("iê"):
        return onset != ""
    return True


def _tone_slots(rhyme: str) -> tuple[int, int]:
    """Index in the rhyme of the toned vowel: (new rule, old rule)."""
    n = 0
    while n < len(rhyme) and rhyme[n] in VOWELS:
        n += 1
    cluster, has_coda = rhyme[:n], n < len(rhyme)
    marked = [i for i, c in enumerate(cluster) if c in _MARKED]
    if marked:
        return marked[-1], marked[-1]
    if n == 1:
        return 0, 0
    if n == 3 or has_coda:
        return 1, 1
    if cluster in ("oa", "oe", "uy"):
        return 1, 0  # hoà / hòa, thuý / thúy
    return 0, 0


def _analyse(bases: str, tone: int, tone_at: int) -> Syllable | None:
    for onset in ONSETS:
        if not bases.startswith(onset):
            continue
        rhyme = bases[len(onset) :]
        allowed = QU_RHYMES if onset == "qu" else RHYMES
        if rhyme not in allowed or not _spelling_ok(onset, rhyme):
            continue
        if rhyme.endswith(_STOPS) and tone not in (SAC, NANG):
            continue  # syllables closed by p t c ch only take sắc or nặng
        new, old = _tone_slots(rhyme)
        start = len(onset)
        ok = {start + new, start + old}
        if onset == "qu" and len(rhyme) == 1:
            ok.add(1)  # qủa: the tone typed on the u of qu
        if tone == NGANG or tone_at in ok:
            return Syllable(onset, rhyme, tone, tone_at, start + new)
    return None


def parse(word: str) -> Syllable | None:
    """Analyse one word (any case); None if it cannot be a Vietnamese syllable."""
    if not word or len(word) > LONGEST:
        return None
    return _parse(word)


@lru_cache(maxsize=65536)
def _parse(word: str) -> Syllable | None:
    if not _case_ok(word):
        return None
    bases, tone, tone_at = [], NGANG, -1
    for i, ch in enumerate(word.lower()):
        split = SPLIT.get(ch)
        if split is None:
            return None
        base, t = split
        if t != NGANG:
            if tone != NGANG:
                return None  # two tones in one syllable
            tone, tone_at = t, i
        bases.append(base)
    return _analyse("".join(bases), tone, tone_at)


def _case_ok(word: str) -> bool:
    # Converted garbage often has a capital inside a word ("lỔ"); real words don't.
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def is_syllable(word: str) -> bool:
    """True if word is one valid Vietnamese syllable (old or new tone placement)."""
    return parse(word) is not None
