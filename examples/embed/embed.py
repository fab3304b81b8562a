"""hlm-recovery from Python, standard library only: the pipe, then the HTTP service.

    python3 embed.py [path/to/dist/cli.js] [account.json]

The command defaults to $HLM_RECOVERY_CLI, else node_modules/hlm-recovery/dist/cli.js; the
account to $HLM_RECOVERY_ACCOUNT, else examples/accounts/a-1029-two-months-behind.json.
"""
import json
import os
import subprocess
import sys
import urllib.error
import urllib.request

CLI = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("HLM_RECOVERY_CLI", "node_modules/hlm-recovery/dist/cli.js")
ACCOUNT_FILE = sys.argv[2] if len(sys.argv) > 2 else os.environ.get(
    "HLM_RECOVERY_ACCOUNT", "examples/accounts/a-1029-two-months-behind.json")
AS_OF = "2026-11-23"

EXIT_CODES = {  # hlm-recovery --help lists them
    0: "every record decided",
    1: "stopped: an input is unreadable or invalid, or the output not written (see stderr)",
    2: "wrong usage (see stderr)",
    3: "done, but some records are error records: route them to a person",
    141: "the reader of stdout went away: the output is incomplete",
}


def describe(where, record):
    """Prints a decision, or an error record (it has `issues` and no `level`)."""
    if "issues" in record:
        print(f"{where}: line {record.get('line', record['index'] + 1)} (account {record.get('accountId') or '?'}) "
              "is an error record:")
        print_issues(where, record["issues"])
        return
    step = record["nextAction"]
    todo = f"next action {step['label']} ({step['channel']}, {step['date']})" if step else "no next action"
    print(f"{where}: {record['accountId']}: level {record['level']['id']} ({record['level']['label']}), {todo}")


def print_issues(where, issues):
    for issue in issues:
        path = ".".join(str(p) for p in issue["path"]) or "(root)"
        print(f"{where}:   {issue['code']} at {path}: {issue['message']}")


def read_record(proc):
    """The next line of the command: a decision or an error record."""
    line = proc.stdout.readline()
    if not line:  # stdout closed: the command stopped (1 or 2: its message is on stderr)
        raise RuntimeError(f"hlm-recovery stopped: exit code {proc.wait()}: {EXIT_CODES.get(proc.returncode)}")
    return json.loads(line)


def pipe(account):
    """One process kept open: one account per line in, one decision or error record per line out."""
    with subprocess.Popen(
        ["node", CLI, "evaluate", "-", "--stream", "--as-of", AS_OF, "--quiet"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, encoding="utf-8", bufsize=1,  # stderr: ours
    ) as proc:
        proc.stdin.write(json.dumps(account, ensure_ascii=False) + "\n")  # one account, one line
        proc.stdin.flush()
        describe("pipe", read_record(proc))
        proc.stdin.write('{"id": "A-1030", "lease": \n')  # a broken line: its error record comes back
        proc.stdin.flush()
        describe("pipe", read_record(proc))
        proc.stdin.close()  # no more accounts: the command ends
        code = proc.wait()
    print(f"pipe: exit code {code}: {EXIT_CODES.get(code, 'stopped by a signal or an unexpected error')}")


def call(url, body=None):
    """Status, content type and JSON body of a request; a 4xx or 5xx answer is a problem document."""
    data = None if body is None else json.dumps(body).encode("utf-8")
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as res:
            return res.status, res.headers.get_content_type(), json.load(res)
    except urllib.error.HTTPError as error:  # urllib raises for 4xx and 5xx: the body is the problem
        with error:
            return error.code, error.headers.get_content_type(), json.load(error)


def service(account):
    server = subprocess.Popen(["node", CLI, "serve", "--port", "0"], stdout=subprocess.PIPE, encoding="utf-8")
    try:
        url = server.stdout.readline().strip()  # its first line: http://127.0.0.1:<port>
        if not url:
            raise RuntimeError("hlm-recovery serve stopped before listening: see its stderr")
        print(f"service: listening on {url}")
        status, _, decision = call(f"{url}/v1/evaluate?asOf={AS_OF}&lang=fr", account)
        describe("service", decision)
        bad = {**account, "lease": {**account["lease"], "rent": 512.3}}  # a number, not "512.30"
        status, kind, problem = call(f"{url}/v1/evaluate?asOf={AS_OF}&lang=fr", bad)
        print(f"service: status {status} ({kind}): {problem['title']}")
        print_issues("service", problem["issues"])
        _, _, health = call(f"{url}/v1/health")
        print(f"service: health {health['status']}: library {health['library']}, policy {health['policy']['id']}")
    finally:
        server.terminate()  # SIGTERM: it answers the requests in progress, then exits 0 (Windows: ends it at once)
        print(f"service: stopped, exit code {server.wait(timeout=30)}")


if __name__ == "__main__":
    with open(ACCOUNT_FILE, encoding="utf-8") as f:
        account = json.load(f)
    pipe(account)
    service(account)
