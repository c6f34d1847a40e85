package com.backrelief.coach.devtools;

import com.backrelief.coach.Config;
import com.backrelief.coach.devtools.Conversation.SkillFailure;
import com.backrelief.coach.devtools.Conversation.Turn;
import com.backrelief.coach.devtools.UtteranceMatcher.Match;
import com.backrelief.coach.speech.Speech;
import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The conversation mode: typed utterances to the skill and its answers back, printed and, with --voice, spoken;
 * with --explain, what the ear heard (the statistical ear by default, the generous matcher with --matcher generous)
 * is printed under each answer; with --screen, the requests come from a
 * device with a screen, what it shows is printed under each answer, and "tap WORDS" touches one of its buttons.
 */
final class ConversationMode {

    private static final String BANNER = """
            Back Relief Coach, running locally. Type what you would say to Alexa, for example
            "open back relief coach", then "how do I do a cat cow". Type "quit" (or Ctrl-D) to leave.
            """;

    private final Conversation conversation;
    private final PrintStream out;
    private final Consumer<String> voice;
    private final boolean explain;
    private final ScreenPreview screen;
    private final Supplier<List<LocalAlexaApi.Call>> apiCalls;

    ConversationMode(Conversation conversation, PrintStream out, Consumer<String> voice) {
        this(conversation, out, voice, false);
    }

    ConversationMode(Conversation conversation, PrintStream out, Consumer<String> voice, boolean explain) {
        this(conversation, out, voice, explain, List::of, null);
    }

    /**
     * @param apiCalls the Alexa API calls the skill made since last asked, printed under each answer
     * @param screen   where to save what the screen shows, or null for a device without one
     */
    ConversationMode(Conversation conversation, PrintStream out, Consumer<String> voice, boolean explain,
                     Supplier<List<LocalAlexaApi.Call>> apiCalls, ScreenPreview screen) {
        this.conversation = conversation.screen(screen != null);
        this.out = out;
        this.voice = voice;
        this.explain = explain;
        this.apiCalls = apiCalls;
        this.screen = screen;
    }

    /**
     * DynamoDB Local on disk (or --endpoint) and a local Alexa API on loopback (the device's time zone is this
     * machine's; reminders are kept beside the data), then utterances from {@code in} until it ends.
     */
    static int run(LocalOptions options, LocalFunction function, InputStream in, PrintStream out) {
        Path dataDir = options.dataDir(LocalOptions.DEFAULT_DATA);
        if (options.fresh() && dataDir != null && options.endpoint() == null) {
            deleteTree(dataDir);
        }
        Path reminders = dataDir == null || options.endpoint() != null ? null : dataDir.resolveSibling(REMINDERS_FILE);
        if (options.fresh() && reminders != null) {
            deleteTree(reminders);
        }
        try (LocalDatabase database = LocalDatabase.open(options.endpoint(), options.dbPort(), dataDir);
             LocalAlexaApi alexaApi = new LocalAlexaApi(java.time.ZoneId.systemDefault(), reminders)) {
            Map<String, String> env = function.environment(database.endpoint(), options.env());
            Conversation conversation = new Conversation(function.handler(env), ear(options.matcher(), options.locale(), env))
                    .user(options.user())
                    .locale(options.locale())
                    .apiEndpoint(alexaApi.endpoint());
            Consumer<String> voice = options.voice() ? EspeakVoice.forConversation(options.locale(), out) : ssml -> { };
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            ScreenPreview screen = options.screen() ? new ScreenPreview(ScreenPreview.DIRECTORY) : null;
            new ConversationMode(conversation, out, voice, options.explain(), alexaApi::drain, screen)
                    .talk(lines, in == System.in && terminal());
            return 0;
        }
    }

    /** Where the local Alexa API keeps its reminders, beside DynamoDB Local's data. */
    static final String REMINDERS_FILE = "alexa-reminders.json";

    /** Reads utterances until the input ends ("quit" also ends an interactive session), printing each exchange. */
    void talk(BufferedReader lines, boolean interactive) {
        if (interactive) {
            out.print(BANNER);
        }
        try {
            for (String line = next(lines, interactive); line != null; line = next(lines, interactive)) {
                String utterance = line.strip();
                if (interactive && utterance.equalsIgnoreCase("quit")) {
                    break;
                }
                if (!utterance.isEmpty() && !utterance.startsWith("#")) {
                    if (!interactive) {
                        out.println("you> " + utterance);
                    }
                    reply(utterance);
                }
            }
        } finally {
            leave();
        }
    }

