package com.backrelief.coach.devtools;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.backrelief.coach.CoachStreamHandler;
import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.Conversation.SkillFailure;
import com.backrelief.coach.devtools.Conversation.Turn;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** Runs the skill on this machine: a typed conversation with it, or event files as {@code sam local invoke -e} would. */
public final class LocalTool {

    static final String SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";
    static final Path DEFAULT_DATA = Path.of(".local", "dynamodb");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Held so the JUL logger, and the level set on it, are not garbage collected. */
    private static final Logger SQLITE_LOG = Logger.getLogger("com.almworks.sqlite4java");

    private static final String BANNER = """
            Back Relief Coach, running locally. Type what you would say to Alexa, for example
            "open back relief coach", then "how do I do a cat cow". Type "quit" (or Ctrl-D) to leave.
            """;

    static final String HELP = """
            Usage: mvn -q test-compile exec:java [-Dexec.args="OPTIONS"]

            Runs Back Relief Coach locally against DynamoDB Local, with the same handler Lambda calls.

            Modes:
              (no --event)        Conversation. Type utterances as you would say them to Alexa; each is
                                  matched against interaction-model/<locale>.json and sent as a full
                                  Alexa request. Reads one utterance per line when input is not a
                                  terminal (lines starting with # and blank lines are skipped).
                                  Progress is kept in .local/dynamodb, so a second run is a returning user.
              --event FILE...     Sends each event file to the handler, like `sam local invoke -e`, and
                                  prints each response as JSON. A handler error prints
                                  {"errorType": ..., "errorMessage": ...} and the exit code is 1.
                                  Uses an in-memory DynamoDB Local unless --endpoint is given.

            Options:
              --locale TAG        Request locale for the conversation (default en-US).
              --user ID           The Alexa user id sent (default amzn1.ask.account.LOCAL-USER).
              --fresh             Deletes the saved data first: the skill meets you for the first time.
              --data-dir DIR      Where the conversation's DynamoDB Local keeps its data (default .local/dynamodb).
              --db-port N         Port for DynamoDB Local (default: any free port).
              --endpoint URL      Use a DynamoDB already running at URL instead of starting one.
              --env NAME=VALUE    Sets a function environment variable (after template.yaml and local defaults).
              --verbose           Shows the skill's own log lines on standard error.
              --help              Shows this text.

            Examples:
              printf 'open back relief coach\\nhow do I do a cat cow\\nstop\\n' | mvn -q test-compile exec:java
              mvn -q test-compile exec:java -Dexec.args="--fresh"
              mvn -q test-compile exec:java -Dexec.args="--event events/launch.json"
              mvn -q test-compile exec:java -Dexec.args="--event events/launch.json events/help.json"
            """;

    private static final Set<String> FLAGS = Set.of("--help", "-h", "--fresh", "--verbose");
    private static final Set<String> VALUED = Set.of("--endpoint", "--locale", "--user", "--db-port", "--data-dir");

    /** The command line, parsed. */
    record Options(boolean help, List<Path> events, String endpoint, String locale, String user, boolean fresh,
                   int dbPort, Path dataDir, Map<String, String> env, boolean verbose) {
    }

