# Turns the repository's example kiosk.toml into the package's /etc/madoguchi/kiosk.toml:
# installed paths, the USB printer, no example PIN, the control socket under /run.
1i # /etc/madoguchi/kiosk.toml: the kiosk's settings, installed by the madoguchi package.\
# Check it with `madoguchi check-config /etc/madoguchi/kiosk.toml`; the service reads it at start.
s|^holidays = "assets/|holidays = "/usr/share/madoguchi/assets/|
s|^database = "tickets.sqlite"|database = "/var/lib/madoguchi/tickets.sqlite"|
s|^driver = "file"|driver = "usb"|
s|^directory = "printed-tickets"|device = "/dev/usb/lp0"|
s|^pin_hash = .*|# pin_hash = "$argon2id$v=19$..."   # run `sudo madoguchi hash-pin` and put its line here|
s|^# This example's PIN is 123456.*|# Until it is set, staff can only use `sudo madoguchi ctl maintenance on`.|
s|^# socket = "/run/madoguchi/ctl.sock"|socket = "/run/madoguchi/ctl.sock"|
