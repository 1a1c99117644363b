#!/usr/bin/env python3
"""One protocol's runs for scripts/bench-export.sh: fhir-bulk, then curl followed by the verifier,
alternating; prints medians, the ratios and the peak memory over all runs.
  bench-export-runs.py FHIR_BULK BASE WORK PARALLEL SCHEME VERIFIER"""
import json
import os
import statistics
import subprocess
import sys
import time

binp, base, work, parallel, scheme, verify_bin = sys.argv[1:7]
parallel = int(parallel)
tls = scheme in ("https", "h2")
runs = 3 if scheme == "slow" else int(os.environ.get("FBX_BENCH_RUNS", "5"))


def run_ours(k):
    out = f"{work}/ours-{scheme}-{k}"
    # FBX_BENCH_PROFILE=FILE: the first run of each scheme under `perf record` (FILE.http, ...).
    prof = os.environ.get("FBX_BENCH_PROFILE")
    wrap = ["perf", "record", "-F", "499", "-g", "-o", f"{prof}.{scheme}"] if prof and k == 0 else []
    cmd = [binp, "export", "--base", base, "--group", "4", "--type", "Patient", "--out", out,
           "--parallel", str(parallel), "--json", "--no-cache"]
    if tls:
        cmd += ["--cacert", work + "/ca.pem"]
    p = subprocess.Popen(wrap + cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stdout = p.stdout.read()
    _, status, ru = os.wait4(p.pid, 0)
    o = json.loads(stdout)
    assert o["ok"], o["message"]
    total = sum(f["bytes"] for f in o["files"])
    subprocess.run(["rm", "-rf", out])
    # The download phase (manifest to last verified file): curl has no kick-off or polls either.
    return {"secs": o["downloadSeconds"], "bytes": total, "peak": ru.ru_maxrss / 1024,
            "cpu": ru.ru_utime + ru.ru_stime, "urls": [f["url"] for f in o["files"]]}


def run_curl(urls, k):
    """curl, then the same check fhir-bulk makes (every line parsed) over curl's files, in one
    process: what an analyst does by hand. Both times are returned."""
    out = f"{work}/curl-{scheme}-{k}"
    os.makedirs(out)
    opts = ["-s", "--fail", "-H", "Authorization: Bearer " + os.environ["FHIR_BULK_TOKEN"]]
    if tls:
        opts += ["--cacert", work + "/ca.pem"]
    if scheme == "https":
        opts += ["--http1.1"]
    if scheme == "gzip":
        opts += ["--compressed"]
    t = time.time()
    pending, running, cpu, peak = list(enumerate(urls)), [], 0.0, 0.0
    while pending or running:
        while pending and len(running) < parallel:
            i, u = pending.pop(0)
            running.append(subprocess.Popen(["curl"] + opts + ["-o", f"{out}/{i}.ndjson", u]).pid)
        pid, status, ru = os.wait4(-1, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "curl failed"
        running.remove(pid)
        cpu += ru.ru_utime + ru.ru_stime
        peak = max(peak, ru.ru_maxrss / 1024)
    secs = time.time() - t
    t = time.time()
    v = subprocess.run([verify_bin] + [f"{out}/{i}.ndjson" for i in range(len(urls))],
                       stdout=subprocess.PIPE, text=True)
    assert v.returncode == 0, "curl's files do not verify: " + v.stdout
    vsecs = time.time() - t
    subprocess.run(["rm", "-rf", out])
    return {"secs": secs, "cpu": cpu, "peak": peak, "verify": vsecs}


# This machine kind is a VM whose host takes back memory the guest has left free for a couple of
# seconds: writing 2 GB into the page cache then costs ~3 s of page faults, against 0.35 s right
# after other writes freed the same amount. Whoever ran after a pause paid it (fhir-bulk, after
# its kick-off and polls; curl started at once). So both start the same way: right after 2 GiB
# were written and freed, outside the measured time.
def warm(size):
    path = f"{work}/warm-{scheme}"
    with open(path, "wb") as f:
        block = b"\0" * (1 << 20)
        for _ in range(size >> 20):
            f.write(block)
    os.unlink(path)


ours, curl = [], []
size = int(os.environ.get("FBX_BENCH_WARM_MIB", "2048")) << 20
for k in range(runs):
    warm(size)
    o = run_ours(k)
    ours.append(o)
    warm(size)
    curl.append(run_curl(o["urls"], k))

total = ours[0]["bytes"]
gb = total / 1e9
med = lambda rs, key: statistics.median(r[key] for r in rs)
o_s, c_s, v_s = med(ours, "secs"), med(curl, "secs"), med(curl, "verify")
cv_s = statistics.median(r["secs"] + r["verify"] for r in curl)
peak = max(r["peak"] for r in ours)
names = {"http": "HTTP", "https": "HTTPS (HTTP/1.1)", "h2": "HTTPS, HTTP/2 offered",
         "gzip": "HTTP, gzip-encoded files (curl --compressed)",
         "slow": "HTTP at 40 MB/s a connection (network-bound)"}
print(f"{names[scheme]}: {total / 2**20:.0f} MiB in {len(ours[0]['urls'])} files, "
      f"parallel {parallel}, median of {runs}")
print(f"  fhir-bulk (download + verify every line): {total / o_s / 1e6:6.0f} MB/s  {o_s:5.2f} s  "
      f"CPU {med(ours, 'cpu') / gb:5.2f} s/GB  peak {peak:5.1f} MiB (max of {runs})")
print(f"  curl x{parallel} (download only):             {total / c_s / 1e6:6.0f} MB/s  {c_s:5.2f} s  "
      f"CPU {med(curl, 'cpu') / gb:5.2f} s/GB  peak {max(r['peak'] for r in curl):5.1f} MiB each")
print(f"  then the verifier over curl's files:                    {v_s:5.2f} s")
goal = "curl / fhir-bulk goal >= 0.97" if scheme == "slow" else "(curl + verify) / fhir-bulk goal >= 1.1"
print(f"  (curl + verify) / fhir-bulk {cv_s / o_s:.2f}   curl / fhir-bulk {c_s / o_s:.2f}   "
      f"peak {peak:.1f} MiB   [{goal}; peak < 64 MiB]")
fmt = lambda rs, key="secs": ", ".join("%.2f" % r[key] for r in rs)
print(f"  runs (s): fhir-bulk {fmt(ours)}; curl {fmt(curl)}; verify {fmt(curl, 'verify')}")
print("  fhir-bulk peaks (MiB): " + ", ".join("%.1f" % r["peak"] for r in ours))
sys.stdout.flush()
