"""The bundled ``tmsplanner`` executable: the same dispatch as the installed command.

No arguments or ``gui [PLAN]`` open the window, anything else is the command
line. ``desktop-entry install [--uninstall]`` adds the bundle to the desktop's
application menu (tmsplanner/desktop_entry.py).
"""

if __name__ == "__main__":
    from tmsplanner.launcher import run

    run()
