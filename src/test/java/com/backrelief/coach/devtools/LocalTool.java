package com.backrelief.coach.devtools;

import com.backrelief.coach.devtools.LocalOptions.UsageException;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the skill on this machine, with the handler and environment {@code template.yaml} declares:
 * a typed conversation, event files as {@code sam local invoke -e} runs them, DynamoDB Local for
 * {@code sam local}, or a local Lambda Invoke API and Alexa endpoint. {@code --help} explains each.
 */
public final class LocalTool {

    /** Held so the JUL logger, and the level set on it, are not garbage collected. */
    private static final Logger SQLITE_LOG = Logger.getLogger("com.almworks.sqlite4java");

    private LocalTool() {
    }

    public static void main(String[] args) {
        int status = run(args, System.in, System.out, System.err);
        System.out.flush();
        System.err.flush();
        // Not System.exit: under exec:java, Maven's console hook would then print a colour-reset code after the
        // last line, and what --event prints must stay plain JSON for jq and scripts. Everything is closed by now.
        Runtime.getRuntime().halt(status);
    }

    /** Runs one command line; returns the exit code (0 fine, 1 a handler or the tool failed, 2 bad usage). */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        return run(args, in, out, err, Lifetime.untilShutdown());
    }

    /** As above; the serving modes ({@code --db}, {@code --serve}) run until {@code lifetime} ends. */
    static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Lifetime lifetime) {
        LocalOptions options;
        try {
            options = LocalOptions.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println();
            err.print(LocalToolHelp.TEXT);
            return 2;
        }
        if (options.mode() == LocalOptions.Mode.HELP) {
            out.print(LocalToolHelp.TEXT);
            return 0;
        }
        quietLogging();
        PrintStream stdout = System.out;
        // The skill logs one JSON line per request on standard output, as Lambda collects it: shown on
        // standard error where sam local shows logs, hidden in the conversation unless --verbose.
        boolean showLogs = options.mode() != LocalOptions.Mode.CONVERSATION
                && options.mode() != LocalOptions.Mode.UNDERSTANDING || options.verbose();
        System.setOut(showLogs ? err : new PrintStream(OutputStream.nullOutputStream()));
        try {
            return dispatch(options, in, out, err, lifetime);
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            err.println("local tool: " + e.getMessage());
            return 1;
        } finally {
            System.setOut(stdout);
        }
    }

    private static int dispatch(LocalOptions options, InputStream in, PrintStream out, PrintStream err,
                                Lifetime lifetime) {
        return switch (options.mode()) {
            case EVENTS -> EventMode.run(options, LocalFunction.fromTemplate(), out, err);
            case DATABASE -> DatabaseMode.run(options, out, lifetime);
            case SERVE -> ServeMode.run(options, LocalFunction.fromTemplate(), out, err, lifetime);
            case CONVERSATION -> ConversationMode.run(options, LocalFunction.fromTemplate(), in, out);
            case UNDERSTANDING -> com.backrelief.coach.devtools.bench.UnderstandingBenchmark.report(options.sets(), out);
            case SKILL_PACKAGE -> SkillPackage.run(options, out);
            case HELP -> throw new IllegalStateException("help is printed before dispatch");
        };
    }

    /** Keeps DynamoDB Local, Jetty and sqlite4java to warnings, so the output is the tool's own. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel",
                System.getProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn"));
        System.setProperty("log4j2.level", System.getProperty("log4j2.level", "WARN"));
        SQLITE_LOG.setLevel(Level.WARNING);
    }
}
