"""Score set6: runs ../score.py on this folder (see README.md and ../README.md).

`python truth.py --truth-only` prints every expectation with its truth note, (re)writes inputs/*.txt exactly
as score.py would, and never calls the checker.
"""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if "--truth-only" in sys.argv:
    sys.path[:0] = [HERE, os.path.join(HERE, "..")]
    from collections import Counter
    from spec import UNITS  # noqa: E402
    n, verdicts = 0, Counter()
    os.makedirs(f"{HERE}/inputs", exist_ok=True)
    for name, (as_of, body, *rest) in UNITS.items():
        text = body if isinstance(body, str) else "".join(line + "\n" for line, _ in body)
        with open(f"{HERE}/inputs/{name}", "w") as fh:
            fh.write(text)
        exps = [(line, e) for line, es in body for e in es] if not isinstance(body, str) else [(None, e) for e in rest[0]]
        print(f"== {name} (as of {as_of})")
        for line, (key, allowed, kind, note) in exps:
            n += 1
            verdicts[",".join(sorted(allowed)) or "no claim"] += 1
            print(f"  [{kind}] {key!r} -> {sorted(allowed) or 'no claim'} :: {note}")
    print(f"{n} expectations; allowed-verdict sets: {dict(verdicts)}")
    sys.exit(0)
sys.argv[1:1] = [HERE]
runpy.run_path(os.path.join(HERE, "..", "score.py"), run_name="__main__")
