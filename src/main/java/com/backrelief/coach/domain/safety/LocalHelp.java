package com.backrelief.coach.domain.safety;

import java.util.Optional;

/**
 * Where to get help in one locale. A locale the skill does not know gets no emergency number at
 * all, so the coach never says a wrong one.
 *
 * @param emergencyNumber the number to call for an emergency, digits only, or null when unknown
 * @param emergencyPlace  where to go for an emergency, such as "A and E"
 * @param sameDayNumber   a number to call for a same-day check, or null
 * @param sameDay         what to do for a same-day check, such as "call your doctor's office"
 * @param clinician       who to book for a check in the next few days
 * @param sameDayWritten  the same-day advice as a screen shows it (numbers in figures), or null when it reads as said
 * @param emergencySpoken how the emergency number is said ("triple zero"), or null to say its digits
 * @param emergencyAlso   words said after the call to the emergency number ("or 108 for an ambulance"), or null
 * @param sameDayAlso     words said after the same-day advice ("or call 811 for nurse advice..."), or null
 * @param maternity       who to call now for a pregnancy warning sign ("your maternity unit or midwife")
 */
public record LocalHelp(String emergencyNumber, String emergencyPlace, String sameDayNumber, String sameDay,
                        String clinician, String sameDayWritten, String emergencySpoken, String emergencyAlso,
                        String sameDayAlso, String maternity) {

    public LocalHelp(String emergencyNumber, String emergencyPlace, String sameDayNumber, String sameDay, String clinician) {
        this(emergencyNumber, emergencyPlace, sameDayNumber, sameDay, clinician, null, null, null, null, null);
    }

    public LocalHelp {
        sameDayWritten = sameDayWritten == null ? sameDay : sameDayWritten;
        maternity = maternity == null ? "your maternity unit or midwife" : maternity;
        requireDigits(emergencyNumber, "emergency number");
        requireDigits(sameDayNumber, "same-day number");
        requireText(emergencyPlace, "emergency place");
        requireText(sameDay, "same-day advice");
        requireText(clinician, "clinician");
    }

    public Optional<String> emergency() {
        return Optional.ofNullable(emergencyNumber);
    }

    public Optional<String> spokenEmergency() {
        return Optional.ofNullable(emergencySpoken);
    }

    public Optional<String> alsoAfterEmergency() {
        return Optional.ofNullable(emergencyAlso);
    }

    public Optional<String> alsoAfterSameDay() {
        return Optional.ofNullable(sameDayAlso);
    }

    public Optional<String> sameDayCall() {
        return Optional.ofNullable(sameDayNumber);
    }

    private static void requireDigits(String number, String what) {
        if (number != null && !number.matches("[0-9]{2,6}")) {
            throw new IllegalArgumentException("The " + what + " must be digits only: " + number);
        }
    }

    private static void requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Local help is missing the " + what);
        }
    }
}
