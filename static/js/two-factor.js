// The recovery codes page: a Print button (no inline script).
document.querySelectorAll("[data-kopir-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
