package com.backrelief.coach.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every number the skill can speak with a unit (minutes, hours, days, weeks, months, years, seconds,
 * reps, times, percent) is one the fact sheet has with that unit: content names no dose of its own.
 */
class NumbersFromTheSheetTest {

    /** The fact sheet lives beside the project (shared/), not in it; CI always has it there. */
    private static final Path SHEET = Path.of("..", "shared", "content", "back-care-facts.md");
    private static final Path CONTENT = Path.of("src", "main", "resources", "content");
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("forty-five", 45), Map.entry("sixty", 60),
            Map.entry("ninety", 90), Map.entry("seventy-two", 72), Map.entry("a hundred and fifty", 150),
            Map.entry("hundred and fifty", 150), Map.entry("half an", 30));
    private static final String NUMBER = "(\\d+|" + String.join("|", WORDS.keySet().stream()
            .sorted((a, b) -> b.length() - a.length()).toList()) + ")";
    /** A number, or a range of two ("15–20", "two to three"), then its unit. */
    private static final Pattern AMOUNT = Pattern.compile("\\b" + NUMBER + "(?:\\s*(?:–|-|to|or)\\s*" + NUMBER + ")?"
            + "\\s*(minutes?|min|hours?|h|days?|weeks?|months?|years?|seconds?|s|reps?|repetitions|times|percent|%)\\b",
            Pattern.CASE_INSENSITIVE);

    record Amount(int number, String unit) {
    }

    static Set<Amount> amounts(String text) {
        Set<Amount> found = new HashSet<>();
        Matcher m = AMOUNT.matcher(text.toLowerCase(Locale.ROOT).replace("half an hour", "30 minutes"));
        while (m.find()) {
            String unit = unit(m.group(3));
            found.add(new Amount(value(m.group(1)), unit));
            if (m.group(2) != null) {
                found.add(new Amount(value(m.group(2)), unit));
            }
        }
        return found;
    }

    private static int value(String number) {
        return number.matches("\\d+") ? Integer.parseInt(number) : WORDS.get(number);
    }

    private static String unit(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.equals("h")) {
            return "hour";
        }
        if (u.equals("s")) {
            return "second";
        }
        if (u.equals("min")) {
            return "minute";
        }
        if (u.equals("%")) {
            return "percent";
        }
        if (u.equals("repetitions") || u.equals("times")) {
            return "rep"; // "do it two or three times" is the sheet's "2-3 reps"
        }
        return u.endsWith("s") ? u.substring(0, u.length() - 1) : u;
    }

    @BeforeAll
    static void theFactSheetIsBesideTheProject() {
        boolean ci = "true".equals(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Files.exists(SHEET), "the fact sheet is not at " + SHEET + " on this machine");
        }
        assertThat(SHEET).as("the fact sheet, which CI has beside the project").exists();
    }

    @Test
    void everyNumberSpokenIsOnTheFactSheet() throws IOException {
        Set<Amount> sheet = amounts(Files.readString(SHEET));
        List<String> strays = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String file : List.of("heat-ice.json", "topics.json", "exercises.json", "routines.json", "red-flags.json")) {
            collect(json.readTree(CONTENT.resolve(file).toFile()), file, "", sheet, strays);
        }
        assertThat(strays).as("numbers with a unit that the fact sheet does not have").isEmpty();
    }

    private static void collect(JsonNode node, String file, String path, Set<Amount> sheet, List<String> strays) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                // Patterns that recognise words are not spoken.
                if (!field.getKey().equals("when") && !field.getKey().equals("synonyms")) {
                    collect(field.getValue(), file, path + "." + field.getKey(), sheet, strays);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), file, path + "[" + i + "]", sheet, strays);
            }
        } else if (node.isTextual()) {
            for (Amount amount : amounts(node.asText())) {
                if (!sheet.contains(amount)) {
                    strays.add(file + path + ": " + amount.number() + " " + amount.unit() + " in \"" + node.asText() + "\"");
                }
            }
        }
    }

    @Test
    void aNumberTheSheetLacksIsCaught() throws IOException {
        Set<Amount> sheet = amounts(Files.readString(SHEET));

        assertThat(amounts("Keep it on for fifteen to twenty minutes.")).isSubsetOf(sheet);
        assertThat(amounts("Keep it on for forty-five minutes.")).containsExactly(new Amount(45, "minute"));
        assertThat(sheet).doesNotContain(new Amount(45, "minute"));
        assertThat(amounts("do it two or three times")).containsExactlyInAnyOrder(new Amount(2, "rep"), new Amount(3, "rep"));
    }
}
