package com.backrelief.coach.domain.safety;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The red-flag screen (fact sheet, section 3): which symptom a person means, and how urgent it
 * is; plus the words that deny a symptom and the words that report pain during an exercise.
 */
public final class RedFlagScreen {

    private final Map<String, RedFlag> byId = new LinkedHashMap<>();
    private final Map<String, RedFlag> bySaying = new LinkedHashMap<>();
    private final List<Denial> denials;
    private final Map<String, List<String>> deniedNames;
    private final List<String> exercisePain;

    /**
     * @param flags        every red flag, each id once, no saying shared by two flags
     * @param denials      whole sentences that rule a red flag out
     * @param deniedNames  for a red-flag id, the short names a denial can use ("no <name>")
     * @param exercisePain what people say when an exercise hurts
     */
    public RedFlagScreen(List<RedFlag> flags, List<Denial> denials, Map<String, List<String>> deniedNames,
                         List<String> exercisePain) {
        for (RedFlag flag : flags) {
            if (byId.putIfAbsent(flag.id(), flag) != null) {
                throw new IllegalArgumentException("Duplicate red flag: " + flag.id());
            }
            flag.sayings().forEach(saying -> index(saying, flag));
        }
        for (Denial denial : denials) {
            requireKnown(denial.symptom(), "denial '" + denial.phrase() + "'");
            requireNotASymptom(denial.phrase(), "denial");
        }
        deniedNames.keySet().forEach(id -> requireKnown(id, "denied names"));
        exercisePain.forEach(phrase -> requireNotASymptom(phrase, "exercise pain phrase"));
        this.denials = List.copyOf(denials);
        this.deniedNames = new LinkedHashMap<>(deniedNames);
        this.exercisePain = List.copyOf(exercisePain);
    }

    private void index(String saying, RedFlag flag) {
        RedFlag earlier = bySaying.putIfAbsent(normalise(saying), flag);
        if (earlier != null) {
            throw new IllegalArgumentException(
                    "'" + saying + "' is a saying of both " + earlier.id() + " and " + flag.id());
        }
    }

    private void requireKnown(String id, String where) {
        if (!byId.containsKey(id)) {
            throw new IllegalArgumentException("The " + where + " names an unknown red flag: " + id);
        }
    }

    private void requireNotASymptom(String phrase, String what) {
        RedFlag flag = bySaying.get(normalise(phrase));
        if (flag != null) {
            throw new IllegalArgumentException("The " + what + " '" + phrase + "' is also a saying of " + flag.id());
        }
    }

    public List<RedFlag> flags() {
        return List.copyOf(byId.values());
    }

    public Optional<RedFlag> flag(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** Of the symptoms named by these ids, the most urgent; unknown ids are ignored. */
    public Optional<RedFlag> mostUrgent(Collection<String> ids) {
        RedFlag most = null;
        for (String id : ids) {
            RedFlag flag = id == null ? null : byId.get(id);
            if (flag != null && (most == null || flag.tier().moreUrgentThan(most.tier()))) {
                most = flag;
            }
        }
        return Optional.ofNullable(most);
    }

    /** The symptom these exact words describe (ignoring case and punctuation), if they are one of its sayings. */
    public Optional<RedFlag> recognise(String words) {
        return words == null ? Optional.empty() : Optional.ofNullable(bySaying.get(normalise(words)));
    }

    public List<Denial> denials() {
        return denials;
    }

    /** For each red-flag id that can be denied by name, its names, in content order. */
    public Map<String, List<String>> deniedNames() {
        return new LinkedHashMap<>(deniedNames);
    }

    public List<String> exercisePain() {
        return exercisePain;
    }

    /** How a saying is written in the voice model: lower case, letters, digits and apostrophes only. */
    public static String normalise(String words) {
        String plain = words.toLowerCase(Locale.ROOT).replace('\u2019', '\'')
                .replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ");
        return plain.strip();
    }
}
