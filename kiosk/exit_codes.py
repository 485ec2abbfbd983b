"""How the kiosk program ends, in exit codes its systemd unit understands.

The unit (packaging/linux) has `Restart=always` and `RestartPreventExitStatus=4`: the staff
panel's *Restart the kiosk* ends the program with RESTART_EXIT_CODE and systemd starts it
again; *Leave kiosk mode* ends it with LEAVE_KIOSK_EXIT_CODE and the unit stays stopped:
cage leaves the screen and tty1's console login shows (packaging/linux/README.md).
"""

RESTART_EXIT_CODE = 0
LEAVE_KIOSK_EXIT_CODE = 4
