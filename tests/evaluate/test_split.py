"""The fixed train/validation split: stable, about 30 % validation, disjoint, and particular to each set."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rashomon.evaluate import split

ROOT = Path(__file__).resolve().parents[2]
IDS = [f"REC-{i:05d}" for i in range(5000)]


def test_part_follows_the_documented_hash():
    for rid in IDS[:200]:
        h = int(hashlib.sha1(f"acled:{rid}".encode()).hexdigest(), 16)
        assert split.part_of("acled", rid) == ("validation" if h % 10 < 3 else "train")


def test_about_thirty_percent_is_validation_in_every_set():
    for name in sorted(split.SPLIT_SETS):
        share = sum(split.part_of(name, rid) == "validation" for rid in IDS) / len(IDS)
        assert 0.28 < share < 0.32, (name, share)


def test_parts_are_disjoint_and_cover_the_set_in_file_order():
    train = split.select(IDS, "plover", "train", str)
    validation = split.select(IDS, "plover", "validation", str)
    assert not set(train) & set(validation)
    assert sorted(train + validation) == IDS
    assert train == [i for i in IDS if i in set(train)]  # file order kept
    assert split.select(IDS, "plover", "all", str) == IDS


def test_the_part_does_not_depend_on_file_order_or_on_the_process():
    forward = split.select(IDS, "case", "validation", str)
    backward = split.select(list(reversed(IDS)), "case", "validation", str)
    assert backward == list(reversed(forward))
    # another interpreter with another string-hash seed gives the same parts
    code = "from rashomon.evaluate.split import part_of; print(''.join(part_of('case', f'REC-{i:05d}')[0] for i in range(300)))"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    other = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True
    )
    assert other.stdout.strip() == "".join(split.part_of("case", rid)[0] for rid in IDS[:300])


def test_the_part_depends_on_the_set_name():
    plover = split.select(IDS, "plover", "validation", str)
    case = split.select(IDS, "case", "validation", str)
    overlap = len(set(plover) & set(case)) / len(plover)
    assert 0.2 < overlap < 0.4  # independent draws: about 30 % of one part is in the other's


def test_unknown_part_or_set_is_a_value_error():
    with pytest.raises(ValueError, match="unknown part 'dev'; choose one of: train, validation, all"):
        split.select(IDS, "plover", "dev", str)
    with pytest.raises(ValueError, match="no split is defined for the set 'polnear'"):
        split.part_of("polnear", "x")
    with pytest.raises(ValueError, match="no split is defined"):
        split.select(IDS, "polnear", "all", str)
    assert split.check_part("train") == "train"
