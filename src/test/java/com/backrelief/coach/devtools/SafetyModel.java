package com.backrelief.coach.devtools;

import com.backrelief.coach.content.ContentLoader;
import com.backrelief.coach.domain.safety.Denial;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the safety part of the voice model from {@code content/red-flags.json}: the SYMPTOM and
 * DENIED_SYMPTOM slot types and the red-flag, denial and exercise-pain intents. Run it after
 * changing the content: {@code mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.SafetyModel}.
 */
public final class SafetyModel {

    public static final Path MODEL = Path.of("interaction-model/en-US.json");
    public static final String SYMPTOM_TYPE = "SYMPTOM";
    public static final String DENIED_TYPE = "DENIED_SYMPTOM";

    /** Ways a symptom comes up in speech; "{symptom}" alone lets a whole sentence be the value. */
    static final List<String> RED_FLAG_CARRIERS = List.of(
            "{symptom}", "i have {symptom}", "i've got {symptom}", "i have got {symptom}", "i'm having {symptom}",
            "and {symptom}", "also {symptom}", "but {symptom}", "and also {symptom}", "oh and {symptom}",
            "{symptom} too", "{symptom} as well", "my back hurts and {symptom}", "my back hurts but {symptom}",
            "{symptom} and my back hurts", "my back is sore and {symptom}", "{symptom} and my back is sore",
            "i think {symptom}", "i noticed {symptom}", "i've noticed {symptom}", "actually {symptom}",
            "well {symptom}", "yes {symptom}", "yeah {symptom}", "i'm worried because {symptom}",
            "the thing is {symptom}");

    /** Ways of saying a symptom is absent. Never "{symptom}" alone: a denial needs its "no". */
    static final List<String> DENIAL_CARRIERS = List.of(
            "no {symptom}", "no {symptom} at all", "i don't have {symptom}", "i don't have any {symptom}",
            "i do not have {symptom}", "i do not have any {symptom}", "i haven't got any {symptom}",
            "i haven't had any {symptom}", "i've not had any {symptom}", "there's no {symptom}",
            "there isn't any {symptom}", "no i don't have {symptom}", "nothing like {symptom}");

    private static final ObjectMapper JSON = new ObjectMapper();

    private SafetyModel() {
    }

    public static void main(String[] args) throws IOException {
        ObjectNode model = (ObjectNode) JSON.readTree(MODEL.toFile());
        applyTo(languageModel(model), ContentLoader.redFlagScreen());
        Files.writeString(MODEL, write(model));
        System.out.println("Updated " + MODEL);
    }

    public static ObjectNode languageModel(JsonNode model) {
        return (ObjectNode) model.path("interactionModel").path("languageModel");
    }

    /** What Alexa's entity resolution does with a slot type: each value and synonym leads to the value's id. */
    public static Map<String, String> resolution(JsonNode languageModel, String typeName) {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode type : languageModel.path("types")) {
            if (type.path("name").asText().equals(typeName)) {
                for (JsonNode value : type.path("values")) {
                    String id = value.path("id").asText();
                    ids.put(value.path("name").path("value").asText(), id);
                    value.path("name").path("synonyms").forEach(synonym -> ids.put(synonym.asText(), id));
                }
            }
        }
        return ids;
    }

    /** Puts the safety intents and slot types into a language model, replacing older versions in place. */
    public static void applyTo(ObjectNode languageModel, RedFlagScreen screen) {
        ArrayNode intents = (ArrayNode) languageModel.path("intents");
        put(intents, intent("RedFlagIntent", SYMPTOM_TYPE, RED_FLAG_CARRIERS));
        put(intents, intent("SymptomDenialIntent", DENIED_TYPE,
                concat(DENIAL_CARRIERS, screen.denials().stream().map(Denial::phrase).toList())));
        put(intents, intent("ExercisePainIntent", null, screen.exercisePain()));
        ArrayNode types = (ArrayNode) languageModel.path("types");
        put(types, symptomType(screen));
        put(types, deniedType(screen));
    }

    static ObjectNode symptomType(RedFlagScreen screen) {
        ObjectNode type = JSON.createObjectNode().put("name", SYMPTOM_TYPE);
        ArrayNode values = type.putArray("values");
        for (RedFlag flag : screen.flags()) {
            values.add(value(flag.id(), flag.sayings()));
        }
        return type;
    }

    static ObjectNode deniedType(RedFlagScreen screen) {
        ObjectNode type = JSON.createObjectNode().put("name", DENIED_TYPE);
        ArrayNode values = type.putArray("values");
        for (Map.Entry<String, List<String>> names : screen.deniedNames().entrySet()) {
            values.add(value(names.getKey(), names.getValue()));
        }
        return type;
    }

    private static ObjectNode value(String id, List<String> sayings) {
        List<String> words = new ArrayList<>(normalised(sayings));
        ObjectNode value = JSON.createObjectNode().put("id", id);
        ObjectNode name = value.putObject("name").put("value", words.get(0));
        ArrayNode synonyms = name.putArray("synonyms");
        words.subList(1, words.size()).forEach(synonyms::add);
        return value;
    }

    private static ObjectNode intent(String name, String slotType, List<String> samples) {
        ObjectNode intent = JSON.createObjectNode().put("name", name);
        ArrayNode slots = intent.putArray("slots");
        if (slotType != null) {
            slots.addObject().put("name", "symptom").put("type", slotType);
        }
        ArrayNode list = intent.putArray("samples");
        normalised(samples).forEach(list::add);
        return intent;
    }

    private static Set<String> normalised(List<String> phrases) {
        Set<String> out = new LinkedHashSet<>();
        for (String phrase : phrases) {
            out.add(phrase.startsWith("{") || phrase.contains(" {") ? phrase : RedFlagScreen.normalise(phrase));
        }
        return out;
    }

    /** Replaces the entry of the same name, or adds it: intents before the first built-in one, types last. */
    private static void put(ArrayNode entries, ObjectNode entry) {
        String name = entry.path("name").asText();
        int builtIn = -1;
        for (int i = 0; i < entries.size(); i++) {
            String existing = entries.get(i).path("name").asText();
            if (existing.equals(name)) {
                entries.set(i, entry);
                return;
            }
            if (builtIn < 0 && existing.startsWith("AMAZON.")) {
                builtIn = i;
            }
        }
        if (builtIn >= 0) {
            entries.insert(builtIn, entry);
        } else {
            entries.add(entry);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The model file's own style: two-space indent, {@code "name": value}, empty arrays as {@code []}. */
    public static String write(JsonNode model) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer(printer).writeValueAsString(model) + "\n";
    }
}
