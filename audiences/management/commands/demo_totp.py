"""Print the current two-factor code of a demo login (the demo's fixed secret only)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from audiences.two_factor import DEMO_TOTP_KEY


class Command(BaseCommand):
    help = (
        "Print the current sign-in code of a demo login (admin, orgadmin, planner). "
        "Works only for devices seed_demo made with the demo's published secret."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        device = (
            TOTPDevice.objects.filter(user=user, key=DEMO_TOTP_KEY, confirmed=True)
            .order_by("pk")
            .first()
            if user
            else None
        )
        if device is None:
            raise CommandError(
                f"{username!r} has no demo two-factor device (run manage.py "
                "seed_demo; real users' codes are never printed)."
            )
        totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        if totp.t() <= device.last_t:
            totp.time += device.step * (device.last_t - totp.t() + 1)
        self.stdout.write(f"{totp.token():0{device.digits}d}")
