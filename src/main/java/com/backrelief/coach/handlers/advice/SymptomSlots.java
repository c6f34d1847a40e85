package com.backrelief.coach.handlers.advice;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.backrelief.coach.domain.advice.Pack;
import com.backrelief.coach.domain.advice.Question;
import com.backrelief.coach.domain.advice.Symptoms;
import com.backrelief.coach.domain.advice.Symptoms.Area;
import com.backrelief.coach.domain.advice.Symptoms.Disc;
import com.backrelief.coach.domain.advice.Symptoms.Feel;
import com.backrelief.coach.domain.advice.Symptoms.Injury;
import com.backrelief.coach.domain.advice.Symptoms.Leg;
import com.backrelief.coach.handlers.common.Heard;
import com.backrelief.coach.handlers.common.Requests;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The slots of {@code HeatOrIceIntent}, read into {@link Symptoms} by the ids the interaction model gives them. */
final class SymptomSlots {

    static final String ONSET = "onset";
    static final String ONSET_WORDS = "onsetWords";
    static final String INJURY = "injury";
    static final String SWELLING = "swelling";
    static final String FEEL = "feel";
    static final String LEG = "leg";
    static final String AREA = "area";
    static final String PREFERENCE = "preference";
    static final String HELPED_BEFORE = "helpedBefore";
    static final String CONDITION = "condition";
    /** The person's own words around the question, read by the understanding step only. */
    static final String SITUATION = "situation";

    /** Every slot of the intent, as Alexa wants them in an updated intent. */
    static final List<String> ALL = List.of(ONSET, ONSET_WORDS, INJURY, SWELLING, FEEL, LEG, AREA, PREFERENCE,
            HELPED_BEFORE, CONDITION, SITUATION);

    private SymptomSlots() {
    }

    /** The slot that answers a question. */
    static String slotFor(Question question) {
        return switch (question) {
            case ONSET -> ONSET;
            case INJURY -> INJURY;
            case SWELLING -> SWELLING;
            case FEEL -> FEEL;
            case LEG -> LEG;
        };
    }

    static Symptoms read(HandlerInput input) {
        Symptoms heard = Symptoms.UNKNOWN
                .withOnset(onset(input).orElse(null))
                .withInjury(value(input, INJURY, Injury.class))
                .withSwelling(id(input, SWELLING).map("yes"::equals).orElse(null))
                .withFeel(value(input, FEEL, Feel.class))
                .withLeg(value(input, LEG, Leg.class))
                .withArea(value(input, AREA, Area.class));
        Optional<Pack> helped = id(input, HELPED_BEFORE).map(SymptomSlots::pack);
        Optional<Pack> leaning = id(input, PREFERENCE).map(SymptomSlots::pack);
        if (helped.isPresent()) {
            heard = heard.withPreference(helped.get(), true);
        } else if (leaning.isPresent()) {
            heard = heard.withPreference(leaning.get(), false);
        }
        Symptoms known = heard;
        Symptoms slots = id(input, CONDITION).map(id -> withCondition(known, id)).orElse(known);
        // What the free-text words said (Heard), under what the slots said.
        return Heard.reading(input).facts().merge(slots);
    }

    static Symptoms withCondition(Symptoms symptoms, String id) {
        return symptoms.withCondition(id);
    }

    static Pack pack(String id) {
        return "cold".equals(id) ? Pack.COLD : Pack.HEAT;
    }

    /** "three weeks" arrives as a duration; "yesterday" as a word whose id carries the hours ("h24"). */
    private static Optional<Duration> onset(HandlerInput input) {
        Optional<Duration> spoken = Requests.spoken(input, ONSET).flatMap(SpokenDuration::parse);
        if (spoken.isPresent()) {
            return spoken;
        }
        return id(input, ONSET_WORDS).filter(id -> id.matches("h\\d{1,6}"))
                .map(id -> Duration.ofHours(Long.parseLong(id.substring(1))));
    }

    private static Optional<String> id(HandlerInput input, String slot) {
        return Requests.resolvedId(input, slot).filter(id -> !id.isBlank());
    }

    /** The enum constant named by a slot id ("minor" is {@code MINOR}); null for an id the code doesn't know. */
    private static <E extends Enum<E>> E value(HandlerInput input, String slot, Class<E> type) {
        Optional<String> id = id(input, slot);
        for (E constant : type.getEnumConstants()) {
            if (id.isPresent() && constant.name().equals(id.get().toUpperCase(Locale.ROOT))) {
                return constant;
            }
        }
        return null;
    }
}
