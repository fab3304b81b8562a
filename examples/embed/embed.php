<?php
// hlm-recovery from PHP 8, no extension beyond php-cli: the pipe, then the HTTP service.
//
//     php embed.php [path/to/dist/cli.js] [account.json]
//
// The command defaults to $HLM_RECOVERY_CLI, else node_modules/hlm-recovery/dist/cli.js; the
// account to $HLM_RECOVERY_ACCOUNT, else examples/accounts/a-1029-two-months-behind.json.
// HTTP goes through PHP's own http stream wrapper (allow_url_fopen, on by default), not ext-curl:
// Debian's php-cli does not include curl (it is the php-curl package).

declare(strict_types=1);

const AS_OF = '2026-11-23';
const EXIT_CODES = [ // hlm-recovery --help lists them
    0 => 'every record decided',
    1 => 'stopped: an input is unreadable or invalid, or the output not written (see stderr)',
    2 => 'wrong usage (see stderr)',
    3 => 'done, but some records are error records: route them to a person',
    141 => 'the reader of stdout went away: the output is incomplete',
];

$cli = $argv[1] ?? (getenv('HLM_RECOVERY_CLI') ?: 'node_modules/hlm-recovery/dist/cli.js');
$file = $argv[2] ?? (getenv('HLM_RECOVERY_ACCOUNT') ?: 'examples/accounts/a-1029-two-months-behind.json');
// Objects stay objects (not arrays): an empty {} is written back as {}, not [].
$account = json_decode(file_get_contents($file), false, 512, JSON_THROW_ON_ERROR);

/** One account as one line of JSON. */
function jsonLine(mixed $value): string
{
    return json_encode($value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_PRESERVE_ZERO_FRACTION | JSON_THROW_ON_ERROR);
}

/** Prints a decision, or an error record (it has issues and no level). */
function describe(string $where, array $record): void
{
    if (isset($record['issues'])) {
        $line = $record['line'] ?? $record['index'] + 1;
        $id = $record['accountId'] ?? '?';
        echo "$where: line $line (account $id) is an error record:\n";
        printIssues($where, $record['issues']);
        return;
    }
    $step = $record['nextAction'];
    $todo = $step === null ? 'no next action' : "next action {$step['label']} ({$step['channel']}, {$step['date']})";
    echo "$where: {$record['accountId']}: level {$record['level']['id']} ({$record['level']['label']}), $todo\n";
}

function printIssues(string $where, array $issues): void
{
    foreach ($issues as $issue) {
        $path = implode('.', $issue['path']) ?: '(root)';
        echo "$where:   {$issue['code']} at $path: {$issue['message']}\n";
    }
}

/** The exit code of a process whose pipes are closed. */
function waitFor($process): int
{
    while (($status = proc_get_status($process))['running']) usleep(10_000);
    proc_close($process);
    return $status['exitcode']; // the first status that says "not running" is the only one with the code
}

/** One process kept open: one account per line in, one decision or error record per line out. */
function pipe(string $cli, object $account): void
{
    $command = ['node', $cli, 'evaluate', '-', '--stream', '--as-of', AS_OF, '--quiet'];
    // An array runs node itself, without a shell; stderr is ours.
    $process = proc_open($command, [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => STDERR], $pipes);
    $read = function () use ($pipes, $process): array {
        $line = fgets($pipes[1]);
        if ($line === false) { // stdout closed: the command stopped (1 or 2: its message is on stderr)
            fclose($pipes[1]);
            $code = waitFor($process);
            throw new RuntimeException("hlm-recovery stopped: exit code $code: " . (EXIT_CODES[$code] ?? ''));
        }
        return json_decode($line, true, 512, JSON_THROW_ON_ERROR);
    };
    fwrite($pipes[0], jsonLine($account) . "\n");
    fflush($pipes[0]); // each line must leave now: the answer comes as soon as it is read
    describe('pipe', $read());
    fwrite($pipes[0], "{\"id\": \"A-1030\", \"lease\": \n"); // a broken line: its error record comes back
    fflush($pipes[0]);
    describe('pipe', $read());
    fclose($pipes[0]); // no more accounts: the command ends
    fclose($pipes[1]);
    $code = waitFor($process);
    echo "pipe: exit code $code: " . (EXIT_CODES[$code] ?? 'stopped by a signal or an unexpected error') . "\n";
}

/** Status, content type and JSON body of a request; a 4xx or 5xx answer is a problem document. */
function call(string $url, ?string $json = null): array
{
    $http = ['ignore_errors' => true, 'timeout' => 30]; // ignore_errors: read the body of a 4xx too
    if ($json !== null) {
        $http += ['method' => 'POST', 'header' => "Content-Type: application/json\r\n", 'content' => $json];
    }
    $stream = fopen($url, 'r', false, stream_context_create(['http' => $http]));
    $headers = stream_get_meta_data($stream)['wrapper_data']; // the status line, then the headers
    $body = stream_get_contents($stream);
    fclose($stream);
    preg_match('{^HTTP/\S+ (\d{3})}', $headers[0], $status);
    $type = '?';
    foreach ($headers as $header) {
        if (preg_match('{^content-type:\s*([^;\s]+)}i', $header, $m)) $type = $m[1];
    }
    return [(int) $status[1], $type, json_decode($body, true, 512, JSON_THROW_ON_ERROR)];
}

function service(string $cli, object $account): void
{
    $process = proc_open(['node', $cli, 'serve', '--port', '0'], [1 => ['pipe', 'w'], 2 => STDERR], $pipes);
    try {
        $url = trim((string) fgets($pipes[1])); // its first line: http://127.0.0.1:<port>
        if ($url === '') throw new RuntimeException('hlm-recovery serve stopped before listening: see its stderr');
        echo "service: listening on $url\n";
        $evaluate = "$url/v1/evaluate?asOf=" . AS_OF . '&lang=fr';
        describe('service', call($evaluate, jsonLine($account))[2]);
        $bad = json_decode(jsonLine($account)); // a copy,
        $bad->lease->rent = 512.3;              // with a number instead of "512.30"
        [$status, $type, $problem] = call($evaluate, jsonLine($bad));
        echo "service: status $status ($type): {$problem['title']}\n";
        printIssues('service', $problem['issues']);
        $health = call("$url/v1/health")[2];
        echo "service: health {$health['status']}: library {$health['library']}, policy {$health['policy']['id']}\n";
    } finally {
        proc_terminate($process); // SIGTERM: it answers the requests in progress, then exits 0 (Windows: ends it at once)
        fclose($pipes[1]);
        echo 'service: stopped, exit code ' . waitFor($process) . "\n";
    }
}

pipe($cli, $account);
service($cli, $account);
