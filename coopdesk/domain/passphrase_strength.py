"""How easily a new passphrase could be guessed, by zxcvbn's estimate.

The database file of a stolen laptop can be attacked offline, one guess per key
derivation; zxcvbn counts the guesses a cracker trying common passwords, words,
names, dates, keyboard patterns and their variations would need. Its score 3 means
"moderate protection from an offline slow-hash attack": anything less is weak. A
weak passphrase is still allowed (the person is told); only the length is a rule.

zxcvbn knows English words and names only: a Bulgarian word is judged by its
length and characters, as an unknown word.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

WEAK_BELOW = 3
# zxcvbn refuses a longer text (its matching grows with the square of the length);
# whatever follows the first 72 characters only makes a passphrase stronger.
ESTIMATED_CHARACTERS = 72


@dataclass(frozen=True)
class Strength:
    score: int  # zxcvbn's: 0 (a common password) to 4 (very hard to guess)
    warning: str  # zxcvbn's own, in English; may be empty
    suggestions: tuple[str, ...]

    @property
    def weak(self) -> bool:
        return self.score < WEAK_BELOW

    def advice(self) -> str:
        """zxcvbn's warning and suggestions as one sentence or more, for the terminal."""
        return " ".join(part for part in (self.warning, *self.suggestions) if part)


def estimate(passphrase: str, own_words: Sequence[str] = ()) -> Strength:
    """zxcvbn's estimate; `own_words` (the organisation's or device's name) count as
    words a cracker who knows this laptop would try first."""
    from zxcvbn import zxcvbn  # its word lists take 0.1 s to import: only when asked

    words = ["coopdesk", *(word for name in own_words for word in name.split())]
    result = zxcvbn(passphrase[:ESTIMATED_CHARACTERS], user_inputs=words)
    feedback = result["feedback"]
    return Strength(
        int(result["score"]), str(feedback["warning"]), tuple(map(str, feedback["suggestions"]))
    )
