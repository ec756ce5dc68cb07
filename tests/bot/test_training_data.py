"""Rasa's own checks of the training data and the story tests in every language."""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.bot.conftest import BOT, RASA, trained_model

pytestmark = pytest.mark.rasa

ENVIRONMENT = {**os.environ, "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "TF_CPP_MIN_LOG_LEVEL": "2"}


def rasa(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*RASA, *arguments], cwd=BOT, env=ENVIRONMENT, capture_output=True, text=True, timeout=900
    )


def test_the_training_data_is_valid() -> None:
    trained_model()
    checked = rasa("data", "validate", "--fail-on-warnings", "--max-history", "5")
    assert checked.returncode == 0, checked.stdout[-4000:] + checked.stderr[-4000:]


@pytest.mark.parametrize("language", ["en", "ja", "de", "fr"])
def test_the_story_tests_pass_without_a_prediction_error(language: str, tmp_path: object) -> None:
    model = trained_model()
    tested = rasa(
        "test",
        "core",
        "--model",
        str(model),
        "--stories",
        f"tests/test_stories_{language}.yml",
        "--fail-on-prediction-errors",
        "--out",
        str(tmp_path),
    )
    assert tested.returncode == 0, tested.stdout[-4000:] + tested.stderr[-4000:]
