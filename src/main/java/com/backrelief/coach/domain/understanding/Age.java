package com.backrelief.coach.domain.understanding;

import java.util.Map;
import java.util.Optional;

/** A person's age when they say it: "I'm 78", "I am eighty", "78 years old", "in my seventies". Never stored. */
final class Age {

    private static final Map<String, Integer> DECADES = Map.of("teens", 15, "twenties", 20, "thirties", 30,
            "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70, "eighties", 80, "nineties", 90);
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> UNITS = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5,
            "six", 6, "seven", 7, "eight", 8, "nine", 9);

    private Age() {
    }

    static Optional<Integer> read(Words words) {
        for (int at = 0; at < words.size(); at++) {
            String word = words.get(at);
            String previous = at > 0 ? words.get(at - 1) : "";
            if (DECADES.containsKey(word) && previous.equals("my")) {
                return Optional.of(DECADES.get(word));
            }
            Optional<Integer> number = number(words, at);
            if (number.isEmpty()) {
                continue;
            }
            int end = at + (TENS.containsKey(word) && at + 1 < words.size() && UNITS.containsKey(words.get(at + 1)) ? 2 : 1);
            String after = end < words.size() ? words.get(end) : "";
            String afterNext = end + 1 < words.size() ? words.get(end + 1) : "";
            boolean stated = previous.equals("im") || previous.equals("aged") || previous.equals("age")
                    || at > 1 && words.get(at - 2).equals("i") && previous.equals("am")
                    || after.equals("years") && afterNext.equals("old") || after.equals("year") && afterNext.equals("old")
                    || after.equals("yrs") || after.equals("yo");
            if (stated && number.get() >= 10 && number.get() <= 110) {
                return number;
            }
        }
        return Optional.empty();
    }

    private static final Map<String, Integer> TEENS = Map.of("thirteen", 13, "fourteen", 14, "fifteen", 15,
            "sixteen", 16, "seventeen", 17, "eighteen", 18, "nineteen", 19);

    private static Optional<Integer> number(Words words, int at) {
        String word = words.get(at);
        if (word.matches("\\d{2,3}")) {
            return Optional.of(Integer.parseInt(word));
        }
        if (TEENS.containsKey(word)) {
            return Optional.of(TEENS.get(word));
        }
        Integer tens = TENS.get(word);
        if (tens == null) {
            return Optional.empty();
        }
        String next = at + 1 < words.size() ? words.get(at + 1) : "";
        return Optional.of(tens + UNITS.getOrDefault(next, 0));
    }
}
