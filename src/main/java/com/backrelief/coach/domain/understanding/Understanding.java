package com.backrelief.coach.domain.understanding;

import com.backrelief.coach.domain.advice.Pack;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Disc;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.backrelief.coach.domain.safety.RedFlagScreen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads free text for meaning, in one step that serves every handler: red flags first (with
 * negation), then what the heat-or-ice advisor needs, what the person asks for, the topic of a
 * question, and any exercise or routine named. Plain Java, from the patterns in the content.
 */
public final class Understanding {

    /** A red flag's patterns: any of {@code when} says it, unless one of {@code unless} says otherwise. */
    public record FlagCues(List<Cue> when, List<Cue> unless, int minAge, int minOnsetDays, int youngerThan, int olderThan,
                           List<Cue> whenNotYounger, int notYoungerThan) {

        public FlagCues(List<Cue> when, List<Cue> unless) {
            this(when, unless, 0, 0, 0, 0, List.of(), 0);
        }

        public FlagCues(List<Cue> when, List<Cue> unless, int minAge, int minOnsetDays, int youngerThan, int olderThan) {
            this(when, unless, minAge, minOnsetDays, youngerThan, olderThan, List.of(), 0);
        }

        /** A flag said by a stated age alone (S4: new back pain under 20 or over 50). */
        boolean byAge(int age) {
            return age > 0 && (youngerThan > 0 && age < youngerThan || olderThan > 0 && age > olderThan);
        }

        public FlagCues {
            when = List.copyOf(when);
            unless = List.copyOf(unless);
            whenNotYounger = List.copyOf(whenNotYounger);
        }
    }

    /**
     * What a free-text intent's carrier phrases stand for.
     *
     * @param words    the words put back before the captured phrase ("how long")
     * @param question whether the carriers ask a question ("how long…", "can I…") rather than tell
     */
    public record Carrier(String words, boolean question) {
    }

    /**
     * A phrase that, alone, may mean a red flag or something else, and the yes-or-no question that tells.
     *
     * @param cue the phrase's patterns and the words that make it clear either way
     * @param ask the question; yes means the flag
     */
    /**
     * @param whenAsk for a flag that holds only if it is recent (E6), the question when nothing said when: the words
     *                reached the skill cut from the rest of the sentence ("I fell off a ladder", and Alexa kept no more)
     * @param whenNo  what to say when that question is answered no
     */
    public record Confirm(FlagCues cue, String ask, String no, String whenAsk, String whenNo) {

        public Confirm(FlagCues cue, String ask, String no) {
            this(cue, ask, no, null, null);
        }

        public Confirm(FlagCues cue, String ask) {
            this(cue, ask, null);
        }
    }

    /** The fact ids a content file may give patterns for, each one thing the advisor needs. */
    public static final Set<String> FACTS = Set.of("injury.none", "injury.minor", "injury.major", "swelling",
            "feel.tight", "feel.sharp", "leg.one", "leg.none", "area.upper", "area.lower", "disc", "prefers.heat",
            "prefers.cold", "helped.heat", "helped.cold", "condition.diabetes", "condition.nerve-damage",
            "condition.drowsy", "condition.raynauds", "condition.cold-allergy", "condition.numb-skin",
            "condition.poor-circulation", "condition.broken-skin");

    /** Words a question opens with. */
    private static final Set<String> QUESTION_WORDS = Set.of("what", "how", "why", "can", "could", "should", "is",
            "does", "do", "which", "when", "where", "will", "would", "are", "whats", "hows");

    /** Words said before a question that are not part of it. */
    private static final Set<String> OPENERS = Set.of("oh", "um", "uh", "er", "erm", "so", "and", "wait", "hang", "on",
            "sorry", "actually", "ok", "okay", "well", "hey", "hmm", "right", "also", "quick", "question", "just", "but",
            "thanks", "thank", "you", "cheers", "great", "lovely", "brilliant");

    /** The red flag whose "unless" words say an injury is history, not news. */
    private static final String HISTORY_OF = "E6";

    /** The ask for words about a symptom the coach cannot place ("my legs feel funny"); said denied, a denial. */
    public static final String SYMPTOM = "symptom";

