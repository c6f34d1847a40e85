package com.backrelief.coach.conversation;

import com.backrelief.coach.domain.understanding.Reading;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What one request means, in plain Java: what the person did ({@link Act}), the request it stands for, and what
 * their words said. The hearing step builds it once per request; the conversation decides on it alone.
 *
 * @param act     what the person did: said yes, asked for the next step, reported a red flag...
 * @param request the request it stands for (the intent's name: Alexa's, or what the words were understood to mean)
 * @param values  what the request names, by the slot it names it in: a stretch, a routine, a red flag, a time
 * @param reading what the words said (flags, facts, topic...)
 */
public record Meaning(Act act, String request, Map<String, Value> values, Reading reading) {

    /**
     * One thing the request names.
     *
     * @param spoken the words, as heard (or the value they stand for: "08:00", a day code)
     * @param ids    the canonical ids they stand for: none when nothing they could mean was recognised
     */
    public record Value(String spoken, List<String> ids) {

        public Value {
            ids = ids == null ? List.of() : List.copyOf(ids);
        }

        /** A value recognised as these ids. */
        public static Value of(String ids) {
            return new Value(ids, List.of(ids.split(" ")));
        }
    }

    /** What a person can do in one turn, as far as the conversation's states tell them apart. */
    public enum Act {
        YES, NO,
        /** "Cancel", "never mind": the nearest thing in progress before the skill. */
        CANCEL,
        /** "Stop", "go home": leave. */
        STOP,
        /** A red flag or a red-flag confirmation to answer first. */
        FLAG, CONFIRM,
        /** "There's no numbness": a denial. */
        DENIAL,
        /** Pain during an exercise. */
        EXERCISE_PAIN,
        /** The check-in's answer: better or the same; worse. */
        FEELS_BETTER_OR_SAME, FEELS_WORSE,
        /** What starts or carries on exercise (next, resume, start over, harder, a routine). */
        EXERCISE,
        /** How to use heat or cold (a pack's how-to, a timer for it). */
        HEAT_HOW_TO,
        /** Anything else: its request answers it (a question, a topic, a routine command, a reminder...). */
        OTHER
    }

    public Meaning {
        Objects.requireNonNull(act, "act");
        request = request == null ? "" : request;
        values = values == null ? Map.of() : Map.copyOf(values);
        reading = reading == null ? Reading.NOTHING : reading;
    }

    public Meaning(Act act, String request, Reading reading) {
        this(act, request, Map.of(), reading);
    }

    private static final Map<String, Act> ACTS = Map.ofEntries(
            Map.entry("AMAZON.YesIntent", Act.YES),
            Map.entry("AMAZON.NoIntent", Act.NO),
            Map.entry("AMAZON.CancelIntent", Act.CANCEL),
            Map.entry("AMAZON.StopIntent", Act.STOP),
            Map.entry("AMAZON.NavigateHomeIntent", Act.STOP),
            Map.entry("RedFlagIntent", Act.FLAG),
            Map.entry("ConfirmSymptomIntent", Act.CONFIRM),
            Map.entry("SymptomDenialIntent", Act.DENIAL),
            Map.entry("ExercisePainIntent", Act.EXERCISE_PAIN),
            Map.entry("StartRoutineIntent", Act.EXERCISE),
            Map.entry("HarderIntent", Act.EXERCISE),
            Map.entry("AMAZON.ResumeIntent", Act.EXERCISE),
            Map.entry("AMAZON.StartOverIntent", Act.EXERCISE),
            Map.entry("AMAZON.NextIntent", Act.EXERCISE),
            Map.entry("HeatIceFollowUpIntent", Act.HEAT_HOW_TO),
            Map.entry("SetTimerIntent", Act.HEAT_HOW_TO));

    private static final Set<String> CHECK_IN = Set.of("CheckInIntent");

    /** "Carry on", "continue", "keep going": Alexa's resume, which answers yes to the question standing. */
    public static final String CARRY_ON = "AMAZON.ResumeIntent";

    /**
     * The meaning of a request.
     *
     * @param request     the intent's name
     * @param reading     what the words said
     * @param feelsWorse  for the check-in's answer: the person said worse
     */
    public static Meaning of(String request, Map<String, Value> values, Reading reading, boolean feelsWorse) {
        if (CHECK_IN.contains(request)) {
            return new Meaning(feelsWorse ? Act.FEELS_WORSE : Act.FEELS_BETTER_OR_SAME, request, values, reading);
        }
        return new Meaning(ACTS.getOrDefault(request, Act.OTHER), request, values, reading);
    }

    public static Meaning of(String request, Reading reading, boolean feelsWorse) {
        return of(request, Map.of(), reading, feelsWorse);
    }

    /** A request with these values recognised, by slot: {@code of("StretchInfoIntent", Map.of("stretch", "cat-cow"))}. */
    public static Meaning of(String request, Map<String, String> ids) {
        Map<String, Value> values = new java.util.LinkedHashMap<>();
        ids.forEach((slot, id) -> values.put(slot, Value.of(id)));
        return of(request, values, Reading.NOTHING, false);
    }

    public static Meaning of(String request) {
        return of(request, Map.of(), Reading.NOTHING, false);
    }

    public Optional<Value> value(String slot) {
        return Optional.ofNullable(values.get(slot));
    }

    /** The same meaning with what the words said. */
    public Meaning withReading(Reading words) {
        return new Meaning(act, request, values, words);
    }

    /** The same meaning without what it named in this slot. */
    public Meaning without(String slot) {
        Map<String, Value> all = new java.util.LinkedHashMap<>(values);
        all.remove(slot);
        return new Meaning(act, request, all, reading);
    }

    /** The same meaning naming more, or other, values. */
    public Meaning with(Map<String, Value> more) {
        Map<String, Value> all = new java.util.LinkedHashMap<>(values);
        all.putAll(more);
        return new Meaning(act, request, all, reading);
    }

    public boolean isYesOrNo() {
        return act == Act.YES || act == Act.NO;
    }
}
