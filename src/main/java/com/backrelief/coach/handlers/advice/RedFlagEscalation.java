package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.speech.Speech;

import java.util.Map;

/**
 * The emergency answer for a red flag met in the heat-and-ice conversation (rule R0, such as pain
 * down both legs): the fact sheet's section 5 script with the locale's emergency number. A
 * stand-in, kept self-contained, for the safety feature's own escalation.
 */
final class RedFlagEscalation {

    private RedFlagEscalation() {
    }

    static Speech emergency(HeatIceGuide guide, String locale, int turn) {
        String script = HeatIceGuide.fill(guide.escalation("emergency"),
                Map.of("number", guide.emergencyNumber(locale), "place", guide.emergencyPlace(locale)));
        return Speech.of(guide.rationale("R0", turn)).then(script);
    }
}