    private final RedFlagScreen screen;
    private final Map<String, FlagCues> flags;
    private final Map<String, List<Cue>> facts;
    private final Map<String, List<Cue>> asks;
    private final Map<String, List<Cue>> topics;
    private final Map<String, List<Cue>> stretches;
    private final Map<String, List<Cue>> routines;
    private final Map<String, Carrier> freeText;
    private final Map<String, Confirm> confirm;
    private final Negation negation = new Negation();

    /** What a person can turn down in the words that name it: a denied one is no ask. */
    private static final Set<String> DECLINABLE = Set.of("timer", "reminder", "routine");

    /**
     * @param freeText for each free-text intent of the voice model, the words its carrier phrases
     *                 stand for ("how long" for "how long {question}"), put back before reading
     */
    public Understanding(RedFlagScreen screen, Map<String, Carrier> freeText, Map<String, FlagCues> flags,
                         Map<String, Confirm> confirm, Map<String, List<Cue>> facts, Map<String, List<Cue>> asks,
                         Map<String, List<Cue>> topics, Map<String, List<Cue>> stretches, Map<String, List<Cue>> routines) {
        this.screen = screen;
        this.confirm = new LinkedHashMap<>(confirm);
        confirm.keySet().forEach(id -> {
            if (screen.flag(id).isEmpty()) {
                throw new IllegalArgumentException("A question to confirm an unknown red flag: " + id);
            }
        });
        this.freeText = new LinkedHashMap<>(freeText);
        this.flags = new LinkedHashMap<>(flags);
        this.facts = new LinkedHashMap<>(facts);
        this.asks = new LinkedHashMap<>(asks);
        this.topics = new LinkedHashMap<>(topics);
        this.stretches = new LinkedHashMap<>(stretches);
        this.routines = new LinkedHashMap<>(routines);
        flags.keySet().forEach(id -> {
            if (screen.flag(id).isEmpty()) {
                throw new IllegalArgumentException("Patterns for an unknown red flag: " + id);
            }
        });
        facts.keySet().forEach(id -> {
            if (!FACTS.contains(id)) {
                throw new IllegalArgumentException("Patterns for an unknown fact: " + id);
            }
        });
    }

    /** What a free-text intent's carrier phrases stand for; empty for any other intent. */
    public Optional<Carrier> carrier(String intent) {
        return Optional.ofNullable(intent == null ? null : freeText.get(intent));
    }

    public Set<String> freeTextIntents() {
        return freeText.keySet();
    }

    public Reading read(String text) {
        return read(text, null);
    }

    /** @param today the person's weekday, for "I tweaked it on Saturday"; null when unknown */
    public Reading read(String text, java.time.DayOfWeek today) {
        Words words = Words.of(text);
        if (words.isEmpty()) {
            return Reading.NOTHING;
        }
        List<String> said = new ArrayList<>();
        Set<String> denied = new LinkedHashSet<>();
        boolean denies = false;
        int age = Age.read(words).orElse(0);
        Optional<java.time.Duration> onset = Onset.read(words, today);
        for (Map.Entry<String, FlagCues> flag : flags.entrySet()) {
            if (age < flag.getValue().minAge() && flag.getValue().minAge() > 0) {
                continue;
            }
            Optional<Cue.Hit> hit = best(flag.getValue().when(), words);
            if (hit.isEmpty() && (age == 0 || age >= flag.getValue().notYoungerThan())) {
                // Cues that count unless a stated age is below the flag's (E8 in an older adult).
                hit = best(flag.getValue().whenNotYounger(), words);
            }
            boolean unless = best(flag.getValue().unless(), words).filter(found -> !found.denied()).isPresent();
            if (hit.isEmpty() && !unless && (lastedAtLeast(onset, flag.getValue().minOnsetDays()) || flag.getValue().byAge(age))) {
                said.add(flag.getKey());
                continue;
            }
            if (hit.isEmpty()) {
                continue;
            }
            if (hit.get().denied()) {
                denied.add(flag.getKey());
                denies = true;
            } else if (!unless) {
                said.add(flag.getKey());
            }
        }
        said.sort(Comparator.comparing(id -> screen.flag(id).orElseThrow().tier()));
        Map<String, Integer> strength = new LinkedHashMap<>();
        for (Map.Entry<String, List<Cue>> ask : asks.entrySet()) {
            Optional<Cue.Hit> hit = best(ask.getValue(), words);
            if (hit.isPresent() && ask.getKey().equals(SYMPTOM) && hit.get().denied()) {
                denies = true;
            } else if (hit.isPresent() && hit.get().denied() && DECLINABLE.contains(ask.getKey())) {
                // "don't bother with the timer", "I don't want a routine": asked for nothing
                continue;
            } else {
                hit.ifPresent(found -> strength.put(ask.getKey(), found.words()));
            }
        }
        List<String> found = new ArrayList<>(strength.keySet());
        found.sort(Comparator.comparing(strength::get).reversed());
        denies |= facts.entrySet().stream().anyMatch(fact -> best(fact.getValue(), words)
                .filter(Cue.Hit::denied).isPresent() && !fact.getKey().startsWith("prefers")
                && !fact.getKey().startsWith("helped"));
        Optional<String> unsure = said.isEmpty() ? unsure(words) : Optional.empty();
        return new Reading(said, denied, denies, facts(words, onset), found, strongest(topics, words),
                strongest(stretches, words), strongest(routines, words), unsure, words.size(),
                startsAsAQuestion(words));
    }

