package com.backrelief.coach.devtools.model;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the voice model, {@code interaction-model/<locale>.json}, from its source,
 * {@code interaction-model/source/model.yaml}, and the skill's content (exercises, routines, red flags).
 * Never edit the JSON by hand: change the source or the content, then run {@value #REGENERATE}.
 * GeneratedModelTest fails while the committed JSON differs from what this writes.
 */
public final class ModelGenerator {

    public static final Path SOURCE = Path.of("interaction-model", "source", "model.yaml");
    public static final Path MODELS = Path.of("interaction-model");
    /** The locales written today; the source's {@code locales:} may name more, for later. */
    public static final List<String> LOCALES = List.of("en-US", "en-CA", "en-GB", "en-AU", "en-IN");
    public static final String REGENERATE =
            "mvn -q test-compile exec:java -Dexec.mainClass=com.backrelief.coach.devtools.model.ModelGenerator";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ModelGenerator() {
    }

    public static void main(String[] args) throws IOException {
        ModelSource source = ModelSource.read(SOURCE);
        ContentSources content = ContentSources.load();
        for (String locale : LOCALES) {
            ObjectNode model = generate(source, content, locale);
            List<String> problems = ModelRules.check(model);
            if (!problems.isEmpty()) {
                System.err.println("Not written: the " + locale + " model breaks Alexa's rules:");
                problems.forEach(problem -> System.err.println("  " + problem));
                System.exit(1);
            }
            Path file = model(locale);
            Files.writeString(file, write(model));
            int samples = 0;
            for (JsonNode intent : languageModel(model).path("intents")) {
                samples += intent.path("samples").size();
            }
            System.out.println("Wrote " + file + ": " + languageModel(model).path("intents").size() + " intents, "
                    + samples + " samples, " + languageModel(model).path("types").size() + " slot types");
        }
    }

    /** Where a locale's model is committed. */
    public static Path model(String locale) {
        return MODELS.resolve(locale + ".json");
    }

    /** The model the committed source and content make for a locale. */
    public static ObjectNode generate(String locale) {
        return generate(ModelSource.read(SOURCE), ContentSources.load(), locale);
    }

    static ObjectNode generate(ModelSource base, ContentSources content, String locale) {
        ModelSource source = base.forLocale(locale);
        ObjectNode root = JSON.createObjectNode();
        ObjectNode interactionModel = root.putObject("interactionModel");
        ObjectNode languageModel = interactionModel.putObject("languageModel");
        languageModel.put("invocationName", source.invocationName());
        ArrayNode intents = languageModel.putArray("intents");
        for (ModelSource.Intent intent : source.intents()) {
            intents.add(intent(intent, source.phrases(), content));
        }
        ArrayNode types = languageModel.putArray("types");
        for (ModelSource.Type type : source.types().values()) {
            types.add(type(type, source.phrases(), content));
        }
        if (source.modelConfiguration() != null) {
            languageModel.set("modelConfiguration", source.modelConfiguration().deepCopy());
        }
        if (source.dialog() != null) {
            interactionModel.set("dialog", source.dialog().deepCopy());
        }
        if (source.prompts() != null) {
            interactionModel.set("prompts", source.prompts().deepCopy());
        }
        return root;
    }

    /** The samples of an intent: its templates expanded, then its content phrases; each sample once. */
    static List<String> samples(ModelSource.Intent intent, Map<String, List<String>> phrases, ContentSources content) {
        Set<String> slots = intent.slots() == null ? Set.of() : intent.slots().keySet();
        Set<String> samples = new LinkedHashSet<>();
        for (String template : intent.samples()) {
            try {
                samples.addAll(Template.expand(template, phrases, slots, ModelRules.SAMPLES_PER_INTENT));
            } catch (ModelSourceException e) {
                throw new ModelSourceException("Intent " + intent.name() + ": " + e.getMessage(), e);
            }
        }
        for (String from : intent.samplesFrom()) {
            samples.addAll(content.samples(from));
        }
        if (samples.size() > ModelRules.SAMPLES_PER_INTENT) {
            throw new ModelSourceException("Intent " + intent.name() + " expands to " + samples.size()
                    + " samples, more than the " + ModelRules.SAMPLES_PER_INTENT + " allowed per intent here"
                    + " (Alexa counts every sample against the model's size): use fewer alternatives");
        }
        return new ArrayList<>(samples);
    }

    private static ObjectNode intent(ModelSource.Intent intent, Map<String, List<String>> phrases,
                                     ContentSources content) {
        ObjectNode node = JSON.createObjectNode().put("name", intent.name());
        if (intent.slots() != null) {
            ArrayNode slots = node.putArray("slots");
            intent.slots().forEach((name, type) -> slots.addObject().put("name", name).put("type", type));
        }
        ArrayNode samples = node.putArray("samples");
        samples(intent, phrases, content).forEach(samples::add);
        return node;
    }

    private static ObjectNode type(ModelSource.Type type, Map<String, List<String>> phrases, ContentSources content) {
        ObjectNode node = JSON.createObjectNode().put("name", type.name());
        ArrayNode values = node.putArray("values");
        List<ModelSource.Value> list = type.from() == null ? type.values() : content.type(type.from());
        Map<String, List<String>> more = more(type, list, phrases);
        for (ModelSource.Value value : list) {
            ObjectNode v = values.addObject();
            if (value.id() != null) {
                v.put("id", value.id());
            }
            ObjectNode name = v.putObject("name").put("value", value.value());
            ArrayNode synonyms = name.putArray("synonyms");
            value.synonyms().forEach(synonyms::add);
            more.getOrDefault(value.id(), List.of()).forEach(synonyms::add);
        }
        return node;
    }

    /**
     * The type's {@code more} templates expanded, by value id: lower case, each saying once in the whole type (one
     * the content already has is left out).
     */
    static Map<String, List<String>> more(ModelSource.Type type, List<ModelSource.Value> values,
                                          Map<String, List<String>> phrases) {
        Set<String> said = new java.util.HashSet<>();
        Set<String> ids = new java.util.HashSet<>();
        for (ModelSource.Value value : values) {
            ids.add(value.id());
            said.add(value.value().toLowerCase(java.util.Locale.ROOT));
            value.synonyms().forEach(synonym -> said.add(synonym.toLowerCase(java.util.Locale.ROOT)));
        }
        Map<String, List<String>> more = new LinkedHashMap<>();
        type.more().forEach((id, templates) -> {
            if (!ids.contains(id)) {
                throw new ModelSourceException("Slot type " + type.name() + ", more: no value has the id " + id);
            }
            for (String template : templates) {
                List<String> expanded;
                try {
                    expanded = Template.expand(template, phrases, Set.of(), ModelRules.SAMPLES_PER_INTENT);
                } catch (ModelSourceException e) {
                    throw new ModelSourceException("Slot type " + type.name() + ", more " + id + ": " + e.getMessage(), e);
                }
                for (String saying : expanded) {
                    String lower = saying.toLowerCase(java.util.Locale.ROOT);
                    if (said.add(lower)) {
                        more.computeIfAbsent(id, k -> new ArrayList<>()).add(lower);
                    }
                }
            }
        });
        return more;
    }

    /** The model file's style: two-space indent, {@code "name": value}, empty arrays as {@code []}, final newline. */
    public static String write(JsonNode model) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            return JSON.writer(printer).writeValueAsString(model) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A committed model, as JSON. */
    public static JsonNode read(String locale) {
        try {
            return JSON.readTree(model(locale).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + model(locale), e);
        }
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
}
