"""The Qt-free, reportlab-free core: plan model, dose math, evidence, checks, plan files."""
