"""The memory of the print worker and its forked render children, sampled
from /proc."""

from __future__ import annotations

import os
import threading


def proc_values(path, keys):
    """Values in kB from a /proc status-like file; {} once the process is gone."""
    values = {}
    try:
        with open(path) as handle:
            for line in handle:
                name, _, rest = line.partition(":")
                if name in keys:
                    values[name] = int(rest.split()[0])
    except (OSError, ValueError, IndexError):
        return {}
    return values


class MemorySampler(threading.Thread):
    """Samples the memory of a process and its descendants from /proc.

    Every ``interval`` seconds: VmRSS and VmHWM of each process, and Pss (pages
    shared with the forked render child counted once) from smaps_rollup. Children
    are found from the parent pid in /proc/<pid>/stat, among pids above the
    worker's own (pids grow).
    """

    def __init__(self, pid, interval=0.02):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.done = threading.Event()
        self.samples = 0
        self.children = set()
        self.peak = dict.fromkeys(
            ("tree_rss", "tree_pss", "worker_rss", "worker_hwm", "child_hwm"), 0
        )
        self.last_worker_rss = 0

    def descendants(self):
        parents = {}
        for name in os.listdir("/proc"):
            if not name.isdigit() or int(name) <= self.pid:
                continue
            try:
                with open(f"/proc/{name}/stat") as handle:
                    stat = handle.read()
                parents[int(name)] = int(stat.rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
        found, frontier = [], {self.pid}
        while frontier:
            frontier = {pid for pid, parent in parents.items() if parent in frontier}
            found += frontier
        return found

    def sample(self):
        rss_total = pss_total = 0
        for pid in [self.pid, *self.descendants()]:
            status = proc_values(f"/proc/{pid}/status", ("VmRSS", "VmHWM"))
            if "VmRSS" not in status:
                continue
            pss = proc_values(f"/proc/{pid}/smaps_rollup", ("Pss",)).get("Pss", 0)
            rss_total += status["VmRSS"]
            pss_total += pss
            if pid == self.pid:
                self.last_worker_rss = status["VmRSS"]
                self.peak["worker_rss"] = max(self.peak["worker_rss"], status["VmRSS"])
                self.peak["worker_hwm"] = status.get("VmHWM", 0)
            else:
                self.children.add(pid)
                self.peak["child_hwm"] = max(
                    self.peak["child_hwm"], status.get("VmHWM", status["VmRSS"])
                )
        self.peak["tree_rss"] = max(self.peak["tree_rss"], rss_total)
        self.peak["tree_pss"] = max(self.peak["tree_pss"], pss_total)
        self.samples += 1

    def run(self):
        while not self.done.wait(self.interval):
            self.sample()

    def stop(self):
        self.done.set()
        self.join(timeout=10)
        self.sample()
        mb = {key: value / 1024 for key, value in self.peak.items()}
        mb["worker_after_mb"] = self.last_worker_rss / 1024
        mb["samples"] = self.samples
        mb["children"] = len(self.children)
        mb["interval_ms"] = self.interval * 1000
        return mb
