"""Synthetic labelled corpus of poisoned and benign MCP tool definitions (written for mcpwarden).

Five template families with disjoint phrasings and benign tools: `family_a` develops the rules
and trains the n-gram model; `family_b`, `family_c` and `family_d` were each written as held-out
sets, measured once, and afterwards used for development; `family_e`, written last, is the
final blind check (only its false-alarm causes were fixed after its one measurement).
`generate.build(family, seed)` composes attack goal x phrasing x tone x obfuscation x carrier
deterministically from a fixed seed. No text here was copied from /work/shared/data or any other
data set. See docs/poisoning-detector.md.
"""
