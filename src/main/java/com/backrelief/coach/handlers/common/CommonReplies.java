package com.backrelief.coach.handlers.common;

import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.speech.Speech;

/** Lines the whole skill shares: the disclaimers and the question that offers what it can do. */
public final class CommonReplies {

    private CommonReplies() {
    }

    /** Said on the first visit (fact sheet, section 5, launch). */
    public static Speech shortDisclaimer() {
        return Speech.of("I share general back care tips and guide gentle stretches. "
                + "I'm not a doctor, and this isn't medical advice. "
                + "If your pain is severe or you feel unwell, please contact a health professional.");
    }

    /** Said with help (fact sheet, section 5, full disclaimer). */
    public static Speech fullDisclaimer(LocalHelp help) {
        return Speech.of("I give general information about looking after a sore back. "
                + "I can't examine you or diagnose anything, and I don't replace advice from " + help.clinician()
                + ". If you're not sure an exercise is right for you, check with them first. "
                + "If you ever think it's an emergency, call your local emergency number.");
    }

    public static Speech whatNext() {
        return Speech.of("Would you like advice on heat or ice, a stretch explained, or a routine to follow?");
    }

    public static Speech sorry() {
        return Speech.of("Sorry, I had trouble with that.");
    }
}