    /** A command line the tool does not understand. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    private LocalTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs one command line; returns the exit code (0 fine, 1 a handler failed, 2 bad usage). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(HELP);
            return 2;
        }
        if (options.help()) {
            out.print(HELP);
            return 0;
        }
        quietLogging();
        PrintStream stdout = System.out;
        boolean events = !options.events().isEmpty();
        System.setOut(events || options.verbose() ? err : new PrintStream(OutputStream.nullOutputStream()));
        try {
            return events ? invokeEvents(options, out) : converse(options, in, out);
        } finally {
            System.setOut(stdout);
        }
    }

    static Options parse(String[] args) throws UsageException {
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<Path> events = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (FLAGS.contains(option)) {
                flags.add(option);
            } else if (option.equals("--event")) {
                i = eventFiles(args, i, events);
            } else if (option.equals("--env")) {
                variable(value(args, ++i, option), env);
            } else if (VALUED.contains(option)) {
                values.put(option, value(args, ++i, option));
            } else {
                throw new UsageException("Unknown option: " + option);
            }
        }
        return new Options(flags.contains("--help") || flags.contains("-h"), events, values.get("--endpoint"),
                values.getOrDefault("--locale", Conversation.DEFAULT_LOCALE),
                values.getOrDefault("--user", Conversation.DEFAULT_USER), flags.contains("--fresh"),
                port(values.get("--db-port")), Path.of(values.getOrDefault("--data-dir", DEFAULT_DATA.toString())),
                env, flags.contains("--verbose"));
    }

    /** Takes the file names after {@code --event}; returns the index of the last one. */
    private static int eventFiles(String[] args, int at, List<Path> events) throws UsageException {
        int i = at;
        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
            events.add(Path.of(args[++i]));
        }
        if (i == at) {
            throw new UsageException("--event needs at least one event file.");
        }
        return i;
    }

    private static void variable(String pair, Map<String, String> env) throws UsageException {
        int equals = pair.indexOf('=');
        if (equals < 1) {
            throw new UsageException("--env needs NAME=VALUE, got: " + pair);
        }
        env.put(pair.substring(0, equals), pair.substring(equals + 1));
    }

    private static String value(String[] args, int index, String option) throws UsageException {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new UsageException(option + " needs a value.");
        }
        return args[index];
    }

    private static int port(String text) throws UsageException {
        if (text == null) {
            return 0;
        }
        try {
            int port = Integer.parseInt(text);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--db-port needs a port number, got: " + text);
        }
    }

    /** The conversation mode: DynamoDB Local on disk, then utterances from {@code in} until it ends. */
    static int converse(Options options, InputStream in, PrintStream out) {
        if (options.fresh()) {
            deleteTree(options.dataDir());
        }
        return withDatabase(options, options.dataDir(), endpoint -> {
            Map<String, String> env = environment(endpoint, options.env());
            Conversation conversation = new Conversation(handler(env), matcher(options.locale(), env))
                    .user(options.user())
                    .locale(options.locale());
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            talk(conversation, lines, out, in == System.in && terminal());
            return 0;
        });
    }

    /** Reads utterances until the input ends ("quit" also ends an interactive session), printing each exchange. */
    static void talk(Conversation conversation, BufferedReader lines, PrintStream out, boolean interactive) {
        if (interactive) {
            out.print(BANNER);
        }
        try {
            for (String line = next(lines, out, interactive); line != null; line = next(lines, out, interactive)) {
                String utterance = line.strip();
                if (interactive && utterance.equalsIgnoreCase("quit")) {
                    break;
                }
                if (!utterance.isEmpty() && !utterance.startsWith("#")) {
                    if (!interactive) {
                        out.println("you> " + utterance);
                    }
                    reply(conversation, utterance, out);
                }
            }
        } finally {
            leave(conversation, out);
        }
    }

    private static String next(BufferedReader lines, PrintStream out, boolean interactive) {
        if (interactive) {
            out.print("you> ");
            out.flush();
        }
        try {
            return lines.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void leave(Conversation conversation, PrintStream out) {
        try {
            conversation.end();
        } catch (SkillFailure e) {
            out.println("(the skill failed on SessionEndedRequest: " + e.getMessage() + ")");
        }
    }

    private static void reply(Conversation conversation, String utterance, PrintStream out) {
        try {
            Turn turn = conversation.say(utterance);
            String speech = turn.speech();
            out.println("alexa> " + (speech.isEmpty() ? "(says nothing)" : speech));
            if (turn.sessionEnded()) {
                out.println("(session ended)");
            }
        } catch (SkillFailure e) {
            out.println("alexa> There was a problem with the requested skill's response.");
            out.println("(session ended: " + e.getMessage() + ")");
        }
        out.flush();
    }

    /** The event mode: each file through the handler, each response (or Lambda-style error) printed. */
    static int invokeEvents(Options options, PrintStream out) {
        return withDatabase(options, null, endpoint -> {
            RequestStreamHandler handler = handler(environment(endpoint, options.env()));
            int status = 0;
            for (Path event : options.events()) {
                status = Math.max(status, invoke(handler, event, out));
            }
            return status;
        });
    }

    private static int invoke(RequestStreamHandler handler, Path event, PrintStream out) {
        byte[] body;
        try {
            body = Files.readAllBytes(event);
        } catch (IOException e) {
            out.println(error(e));
            return 1;
        }
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(body), response, null);
            if (response.size() > 0) {
                out.println(JSON.writeValueAsString(JSON.readTree(response.toByteArray())));
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            out.println(error(e));
            return 1;
        } finally {
            out.flush();
        }
    }

    private static String error(Exception e) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("errorType", e.getClass().getName());
        error.put("errorMessage", String.valueOf(e.getMessage()));
        try {
            return JSON.writeValueAsString(error);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** Runs {@code body} with a DynamoDB endpoint: the given one, or DynamoDB Local with the table created. */
    private static int withDatabase(Options options, Path dataDir, Function<String, Integer> body) {
        if (options.endpoint() != null) {
            return body.apply(options.endpoint());
        }
        int port = options.dbPort() > 0 ? options.dbPort() : DynamoDbLocal.freePort();
        try (DynamoDbLocal database = withoutStandardOutput(() -> DynamoDbLocal.start(port, dataDir))) {
            database.createTable();
            return body.apply(database.endpoint());
        }
    }

    /** DynamoDB Local prints its settings on standard output when it starts; this keeps them out of the tool's output. */
    private static <T> T withoutStandardOutput(Supplier<T> action) {
        PrintStream before = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        try {
            return action.get();
        } finally {
            System.setOut(before);
        }
    }

    /** The function's variables: template.yaml's, then the local ones, then any {@code --env}. */
    static Map<String, String> environment(String endpoint, Map<String, String> overrides) {
        Map<String, String> env = new LinkedHashMap<>(SamTemplate.read(SamTemplate.DEFAULT).environment());
        env.put(Config.TABLE_NAME, DynamoDbLocal.LOCAL_TABLE);
        env.put(Config.DYNAMODB_ENDPOINT, endpoint);
        env.put(Config.SKILL_ID, SKILL_ID);
        env.put(Config.AWS_REGION, "us-east-1");
        env.putAll(overrides);
        return env;
    }

    private static RequestStreamHandler handler(Map<String, String> env) {
        return new CoachStreamHandler(Config.from(env));
    }

    private static UtteranceMatcher matcher(String locale, Map<String, String> env) {
        Path model = Path.of("interaction-model", locale + ".json");
        String skillId = env.getOrDefault(Config.SKILL_ID, "").isBlank() ? SKILL_ID : env.get(Config.SKILL_ID);
        return UtteranceMatcher.load(Files.exists(model) ? model : UtteranceMatcher.DEFAULT_MODEL, skillId);
    }

    /** Keeps DynamoDB Local, Jetty and sqlite4java to warnings, so the output is the conversation. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("log4j2.level", System.getProperty("log4j2.level", "WARN"));
        SQLITE_LOG.setLevel(Level.WARNING);
    }

    private static boolean terminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException olderJava) {
            return true;
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }
}
