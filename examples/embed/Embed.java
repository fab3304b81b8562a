// hlm-recovery from Java 17+, standard library only (java.net.http): the pipe, then the HTTP service.
//
//     java Embed.java [path/to/dist/cli.js] [account.json]
//
// The command defaults to $HLM_RECOVERY_CLI, else node_modules/hlm-recovery/dist/cli.js; the
// account to $HLM_RECOVERY_ACCOUNT, else examples/accounts/a-1029-two-months-behind.json.
// The JDK has no JSON parser: Json below is a minimal reader; your ERP has Jackson or Gson.

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.*;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.Collectors;

public class Embed {
    static final String AS_OF = "2026-11-23";
    static final PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, UTF_8);
    static final Map<Integer, String> EXIT_CODES = Map.of( // hlm-recovery --help lists them
        0, "every record decided",
        1, "stopped: an input is unreadable or invalid, or the output not written (see stderr)",
        2, "wrong usage (see stderr)",
        3, "done, but some records are error records: route them to a person",
        141, "the reader of stdout went away: the output is incomplete");

    public static void main(String[] args) throws Exception {
        String cli = args.length > 0 ? args[0]
            : Objects.requireNonNullElse(System.getenv("HLM_RECOVERY_CLI"), "node_modules/hlm-recovery/dist/cli.js");
        String file = args.length > 1 ? args[1]
            : Objects.requireNonNullElse(System.getenv("HLM_RECOVERY_ACCOUNT"), "examples/accounts/a-1029-two-months-behind.json");
        // One account, one line: JSON has no line break inside a string, so the lines can be joined.
        String account = Files.readAllLines(Path.of(file), UTF_8).stream().map(String::strip).collect(Collectors.joining());
        pipe(cli, account);
        service(cli, account);
    }

    /** One process kept open: one account per line in, one decision or error record per line out. */
    static void pipe(String cli, String account) throws Exception {
        Process p = new ProcessBuilder("node", cli, "evaluate", "-", "--stream", "--as-of", AS_OF, "--quiet")
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var accounts = new OutputStreamWriter(p.getOutputStream(), UTF_8);
        var records = new BufferedReader(new InputStreamReader(p.getInputStream(), UTF_8));
        accounts.write(account + "\n");
        accounts.flush(); // each line must leave now: the answer comes as soon as it is read
        describe("pipe", readRecord(p, records));
        accounts.write("{\"id\": \"A-1030\", \"lease\": \n"); // a broken line: its error record comes back
        accounts.flush();
        describe("pipe", readRecord(p, records));
        accounts.close(); // no more accounts: the command ends
        int code = p.waitFor();
        out.println("pipe: exit code " + code + ": " + EXIT_CODES.getOrDefault(code, "stopped by a signal or an unexpected error"));
    }

    static Map<?, ?> readRecord(Process p, BufferedReader records) throws Exception {
        String line = records.readLine();
        if (line == null) { // stdout closed: the command stopped (1 or 2: its message is on stderr)
            int code = p.waitFor();
            throw new IllegalStateException("hlm-recovery stopped: exit code " + code + ": " + EXIT_CODES.get(code));
        }
        return (Map<?, ?>) Json.parse(line);
    }

    /** Prints a decision, or an error record (it has issues and no level). */
    static void describe(String where, Map<?, ?> record) {
        if (record.containsKey("issues")) {
            Object line = record.containsKey("line") ? record.get("line") : ((BigDecimal) record.get("index")).intValue() + 1;
            Object id = record.get("accountId") != null ? record.get("accountId") : "?";
            out.println(where + ": line " + line + " (account " + id + ") is an error record:");
            printIssues(where, (List<?>) record.get("issues"));
            return;
        }
        var level = (Map<?, ?>) record.get("level");
        var step = (Map<?, ?>) record.get("nextAction");
        String todo = step == null ? "no next action"
            : "next action " + step.get("label") + " (" + step.get("channel") + ", " + step.get("date") + ")";
        out.println(where + ": " + record.get("accountId") + ": level " + level.get("id") + " (" + level.get("label") + "), " + todo);
    }

    static void printIssues(String where, List<?> issues) {
        for (Object o : issues) {
            var issue = (Map<?, ?>) o;
            String path = ((List<?>) issue.get("path")).stream().map(String::valueOf).collect(Collectors.joining("."));
            out.println(where + ":   " + issue.get("code") + " at " + (path.isEmpty() ? "(root)" : path) + ": " + issue.get("message"));
        }
    }

    static void service(String cli, String account) throws Exception {
        Process server = new ProcessBuilder("node", cli, "serve", "--port", "0")
            .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String url = new BufferedReader(new InputStreamReader(server.getInputStream(), UTF_8)).readLine();
            if (url == null) throw new IllegalStateException("hlm-recovery serve stopped before listening: see its stderr");
            out.println("service: listening on " + url);
            // HTTP/1.1: the service speaks no HTTP/2.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            String evaluate = url + "/v1/evaluate?asOf=" + AS_OF + "&lang=fr";
            describe("service", (Map<?, ?>) Json.parse(post(http, evaluate, account).body()));
            // A number instead of "512.30": your ERP builds its JSON with its own library.
            var bad = post(http, evaluate, account.replaceFirst("\"rent\":\\s*\"512\\.30\"", "\"rent\": 512.3"));
            var problem = (Map<?, ?>) Json.parse(bad.body()); // 4xx and 5xx: a problem document
            out.println("service: status " + bad.statusCode() + " (" + bad.headers().firstValue("content-type").orElse("?") + "): " + problem.get("title"));
            printIssues("service", (List<?>) problem.get("issues"));
            var health = (Map<?, ?>) Json.parse(http.send(HttpRequest.newBuilder(URI.create(url + "/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
            out.println("service: health " + health.get("status") + ": library " + health.get("library")
                + ", policy " + ((Map<?, ?>) health.get("policy")).get("id"));
        } finally {
            server.destroy(); // SIGTERM: it answers the requests in progress, then exits 0 (Windows: ends it at once)
            out.println("service: stopped, exit code " + server.waitFor());
        }
    }

    static HttpResponse<String> post(HttpClient http, String url, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    /** A minimal JSON reader: objects to Map, arrays to List, numbers to BigDecimal. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) { this.s = s; }

        static Object parse(String text) {
            var json = new Json(text);
            Object value = json.value();
            if (json.skip() < text.length()) throw new IllegalArgumentException("JSON: text after the value at " + json.i);
            return value;
        }

        private int skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            return i;
        }

        private Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                var map = new LinkedHashMap<String, Object>();
                i++;
                while (skip() < s.length() && s.charAt(i) != '}') {
                    String key = string();
                    skip();
                    i++; // ':'
                    map.put(key, value());
                    if (skip() < s.length() && s.charAt(i) == ',') i++;
                }
                i++;
                return map;
            }
            if (c == '[') {
                var list = new ArrayList<Object>();
                i++;
                while (skip() < s.length() && s.charAt(i) != ']') {
                    list.add(value());
                    if (skip() < s.length() && s.charAt(i) == ',') i++;
                }
                i++;
                return list;
            }
            if (c == '"') return string();
            for (var literal : new String[] {"true", "false", "null"}) {
                if (s.startsWith(literal, i)) {
                    i += literal.length();
                    return literal.equals("null") ? null : Boolean.valueOf(literal);
                }
            }
            int start = i;
            while (i < s.length() && "+-.0123456789eE".indexOf(s.charAt(i)) >= 0) i++;
            if (start == i) throw new IllegalArgumentException("JSON: unexpected '" + c + "' at " + i);
            return new BigDecimal(s.substring(start, i));
        }

        private String string() {
            var sb = new StringBuilder();
            i++; // '"'
            for (char c = s.charAt(i++); c != '"'; c = s.charAt(i++)) {
                if (c != '\\') { sb.append(c); continue; }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> { sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> sb.append(e); // \" \\ \/
                }
            }
            return sb.toString();
        }
    }
}
