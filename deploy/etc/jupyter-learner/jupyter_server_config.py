# JupyterLab's settings defaults for learners (lab-settings/overrides.json): no news
# pop-up; no Edit menu items that cut, split, merge or clear the course's cells; and
# Run All chosen while the kernel is still starting says so instead of running only
# part of the notebook (enableKernelInitNotification).
# A Python file because the folder must be named by its full path; the JSON file beside
# it holds the rest of the learner configuration. Loaded by `make lab` and by the hub
# for learners' servers (this folder is first on JUPYTER_CONFIG_PATH).
import os

c = get_config()  # noqa: F821
c.LabApp.app_settings_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                         "lab-settings")
