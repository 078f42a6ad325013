// A print edition's page follows its rendering: progress, stage, then the download.
(function () {
    var root = document.querySelector(".kp-print-edition");
    if (!root) return;
    var bar = root.querySelector(".kp-progress-bar");
    var box = root.querySelector(".kp-progress");
    function show(data) {
        bar.style.width = data.progress + "%";
        box.setAttribute("aria-valuenow", data.progress);
        root.querySelector("[data-role=status]").textContent = data.status_label;
        root.querySelector("[data-role=stage]").textContent = (data.status === "queued" || data.status === "rendering") ? data.stage : "";
        var error = root.querySelector("[data-role=error]");
        error.textContent = data.error; error.hidden = !data.error;
        if (data.download) {
            root.querySelector("[data-role=download]").href = data.download;
            root.querySelector("[data-role=facts]").textContent = data.facts;
            root.querySelector("[data-role=ready]").hidden = false;
        }
        return data.status === "queued" || data.status === "rendering";
    }
    function poll() {
        fetch(root.dataset.statusUrl, {credentials: "same-origin"}).then(function (r) { return r.json(); }).then(function (data) {
            if (show(data)) { setTimeout(poll, 700); } else if (data.status === "failed") { window.location.reload(); }
        }).catch(function () { setTimeout(poll, 2000); });
    }
    if (root && "active" in root.dataset) poll();
})();
