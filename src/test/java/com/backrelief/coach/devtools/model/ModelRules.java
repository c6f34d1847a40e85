package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Alexa checks when it builds an interaction model, checked here first, on the generated JSON, so a broken
 * model fails a test rather than the build in the developer console. Each limit keeps a margin below Alexa's.
 *
 * <p>Alexa's published limits (Create the Interaction Model for Your Skill, "Interaction model limits"): 250
 * intents, 350 intents and slot types together, 1.5 MB of model, 140 characters for a slot value or a synonym.
 * It publishes no number of samples per intent (they count against the model's size); the cap here,
 * {@value #SAMPLES_PER_INTENT}, is ours, to keep expansions reviewable.
 */
public final class ModelRules {

    public static final int MAX_INTENTS = 250;
    public static final int MAX_INTENTS_AND_TYPES = 350;
    /** Alexa's 1.5 MB, less a fifth. */
    public static final int MAX_MODEL_BYTES = 1_200_000;
    /** Alexa rejects a slot value or synonym longer than 140 characters. */
    public static final int MAX_VALUE_LENGTH = 140;
    /** A sample is a spoken sentence; 200 characters is already three breaths. */
    public static final int MAX_SAMPLE_LENGTH = 200;
    /** Our cap on the samples of one intent (the generator refuses to expand past it). */
    public static final int SAMPLES_PER_INTENT = 1000;
    /** Custom slot values and synonyms across the model: Alexa's 50,000 of old, less a fifth. */
    public static final int MAX_SLOT_VALUES = 40_000;

    public static final String SEARCH_QUERY = "AMAZON.SearchQuery";

    /** Alexa's standard built-in intents: an intent named AMAZON.x must be one of these, spelt exactly. */
    public static final Set<String> BUILT_IN_INTENTS = Set.of("AMAZON.CancelIntent", "AMAZON.FallbackIntent",
            "AMAZON.HelpIntent", "AMAZON.LoopOffIntent", "AMAZON.LoopOnIntent", "AMAZON.MoreIntent",
            "AMAZON.NavigateHomeIntent", "AMAZON.NavigateSettingsIntent", "AMAZON.NextIntent", "AMAZON.NoIntent",
            "AMAZON.PageDownIntent", "AMAZON.PageUpIntent", "AMAZON.PauseIntent", "AMAZON.PreviousIntent",
            "AMAZON.RepeatIntent", "AMAZON.ResumeIntent", "AMAZON.ScrollDownIntent", "AMAZON.ScrollLeftIntent",
            "AMAZON.ScrollRightIntent", "AMAZON.ScrollUpIntent", "AMAZON.SelectIntent", "AMAZON.SendToPhoneIntent",
            "AMAZON.ShuffleOffIntent", "AMAZON.ShuffleOnIntent", "AMAZON.StartOverIntent", "AMAZON.StopIntent",
            "AMAZON.YesIntent");
    /** Every custom skill must have these. */
    public static final List<String> REQUIRED_INTENTS = List.of("AMAZON.CancelIntent", "AMAZON.HelpIntent",
            "AMAZON.StopIntent", "AMAZON.NavigateHomeIntent");

    /** Wake words and launch words an invocation name may not contain. */
    private static final Set<String> NOT_IN_INVOCATION = Set.of("alexa", "amazon", "echo", "computer", "ziggy",
            "skill", "app", "ask", "tell", "open", "launch", "load", "begin", "enable", "run");
    /** Words a two-word invocation name may not contain. */
    private static final Set<String> NOT_IN_TWO_WORDS = Set.of("the", "a", "an", "for", "to", "of");
    private static final Pattern INVOCATION = Pattern.compile("[a-z][a-z'.]*( [a-z][a-z'.]*)+");
    private static final Pattern CUSTOM_INTENT = Pattern.compile("[A-Za-z_]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final Pattern SLOT = Pattern.compile("\\{([^{}]*)}");
    /** Letters, apostrophes, periods (abbreviations), hyphens and spaces: numbers are spelt out. */
    private static final Pattern SPOKEN = Pattern.compile("[A-Za-z'.\\- ]+");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> problems = new ArrayList<>();

    private ModelRules() {
    }

    /** Every rule the model breaks, one line each; empty when Alexa would build it. */
    public static List<String> check(JsonNode model) {
        ModelRules rules = new ModelRules();
        rules.all(model);
        return rules.problems;
    }

    private void all(JsonNode model) {
        JsonNode languageModel = model.path("interactionModel").path("languageModel");
        if (!languageModel.isObject()) {
            problem("The model has no interactionModel.languageModel");
            return;
        }
        invocationName(languageModel.path("invocationName").asText(""));
        Map<String, String> typeNames = types(languageModel.path("types"));
        Map<String, JsonNode> intents = intents(languageModel.path("intents"), typeNames.keySet());
        if (intents.size() > MAX_INTENTS) {
            problem("The model has " + intents.size() + " intents; Alexa allows " + MAX_INTENTS);
        }
        if (intents.size() + typeNames.size() > MAX_INTENTS_AND_TYPES) {
            problem("The model has " + (intents.size() + typeNames.size()) + " intents and slot types; Alexa allows "
                    + MAX_INTENTS_AND_TYPES);
        }
        dialog(model.path("interactionModel"), intents);
        int bytes;
        try {
            bytes = JSON.writeValueAsString(model).getBytes(StandardCharsets.UTF_8).length;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (bytes > MAX_MODEL_BYTES) {
            problem("The model is " + bytes + " bytes; the limit here is " + MAX_MODEL_BYTES + " (Alexa's 1.5 MB less a margin)");
        }
    }

    private void invocationName(String name) {
        if (!INVOCATION.matcher(name).matches()) {
            problem("Invocation name '" + name + "': only lower-case letters, apostrophes and periods, in at least two"
                    + " words, one space apart");
            return;
        }
        String[] words = name.split(" ");
        for (String word : words) {
            if (NOT_IN_INVOCATION.contains(word)) {
                problem("Invocation name '" + name + "' contains the wake or launch word '" + word + "'");
            }
            if (words.length == 2 && NOT_IN_TWO_WORDS.contains(word)) {
                problem("Invocation name '" + name + "': a two-word name may not contain '" + word + "'");
            }
        }
    }

    /** Custom slot types by name; their values and synonyms unique within each. */
    private Map<String, String> types(JsonNode types) {
        Map<String, String> names = new LinkedHashMap<>();
        int values = 0;
        for (JsonNode type : types) {
            String name = type.path("name").asText("");
            if (names.put(name, name) != null) {
                problem("Slot type " + name + " is declared twice");
            }
            if (!NAME.matcher(name.replace("AMAZON.", "")).matches()) {
                problem("Slot type '" + name + "': a name is letters, digits and underscores");
            }
            Map<String, String> seen = new HashMap<>();
            Set<String> ids = new HashSet<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText(null);
                if (id != null && !ids.add(id)) {
                    problem("Slot type " + name + ": the id '" + id + "' is used twice");
                }
                if (value.path("name").path("synonyms").isEmpty()) {
                    problem("Slot type " + name + ", value '" + value.path("name").path("value").asText()
                            + "': no synonym (the Skill Management API's schema wants at least one)");
                }
                List<String> words = new ArrayList<>();
                words.add(value.path("name").path("value").asText(""));
                value.path("name").path("synonyms").forEach(synonym -> words.add(synonym.asText()));
                for (String word : words) {
                    values++;
                    String where = "Slot type " + name + ", value '" + word + "'";
                    if (word.isBlank()) {
                        problem("Slot type " + name + " has an empty value or synonym");
                    } else if (word.length() > MAX_VALUE_LENGTH) {
                        problem(where + ": longer than Alexa's " + MAX_VALUE_LENGTH + " characters");
                    }
                    String earlier = seen.put(word.toLowerCase(Locale.ROOT).strip(), id == null ? word : id);
                    if (earlier != null) {
                        problem(where + ": listed twice in the type (values and synonyms must be unique in a type)");
                    }
                }
            }
        }
        if (values > MAX_SLOT_VALUES) {
            problem("The model has " + values + " slot values and synonyms; the limit here is " + MAX_SLOT_VALUES);
        }
        return names;
    }

    /** Intents by name, each checked with its slots and samples; and samples across intents. */
    private Map<String, JsonNode> intents(JsonNode intents, Set<String> customTypes) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        Map<String, String> owners = new HashMap<>();
        for (JsonNode intent : intents) {
            String name = intent.path("name").asText("");
            if (byName.put(name, intent) != null) {
                problem("Intent " + name + " is declared twice");
            }
            intentName(name);
            Map<String, String> slots = slots(name, intent.path("slots"), customTypes);
            int count = intent.path("samples").size();
            if (count > SAMPLES_PER_INTENT) {
                problem("Intent " + name + " has " + count + " samples; the limit here is " + SAMPLES_PER_INTENT);
            }
            Set<String> own = new HashSet<>();
            for (JsonNode node : intent.path("samples")) {
                String sample = node.asText();
                sample(name, sample, slots);
                String key = sample.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
                if (!own.add(key)) {
                    problem("Intent " + name + ": the sample '" + sample + "' is listed twice");
                    continue;
                }
                String earlier = owners.putIfAbsent(key, name);
                if (earlier != null) {
                    problem("The sample '" + sample + "' belongs to both " + earlier + " and " + name
                            + " (Alexa rejects a sample in two intents)");
                }
            }
        }
        for (String required : REQUIRED_INTENTS) {
            if (!byName.containsKey(required)) {
                problem("The model lacks the required built-in intent " + required);
            }
        }
        return byName;
    }

    private void intentName(String name) {
        if (name.startsWith("AMAZON.") || name.toUpperCase(Locale.ROOT).startsWith("AMAZON.")) {
            if (!BUILT_IN_INTENTS.contains(name)) {
                String hint = BUILT_IN_INTENTS.stream().filter(b -> b.equalsIgnoreCase(name)).findFirst()
                        .map(b -> " (did you mean " + b + "?)").orElse("");
                problem("Intent " + name + " is not one of Alexa's built-in intents" + hint);
            }
            return;
        }
        if (!CUSTOM_INTENT.matcher(name).matches()) {
            problem("Intent '" + name + "': a custom intent's name is letters and underscores only");
        }
        for (String builtIn : BUILT_IN_INTENTS) {
            if (builtIn.substring("AMAZON.".length()).equalsIgnoreCase(name)) {
                problem("Intent " + name + " looks like the built-in " + builtIn + "; name it " + builtIn);
            }
        }
    }

    private Map<String, String> slots(String intent, JsonNode slots, Set<String> customTypes) {
        Map<String, String> types = new LinkedHashMap<>();
        int searchQueries = 0;
        for (JsonNode slot : slots) {
            String name = slot.path("name").asText("");
            String type = slot.path("type").asText("");
            if (types.put(name, type) != null) {
                problem("Intent " + intent + ": the slot " + name + " is declared twice");
            }
            if (!NAME.matcher(name).matches()) {
                problem("Intent " + intent + ": the slot name '" + name + "' is not letters, digits and underscores");
            }
            if (!type.startsWith("AMAZON.") && !customTypes.contains(type)) {
                problem("Intent " + intent + ": the slot " + name + " has the type " + type
                        + ", which is neither built in nor declared under types");
            }
            if (type.equals(SEARCH_QUERY)) {
                searchQueries++;
            }
        }
        if (searchQueries > 1) {
            problem("Intent " + intent + " has " + searchQueries + " " + SEARCH_QUERY + " slots; Alexa allows one");
        }
        return types;
    }

    private void sample(String intent, String sample, Map<String, String> slots) {
        String where = "Intent " + intent + ", sample '" + sample + "'";
        if (sample.isBlank()) {
            problem("Intent " + intent + " has an empty sample");
            return;
        }
        if (sample.length() > MAX_SAMPLE_LENGTH) {
            problem(where + ": longer than " + MAX_SAMPLE_LENGTH + " characters");
        }
        List<String> named = new ArrayList<>();
        Matcher m = SLOT.matcher(sample);
        while (m.find()) {
            named.add(m.group(1));
        }
        String words = SLOT.matcher(sample).replaceAll(" ");
        if (words.indexOf('{') >= 0 || words.indexOf('}') >= 0) {
            problem(where + ": unbalanced braces");
        } else if (!words.isBlank() && !SPOKEN.matcher(words).matches()) {
            problem(where + ": only letters, apostrophes, periods, hyphens and spaces besides {slots}"
                    + " (spell numbers out)");
        }
        boolean searchQuery = false;
        for (String slot : named) {
            if (!slots.containsKey(slot)) {
                problem(where + ": the slot {" + slot + "} is not declared in the intent");
            } else if (slots.get(slot).equals(SEARCH_QUERY)) {
                searchQuery = true;
            }
        }
        if (searchQuery) {
            if (words.isBlank()) {
                problem(where + ": a sample with an " + SEARCH_QUERY + " slot needs a carrier phrase (words of its own)");
            }
            if (named.size() > 1) {
                problem(where + ": a sample with an " + SEARCH_QUERY + " slot may have no other slot");
            }
        }
    }

    /** Dialog rules name the intents and slots of the model, with the same types, and prompts that exist. */
    private void dialog(JsonNode interactionModel, Map<String, JsonNode> intents) {
        Set<String> prompts = new HashSet<>();
        for (JsonNode prompt : interactionModel.path("prompts")) {
            if (!prompts.add(prompt.path("id").asText())) {
                problem("The prompt " + prompt.path("id").asText() + " is declared twice");
            }
        }
        for (JsonNode dialogIntent : interactionModel.path("dialog").path("intents")) {
            String name = dialogIntent.path("name").asText();
            JsonNode intent = intents.get(name);
            if (intent == null) {
                problem("The dialog names the intent " + name + ", which the model does not have");
                continue;
            }
            Map<String, String> types = new HashMap<>();
            intent.path("slots").forEach(s -> types.put(s.path("name").asText(), s.path("type").asText()));
            prompts(dialogIntent.path("prompts"), prompts, "The dialog of " + name);
            for (JsonNode slot : dialogIntent.path("slots")) {
                String slotName = slot.path("name").asText();
                String where = "The dialog of " + name + ", slot " + slotName;
                if (!types.containsKey(slotName)) {
                    problem(where + ": the intent has no such slot");
                } else if (!types.get(slotName).equals(slot.path("type").asText())) {
                    problem(where + ": its type " + slot.path("type").asText() + " is not the intent's "
                            + types.get(slotName));
                }
                prompts(slot.path("prompts"), prompts, where);
            }
        }
    }

    private void prompts(JsonNode references, Set<String> prompts, String where) {
        references.fields().forEachRemaining(reference -> {
            if (!prompts.contains(reference.getValue().asText())) {
                problem(where + ": the " + reference.getKey() + " prompt " + reference.getValue().asText()
                        + " is not among the prompts");
            }
        });
    }

    private void problem(String problem) {
        problems.add(problem);
    }
}
