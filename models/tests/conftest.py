import sys
from pathlib import Path

# The tests import the model package the same way the command-line scripts do.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
