package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.Conversation;
import com.backrelief.coach.devtools.Conversation.Turn;
import com.backrelief.coach.devtools.UtteranceMatcher;
import com.backrelief.coach.devtools.bench.ConversationSet.Check;
import com.backrelief.coach.devtools.bench.ConversationSet.Script;
import com.backrelief.coach.devtools.bench.ConversationSet.Step;
import com.backrelief.coach.devtools.bench.UnderstandingBenchmark.Score;
import com.backrelief.coach.support.InMemoryProgressStore;
import com.backrelief.coach.support.MutableClock;
import com.backrelief.coach.support.StubAlexaApi;
import com.backrelief.coach.support.TestSkill;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Replays every conversation of the multi-turn set through the local conversation (the interaction
 * model's matcher and the real handler, an in-memory store, the fixed clock, a stand-in Alexa API),
 * judges every turn by what it must do, and counts a conversation right only when all its turns are.
 *
 * <p>Run: {@code mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.bench.ConversationBenchmark}
 * (arguments: files or directories; the default is the whole set).
 *
 * <p>What a turn did is read from the response and the session attributes in {@link #routine},
 * {@link #heatIceWaiting} and {@link Judge}'s readers: when the session record changes shape, they
 * are the places to follow it.
 */
public final class ConversationBenchmark {

    private static final Pattern HEAT_OR_COLD = Pattern.compile("\\b(heat|warmth|warm|cold|ice|icepack)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PROMPT = Pattern.compile("\\?$|^(just )?(say|tell me)\\b", Pattern.CASE_INSENSITIVE);
    private static final String REMINDERS = "/v1/alerts/reminders";
    private static final String TIMERS = "/v1/alerts/timers";

    /** How one conversation fared: right, or the first turn that was not and why. */
    public record Result(Script script, boolean right, int turn, String said, String expected, String got, String why) {
    }

    private final Judge judge = new Judge();
    private final com.backrelief.coach.devtools.Ear matcher;
    private final StubAlexaApi api;
    private int people;

    /** Through the generous matcher. */
    public ConversationBenchmark(StubAlexaApi api) {
        this(api, Judge.Ears.GENEROUS);
    }

    public ConversationBenchmark(StubAlexaApi api, Judge.Ears ear) {
        this.api = api;
        this.matcher = ear.load();
    }

    /** The conversation files or folders named (the conversation set by default); {@code --statistical} hears them through the statistical ear. */
    public static void main(String[] args) {
        List<String> named = new ArrayList<>(List.of(args));
        Judge.Ears ear = named.remove("--statistical") ? Judge.Ears.STATISTICAL : Judge.Ears.GENEROUS;
        List<Path> where = named.isEmpty() ? List.of(ConversationSet.DEFAULT) : named.stream().map(Path::of).toList();
        PrintStream out = System.out;
        System.setOut(new PrintStream(OutputStream.nullOutputStream()));
        String report;
        try (StubAlexaApi api = new StubAlexaApi()) {
            ConversationBenchmark benchmark = new ConversationBenchmark(api, ear);
            Map<String, List<Result>> results = new LinkedHashMap<>();
            for (Path place : where) {
                for (Path file : ConversationSet.files(place)) {
                    results.put(file.getFileName().toString(), benchmark.run(ConversationSet.load(file)));
                }
            }
            report = report(results);
        } finally {
            System.setOut(out);
        }
        out.print(report);
        out.flush();
    }

    public List<Result> run(List<Script> scripts) {
        List<Result> results = new ArrayList<>();
        scripts.forEach(script -> results.add(replay(script)));
        return results;
    }

    /** One conversation, as a new person on the fixed clock, stopping at its first wrong turn. */
    public Result replay(Script script) {
        MutableClock clock = new MutableClock(TestSkill.NOW);
        TestSkill skill = new TestSkill(new InMemoryProgressStore(), clock, api);
        Conversation conversation = new Conversation(skill.handler(), matcher)
                .user("amzn1.ask.account.CONVERSATION-SET-" + (++people)).clock(clock).apiEndpoint(api.endpoint());
        Memory memory = new Memory();
        Turn before = null;
        int turns = 0;
        for (Step step : script.steps()) {
            if (step.kind() == Step.Kind.DIRECTIVE) {
                direct(conversation, clock, step.text());
                continue;
            }
            turns++;
            int sent = api.received().size();
            Turn turn;
            try {
                turn = conversation.say(step.text());
            } catch (RuntimeException e) {
                return new Result(script, false, turns, step.text(), "an answer", "", "skill failed: " + e.getMessage());
            }
            List<StubAlexaApi.Received> calls = api.received().subList(sent, api.received().size());
            Optional<String> problem = certification(turn);
            String expected = "an open answer ending with a question";
            for (Check check : step.checks()) {
                if (problem.isPresent()) {
                    break;
                }
                problem = check(check, before, turn, calls, memory);
                expected = check.toString();
            }
            memory.saw(turn);
            if (problem.isPresent()) {
                return new Result(script, false, turns, step.text(), expected, turn.speech(), problem.get());
            }
            before = turn;
        }
        return new Result(script, true, 0, "", "", "", "ok");
    }

    /** What the session remembers between turns, as the set's checks need it. */
    private static final class Memory {
        private String firstUse;

        void saw(Turn turn) {
            if (firstUse == null && adviceGiven(turn)) {
                firstUse = turn.response().path("sessionAttributes").path("heatIceLastUse").asText("");
            }
        }
    }

    private static void direct(Conversation conversation, MutableClock clock, String directive) {
        String[] words = directive.split("\\s+", 2);
        switch (words[0]) {
            case "walk-away" -> conversation.end();
            case "later" -> clock.advance(duration(words[1]));
            case "locale" -> conversation.locale(words[1]);
            default -> throw new IllegalArgumentException("unknown directive @" + directive);
        }
    }

    /** An answer that waits for the person ends with a question and carries a reprompt. */
    private static Optional<String> certification(Turn turn) {
        boolean permission = turn.response().path("response").path("directives").toString().contains("Connections.SendRequest");
        if (turn.sessionEnded() || permission || turn.speech().isEmpty()) {
            return Optional.empty();
        }
        return turn.speech().strip().endsWith("?") && !turn.reprompt().isBlank() ? Optional.empty()
                : Optional.of("open session without a closing question and reprompt");
    }

    Optional<String> check(Check check, Turn before, Turn turn, List<StubAlexaApi.Received> calls, Memory memory) {
        String speech = turn.speech();
        if (check.kind().equals("says")) {
            return check.pattern().matcher(speech).find() ? Optional.empty() : Optional.of("does not say it");
        }
        if (check.kind().equals("not")) {
            return check.pattern().matcher(speech).find() ? Optional.of("says it") : Optional.empty();
        }
        Optional<String> problem = positive(check, before, turn, calls, memory);
        if (!check.negated()) {
            return problem;
        }
        return problem.isPresent() ? Optional.empty() : Optional.of("did " + check.kind() + ":" + check.value());
    }

    private Optional<String> positive(Check check, Turn before, Turn turn, List<StubAlexaApi.Received> calls, Memory memory) {
        String speech = turn.speech();
        String value = check.value();
        Optional<Judge.Alarm> alarm = Judge.alarm(speech);
        return switch (check.kind()) {
            case "tier" -> {
                String tier = alarm.map(found -> found.name().toLowerCase(Locale.ROOT)).orElse("none");
                yield tier.equals(value) ? Optional.empty() : Optional.of("tier " + tier);
            }
            case "advice" -> advice(value, turn, alarm, memory);
            case "does" -> {
                if (Judge.NOT_UNDERSTOOD.matcher(speech).find()) {
                    yield Optional.of("not understood");
                }
                yield before == null ? Optional.of("does: needs a turn before") : judge.does(value, before, turn);
            }
            case "asks" -> !turn.sessionEnded() && speech.strip().endsWith("?") ? Optional.empty() : Optional.of("asks nothing");
            case "interview" -> heatIceWaiting(turn) ? Optional.empty() : Optional.of("no heat-or-ice question waiting");
            case "routine" -> routineAt(value, before, turn);
            case "resumes" -> resumes(before, turn);
            case "reminder" -> call(calls, REMINDERS, value.equals("set") ? "POST" : value.equals("cancelled") ? "DELETE" : "?")
                    ? Optional.empty() : Optional.of("no reminder " + value);
            case "timer" -> call(calls, TIMERS, "POST") ? Optional.empty() : Optional.of("no timer set");
            case "understood" -> Judge.NOT_UNDERSTOOD.matcher(speech).find() ? Optional.of("not understood") : Optional.empty();
            case "varies" -> before != null && lastSentence(before.speech()).equals(lastSentence(speech))
                    ? Optional.of("the same closing question again") : Optional.empty();
            case "one-prompt" -> prompts(speech) > 1 ? Optional.of("two prompts") : Optional.empty();
            case "ends" -> turn.sessionEnded() ? Optional.empty() : Optional.of("session stayed open");
            case "open" -> turn.sessionEnded() ? Optional.of("session ended") : Optional.empty();
            default -> Optional.of("unknown check " + check);
        };
    }

    private Optional<String> advice(String value, Turn turn, Optional<Judge.Alarm> alarm, Memory memory) {
        if (!adviceGiven(turn)) {
            return Optional.of(alarm.map(found -> "alarm " + found).orElse(heatIceWaiting(turn) ? "asked a question" : "no advice"));
        }
        return switch (value) {
            case "any" -> Optional.empty();
            case "same" -> {
                String use = turn.response().path("sessionAttributes").path("heatIceLastUse").asText("");
                yield memory.firstUse == null || memory.firstUse.equals(use) ? Optional.empty()
                        : Optional.of("advice " + use + " after " + memory.firstUse);
            }
            default -> judge.advice(turn, alarm, value);
        };
    }

    /** Heat-or-ice advice in this answer: a rule decided, no question waiting, and heat or cold named. */
    private static boolean adviceGiven(Turn turn) {
        return Judge.adviceRule(turn).isPresent() && !heatIceWaiting(turn) && HEAT_OR_COLD.matcher(turn.speech()).find();
    }

    /** A heat-or-ice question waits for its answer. */
    static boolean heatIceWaiting(Turn turn) {
        return !turn.sessionEnded() && (Judge.asking(turn)
                || !turn.response().path("sessionAttributes").path("heatIce").path("pending").asText("").isEmpty());
    }

    /** The routine in the session after this answer (missing when there is none). */
    static JsonNode routine(Turn turn) {
        return turn.sessionEnded() ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : Judge.routine(turn);
    }

    /** routine:N (at exercise N, counted from one), routine:kept (as before this turn), routine:none, routine:paused. */
    private static Optional<String> routineAt(String value, Turn before, Turn turn) {
        JsonNode now = routine(turn);
        String where = now.isMissingNode() ? "no routine" : "routine at exercise " + (now.path("step").asInt() + 1)
                + (now.path("paused").asBoolean(false) ? ", paused" : "");
        boolean pass = switch (value) {
            case "none" -> now.isMissingNode();
            case "paused" -> now.path("paused").asBoolean(false);
            case "kept" -> {
                JsonNode was = before == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : routine(before);
                yield !now.isMissingNode() && !was.isMissingNode() && now.path("id").equals(was.path("id"))
                        && now.path("step").asInt() == was.path("step").asInt();
            }
            default -> value.matches("\\d+") && !now.isMissingNode() && now.path("step").asInt() + 1 == Integer.parseInt(value);
        };
        return pass ? Optional.empty() : Optional.of(where);
    }

    /** resumes:routine: the routine carries on where it was, not paused, coaching the same exercise by name. */
    private Optional<String> resumes(Turn before, Turn turn) {
        Optional<String> kept = routineAt("kept", before, turn);
        if (kept.isPresent()) {
            return kept;
        }
        JsonNode now = routine(turn);
        if (now.path("paused").asBoolean(false)) {
            return Optional.of("routine paused");
        }
        return judge.exerciseAt(now).filter(exercise -> Judge.contains(turn.speech(), exercise.name())).isPresent()
                ? Optional.empty() : Optional.of("the exercise is not named");
    }

    private static boolean call(List<StubAlexaApi.Received> calls, String path, String method) {
        return calls.stream().anyMatch(call -> call.path().startsWith(path) && call.method().equals(method));
    }

    private static String lastSentence(String speech) {
        String[] sentences = sentences(speech);
        return sentences.length == 0 ? "" : sentences[sentences.length - 1].toLowerCase(Locale.ROOT);
    }

    /** Among the answer's last two sentences, how many ask the person for something. */
    private static int prompts(String speech) {
        String[] sentences = sentences(speech);
        int count = 0;
        for (int i = Math.max(0, sentences.length - 2); i < sentences.length; i++) {
            count += PROMPT.matcher(sentences[i].strip()).find() ? 1 : 0;
        }
        return count;
    }

    private static String[] sentences(String speech) {
        String text = speech.replaceAll("\\[pause [^]]*]", " ").strip();
        return text.isEmpty() ? new String[0] : text.split("(?<=[.?!])\\s+");
    }

    /** "30m", "5h" or "2d", as the transcripts and the conversation set write time passing. */
    public static Duration duration(String text) {
        String amount = text.strip().toLowerCase(Locale.ROOT);
        long value = Long.parseLong(amount.substring(0, amount.length() - 1));
        return switch (amount.charAt(amount.length() - 1)) {
            case 'm' -> Duration.ofMinutes(value);
            case 'h' -> Duration.ofHours(value);
            case 'd' -> Duration.ofDays(value);
            default -> throw new IllegalArgumentException("use 30m, 5h or 2d, not " + text);
        };
    }

    /** Conversations right per file and overall, then each wrong one with its first wrong turn. */
    public static String report(Map<String, List<Result>> results) {
        StringBuilder out = new StringBuilder();
        int total = results.values().stream().mapToInt(List::size).sum();
        out.append("Conversations: ").append(total).append(" in ").append(results.size()).append(" files\n\n");
        out.append("| file | conversations right |\n|---|---|\n");
        int right = 0;
        for (Map.Entry<String, List<Result>> file : results.entrySet()) {
            int passed = (int) file.getValue().stream().filter(Result::right).count();
            right += passed;
            out.append("| ").append(file.getKey()).append(" | ").append(new Score(passed, file.getValue().size())).append(" |\n");
        }
        out.append("| all | ").append(new Score(right, total)).append(" |\n");
        List<Result> wrong = results.values().stream().flatMap(List::stream).filter(result -> !result.right()).toList();
        if (!wrong.isEmpty()) {
            out.append("\nWrong (file:line name, first wrong turn: said, expected, why, got):\n");
            for (Result result : wrong) {
                String got = result.got().replaceAll("\\[pause [^]]*]\\s*", "");
                got = got.length() > 160 ? got.substring(0, 160) + "…" : got;
                out.append(String.format("- %s:%d %s, turn %d: \"%s\" expected %s; %s; got \"%s\"%n",
                        result.script().file(), result.script().line(), result.script().name(), result.turn(),
                        result.said(), result.expected(), result.why(), got));
            }
        }
        return out.toString();
    }
}
