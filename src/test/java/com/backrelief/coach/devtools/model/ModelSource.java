package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The voice model's source, {@code interaction-model/source/model.yaml}, as read: every key is checked, so
 * a misspelt one is an error rather than silently ignored.
 *
 * @param invocationName what users say to open the skill
 * @param phrases        named lists of alternatives, referenced in templates as {@code <name>}
 * @param intents        the intents, in the model's order
 * @param types          the custom slot types, in the model's order
 * @param dialog         the dialog section, carried into the model as written (null: none)
 * @param prompts        the prompts section, carried into the model as written (null: none)
 * @param modelConfiguration the language model's configuration (the fallback's sensitivity), carried into the model
 *                       as written (null: none)
 * @param locales        for each locale the model is made for, what it changes in the base (en-US: nothing)
 */
public record ModelSource(String invocationName, Map<String, List<String>> phrases, List<Intent> intents,
                          Map<String, Type> types, JsonNode dialog, JsonNode prompts, JsonNode modelConfiguration,
                          Map<String, JsonNode> locales) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("invocationName", "phrases", "intents", "types", "dialog", "prompts",
            "modelConfiguration", "locales");
    private static final Set<String> INTENT = Set.of("name", "slots", "samples", "samplesFrom");
    private static final Set<String> VALUE = Set.of("id", "value", "synonyms");
    private static final Set<String> FROM = Set.of("from", "more");
    /** What a locale's entry may change; the rest of the source is shared. */
    private static final Set<String> OVERLAY = Set.of("invocationName", "phrases");

    /**
     * One intent.
     *
     * @param slots       slot name to slot type, in order; null when the source gives no {@code slots} key (the
     *                    model then has none either), empty for {@code slots: {}}
     * @param samples     sample templates
     * @param samplesFrom content sources whose phrases follow the templates' samples
     */
    public record Intent(String name, Map<String, String> slots, List<String> samples, List<String> samplesFrom) {
    }

    /**
     * A custom slot type: its values as written, or the content source it is made from.
     *
     * @param more for a type made from content, more ways of saying a value: templates (phrases allowed, no slots)
     *             added to the synonyms of the value with that id; empty when none
     */
    public record Type(String name, List<Value> values, String from, Map<String, List<String>> more) {

        public Type(String name, List<Value> values, String from) {
            this(name, values, from, Map.of());
        }
    }

    /** One value of a custom slot type: the id Alexa's entity resolution gives, the value, its synonyms. */
    public record Value(String id, String value, List<String> synonyms) {
    }

    public static ModelSource read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public static ModelSource parse(String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new ModelSourceException("The source is not valid YAML: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelSourceException("The source must be a mapping with invocationName, phrases, intents, types, ...");
        }
        keys(root, TOP, "the source");
        Map<String, JsonNode> locales = new LinkedHashMap<>();
        root.path("locales").fields().forEachRemaining(entry -> {
            keys(entry.getValue(), OVERLAY, "locale " + entry.getKey());
            locales.put(entry.getKey(), entry.getValue());
        });
        return new ModelSource(text(root.get("invocationName"), "invocationName"), phrases(root.path("phrases")),
                intents(root.path("intents")), types(root.path("types")), root.get("dialog"), root.get("prompts"),
                root.get("modelConfiguration"), locales);
    }

    /** The source as one locale sees it: its entry's changes applied to the base. */
    public ModelSource forLocale(String locale) {
        JsonNode overlay = locales.get(locale);
        if (overlay == null) {
            throw new ModelSourceException("The source has no entry for locale " + locale + " under 'locales:'");
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(phrases);
        phrases(overlay.path("phrases")).forEach((name, alternatives) -> {
            if (!phrases.containsKey(name)) {
                throw new ModelSourceException("Locale " + locale + " changes the phrase <" + name
                        + ">, which the base does not have");
            }
            merged.put(name, alternatives);
        });
        String name = overlay.has("invocationName") ? text(overlay.get("invocationName"), locale + " invocationName")
                : invocationName;
        return new ModelSource(name, merged, intents, types, dialog, prompts, modelConfiguration, locales);
    }

    private static Map<String, List<String>> phrases(JsonNode node) {
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            List<String> alternatives = texts(entry.getValue(), "phrase " + entry.getKey());
            if (alternatives.isEmpty()) {
                throw new ModelSourceException("The phrase " + entry.getKey() + " has no alternatives");
            }
            phrases.put(entry.getKey(), alternatives);
        });
        return phrases;
    }

    private static List<Intent> intents(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) {
            throw new ModelSourceException("'intents' must be a list of intents");
        }
        List<Intent> intents = new ArrayList<>();
        for (JsonNode intent : node) {
            String name = text(intent.get("name"), "an intent's name");
            keys(intent, INTENT, "intent " + name);
            Map<String, String> slots = null;
            if (intent.has("slots")) {
                slots = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = intent.get("slots").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> slot = it.next();
                    slots.put(slot.getKey(), text(slot.getValue(), "intent " + name + ", slot " + slot.getKey()));
                }
            }
            JsonNode from = intent.path("samplesFrom");
            List<String> samplesFrom = from.isMissingNode() ? List.of()
                    : from.isArray() ? texts(from, "intent " + name + ", samplesFrom")
                    : List.of(text(from, "intent " + name + ", samplesFrom"));
            intents.add(new Intent(name, slots, texts(intent.path("samples"), "intent " + name + ", samples"),
                    samplesFrom));
        }
        return intents;
    }

    private static Map<String, Type> types(JsonNode node) {
        Map<String, Type> types = new LinkedHashMap<>();
        node.fields().forEachRemaining(entry -> {
            String name = entry.getKey();
            JsonNode type = entry.getValue();
            if (type.isObject()) {
                keys(type, FROM, "slot type " + name);
                Map<String, List<String>> more = new LinkedHashMap<>();
                JsonNode extra = type.path("more");
                if (!extra.isMissingNode() && !extra.isObject()) {
                    throw new ModelSourceException("In slot type " + name + ": 'more' must map a value's id to templates");
                }
                extra.fields().forEachRemaining(saying -> more.put(saying.getKey(),
                        texts(saying.getValue(), "slot type " + name + ", more " + saying.getKey())));
                types.put(name, new Type(name, null, text(type.get("from"), "slot type " + name + ", from"), more));
                return;
            }
            if (!type.isArray()) {
                throw new ModelSourceException("The slot type " + name + " must be a list of values or {from: ...}");
            }
            List<Value> values = new ArrayList<>();
            for (JsonNode value : type) {
                keys(value, VALUE, "a value of slot type " + name);
                String what = "slot type " + name + ", value";
                values.add(new Value(value.has("id") ? text(value.get("id"), what + " id") : null,
                        text(value.get("value"), what), texts(value.path("synonyms"), what + " synonyms")));
            }
            types.put(name, new Type(name, values, null));
        });
        return types;
    }

    private static void keys(JsonNode node, Set<String> allowed, String where) {
        if (!node.isObject()) {
            throw new ModelSourceException("In " + where + ": expected a mapping, found " + node.getNodeType());
        }
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw new ModelSourceException("In " + where + ": unknown key '" + key + "' (known: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
        });
    }

    private static String text(JsonNode node, String what) {
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw new ModelSourceException(what + " must be a non-empty text"
                    + (node != null && !node.isTextual() ? " (found " + node.getNodeType()
                    + "; quote words such as yes, no, true or numbers)" : ""));
        }
        return node.asText();
    }

    private static List<String> texts(JsonNode node, String what) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new ModelSourceException(what + " must be a list");
        }
        List<String> texts = new ArrayList<>();
        node.forEach(item -> texts.add(text(item, what)));
        return texts;
    }
}