    private String next(BufferedReader lines, boolean interactive) {
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

    private void leave() {
        try {
            conversation.end();
        } catch (SkillFailure e) {
            out.println("(the skill failed on SessionEndedRequest: " + e.getMessage() + ")");
        }
    }

    /** "tap next", "touch Heat or ice?", "press [Pause]": a touch on a button of the screen now. */
    private static final Pattern TAP = Pattern.compile("(?i)(?:tap|touch|press)\\s+\\[?(.+?)\\]?");

    private void reply(String utterance) {
        try {
            Matcher tap = TAP.matcher(utterance);
            Turn turn;
            if (screen != null && tap.matches()) {
                Optional<ScreenPreview.Button> button = screen.button(tap.group(1));
                if (button.isEmpty() || !conversation.sessionOpen()) {
                    out.println("(no button \"" + tap.group(1) + "\" on the screen now)");
                    return;
                }
                turn = conversation.touch(button.get().label(), button.get().action());
            } else {
                turn = conversation.say(utterance);
            }
            String speech = turn.speech();
            out.println("alexa> " + (speech.isEmpty() ? "(says nothing)" : speech));
            if (explain) {
                explanation(turn).forEach(out::println);
            }
            apiCalls.get().forEach(call -> out.println("  alexa api: " + call.line()));
            if (screen != null) {
                screen.show(turn.screen()).forEach(out::println);
            }
            if (turn.sessionEnded()) {
                out.println("(session ended)");
                if (screen != null) {
                    screen.closed();
                }
            }
            out.flush();
            voice.accept(ssml(turn));
        } catch (SkillFailure e) {
            out.println("alexa> There was a problem with the requested skill's response.");
            out.println("(session ended: " + e.getMessage() + ")");
            apiCalls.get().forEach(call -> out.println("  alexa api: " + call.line()));
        }
        out.flush();
    }

    /**
     * For --explain, what the matcher heard, indented under the answer: the intent (or the request type, for a
     * launch) and how it matched, then each filled slot with its value and its resolved id or "no match".
     */
    static List<String> explanation(Turn turn) {
        Match match = turn.heard();
        if (match == null) {
            JsonNode request = turn.request().path("request");
            if (request.path("type").asText().equals("Alexa.Presentation.APL.UserEvent")) {
                return List.of("  heard: a touch on the screen, action " + request.path("arguments").path(0).asText());
            }
            return List.of("  heard: " + request.path("type").asText() + " (opens the skill)");
        }
        List<String> lines = new ArrayList<>();
        lines.add("  heard: " + match.name() + ", " + match.heard().describe());
        match.intent().path("slots").fields().forEachRemaining(slot -> {
            String value = slot.getValue().path("value").asText("");
            if (!value.isEmpty()) {
                lines.add("    " + slot.getKey() + " = \"" + value + "\"" + resolution(match, slot.getKey()));
            }
        });
        return lines;
    }

    /** " -> id" for a resolved custom value, " -> no match" for an unresolved one, nothing without resolutions. */
    private static String resolution(Match match, String slot) {
        String status = match.slotStatus(slot);
        if (status == null) {
            return "";
        }
        if (!status.equals("ER_SUCCESS_MATCH")) {
            return " -> no match";
        }
        JsonNode value = match.intent().path("slots").path(slot).path("resolutions").path("resolutionsPerAuthority")
                .path(0).path("values").path(0).path("value");
        return " -> " + value.path("id").asText(value.path("name").asText());
    }

    /** What Alexa would say for this turn, as SSML: the skill's speech, then any prompt Alexa adds itself. */
    static String ssml(Turn turn) {
        JsonNode speech = turn.response().path("response").path("outputSpeech");
        String said = "SSML".equals(speech.path("type").asText())
                ? speech.path("ssml").asText("") : Speech.escape(speech.path("text").asText(""));
        if (turn.prompt() != null && !turn.prompt().isBlank()) {
            said = said + " " + Speech.escape(turn.prompt());
        }
        return said.strip();
    }

    /** The statistical ear trained on the locale's model (default), or the generous matcher (--matcher generous). */
    private static Ear ear(String which, String locale, Map<String, String> env) {
        Path model = Path.of("interaction-model", locale + ".json");
        String configured = env.getOrDefault(Config.SKILL_ID, "");
        String skillId = configured.isBlank() ? LocalFunction.SKILL_ID : configured;
        Path file = Files.exists(model) ? model : UtteranceMatcher.DEFAULT_MODEL;
        return LocalOptions.GENEROUS.equals(which) ? UtteranceMatcher.load(file, skillId) : StatisticalEar.load(file, skillId);
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
