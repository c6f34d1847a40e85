package com.backrelief.coach.domain.advice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything the coach says about heat and ice, as wording families keyed like
 * {@code rationale.R5} or {@code howOften.COLD}. Some families hold two or three wordings so that
 * repeated answers don't sound canned; {@code turn} picks one deterministically. Checked when
 * built: every key the coach needs is present, and only known placeholders are used: {@code {number}}
 * for the locale's emergency number, {@code {minutes}} for a timer's length.
 */
public final class HeatIceGuide {

    /** The follow-up topics a person can ask about, as the interaction model's slot ids. */
    public static final List<String> TOPICS = List.of("how-long", "how-often", "heat-worse", "ice-worse", "alternate",
            "sciatica", "herniated-disc", "upper-back", "overnight", "evidence");

    private static final List<String> TIMER_LINES = List.of("offer", "offerReprompt", "set", "capped", "askPermission",
            "noPermission", "failed", "declined");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
    private static final List<String> PLACEHOLDERS = List.of("number", "minutes");

    private final Map<String, List<String>> lines;

    public HeatIceGuide(Map<String, List<String>> lines, List<String> ruleIds) {
        this.lines = new LinkedHashMap<>();
        lines.forEach((key, wordings) -> this.lines.put(key, List.copyOf(wordings)));
        List<String> problems = new ArrayList<>();
        requiredKeys(ruleIds).stream().filter(key -> wordings(key).isEmpty()).forEach(key -> problems.add("missing " + key));
        for (String rule : ruleIds) {
            int count = wordings("rationale." + rule).size();
            if (count < 2 || count > 3) {
                problems.add("rationale." + rule + " needs two or three wordings, has " + count);
            }
        }
        this.lines.forEach((key, wordings) -> wordings.forEach(text -> checkPlaceholders(key, text, problems)));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Heat and ice content: " + String.join("; ", problems));
        }
    }

    private static List<String> requiredKeys(List<String> ruleIds) {
        List<String> keys = new ArrayList<>(List.of("rationale.R4-neither", "upperBackGuard", "question.intro",
                "followUp.evidence-strain", "followUp.menu", "followUp.next", "escalation.urgentCare"));
        ruleIds.forEach(rule -> keys.add("rationale." + rule));
        // Neither pack has no opener: its reason ("heat and cold aren't safe for you") already says it.
        for (Recommendation recommendation : List.of(Recommendation.HEAT, Recommendation.COLD, Recommendation.EITHER)) {
            keys.add("opener." + recommendation);
        }
        for (Pack pack : Pack.values()) {
            keys.add("yourChoice." + pack);
        }
        for (PackUse use : PackUse.values()) {
            keys.addAll(List.of("howLong." + use, "howOften." + use, "skinSafety." + safetyKind(use),
                    "shortSafety." + safetyKind(use),
                    "timerAnnouncement." + use, "timerLabel." + use, "screen.dose." + use, "screen.rules." + safetyKind(use),
                    "screen.title." + safetyKind(use)));
        }
        keys.add("screen.timerButton");
        keys.addAll(List.of("safetyOffer.offer", "safetyOffer.offerReprompt", "safetyOffer.declined"));
        for (Question question : Question.values()) {
            keys.add("question." + question);
        }
        TOPICS.forEach(topic -> keys.add("followUp." + topic));
        TIMER_LINES.forEach(line -> keys.add("timer." + line));
        return keys;
    }

    private static void checkPlaceholders(String key, String text, List<String> problems) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                problems.add(key + " uses an unknown placeholder {" + m.group(1) + "}");
            }
        }
    }

    public String rationale(String key, int turn) {
        return pick("rationale." + key, turn);
    }

    public Optional<String> note(String rule) {
        return first("note." + rule);
    }

    /** The first words of the advice, or empty when the reason says it all (neither pack). */
    public Optional<String> opener(Recommendation recommendation, int turn) {
        return wordings("opener." + recommendation).isEmpty() ? Optional.empty()
                : Optional.of(pick("opener." + recommendation, turn));
    }

    public String yourChoice(Pack pack) {
        return line("yourChoice." + pack);
    }

    public String howLong(PackUse use) {
        return line("howLong." + use);
    }

    public String howOften(PackUse use) {
        return line("howOften." + use);
    }

    public String skinSafety(PackUse use) {
        return line("skinSafety." + safetyKind(use));
    }

    /** Fact sheet section 5: the skin-safety rules in short, said when heat or cold is first suggested. */
    public String shortSafety(PackUse use) {
        return line("shortSafety." + safetyKind(use));
    }

    /** The offer of the full safety tips, its reprompt, and the answer to no: "offer", "offerReprompt", "declined". */
    public String safetyOffer(String line) {
        return line("safetyOffer." + line);
    }

    /** Cold after a fresh strain carries the same skin-safety line as any cold. */
    public static String safetyKind(PackUse use) {
        return use == PackUse.COLD_FRESH_STRAIN ? PackUse.COLD.name() : use.name();
    }

    /** On a screen: the heading for a pack ("Heat", "Cold", "Heat or cold"). */
    public String screenTitle(PackUse use) {
        return line("screen.title." + safetyKind(use));
    }

    /** On a screen: how long, in figures. */
    public String screenDose(PackUse use) {
        return line("screen.dose." + use);
    }

    /** On a screen: the skin-safety rules, one short line each. */
    public List<String> screenRules(PackUse use) {
        return wordings("screen.rules." + safetyKind(use));
    }

    public String timerButton() {
        return line("screen.timerButton");
    }

    public String upperBackGuard() {
        return line("upperBackGuard");
    }

    public String question(Question question) {
        return line("question." + question);
    }

    public String questionIntro() {
        return line("question.intro");
    }

    public Optional<String> followUp(String topic) {
        return first("followUp." + topic);
    }

    public String timer(String line, int turn) {
        return pick("timer." + line, turn);
    }

    public String timerAnnouncement(PackUse use) {
        return line("timerAnnouncement." + use);
    }

    public String timerLabel(PackUse use) {
        return line("timerLabel." + use);
    }

    public String escalation(String line) {
        return line("escalation." + line);
    }

    /** Replaces each {@code {name}} in a line with its value. */
    public static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace("{" + value.getKey() + "}", value.getValue());
        }
        return filled;
    }

    private String line(String key) {
        return pick(key, 0);
    }

    private String pick(String key, int turn) {
        List<String> options = wordings(key);
        if (options.isEmpty()) {
            throw new IllegalArgumentException("No heat and ice wording for " + key);
        }
        return options.get(Math.floorMod(turn, options.size()));
    }

    private Optional<String> first(String key) {
        List<String> options = wordings(key);
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(0));
    }

    private List<String> wordings(String key) {
        return lines.getOrDefault(key, List.of());
    }
}
