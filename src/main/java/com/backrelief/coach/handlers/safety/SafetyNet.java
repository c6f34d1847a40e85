package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.speech.Speech;

/** The fact sheet's safety-net line (section 5): the emergency signs in one line, with the locale's number. */
public final class SafetyNet {

    private SafetyNet() {
    }

    public static Speech line(LocalHelp help) {
        Speech call = Speech.of("If you get numbness around your bottom, or trouble peeing, call");
        Speech number = help.spokenEmergency().map(call::then)
                .orElseGet(() -> help.emergency().map(call::thenDigits).orElse(call.then("your local emergency number")));
        return number.then("straight away.");
    }
}
