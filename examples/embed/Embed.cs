// hlm-recovery from .NET 8+, base class library only (HttpClient, Process, System.Text.Json):
// the pipe, then the HTTP service.
//
//     dotnet run --project Embed.csproj -- [path/to/dist/cli.js] [account.json]
//
// The command defaults to $HLM_RECOVERY_CLI, else node_modules/hlm-recovery/dist/cli.js; the
// account to $HLM_RECOVERY_ACCOUNT, else examples/accounts/a-1029-two-months-behind.json.
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

const string AsOf = "2026-11-23";
var exitCodes = new Dictionary<int, string> // hlm-recovery --help lists them
{
    [0] = "every record decided",
    [1] = "stopped: an input is unreadable or invalid, or the output not written (see stderr)",
    [2] = "wrong usage (see stderr)",
    [3] = "done, but some records are error records: route them to a person",
    [141] = "the reader of stdout went away: the output is incomplete",
};
var cli = args.Length > 0 ? args[0]
    : Environment.GetEnvironmentVariable("HLM_RECOVERY_CLI") ?? "node_modules/hlm-recovery/dist/cli.js";
var file = args.Length > 1 ? args[1]
    : Environment.GetEnvironmentVariable("HLM_RECOVERY_ACCOUNT") ?? "examples/accounts/a-1029-two-months-behind.json";
var account = JsonNode.Parse(File.ReadAllText(file))!;
var utf8 = new UTF8Encoding(false); // no byte order mark before the first account
Console.OutputEncoding = utf8;

Pipe();
await Service();

// One process kept open: one account per line in, one decision or error record per line out.
void Pipe()
{
    var start = new ProcessStartInfo("node")
    {
        RedirectStandardInput = true, // stderr is not redirected: its messages go to ours
        RedirectStandardOutput = true,
        StandardInputEncoding = utf8,
        StandardOutputEncoding = utf8,
    };
    foreach (var arg in new[] { cli, "evaluate", "-", "--stream", "--as-of", AsOf, "--quiet" }) start.ArgumentList.Add(arg);
    using var p = Process.Start(start)!;
    p.StandardInput.NewLine = "\n";
    p.StandardInput.AutoFlush = true; // each line must leave now: the answer comes as soon as it is read
    p.StandardInput.WriteLine(account.ToJsonString()); // one account, one line
    Describe("pipe", ReadRecord(p));
    p.StandardInput.WriteLine("{\"id\": \"A-1030\", \"lease\": "); // a broken line: its error record comes back
    Describe("pipe", ReadRecord(p));
    p.StandardInput.Close(); // no more accounts: the command ends
    p.WaitForExit();
    Console.WriteLine($"pipe: exit code {p.ExitCode}: {exitCodes.GetValueOrDefault(p.ExitCode, "stopped by a signal or an unexpected error")}");
}

JsonElement ReadRecord(Process p)
{
    var line = p.StandardOutput.ReadLine();
    if (line is null) // stdout closed: the command stopped (1 or 2: its message is on stderr)
    {
        p.WaitForExit();
        throw new InvalidOperationException($"hlm-recovery stopped: exit code {p.ExitCode}: {exitCodes.GetValueOrDefault(p.ExitCode)}");
    }
    return JsonSerializer.Deserialize<JsonElement>(line);
}

// Prints a decision, or an error record (it has issues and no level).
void Describe(string where, JsonElement record)
{
    if (record.TryGetProperty("issues", out var issues))
    {
        var line = record.TryGetProperty("line", out var l) ? l.GetInt32() : record.GetProperty("index").GetInt32() + 1;
        var id = record.TryGetProperty("accountId", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString() : "?";
        Console.WriteLine($"{where}: line {line} (account {id}) is an error record:");
        PrintIssues(where, issues);
        return;
    }
    var level = record.GetProperty("level");
    var step = record.GetProperty("nextAction");
    var todo = step.ValueKind == JsonValueKind.Null ? "no next action"
        : $"next action {step.GetProperty("label")} ({step.GetProperty("channel")}, {step.GetProperty("date")})";
    Console.WriteLine($"{where}: {record.GetProperty("accountId")}: level {level.GetProperty("id")} ({level.GetProperty("label")}), {todo}");
}

void PrintIssues(string where, JsonElement issues)
{
    foreach (var issue in issues.EnumerateArray())
    {
        var path = string.Join(".", issue.GetProperty("path").EnumerateArray().Select(p => p.ToString())); // a string as is, a number as written
        Console.WriteLine($"{where}:   {issue.GetProperty("code")} at {(path == "" ? "(root)" : path)}: {issue.GetProperty("message")}");
    }
}

async Task Service()
{
    var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, StandardOutputEncoding = utf8 };
    foreach (var arg in new[] { cli, "serve", "--port", "0" }) start.ArgumentList.Add(arg);
    using var server = Process.Start(start)!;
    try
    {
        var url = server.StandardOutput.ReadLine() // its first line: http://127.0.0.1:<port>
            ?? throw new InvalidOperationException("hlm-recovery serve stopped before listening: see its stderr");
        Console.WriteLine($"service: listening on {url}");
        using var http = new HttpClient();
        var evaluate = $"{url}/v1/evaluate?asOf={AsOf}&lang=fr";
        var ok = await http.PostAsync(evaluate, new StringContent(account.ToJsonString(), utf8, "application/json"));
        Describe("service", JsonSerializer.Deserialize<JsonElement>(await ok.Content.ReadAsStringAsync()));
        var bad = JsonNode.Parse(account.ToJsonString())!; // a copy,
        bad["lease"]!["rent"] = 512.3;                     // with a number instead of "512.30"
        var res = await http.PostAsync(evaluate, new StringContent(bad.ToJsonString(), utf8, "application/json"));
        var problem = JsonSerializer.Deserialize<JsonElement>(await res.Content.ReadAsStringAsync()); // 4xx and 5xx: a problem document
        Console.WriteLine($"service: status {(int)res.StatusCode} ({res.Content.Headers.ContentType?.MediaType}): {problem.GetProperty("title")}");
        PrintIssues("service", problem.GetProperty("issues"));
        var health = JsonSerializer.Deserialize<JsonElement>(await http.GetStringAsync($"{url}/v1/health"));
        Console.WriteLine($"service: health {health.GetProperty("status")}: library {health.GetProperty("library")}, policy {health.GetProperty("policy").GetProperty("id")}");
    }
    finally
    {
        // .NET sends no SIGTERM itself: kill -TERM does, and the service answers the requests in
        // progress, then exits 0. Windows has no SIGTERM: Kill() ends it at once, so stop it when
        // no request of yours is in progress (or keep it running as a Windows service).
        if (OperatingSystem.IsWindows()) server.Kill();
        else Process.Start("kill", new[] { "-TERM", server.Id.ToString() })!.WaitForExit();
        server.WaitForExit();
        Console.WriteLine($"service: stopped, exit code {server.ExitCode}");
    }
}
