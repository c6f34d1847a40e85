package com.backrelief.coach.devtools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The local tool's command line, parsed and checked: one mode (a conversation unless {@code --event},
 * {@code --db} or {@code --serve} says otherwise) and the options that go with it.
 */
record LocalOptions(Mode mode, List<Path> events, List<Path> sets, Path skillPackage, String endpointArn, String skillId,
                    String privacyUrl, String termsUrl, String endpoint, String locale, String user, boolean fresh,
                    int dbPort, Path dataDir, boolean inMemory, Map<String, String> env, boolean verbose,
                    boolean voice, boolean explain, boolean screen, int port, String host, String matcher) {

    /** What the tool does this run. */
    enum Mode { HELP, CONVERSATION, EVENTS, DATABASE, SERVE, UNDERSTANDING, SKILL_PACKAGE }

    static final Path DEFAULT_DATA = Path.of(".local", "dynamodb");
    static final int DEFAULT_DB_PORT = 8000;
    static final int DEFAULT_PORT = 3001;
    static final String DEFAULT_HOST = "127.0.0.1";
    /** The conversation's ears: the statistical one (default), or the generous matcher. */
    static final String STATISTICAL = "statistical";
    static final String GENEROUS = "generous";

    private static final Set<String> FLAGS =
            Set.of("--help", "-h", "--fresh", "--verbose", "--db", "--serve", "--in-memory", "--voice", "--explain",
                    "--screen");
    private static final Set<String> VALUED =
            Set.of("--endpoint", "--locale", "--user", "--db-port", "--data-dir", "--port", "--host", "--skill-package",
                    "--endpoint-arn", "--skill-id", "--privacy-url", "--terms-url", "--matcher");
    /** What --skill-package must be given: without them the package would keep the source's placeholders. */
    private static final List<String> PACKAGE_INPUTS = List.of("--endpoint-arn", "--privacy-url", "--terms-url");

    /** A command line the tool does not understand. */
    static final class UsageException extends Exception {

        UsageException(String message) {
            super(message);
        }
    }

    static LocalOptions parse(String... args) throws UsageException {
        Set<String> flags = new HashSet<>();
        Map<String, String> values = new HashMap<>();
        List<Path> events = new ArrayList<>();
        List<Path> sets = new ArrayList<>();
        Map<String, String> env = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (FLAGS.contains(option)) {
                flags.add(option);
            } else if (option.equals("--event")) {
                i = eventFiles(args, i, events);
            } else if (option.equals("--understanding")) {
                flags.add(option);
                while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    sets.add(Path.of(args[++i]));
                }
            } else if (option.equals("--env")) {
                variable(value(args, ++i, option), env);
            } else if (VALUED.contains(option)) {
                values.put(option, value(args, ++i, option));
            } else {
                throw new UsageException("Unknown option: " + option);
            }
        }
        if (values.containsKey("--skill-package")) {
            flags.add("--skill-package");
        }
        Mode mode = mode(flags, events);
        check(mode, flags, values);
        for (String option : List.of("--endpoint-arn", "--skill-id", "--privacy-url", "--terms-url")) {
            if (values.containsKey(option) && mode != Mode.SKILL_PACKAGE) {
                throw new UsageException(option + " goes with --skill-package.");
            }
        }
        for (String option : PACKAGE_INPUTS) {
            if (mode == Mode.SKILL_PACKAGE && !values.containsKey(option)) {
                throw new UsageException("--skill-package needs " + String.join(", ", PACKAGE_INPUTS)
                        + ": the package carries them, and the source's placeholders would not work. Missing: " + option);
            }
        }
        for (String option : List.of("--privacy-url", "--terms-url")) {
            if (values.containsKey(option) && !values.get(option).matches("https://[^\\s/]+\\.[^\\s]+")) {
                throw new UsageException(option + " needs the https:// address where you host it, got: " + values.get(option));
            }
        }
        if (values.containsKey("--locale")
                && !com.backrelief.coach.devtools.model.ModelGenerator.LOCALES.contains(values.get("--locale"))) {
            throw new UsageException("--locale must be one the skill has a voice model for ("
                    + String.join(", ", com.backrelief.coach.devtools.model.ModelGenerator.LOCALES) + "), got: "
                    + values.get("--locale"));
        }
        if (values.containsKey("--skill-id") && !values.get("--skill-id").matches("amzn1\\.ask\\.skill\\.[0-9a-fA-F-]+")) {
            throw new UsageException("--skill-id needs an Alexa skill id (amzn1.ask.skill....), got: " + values.get("--skill-id"));
        }
        if (values.containsKey("--endpoint-arn")
                && !values.get("--endpoint-arn").matches("arn:aws[a-z-]*:lambda:[a-z0-9-]+:\\d{12}:function:[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)?")) {
            throw new UsageException("--endpoint-arn needs a Lambda function ARN (the SkillEndpointArn output), got: "
                    + values.get("--endpoint-arn"));
        }
        List<Path> missing = EventMode.missing(events);
        if (!missing.isEmpty()) {
            throw new UsageException("No such event file: " + missing.get(0));
        }
        return new Options(flags, values).build(mode, events, sets, env);
    }

    /** Where DynamoDB Local keeps its data this run: null for in memory, else the chosen or the mode's directory. */
    Path dataDir(Path modeDefault) {
        if (inMemory) {
            return null;
        }
        return dataDir != null ? dataDir : modeDefault;
    }

    private static Mode mode(Set<String> flags, List<Path> events) throws UsageException {
        EnumSet<Mode> modes = EnumSet.noneOf(Mode.class);
        if (!events.isEmpty()) {
            modes.add(Mode.EVENTS);
        }
        if (flags.contains("--db")) {
            modes.add(Mode.DATABASE);
        }
        if (flags.contains("--serve")) {
            modes.add(Mode.SERVE);
        }
        if (flags.contains("--understanding")) {
            modes.add(Mode.UNDERSTANDING);
        }
        if (flags.contains("--skill-package")) {
            modes.add(Mode.SKILL_PACKAGE);
        }
        if (modes.size() > 1) {
            throw new UsageException("Choose one of --event, --db, --serve, --understanding and --skill-package.");
        }
        if (flags.contains("--help") || flags.contains("-h")) {
            return Mode.HELP;
        }
        return modes.isEmpty() ? Mode.CONVERSATION : modes.iterator().next();
    }

    private static void check(Mode mode, Set<String> flags, Map<String, String> values) throws UsageException {
        if (values.containsKey("--data-dir") && flags.contains("--in-memory")) {
            throw new UsageException("Choose --data-dir DIR or --in-memory, not both.");
        }
        boolean startsDatabase = values.containsKey("--data-dir") || flags.contains("--in-memory")
                || values.containsKey("--db-port");
        if (values.containsKey("--endpoint") && (mode == Mode.DATABASE || startsDatabase)) {
            throw new UsageException("--endpoint uses a DynamoDB that is already running; "
                    + "--db, --db-port, --data-dir and --in-memory are for one started by this tool.");
        }
        if (mode != Mode.SERVE && (values.containsKey("--port") || values.containsKey("--host"))) {
            throw new UsageException("--port and --host go with --serve (DynamoDB Local's port is --db-port).");
        }
        if (values.containsKey("--matcher") && !List.of(STATISTICAL, GENEROUS).contains(values.get("--matcher"))) {
            throw new UsageException("--matcher needs statistical or generous, got: " + values.get("--matcher"));
        }
        if (values.containsKey("--matcher") && mode != Mode.CONVERSATION && mode != Mode.HELP) {
            throw new UsageException("--matcher goes with the conversation (--understanding reports both).");
        }
        for (String flag : List.of("--voice", "--explain", "--screen")) {
            if (mode != Mode.CONVERSATION && mode != Mode.HELP && flags.contains(flag)) {
                throw new UsageException(flag + " goes with the conversation (no --event, --db, --serve or --understanding).");
            }
        }
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

    /** The parsed flags and values, turned into options with each mode's defaults. */
    private record Options(Set<String> flags, Map<String, String> values) {

        LocalOptions build(Mode mode, List<Path> events, List<Path> sets, Map<String, String> env) throws UsageException {
            String dataDir = values.get("--data-dir");
            String skillPackage = values.get("--skill-package");
            return new LocalOptions(mode, List.copyOf(events), List.copyOf(sets),
                    skillPackage == null ? null : Path.of(skillPackage), values.get("--endpoint-arn"), values.get("--skill-id"),
                    values.get("--privacy-url"), values.get("--terms-url"), values.get("--endpoint"),
                    values.getOrDefault("--locale", Conversation.DEFAULT_LOCALE),
                    values.getOrDefault("--user", Conversation.DEFAULT_USER), flags.contains("--fresh"),
                    port("--db-port", mode == Mode.DATABASE ? DEFAULT_DB_PORT : 0),
                    dataDir == null ? null : Path.of(dataDir), flags.contains("--in-memory"),
                    Map.copyOf(env), flags.contains("--verbose"), flags.contains("--voice"), flags.contains("--explain"),
                    flags.contains("--screen"),
                    port("--port", DEFAULT_PORT), values.getOrDefault("--host", DEFAULT_HOST),
                    values.getOrDefault("--matcher", STATISTICAL));
        }

        /** A port number; 0 (unset) lets the tool choose any free port. */
        private int port(String option, int unset) throws UsageException {
            String text = values.get(option);
            if (text == null) {
                return unset;
            }
            try {
                int port = Integer.parseInt(text);
                if (port < 0 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new UsageException(option + " needs a port number, got: " + text);
            }
        }
    }
}
