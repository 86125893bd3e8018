"""Score set4: runs ../score.py on this folder (see README.md and ../README.md)."""
import os
import runpy
import sys

sys.argv[1:1] = [os.path.dirname(os.path.abspath(__file__))]
runpy.run_path(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "score.py"), run_name="__main__")
