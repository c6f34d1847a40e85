package com.backrelief.coach.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Picks the intent and slot values Alexa would send for typed text, offline, from the interaction model. */
public final class UtteranceMatcher {

    public static final Path DEFAULT_MODEL = Path.of("interaction-model", "en-US.json");
    public static final String FALLBACK = "AMAZON.FallbackIntent";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<List<String>> LAUNCH_VERBS =
            List.of(List.of(), List.of("open"), List.of("launch"), List.of("start"), List.of("talk", "to"));
    private static final List<String> ONE_SHOT_VERBS = List.of("ask", "tell");
    private static final Pattern SLOT = Pattern.compile("\\{[^{}\\s]+}");
    private static final Set<String> CONNECTORS = Set.of("to", "for", "about", "if", "whether", "and");

    /** What Alexa sends for an utterance: the intent object, and the dialog state when the intent has a dialog. */
    public record Match(ObjectNode intent, String dialogState) {

        public String name() {
            return intent.path("name").asText();
        }

        public String slotValue(String slot) {
            return intent.path("slots").path(slot).path("value").asText(null);
        }

        /** The resolved value id, or null when the slot is empty or did not resolve. */
        public String slotId(String slot) {
            return intent.path("slots").path(slot).path("resolutions").path("resolutionsPerAuthority")
                    .path(0).path("values").path(0).path("value").path("id").asText(null);
        }
    }

    /** How an utterance opens the skill: a launch, or a one-shot request ("ask ... to ..."). */
    public record Opening(Match oneShot) {

        public boolean launch() {
            return oneShot == null;
        }
    }

    /** The slot the skill is waiting for, with the intent as the skill last updated it. */
    public record Elicitation(String intent, String slot, JsonNode updatedIntent) {
    }

    /** A required slot the dialog model prompts for, with the prompt's text. */
    public record Prompt(String slot, String text) {
    }

    private record IntentSpec(String name, int order, Map<String, String> slotTypes, List<List<String>> samples) {
    }

    private record TypeValue(String id, String name, Set<String> keys) {
    }

    /** One slot's value: validated when the slot type recognised it, unresolved for an unknown custom value. */
    private record Filled(ObjectNode json, boolean validated, boolean unresolved) {
    }

    private record Candidate(IntentSpec intent, int sample, int literals, Map<String, Filled> slots) {

        boolean unresolved() {
            return slots.values().stream().anyMatch(Filled::unresolved);
        }
    }

    private final String skillId;
    private final List<String> invocation;
    private final List<IntentSpec> intents;
    private final Map<String, List<TypeValue>> types;
    private final JsonNode root;

    private UtteranceMatcher(JsonNode root, String skillId) {
        this.root = root;
        this.skillId = skillId;
        JsonNode language = root.path("interactionModel").path("languageModel");
        this.invocation = words(language.path("invocationName").asText());
        this.types = readTypes(language.path("types"));
        this.intents = readIntents(language.path("intents"));
    }

