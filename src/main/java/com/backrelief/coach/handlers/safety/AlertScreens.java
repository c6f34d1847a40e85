package com.backrelief.coach.handlers.safety;

import com.backrelief.coach.domain.safety.LocalHelp;
import com.backrelief.coach.screen.Screen;

/**
 * What the screen shows with a red-flag answer: the number to call, large, and nothing else; with no
 * number to give, what to do, in a few large words. No buttons: nothing should invite a tap instead of a call.
 */
public final class AlertScreens {

    private AlertScreens() {
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
