package com.backrelief.coach.content;

import com.backrelief.coach.domain.advice.HeatIceAdvisor;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.domain.safety.Denial;
import com.backrelief.coach.domain.safety.EmergencyNumbers;
import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.domain.safety.RedFlag;
import com.backrelief.coach.domain.safety.RedFlagScreen;
import com.backrelief.coach.domain.safety.Tier;
import com.backrelief.coach.domain.stretching.Coaching;
import com.backrelief.coach.domain.stretching.Phase;
import com.backrelief.coach.domain.stretching.Routine;
import com.backrelief.coach.domain.stretching.RoutineStep;
import com.backrelief.coach.domain.stretching.SoundCue;
import com.backrelief.coach.domain.stretching.SoundCues;
import com.backrelief.coach.domain.stretching.Stretch;
import com.backrelief.coach.domain.stretching.StretchCatalogue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the content files under {@code /content} once into domain records, and rejects bad data. */
public final class ContentLoader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RED_FLAGS = "red-flags.json";
    private static final String ELSEWHERE = "elsewhere";
    private static final String SOUNDS = "sounds.json";
    /** A cue is a short sound: a long one would fill the silence it is there to mark. */
    static final double MAX_SOUND_SECONDS = 5;

    private ContentLoader() {
    }

    public static StretchCatalogue stretchCatalogue() {
        List<Stretch> stretches = new ArrayList<>();
        for (JsonNode node : read("exercises.json")) {
            stretches.add(stretch(node));
        }
        List<Routine> routines = new ArrayList<>();
        for (JsonNode node : read("routines.json")) {
            routines.add(routine(node));
        }
        return new StretchCatalogue(stretches, routines, soundCues());
    }

    /** The sound for each mark of a routine ({@code sounds.json}): every cue has one, from the sound library. */
    public static SoundCues soundCues() {
        JsonNode cues = read(SOUNDS).path("cues");
        Map<SoundCue, SoundCues.Sound> sounds = new EnumMap<>(SoundCue.class);
        for (SoundCue cue : SoundCue.values()) {
            String key = camelCase(cue.name());
            JsonNode node = cues.path(key);
            String source = required(node, "source", SOUNDS + " " + key);
            check(source.startsWith("soundbank://soundlibrary/"), SOUNDS + " " + key + " is not from the sound library");
            double seconds = node.path("seconds").asDouble(0);
            check(seconds > 0 && seconds <= MAX_SOUND_SECONDS, SOUNDS + " " + key + " needs a length up to "
                    + MAX_SOUND_SECONDS + " seconds");
            sounds.put(cue, new SoundCues.Sound(source, seconds));
        }
        check(cues.size() == sounds.size(), SOUNDS + " names a cue the coach does not know");
        return new SoundCues(sounds);
    }

    /** SET_START becomes setStart. */
    private static String camelCase(String constant) {
        StringBuilder out = new StringBuilder();
        for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
            out.append(out.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    /** The heat and ice wording, checked against the advisor's rules. */
    public static HeatIceGuide heatIceGuide() {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        flatten("", read("heat-ice.json"), lines);
        return new HeatIceGuide(lines, new HeatIceAdvisor().ruleIds());
    }

    /** Nested objects become dotted keys; a value is one wording or a list of them. */
    private static void flatten(String prefix, JsonNode node, Map<String, List<String>> lines) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field ->
                    flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), lines));
            return;
        }
        List<String> wordings = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> wordings.add(item.asText()));
        } else {
            wordings.add(node.asText());
        }
        check(node.isArray() || node.isTextual(), "heat-ice.json: " + prefix + " must be text or a list of texts");
        check(wordings.stream().allMatch(w -> !w.isBlank()), "heat-ice.json: " + prefix + " has a blank wording");
        lines.put(prefix, wordings);
    }

    /** The red flags of the fact sheet's section 3, with denials and exercise-pain phrases. */
    public static RedFlagScreen redFlagScreen() {
        JsonNode root = read(RED_FLAGS);
        List<RedFlag> flags = new ArrayList<>();
        for (JsonNode node : root.path("symptoms")) {
            flags.add(redFlag(node, root.path("tiers")));
        }
        check(!flags.isEmpty(), RED_FLAGS + " has no symptoms");
        List<Denial> denials = new ArrayList<>();
        for (JsonNode node : root.path("denials")) {
            denials.add(new Denial(required(node, "phrase", "denial"), required(node, "symptom", "denial")));
        }
        Map<String, List<String>> deniedNames = new LinkedHashMap<>();
        for (JsonNode node : root.path("deniedSymptoms")) {
            String id = required(node, "symptom", "denied symptom");
            check(!strings(node, "names").isEmpty(), "denied symptom " + id + " has no names");
            check(deniedNames.put(id, strings(node, "names")) == null, "denied symptom " + id + " is listed twice");
        }
        List<String> exercisePain = strings(root, "exercisePain");
        check(!exercisePain.isEmpty(), RED_FLAGS + " has no exercise-pain phrases");
        try {
            return new RedFlagScreen(flags, denials, deniedNames, exercisePain);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: " + e.getMessage(), e);
        }
    }

    /** The emergency number and routes to care for each locale, and number-free wording for any other. */
    public static EmergencyNumbers emergencyNumbers() {
        JsonNode help = read(RED_FLAGS).path("localHelp");
        check(help.has(ELSEWHERE), RED_FLAGS + " has no help for other locales ('" + ELSEWHERE + "')");
        Map<String, LocalHelp> byLocale = new LinkedHashMap<>();
        help.fields().forEachRemaining(entry -> {
            if (!entry.getKey().equals(ELSEWHERE)) {
                byLocale.put(entry.getKey(), localHelp(entry.getValue(), entry.getKey()));
            }
        });
        try {
            return new EmergencyNumbers(byLocale, localHelp(help.get(ELSEWHERE), ELSEWHERE));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: " + e.getMessage(), e);
        }
    }

    private static RedFlag redFlag(JsonNode node, JsonNode tierPrefixes) {
        String id = required(node, "id", "red flag");
        String where = "red flag " + id;
        Tier tier;
        try {
            tier = Tier.named(required(node, "tier", where));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: " + where + ": " + e.getMessage(), e);
        }
        JsonNode prefixes = tierPrefixes.path(tier.contentName());
        boolean prefixed = false;
        for (JsonNode prefix : prefixes.isArray() ? prefixes : List.of(prefixes)) {
            prefixed |= !prefix.asText().isEmpty() && id.startsWith(prefix.asText());
        }
        check(prefixed, where + " does not carry the id prefix of its tier");
        String wording = optional(node, "emergencyWording");
        RedFlag.Help help = switch (wording == null ? "" : wording) {
            case "" -> RedFlag.Help.CALL_OR_GO;
            case "call-only" -> RedFlag.Help.CALL_ONLY;
            case "call-and-stay-still" -> RedFlag.Help.CALL_AND_STAY_STILL;
            default -> throw new IllegalStateException("Invalid content: " + where + ": unknown emergencyWording " + wording);
        };
        RedFlag flag = new RedFlag(id, tier, required(node, "summary", where), strings(node, "phrasings"),
                strings(node, "variants"), help, optional(node, "say"), node.path("holdsExercise").asBoolean(false),
                optional(node, "emergencyIf"));
        check(flag.emergencySigns().isEmpty() || tier == Tier.URGENT,
                where + " names emergency signs but is not same-day");
        check(!flag.sayings().isEmpty(), where + " has no phrasings or variants");
        return flag;
    }

    private static LocalHelp localHelp(JsonNode node, String where) {
        try {
            return new LocalHelp(optional(node, "emergencyNumber"), required(node, "emergencyPlace", where),
                    optional(node, "sameDayNumber"), required(node, "sameDay", where), required(node, "clinician", where),
                    optional(node, "sameDayWritten"), optional(node, "emergencySpoken"), optional(node, "emergencyAlso"),
                    optional(node, "sameDayAlso"), optional(node, "maternity"));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Invalid content: local help for " + where + ": " + e.getMessage(), e);
        }
    }

    public static JsonNode read(String file) {
        String path = "/content/" + file;
        try (InputStream in = ContentLoader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Content file missing from the package: " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Content file is not valid JSON: " + path, e);
        }
    }

    static Stretch stretch(JsonNode node) {
        String id = required(node, "id", "exercise");
        String where = "exercise " + id;
        JsonNode coachingNode = node.path("coaching");
        List<Phase> phases = new ArrayList<>();
        for (JsonNode phase : coachingNode.path("rep")) {
            String say = required(phase, "say", where);
            String brief = required(phase, "short", where);
            check(words(brief) <= MAX_SHORT_CUE_WORDS && words(brief) <= words(say),
                    where + " has a short cue longer than " + MAX_SHORT_CUE_WORDS + " words or than its whole cue: " + brief);
            phases.add(new Phase(say, brief, phase.path("seconds").asInt(0), phase.path("hold").asBoolean(false)));
        }
        Coaching coaching = new Coaching(phases, coachingNode.path("reps").asInt(0),
                coachingNode.path("sides").asInt(1), coachingNode.path("alternating").asBoolean(false));
        Stretch stretch = new Stretch(id, optional(node, "card"), required(node, "name", where), strings(node, "synonyms"),
                required(node, "position", where), strings(node, "needs"), required(node, "start", where),
                strings(node, "cues"), optional(node, "breath"), required(node, "dose", where),
                required(node, "stopIf", where), required(node, "easier", where), required(node, "harder", where),
                strings(node, "cautions"), coaching);
        check(!stretch.cues().isEmpty(), where + " has no cues");
        check(!stretch.cautions().isEmpty(), where + " has no cautions");
        check(!phases.isEmpty(), where + " has no coaching phases");
        check(coaching.reps() > 0, where + " has no repetitions");
        check(coaching.sides() == 1 || coaching.sides() == 2, where + " must have one or two sides");
        check(phases.stream().allMatch(p -> p.seconds() >= 0 && p.seconds() <= 120), where + " has a pause out of range");
        return stretch;
    }

    /** Longest short cue, in words: said on every repetition after the first, it must stay a word or two. */
    static final int MAX_SHORT_CUE_WORDS = 5;

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    /** Longest timed step (minutes): it is led in one answer, and Alexa plays at most 240 seconds. */
    static final double MAX_TIMED_MINUTES = 2;
    /** Longest hold a routine may ask for, in seconds. */
    static final int MAX_HOLD_SECONDS = 60;

    static Routine routine(JsonNode node) {
        String id = required(node, "id", "routine");
        String where = "routine " + id;
        List<RoutineStep> steps = new ArrayList<>();
        for (JsonNode step : node.path("steps")) {
            steps.add(new RoutineStep(required(step, "exercise", where), step.path("reps").asInt(1),
                    step.hasNonNull("holdSeconds") ? step.get("holdSeconds").asInt() : null,
                    step.hasNonNull("minutes") ? step.get("minutes").asDouble() : null,
                    optional(step, "note")));
        }
        check(!steps.isEmpty(), where + " has no steps");
        check(node.path("minutes").asInt(0) > 0, where + " has no length in minutes");
        for (RoutineStep step : steps) {
            check(step.reps() > 0, where + " has a step with no repetitions: " + step.exercise());
            check(step.holdSeconds() == null || step.holdSeconds() > 0 && step.holdSeconds() <= MAX_HOLD_SECONDS,
                    where + " has a hold out of range: " + step.exercise());
            check(step.minutes() == null || step.minutes() > 0 && step.minutes() <= MAX_TIMED_MINUTES,
                    where + " has a timed step longer than one answer can hold: " + step.exercise());
        }
        return new Routine(id, required(node, "name", where), strings(node, "synonyms"), node.path("minutes").asInt(),
                required(node, "intro", where), optional(node, "outro"), required(node, "checkIn", where), steps);
    }

    static String required(JsonNode node, String field, String where) {
        String value = optional(node, field);
        check(value != null && !value.isBlank(), where + " is missing '" + field + "'");
        return value;
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.path(field).forEach(value -> values.add(value.asText()));
        return values;
    }

    static void check(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException("Invalid content: " + problem);
        }
    }
}
