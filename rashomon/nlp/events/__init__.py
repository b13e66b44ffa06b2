"""Event coding: who did what to whom in a sentence.

- ``triggers``: which words are event triggers (the lexicon, its cues checked on the parse);
- ``syntax``: walking the parse (subjects, agents, objects, conjuncts, phrases);
- ``arguments``: the actors of a trigger's arguments (source and target);
- ``candidates``: what the rules propose for a sentence (``code_sentence``);
- ``words``: the word lists the rules read (rashomon/data/event_words.txt).
"""

from __future__ import annotations

from rashomon.nlp.events.arguments import ActorResolver
from rashomon.nlp.events.candidates import Candidate, Coded, code_sentence, propose

__all__ = ["ActorResolver", "Candidate", "Coded", "code_sentence", "propose"]