    /** The first word after any opener ("hang on", "oh", "sorry, quick question") asks, as a question's does. */
    private static boolean startsAsAQuestion(Words words) {
        return words.tokens().stream().dropWhile(OPENERS::contains).findFirst().filter(QUESTION_WORDS::contains).isPresent();
    }

    /** The question that confirms a red flag these words may mean. */
    public Optional<String> question(String flag) {
        return Optional.ofNullable(flag == null ? null : confirm.get(flag)).map(Confirm::ask);
    }

    /** For a flag that holds only if recent, the question that asks whether it was, when the words did not say. */
    public Optional<String> whenQuestion(String flag) {
        return Optional.ofNullable(flag == null ? null : confirm.get(flag)).map(Confirm::whenAsk);
    }

    /** What to say when the person answers no to the "was it recent" question. */
    public Optional<String> whenAnsweredNo(String flag) {
        return Optional.ofNullable(flag == null ? null : confirm.get(flag)).map(Confirm::whenNo);
    }

    /** What to say when the person answers no to that question, if the flag has its own words for it. */
    public Optional<String> answeredNo(String flag) {
        return Optional.ofNullable(flag == null ? null : confirm.get(flag)).map(Confirm::no);
    }

    /** The red flag of this id, as the screen knows it. */
    public Optional<com.backrelief.coach.domain.safety.RedFlag> flag(String id) {
        return screen.flag(id);
    }

