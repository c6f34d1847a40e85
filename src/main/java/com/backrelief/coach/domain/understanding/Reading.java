package com.backrelief.coach.domain.understanding;

import com.backrelief.coach.domain.advice.Symptoms;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the coach understood from what a person said. Nothing of it is stored.
 *
 * @param flags   red-flag ids said and not denied, most urgent first
 * @param denied  red-flag ids said to be absent ("no fever", "my legs aren't weak")
 * @param denies  the words deny some symptom, named or not ("no numbness anywhere")
 * @param facts   what the heat-or-ice advisor needs, as far as the words tell it
 * @param asks    what the person asks for or does, by the content's ids ("heat-or-ice", "thanks", "next"...),
 *                the most strongly said first
 * @param topic   the question's topic, if it is one the coach can answer
 * @param stretch an exercise named
 * @param routine a routine named
 * @param unsure  a phrase that may mean this red flag or something else, to confirm before escalating
 * @param length  how many words were read
 * @param question the words open as a question does ("what about", "how often", "can I")
 */
public record Reading(List<String> flags, Set<String> denied, boolean denies, Symptoms facts, List<String> asks,
                      Optional<String> topic, Optional<String> stretch, Optional<String> routine,
                      Optional<String> unsure, int length, boolean question) {

    public static final Reading NOTHING = new Reading(List.of(), Set.of(), false, Symptoms.UNKNOWN, List.of(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, false);

    public Reading(List<String> flags, Set<String> denied, boolean denies, Symptoms facts, List<String> asks,
                   Optional<String> topic, Optional<String> stretch, Optional<String> routine, Optional<String> unsure) {
        this(flags, denied, denies, facts, asks, topic, stretch, routine, unsure, 0, false);
    }

    public Reading {
        flags = List.copyOf(flags);
        denied = Set.copyOf(denied);
        asks = List.copyOf(asks);
    }

    /** The words open as a question does ("what about…", "how often…", "can I…"). */
    public boolean startsAsAQuestion() {
        return question;
    }

    public boolean asks(String what) {
        return asks.contains(what);
    }

    /** The words tell the advisor something about the pain. */
    public boolean describesThePain() {
        return !facts.equals(Symptoms.UNKNOWN);
    }
}
