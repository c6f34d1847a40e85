package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.screen.Card;
import com.backrelief.coach.screen.Screen;
import com.backrelief.coach.speech.Speech;

/**
 * What the screen shows with a red-flag answer: the number to call, large, and nothing else; with no
 * number to give, what to do, in a few large words. No buttons: nothing should invite a tap instead of a call.
 */
public final class AlertScreens {

    private AlertScreens() {
    }

    /**
     * The card for the Alexa app after an emergency answer: the number to call as its title, and the
     * words the coach said to do (the fact sheet's wording), one sentence a line.
     */
    public static Card emergencyCard(LocalHelp help, Speech said) {
        String title = help.emergency().map(number -> "Call " + number + " now").orElse("Call your local emergency number");
        // Written, the number said in words ("triple zero") also shows in figures.
        String text = said.toText();
        if (help.spokenEmergency().isPresent() && help.emergency().isPresent()) {
            text = text.replace(help.spokenEmergency().get(), help.spokenEmergency().get() + " (" + help.emergency().get() + ")");
        }
        return Card.titled(title).sentences(text).build();
    }

    /** Help now: the emergency number. */
    public static Screen emergency(LocalHelp help) {
        return Screen.of(Screen.Layout.ALERT, help.emergency().orElse("Call your local emergency number"));
    }

    /** A same-day check: the number to call and where else to go, or what to do. */
    public static Screen urgent(LocalHelp help) {
        return Screen.of(Screen.Layout.ALERT, help.sameDayCall()
                .map(number -> "Call " + number + " or " + help.sameDayWritten())
                .orElse(Screen.heading(help.sameDayWritten())));
    }

    /** A pregnancy warning sign: who to call now. */
    public static Screen maternity(LocalHelp help) {
        return Screen.of(Screen.Layout.ALERT, "Call " + help.maternity() + " now");
    }

    /** A check in the next few days. */
    public static Screen soon(LocalHelp help) {
        return Screen.of(Screen.Layout.ALERT, "Book to see " + help.clinician() + " in the next few days");
    }
}
