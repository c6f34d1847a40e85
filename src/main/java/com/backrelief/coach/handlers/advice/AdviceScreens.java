package com.backrelief.coach.handlers.advice;

import com.backrelief.coach.domain.advice.Advice;
import com.backrelief.coach.domain.advice.HeatIceGuide;
import com.backrelief.coach.handlers.screen.Touch;
import com.backrelief.coach.screen.Screen;

/** What the screen shows with heat-or-ice advice: the choice, how long and how often, skin safety, a timer. */
final class AdviceScreens {

    private AdviceScreens() {
    }

    static Screen advice(HeatIceGuide guide, Advice advice) {
        return Screen.of(Screen.Layout.ADVICE, guide.screenTitle(advice.use()))
                .dose(guide.screenDose(advice.use()))
                .subtitle(guide.howOften(advice.use()))
                .notes(guide.screenRules(advice.use()))
                .button(guide.timerButton(), Touch.TIMER);
    }
}
