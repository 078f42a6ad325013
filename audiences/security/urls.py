"""Admin URLs of account security: the throttled password reset, sign out
everywhere, and the sign-in lockouts page with its unlock action."""

from django.urls import path

from audiences.security import views

urlpatterns = [
    # Ahead of Wagtail's own password reset form (same address).
    path(
        "password_reset/",
        views.ThrottledPasswordResetView.as_view(),
        name="kopir_password_reset",
    ),
    path(
        "account/sign-out-everywhere/",
        views.sign_out_everywhere,
        name="kopir_sign_out_everywhere",
    ),
    path("security/lockouts/", views.lockouts, name="kopir_security_lockouts"),
    path(
        "security/lockouts/<int:pk>/unlock/",
        views.unlock,
        name="kopir_security_unlock",
    ),
]
