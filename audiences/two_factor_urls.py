"""Two-factor URLs. ``urlpatterns`` (the code and enrolment pages) are mounted in
``kopir/urls.py`` ahead of Wagtail's admin, because a session that has not given
its code yet reaches them; ``admin_urlpatterns`` are registered through
Wagtail's ``register_admin_urls`` and so need admin access and a full sign-in."""

from django.urls import path

from audiences import two_factor_views as views

urlpatterns = [
    path("verify/", views.verify, name="kopir_2fa_verify"),
    path("enrol/", views.enrol, name="kopir_2fa_enrol"),
]

admin_urlpatterns = [
    path("", views.settings_view, name="kopir_2fa_settings"),
    path("recovery-codes/", views.recovery_codes, name="kopir_2fa_recovery_codes"),
    path("recovery-codes/new/", views.regenerate, name="kopir_2fa_regenerate"),
    path("disable/", views.disable, name="kopir_2fa_disable"),
    path("reset/<int:user_id>/", views.reset, name="kopir_2fa_reset"),
]
