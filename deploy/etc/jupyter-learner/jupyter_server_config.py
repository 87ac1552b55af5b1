# JupyterLab's settings defaults for learners (overrides.json beside this file): no news
# pop-up, and no Edit menu items that cut, split, merge or clear the course's cells.
# A Python file because the folder must be named by its full path; the JSON file beside
# it holds the rest of the learner configuration. Loaded by `make lab` and by the hub
# for learners' servers (this folder is first on JUPYTER_CONFIG_PATH).
import os

c = get_config()  # noqa: F821
c.LabApp.app_settings_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "lab-settings")