    private Optional<String> unsure(Words words) {
        for (Map.Entry<String, Confirm> entry : confirm.entrySet()) {
            FlagCues cues = entry.getValue().cue();
            Optional<Cue.Hit> hit = best(cues.when(), words);
            if (hit.isPresent() && !hit.get().denied() && best(cues.unless(), words).filter(h -> !h.denied()).isEmpty()) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** Pain that has lasted at least this many days, when the words say so (a flag with no such limit: never). */
    private static boolean lastedAtLeast(Optional<java.time.Duration> onset, int days) {
        return days > 0 && onset.filter(duration -> duration.toDays() >= days).isPresent();
    }

    private Symptoms facts(Words words, Optional<java.time.Duration> onset) {
        Symptoms symptoms = Symptoms.UNKNOWN.withOnset(onset.orElse(null));
        // An accident long ago is history (fact sheet 3.1, reading E6): the advisor hears no serious injury.
        boolean history = flags.containsKey(HISTORY_OF) && best(flags.get(HISTORY_OF).unless(), words)
                .filter(found -> !found.denied()).isPresent();
        if (said("injury.major", words) && !history) {
            symptoms = symptoms.withInjury(Injury.MAJOR);
        } else if (said("injury.minor", words) && !namesTheDisc(words)) {
            symptoms = symptoms.withInjury(Injury.MINOR);
        } else if (said("injury.none", words)) {
            symptoms = symptoms.withInjury(Injury.NONE);
        }
        Optional<Cue.Hit> swelling = best(facts.getOrDefault("swelling", List.of()), words);
        if (swelling.isPresent()) {
            symptoms = symptoms.withSwelling(!swelling.get().denied());
        }
        if (said("feel.tight", words)) {
            symptoms = symptoms.withFeel(Feel.TIGHT);
        } else if (said("feel.sharp", words)) {
            symptoms = symptoms.withFeel(Feel.SHARP);
        }
        Optional<Cue.Hit> oneLeg = best(facts.getOrDefault("leg.one", List.of()), words);
        if (oneLeg.isPresent() && !oneLeg.get().denied()) {
            symptoms = symptoms.withLeg(Leg.ONE);
        } else if (oneLeg.isPresent() || said("leg.none", words)) {
            symptoms = symptoms.withLeg(Leg.NONE);
        }
        if (said("area.upper", words)) {
            symptoms = symptoms.withArea(Area.UPPER);
        } else if (said("area.lower", words)) {
            symptoms = symptoms.withArea(Area.LOWER);
        }
        if (said("disc", words)) {
            symptoms = symptoms.withDisc(Disc.OLDER);
        }
        for (Pack pack : Pack.values()) {
            String name = pack == Pack.HEAT ? "heat" : "cold";
            if (said("helped." + name, words)) {
                symptoms = symptoms.withPreference(pack, true);
            } else if (symptoms.preference() == null && said("prefers." + name, words)) {
                symptoms = symptoms.withPreference(pack, false);
            }
        }
        for (String fact : facts.keySet()) {
            if (fact.startsWith("condition.") && said(fact, words)) {
                symptoms = symptoms.withCondition(fact.substring("condition.".length()));
            }
        }
        return symptoms;
    }

    /** "I slipped a disc": the word that says how it happened is the disc's own name, not an injury. */
    private boolean namesTheDisc(Words words) {
        Optional<Cue.Hit> minor = best(facts.getOrDefault("injury.minor", List.of()), words);
        Optional<Cue.Hit> disc = best(facts.getOrDefault("disc", List.of()), words);
        return minor.isPresent() && disc.isPresent() && minor.get().spans().stream().allMatch(said -> disc.get().spans()
                .stream().anyMatch(name -> said.start() >= name.start() - 2 && said.end() <= name.end()));
    }

    private boolean said(String fact, Words words) {
        return best(facts.getOrDefault(fact, List.of()), words).filter(hit -> !hit.denied()).isPresent();
    }

    /** The best hit of any cue: one not denied before a denied one, then the most groups and words. */
    private Optional<Cue.Hit> best(List<Cue> cues, Words words) {
        Cue.Hit best = null;
        int bestGroups = 0;
        for (Cue cue : cues) {
            Optional<Cue.Hit> hit = cue.find(words, negation);
            if (hit.isEmpty()) {
                continue;
            }
            Cue.Hit found = hit.get();
            boolean better = best == null || best.denied() && !found.denied()
                    || best.denied() == found.denied() && (cue.groupCount() > bestGroups
                    || cue.groupCount() == bestGroups && found.words() > best.words());
            if (better) {
                best = found;
                bestGroups = cue.groupCount();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The id whose best cue matches most strongly, ignoring denials ("can I not use ice" is still about ice). */
    private Optional<String> strongest(Map<String, List<Cue>> byId, Words words) {
        String bestId = null;
        int bestGroups = 0;
        int bestWords = 0;
        for (Map.Entry<String, List<Cue>> entry : byId.entrySet()) {
            for (Cue cue : entry.getValue()) {
                Optional<Cue.Hit> hit = cue.find(words, negation);
                if (hit.isPresent() && (cue.groupCount() > bestGroups
                        || cue.groupCount() == bestGroups && hit.get().words() > bestWords)) {
                    bestId = entry.getKey();
                    bestGroups = cue.groupCount();
                    bestWords = hit.get().words();
                }
            }
        }
        return Optional.ofNullable(bestId);
    }
}
