"""Intent accuracy and entity F1 per language, from `rasa test nlu` reports (make eval)."""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(results: Path) -> None:
    print(f"{'language':<10}{'sentences':>10}{'intent accuracy':>18}{'entity F1 (micro)':>20}")
    for folder in sorted(path for path in results.iterdir() if path.is_dir()):
        intents = json.loads((folder / "intent_report.json").read_text())
        entities = json.loads((folder / "DIETClassifier_report.json").read_text())
        sentences = int(intents["weighted avg"]["support"])
        print(
            f"{folder.name:<10}{sentences:>10}{intents['accuracy']:>18.3f}"
            f"{entities['micro avg']['f1-score']:>20.3f}"
        )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