    public static UtteranceMatcher load(Path model, String skillId) {
        try {
            return new UtteranceMatcher(JSON.readTree(model.toFile()), skillId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the interaction model " + model, e);
        }
    }

    public String skillId() {
        return skillId;
    }

    /** The launch phrase or one-shot request in the text, if it names the skill. */
    public Optional<Opening> open(String text) {
        List<String> words = words(text);
        if (!words.isEmpty() && words.get(0).equals("alexa")) {
            words = words.subList(1, words.size());
        }
        for (List<String> verb : LAUNCH_VERBS) {
            if (words.equals(concat(verb, invocation))) {
                return Optional.of(new Opening(null));
            }
        }
        for (String verb : ONE_SHOT_VERBS) {
            List<String> prefix = concat(List.of(verb), invocation);
            if (startsWith(words, prefix)) {
                List<String> rest = words.subList(prefix.size(), words.size());
                return Optional.of(new Opening(rest.isEmpty() ? null : oneShot(rest)));
            }
        }
        return Optional.empty();
    }

    private Match oneShot(List<String> rest) {
        Match match = match(String.join(" ", rest));
        if (match.name().equals(FALLBACK) && rest.size() > 1 && CONNECTORS.contains(rest.get(0))) {
            return match(String.join(" ", rest.subList(1, rest.size())));
        }
        return match;
    }

    public Match match(String text) {
        return match(text, null);
    }

    /** Matches with preference for the intent being elicited, filling the elicited slot from the whole text when it fits. */
    public Match match(String text, Elicitation elicitation) {
        List<String> words = words(text);
        Optional<Filled> whole = Optional.empty();
        if (elicitation != null && elicitation.slot() != null) {
            whole = slotType(elicitation.intent(), elicitation.slot())
                    .flatMap(type -> fill(elicitation.slot(), type, words, true));
            if (whole.isPresent() && whole.get().validated()) {
                return continued(elicitation, Map.of(elicitation.slot(), whole.get()));
            }
        }
        Optional<Candidate> best = best(words, elicitation == null ? null : elicitation.intent());
        if (best.isEmpty()) {
            return whole.map(filled -> continued(elicitation, Map.of(elicitation.slot(), filled)))
                    .orElseGet(() -> new Match(intentJson(FALLBACK, Map.of(), Map.of()), null));
        }
        Candidate found = best.get();
        if (elicitation != null && found.intent().name().equals(elicitation.intent())) {
            return continued(elicitation, found.slots());
        }
        return new Match(intentJson(found.intent().name(), found.intent().slotTypes(), found.slots()),
                dialogIntent(found.intent().name()).isMissingNode() ? null : "STARTED");
    }

    /** The first required slot still empty in the intent, with its prompt, per the model's dialog section. */
    public Optional<Prompt> missingRequiredSlot(JsonNode intent) {
        for (JsonNode slot : dialogIntent(intent.path("name").asText()).path("slots")) {
            String name = slot.path("name").asText();
            boolean empty = intent.path("slots").path(name).path("value").asText("").isEmpty();
            if (slot.path("elicitationRequired").asBoolean(false) && empty) {
                return Optional.of(new Prompt(name, promptText(slot.path("prompts").path("elicitation").asText(), intent)));
            }
        }
        return Optional.empty();
    }

    private Optional<Candidate> best(List<String> words, String preferred) {
        Comparator<Candidate> ranking = Comparator.comparing(Candidate::unresolved)
                .thenComparing(c -> !c.intent().name().equals(preferred))
                .thenComparing(Comparator.comparingInt(Candidate::literals).reversed())
                .thenComparingInt(c -> c.intent().order())
                .thenComparingInt(Candidate::sample);
        List<Candidate> candidates = new ArrayList<>();
        for (IntentSpec intent : intents) {
            for (int i = 0; i < intent.samples().size(); i++) {
                candidate(intent, i, words).ifPresent(candidates::add);
            }
        }
        return candidates.stream().min(ranking);
    }

    private Optional<Candidate> candidate(IntentSpec intent, int index, List<String> words) {
        List<String> sample = intent.samples().get(index);
        int literals = (int) sample.stream().filter(part -> !isSlot(part)).count();
        List<Map<String, List<String>>> alignments = new ArrayList<>();
        align(sample, 0, words, 0, new LinkedHashMap<>(), alignments);
        Candidate best = null;
        for (Map<String, List<String>> alignment : alignments) {
            Optional<Map<String, Filled>> slots = fillAll(intent, alignment, literals > 0);
            if (slots.isPresent()) {
                Candidate next = new Candidate(intent, index, literals, slots.get());
                if (best == null || best.unresolved() && !next.unresolved()) {
                    best = next;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static void align(List<String> sample, int part, List<String> words, int word,
                              Map<String, List<String>> captured, List<Map<String, List<String>>> out) {
        if (part == sample.size()) {
            if (word == words.size()) {
                out.add(new LinkedHashMap<>(captured));
            }
            return;
        }
        String expected = sample.get(part);
        if (!isSlot(expected)) {
            if (word < words.size() && key(expected).equals(key(words.get(word)))) {
                align(sample, part + 1, words, word + 1, captured, out);
            }
            return;
        }
        String slot = expected.substring(1, expected.length() - 1);
        for (int end = word + 1; end <= words.size(); end++) {
            captured.put(slot, words.subList(word, end));
            align(sample, part + 1, words, end, captured, out);
            captured.remove(slot);
        }
    }

    /** Every capture filled, or empty when one does not fit; with no literal words every value must be recognised. */
    private Optional<Map<String, Filled>> fillAll(IntentSpec intent, Map<String, List<String>> alignment, boolean carrier) {
        Map<String, Filled> slots = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> capture : alignment.entrySet()) {
            String type = intent.slotTypes().get(capture.getKey());
            Optional<Filled> filled = type == null ? Optional.empty() : fill(capture.getKey(), type, capture.getValue(), carrier);
            if (filled.isEmpty()) {
                return Optional.empty();
            }
            slots.put(capture.getKey(), filled.get());
        }
        return Optional.of(slots);
    }

    private Optional<Filled> fill(String slot, String type, List<String> words, boolean allowUnrecognised) {
        String text = String.join(" ", words);
        ObjectNode json = slotJson(slot).put("value", text).put("confirmationStatus", "NONE").put("source", "USER");
        if (types.containsKey(type)) {
            Optional<TypeValue> value = resolve(type, words);
            if (value.isEmpty() && !allowUnrecognised) {
                return Optional.empty();
            }
            json.set("resolutions", resolutions(type, value.orElse(null)));
            return Optional.of(new Filled(json, value.isPresent(), value.isEmpty()));
        }
        Optional<String> spoken = switch (type) {
            case "AMAZON.NUMBER" -> SpokenValues.number(words);
            case "AMAZON.DURATION" -> SpokenValues.duration(words);
            default -> Optional.empty();
        };
        if (spoken.isPresent()) {
            return Optional.of(new Filled(json.put("value", spoken.get()), true, false));
        }
        boolean raw = !type.equals("AMAZON.NUMBER") && !type.equals("AMAZON.DURATION");
        return raw && allowUnrecognised ? Optional.of(new Filled(json, false, false)) : Optional.empty();
    }

    private Optional<TypeValue> resolve(String type, List<String> words) {
        String key = key(String.join(" ", words));
        return types.get(type).stream().filter(value -> value.keys().contains(key)).findFirst();
    }

    private ObjectNode resolutions(String type, TypeValue value) {
        ObjectNode authority = JSON.createObjectNode()
                .put("authority", "amzn1.er-authority.echo-sdk." + skillId + "." + type);
        authority.putObject("status").put("code", value == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (value != null) {
            ObjectNode resolved = authority.putArray("values").addObject().putObject("value").put("name", value.name());
            if (value.id() != null) {
                resolved.put("id", value.id());
            }
        }
        ObjectNode resolutions = JSON.createObjectNode();
        resolutions.putArray("resolutionsPerAuthority").add(authority);
        return resolutions;
    }

    /** The elicited intent carried on: the skill's slot values, overwritten by what was just said. */
    private Match continued(Elicitation elicitation, Map<String, Filled> fresh) {
        ObjectNode intent = elicitation.updatedIntent() != null && elicitation.updatedIntent().isObject()
                ? elicitation.updatedIntent().deepCopy()
                : intentJson(elicitation.intent(), slotTypes(elicitation.intent()), Map.of());
        intent.put("name", elicitation.intent());
        ObjectNode slots = intent.has("slots") ? (ObjectNode) intent.get("slots") : intent.putObject("slots");
        fresh.forEach((name, filled) -> slots.set(name, filled.json()));
        return new Match(intent, "IN_PROGRESS");
    }

    private ObjectNode intentJson(String name, Map<String, String> slotTypes, Map<String, Filled> filled) {
        ObjectNode intent = JSON.createObjectNode().put("name", name).put("confirmationStatus", "NONE");
        ObjectNode slots = intent.putObject("slots");
        for (String slot : slotTypes.keySet()) {
            slots.set(slot, filled.containsKey(slot) ? filled.get(slot).json() : slotJson(slot));
        }
        return intent;
    }

    private static ObjectNode slotJson(String name) {
        return JSON.createObjectNode().put("name", name);
    }

    private Optional<String> slotType(String intent, String slot) {
        return Optional.ofNullable(slotTypes(intent).get(slot));
    }

    private Map<String, String> slotTypes(String intent) {
        return intents.stream().filter(spec -> spec.name().equals(intent)).findFirst()
                .map(IntentSpec::slotTypes).orElse(Map.of());
    }

    private JsonNode dialogIntent(String name) {
        for (JsonNode intent : root.path("interactionModel").path("dialog").path("intents")) {
            if (intent.path("name").asText().equals(name)) {
                return intent;
            }
        }
        return MissingNode.getInstance();
    }

    private String promptText(String promptId, JsonNode intent) {
        for (JsonNode prompt : root.path("interactionModel").path("prompts")) {
            if (prompt.path("id").asText().equals(promptId)) {
                String text = prompt.path("variations").path(0).path("value").asText("");
                for (JsonNode slot : intent.path("slots")) {
                    text = text.replace("{" + slot.path("name").asText() + "}", slot.path("value").asText(""));
                }
                return text;
            }
        }
        return "";
    }

    private Map<String, List<TypeValue>> readTypes(JsonNode typesJson) {
        Map<String, List<TypeValue>> read = new HashMap<>();
        for (JsonNode type : typesJson) {
            List<TypeValue> values = new ArrayList<>();
            for (JsonNode value : type.path("values")) {
                String name = value.path("name").path("value").asText();
                Set<String> keys = new LinkedHashSet<>(List.of(key(String.join(" ", words(name)))));
                value.path("name").path("synonyms").forEach(s -> keys.add(key(String.join(" ", words(s.asText())))));
                values.add(new TypeValue(value.path("id").asText(null), name, keys));
            }
            read.put(type.path("name").asText(), values);
        }
        return read;
    }

    private static List<IntentSpec> readIntents(JsonNode intentsJson) {
        List<IntentSpec> read = new ArrayList<>();
        for (JsonNode intent : intentsJson) {
            String name = intent.path("name").asText();
            Map<String, String> slotTypes = new LinkedHashMap<>();
            intent.path("slots").forEach(slot -> slotTypes.put(slot.path("name").asText(), slot.path("type").asText()));
            Set<List<String>> samples = new LinkedHashSet<>();
            intent.path("samples").forEach(sample -> samples.add(sampleParts(sample.asText())));
            BuiltInUtterances.of(name).forEach(sample -> samples.add(sampleParts(sample)));
            samples.removeIf(List::isEmpty);
            read.add(new IntentSpec(name, read.size(), slotTypes, List.copyOf(samples)));
        }
        return read;
    }

    /** A sample's words, with each {slot} placeholder kept as one part, its name's case intact. */
    private static List<String> sampleParts(String sample) {
        List<String> parts = new ArrayList<>();
        Matcher slot = SLOT.matcher(sample);
        int from = 0;
        while (slot.find()) {
            parts.addAll(words(sample.substring(from, slot.start())));
            parts.add(slot.group());
            from = slot.end();
        }
        parts.addAll(words(sample.substring(from)));
        return parts;
    }

    /** Lower case words without punctuation, apostrophes kept. */
    static List<String> words(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replaceAll("[^\\p{L}\\p{N}'\\s]", " ");
        List<String> words = new ArrayList<>();
        for (String word : cleaned.trim().split("\\s+")) {
            String stripped = word.replaceAll("^'+|'+$", "");
            if (!stripped.isEmpty()) {
                words.add(stripped);
            }
        }
        return words;
    }

    /** The form compared: apostrophes ignored, so "whats" matches "what's" and "childs" matches "child's". */
    private static String key(String text) {
        return text.replace("'", "");
    }

    private static boolean isSlot(String part) {
        return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
    }

    private static boolean startsWith(List<String> words, List<String> prefix) {
        return words.size() >= prefix.size() && words.subList(0, prefix.size()).equals(prefix);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> joined = new ArrayList<>(first);
        joined.addAll(second);
        return joined;
    }

    /** The phrases Alexa recognises for its built-in intents without samples in the model. */
    private static final class BuiltInUtterances {

        private static final Map<String, List<String>> PHRASES = Map.ofEntries(
                Map.entry("AMAZON.HelpIntent", List.of("help", "help me", "what can i do")),
                Map.entry("AMAZON.StopIntent", List.of("stop", "quit", "exit", "goodbye", "bye", "i'm done")),
                Map.entry("AMAZON.CancelIntent", List.of("cancel", "never mind", "forget it")),
                Map.entry("AMAZON.NavigateHomeIntent", List.of("go home", "home")),
                Map.entry("AMAZON.YesIntent", List.of("yes", "yeah", "yep", "sure", "okay", "ok", "yes please", "please do")),
                Map.entry("AMAZON.NoIntent", List.of("no", "nope", "no thanks", "no thank you", "not now")),
                Map.entry("AMAZON.NextIntent", List.of("next", "next one", "continue", "go on", "i'm ready", "ready", "done")),
                Map.entry("AMAZON.PreviousIntent", List.of("previous", "go back", "back", "last one")),
                Map.entry("AMAZON.RepeatIntent", List.of("repeat", "say that again", "again", "repeat that")),
                Map.entry("AMAZON.PauseIntent", List.of("pause", "hold on", "wait")),
                Map.entry("AMAZON.ResumeIntent", List.of("resume", "carry on", "keep going", "unpause")),
                Map.entry("AMAZON.StartOverIntent", List.of("start over", "restart", "from the beginning", "start again")));

        private BuiltInUtterances() {
        }

        static List<String> of(String intent) {
            return PHRASES.getOrDefault(intent, List.of());
        }
    }

    /** Built-in slot values said in words: AMAZON.NUMBER as digits, AMAZON.DURATION as ISO-8601. */
    private static final class SpokenValues {

        private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six",
                "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen");
        private static final List<String> TENS = List.of("-", "-", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety");
        private static final Map<String, String> DATE_UNITS = Map.of("year", "Y", "month", "M", "week", "W", "day", "D");
        private static final Map<String, String> TIME_UNITS =
                Map.of("hour", "H", "hr", "H", "minute", "M", "min", "M", "second", "S", "sec", "S");
        private static final String DATE_ORDER = "YMWD";
        private static final String TIME_ORDER = "HMS";

        private SpokenValues() {
        }

        static Optional<String> number(List<String> words) {
            return count(words).map(String::valueOf);
        }

        /** Digits, or number words such as "twenty five" or "a hundred and ten". */
        static Optional<Long> count(List<String> words) {
            if (words.size() == 1 && words.get(0).matches("\\d{1,15}")) {
                return Optional.of(Long.parseLong(words.get(0)));
            }
            long total = 0;
            long current = 0;
            String previous = "";
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                String next = i + 1 < words.size() ? words.get(i + 1) : "";
                String kind = kind(word, next);
                if (kind == null || !follows(previous, kind, current)) {
                    return Optional.empty();
                }
                switch (kind) {
                    case "unit" -> current += word.equals("a") || word.equals("an") ? 1 : UNITS.indexOf(word);
                    case "tens" -> current += 10L * TENS.indexOf(word);
                    case "hundred" -> current = Math.max(current, 1) * 100;
                    case "thousand" -> {
                        total += Math.max(current, 1) * 1000;
                        current = 0;
                    }
                    default -> { }
                }
                previous = kind;
            }
            return previous.isEmpty() || previous.equals("and") ? Optional.empty() : Optional.of(total + current);
        }

        private static String kind(String word, String next) {
            if (UNITS.contains(word) || (word.equals("a") || word.equals("an")) && (next.equals("hundred") || next.equals("thousand"))) {
                return "unit";
            }
            if (TENS.contains(word)) {
                return "tens";
            }
            return Set.of("hundred", "thousand", "and").contains(word) ? word : null;
        }

        private static boolean follows(String previous, String kind, long current) {
            return switch (kind) {
                case "unit" -> previous.isEmpty() || previous.equals("hundred") || previous.equals("thousand")
                        || previous.equals("and") || previous.equals("tens") && current % 10 == 0;
                case "tens" -> previous.isEmpty() || previous.equals("hundred") || previous.equals("thousand") || previous.equals("and");
                case "hundred" -> previous.equals("unit");
                case "thousand" -> previous.equals("unit") || previous.equals("tens") || previous.equals("hundred");
                default -> previous.equals("hundred") || previous.equals("thousand");
            };
        }

        /** "three weeks" is P3W, "an hour and ten minutes" PT1H10M; a word such as "yesterday" is no duration. */
        static Optional<String> duration(List<String> words) {
            Map<String, Long> date = new LinkedHashMap<>();
            Map<String, Long> time = new LinkedHashMap<>();
            int at = 0;
            while (at < words.size()) {
                if (words.get(at).equals("and") && at > 0) {
                    at++;
                    continue;
                }
                int unit = at + 1;
                while (unit < words.size() && unitOf(words.get(unit)) == null) {
                    unit++;
                }
                Optional<Long> amount = unit < words.size() ? amount(words.subList(at, unit)) : Optional.empty();
                if (amount.isEmpty()) {
                    return Optional.empty();
                }
                String name = unitOf(words.get(unit));
                Map<String, Long> part = DATE_UNITS.containsKey(name) ? date : time;
                part.merge(DATE_UNITS.getOrDefault(name, TIME_UNITS.get(name)), amount.get(), Long::sum);
                at = unit + 1;
            }
            return date.isEmpty() && time.isEmpty() ? Optional.empty() : Optional.of(iso(date, time));
        }

        private static Optional<Long> amount(List<String> words) {
            if (words.equals(List.of("a")) || words.equals(List.of("an"))) {
                return Optional.of(1L);
            }
            if (words.equals(List.of("a", "couple", "of")) || words.equals(List.of("couple", "of"))) {
                return Optional.of(2L);
            }
            return count(words);
        }

        private static String unitOf(String word) {
            String single = word.endsWith("s") && word.length() > 2 ? word.substring(0, word.length() - 1) : word;
            return DATE_UNITS.containsKey(single) || TIME_UNITS.containsKey(single) ? single : null;
        }

        private static String iso(Map<String, Long> date, Map<String, Long> time) {
            StringBuilder out = new StringBuilder("P");
            for (char unit : DATE_ORDER.toCharArray()) {
                Long amount = date.get(String.valueOf(unit));
                out.append(amount == null ? "" : amount + String.valueOf(unit));
            }
            if (!time.isEmpty()) {
                out.append('T');
                for (char unit : TIME_ORDER.toCharArray()) {
                    Long amount = time.get(String.valueOf(unit));
                    out.append(amount == null ? "" : amount + String.valueOf(unit));
                }
            }
            return out.toString();
        }
    }
}
