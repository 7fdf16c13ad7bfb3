#!/bin/sh
# Debian's Chromium, three seconds late: a PDF export printed with it runs long enough for the
# Reports view to show its progress and offer Cancel, however fast the machine.
sleep 3
exec /usr/bin/chromium "$@"
