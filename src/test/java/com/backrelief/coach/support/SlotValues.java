package com.backrelief.coach.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a slot the way Alexa would from what a person said: a custom value is resolved to its id
 * through the interaction model's values and synonyms, and a spoken duration ("three weeks") becomes
 * the ISO 8601 value Alexa sends ("P3W").
 */
public final class SlotValues {

    private static final JsonNode MODEL = read(Path.of("interaction-model/en-US.json"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20), Map.entry("thirty", 30));
    private static final Pattern SPOKEN_DURATION = Pattern.compile("(\\w+) (minute|hour|day|week|month|year)s?");

    private SlotValues() {
    }

    /** The slot JSON for {@code spoken} in {@code slot} of {@code intent}. */
    public static ObjectNode slot(String intent, String slot, String spoken) {
        String type = slotType(intent, slot);
        ObjectNode node = NODES.objectNode().put("name", slot).put("confirmationStatus", "NONE").put("source", "USER");
        if (type.equals("AMAZON.DURATION")) {
            return node.put("value", duration(spoken));
        }
        if (type.equals("AMAZON.TIME")) {
            // given as Alexa sends it: "08:00", "19:30", "MO"
            return node.put("value", spoken);
        }
        node.put("value", spoken);
        String id = resolve(type, spoken);
        ObjectNode authority = node.putObject("resolutions").putArray("resolutionsPerAuthority").addObject()
                .put("authority", "amzn1.er-authority.echo-sdk." + TestSkill.SKILL_ID + "." + type);
        authority.putObject("status").put("code", id == null ? "ER_SUCCESS_NO_MATCH" : "ER_SUCCESS_MATCH");
        if (id != null) {
            authority.putArray("values").addObject().putObject("value").put("name", spoken).put("id", id);
        }
        return node;
    }

    static String slotType(String intent, String slot) {
        for (JsonNode i : MODEL.at("/interactionModel/languageModel/intents")) {
            if (i.path("name").asText().equals(intent)) {
                for (JsonNode s : i.path("slots")) {
                    if (s.path("name").asText().equals(slot)) {
                        return s.path("type").asText();
                    }
                }
            }
        }
        throw new IllegalArgumentException("The model has no slot " + slot + " in " + intent);
    }

    private static String resolve(String type, String spoken) {
        String said = spoken.toLowerCase(Locale.ROOT).strip();
        for (JsonNode t : MODEL.at("/interactionModel/languageModel/types")) {
            if (!t.path("name").asText().equals(type)) {
                continue;
            }
            for (JsonNode value : t.path("values")) {
                if (value.at("/name/value").asText().equals(said)) {
                    return value.path("id").asText();
                }
                for (JsonNode synonym : value.at("/name/synonyms")) {
                    if (synonym.asText().equals(said)) {
                        return value.path("id").asText();
                    }
                }
            }
        }
        return null;
    }

    private static String duration(String spoken) {
        Matcher m = SPOKEN_DURATION.matcher(spoken.toLowerCase(Locale.ROOT).strip());
        if (!m.matches()) {
            return spoken;
        }
        String count = m.group(1);
        int n = count.matches("\\d+") ? Integer.parseInt(count) : NUMBERS.getOrDefault(count, 0);
        return switch (m.group(2)) {
            case "minute" -> "PT" + n + "M";
            case "hour" -> "PT" + n + "H";
            case "day" -> "P" + n + "D";
            case "week" -> "P" + n + "W";
            case "month" -> "P" + n + "M";
            default -> "P" + n + "Y";
        };
    }

    private static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
