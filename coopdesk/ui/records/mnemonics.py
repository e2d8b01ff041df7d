"""Alt+letter keys for a form's labels and a dialog's buttons: each its own letter."""

from __future__ import annotations


def with_mnemonics(texts: list[str], used: set[str]) -> list[str]:
    """Each of `texts` with an & before a letter of its own that no other text and none
    of `used` takes, the earliest letter where the others allow (a label is left
    without one only if no choice of letters gives every label its own)."""
    letters = [[c.casefold() for c in text if c.isalpha()] for text in texts]
    owner: dict[str, int] = {}  # letter → the text that has it

    def place(index: int, tried: set[str]) -> bool:
        # Kuhn's augmenting path: take a free letter, or one whose owner can move on.
        for letter in letters[index]:
            if letter in used or letter in tried:
                continue
            tried.add(letter)
            if letter not in owner or place(owner[letter], tried):
                owner[letter] = index
                return True
        return False

    for index in range(len(texts)):
        place(index, set())
    chosen = {index: letter for letter, index in owner.items()}
    used.update(owner)
    marked = []
    for index, text in enumerate(texts):
        letter = chosen.get(index)
        position = next(
            (at for at, c in enumerate(text) if c.isalpha() and c.casefold() == letter), None
        )
        marked.append(text if position is None else f"{text[:position]}&{text[position:]}")
    return marked


def mnemonic_of(text: str) -> str:
    """The letter after the & of a label, or "" if it has none."""
    position = text.replace("&&", "").find("&")
    return text.replace("&&", "")[position + 1] if 0 <= position < len(text) - 1 else ""
