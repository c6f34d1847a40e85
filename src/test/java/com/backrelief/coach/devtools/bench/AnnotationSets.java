package com.backrelief.coach.devtools.bench;

import com.backrelief.coach.devtools.bench.DevSet.Case;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The phrasing sets as annotation sets for Alexa's NLU Evaluation tool (the Skill Management API's
 * {@code UpdateNLUAnnotationSetAnnotationsRequest} body): each phrasing with the intent Alexa should send for it,
 * from the line's expectation. docs/nlu-evaluation.md says how the intents are chosen and how to run an evaluation.
 *
 * <p>Regenerate: {@value #REGENERATE}
 */
public final class AnnotationSets {

    public static final Path DIRECTORY = Path.of("interaction-model", "nlu-evaluation");
    static final String REGENERATE =
            "mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.bench.AnnotationSets";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The intent for each {@code does:} action. */
    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("next", "AMAZON.NextIntent"),
            Map.entry("previous", "AMAZON.PreviousIntent"),
            Map.entry("repeat", "AMAZON.RepeatIntent"),
            Map.entry("pause", "AMAZON.PauseIntent"),
            Map.entry("resume", "AMAZON.ResumeIntent"),
            Map.entry("start-over", "AMAZON.StartOverIntent"),
            Map.entry("stop", "AMAZON.StopIntent"),
            Map.entry("cancel", "AMAZON.CancelIntent"),
            Map.entry("help", "AMAZON.HelpIntent"),
            Map.entry("capabilities", "AMAZON.HelpIntent"),
            Map.entry("skip", "SkipIntent"),
            Map.entry("slower", "SlowerIntent"),
            Map.entry("faster", "FasterIntent"),
            Map.entry("easier", "EasierIntent"),
            Map.entry("harder", "HarderIntent"),
            Map.entry("how-many-left", "HowManyLeftIntent"),
            Map.entry("explain-current", "ExplainCurrentIntent"),
            Map.entry("thanks", "ThanksIntent"),
            Map.entry("list-stretches", "ListStretchesIntent"),
            Map.entry("progress", "HowAmIDoingIntent"));

    private AnnotationSets() {
    }

    /** Writes one annotation set per phrasing set into {@link #DIRECTORY}. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(DIRECTORY);
        for (Path set : UnderstandingBenchmark.SETS) {
            Path file = file(set);
            ObjectNode annotations = annotations(DevSet.load(set));
            Files.writeString(file, write(annotations));
            System.out.println("Wrote " + file + ": " + annotations.path("data").size() + " annotations");
        }
    }

    /** Where a phrasing set's annotation set is committed. */
    public static Path file(Path set) {
        return DIRECTORY.resolve(set.getFileName().toString().replaceFirst("\\.tsv$", ".json"));
    }

    /** The annotations of the cases that name an intent; a {@code says:} line names none and is left out. */
    public static ObjectNode annotations(List<Case> cases) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode data = body.putArray("data");
        for (Case subject : cases) {
            expectedIntent(subject).ifPresent(intent -> {
                ObjectNode annotation = data.addObject();
                annotation.putObject("inputs").put("utterance", utterance(subject.utterance()));
                annotation.putArray("expected").addObject().putObject("intent").put("name", intent);
            });
        }
        return body;
    }

    /**
     * The intent Alexa should send: a red flag (tier:) as the red-flag intent, a denial (no-alarm in the denial
     * area) as the denial intent, a heat-or-ice request (advice:) as HeatOrIceIntent, a stretch or a routine asked for by name as
     * StretchInfoIntent or StartRoutineIntent, each other action as its intent; a question answered by a key fact
     * (says:) can come through several question intents, so it has none.
     */
    public static Optional<String> expectedIntent(Case subject) {
        String value = subject.expect().value();
        return switch (subject.expect().kind()) {
            case "tier" -> Optional.of("RedFlagIntent");
            // A denial names its intent; other words that must raise no alarm (ordinary words, old history) have none.
            case "no-alarm" -> subject.area().equals("denial") ? Optional.of("SymptomDenialIntent") : Optional.empty();
            case "advice" -> Optional.of("HeatOrIceIntent");
            case "does" -> value.startsWith("stretch:") ? Optional.of("StretchInfoIntent")
                    : value.startsWith("routine:") ? Optional.of("StartRoutineIntent")
                    : Optional.ofNullable(ACTIONS.get(value));
            default -> Optional.empty();
        };
    }

    /** The words as a person says them: no punctuation but apostrophes, lower case, single spaces. */
    static String utterance(String said) {
        return said.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^\\p{L}\\p{N}' ]", " ")
                .replaceAll("\\s+", " ").strip();
    }

    static String write(ObjectNode annotations) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(annotations) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
