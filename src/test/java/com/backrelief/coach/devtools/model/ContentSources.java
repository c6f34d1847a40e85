package com.backrelief.coach.devtools.model;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.domain.safety.Denial;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The parts of the voice model made from the skill's content ({@code src/main/resources/content}), named in the
 * source by {@code from:} (slot types) and {@code samplesFrom:} (samples), so the model and the content never drift.
 */
final class ContentSources {

    /**
     * Slot types: each exercise and routine by its id, name and synonyms; each red flag by its sayings; and the whole
     * denial sentences, by the flag each denies.
     */
    static final Set<String> TYPES = new TreeSet<>(List.of("exercises", "routines", "red-flags.symptoms",
            "red-flags.denied-symptoms", "red-flags.denials", "red-flags.exercise-pain"));
    /** Samples: the content's whole denial sentences and exercise-pain phrases. */
    static final Set<String> SAMPLES = new TreeSet<>(List.of("red-flags.denials", "red-flags.exercise-pain"));

    private final StretchCatalogue catalogue;
    private final RedFlagScreen screen;

    ContentSources(StretchCatalogue catalogue, RedFlagScreen screen) {
        this.catalogue = catalogue;
        this.screen = screen;
    }

    static ContentSources load() {
        return new ContentSources(ContentLoader.stretchCatalogue(), ContentLoader.redFlagScreen());
    }

    List<ModelSource.Value> type(String from) {
        List<ModelSource.Value> values = new ArrayList<>();
        switch (from) {
            case "exercises" -> {
                for (Stretch stretch : catalogue.stretches()) {
                    values.add(new ModelSource.Value(stretch.id(), stretch.name(), stretch.synonyms()));
                }
            }
            case "routines" -> {
                for (Routine routine : catalogue.routines()) {
                    values.add(new ModelSource.Value(routine.id(), routine.name(), routine.synonyms()));
                }
            }
            case "red-flags.symptoms" -> {
                for (RedFlag flag : screen.flags()) {
                    values.add(spoken(flag.id(), flag.sayings()));
                }
            }
            case "red-flags.denied-symptoms" -> {
                for (Map.Entry<String, List<String>> names : screen.deniedNames().entrySet()) {
                    values.add(spoken(names.getKey(), names.getValue()));
                }
            }
            case "red-flags.denials" -> {
                Map<String, List<String>> bySymptom = new java.util.LinkedHashMap<>();
                screen.denials().forEach(denial -> bySymptom.computeIfAbsent(denial.symptom(), k -> new ArrayList<>())
                        .add(denial.phrase()));
                bySymptom.forEach((symptom, phrases) -> values.add(spoken(symptom, phrases)));
            }
            case "red-flags.exercise-pain" -> values.add(spoken("pain", screen.exercisePain()));
            default -> throw new ModelSourceException("Unknown slot type source 'from: " + from + "' (known: "
                    + String.join(", ", TYPES) + ")");
        }
        return values;
    }

    List<String> samples(String from) {
        List<String> phrases = switch (from) {
            case "red-flags.denials" -> screen.denials().stream().map(Denial::phrase).toList();
            case "red-flags.exercise-pain" -> screen.exercisePain();
            default -> throw new ModelSourceException("Unknown sample source 'samplesFrom: " + from + "' (known: "
                    + String.join(", ", SAMPLES) + ")");
        };
        return new ArrayList<>(spoken(phrases));
    }

    /** Red-flag sayings as the model writes them: normalised as the screen recognises them, each once. */
    private static ModelSource.Value spoken(String id, List<String> sayings) {
        List<String> words = new ArrayList<>(spoken(sayings));
        return new ModelSource.Value(id, words.get(0), words.subList(1, words.size()));
    }

    private static Set<String> spoken(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>();
        phrases.forEach(phrase -> out.add(RedFlagScreen.normalise(phrase)));
        return out;
    }
}
