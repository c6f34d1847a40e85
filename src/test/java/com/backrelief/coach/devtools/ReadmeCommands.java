package com.backrelief.coach.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shell commands in the fenced {@code sh} blocks of README.md and of every page under docs/, split into words as a
 * shell would, for the tests that keep the documentation true.
 */
final class ReadmeCommands {

    static final Path README = Path.of("README.md");
    static final Path DOCS = Path.of("docs");
    static final List<String> LOCAL_TOOL = List.of("mvn", "-q", "test-compile", "exec:java");
    private static final String EXEC_ARGS = "-Dexec.args=";
    private static final String MAIN_CLASS = "-Dexec.mainClass=";
    private static final Pattern ASSIGNMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*");

    /** One command line, with the README section it is in. */
    record Command(String section, String text) {

        /** The stages of a pipeline ({@code a | b}), each as its words. */
        List<List<String>> pipeline() {
            List<List<String>> stages = new ArrayList<>();
            List<String> stage = new ArrayList<>();
            for (String word : words(text)) {
                if (word.equals("|")) {
                    stages.add(stage);
                    stage = new ArrayList<>();
                } else {
                    stage.add(word);
                }
            }
            stages.add(stage);
            return stages;
        }

        /** The last stage's words, without leading {@code NAME=value} assignments. */
        List<String> main() {
            List<String> words = pipeline().get(pipeline().size() - 1);
            int first = 0;
            while (first < words.size() && ASSIGNMENT.matcher(words.get(first)).matches()) {
                first++;
            }
            return words.subList(first, words.size());
        }

        String program() {
            return main().isEmpty() ? "" : main().get(0);
        }

        /** The local tool itself: {@link #LOCAL_TOOL} without another main class. */
        boolean runsLocalTool() {
            return compilesAndRuns() && mainClass() == null;
        }

        /** Another tool of the project's test scope: {@link #LOCAL_TOOL} with {@code -Dexec.mainClass}. */
        boolean runsDevtool() {
            return compilesAndRuns() && mainClass() != null;
        }

        private boolean compilesAndRuns() {
            return main().size() >= LOCAL_TOOL.size() && main().subList(0, LOCAL_TOOL.size()).equals(LOCAL_TOOL);
        }

        /** The class {@code -Dexec.mainClass} names, or null. */
        String mainClass() {
            for (String word : main()) {
                if (word.startsWith(MAIN_CLASS)) {
                    return word.substring(MAIN_CLASS.length()).strip();
                }
            }
            return null;
        }

        /** The local tool's arguments, as exec:java splits {@code -Dexec.args} (on spaces). */
        String[] localToolArgs() {
            for (String word : main()) {
                if (word.startsWith(EXEC_ARGS)) {
                    String args = word.substring(EXEC_ARGS.length()).strip();
                    return args.isEmpty() ? new String[0] : args.split("\\s+");
                }
            }
            return new String[0];
        }

        /** What a {@code printf '...' |} before the command feeds it, or null. */
        String standardInput() {
            List<List<String>> stages = pipeline();
            if (stages.size() < 2 || stages.get(0).size() < 2 || !stages.get(0).get(0).equals("printf")) {
                return null;
            }
            return stages.get(0).get(1).replace("\\n", "\n").replace("\\t", "\t");
        }

        /** The value after {@code option} in the main stage, or null. */
        String option(String... names) {
            List<String> words = main();
            for (int i = 0; i + 1 < words.size(); i++) {
                if (List.of(names).contains(words.get(i))) {
                    return words.get(i + 1);
                }
            }
            return null;
        }
    }

    private ReadmeCommands() {
    }

    /** README.md, then every page under docs/ in name order. */
    static List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(README));
        try (var pages = Files.list(DOCS)) {
            pages.filter(page -> page.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** Every command of every file; a page's sections are named with the page ("docs/deploy.md: Tear it down"). */
    static List<Command> read() {
        List<Command> commands = new ArrayList<>();
        for (Path file : files()) {
            try {
                for (Command command : parse(Files.readString(file))) {
                    commands.add(file.equals(README) ? command
                            : new Command(file.toString().replace('\\', '/') + ": " + command.section(), command.text()));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return commands;
    }

    /** Every line of every fenced sh block (a trailing backslash joins the next line), with its section. */
    static List<Command> parse(String markdown) {
        List<Command> commands = new ArrayList<>();
        String section = "";
        boolean inShell = false;
        StringBuilder pending = new StringBuilder();
        for (String line : markdown.split("\\R")) {
            if (!inShell && line.startsWith("## ")) {
                section = line.substring(3).strip();
            } else if (!inShell && line.strip().equals("```sh")) {
                inShell = true;
            } else if (inShell && line.strip().equals("```")) {
                inShell = false;
            } else if (inShell && !line.isBlank() && !line.strip().startsWith("#")) {
                String text = line.strip();
                if (text.endsWith("\\")) {
                    pending.append(text.substring(0, text.length() - 1).strip()).append(' ');
                } else {
                    pending.append(text);
                    commands.add(new Command(section, pending.toString()));
                    pending.setLength(0);
                }
            }
        }
        return commands;
    }

    /** The sections' names in order. */
    static Map<String, Integer> sections(String markdown) {
        Map<String, Integer> sections = new LinkedHashMap<>();
        for (String line : markdown.split("\\R")) {
            if (line.startsWith("## ")) {
                sections.put(line.substring(3).strip(), sections.size());
            }
        }
        return sections;
    }

    /** Splits a command line into words: single quotes literal, double quotes with backslash escapes, {@code #} to the end a comment. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '#' && !inWord) {
                break;
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("Unclosed quote in: " + line);
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
