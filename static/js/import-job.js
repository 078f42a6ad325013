// An import's page follows its check or creation, then shows the report.
(function () {
    var root = document.querySelector(".kp-import-job");
    if (!root || !("active" in root.dataset)) return;
    var bar = root.querySelector(".kp-progress-bar");
    var box = root.querySelector(".kp-progress");
    function poll() {
        fetch(root.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (data) {
            bar.style.width = data.progress + "%";
            box.setAttribute("aria-valuenow", data.progress);
            root.querySelector("[data-role=status]").textContent = data.status_label;
            root.querySelector("[data-role=stage]").textContent = data.active ? data.stage : "";
            if (data.active) { setTimeout(poll, 700); } else { window.location.reload(); }
        }).catch(function () { setTimeout(poll, 2000); });
    }
    poll();
})();
