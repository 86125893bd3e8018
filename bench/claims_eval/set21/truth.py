"""Score set20: runs ../score.py on this folder (see README.md and ../README.md).

`python truth.py --truth-only` prints every expectation with its truth note, (re)writes inputs/*.txt exactly
as the scorer would, and never calls the checker.
"""
import os
import runpy
import sys

sys.argv[1:1] = [os.path.dirname(os.path.abspath(__file__))]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "score.py"), run_name="__main__")
